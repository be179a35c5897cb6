"""``opinion-disclaimer``: an opinion about the school, the foundation or
education policy without saying it is the author's personal view.

Sources (own summaries, see ``rules/*.yaml``): Lithora D.4, TWijs C.4 and
Kalisto C.4 ask for a statement that the opinions are the author's own,
written on personal title and separate from the foundation's official
position (pack mode ``disclaimer``). SOM art. 2 asks to say whether one writes
personally *or* on behalf of SOM (mode ``capacity``; AG.8 advises a blog
disclaimer). Onderwijs Primair ("Maak je rol duidelijk") asks to make clear
that one speaks for oneself (mode ``speak-for-self``).

An opinion sentence has a topic (an organisation name, "de school", "het
bestuur", or a policy theme: werkdruk, inspectie, passend onderwijs, salaris,
cao, lerarentekort, kabinet, bezuinigingen, toetsen, fusie, huisvesting,
functiebeleid ...) and an evaluative marker: the author's stance ("ik vind",
"volgens mij", "eerlijk is eerlijk"), what should have been ("had ... moeten"),
a judged decision ("heel verstandig gekozen", "een domme keuze"), failure
words and superlatives ("mislukt", "de grootste mislukking", "een fiasco"),
or irony and dismissal ("in een mooi jasje", "mooie woorden allemaal, maar",
"komt niks van terecht", "heeft geen idee wat er speelt", "nooit voor de klas
gestaan"). Questions are not opinions. A disclaimer anywhere in the text
covers the whole text.
"""

from __future__ import annotations

import re

from ..detectors.base import Context
from ..model import Span
from . import _common as c
from . import threads

_TOPIC = re.compile(
    c.WB_L + r"(?:"
    r"werkdruk\w*|inspectie\w*|inspecteur\w*|toezicht\w*|passend\s+onderwijs|salaris\w*|\w*lerarentekort|personeelstekort"
    r"|cao\w*|cao-\w+|loon\w*|\w*loonsverhoging|\w*schoolweek|inflatie|koopkracht|(?:onderwijs)?minister\w*|ministerie|staatssecretaris|kabinet|den\s+haag|de\s+politiek|(?:de\s+)?overheid"
    r"|wethouder\w*|bezuinig\w*|(?:eind|doorstroom|cito-?|centrale\s+)?toets(?:en|resultaten|druk|cultuur)?|\w*beleid\w*"
    r"|fusie\w*|samenvoeging\w*|reorganisatie\w*|sluiting\w*|huisvesting\w*|nieuwbouw|schoolgebouw\w*|dependance"
    r"|(?:dit|dat|het|deze|die|een|dat\s+soort|zo'?n)\s+(?:\w+\s+)?(?:besluit|verbod|maatregel|maatregelen|beslissing)|zij-?instro\w*|\w*onbevoegd\w*|klassengrootte|grote\s+klassen|klassen\s+van\s+\d+"
    r"|\w*bestuur|besturen|bestuurders?|schoolbesturen|lerarenopleiding\w*|onderwijsgeld\w*|npo-?gelden|functiemix"
    r"|(?:het|ons|in\s+het)\s+(?:basis)?onderwijs|onderwijsstelsel|curriculum\w*|kerndoelen|leerplan\w*|\w*methode"
    r"|onderwijsvernieuwing\w*|examen\w*|schoolexamen\w*"
    r"|(?:nieuwe|die|deze)\s+(?:regels|regelgeving|maatregelen|afspraken|plannen|richtlijnen|eisen|protocollen)"
    r"|(?:de|onze|mijn)\s+(?:directeur|directrice|schoolleider|teamleider|locatieleider|bestuurder)|(?:de|onze|mijn)\s+school|de\s+stichting|onze\s+stichting|de\s+directie|de\s+schoolleiding|het\s+management"
    r")" + c.WB_R)

#: How a decision is judged: "heel verstandig gekozen", "een domme keuze", "het besluit is terecht".
_JUDGED = (r"(?:verstandige?|wijze?|goede?|juiste?|terechte?|slim(?:me)?|moedige?|dappere?|prima|uitstekende?|geweldige?"
           r"|dom(?:me)?|onverstandige?|onhandige?|slechte?|kortzichtige?|laf(?:fe)?|rare?|vreemde?|onbegrijpelijke?)")
_DECISION = r"(?:gekozen|besloten|besluit|keuze|beslissing|zet|stap|plan|zaak)"

