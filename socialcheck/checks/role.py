"""Role checks: ``role-disclosure`` (say that you work there, and as what)
and ``speaking-for-school`` (do not speak as the school on a personal channel).

Sources (own summaries of the protocols, see ``rules/*.yaml``):

- Lithora C.2 and D.3, Kalisto B.4 and C.3: whoever takes part in a discussion
  that concerns the foundation says that they work there, and (C.2/B.4) in
  which function. TWijs C.3: say at which school you work. Onderwijs Primair
  (Gedragsregels, "Maak je rol duidelijk"): be open about your role.
- Onderwijs Primair "Maak je rol duidelijk": do not suggest you speak for the
  school unless that was agreed; Lithora C.2/D.4, TWijs B.2/C.4, Kalisto
  B.3/C.4: a private opinion is easily taken for the school's position; SOM
  art. 2 and K.1: say whether you write personally or on behalf of SOM.
"""

from __future__ import annotations

import re

from ..detectors.base import Context
from ..model import Span
from . import _common as c
from . import channels, threads

# ------------------------------------------------------------------ role-disclosure

#: School functions (Dutch), the words that answer "in welke functie".
FUNCTIONS = (
    r"(?:groeps|vak|gym|muziek|invals?|hoofd)?leerkracht(?:en)?|leraar|leraren|lerares|leraarondersteuner"
    r"|juf|juffrouw|meester|(?:vak|gym|muziek|dans|drama)?docente?"
    r"|(?:adjunct-?|locatie|meerschools?\s+)?directeur|directrice|schoolleider|locatieleider|teamleider"
    r"|bouwcoördinator|(?:ict|reken|taal|lees|cultuur|gedrags)-?coördinator|coördinator"
    r"|intern\s+begeleider|ib-?er|ib'er|onderwijsassistente?|klassenassistente?|onderwijsondersteuner"
    r"|conciërge|administratief\s+medewerker|administratiemedewerker|(?:school)?secretaresse"
    r"|pedagogisch\s+medewerker|stagiair(?:e)?|lio-?stagiair(?:e)?|lio'er|invalkracht|invaller"
    r"|orthopedagoog|gedragsspecialist|remedial\s+teacher|bestuurder|(?:school)?maatschappelijk\s+werker"
)
_FUNCTION = re.compile(c.WB_L + r"(?:" + FUNCTIONS + r")" + c.WB_R)
#: Teaching a class says the function: "ik sta zelf voor groep 5 op IKC Zonnewende".
_STANDS_FOR_CLASS = r"ik\s+sta\s+(?:zelf\s+)?(?:al\s+\w+\s+jaar\s+)?voor\s+(?:groep|klas)\s+\d+\w*" + c.WB_R
_STANDS_FOR_CLASS_RE = re.compile(c.WB_L + _STANDS_FOR_CLASS)

#: "ik ben leerkracht", "ik werk als juf", "ik sta daar zelf als leerkracht",
#: "als intern begeleider op ...", "ik werk zelf ook bij ...", "medewerker van ...".
_EMPLOYMENT = re.compile(
    c.WB_L + r"(?:"
    r"ik\s+(?:ben|werk|sta|zit)\b(?:(?!,\s*(?:want|maar|omdat|dus)\b)[^.!?\n]){0,50}?\b(?:als\s+)?(?:een\s+)?(?:" + FUNCTIONS + r")" + c.WB_R +
    r"|als\s+(?:\w+\s+){0,2}?(?:" + FUNCTIONS + r")\s+(?:\w+\s+){0,3}?(?:van|bij|op|in|voor|aan)" + c.WB_R +
    r"|ik\s+werk\s+(?:(?:zelf|ook|nu|inmiddels|alweer|daar|er)\s+){0,3}(?:al\s+\w+\s+jaar\s+)?(?:bij|op|voor)" + c.WB_R +
    r"|(?:ik\s+ben|als)\s+(?:\w+\s+)?medewerker\s+(?:van|bij)" + c.WB_R +
    r"|werkzaam\s+(?:bij|op)" + c.WB_R +
    r"|ik\s+(?:werk|zit)\s+(?:zelf\s+)?(?:ook\s+)?in\s+het\s+(?:basis|primair\s+|voortgezet\s+)?onderwijs" + c.WB_R +
    # "als leerkracht weet ik dat ...", "als intern begeleider zie ik elke week ...": the function, said in passing
    r"|als\s+(?:" + FUNCTIONS + r")\s+(?:weet|zie|hoor|merk|ken|lees|maak|heb)\s+(?:ik|je|jij)" + c.WB_R +
    # "als iemand die zelf voor de Kalisto-scholen werkt"
    r"|iemand\s+die\s+(?:zelf\s+)?(?:ook\s+)?(?:bij|voor|op)\s+(?:[\w-]+\s+){1,3}?werkt" + c.WB_R +
    # "ik zie op mijn eigen TWijs-school hoe ...", "op m'n school"
    r"|(?<!trots\s)(?:op|bij|in)\s+(?:mijn|m'n)\s+(?:eigen\s+)?(?:[\w]+-)?school" + c.WB_R +
    r"|" + _STANDS_FOR_CLASS +
    r")")

#: A reply or a discussion: "Reactie op ...", "@Krant", "de discussie hierboven",
#: a context note "(Buurtapp X, reactie op de vraag ...)", "onder de vraag of ...".
_DISCUSSION = re.compile(
    r"(?:^|\n)\s*(?:even\s+)?(?:een\s+)?reactie\b|(?:^|\n)\s*@\w+|" + c.WB_L +
    r"(?:vraagt\s+iemand|iemand\s+vraagt|vroeg\s+iemand|(?:de|deze)\s+discussie\s+(?:hierboven|hier|over)|in\s+deze\s+discussie|(?:volg|lees)\s+deze\s+discussie|mee\s+in\s+de\s+discussie"
    r"|reactie\s+(?:op|onder|in)|onder\s+(?:de|het|een|die|dat)\s+(?:vraag|post|bericht|berichtje|artikel|tweet|draadje|filmpje)"
    r"|(?:even\s+)?reageren\s+op|(?:alle|de|veel|jullie)\s+vragen\s+(?:over|hier)|iemand\s+vroeg|er\s+werd\s+(?:hier\s+)?(?:\w+\s+)?gevraagd|voor\s+(?:iedereen|wie|degenen)\s+die\s+(?:zich\s+)?(?:afvraagt|afvragen|vraagt|vroeg)"
    r"|ik\s+zie\s+(?:hier\s+)?(?:veel\s+|wat\s+|allerlei\s+)?(?:vragen|berichten|reacties)|naar\s+aanleiding\s+van|n\.a\.v\.|al\s+(?:die|de|deze)\s+reacties|(?:de|deze)\s+reacties\s+(?:hier\w*|op|onder|over)"
    r"|in\s+de\s+comments|comment\w*\s+(?:op|onder)"
    r"|wat\s+(?:hier|er\s+hier)\s+(?:\w+\s+)?(?:gezegd|geschreven|beweerd|geroepen|gesuggereerd)\s+wordt"
    r"|wat\s+(?:jullie|mensen|sommigen)\s+hier\s+(?:\w+\s+)?(?:zeggen|schrijven|beweren|roepen)"
    r"|(?:buurt|dorps|wijk)(?:-?app|-?groep)"
    r"|hierboven|in\s+deze\s+(?:groep|app|buurtapp|draad)|in\s+de\s+(?:facebook|whatsapp|buurt|wijk|dorps)(?:-?groep|app)|ik\s+lees\s+hier"
    r"|ik\s+zie\s+hier|de\s+ophef|die\s+kritiek|dat\s+beeld\s+klopt\s+niet|in\s+dit\s+artikel|onder\s+het\s+(?:bericht|artikel))" + c.WB_R)

_DISCUSSION_WORDS = frozenset(
    "reactie discussie hierboven groep app buurtapp draad facebookgroep whatsappgroep buurtgroep wijkgroep dorpsgroep"
    " wijkapp dorpsapp facebookapp whatsappapp lees zie ophef kritiek beeld artikel bericht onder buurt dorps wijk"
    " aanleiding n reacties comments comment commentaar wat iemand gevraagd iedereen wie degenen vragen berichten".split())
#: Frequent trigger words of _DISCUSSION_WORDS -> the words of which a sentence must also hold one per set for
#: that trigger to count (see :func:`_common.sentences_with`): the other words of the phrases of _DISCUSSION that
#: have it as their only trigger ("in deze groep", "in de whatsapp-groep", "voor wie die zich afvraagt",
#: "de vragen hier").
_ASKING = frozenset({"afvraagt", "afvragen", "vraagt", "vroeg"})
_DISCUSSION_ALSO = {"groep": (frozenset({"deze", "facebook", "whatsapp", "buurt", "wijk", "dorps"}),),
                    "wie": (frozenset({"die"}), _ASKING), "iedereen": (frozenset({"die"}), _ASKING),
                    "vragen": (frozenset({"over", "hier"}),)}
_REPLY_AT = re.compile(r"(?m)^[ \t]*@\w+")
#: The text's first line holding only a handle: the author's own profile header ("@juf.kim" above a reel).
_PROFILE_HEADER = re.compile(r"\A\s*@[\w.]+[ \t]*(?:\n|\Z)")
#: A written-out thread: several lines that start with a speaker ("Anja Verbeek: ...", "@juf.floor: ...").
_SPEAKER_LINE = re.compile(
    r"(?m)^[ \t]*(?:[↳↪└»][ \t]*)?(@[\w.]+|[A-Z][\w'-]+(?:[ \t]+(?:van|de|der|den|ter|te|'t|[A-Z][\w'-]+)){1,3})[ \t]*:[ \t]+\S")