_EVAL = re.compile(
    c.WB_L + r"(?:"
    # the author's stance
    r"ik\s+vind|vind\s+ik|ik\s+denk\s+dat|denk\s+ik|volgens\s+mij|naar\s+mijn\s+(?:mening|idee)|mijns\s+inziens"
    r"|wat\s+mij\s+betreft|als\s+je\s+(?:het\s+)?(?:aan\s+)?mij\s+vraagt|ik\s+ben\s+van\s+mening|ik\s+ben\s+het\s+(?:niet\s+|helemaal\s+|totaal\s+)?(?:on)?eens"
    r"|ik\s+vrees|ik\s+maak\s+me\s+(?:grote\s+|ernstige\s+)?zorgen|laten\s+we\s+(?:wel\s+wezen|eerlijk\s+zijn)|eerlijk\s+is\s+eerlijk"
    # what should have been
    r"|had(?:den)?\b[^.!?\n]{0,80}?\bmoeten|had(?:den)?\b[^.!?\n]{0,80}?\b(?:beter|liever)\b[^.!?\n]{0,60}?\bkunnen"
    # doubt and critique: "ik zet vraagtekens bij", "kanttekeningen", "ik betwijfel", "we gaan erop achteruit"
    r"|vraagtekens|kanttekening\w*|bedenkingen|ik\s+betwijfel|(?:ik\s+heb\s+)?(?:mijn\s+)?twijfels\s+(?:bij|over)|kritiek\s+op"
    r"|(?:gaan|gaat|houden|houdt)\s+(?:\w+\s+){0,4}?op\s+achteruit|achteruitgang"
    r"|(?:niet|slecht|nauwelijks)\s+doordacht|ondoordacht|halfbakken|overhaast|onzorgvuldig"
    r"|maar\s+(?:ondertussen|intussen|in\s+de\s+praktijk|in\s+werkelijkheid)|en\s+dat\s+terwijl"
    r"|(?:gaat|loopt)\s+(?:\w+\s+){0,3}?mis|misgaat|slaat\s+(?:\w+\s+)?alles|van\s+de\s+(?:zotte|gekke)"
    r"|(?:het\s+is\s+)?(?:toch\s+)?(?:te\s+)?(?:gek|idioot|zot)\s+dat"
    r"|terwijl\s+(?:we|wij|leraren|leerkrachten|ik)\s+(?:\w+\s+){0,4}?(?:moeten|zelf|nauwelijks|geen)\b"
    r"|(?:slecht|naar|raar|onprettig|ongemakkelijk|dubbel)\s+gevoel\s+(?:over|bij)|(?:geen\s+)?goed\s+gevoel\s+bij"
    r"|ik\s+heb\s+er\s+(?:\w+\s+){0,2}?(?:moeite|problemen|grote\s+moeite)\s+mee"
    r"|zou(?:den)?\b[^.!?\n]{0,60}?\b(?:moeten|beter|eindelijk)"
    r"|moet(?:en)?\s+(?:echt|eindelijk|gewoon|nu\s+eens|toch)|er\s+moet(?:en)?|mag\s+(?:wel\s+)?(?:eens\s+)?(?:meer|minder|eindelijk)"
    r"|(?:dit|het|dat)\s+moet\s+(?:echt\s+|nu\s+)?(?:stoppen|ophouden|anders)"
    # judging a decision, positive or negative
    r"|(?:heel\s+|zeer\s+|erg\s+|niet\s+)?" + _JUDGED + r"\s+" + _DECISION +
    r"|(?:gekozen|besloten|besluit|keuze|beslissing|plan)\s+(?:\w+\s+){0,2}?(?:is|was|vind\s+ik)\s+(?:\w+\s+)?" + _JUDGED +
    r"|(?:grootste|ergste|slechtste|stomste|domste|beste)\s+(?:\w+\s+)?(?:mislukking|probleem|fout|blunder|vergissing|ramp"
    r"|onzin|beslissing|besluit|keuze|idee|plan|beleid)"
    # too much, too little, failure
    r"|veel\s+te\s+\w+|te\s+weinig|alleen\s+maar|nooit\s+oplossen|in\s+de\s+steek|aan\s+(?:ons|hun|zijn|haar)\s+lot\s+over"
    r"|loze\s+belofte\w*|druppel\s+op\s+een\s+gloeiende\s+plaat|open\s+kaart|(?:slecht|slordig)\s+aangepakt"
    r"|op\s+de\s+(?:goede|verkeerde)\s+weg|geen\s+oog\s+voor|(?:luistert|luisteren)\s+(?:\w+\s+)?(?:niet|nooit)|lak\s+aan"
    r"|mislukt|mislukking|fiasco|flop|blunder|debacle|puinhoop|aanfluiting|lachertje|schijnvertoning|poppenkast"
    r"|bureaucrati\w+|papierwinkel|regeldruk|monster|niemand\s+om\s+gevraagd|illusie|utopie|fabeltje|luchtkasteel|wensdroom|in\s+het\s+ongewisse|in\s+de\s+kou|aan\s+het\s+lijntje"
    r"|geldverspilling|verspilling|zonde\s+van\s+het\s+geld|weggegooid\s+geld|bodemloze\s+put|symboolpolitiek|wensdenken"
    r"|doorgeslagen|onverantwoord|onmogelijk|onacceptabel|onaanvaardbaar|schandalig|schande|belachelijk|absurd"
    r"|blamage|gotspe|wanvertoning|schandvlek|dieptepunt"
    r"|oneerlijk|onterecht|onzinnig|waardeloos|kwalijk|zorgwekkend|respectloos|onbegrijpelijk|wanbeleid|onbehoorlijk"
    r"|te\s+(?:gek|zot|triest|erg)\s+voor\s+woorden|van\s+kwaad\s+tot\s+erger|(?:staat\s+)?in\s+geen\s+(?:enkele\s+)?verhouding"
    r"|niet\s+(?:meer\s+)?(?:vol\s+)?te\s+houden|niet\s+(?:meer\s+)?uit\s+te\s+leggen|slaat\s+(?:\w+\s+)?nergens\s+op"
    # irony and dismissal: nice words, nothing comes of it, far from the classroom
    r"|in\s+een\s+(?:mooi|nieuw|ander|fraai|glimmend)\s+jasje|verkapte?|onder\s+het\s+mom\s+van|(?:verpakt|vermomd)\s+als|mooie\s+woorden\s+(?:allemaal|[^.!?\n]{0,20}?\bmaar)|holle\s+(?:frasen|woorden|retoriek)"
    r"|(?:klinkt|lijkt)\s+(?:\w+\s+){0,2}?(?:mooi|prachtig|leuk|goed)\s*,?\s+(?:op\s+papier|maar)"
    r"|op\s+papier\s+(?:\w+\s+)?(?:mooi|prachtig|leuk|goed)|(?:leuk|mooi)\s+bedacht"
    r"|komt\s+(?:er\s+)?(?:\w+\s+){0,4}?(?:niks|niets|weinig|geen\s+bal|geen\s+moer)\s+(?:van\s+)?terecht"
    r"|(?:heeft|hebben)\s+(?:\w+\s+)?geen\s+(?:flauw\s+)?(?:idee|benul|notie|flauwe\s+notie)"
    r"|(?:nooit|zelf\s+nooit|nog\s+nooit)\s+(?:\w+\s+)?voor\s+(?:de|een)\s+klas\s+(?:\w+\s+)?gestaan"
    r"|(?:nooit|nog\s+nooit)\s+(?:\w+\s+){0,5}?(?:klas|klaslokaal)\s+(?:\w+\s+){0,4}?(?:gezien|van\s+binnen)"
    r"|(?:nooit|nog\s+nooit)\s+(?:zelf\s+)?les\s+(?:\w+\s+)?gegeven"
    r"|bedacht\s+(?:door|achter)\s+(?:een\s+)?(?:bureau|mensen\s+die|ambtenaren|beleidsmakers)"
    r"|van\s+bovenaf|(?:zonder\s+dat|niemand\s+heeft)\s+(?:\w+\s+){0,3}?(?:ons|leraren|leerkrachten|het\s+team)\s+(?:\w+\s+)?(?:heeft\s+)?(?:gevraagd|geraadpleegd)"
    r"|ivoren\s+toren|ver\s+van\s+de\s+(?:werkvloer|praktijk|klas)|achter\s+(?:een|hun|zijn|het)\s+bureau"
    r"|over\s+(?:onze|de)\s+hoofden|van\s+bovenaf\s+opgelegd|ten\s+koste\s+van|de\s+dupe"
    r"|(?:gaat|ging)\s+(?:\w+\s+){0,2}?(?:nooit|niet|alleen|nergens)\s+(?:\w+\s+)?om\s+(?:de\s+)?(?:kinderen|leerlingen|kwaliteit|geld)"
    r"|verdw[ij]\w*\s+(?:\w+\s+){0,4}?in\s+(?:de\s+)?(?:administratie|bureaucratie|overhead|overleg|zakken|potjes|strijkstok)"
    # not understanding, not working, feelings
    r"|ik\s+snap\s+(?:echt\s+|werkelijk\s+|gewoon\s+)?(?:niet|niks|niets)|snapt\s+(?:er\s+)?(?:niets|niks)"
    r"|ik\s+begrijp\s+(?:echt\s+|werkelijk\s+)?(?:niet|niks|niets)|werkt\s+(?:gewoon\s+|echt\s+|totaal\s+|helemaal\s+)?niet"
    r"|eindelijk|teleurgesteld|woedend|boos\s+op|gefrustreerd|een\s+(?:grap|farce|wassen\s+neus|papieren\s+tijger)"
    r"|ik\s+(?:word|raak)\s+er\s+(?:\w+\s+)?(?:moe|ziek|gek|moedeloos|verdrietig|boos|chagrijnig|somber)\s+van"
    r"|ik\s+(?:ben\s+(?:er|het)\s+(?:\w+\s+)?(?:klaar\s+mee|zat|beu|spuugzat)|erger\s+me|baal|schaam\s+me|heb\s+er\s+(?:een\s+)?hard\s+hoofd\s+in)"
    r"|(?:het\s+is\s+|wat\s+)?(?:jammer|zonde|treurig|triest|bizar|raar)\s+dat"
    # evaluative adjectives and idioms
    r"|beschamend|bedroevend|erbarmelijk|ondermaats|abominabel|armzalig|schamel|schandelijk|stuitend|tenenkrommend"
    r"|onwerkbaar|onhoudbaar|onuitvoerbaar|onrealistisch|hypocriet|krankzinnig|waanzin|gekkenwerk"
    r"|niet\s+(?:meer\s+)?normaal|(?:is|zijn)\s+(?:\w+\s+)?(?:triest|treurig|bizar|schrijnend)"
    r"|vergissing|misser|miskleun|sigaar\s+uit\s+eigen\s+doos|klap\s+in\s+het\s+gezicht|trap\s+na|kluitje\s+in\s+het\s+riet"
    r"|om\s+de\s+hete\s+brij|zand\s+in\s+de\s+ogen|(?:leuk|fijn|top|lekker)\s+(?:hoor|zeg)|lekker\s+bezig"
    r"|(?:onderschat|genegeerd|afgeschoven|doodgezwegen|uitgehold|kapotbezuinigd|weggemoffeld)"
    r"|(?:doet|doen|deed|deden)\s+(?:\w+\s+)?(?:niks|niets|weinig|nauwelijks|helemaal\s+niks|helemaal\s+niets)\s+(?:aan|mee|met)"
    r"|gebrek\s+aan\s+(?:visie|lef|daadkracht|leiderschap|respect|waardering|vertrouwen)"
    r"|alsof\s+(?:we|wij|leraren|leerkrachten|ik|de\s+juffen)\s+(?:\w+\s+){0,3}?(?:niet|geen|niks|niets)\b|praatjes"
    r"|overbodig\w*|zinloos|zinloze|nutteloos|nutteloze|verworden|noodgreep|vermomming|verpieter\w*|(?:af\s*te\s*|)afreken\w*|rekent\s+(?:\w+\s+){0,3}?af"
    r"|geen\s+oplossing|(?:dat|en\s+dat)\s+noemen\s+ze|noemen\s+ze\s+(?:dat|het)|zogenaamde?|lippendienst|rookgordijn|ritueel|window\s*dressing"
    r"|(?:houdt|houden)\s+(?:\w+\s+){0,4}?(?:niet|geen\s+\w+\s+\w+(?:\s+meer)?)\s+(?:meer\s+)?vol|met\s+een\s+mooie\s+naam|mooie\s+naam\s+voor"
    r"|lapmiddel\w*|noodoplossing\w*|doekje\s+voor\s+het\s+bloeden|pleister\s+op\s+de\s+wonde?|uithol\w*|geen\s+steek|zwijgt\s+in\s+alle\s+talen"
    r"|applaus\s+hoor|(?:goed|mooi|knap)\s+(?:gedaan|bezig)\s+(?:hoor|weer)|bravo\s+hoor|gefeliciteerd\s+hoor"
    r"|torenhoog|onmenselijk|ongezond|niet\s+(?:meer\s+)?gezond|triest|treurig|droevig|schrijnend|pijnlijk|onvoorstelbaar"
    r"|(?:is|zijn|wordt|worden)\s+(?:echt\s+|gewoon\s+|nog\s+steeds\s+|nog\s+altijd\s+|veel\s+)?te\s+(?:hoog|groot|vol|zwaar|laag|klein|duur)"
    r"|hoe\s+is\s+het\s+(?:in\s+(?:godsnaam|hemelsnaam)\s+)?mogelijk|wie\s+(?:verzint|bedenkt|heeft\s+dit\s+bedacht)"
    r"|(?:zit|zitten)\s+(?:\w+\s+)?te\s+slapen|(?:word|wordt|worden)\s+(?:eens\s+)?wakker|opgepot|oppotten|potten\s+(?:\w+\s+){0,3}?op"
    # more irony and stance: "een bezuiniging met een mooi strikje erom", "één groot toneelstuk", "een besluit van
    # de tekentafel", "wie heeft ooit bedacht dat", "zou het toeval zijn dat", "je zou haast denken dat", "laat ik het
    # maar gewoon zeggen", "misschien moeten ze eens", "geweldig systeem hoor", "nooit hun sterkste kant"
    r"|(?:met\s+een\s+)?(?:mooi|mooie|roze|glimmend)\s+strikje|(?:één|een)\s+groot\s+toneelstuk|(?:van|achter)\s+de\s+tekentafel"
    r"|wie\s+heeft\s+(?:\w+\s+){0,2}?bedacht\s+dat|zou\s+het\s+toeval\s+zijn|je\s+zou\s+(?:haast|bijna|toch)\s+denken"
    r"|laat\s+ik\s+(?:het\s+)?(?:maar\s+)?(?:gewoon\s+|eerlijk\s+)?zeggen|misschien\s+moeten\s+ze\b"
    r"|(?:geweldig|prachtig|fantastisch|briljant|heerlijk)\s+(?:\w+\s+)?hoor\b|(?:nooit|niet)\s+(?:hun|zijn|haar)\s+sterkste\s+kant"
    # "ik snap niet wie dit verzonnen heeft", "levert niks op behalve stress", "een besluit op een spreadsheet"
    r"|wie\s+(?:dit|dat|deze\s+\w+|die\s+\w+)\s+(?:\w+\s+)?(?:heeft\s+)?(?:verzonnen|bedacht)"
    r"|(?:levert|leveren|leverde|leverden)\s+(?:\w+\s+){0,2}?(?:niks|niets|weinig)\s+op\b|(?:op|in|uit)\s+(?:een\s+)?(?:spreadsheet|excel(?:sheet|bestand)?)"
    # "laat me niet lachen", "typisch TWijs", "typeert wel hoe", "een pleister op een slagaderlijke bloeding", "er een
    # potje van gemaakt", "slecht doordacht", "klinkt prachtig op papier", "laat die school liever wegrotten dan dat",
    # "een sprookje", "daar kun je de klok op gelijkzetten", "een wereld te winnen"
    r"|laat\s+me\s+niet\s+lachen|typisch\s+(?:weer\s+)?(?!zo'?n\b|die\b|dat\b)[^\W\d_]+|typeert\s+(?:wel\s+|precies\s+)?hoe"
    r"|pleister\s+op\s+(?:een|de)\s+(?:\w+\s+)?(?:bloeding|wond|wonde)|(?:een\s+)?potje\s+van\s+(?:gemaakt|maken)"
    r"|slecht\s+doordacht\w*|klinkt\s+(?:\w+\s+)?(?:prachtig|mooi|geweldig|leuk)\s+op\s+papier"
    r"|liever\s+(?:\w+\s+){0,4}?dan\s+dat\s+(?:er|ze|zij|het|hij)|(?:een|het)\s+sprookje|de\s+klok\s+op\s+gelijkzetten"
    r"|(?:nog\s+)?een\s+wereld\s+te\s+winnen"
    # "kortzichtig", "een wanbeslissing", "een gemiste kans", "slaat volledig door", "weer een fooi", "leest als een
    # reclamefolder", "mijlenver van de klas", "kijkt de andere kant op", "jaren wegkijken", "verbaast me niks", "zegt
    # eigenlijk alles over", "laten versloffen", "maakt ons onderwijs kapot", "doet alsof", "het draait om geld"
    r"|kortzichtig\w*|wanbeslissing\w*|gemiste\s+kans|slaat\s+(?:\w+\s+)?door\b|(?:een|weer\s+een)\s+fooi|reclamefolder"
    r"|mijlenver|(?:kijkt|kijken|keek)\s+(?:\w+\s+)?de\s+andere\s+kant\s+op|wegkijk\w*|weggekeken"
    r"|verbaast\s+(?:me|mij)\s+(?:niks|niets)|zegt\s+(?:eigenlijk\s+|toch\s+|al\s+)?(?:alles|genoeg)\s+over|versloff\w*|verslofd"
    r"|(?:maakt|maken|meten|meet|bezuinigt|bezuinigen)\s+(?:\w+\s+){0,4}?kapot|(?:doet|doen)\s+alsof"
    r"|(?:om|rond)\s+(?:het\s+)?geld\s+(?:gaan|gaat|draait|draaien)|draait\s+(?:\w+\s+){0,3}?om\s+(?:het\s+)?geld"
    # "een stap terug naar de jaren negentig", "één grote afvinklijst", "zo simpel is het", "laat de overhead
    # ongemoeid", "wie heeft dit in hemelsnaam bedacht"
    r"|(?:een\s+)?stap\s+terug|afvinklijst\w*|zo\s+simpel\s+is\s+het|laat\s+(?:\w+\s+){0,3}?ongemoeid"
    r"|wie\s+heeft\s+(?:dit|dat)\s+in\s+(?:godsnaam|hemelsnaam)\s+(?:bedacht|verzonnen)"
    r")" + c.WB_R)

DISCLAIMER = re.compile(
    c.WB_L + r"(?:"
    r"op\s+(?:persoonlijke|eigen)\s+titel|persoonlijke\s+(?:mening|visie|standpunten?|opvatting|kijk|kanttekening)|privé-?\s*mening"
    r"|los\s+van\s+(?:de|mijn)\s+(?:school|stichting|werkgever)"
    r"|(?:mijn|m'n)\s+(?:eigen\s+)?(?:persoonlijke\s+)?(?:mening|standpunten?|visie|opvatting)\s+(?:is|zijn|en|,|:|;|\.)"
    r"|(?:dit|het|dat)\s+is\s+(?:alleen\s+|puur\s+|slechts\s+|helemaal\s+)?(?:mijn|m'n)\s+(?:eigen\s+)?(?:mening|standpunt|visie|kijk)"
    r"|(?:mijn|m'n)\s+eigen\s+(?:mening|kijk)|los\s+van\s+(?:het\s+|de\s+|eventuele\s+|elk\s+)?(?:officiële\s+)?(?:standpunt(?:en)?|mening|visie)"
    r"|los\s+van\s+(?:het\s+|de\s+)?officiële\s+(?:lijn|koers|communicatie)"
    r"|(?:mijn|m'n)\s+eigen\s+(?:geluid|gedachten|woorden|verhaal)|(?:mijn|m'n)\s+(?:eigen\s+)?(?:gedachten|ideeën|woorden)\s+en\s+niet\s+(?:die\s+)?van|niet\s+(?:dat|die)\s+van\s+(?:mijn|de|onze)\s+(?:school|stichting|werkgever)"
    r"|(?:is|zijn)\s+(?:echt\s+|helemaal\s+|puur\s+)?(?:alleen|enkel|uitsluitend)\s+van\s+(?:mij|mezelf|mijzelf)"
    # "wat ik hier schrijf is van mij alleen", "het is dus geen standpunt van mijn school"
    r"|(?:is|zijn)\s+(?:echt\s+|helemaal\s+|puur\s+)?van\s+(?:mij|mezelf|mijzelf)\s+alleen"
    r"|(?:is|zijn)\s+(?:dus\s+|daarom\s+|ook\s+)?geen\s+(?:officieel\s+|officiële\s+)?(?:standpunt(?:en)?|mening|visie)\s+van"
    r"|niet\s+als\s+(?:\w+\s+)?(?:spreekbuis|woordvoerder|vertegenwoordiger|afgevaardigde)\s+van"
    r"|(?:spreek|schrijf|praat)\s+(?:hier\s+)?niet\s+(?:voor|namens)\s+(?:mijn|de|onze)\s+(?:school|stichting|werkgever)"
    r"|niet\s+(?:per\s+se\s+|noodzakelijk\s+)?(?:het\s+|de\s+)?(?:officiële\s+)?(?:standpunt|mening|visie)\s+van"
    r"|niet\s+die\s+van\s+(?:mijn\s+werkgever|de\s+school|de\s+stichting)|niet\s+namens\s+(?:mijn|m'n|onze|de)\s+(?:werkgever|school|stichting)"
    r"|staat\s+los\s+van\s+(?:mijn\s+)?(?:werkgever|werk|school|stichting)|als\s+privépersoon"
    r"|(?:spreek|schrijf|praat)\s+(?:hier\s+)?(?:(?:alleen|uitsluitend|puur|nadrukkelijk|enkel|echt|gewoon|helemaal|volledig)\s+){0,2}"
    r"(?:voor|namens)\s+(?:mezelf|mijzelf|mij\s+zelf)"
    r"|namens\s+(?:mezelf|mijzelf)|standpunten\s+van\s+(?:mezelf|mijzelf)|voor\s+eigen\s+rekening"
    r"|(?:views|opinions|thoughts)\s+(?:are\s+)?(?:my\s+own|mine|(?:entirely\s+)?my\s+own)|my\s+own\s+(?:views|opinions)"
    r"|personal\s+(?:opinion|views?)|speaking\s+for\s+myself"
    r")", )