#: The author speaks with inside knowledge of the school.
_INSIDE = re.compile(
    c.WB_L + r"(?:(?:ik|en)\s+kan\s+(?:(?:jullie|u|je|het|dat|dit|er|wel|gerust|iets|wat|over|meer|hier|daar|hierover|daarover|best|ook|alvast|nu|al)\s+){0,4}?(?:vertellen|zeggen|uitleggen|verzekeren|bevestigen|verklappen)"
    r"|ik\s+(?:krijg|hoor|zie)\s+(?:(?:er|natuurlijk|toch|ook|wel|het|een|en|ander|van|alles|veel|genoeg|wat)\s+){0,6}?mee\b"
    r"|ik\s+kan\s+het\s+(?:\w+\s+)?weten|(?:van\s+)?(?:heel\s+|zeer\s+|erg\s+)?dichtbij\s+(?:zie|meemaak|weet)|ik\s+zie\s+(?:[\w-]+\s+){0,6}?(?:van\s+)?(?:heel\s+)?dichtbij"
    r"|binnen\s+(?:die|deze|onze|de)\s+muren|ik\s+zit\s+(?:er\s+)?(?:\w+\s+){0,2}?(?:dicht|dichter|bovenop|middenin)(?:\s+genoeg)?(?:\s+(?:op|bij))?"
    r"|ik\s+heb\s+(?:\w+\s+){0,4}?(?:zelf|met\s+eigen\s+ogen)\s+(?:\w+\s+)?(?:gezien|gelezen|gehoord|meegemaakt)"
    r"|ik\s+heb\s+(?:er\s+)?(?:\w+\s+){0,3}?(?:zicht|inzicht)\s+op|(?:van\s+)?binnen\s+en\s+(?:van\s+)?buiten\s+(?:ken|kennen|weet)"
    r"|(?:ken|kent)\s+(?:\w+\s+){0,3}?van\s+binnen\s+en\s+(?:van\s+)?buiten"
    r"|ik\s+hoor\s+(?:zulke|die|deze|dat\s+soort|zo'?n)\s+(?:\w+\s+){0,2}?(?:dingen|verhalen|zaken)|(?:eerder|sneller)\s+dan\s+jullie"
    r"|bij\s+ons\s+(?:merken|zien|hebben|weten|horen|doen)\s+(?:we|wij)|achter\s+de\s+schermen|ik\s+heb\s+zelf\s+bij"
    # "bij ons op De Esdoorn weten we al maanden", "bij TWijs zien we", "wij zien in groep 7 al sinds ..."
    r"|bij\s+(?:ons\s+op\s+)?(?:de\s+|het\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:merken|zien|weten|horen)\s+(?:we|wij)\s+(?:\w+\s+){0,2}?(?:al|allang|van|dat|hoe|elke|iedere|dagelijks)"
    r"|(?:we|wij)\s+(?:zien|merken)\s+in\s+(?:groep|klas)\s+\d"
    # "ik zat gisteren bij de teamvergadering", "dat is in het MT besloten"
    r"|ik\s+(?:zat|was)\s+(?:\w+\s+){0,2}?bij\s+(?:de|het)\s+(?:team|personeels|directie|bouw)?(?:vergadering|overleg|teamdag|studiedag)"
    r"|in\s+het\s+mt\s+(?:\w+\s+)?(?:besloten|besproken|gevallen|afgesproken|gezegd|bekend)"
    r"|ik\s+sta\s+(?:zelf\s+)?(?:elke\s+dag\s+|dagelijks\s+)?voor\s+(?:de|een|die)\s+klas|in\s+de\s+(?:koffie|team|personeels|leraren)kamer"
    r"|ik\s+was\s+(?:er\s+)?(?:zelf\s+)?bij\s+(?:toen|in|op|tijdens)|ik\s+weet\s+(?:\w+\s+)?(?:hoe|wat)\s+(?:het|er)\s+(?:\w+\s+)?(?:zit|speelt|gaat)"
    # (not sympathy: "ik weet hoe spannend dat is")
    r"|ik\s+weet\s+(?:toevallig\s+|zeker\s+|uit\s+ervaring\s+)?(?:dat|hoe(?!\s+(?:spannend|moeilijk|lastig|zwaar|eng|vervelend|frustrerend|naar)\b)|hoeveel|wat)|ik\s+weet\s+(?:het|dat)\s+(?:toevallig|zeker|uit)"
    r"|uit\s+(?:de\s+)?eerste\s+hand|van\s+binnenuit"
    # "als je wist hoe het er in de bovenbouw aan toegaat", "dat hoor ik elke maandag op het overleg"
    r"|als\s+(?:je|jullie|u|men)\s+(?:eens\s+|toch\s+)?(?:wist|wisten|zag|zagen)\s+(?:hoe|wat)\s+(?:het|er)\b"
    r"|(?:op|in|tijdens)\s+(?:het|ons)\s+(?:wekelijkse\s+|maandelijkse\s+)?(?:mt-|zorg|team|dinsdag|maandag|woensdag|donderdag|vrijdag|dinsdagmiddag|maandagmiddag|donderdagmiddag)?overleg\b"
    # there in person: "ik sta er zelf elke dag middenin", "ik zit er elke dag in het gebouw", "ik sta daar drie dagen
    # per week voor de klas", "ik sta er zelf elke dinsdag mee in de gymzaal"
    r"|ik\s+(?:sta|zit)\s+(?:er|daar)\s+(?:zelf\s+)?(?:[\w-]+\s+){0,4}?(?:middenin|voor\s+de\s+klas|in\s+het\s+gebouw|mee\s+in\s+de\s+\w+)"
    # "... het MT-overleg waar ik elke maandag bij zit"; "dat weet ik want ik heb hem zelf mee opgesteld"
    r"|(?:overleg|vergadering|bijeenkomst)\w*\s+(?:\w+\s+){0,2}?waar\s+ik\s+(?:\w+\s+){0,3}?bij\s+(?:zit|zat)"
    r"|ik\s+heb\s+(?:hem|het|die|dat|ze)\s+zelf\s+(?:mee\s+)?(?:opgesteld|geschreven|ondertekend|rondgestuurd)"
    r"|ik\s+zie\s+(?:elke\s+dag|dagelijks|iedere\s+dag|elke\s+week)|op\s+de\s+werkvloer|bij\s+ons\s+op\s+school"
    # heard or decided in a staff meeting: "dat is in de teamvergadering zo afgesproken", "wij hoorden het op de
    # studiedag", "op de personeelsbijeenkomst uitgelegd", "in het directieoverleg van oktober"
    r"|(?:in|op|tijdens)\s+(?:de|het|onze|ons|elk|elke|een|het\s+laatste|de\s+laatste)\s+(?:\w+\s+)?(?:team|personeels|directie|studie|sectie|vakgroep)?"
    r"(?:vergadering(?:en)?|teamoverleg|directieoverleg|sectieoverleg|teamvergadering(?:en)?|personeelsvergadering(?:en)?|studiedag|studiemiddag"
    r"|personeelsbijeenkomst|teambijeenkomst|bouwvergadering(?:en)?|teamdag)"
    # there every day: "ik kom er elke dag over de vloer", "de stukken met eigen ogen gezien"
    r"|(?:kom|loop)\s+(?:er|daar)\s+(?:\w+\s+){0,3}?over\s+de\s+vloer|met\s+(?:mijn\s+)?eigen\s+ogen\s+(?:\w+\s+)?(?:gezien|gelezen)"
    # close to it: "ik zie van heel dichtbij hoe", "ik maak het van dichtbij mee", "ik zit er dichter op dan je denkt"
    r"|(?:van\s+)?(?:heel\s+|zeer\s+|erg\s+)?dichtbij\s+(?:hoe|mee|bij\s+betrokken)|ik\s+weet\s+het\s+van\s+dichtbij"
    r"|ik\s+(?:zit|sta)\s+er\s+(?:\w+\s+){0,2}?(?:dichtbij|dicht\s+op|dichter\s+op|bovenop)"
    # at the table: "ik zit elke maand aan tafel bij de overleggen van de Lithora-scholen"
    + r"|ik\s+zit\s+(?:\w+\s+){0,3}?aan\s+(?:tafel|de\s+(?:vergader)?tafel)\s+(?:bij|in|met)"
    # heard inside: "in de wandelgangen", "uit de koffiekamer", "in de teamkamers", "via mijn werk", "er ligt intern een plan"
    r"|(?:in|uit)\s+de\s+(?:wandelgangen|(?:koffie|team|personeels|leraren)kamers?)|via\s+(?:mijn|m'n)\s+werk"
    r"|(?:ligt|speelt|speelde|liggen|roepen\s+(?:we|wij))\s+(?:er\s+)?(?:al\s+)?intern|intern\s+(?:al|allang|al\s+jaren|besproken|bekend)"
    r"|in\s+de\s+stukken\s+die\s+(?:wij|we|ik)\s+(?:kregen|hebben\s+gekregen)"
    # plans not yet public: "er liggen al concrete plannen klaar", "het plan ligt al op tafel"
    r"|(?:liggen|ligt)\s+(?:er\s+)?(?:al\s+|allang\s+)?(?:\w+\s+){0,2}?(?:plannen|plan|besluit|scenario's)\s+(?:klaar|op\s+tafel)"
    r"|(?:plannen|plan|besluit)\s+(?:liggen|ligt)\s+(?:er\s+)?(?:al\s+|allang\s+)?(?:klaar|op\s+tafel)"
    # there every day: "ik zie het dagelijks", "bij ons op de vloer", "ik loop daar elke dag rond", "ik sta elke dag
    # tussen die kinderen", "ik zit dichtbij het vuur", "de rector heeft het ons vorige week uitgelegd", "dat weet ik
    # toevallig zeker"
    r"|ik\s+zie\s+(?:het|dat|dit)\s+(?:elke\s+dag|dagelijks|iedere\s+dag|elke\s+week)|bij\s+ons\s+op\s+de\s+vloer"
    r"|ik\s+(?:loop|ben)\s+(?:er|daar)\s+(?:elke\s+dag|dagelijks|iedere\s+dag)\s+(?:rond|binnen)"
    r"|ik\s+sta\s+(?:elke\s+dag|dagelijks|iedere\s+dag)\s+(?:tussen|voor|bij)|dicht(?:bij)?\s+(?:bij\s+)?het\s+vuur"
    r"|(?:heeft|hebben)\s+(?:het\s+)?ons\s+(?:\w+\s+){0,3}?(?:uitgelegd|verteld|laten\s+weten|gemaild)"
    r"|dat\s+weet\s+ik\s+(?:toevallig\s+|heel\s+|echt\s+)?(?:zeker|uit\s+ervaring|van\s+dichtbij))" + c.WB_R)