#: Trigger words (see :func:`_common.sentences_with`): every match of the pattern holds one.
_DISCLAIMER_WORDS = frozenset(
    "titel persoonlijke mening standpunt standpunten visie opvatting werkgever school stichting mezelf mijzelf zelf"
    " rekening views opinions thoughts own mine personal myself kijk werk officiële spreekbuis woordvoerder"
    " vertegenwoordiger afgevaardigde geluid gedachten ideeën woorden verhaal mij kanttekening".split())
#: Frequent trigger words of _DISCLAIMER_WORDS -> the words of which a sentence must also hold one for them to
#: count (see :func:`_common.sentences_with`): every phrase with "school" has "van" or "niet" ("los van de
#: school", "niet namens de school"), the one with "verhaal" has "eigen" ("mijn eigen verhaal").
_DISCLAIMER_ALSO = {"school": (frozenset({"van", "niet"}),), "verhaal": (frozenset({"eigen"}),)}
_EVAL_WORDS = frozenset(
    "vind denk volgens mening idee inziens betreft vraagt eens oneens vrees zorgen wezen eerlijk moeten zou zouden moet mag"
    " stoppen ophouden anders gekozen besloten besluit keuze beslissing zet stap plan zaak grootste ergste slechtste"
    " stomste domste beste veel weinig alleen oplossen steek lot loze druppel kaart aangepakt weg oog luistert"
    " luisteren lak mislukt mislukking fiasco flop blunder debacle puinhoop aanfluiting lachertje schijnvertoning"
    " poppenkast geldverspilling verspilling zonde weggegooid bodemloze symboolpolitiek wensdenken doorgeslagen"
    " onverantwoord onmogelijk onacceptabel onaanvaardbaar schandalig schande belachelijk absurd oneerlijk onterecht"
    " onzinnig waardeloos kwalijk zorgwekkend respectloos onbegrijpelijk wanbeleid onbehoorlijk gek erger verhouding"
    " houden uitleggen nergens jasje woorden frasen retoriek klinkt lijkt papier bedacht terecht benul notie"
    " gestaan toren werkvloer praktijk ver bureau hoofden opgelegd koste dupe gaat ging snap snapt begrijp werkt"
    " eindelijk teleurgesteld woedend boos gefrustreerd grap farce neus tijger word raak ben erger baal schaam heb"
    " jammer zonde treurig triest bizar raar beschamend bedroevend erbarmelijk ondermaats abominabel armzalig schamel"
    " schandelijk stuitend tenenkrommend onwerkbaar onhoudbaar onuitvoerbaar onrealistisch hypocriet krankzinnig"
    " waanzin gekkenwerk normaal schrijnend vergissing misser miskleun sigaar klap trap kluitje brij"
    " zand hoor zeg bezig onderschat genegeerd afgeschoven doodgezwegen uitgehold kapotbezuinigd weggemoffeld doet doen"
    " deed deden gebrek slapen wakker opgepot oppotten potten alsof praatjes torenhoog onmenselijk ongezond gezond hoog"
    " groot vol zwaar laag klein duur hoofd lapmiddel lapmiddelen noodoplossing noodoplossingen doekje pleister steek zwijgt"
    " zoveelste applaus gedaan bravo gefeliciteerd overbodig overbodige zinloos zinloze nutteloos nutteloze verworden"
    " noodgreep vermomming afrekent afrekenen afgerekend rekent oplossing noemen zogenaamd zogenaamde lippendienst"
    " rookgordijn ritueel window windowdressing houdt vol naam blamage gotspe wanvertoning schandvlek dieptepunt"
    " mogelijk verzint bedenkt bedacht droevig pijnlijk onvoorstelbaar verkapt verkapte mom verpakt vermomd klas"
    " klaslokaal gegeven bovenaf gevraagd geraadpleegd zot beter liever vraagtekens bedenkingen betwijfel twijfels kritiek"
    " achteruit achteruitgang doordacht ondoordacht halfbakken overhaast onzorgvuldig ondertussen intussen gevoel moeite problemen terwijl mis misgaat"
    " slaat zotte gekke gek idioot illusie utopie fabeltje luchtkasteel wensdroom ongewisse kou lijntje papierwinkel regeldruk monster niemand"
    " strikje toneelstuk tekentafel toeval zeggen ze geweldig prachtig fantastisch briljant heerlijk kant verzonnen levert"
    " leveren leverde leverden spreadsheet excel excelsheet excelbestand lachen typisch typeert pleister potje"
    " doordacht doordachte papier liever sprookje gelijkzetten wereld kortzichtig kortzichtige wanbeslissing"
    " wanbeslissingen gemiste slaat fooi reclamefolder mijlenver kant wegkijken wegkijkt weggekeken verbaast"
    " alles genoeg versloffen verslofd kapot alsof geld simpel ongemoeid hemelsnaam godsnaam".split())
_EVAL_PREFIXES = ("verdw", "kanttekening", "bureaucrati", "uithol", "verpieter", "afreken", "overbodig", "afvinklijst")
_TOO_WITH = (frozenset({"te"}), frozenset({"is", "zijn", "wordt", "worden"}))
_JUDGED_NOUNS = (frozenset("mislukking probleem fout blunder vergissing ramp onzin beslissing besluit keuze idee plan"
                           " beleid".split()),)
#: Trigger words of _EVAL_WORDS that are frequent in school text -> the words of which a sentence must also hold
#: one per set for that trigger to count (see :func:`_common.sentences_with`): the other words of the phrases of
#: _EVAL that have it as their only trigger ("veel te druk", "is te groot", "de grootste blunder", "werkt niet",
#: "ik ben het eens", "nooit een klas van binnen gezien").
_EVAL_ALSO = {"veel": (frozenset({"te"}),), "groot": _TOO_WITH, "klein": _TOO_WITH, "grootste": _JUDGED_NOUNS,
              "beste": _JUDGED_NOUNS, "werkt": (frozenset({"niet"}),), "eens": (frozenset({"ben"}),),
              "klas": (frozenset({"nooit"}),), "klaslokaal": (frozenset({"nooit"}),)}
_CAPACITY = re.compile(c.WB_L + r"namens\s+(?:de\s+|onze\s+|mijn\s+)?(?:stichting|school|schoolbestuur|bestuur)" + c.WB_R)
_HASHTAG = re.compile(r"#\w+")
#: A question that is an opinion: "Hoe is het mogelijk dat ...?", "Wie verzint dit?".
_RHETORICAL = re.compile(c.WB_L + r"(?:hoe\s+is\s+het\s+(?:in\s+(?:godsnaam|hemelsnaam)\s+)?mogelijk"
                         r"|wie\s+(?:verzint|bedenkt|heeft\s+dit\s+(?:in\s+(?:godsnaam|hemelsnaam)\s+)?bedacht)"
                         r"|wie\s+heeft\s+(?:\w+\s+){0,2}?bedacht\s+dat|zou\s+het\s+toeval\s+zijn"
                         r"|wie\s+(?:dit|dat|deze\s+\w+|die\s+\w+)\s+(?:\w+\s+)?(?:heeft\s+)?(?:verzonnen|bedacht))" + c.WB_R)