#: Correcting what others say about the school: "klopt niet wat hier staat", "onzin, er komt juist ...",
#: "ik snap die ophef niet", "alles is allang geregeld", "maak je geen zorgen".
_CORRECTION = re.compile(
    c.WB_L + r"(?:(?:klopt|kloppen)\s+(?:\w+\s+)?(?:echt\s+|helemaal\s+|gewoon\s+)?(?:niet|niks|niets|geen\s+bal)"
    r"|(?:dat|dit|het|die\s+verhalen?)\s+(?:is|zijn)\s+(?:echt\s+|gewoon\s+|helemaal\s+|complete\s+|je\s+reinste\s+|pure\s+)?"
    r"(?:onzin|nonsens|flauwekul|kletskoek|onwaar|niet\s+waar|fake\s+news|broodje\s+aap)"
    r"|^\W*(?:onzin|nonsens|flauwekul|kletskoek|niet\s+waar|fake\s+news)"
    r"|er\s+(?:komt|komen|gaat|gaan|wordt|worden|is|zijn)\s+juist|in\s+werkelijkheid|het\s+zit\s+(?:\w+\s+)?(?:anders|zo)|zo\s+zit\s+het"
    r"|(?:is|was|zijn|waren|wordt|werd|worden|gaat|ging|gaan|komt|komen|blijft|blijven|heeft|had|hebben)\s+juist"
    r"|(?:dat|dit|het)\s+is\s+(?:\w+\s+)?niet\s+zo|(?:helemaal|echt)\s+niet\s+waar|(?:jullie|je|u)\s+(?:hebben|hebt|heb|heeft)\s+het\s+(?:\w+\s+)?mis"
    r"|laat\s+ik\s+(?:het\s+|dat\s+)?(?:even\s+)?(?:uitleggen|toelichten|ophelderen|rechtzetten)|ter\s+verduidelijking|voor\s+de\s+volledigheid"
    r"|^\W*(?:kletspraat|roddels?|geruchten)\b|(?:dat|dit)\s+(?:zijn|is)\s+(?:\w+\s+)?(?:roddels?|geruchten|kletspraat)"
    r"|(?:wat\s+een|allemaal|complete|grote|je\s+reinste|pure|wat\s+een\s+hoop)\s+(?:onzin|nonsens|flauwekul|kletskoek|kletspraat|gedoe)"
    # explaining how things are at the school: "daar wordt hard aan gewerkt", "de reden is", "dat komt doordat"
    r"|(?:er|daar|hier)\s+wordt\s+(?:\w+\s+){0,2}?aan\s+gewerkt|(?:we|wij)\s+zijn\s+(?:er\s+)?(?:al\s+)?(?:druk\s+)?mee\s+bezig"
    r"|(?:helemaal\s+)?geen\s+sprake\s+van|(?:gaat|gaan)\s+(?:\w+\s+)?(?:gewoon|normaal|wel)\s+door"
    r"|de\s+reden\s+(?:is|daarvan|hiervan|waarom)|(?:dat|het)\s+komt\s+(?:\w+\s+)?(?:doordat|omdat)|(?:is|zijn)\s+er\s+(?:\w+\s+)?omdat"
    r"|voor\s+(?:alle|de)\s+duidelijkheid|(?:even\s+)?recht\s*(?:zetten|te\s+zetten)|rechtzett\w*"
    r"|ik\s+snap\s+(?:al\s+)?(?:die|deze|de)\s+(?:ophef|paniek|onrust|drukte|commotie)|(?:al\s+)?die\s+(?:ophef|paniek|onrust|commotie)\s+(?:is|om|over)"
    r"|maak\s+(?:je|jullie)\s+(?:\w+\s+)?geen\s+zorgen|niemand\s+hoeft\s+(?:zich\s+)?(?:\w+\s+)?(?:zorgen|ongerust)"
    r"|(?:niets|niks)\s+aan\s+de\s+hand|(?:alles|het)\s+is\s+(?:al\s+|allang\s+|gewoon\s+|keurig\s+|prima\s+)+geregeld"
    r"|er\s+gaat\s+niemand\s+(?:weg|uit|ontslagen)|valt\s+(?:het\s+)?(?:allemaal\s+)?(?:echt\s+|best\s+)?(?:wel\s+)?mee"
    r"|(?:flink\s+|erg\s+|enorm\s+|zwaar\s+|nogal\s+)?overdreven|erger\s+dan\s+het\s+is|niet\s+zo\s+erg\s+als"
    r"|(?:is|zijn)\s+(?:daar\s+|hier\s+)?(?:echt\s+|helemaal\s+|gewoon\s+)?niet\s+(?:onveilig|gevaarlijk|slecht|zo\s+erg)"
    r"|(?:is|zijn|wordt|worden)\s+(?:\w+\s+){0,5}?(?:uitgepraat|opgelost|geregeld|gerepareerd|afgehandeld|rechtgezet)"
    r"|(?:is|zijn|wordt|worden)\s+(?:al\s+|allang\s+|allemaal\s+|gewoon\s+|netjes\s+|keurig\s+)+(?:gemaakt|besproken)"
    # the long-settled fact a rumour missed: "dat is allang met de gemeente afgesproken", "die regel was er allang"
    r"|allang|(?:gaat|ging|draait)\s+(?:\w+\s+)?(?:helemaal\s+|echt\s+|totaal\s+)?niet\s+om|(?:het|dat)\s+ligt\s+(?:\w+\s+)?niet\s+aan)"
    + c.WB_R, re.M)
#: The text is about a school at all (a correction needs that).
_ABOUT_SCHOOL = re.compile(
    c.WB_L + r"(?:\w*school\w*|\w*scholen|college|lyceum|gymnasium|directeur|directie|leerkracht\w*|docent\w*|mentor\w*|juf|juffen"
    r"|meester|klas|groep\s+\d+|leerling\w*|bestuur|collega\w*|rooster\w*|locatie|lokaal|lessen)" + c.WB_R)

#: The school or the foundation as a subject of the discussion.
_ENTITY = re.compile(
    c.WB_L + r"(?:de|onze|mijn)\s+school|de\s+stichting|het\s+(?:school)?bestuur|de\s+directie|de\s+schoolleiding"
    r"|de\s+(?:nieuwe\s+)?directeur|de\s+(?:vak)?leerkrachten|de\s+juffen|het\s+team" + c.WB_R)
_THAT_SCHOOL = re.compile(r"\bop\s+(?:die|deze|dezelfde)\s+school\b")
_FIRST_PERSON = re.compile(r"\b(?:ik|mijn|me|mij)\b")
#: Every match of _FIRST_PERSON is one of these words whole (see :func:`_common.has_any_word`).
_FIRST_PERSON_WORDS = frozenset({"ik", "mijn", "me", "mij"})
_INTRO = re.compile(r"^\s*(?:(?:even\s+)?(?:een\s+)?reactie|(?:even\s+)?reageren\s+op|bericht\s+in)\b|:\s*$")  # "Reactie op het bericht ...:"
#: A context note that reports someone else's words: 'In de groep X vraagt iemand: "..."', 'Reactie onder de post: "..."'.
_QUOTED = re.compile(r"(?:vraagt|vroeg|schrijft|schreef|zegt|zei|post|postte|deelt|deelde)\s+(?:iemand|een\s+\w+)\s*:|:\s*[\"“„'‘]")
#: What the school does, in a reply that gives no other cue: lessons, groups, pupils, staff.
_SCHOOL_CONTENT = re.compile(
    c.WB_L + r"(?:les|lessen|lesgeven|groep(?:en)?|klas(?:sen)?|kinderen|leerlingen|kleuters|gym\w*|juf|meester|leerkracht\w*"
    r"|docent\w*|directeur|directie|rooster|gebouw|plein|schoolplein|lokaal|lokalen)" + c.WB_R)
#: The text says it answers a question or a post (stronger than a mere mention of a discussion).
_REPLYING = re.compile(
    c.WB_L + r"(?:reactie\w*\s+(?:op|onder|in)|(?:even\s+)?reageren\s+op|naar\s+aanleiding\s+van|n\.a\.v\.|iemand\s+vroeg"
    r"|vroeg\s+(?:iemand|een\s+\w+)|voor\s+(?:iedereen|wie|degenen)\s+die\s+(?:zich\s+)?afvra\w*|(?:alle|de|veel|jullie)\s+vragen\s+(?:over|hier)"
    r"|onder\s+(?:de|het|een|die|dat)\s+(?:vraag|post|bericht|artikel|tweet|draadje)|(?:buurt|dorps|wijk)-?app)" + c.WB_R)
#: Praise and thanks are not a statement about the school's affairs.
_PRAISE = re.compile(r"^\W*(?:wat\s+(?:een|leuk|fijn|mooi|goed|gezellig)|super|top|gefeliciteerd|succes|bedankt|dank|hoera|proficiat)\b")
#: A context note in brackets, "(Buurtapp X, reactie op ...)", or its tail when the splitter cut off the "(".
_NOTE = re.compile(r"^\s*(?:[(\[][^()\[\]]*|[^()\[\]]*)[)\]]\s*$")
_WORDS = re.compile(r"\w+")
#: A teacher writing to their own class: "Goedemorgen ouders van groep 8", a closing line "Groet, juf Esmee".
_OWN_CLASS = re.compile(
    r"(?:^|\n)\W*(?:(?:goede(?:morgen|middag|navond)|hoi|hallo|beste|lieve|dag)\s+)?(?:ouders|papa'?s\s+en\s+mama'?s)\s+(?:en\s+verzorgers\s+)?van\s+(?:groep|klas)\s+\w+"
    r"|(?:^|\n)\W*(?:(?:groet(?:jes)?|groeten|liefs|vriendelijke\s+groet)\W+)?(?:juf|meester)\s+[^\W\d_]+\W*$")

#: A bracketed note opening a group chat (:func:`threads.opening_note`) that shows the author is the class's
#: teacher in it: "[Groepsapp ouders groep 5 – aangemaakt door juf Lisa]", "[... 'Ouders groep 5b', beheerd door
#: meester Dennis]", "[... juf Hanna is lid]", "[... meester Youssef zit in de groep]".
_TEACHER_IN_GROUP = re.compile(
    r"\[[^\]\n]*?(?:(?:aangemaakt|beheerd|opgezet|gemaakt)(?:\s+en\s+beheerd)?\s+door\s+(?:juf|meester)\b"
    r"|\b(?:juf|meester)\s+[^\W\d_]+\s+(?:is|zit)\s+(?:ook\s+)?(?:lid|in\s+de\s+(?:groep|app)))")


def _role_statement(ctx: Context, sents) -> tuple[tuple[int, int], str] | None:
    """The first sentence where the author says they work at the school, with
    its lower-cased text."""
    for sp in sents:
        low = c.span_text(ctx, sp)
        m = _EMPLOYMENT.search(low)
        if m and m.group().startswith("ik") and _PLURAL_FUNCTION.search(m.group()):
            continue        # "ik ben benieuwd wat leerkrachten hiervan vinden": others, not the author's function
        if m and not _NOT_EMPLOYED.search(low):
            return sp, low
    return None


#: A function word in the plural at the end of an "ik ben ..." match: the sentence is about other people.
_PLURAL_FUNCTION = re.compile(r"(?:leerkrachten|leraren|docenten|juffen|meesters|directeuren|collega's)$")


#: Saying one does not work there: "Ik werk zelf niet op De Esdoorn, dus ik kijk er als moeder naar".
_NOT_EMPLOYED = re.compile(c.WB_L + r"ik\s+(?:werk|zit|ben)\s+(?:zelf\s+)?(?:ook\s+)?(?:niet|geen)\s+(?:meer\s+)?(?:op|bij|voor|in|werkzaam)"
                           + c.WB_R)


#: The reader's child's teacher: "ik ben meester Kevin, de leerkracht van Ties in groep 6" (the reader knows where).
_TEACHER_OF = re.compile(r"(?i:de|jullie|jouw|je|uw)\s+(?i:leerkracht|juf|meester|mentor)\s+van\s+[" + c._UPPER + r"]")


_CLAUSE_END = re.compile(r"[:;]")
#: Working at a place with a name, which is the school: "ik werk nu op De Kwikstaart", "ik sta op 't Baken".
_WORK_AT_NAME = re.compile(r"\b(?i:werk|sta|zit)\s+(?:(?i:\w+)\s+){0,3}?(?i:op|bij)\s+(?:De|Het|'t|de|het)\s+[" + c._UPPER + r"][^\W\d_]+")


def _role_complete(ctx: Context, sp: tuple[int, int], low: str) -> bool:
    for t in threads.turns(ctx):
        if t.start <= sp[0] < t.body:       # "@juf.mo: Ik werk bij Lithora": the handle is not the statement
            low = low[t.body - sp[0]:]
            sp = (t.body, sp[1])
            break
    need_function = c.pack_setting(ctx, "role-disclosure", "require_function", False)
    need_school = c.pack_setting(ctx, "role-disclosure", "require_school", False)
    if need_function:
        # the function belongs to the statement, not to what follows it after a colon ("Als iemand die zelf bij
        # Kalisto werkt: het vertrek van de bestuurder ..." names no function of the author's)
        m = _EMPLOYMENT.search(low)
        stop = _CLAUSE_END.search(low, m.end()) if m else None
        own = low[:stop.start()] if stop else low
        if not (_FUNCTION.search(own) or _STANDS_FOR_CLASS_RE.search(own)):
            return False
    if need_school:
        named = c.names_school(ctx, *sp) or (
            _THAT_SCHOOL.search(low) and c.SCHOOL_NAME.search(ctx.text)) or _WORK_AT_NAME.search(ctx.text, *sp)
        if not named:
            return False
    if c.pack_setting(ctx, "role-disclosure", "require_org", False) and not (
            c.mentions_org(ctx, *sp) or (c.names_school(ctx, *sp) and c.mentions_org(ctx, *_line(ctx, sp))) or _THAT_SCHOOL.search(low) or _TEACHER_OF.search(ctx.text, *sp)):
        return False        # "Ik ben leerkracht, dus geloof me maar": a function, but not where (Lithora C.2, Kalisto B.4)
    return True