_NAMENS = re.compile(c.WB_L + r"namens\s+")


def has_disclaimer(ctx: Context, capacity: bool = False) -> bool:
    """True if the text says the author writes personally (any wording of
    :data:`DISCLAIMER`); with ``capacity`` also "namens de stichting/ORG"."""
    if c.matching_sentences(ctx, DISCLAIMER, _DISCLAIMER_WORDS, prefixes=("privé",), first=True, also=_DISCLAIMER_ALSO):
        return True
    if capacity:
        org = c.org_pattern(c.organisations(ctx))
        for sp in c.matching_sentences(ctx, _NAMENS, frozenset({"namens"})):
            low = c.span_text(ctx, sp)
            if _CAPACITY.search(low):
                return True
            if org is not None and any(org.match(ctx.text, sp[0] + m.end()) for m in _NAMENS.finditer(low)):
                return True
    return False


def opinion_sentences(ctx: Context) -> list[tuple[int, int]]:
    """Sentences that give an opinion about the school, the foundation or
    education policy (topic + evaluative marker, not a question). The topic
    may also come from a lead-in question or heading just before, in the
    same paragraph ("Passend onderwijs? Een wassen neus.")."""
    out = []
    sents = c.sentences(ctx)
    starts = [s for s, _ in sents]
    for sp in c.matching_sentences(ctx, _EVAL, _EVAL_WORDS, _EVAL_PREFIXES, also=_EVAL_ALSO):
        low = c.span_text(ctx, sp)
        if c.is_question(low) and not _RHETORICAL.search(low):
            # a statement with a tag question ("De cao is een lachertje, daar trap je toch niet in?"):
            # the clause before the last comma is the opinion
            cut = low.rfind(",")
            if cut < 0 or not _EVAL.search(low[:cut]):
                continue
            low = low[:cut]
        plain = _HASHTAG.sub(" ", low)
        if not _EVAL.search(plain):
            continue
        if _has_topic(ctx, sp, plain):
            out.append(sp)
            continue
        i = starts.index(sp[0])
        if i > 0 and "\n\n" not in ctx.text[sents[i - 1][1]:sp[0]]:
            prev = sents[i - 1]
            plow = _HASHTAG.sub(" ", c.span_text(ctx, prev))
            short = len(plain.split()) <= 3         # "Diep triest." after the news
            if (short or c.is_question(plow) or plow.rstrip().endswith(":")) and _has_topic(ctx, prev, plow):
                out.append(sp)
            elif _RHETORICAL.search(plain) and any(_has_topic(ctx, q, _HASHTAG.sub(" ", c.span_text(ctx, q)))
                                                   for q in _paragraph_before(ctx, sents, i, 3)):
                out.append(sp)      # "... nemen alle scholen dezelfde toetsen af. (...) Ik snap niet wie dit verzonnen heeft"
    return out


def _paragraph_before(ctx: Context, sents: list[tuple[int, int]], i: int, n: int) -> list[tuple[int, int]]:
    """Up to ``n`` sentences before sentence ``i``, nearest first, as long as no blank line separates them."""
    out = []
    for j in range(i - 1, max(-1, i - 1 - n), -1):
        if "\n\n" in ctx.text[sents[j][1]:sents[j + 1][0]]:
            break
        out.append(sents[j])
    return out


def _has_topic(ctx: Context, sp: tuple[int, int], plain: str) -> bool:
    return bool(_TOPIC.search(plain) or c.mentions_org(ctx, *sp) or c.names_school(ctx, *sp))


def needs_disclaimer(ctx: Context) -> bool:
    """True if an opinion in this text would need a personal-view statement:
    a staff member (or unknown author) writes on a personal channel (see
    :func:`_common.personal_voice_channel`: a class's parents' group app is one), not as
    the school, and the text has no disclaimer (under mode ``capacity`` no
    statement of capacity either)."""
    if not c.is_staff_voice(ctx) or not c.personal_voice_channel(ctx) or c.writes_as_school(ctx):
        return False
    mode = c.pack_setting(ctx, "opinion-disclaimer", "mode", "disclaimer")
    return not has_disclaimer(ctx, capacity=(mode == "capacity"))