def _line(ctx: Context, sp: tuple[int, int]) -> tuple[int, int]:
    """The line (paragraph) around a sentence span, as offsets: a school named in the statement counts as the
    foundation's when the same line names the foundation ("... twee Kalisto-scholen. Ik ben leerkracht op De
    Wegwijzer"), not otherwise ("Als directeur van De Klimop zie ik dit": which foundation is not said)."""
    a = ctx.text.rfind("\n", 0, sp[0]) + 1
    b = ctx.text.find("\n", sp[1])
    return a, len(ctx.text) if b < 0 else b


def check_role_disclosure(ctx: Context) -> list[Span]:
    """``role-disclosure``: a staff member joins a discussion about the school
    or foundation without saying they work there (and, per pack settings,
    in which function or at which school).

    Only replies and discussions count (a reply line, an ``@`` mention, "de
    discussie hierboven" ...), on a channel that is not an official one, by a
    staff member. If the author states a role that lacks the function, school
    or employer the pack asks for (``require_function``, ``require_school``,
    ``require_org``: "Ik ben leerkracht, dus geloof me" says neither the
    foundation nor the school), the finding is at that statement; without any role
    statement it is at the first sentence that speaks with inside knowledge
    or about the school. A sentence that corrects what others say about the
    school ("klopt niet wat hier staat", "onzin, er komt juist ...", "ik snap
    die ophef niet, alles is allang geregeld") counts as well when the text is
    about a school; a bare lead-in ("Dat klopt niet.") is reported together
    with the sentence after it. Context notes in brackets are skipped. In a
    written-out thread only the author's turns count (see
    :func:`own_sentences`); when the author is not clear, the turns of the
    speaker who opened the thread do not (they started the discussion).
    A sentence reported as speaking for the school is not reported again.
    With neither a channel nor a staff author known (a page of the school's
    website with its comments), nothing is reported.
    Returns at most one span.
    """
    return c.memo(ctx, "role-disclosure", _role_disclosure)


def is_thread(ctx: Context) -> bool:
    """True if the text is a written-out thread: lines that start with two or more different speakers
    (see :mod:`socialcheck.checks.threads` for the formats); one speaker talking into a camera is not one."""
    return c.memo(ctx, "role-thread", lambda cx: len(set(_SPEAKER_LINE.findall(cx.text))) >= 2 or bool(threads.turns(cx)))


def own_sentences(ctx: Context) -> list[tuple[int, int]]:
    """The sentences the author wrote: all of them, except in a written-out
    thread whose author is clear (:func:`threads.author_speaker`), where only
    the author's turns count."""
    def own(cx: Context) -> list[tuple[int, int]]:
        sents = c.sentences(cx)
        if threads.author_speaker(cx) is None:
            return sents
        return [sp for sp in sents if threads.in_author_turn(cx, sp[0])]
    return c.memo(ctx, "role-own-sentences", own)


def in_discussion(ctx: Context) -> bool:
    """True if the text takes part in a discussion: a written-out thread, a
    line that opens with an @handle (not the author's own handle alone on the
    first line, a profile header above a post), or a sentence of :data:`_DISCUSSION`
    ("Reactie op ...", "de discussie hierboven"). Computed once per text."""
    return c.memo(ctx, "role-discussion", lambda cx: bool(
        is_thread(cx) or _replies_at(cx.text)
        or c.matching_sentences(cx, _DISCUSSION, _DISCUSSION_WORDS, first=True, also=_DISCUSSION_ALSO)))


def _replies_at(text: str) -> bool:
    """True if a line opens with an @handle other than the author's own profile header
    (a first line holding nothing but a handle)."""
    head = _PROFILE_HEADER.match(text)
    return bool(_REPLY_AT.search(text, head.end() if head else 0))


#: A header saying the thread replies to someone else's post: "[X – antwoorden op @WethouderDeVries: ...]".
_REPLIES_TO = re.compile(r"(?i)\b(?:antwoorden|antwoord|reacties?|replies|comments)\s+(?:op|onder|bij)\b")


def _label_discloses(ctx: Context) -> bool:
    """True if a speaker label of the author's turns states the role as fully as the pack asks: a function and,
    per pack, the school or the foundation ("Ik (Erik, directeur Het Anker, Stichting Kalisto): ...",
    "Annemiek (intern begeleider, Stichting Kalisto – De Bolster): ...")."""
    who = threads.author_speaker(ctx)
    if who is None:
        return False
    for t in threads.turns(ctx):
        if t.speaker != who or "(" not in ctx.text[t.start:t.body]:
            continue
        note = ctx.lower[t.start:t.body]
        if not _FUNCTION.search(note):
            continue
        if c.pack_setting(ctx, "role-disclosure", "require_school", False) and not c.names_school(ctx, t.start, t.body):
            continue
        if c.pack_setting(ctx, "role-disclosure", "require_org", False) and not c.mentions_org(ctx, t.start, t.body):
            continue
        return True
    return False


def _replies_only_under_own_post(ctx: Context) -> bool:
    """True if the author wrote the post above a thread (:func:`threads.wrote_the_post`) and their own
    turns below it do not discuss the school ("Dank je Lieke, fijn dat het herkenning geeft."): a column
    with its comments, to be judged as a post, not as joining a discussion. The post must be more than a
    title line (at least 200 characters on three lines or more)."""
    tl = threads.turns(ctx)
    if not tl or not threads.wrote_the_post(ctx):
        return False
    head = ctx.text[:tl[0].start].strip()
    if len(head) < 200 or head.count("\n") < 2 or _REPLIES_TO.search(head.split("\n", 1)[0]):
        return False        # a title or a context note above the thread, not a post of the author's own
    who = threads.author_speaker(ctx)
    for t in tl:
        if t.speaker == who:
            low = ctx.lower[t.body:t.end]
            if c.mentions_org(ctx, t.body, t.end) or _INSIDE.search(low) or _EMPLOYMENT.search(low):
                return False
    return True


def _post_about_org(ctx: Context) -> list[Span]:
    """Outside a discussion: a post about the foundation whose author says they work there but not as what,
    where the pack asks for more ("Als medewerker van Stichting Kalisto wil ik er iets over kwijt", "Ik werk
    zelf ook bij TWijs"). A statement with a function is left alone here (the school's name may be one the
    tool does not know). At most one span."""
    if not c.mentions_org(ctx, 0, len(ctx.text)):
        return []
    stmt = _role_statement(ctx, own_sentences(ctx))
    if stmt is None or _FUNCTION.search(stmt[1]) or _role_complete(ctx, *stmt):
        return []
    if any(s.start == stmt[0][0] for s in check_speaking_for_school(ctx)):
        return []           # "Namens alle collega's op mijn school zeg ik: ...": reported as speaking for the school
    return [Span(stmt[0][0], stmt[0][1], "role-disclosure", 0.75, "conduct.role", "incomplete")]


def _role_disclosure(ctx: Context) -> list[Span]:
    if not c.is_staff_voice(ctx) or not c.personal_voice_channel(ctx):
        return []
    if not c.channel_or_staff(ctx):
        return []           # no channel, no staff author: a web page with its comments, not someone joining in
    thread = is_thread(ctx)
    if not in_discussion(ctx) or _replies_only_under_own_post(ctx):
        return _post_about_org(ctx)
    if _OWN_CLASS.search(ctx.lower) or channels.greets_parents(ctx) or _TEACHER_IN_GROUP.match(threads.opening_note(ctx)):
        return []           # a teacher writing to the parents of their own class (or in their group): the role is plain
    sents = own_sentences(ctx)
    if _label_discloses(ctx):
        return []           # "Ik (Erik, directeur Het Anker, Stichting Kalisto): ...": the role is in the speaker label
    if any(_NOT_EMPLOYED.search(c.span_text(ctx, sp)) for sp in sents):
        return []           # "ik werk zelf niet op De Esdoorn": an outsider to this school, who needs no role
    stmt = _role_statement(ctx, sents)
    if stmt is not None:
        sp, slow = stmt
        if _role_complete(ctx, sp, slow):
            return []
        # a later statement may complete it: "... sta ik er voor groep 6. Dus ik werk nu op De Kwikstaart."
        for later in sents[sents.index(sp) + 1:]:
            llow = c.span_text(ctx, later)
            if threads.speaker_at(ctx, later[0]) == threads.speaker_at(ctx, sp[0]) and _EMPLOYMENT.search(llow) \
                    and _role_complete(ctx, later, llow):
                return []
        return [Span(sp[0], sp[1], "role-disclosure", 0.85, "conduct.role", "incomplete")]
    speaking = {(s.start, s.end) for s in check_speaking_for_school(ctx)}
    from .confidential import check_confidential_info
    speaking |= {(s.start, s.end) for s in check_confidential_info(ctx)}
    if speaking:                # one finding per sentence: speaking for the school (or a leak) is the more telling one
        sents = [sp for sp in sents if sp not in speaking]
    # Inside knowledge is the clearest sign of an undisclosed insider (and in a thread, other speakers'
    # lines name the school too): prefer that sentence.
    for sp in sents:
        slow = c.span_text(ctx, sp)
        if _INSIDE.search(slow) and not c.is_question(slow) and not _QUOTED.search(slow):
            return [Span(sp[0], sp[1], "role-disclosure", 0.75, "conduct.role")]
    first_line_end = ctx.text.find("\n") if thread else -1
    # With no clear author, the thread's opener is the one who started the discussion, not the one joining it.
    tl = threads.turns(ctx)
    if tl and threads.author_speaker(ctx) is None:
        opener = tl[0].speaker
        opener_turns = [(t.start, t.end) for t in tl if t.speaker == opener]
        if len(opener_turns) < len(tl):
            sents = [sp for sp in sents if not any(a <= sp[0] < b for a, b in opener_turns)]
    about_school = None
    fallback = None
    from .opinion import DISCLAIMER
    for sp in sents:
        slow = c.span_text(ctx, sp)
        if c.is_question(slow) or _NOTE.match(slow) or _QUOTED.search(slow) or sp[1] <= first_line_end:
            continue            # in a thread the first line is the post or question being discussed
        if DISCLAIMER.search(slow):
            continue            # "dit is mijn eigen mening en niet die van TWijs" names the employer to step away from it
        start = sp[0]
        if _INTRO.search(slow):
            colon = slow.find(":")
            if colon < 0 or not slow[colon + 1:].strip():
                continue
            start = sp[0] + colon + 1      # "Reactie op ...: ik kan jullie vertellen ..."
            slow = slow[colon + 1:]
        if _INSIDE.search(slow) or _ENTITY.search(slow) or c.mentions_org(ctx, start, sp[1]) \
                or c.names_school(ctx, start, sp[1]):
            return [Span(sp[0], sp[1], "role-disclosure", 0.75, "conduct.role")]
        if _CORRECTION.search(slow):
            if about_school is None:
                about_school = bool(_ABOUT_SCHOOL.search(ctx.lower) or c.mentions_org(ctx, 0, len(ctx.text))
                                    or c.SCHOOL_NAME.search(ctx.text))
            if about_school:
                end = sp[1]
                i = sents.index(sp)
                # A bare lead-in ("Dat klopt niet.", "Onzin!") is followed by what the author knows
                # (the very next sentence, in the same paragraph and turn).
                if (len(_WORDS.findall(slow)) <= 6 and i + 1 < len(sents) and "\n\n" not in ctx.text[end:sents[i + 1][0]]
                        and not ctx.text[end:sents[i + 1][0]].strip()
                        and not c.SPEAKER_PREFIX.match(c.span_text(ctx, sents[i + 1]))):
                    end = sents[i + 1][1]
                return [Span(sp[0], end, "role-disclosure", 0.7, "conduct.role")]
        if fallback is None and _SCHOOL_CONTENT.search(c.SPEAKER_PREFIX.sub("", slow, count=1)) and not _PRAISE.match(slow):
            # (not the speaker label: "Juf Lieke: heerlijk weekendje weg geweest")
            fallback = sp
    # A reply that tells how things go at the school ("Hij is al begonnen en geeft op maandag les aan alle groepen"),
    # only in a text that says it answers something.
    if fallback is not None and _REPLYING.search(ctx.lower, 0, fallback[0]):
        if about_school is None:
            about_school = bool(_ABOUT_SCHOOL.search(ctx.lower) or c.mentions_org(ctx, 0, len(ctx.text))
                                or c.SCHOOL_NAME.search(ctx.text))
        school_words = set(_SCHOOL_CONTENT.findall(c.SPEAKER_PREFIX.sub("", c.span_text(ctx, fallback), count=1)))
        if about_school or len(school_words) >= 2:
            return [Span(fallback[0], fallback[1], "role-disclosure", 0.6, "conduct.role")]
    return []