def check_opinion_disclaimer(ctx: Context) -> list[Span]:
    """``opinion-disclaimer``: one span, at the first opinion sentence, when the
    text has no personal-view statement (one disclaimer fixes the whole text).

    Not reported for the school's own communication (author ``school``, an
    official channel), for parents and pupils, for sentences already reported
    as speaking for the school, as the role-disclosure sentence or as hurtful
    language (one finding per sentence is enough), and, in a written-out
    thread with a clear author, for other speakers' turns. Variant ``capacity`` under
    SOM (mode ``capacity``).
    """
    mode = c.pack_setting(ctx, "opinion-disclaimer", "mode", "disclaimer")
    if not needs_disclaimer(ctx):
        return []
    sents = opinion_sentences(ctx)
    if not sents:
        return []
    from .role import check_role_disclosure, check_speaking_for_school
    from .tone import check_hurtful_language
    from .confidential import check_confidential_info
    others = (("role-disclosure", check_role_disclosure), ("speaking-for-school", check_speaking_for_school),
              ("hurtful-language", check_hurtful_language), ("confidential-info", check_confidential_info))
    taken = {(s.start, s.end) for check, fn in others if c.is_mapped(ctx, check) for s in fn(ctx)}
    taken_ranges = sorted(taken)
    variant = "capacity" if mode == "capacity" else None
    for s, e in sents:
        if any(a < e and s < b for a, b in taken_ranges) or not threads.in_author_turn(ctx, s):
            continue            # reported by another check, or another speaker's turn in a thread
        # One disclaimer covers the whole text, so one finding is enough: at the first opinion sentence.
        return [Span(s, e, "opinion-disclaimer", 0.8, "conduct.opinion", variant)]
    return []