# ------------------------------------------------------------------ speaking-for-school

#: Verbs of a position or decision ("wij als school vinden / hebben besloten").
_STANCE = (r"(?:besloten|beslissen|vinden|vind|kiezen|gekozen|willen|wil|staan|steunen|eisen|vragen|roepen|zijn\s+(?:het\s+)?(?:niet\s+)?eens"
           r"|zijn\s+tegen|zijn\s+voor|nemen|wijzen|keuren|verwachten|maken\s+bezwaar)")
_UNIT = (r"(?:(?:de\s+|het\s+|onze\s+|ons\s+|mijn\s+)?(?:hele\s+|voltallige\s+)?(?:school|schoolteam|team|stichting|directie|schoolleiding|schoolbestuur|bestuur)"
         r"|(?:alle|de|onze|mijn)\s+(?:juffen|meesters|leerkrachten|collega's)(?:\s+en\s+(?:juffen|meesters))?)")
#: "wij als " before the foundation's name, and the position taken right after it ("Wij als Lithora hebben besloten").
_WE_AS = re.compile(c.WB_L + r"(?:wij|we)\s+als\s+")
_STANCE_NEXT = re.compile(r"[\w-]*\s+(?:[\w'-]+\s+){0,3}?" + _STANCE + c.WB_R)
#: A speech act in the present tense: apologising, regretting, distancing, announcing.
_PERFORM = (r"(?:(?:biedt|bieden)\s+(?:\w+\s+){0,3}?(?:excuses|verontschuldigingen)|betreurt|betreuren"
            r"|(?:neemt|nemen)\s+(?:\w+\s+){0,3}?afstand|distantieert|(?:laat|laten)\s+(?:\w+\s+){0,3}?weten"
            r"|(?:deelt|delen)\s+(?:\w+\s+){0,2}?mee|(?:maakt|maken)\s+(?:\w+\s+){0,2}?bekend)")
#: What a whole team or school does when it takes a position: "vindt", "staat (pal) achter", "zegt nee".
_TEAM_STANCE = (r"(?:vindt|vinden|staat\s+(?:(?:hier|er|daar|pal|volledig|vierkant|100%|honderd\s+procent|echt|helemaal|niet)\s+){0,3}achter"
                r"|(?:(?:hier|er|daar|collectief|echt|totaal|helemaal)\s+){0,2}niet\s+op\s+(?:zit|zitten)\s+te\s+wachten"
                r"|staat\s+(?:als\s+één\s+man|unaniem|eensgezind)\s+achter"
                r"|zegt\s+(?:nee|ja|neen)"
                r"|denkt\s+er\s+(?:\w+\s+)?(?:zo|precies\s+zo|net\s+zo|hetzelfde)\s+over|is\s+het\s+(?:\w+\s+){0,2}?(?:mee\s+)?(?:on)?eens"
                r"|is\s+(?:er\s+)?(?:fel\s+)?(?:tegen|voor)|is\s+(?:er\s+)?(?:\w+\s+)?op\s+tegen|steunt|eist|wil\s+(?:dat|geen)"
                r"|is\s+(?:er|het)\s+(?:\w+\s+)?(?:spuugzat|zat|beu|klaar\s+mee|helemaal\s+klaar\s+mee)"
                # "de hele school is die vergeten tassen spuugzat"
                r"|is\s+(?:die|dat|dit|deze|het|de)\s+(?:[\w'-]+\s+){0,4}?(?:spuugzat|kotsbeu|beu|zat)"
                # in a subordinate clause: "dat heel De Linde er zo over denkt", "dat het hele team erachter staat"
                r"|er\s+(?:\w+\s+)?(?:zo|precies\s+zo|net\s+zo|hetzelfde)\s+over\s+denkt"
                r"|(?:hier|er|daar)\s*(?:(?:pal|volledig|helemaal|echt|vierkant)\s+)?achter\s+staat)")
#: What "we" as a team or section do when they take a position: "zijn hier allemaal tegen", "staan daar volledig
#: achter", "weigeren mee te werken", "zijn het unaniem eens".
_WE_STANCE = (r"(?:zijn\s+(?:(?:het|er|hier|daar|allemaal|unaniem|fel|echt|totaal|helemaal|het\s+er)\s+){0,3}?"
              r"(?:tegen|eens|klaar\s+mee|zat|beu|spuugzat|unaniem|eensgezind)|staan\s+(?:\w+\s+){0,3}?achter|weigeren|trekken\s+(?:\w+\s+){0,2}?niet"
              r"|pikken|accepteren\s+(?:\w+\s+)?niet|eisen|hebben\s+(?:\w+\s+){0,3}?(?:besloten|gekozen))" + c.WB_R)
#: "... zo over denken", "... zo in staan", and with the verb before: "staan er allemaal zo in.", "denken er zo over".
_ALIKE = r"(?:over\s+denken|in\s+staan|(?:over|in)\s*(?:[.!?,;]|$))"


def _all_alike(nouns: str) -> str:
    """Pattern text: all colleagues (one of the alternatives ``nouns``) think alike, "alle leerkrachten van SOM
    denken hier net zo over", "al mijn collega's staan er precies zo in"."""
    return (r"(?:alle|al\s+(?:mijn|onze))\s+(?:" + nouns + r")\b[^.!?\n]{0,50}?\b"
            r"(?:hier|daar|er)\s+(?:\w+\s+)?(?:precies\s+|net\s+|ook\s+)?(?:zo|hetzelfde)\s+" + _ALIKE)


_SPEAK = re.compile(
    c.WB_L + r"(?:"
    r"(?P<namens>namens\s+(?:(?:[\w']+\s+){1,3}?(?:en|&)\s+)?" + _UNIT + r")"
    r"|(?:wij|we)\s+als\s+(?:school|schoolteam|stichting|directie|team)\s+(?:\w+\s+){0,4}?" + _STANCE +
    r"|(?:spreek|spreken|praat)\s+(?:(?!niet\s|geen\s|nooit\s)\w+\s+){0,2}?(?:voor|namens)\s+(?:(?:zo'n\s+beetje|bijna|vrijwel|eigenlijk|wel)\s+)?(?:heel|alle|al\s+mijn|al\s+onze|het\s+hele|de\s+hele|mijn|onze"
    r"|ons\s+hele|het\s+(?:voltallige|complete))\s+"
    r"(?:\w+\s+)?(?:collega'?s|team|school|juffen|meesters|leerkrachten|bouw|bovenbouw|onderbouw|middenbouw|[a-z]+)"
    r"|namens\s+(?:de\s+hele\s+|heel\s+de\s+|alle\s+|al\s+mijn\s+|onze\s+|de\s+)?(?:bovenbouw|onderbouw|middenbouw|collega'?s|juffen|meesters)\b"
    # "wij als SOM-school vinden", "wij leerkrachten van Kalisto eisen", "bij ons op De Linde vinden we",
    # "ik spreek namens iedereen op De Sterrenwachter"
    r"|(?:wij|we)\s+als\s+[\w'-]+-school\b"
    r"|(?:wij|we)\s+(?:leerkrachten|leraren|docenten|juffen|meesters|collega's)\s+(?:van|bij|op)\s+[^.!?,\n]{1,40}?\s" + _STANCE +
    r"|bij\s+ons\s+op\s+school\s+(?:vinden|kiezen|willen)\s+(?:we|wij)\b"
    r"|namens\s+iedereen\s+(?:op|van|bij)\s"
    # "de leerkrachten van De Meidoorn staan unaniem achter de staking", "ik spreek hier voor ons hele team", "dat
    # spreek ik ook uit voor mijn collega's"
    r"|(?:de|alle)\s+(?:leerkrachten|docenten|leraren|juffen\s+en\s+meesters|collega's)\s+van\s+[^.!?,\n]{1,40}?\s"
    r"(?:staan\s+(?:(?:hier|er|daar|pal|als\s+één\s+man|unaniem|eensgezind|volledig|allemaal|helemaal)\s+){0,3}achter|willen\s+allemaal|zijn\s+het\s+(?:\w+\s+)?(?:over\s+)?eens|zijn\s+(?:er\s+)?(?:allemaal\s+)?(?:fel\s+)?tegen)"
    r"|(?:spreek|spreken)\s+(?:hier\s+)?(?:voor|namens)\s+(?:ons\s+(?:hele\s+)?|het\s+(?:complete|voltallige)\s+)(?:school)?team"
    r"|spreek\s+(?:ik\s+)?(?:\w+\s+){0,2}?uit\s+(?:voor|namens)\s+(?:mijn|onze|alle)\s+collega'?s"
    # the whole team or school takes a position: "het hele team vindt", "iedereen op school staat erachter"
    r"|(?:het\s+(?:hele|voltallige)\s+(?:school)?team|^\W*hele\s+(?:school)?team|ons\s+(?:hele\s+|voltallige\s+)?(?:school)?team|heel\s+het\s+(?:school)?team"
    r"|(?:mijn|onze)\s+(?:hele|voltallige)\s+(?:sectie|vakgroep|bouw|bovenbouw|onderbouw|middenbouw|[\w-]*team)"
    r"|iedereen\s+(?:bij\s+ons\s+)?(?:op|bij)\s+(?:de\s+|onze\s+)?school|de\s+hele\s+(?:lerarenkamer|personeelskamer|teamkamer|school))"
    r"(?:\s+(?:van|op|bij)\s+[^.!?,\n]{1,40}?)?\s+(?:\w+\s+)?" + _TEAM_STANCE +
    # the team's position named as such: "dat is echt het standpunt van ons team", "dat is ons gezamenlijke standpunt"
    r"|standpunt\s+van\s+(?:ons|onze|het|de)\s+(?:hele\s+|voltallige\s+)?(?:school|team|schoolteam)\b"
    r"|(?:ons|onze)\s+(?:gezamenlijke?|gedeelde|collectieve?)\s+standpunt"
    # the stance first: "daar staat de hele school achter", "hier staat heel het team achter"
    r"|(?:daar|hier)\s+staat\s+(?:\w+\s+)?(?:de\s+hele\s+school|het\s+(?:hele|voltallige)\s+(?:school)?team|heel\s+het\s+(?:school)?team"
    r"|ons\s+(?:hele\s+)?(?:school)?team)\s+(?:\w+\s+)?achter"
    # "het team en de directie vinden dit onacceptabel", "dit is wat mijn hele team van OBS De Klimop voelt"
    r"|(?:het\s+(?:hele\s+)?team\s+en\s+de\s+directie|de\s+directie\s+en\s+het\s+(?:hele\s+)?team)\s+(?:vinden|staan|willen|zijn)"
    r"|wat\s+(?:mijn|ons|het)\s+(?:hele\s+|voltallige\s+)?(?:school)?team\s+(?:van\s+[^.!?,\n]{1,40}?\s)?(?:voelt|vindt|denkt)"
    r"|(?:schrijf|zeg)\s+(?:\w+\s+){0,2}?(?:voor|namens)\s+(?:al\s+)?(?:mijn|onze|alle)\s+collega'?s\b[^.!?\n]{0,60}?\b(?:wij|we)\s+"
    r"(?:\w+\s+){0,3}?(?:allemaal|precies\s+zo|hetzelfde)"
    r"|(?:daar|hier)\s+is\s+iedereen\s+(?:op|bij)\s+(?:de\s+|onze\s+)?school\s+het\s+(?:\w+\s+)?(?:over\s+)?(?:mee\s+)?eens"
    # everyone at the school thinks alike: "we denken er op De Kraanvogel allemaal zo over", "alle directeuren van
    # de stichting staan er precies zo in"
    r"|(?:wij|we)\b[^.!?\n]{0,50}?\ballemaal\s+(?:er\s+)?(?:precies\s+|net\s+)?(?:zo|hetzelfde)\s+" + _ALIKE +
    r"|(?:alle|al\s+(?:mijn|onze))\s+(?:collega'?s|directeuren|juffen|meesters|leerkrachten|leraren)\b[^.!?\n]{0,50}?\b(?:er\s+)?"
    r"(?:precies\s+|net\s+|ook\s+)?(?:zo|hetzelfde)\s+" + _ALIKE +
    # answering or speaking for the whole school or team: "voor het hele team gesproken", "ik antwoord hier even
    # voor de hele school", "wat De Kraanvogel als geheel vindt"
    r"|voor\s+(?:het\s+hele|de\s+hele|heel\s+het|heel\s+de|ons\s+hele|onze\s+hele)\s+(?:school|team|schoolteam)\s+gesproken"
    r"|(?:antwoord|reageer|schrijf|praat|zeggen|zeg)\s+(?:(?!niet\s|geen\s|nooit\s)\w+\s+){0,3}?(?:voor|namens)\s+(?:de\s+hele|heel\s+de|het\s+hele|heel\s+het|ons\s+hele|onze\s+hele)\s+(?:school|team|schoolteam)\b"
    r"|\bals\s+geheel\s+(?:vindt|vinden|denkt|denken|vond|wil|staat\s+(?:\w+\s+)?achter)"
    # "alle leerkrachten van SOM denken hier net zo over"
    r"|" + _all_alike(r"collega'?s|directeuren|juffen|meesters|leerkrachten|leraren|docenten") +
    # the team behind a decision or a stance: "het team staat er helemaal achter", "daar staan we allemaal achter",
    # "het team van De Zonnewijzer heeft besloten", "wij van Het Palet zijn er klaar mee", "staat er als één man achter",
    # "in de teamkamer denkt iedereen er precies zo over", "hebben we daar als team lak aan", "we gaan als school niet akkoord"
    r"|het\s+team\s+staat\s+(?:er|hier|daar)\s+(?:\w+\s+)?achter|\bdat\s+het\s+(?:hele\s+)?team\s+(?:er|hier|daar)\s*(?:(?:pal|volledig|helemaal|echt)\s+)?achter\s+staat"
    r"|(?:daar|hier)\s+staan\s+(?:we|wij)\s+(?:\w+\s+)?(?:allemaal|als\s+team|als\s+school|met\s+z'n\s+allen)\s+(?:\w+\s+)?achter"
    r"|(?:het\s+(?:hele\s+)?(?:school)?team|de\s+directie)\s+van\s+[^.!?,\n]{1,40}?\s(?:heeft|hebben)\s+(?:\w+\s+)?(?:besloten|gekozen)"
    r"|staat\s+(?:er|hier|daar)\s+als\s+één\s+(?:man|blok|vuist)\s+achter"
    # "ons team staat erachter", "de directie en ik hebben besloten dat ...", "het MT en ik hebben besloten",
    # "bij ons op school hebben we afgesproken dat ...", "onze school zegt hier volmondig nee tegen"
    r"|(?:ons\s+(?:hele\s+)?(?:school)?team|het\s+(?:hele\s+)?(?:school)?team|onze\s+school)\s+staat\s+(?:(?:er|hier|daar|pal|volledig|helemaal)\s+){0,2}?(?:erachter|hierachter|daarachter)"
    r"|(?:de\s+directie|het\s+mt|het\s+managementteam|het\s+team|het\s+bestuur)\s+en\s+ik\s+hebben\s+(?:\w+\s+){0,2}?(?:besloten|gekozen|afgesproken)"
    r"|bij\s+ons\s+op\s+school\s+(?:hebben|zijn)\s+(?:we|wij)\s+(?:\w+\s+){0,2}?(?:afgesproken|besloten|gekozen)\s+(?:dat|om|voor)"
    r"|onze\s+school\s+zegt\s+(?:\w+\s+){0,3}?(?:nee|ja|neen)\b"
    r"|(?:wij|we),?\s+van\s+[^.!?,\n]{1,40}?\s(?:zijn|worden)\s+(?:er|het)\s+(?:\w+\s+)?(?:klaar\s+mee|zat|beu|spuugzat)"
    r"|(?:in\s+de\s+(?:teamkamer|lerarenkamer|personeelskamer)|op\s+school)\s+denkt\s+(?:\w+\s+)?iedereen\s+er\s+(?:precies\s+|net\s+)?(?:zo|hetzelfde)\s+over"
    r"|(?:hebben|zijn|gaan|doen)\s+(?:we|wij)\s+(?:\w+\s+){0,2}?als\s+(?:school|team|schoolteam)\b"
    r"|(?:wij|we)\s+als\s+(?:het\s+)?team\s+van\s+\w+"
    r"|(?:onze\s+school|ons\s+(?:school)?team)\s+(?:kiest|wil)\s+(?:\w+\s+){0,3}?(?:voor|dat)\b"
    # "ik denk dat ik voor alle juffen en meesters van De Linde spreek", "... voor elke collega op De Klimop spreek"
    r"|\bvoor\s+(?:alle|elke|iedere|al\s+mijn|al\s+onze|heel\s+het|het\s+hele|mijn\s+hele|de\s+hele|heel|ons\s+hele|het\s+voltallige"
    r"|het\s+complete|iedereen\s+(?:op|bij))\s+(?:[\w'-]+\s+){0,6}?spreek\b"
    r"|(?:" + _STANCE + r"|hebben|willen)\s+(?:wij|we)\s+als\s+(?:school|schoolteam|stichting|directie|team)"
    r"|(?:de|onze)\s+school\s+(?:vindt|staat\s+(?:\w+\s+)?achter|is\s+(?:het\s+)?(?:niet\s+)?eens|is\s+tegen|is\s+voor"
    r"|is\s+(?:er|daar|hier)\s+(?:\w+\s+)?(?:op\s+)?tegen"
    r"|heeft\s+(?:daar|hier|er)\s+(?:\w+\s+){0,4}?(?:mening|standpunt)\s+over)"
    r"|(?:bij\s+deze\s+)?officieel\s+(?:laten\s+weten|mededelen|melden|aankondigen|bekendmaken)"
    # "wij als school vieren het feest gewoon", "wij als team van De Esdoorn pikken dit niet"
    r"|(?<!wat\s)(?<!hoe\s)(?<!waar\s)(?<!waarom\s)(?:wij|we)\s+als\s+(?:school|stichting|directie|schoolleiding)\b"
    r"|(?:wij|we)\s+als\s+(?:het\s+)?(?:team|schoolteam)\b[^.!?\n]{0,60}?\b(?:pikken|accepteren|tolereren|nemen\s+(?:dit|dat|het)\s+niet"
    r"|laten\s+(?:dit|dat|het)\s+niet|zijn\s+(?:het\s+|er\s+)?(?:\w+\s+)?(?:zat|beu|klaar\s+mee)|staan\s+(?:hier\s+|daar\s+)?(?:niet\s+)?achter)"
    # the page or the post as the school's voice: "zie deze pagina als de stem van de school"
    r"|(?:de\s+)?(?:stem|spreekbuis|gezicht)\s+van\s+(?:de\s+|onze\s+)?school|wat\s+de\s+school\s+(?:te\s+zeggen\s+heeft|vindt|wil|bedoelt)"
    r"|(?:officiële|echte)\s+(?:\w+)?(?:pagina|account|kanaal)\s+van\s+(?:de\s+|onze\s+)?(?:school|obs|cbs|pcbs|rkbs|ikc|basisschool|kindcentrum)\b"
    r"|vanuit\s+(?:de|het|onze)\s+[^.!?,\n]{1,40}?\s(?:kan|wil|mag)\s+ik\s+(?:\w+\s+){0,4}?(?:laten\s+weten|melden|mededelen|meedelen|bevestigen|zeggen|vertellen)"
    r"|het\s+(?:officiële\s+)?standpunt\s+van\s+(?:de|onze)\s+school\s+is"
    r"|het\s+standpunt\s+van\s+(?:ons|het)\s+(?:hele\s+)?(?:school)?team\s+(?:(?:op|van|bij)\s+[^.!?,\n]{1,40}?\s)?is"
    r"|(?:heeft|hebben)\s+(?:het\s+(?:hele\s+)?(?:school)?team|de\s+directie)\s+van\s+[^.!?,\n]{1,40}?\s(?:besloten|gekozen)"
    r"|namens\s+ons\s+allemaal\b"
    r"|vanuit\s+(?:de|onze)\s+(?:school|directie|schoolleiding|stichting)\s+(?:\w+\s+){0,4}?(?:laten\s+weten|melden|mededelen|meedelen|bevestigen)"
    r"|vanuit\s+(?:de|het|onze)\s+[^.!?,\n]{1,40}?\s(?:willen|laten|kunnen)\s+(?:we|wij|ik)\s+(?:\w+\s+){0,4}?"
    r"(?:bedanken|laten\s+weten|melden|mededelen|meedelen|bevestigen)"
    r"|(?:wij|we),?\s+(?:het\s+)?(?:hele\s+|voltallige\s+)?(?:team|schoolteam|docententeam|lerarenteam|directie)\s+van"
    # "wij, de leerkrachten van TWijs, zijn er klaar mee"
    r"|(?:wij|we),\s+(?:de|alle)\s+(?:leerkrachten|leraren|docenten|juffen\s+en\s+meesters|collega's)\s+van\b"
    r"|met\s+(?:de\s+hele\s+|heel\s+de\s+|het\s+hele\s+|ons\s+hele\s+|het\s+)?(?:school|team|schoolteam)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:hebben|zijn)\s+(?:we|wij)\s+(?:\w+\s+){0,2}?(?:besloten|gekozen|afgesproken)|(?:besluiten|kiezen|vinden)\s+(?:we|wij))"
    r"|(?:het\s+(?:hele\s+)?(?:school)?team|de\s+directie)\s+van\s+[^.!?,\n]{1,40}?\s(?:steunt|vraagt|wil|neemt|betreurt|biedt|roept|staat\s+achter|nodigt|bedankt|wenst)"
    r"|(?:wij|we)\s+(?:vragen|roepen)\s+(?:\w+\s+)?(?:alle\s+|de\s+)?ouders"
    r"|(?:wij|we),?\s+(?:van|bij)\s+(?:het|de|obs|cbs|pcbs|rkbs|ikc|basisschool|school|team|stichting)\b[^.!?\n]{0,40}?\s"
    r"(?:willen|laten|nemen|bieden|vinden|hebben\s+besloten|staan|betreuren)"
    r"|(?:wij|we)\s+(?:\w+\s+){1,2}?als\s+(?:school|schoolteam|stichting|directie|team)\s+(?:\w+\s+){0,3}?" + _STANCE +
    r"|^\W*als\s+(?:de\s+)?(?:school|schoolteam|team|directie|stichting)(?:\s+(?:en|&)\s+(?:het\s+)?(?:team|directie|school))?"
    r"(?:\s+van\s+[^.!?,\n]{1,40}?)?\s*,?\s+(?:\w+\s+)?(?:" + _STANCE + r"|hebben|willen|zijn|zeggen)\s+(?:wij|we)"
    # the school performs a speech act: "onze school biedt haar excuses aan", "de directie laat hierbij weten"
    r"|(?:onze\s+school|ons\s+(?:school)?team|onze\s+directie)\s+(?:\w+\s+)?" + _PERFORM +
    r"|(?:(?:de|onze)\s+(?:school|directie|schoolleiding)|(?:het|ons)\s+(?:school)?team)\s+(?:wil|willen)\s+(?:\w+\s+){0,4}?"
    r"(?:bedanken|laten\s+weten|melden|mededelen|benadrukken|excuses\s+aanbieden)"
    r"|(?:de\s+school|het\s+(?:school)?team|de\s+directie|de\s+schoolleiding)\s+(?:\w+\s+){0,2}?(?:hierbij|bij\s+deze)\s+(?:\w+\s+){0,3}?"
    r"(?:excuses|verontschuldigingen|afstand|weten|mee|bekend)"
    # the whole crew of a named school performs a speech act: "de hele Schelpenhoek-crew laat je bij deze weten"
    r"|(?:de\s+hele|heel\s+de)\s+[\w'-]+-(?:crew|team|club|familie)\s+" + _PERFORM +
    # a named school's whole team: "het hele Horizon-team wil alle ouders bedanken", "het complete Wolkenschip-team staat
    # achter jullie"
    r"|(?:het|ons)\s+(?:hele|voltallige|complete)\s+[\w'-]+-team\s+(?:wil|wenst|nodigt|bedankt|zegt|staat|steunt|vindt|vraagt|eist|is\s+(?:er|het))"
    # "wij als sectie wiskunde staan daar volledig achter", "we zijn het als bovenbouwteam unaniem eens", "wij als
    # leerkrachten zijn hier allemaal tegen"
    r"|(?:wij|we)\s+(?:als\s+(?:sectie\s+\w+|[\w-]*team|basisschool|organisatie)|(?:als\s+)?(?:leerkrachten|leraren|docenten|juffen(?:\s+en\s+meesters)?))\b"
    r"[^.!?\n]{0,40}?\b" + _WE_STANCE +
    r"|(?:wij|we)\s+(?:zijn|staan)\s+(?:het\s+|er\s+)?(?:\w+\s+){0,2}?als\s+(?:sectie\s+\w+|[\w-]*team)\s+(?:\w+\s+){0,2}?"
    r"(?:eens|tegen|achter|klaar\s+mee|zat|beu)"
    r"|^\W*als\s+(?:sectie\s+\w+|[\w-]+team)\s*,?\s+(?:zijn|hebben|willen|staan|vinden)\s+(?:wij|we)\b[^.!?\n]{0,30}?\b" + _WE_STANCE +
    # all teachers of the foundation or school as one: "Lithora-leerkrachten juichen pas als ...", "de
    # TWijs-docenten staan er als één man achter"
    r"|[\w]+-(?:leerkrachten|leraren|docenten|juffen|collega's)\s+(?:juichen|vinden|willen|eisen|pikken"
    r"|staan\s+(?:\w+\s+){0,3}?achter|zitten\s+(?:\w+\s+){0,2}?niet\s+op\s+te\s+wachten"
    r"|zijn\s+(?:het\s+|er\s+)?(?:\w+\s+)?(?:eens|tegen|klaar\s+mee|zat|beu))"
    r")" + c.WB_R)
#: Pride on behalf of the whole school, said as if allowed to: "De hele Sterrenwachter is apetrots op jullie, dat
#: mag ik vast wel zeggen" (group ``who``: the school, when it is "school", "team" or a capitalised name).
_PROUD_FOR_ALL = re.compile(
    c.WB_L + r"(?:de\s+hele|heel)\s+(?P<who>[^.!?,\n]{1,30}?)\s(?:is|zijn)\s+(?:\w+\s+)?(?:ape|super|mega)?trots\b[^.!?\n]{0,40}?"
    r"\bdat\s+mag\s+ik\s+(?:\w+\s+){0,2}?zeggen" + c.WB_R)
#: Vouching for what the school or foundation will do: "daar sta ik persoonlijk voor in", "dat beloof ik".
_VOUCH = re.compile(c.WB_L + r"(?:(?:daar|dat)\s+sta\s+ik\s+(?:\w+\s+)?(?:voor\s+in|garant(?:\s+voor)?)"
                    r"|dat\s+(?:beloof|garandeer)\s+ik(?!\s+(?:\w+\s+)?niet\b))" + c.WB_R)
#: The school as the subject of a promise, before :data:`_VOUCH` ("onze school gaat zich inzetten").
_SCHOOL_SUBJECT = re.compile(c.WB_L + r"(?:de|onze)\s+(?:school|stichting|directie)|het\s+(?:school)?bestuur|ons\s+(?:school)?team" + c.WB_R)
#: What a director may not claim either (the pack lets a director speak for the school, not for what every
#: colleague thinks): the whole team's position ("het hele team van De Vlinderhof staat honderd procent achter
#: deze actie", "mijn hele team is het daar roerend mee eens"), all colleagues thinking alike, "namens alle
#: scholen van TWijs", "wij TWijs-directeuren".
_DIRECTOR_SPEAK = re.compile(
    c.WB_L + r"(?:"
    r"(?:het\s+(?:hele|voltallige)\s+(?:school)?team|(?:ons|mijn)\s+(?:hele\s+|voltallige\s+)?(?:school)?team|heel\s+het\s+(?:school)?team"
    r"|iedereen\s+(?:op|bij)\s+(?:de\s+|onze\s+)?school|de\s+hele\s+(?:lerarenkamer|personeelskamer|teamkamer|school))"
    r"(?:\s+van\s+[^.!?,\n]{1,40}?)?\s+(?:\w+\s+)?" + _TEAM_STANCE +
    r"|" + _all_alike(r"collega'?s|directeuren|schoolleiders|juffen|meesters|leerkrachten|leraren|docenten") +
    r"|namens\s+(?:alle|al\s+mijn|al\s+onze|mijn\s+hele)\s+(?:[\w'-]+\s+){0,2}?(?:scholen|schoolleiders|directeuren|leerkrachten|leraren"
    r"|collega'?s|team|[\w-]+-scholen)\b"
    r"|(?:spreek|zeg)\s+(?:\w+\s+){0,2}?(?:voor|namens)\s+(?:alle|al\s+mijn|al\s+onze|mijn\s+hele)\s"
    r"|(?:wij|we)\s+(?:als\s+)?[\w'-]+-directeuren\b"
    r"|bij\s+ons\s+op\s+school\s+denken\s+(?:we|wij)\s+er\s+allemaal"
    r")" + c.WB_R)
_SPEAK_WORDS = frozenset("namens als school officieel standpunt team schoolteam directie schoolleiding vanuit wij we met"
                         " stem spreekbuis gezicht officiële echte spreek lerarenkamer personeelskamer teamkamer heel alle"
                         " gesproken leerkrachten docenten leraren juffen collega's hele sta beloof garandeer vindt eist achter"
                         .split())
_ANY_SPEAK = re.compile(r"\bhele\b|\bsta\s+ik\b|beloof|garandeer|\balle\b|leerkrachten|docenten|leraren|juffen|collega's|namens|\bals\s|school|officie|standpunt|team|directie|schoolleiding|\bwij\b|\bwe\b|\bstem\b|spreekbuis|\bechte\b|vanuit|\bspreek\b|kamer|\bheel\s|\bvindt\b|\beist\b|\bachter\b")
#: A negation earlier in the same clause: "ik spreek niet namens de school", "wek niet de indruk dat je namens ...".
_NEGATED = re.compile(r"\b(?:niet|geen|nooit)\s+(?:[^\s,;:]+\s+){0,6}$")
#: A stated mandate to speak for the school (SPEC: "a director explicitly writing for the school with a stated
#: mandate"): "namens", "afgestemd met het team", "in overleg met het bestuur", "op verzoek van het team".
_AGREED = r"afgestemd|afstemming|\bin\s+overleg\b|instemming|goedkeuring|op\s+verzoek|gevraagd|toestemming|akkoord|mandaat"
_MANDATE = re.compile(r"\bnamens\b|" + _AGREED)
#: The agreement behind "namens Stichting SOM" stated in the text: the words of :data:`_MANDATE` but "namens"
#: itself, and "na overleg", "in opdracht van", a spokesperson ("woordvoerder", "medewerker communicatie").
_MANDATE_GIVEN = re.compile(_AGREED + r"|na\s+overleg|opdracht|woordvoerder|(?:medewerker|afdeling|team)\s+communicatie")
#: Pride, thanks and wishes: a director may voice those for the school ("als team zijn we ontzettend trots").
_GLAD = re.compile(r"trots|blij|\bwens|dank|feliciteer|gefeliciteerd")
_NAMENS = re.compile(c.WB_L + r"namens\s+")
#: "namens (heel|het team van) X", "de stem van X", "vanuit X": X a named school or the foundation.
_NAMENS_SCHOOL = re.compile(
    c.WB_L + r"(?:namens\s+(?:(?:heel|het\s+hele|het|ons|onze|hele)\s+)?(?:(?:school)?team\s+(?:van\s+)?)?|(?:stem|spreekbuis)\s+van\s+"
    # (not in a clause that starts before "we": "de methode die we van SOM moeten gebruiken", "het is zo dat we bij X")
    r"|(?<!die\s)(?<!dat\s)(?<!wat\s)(?:wij|we),?\s+(?:als|van|bij|op)\s+)")
#: A school name right at a position: "OBS De Vlonder", "De Sterrenkijker" (capitalised after De/Het).
_NAMED_SCHOOL_AT = re.compile(
    r"(?:(?i:obs|cbs|pcbs|rkbs|ikc|ibs|kbs|sbo|basisschool|kindcentrum)\s+)?(?:(?:De|Het|'t)\s+)[" + c._UPPER + r"][^\W\d_]+"
    r"|(?i:obs|cbs|pcbs|rkbs|ikc|ibs|kbs|sbo|basisschool|kindcentrum)\s+[" + c._UPPER + r"][^\W\d_]+")
#: A whole named school or its team as the subject: "heel De Linde", "team Tweespan", "de hele lerarenkamer van X".
_UNIT_OF = re.compile(c.WB_L + r"(?:heel|team|het\s+(?:hele\s+)?team\s+van|de\s+hele\s+(?:lerarenkamer|personeelskamer|school)\s+van"
                      r"|bij\s+ons\s+op|bij|^\W*op)\s+")
#: The place phrases of :data:`_UNIT_OF` ("bij ons op", "bij", "op" opening the sentence): the stance comes with its
#: subject, "Op 't Startblok vinden we ...".
_PLACE_OF = re.compile(r"\W*(?:bij|op)\b")
#: A named school opening the sentence and taking a position: "Het Pieter Baelde vindt het belangrijk dat je
#: alles kunt terugkijken", "De Linde staat hier helemaal achter" (case as written).
_SCHOOL_SAYS = re.compile(
    r"[^\w]*(?:" + _NAMED_SCHOOL_AT.pattern + r"|[Tt]eam\s+[" + c._UPPER + r"][^\W\d_]+)(?:\s+[" + c._UPPER + r"][\w'-]*){0,2}\s+"
    r"(?:is\s+(?:\w+\s+)?(?:ape|super|mega|reuze)?trots\s+op\s+[^.!?,\n]{1,40}?\s+en\s+)?"
    r"(?:vindt\s+(?:het\s+)?(?:\w+\s+)?(?:belangrijk|essentieel|onacceptabel|onzin|geen\s+goed\s+idee)|vindt\s+dat|wil\s+dat"
    r"|staat\s+(?:\w+\s+){0,3}?achter|eist|is\s+(?:er\s+)?(?:fel\s+)?tegen"
    # the school thanks or speaks: "De Klimop bedankt alle ouders", "Team Zandkasteel zegt: dankjewel"
    r"|bedankt\s+(?:alle|de|jullie|iedereen)|zegt(?=\s*:)|zegt\s+het\s+(?:maar\s+)?(?:gewoon|eerlijk)|wenst\s+(?:alle|jullie|iedereen))\b")
#: A capitalised word at a position: the school's name after "team" ("Team Tweespan zegt nee").
_CAPITALISED_AT = re.compile(r"[" + c._UPPER + r"][^\W\d_]+")
_TEAM_STANCE_RE = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+" + _TEAM_STANCE + c.WB_R)
#: "Bij ons op De Linde vinden we ...": the stance word comes with its subject.
_TEAM_STANCE_RE_WE = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+(?:(?:vinden|kiezen|willen)\s+(?:we|wij)"
                                r"|(?:hebben|zijn)\s+(?:we|wij)\s+(?:[\w']+\s+){0,4}?(?:besloten|gekozen|afgesproken|overeengekomen))" + c.WB_R)
#: "heel" (frequent: "heel leuk") counts as a trigger only with a stance word in the sentence (see
#: :func:`_common.sentences_with`): "Heel De Linde staat achter de staking".
_SPEAK_ALSO = {"heel": (frozenset("vindt vinden staat zegt denkt eens tegen voor steunt eist wil".split()),)}
#: "namens X spreken/publiceren" without a first person: text about the rule itself.
_ABOUT_RULE = re.compile(
    c.WB_L + r"namens\s+(?:\w+\s+){1,3}?(?:spreken|spreekt|publiceren|publiceert|optreden|treedt|communiceren|communiceert"
    r"|reageren|reageert|schrijven|schrijft)" + c.WB_R)
_WE = re.compile(c.WB_L + r"(?:ik|mijn|me|mij|wij|we|ons|onze)" + c.WB_R)


def states_capacity(ctx: Context, low: str) -> bool:
    """True if the lower-cased sentence ``low`` says on whose behalf the author writes by naming the
    organisation ("namens stichting som deel ik ...") under a pack whose opinion rule asks for that statement
    (SOM art. 2 / K.1, mode ``capacity``) and the text states the agreement behind it ("afgestemd met het
    bestuur", :data:`_MANDATE_GIVEN`): the rules do not report it as speaking for the school."""
    if c.pack_setting(ctx, "opinion-disclaimer", "mode") != "capacity" or "namens" not in low:
        return False
    if not _MANDATE_GIVEN.search(ctx.lower):
        return False
    return any(re.search(r"\bnamens\s+(?:stichting\s+)?" + re.escape(o.lower()).replace(r"\ ", r"\s+") + r"\b", low)
               for o in c.organisations(ctx) if o and o.strip())


def check_speaking_for_school(ctx: Context) -> list[Span]:
    """``speaking-for-school``: on a personal channel, wording that presents
    the post as the voice of the school ("namens de school", "wij als school
    hebben besloten", "de school vindt", "officieel laten weten", "onze
    school biedt haar excuses aan", "de directie laat hierbij weten").

    Not reported for the school's own communication, on an official channel
    or another channel the school runs (a parents' group app is not one, see
    :func:`_common.personal_voice_channel`), or after a negation ("ik spreek niet namens de school"). Under SOM
    "namens Stichting SOM" is the statement of capacity art. 2 and K.1 ask
    for and is not reported when the text states the agreement behind it ("afgestemd met het bestuur", "in
    overleg met"); without one, a teacher who writes "namens Stichting SOM" speaks for it. Presuming to speak for a whole school, team or
    the colleagues ("namens heel De Zandloper") still is (a judgement call). With no channel known, only texts in the first person singular count.
    A director (front matter ``author: director``) may speak for the school; only the whole team's view is
    reported, unless the text states no mandate anywhere ("namens", "afgestemd", "in overleg", "op verzoek"):
    then "wij als school hebben besloten ..." is reported as for a teacher (pride, thanks and wishes are not).
    One span per sentence.
    """
    return c.memo(ctx, "speaking-for-school", _speaking)


def _speaking(ctx: Context) -> list[Span]:
    if c.writes_as_school(ctx) or c.author_kind(ctx) not in ("staff", "unknown"):
        return []
    if not c.personal_voice_channel(ctx):
        return []
    director = front_role(ctx) in ("director", "directeur")
    if c.channel(ctx) is None and not (c.has_any_word(ctx, _FIRST_PERSON_WORDS) and _FIRST_PERSON.search(ctx.lower)):
        return []
    capacity = c.pack_setting(ctx, "opinion-disclaimer", "mode") == "capacity"
    org = c.org_pattern(c.organisations(ctx))
    spans = []
    for sp in c.matching_sentences(ctx, _ANY_SPEAK, _SPEAK_WORDS, also=_SPEAK_ALSO):
        slow = c.span_text(ctx, sp)
        hit = None
        for m in (_DIRECTOR_SPEAK if director else _SPEAK).finditer(slow):
            if _NEGATED.search(slow[:m.start()]):
                continue
            hit = m
            break
        if hit is None and director and not _MANDATE.search(ctx.lower):
            for m in _SPEAK.finditer(slow):
                if (not m.group("namens") and "stichting" not in m.group() and not _NEGATED.search(slow[:m.start()])
                        and not _GLAD.search(slow)):
                    hit = m
                    break
        if hit is not None and capacity and not director and hit.group("namens") and org is not None and org.search(ctx.text, sp[0] + hit.start(), sp[1]) \
                and _MANDATE_GIVEN.search(ctx.lower):
            hit = None          # SOM art. 2 / K.1: "namens Stichting SOM", agreed with the board, is the statement of capacity asked for
        if hit is None and not director:
            for m in _NAMENS_SCHOOL.finditer(slow):
                at = sp[0] + m.end()
                if capacity and m.group().startswith("namens") and org is not None and org.match(ctx.text, at):
                    continue    # (SOM: "namens SOM" states the capacity; "wij bij SOM zien ..." speaks for it)
                named = _named_at(ctx, org, m, at)
                if named and m.group().rstrip().endswith(" op") and named.group().islower():
                    continue    # "we op onze school begonnen met ...": a place; "wij op De Linde doen ..." speaks for it
                if named and not _NEGATED.search(slow[:m.start()]):
                    hit = m
                    break
        if hit is None:
            for m in _UNIT_OF.finditer(slow):
                at = sp[0] + m.end()
                named = _named_at(ctx, org, m, at)
                stance = _TEAM_STANCE_RE_WE if _PLACE_OF.match(m.group()) else _TEAM_STANCE_RE
                if named and stance.match(slow, m.end() + (named.end() - at)) and not _NEGATED.search(slow[:m.start()]):
                    hit = m
                    break
        if hit is None and org is not None:
            # "Wij als Lithora hebben besloten dat ...": the foundation's decision, voiced by the author
            for m in _WE_AS.finditer(slow):
                named = org.match(ctx.text, sp[0] + m.end())
                if named and _STANCE_NEXT.match(ctx.lower, named.end(), sp[1]) and not _NEGATED.search(slow[:m.start()]):
                    hit = m
                    break
        if hit is None and not director:
            hit = _SCHOOL_SAYS.match(ctx.text, sp[0], sp[1])
        if hit is None and not director:
            m = _PROUD_FOR_ALL.search(slow)
            if m and (m.group("who") in ("school", "team", "schoolteam") or ctx.text[sp[0] + m.start("who")].isupper()):
                hit = m
        if hit is None:
            # a promise for the foundation (also a director may not give one), or for the school, vouched for:
            # "Kalisto gaat zich keihard maken voor elke dorpsschool, daar sta ik persoonlijk voor in"
            m = _VOUCH.search(slow)
            if m and not _NEGATED.search(slow[:m.start()]) and (
                    (org is not None and org.search(ctx.text, sp[0], sp[0] + m.start()))
                    or (not director and _SCHOOL_SUBJECT.search(slow, 0, m.start()))):
                hit = m
        if hit is not None and _ABOUT_RULE.search(slow) and not _WE.search(slow):
            continue            # "... of zij namens Stichting SOM publiceren": a rule, not a post
        if hit is not None:
            spans.append(Span(sp[0], sp[1], "speaking-for-school", 0.85, "conduct.role"))
    return spans


def _named_at(ctx: Context, org: re.Pattern | None, m: re.Match, at: int) -> re.Match | None:
    """The school or foundation named at offset ``at`` of ``ctx.text``, right
    after the phrase ``m`` ("namens heel", "team"): the pack's organisation,
    a school name ("De Linde", "obs Het Kompas"), or after "team" any
    capitalised word ("Team Tweespan"). None if nothing is named there."""
    return ((org.match(ctx.text, at) if org is not None else None) or _NAMED_SCHOOL_AT.match(ctx.text, at)
            or (_CAPITALISED_AT.match(ctx.text, at) if m.group().lower().startswith("team") else None))


def front_role(ctx: Context) -> str | None:
    """The raw front-matter ``author:`` value in lower case (``director``...)."""
    raw = c.front_matter(ctx).get("author")
    return raw.strip().lower() if isinstance(raw, str) else None
