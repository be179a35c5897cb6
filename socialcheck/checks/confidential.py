"""``confidential-info``: confidential or internal information.

Sources (own summaries, see ``rules/*.yaml``): SOM art. 3 (no confidential
information on social media); Onderwijs Primair "Twijfel? Vraag om advies"
(take no risks with sensitive or confidential information) and "Privacy en
beeldmateriaal"; Lithora A.2/D.1, TWijs A.2/C.1, Kalisto A.2/C.1 (no
information about school and its people that holds personal data and can
harm them).

What counts: a document marked internal or confidential ("het interne stuk",
"niet verder verspreiden", "dit is nog vertrouwelijk"); personnel and pupil
files (personeelsdossier, leerlingdossier, "het dossier van een jongen", "hij
heeft al een heel dossier"); one colleague's sick leave, operation or
treatment, salary, scale or pay slip, appraisal, suspension or a complaint
under investigation ("een van onze leerkrachten is op non-actief gezet"); a
named or singled-out pupil's diagnosis, care trajectory or home situation;
news the team has not been told yet ("het team weet het nog niet", "ze wil
niet dat het rondgaat"). "Intern begeleider" (a school
role) and general advice ("wachtwoorden zijn vertrouwelijk") are not
confidential information.
"""

from __future__ import annotations

import re

from ..detectors.base import Context
from ..model import Span
from . import _common as c
from . import threads

#: A file on a person: "leerlingdossier", "het dossier van een jongen", "heeft al een heel dossier".
_DOSSIER = re.compile(c.WB_L + r"\w*dossier\w*" + c.WB_R)
#: One particular person (not "hun kind", "uw kind", "leerlingen" in general).
_ONE_PERSON = re.compile(
    c.WB_L + r"(?:(?:een|die|de|deze|dat|dit|mijn|onze|zijn|haar)\s+(?:\w+\s+)?(?:jongen|meisje|leerlinge?|kind|kleuter|(?:duo)?collega|juf|meester)"
    r"|(?:zijn|haar)\s+\w*dossier|(?:een|één)\s+van\s+(?:mijn|onze|de)\s+(?:\w+\s+)?(?:leerlingen|kinderen|kleuters|collega'?s))" + c.WB_R)
#: One staff member: "mijn duocollega", "een van onze vakleerkrachten", "onze directeur", "juf Ilse".
_STAFF = (r"(?:(?:duo|bouw|ib-?|vak)?collega|(?:vak|gym|groeps|invals?)?leerkracht|(?:gym|vak)?docent|leraar|lerares|juf|(?:gym|vak)?meester"
          r"|directeur|directrice|ib'?er|intern\s+begeleider|conciërge|adjunct\w*|duo|onderwijsassistente?|invaller"
          r"|(?:afdelings|team|locatie|school|bouw)leider|\w*coördinator|mentor|administratief\s+medewerker|secretaresse"
          r"|(?:con)?rector|teamleider)")
_STAFF_SUBJECT = re.compile(
    c.WB_L + r"(?:(?:een\s+van\s+)?(?:onze|mijn)\s+(?:\w+\s+)?" + _STAFF + r"(?:en|s)?|(?:je|jouw)\s+duo-?collega|(?:die|deze)\s+(?:\w+\s+)?" + _STAFF
    + r"|een\s+(?:\w+\s+)?" + _STAFF + r"\s+(?:van\s+(?:mij|me|ons)|die|bij\s+ons)"
    + r"|de\s+(?:directeur|directrice|ib'?er|intern\s+begeleider|conciërge|adjunct\w*)"
    # the teacher of a named group: "de vaste juf van die groep", "de leerkracht van groep 6"
    + r"|de\s+(?:\w+\s+)?(?:juf|meester|leerkracht|leraar|lerares|docent|mentor)\s+van\s+(?:groep\s+\d|die\s+groep|deze\s+groep|de\s+\w+klas|\d\s?[a-z]\b|(?:uw|jouw|je|zijn|haar)\s+(?:zoon|dochter|kind))"
    # a few particular staff members: "twee leerkrachten die een berisping kregen"
    + r"|(?:twee|drie|vier|enkele|sommige|een\s+paar)\s+(?:\w+\s+)?" + _STAFF + r"(?:en|s)\s+die)" + c.WB_R)
#: A staff member by title and name ("juf Ilse", "meester Bas"): the name is checked for a capital in code.
_TITLED = re.compile(c.WB_L + r"(?:juf|meester|mevrouw|meneer|collega)\s+([^\W\d_]+)", re.I)
_SICK = re.compile(
    c.WB_L + r"(?:ziektewet|ziek\s+thuis|ziekgemeld|ziek\s+gemeld|burn-?out|overspannen|ziekteverlof|(?:langdurig|ernstig|erg|zwaar|ongeneeslijk)\s+ziek|terminaal|(?:dagen|weken|maanden|jaren|jaar)\s+ziek"
    r"|in\s+de\s+lappenmand|uitgeteld|(?:long\s+)?covid(?!-)|(?:heeft|had|kreeg|met)\s+corona|thuiszit\w*\s+(?:met|door|vanwege)|(?:zit|ligt|zat|lag|is|blijft)\s+(?:\w+\s+){0,5}?thuis\s+(?:met|door|vanwege|sinds)|zit\s+(?:\w+\s+){0,2}?(?:voorlopig|tijdelijk|nog\s+steeds|alweer|weer)\s+thuis"
    r"|\w+klachten|hernia|bedrijfsarts|arbo-?arts|arbodienst|re-?integr\w*|last\s+van\s+(?:haar|zijn)\s+\w+"
    r"|geopereerd|operatie|bestraald|bestraling\w*|chemo\w*|\w*kanker|tumor|knobbel\w*|hartaanval|herseninfarct|beroerte"
    r"|(?:ligt|lag|belandde|beland|opgenomen)\s+(?:\w+\s+){0,3}?in\s+het\s+ziekenhuis|depressie\w*|depressief"
    r"|psychische?\s+(?:klachten|problemen)|in\s+therapie|miskraam"
    # private life
    r"|(?:gaat|gaan)\s+scheiden|(?:echt)?scheiding|relatieproblemen|huwelijksproblemen)" + c.WB_R)
#: Personnel matters: suspension, dismissal, warnings, complaints under investigation.
_HR = re.compile(
    c.WB_L + r"(?:op\s+non-?actief|geschorst|schorsing|ontslagen|ontslag\s+(?:gekregen|aangezegd)|berisping|(?:officiële\s+)?waarschuwing"
    r"|(?:er\s+)?loopt\s+(?:nog\s+)?(?:een\s+)?(?:onderzoek|klacht\w*|procedure)|onderzoek\s+(?:\w+\s+){0,4}?(?:loopt|lopen)"
    r"|ontslag\s+(?:\w+\s+)?(?:ingediend|genomen)|conflict\s+met\s+(?:een|de|haar|zijn)\s+(?:ouder|collega|directeur|directie)|arbeidsconflict\w*"
    r"|klacht\w*\s+(?:\w+\s+){0,2}?(?:tegen|over|ingediend)|disciplinair\w*|verbetertraject|verbeterplan|functioneringsgesprek\w*"
    r"|beoordelingsgesprek\w*|disfunctioneren|slecht\s+functioneren"
    r"|geen\s+(?:nieuw\s+|vast\s+)?contract|contract\s+(?:\w+\s+)?niet\s+verlengd|weggestuurd|eruit\s+gezet|op\s+straat\s+gezet)" + c.WB_R)
#: Pay: salary, pay slip, scale ("L10", "schaal 9", "trede 6"), gross/net amounts.
_PAY = re.compile(
    c.WB_L + r"(?:salaris\w*|verdient|loon|loonstrook\w*|loonschaal\w*|trede\s+\d+|schaal\s+(?:l?\d+|l[abcd])|l(?:[abcd]|1[0-4])"
    r"|bruto|netto|inschaling|beoordeling\w*)" + c.WB_R)
#: A feud between staff members: "mijn duocollega en de teamleider hebben al weken ruzie", "ligt overhoop met de
#: directeur", "praten niet meer met elkaar". Counted only with a staff member as the subject, before the feud
#: word, or as the other party (:data:`_FEUD_WITH_STAFF`): pupils quarrel too ("Isa heeft weer ruzie gemaakt,
#: mijn collega heeft het opgelost").
_FEUD = re.compile(c.WB_L + r"(?:ruzie|ruzies|ruziën|overhoop\s+met|niet\s+meer\s+met\s+elkaar\s+(?:praten|spreken))" + c.WB_R)
#: A feud with a staff member named after it: "na een flinke ruzie met de directeur", "overhoop met de directie".
_FEUD_WITH_STAFF = re.compile(c.WB_L + r"(?:ruzie|overhoop)\s+met\s+(?:de|onze|mijn|haar|zijn|het)\s+(?:\w+\s+)?(?:" + _STAFF
                              + r"|directie|bestuur|mt|managementteam)" + c.WB_R)
#: A quarrel between parents or pupils, which the director then handled: "een ruzie tussen twee vaders".
_FEUD_OTHERS = re.compile(c.WB_L + r"ruzies?\s+(?:tussen|met)\s+(?:\w+\s+){0,2}?(?:vaders?|moeders?|ouders?|kinderen|leerlingen|jongens|meisjes|kleuters)" + c.WB_R)
#: A pupil by first name and group: "Emma uit groep 5" (the capital is checked in code).
_NAMED_PUPIL = re.compile(r"(?<![^\W_])([^\W\d_]+)\s+(?i:uit|van)\s+(?:(?i:groep)\s+\d|(?i:mijn|onze|de)\s+(?i:klas|groep)\b)")
_NOT_A_NAME = frozenset("kinderen leerlingen jongens meisjes ouders kleuters iedereen allen twee drie vier vijf".split())
_PUPIL_REF = re.compile(
    c.WB_L + r"(?:(?:een|die|de|deze|dat|dit|het|onze)\s+(?:\w+\s+)?(?:jongen|jongetje|meisje|leerlinge?|kind(?:je)?|kleuter)\s+(?:die|dat|uit|van|in|bij|met)"
    r"|(?:haar|zijn)\s+(?:vader|moeder|ouders)|(?:een|één|eén)\s+van\s+(?:mijn|onze)\s+(?:leerlingen|kleuters|kinderen|pupillen)"
    # "de zoon van de slager", "de vader van Noor"
    r"|(?:de|die)\s+(?:zoon|dochter|vader|moeder|ouders|mama|papa)\s+van\s+(?!mij\b|ons\b)[^\W\d_]+)" + c.WB_R, re.I)
_PUPIL_SENSITIVE = re.compile(
    c.WB_L + r"(?:\w*-?diagnose\w*|adhd|autisme|dyslexie\w*|dyscalculie\w*|onder\s+behandeling|onderzocht\s+op|iq\s+van|gevangenis|vechtscheiding|scheiding|veilig\s+thuis|uithuisplaatsing"
    r"|uit\s+huis\s+(?:wordt\s+|worden\s+|is\s+)?geplaatst|pleeggezin|jeugdzorg|jeugdbescherming|kinderbescherming|gezinsvoogd\w*|ondertoezichtstelling"
    r"|huiselijk\s+geweld|verwaarlo\w*|misbruik\w*|mishandel\w*|verslaafd|verslaving|schuldhulp\w*|in\s+de\s+schulden"
    r"|thuis\s+is\s+het\s+(?:\w+\s+){0,3}?(?:drama|chaos|mis|onveilig)|problemen\s+thuis|zelfbeschadig\w*|eetstoornis|suïcid\w*"
    r"|(?:thuis\s+)?geslagen|(?:slaag|klappen)\s+krijg\w*|(?:gaan|gaat)\s+(?:\w+\s+){0,4}?(?:scheiden|uit\s+elkaar)"
    r"|aandachtsfunctionaris|meldcode|zorgmelding|thuissituatie|(?:jonge\s+)?mantelzorger"
    # a court order or the police at home: "een contactverbod met haar vader", "toestanden thuis met de politie"
    r"|contactverbod|straatverbod|omgangsverbod|(?:thuis|vader|moeder|ouders)\s+(?:[\w-]+\s+){0,4}?(?:de\s+)?politie"
    r"|zorgt\s+(?:\w+\s+)?voor\s+(?:haar|zijn)\s+(?:broertjes|zusjes|broer|zus|moeder|vader)"
    r"|(?:haar|zijn)\s+(?:moeder|vader|ouders|mama|papa)\s+(?:\w+\s+){0,6}?(?:ziek|overleden|verslaafd|depressief|werkloos"
    r"|opgenomen|niet\s+uit\s+bed|in\s+de\s+gevangenis|vastzit\w*)"
    r"|opgepakt|gearresteerd|in\s+(?:de\s+)?(?:cel|voorarrest)|zit\s+(?:sinds|al)\s+(?:\w+\s+){0,4}?vast|schuldsanering|psychiatrisch\w*"
    r"|\w*kanker|leukemie|tumor|diabetes|epilepsie|ernstig\s+ziek|ziekenhuis|chemo\w*"
    r"|van\s+school\s+(?:\w+\s+)?(?:gestuurd|verwijderd|getrapt)|onveilige\s+(?:thuis)?situatie|thuis\s+(?:\w+\s+){0,4}?onveilig|verwijdering|geschorst|schorsing|schorsen|bedreig\w*|aangifte|diefstal"
    r"|zorg(?:commissie|overleg|team|adviesteam|verslag)\w*|niet\s+(?:meer\s+)?eet|anorexia|boulimia|eetprobleem\w*"
    r"|depressie\w*|depressief|angststoornis\w*|paniekaanval\w*|psycholoog|psychiater|therapie)" + c.WB_R)
_INTERNAL = re.compile(
    c.WB_L + r"(?:interne?\s+(?:stuk\w*|document\w*|memo\w*|mail\w*|notulen|verslag\w*|notitie\w*|informatie|info|rapport\w*|evaluatie\w*|nieuwsbrief|brief|plannen|cijfers)"
    r"|(?:alleen\s+)?voor\s+intern\s+gebruik|vertrouwelijke?\s+(?:stuk\w*|document\w*|memo\w*|mail\w*|notulen|informatie|info|gegevens|brief|bericht\w*|cijfers"
    r"|concept\w*|\w*plan(?:nen)?|rapport\w*|verslag\w*|notitie\w*|\w*lijst(?:en)?|besluit\w*|advies\w*|begroting\w*|\w*overleg))" + c.WB_R)
_FWD = re.compile(
    c.WB_L + r"(?:(?:dit|dat|het|deze\s+info\w*|dit\s+bericht|dit\s+stuk)\s+(?:is|blijft)\s+(?:\w+\s+){0,2}?vertrouwelijk"
    r"|ss+t+|niet\s+verder\s+(?:vertellen|verspreiden|delen|doorsturen|doorvertellen|zeggen)|(?:onder|tussen)\s+ons\s+gezegd|tussen\s+ons"
    r"|mag\s+(?:eigenlijk\s+)?(?:nog\s+)?niemand\s+weten|off\s+the\s+record"
    r"|(?:vertel|zeg)\s+(?:ik\s+)?(?:u|je|jou|jullie)\s+(?:dit|dat|het)\s+(?:\w+\s+)?in\s+vertrouwen)" + c.WB_R + r"|(?:^|\n)\s*vertrouwelijk\s*[:!]")
_BACK = re.compile(
    c.WB_L + r"(?:in\s+vertrouwen\s+(?:verteld|gezegd|gedeeld|gehoord)|niemand\s+weet\s+het\s+nog|mondje\s+dicht"
    r"|(?:hoort|horen|weet|weten)\s+(?:het|dit|dat|er)\s+(?:\w+\s+){0,3}?(?:pas|nog\s+niet|nog\s+niks|nog\s+niets)"
    r"|(?:wordt|worden)\s+pas\s+(?:\w+\s+){0,8}?(?:bekendgemaakt|verteld|gecommuniceerd|aangekondigd|gedeeld|openbaar(?:gemaakt)?)"
    # who does not know yet: the team, the parents (not the directie: that is acting without approval)
    r"|(?:team|collega'?s?|ouders|rest|kinderen|leerlingen|niemand|leerkracht|betrokkene|juf|meester)\s+(?:\w+\s+)?(?:weet|weten)\s+(?:\w+\s+)?(?:nog\s+)?(?:van\s+niks|van\s+niets|nergens\s+van)"
    r"|(?:nog\s+)?(?:niet|niets|niks)\s+(?:officieel\s+)?(?:bekendgemaakt|gecommuniceerd|aangekondigd|naar\s+buiten\s+gebracht)"
    r"|officieel\s+(?:is\s+|weet\s+)?(?:er\s+)?(?:nog\s+)?(?:niets|niks|niet|niemand)"
    r"|(?:wil|wilde|willen)\s+(?:\w+\s+)?niet\s+dat\s+(?:\w+\s+){0,3}?(?:rondgaat|weet|weten|hoort|horen|bekend\s+wordt|uitlekt|naar\s+buiten\s+komt)"
    r"|(?:weet|weten)\s+(?:\w+\s+)?(?:nog\s+)?(?:bijna\s+)?niemand|(?:bijna\s+)?niemand\s+(?:weet|kent)\s+(?:het|dit|dat)"
    r"|het\s+gerucht\s+gaat|via\s+via|naar\s+verluidt"
    r"|houd?\s+het\s+(?:even\s+)?voor\s+je(?:zelf)?|(?:is|blijft)\s+(?:\w+\s+)?geheim|geheimhouding|onder\s+embargo"
    r"|(?:dat|dit|het)\s+(?:is|wordt)\s+(?:\w+\s+)?nog\s+niet\s+(?:officieel\s+)?bekend"
    r"|(?:dat|dit|het)\s+(?:heb|hoor)\s+(?:je|jij|jullie)\s+niet\s+van\s+mij"
    r"|(?:mag|mogen)\s+(?:\w+\s+){0,3}?(?:nog\s+)?niet\s+(?:naar\s+buiten|vertellen|delen|zeggen|melden|bekendmaken)"
    # "maar het nog aan niemand mag vertellen"
    r"|aan\s+niemand\s+(?:\w+\s+)?(?:mag|mogen|mocht|kan)\s+(?:vertellen|zeggen|verklappen|laten\s+weten)"
    r"|(?:mag|mogen|mocht)\s+(?:\w+\s+){0,2}?aan\s+niemand\s+(?:vertellen|zeggen|verklappen)"
    # "wat nog bijna niemand weet:", "wat nog niet naar buiten is gebracht", "ook al moet het nog officieel bekend
    # worden", "wat jullie eigenlijk nog niet mogen weten", "tipje van de sluier", "houd het even onder ons"
    r"|wat\s+(?:nog\s+)?(?:bijna\s+)?niemand\s+weet|niet\s+naar\s+buiten\s+(?:is|wordt|mag|gebracht|gekomen)"
    r"|nog\s+officieel\s+(?:bekend|bekendgemaakt|aangekondigd|gecommuniceerd)\s+(?:worden|gemaakt)"
    r"|(?:nog\s+)?niet\s+(?:mogen|mag)\s+weten|tipje\s+van\s+de\s+sluier"
    r"|(?:houd?|hou)\s+(?:het|dit|dat)\s+(?:\w+\s+)?(?:onder|tussen)\s+ons"
    # "dat is intern al rond", "moet het binnenskamers blijven", "je hebt het niet van mij", "achter de schermen is al
    # besloten", "wat ik nog niet hardop mag zeggen", "ik mag nog niet te veel verklappen", "hou dat alsjeblieft voor
    # je", "het wordt na de meivakantie pas aan de ouders verteld", "maar dat komt pas na de kerstvakantie naar buiten"
    r"|(?:is|ligt|zijn)\s+intern\s+(?:al\s+|allang\s+)?(?:rond|besloten|bekend|geregeld|beklonken)|binnenskamers"
    r"|(?:je|jij|jullie|u)\s+(?:hebt|heeft|hebben)\s+(?:het|dit|dat)\s+niet\s+van\s+mij"
    r"|achter\s+de\s+schermen\s+(?:\w+\s+){0,3}?(?:besloten|beslist|geregeld|afgesproken|rond)"
    r"|(?:mag|mogen|kan|kunnen)\s+(?:\w+\s+){0,3}?nog\s+niet\s+hardop|nog\s+niet\s+hardop\s+(?:mag|mogen|zeggen)|(?:mag|mogen)\s+(?:\w+\s+){0,2}?(?:nog\s+)?(?:niet|niks|niets)\s+(?:te\s+veel\s+)?verklappen"
    r"|(?:houd?|hou)\s+(?:het|dit|dat)\s+(?:\w+\s+){0,2}?voor\s+(?:je|jezelf|jullie|u)\b"
    r"|(?:wordt|worden)\s+(?:\w+\s+){1,4}?pas\s+(?:\w+\s+){0,6}?(?:bekendgemaakt|verteld|gecommuniceerd|aangekondigd|gedeeld|openbaar(?:gemaakt)?)"
    r"|(?:komt|komen)\s+(?:het|dit|dat)?\s*pas\s+(?:\w+\s+){1,5}?(?:naar\s+buiten|bekend|in\s+de\s+nieuwsbrief)"
    # "het bestuur maakt dat pas in mei bekend", "de GMR heeft ingestemd, maar dat mag pas na de zomer naar buiten"
    r"|(?:maakt|maken)\s+(?:het|dit|dat)\s+pas\s+(?:\w+\s+){0,4}?bekend|(?:mag|mogen)\s+(?:het\s+|dit\s+|dat\s+)?pas\s+(?:\w+\s+){0,4}?naar\s+buiten)" + c.WB_R)
#: Internal news from a meeting: "in de teamvergadering werd besproken dat er drie fte weg moet".
_MEETING = re.compile(
    c.WB_L + r"(?:in|tijdens|op|na)\s+(?:de|het|een)\s+(?:\w+\s+)?(?:\w*vergadering|\w*overleg|mt|managementteam|mt-overleg)"
    r"\s+(?:\w+\s+){0,5}?(?:besproken|besloten|verteld|gezegd|gemeld|bekendgemaakt|gehoord|medegedeeld|aangekondigd|hoorden|hoorde"
    r"|kregen\s+we\s+te\s+horen|werd\s+(?:ons\s+)?verteld)" + c.WB_R)
_MEETING_NEWS = re.compile(
    c.WB_L + r"(?:fte|formatie|ontslag\w*|reorganisatie|bezuinig\w*|fusie|sluit\w*|sluiting|vertrek\w*|boventallig\w*"
    r"|gedwongen|weg\s+moet\w*|verdwijn\w*|wegbezuinigd|geschrapt|schrappen|vacature\w*|verlof)" + c.WB_R)
_CONTENT = re.compile(
    c.WB_L + r"(?:school|scholen|directeur\w*|directie|collega\w*|team|stuk|document\w*|notulen|memo|mail|reorganisatie|fusie\w*|ontslag\w*"
    r"|vertrek\w*|dossier\w*|\w*functies?|salaris|budget|bezuinig\w*|leerling\w*|ouders|kind|jongen|meisje|ziek\w*|zwanger\w*"
    r"|stichting|bestuur|formatie|vacature\w*|klas|groep\s+\d+|(?<!\d[:.])\d+(?![:.]\d)|leerkracht\w*|juf|meester|docent\w*|leraar|lerares)" + c.WB_R)
_WORD = re.compile(r"[^\W\d_]+")
#: A negation earlier in the same clause: "neem geen risico's met vertrouwelijke informatie".
_NEGATION = re.compile(c.WB_L + r"(?:geen|niet|nooit)\s+(?:[^\s,;:]+\s+){0,6}$")


#: Words one of which every pattern above needs (see :func:`_common.sentences_with`), but for "via via"
#: (_BACK): see _VIA_VIA. ("veilig thuis" holds "thuis", a colleague who does not know yet "weet"/"weten".)
_TRIGGER_WORDS = frozenset(
    "ziek ziektewet ziekgemeld gemeld overspannen ziekteverlof langdurig lappenmand thuis adhd autisme iq gevangenis"
    " geplaatst pleeggezin jeugdzorg verslaafd verslaving verder gezegd niemand record vertrouwen mondje"
    " hoort horen weet weten gecommuniceerd aangekondigd buiten hou houd geopereerd operatie bestraald tumor"
    " hartaanval herseninfarct beroerte ziekenhuis depressief therapie miskraam psychisch psychische non geschorst"
    " schorsing ontslagen ontslag berisping waarschuwing loopt onderzoek disciplinair verbetertraject verbeterplan"
    " disfunctioneren functioneren salaris verdient loon trede schaal bruto netto inschaling jeugdbescherming"
    " kinderbescherming ondertoezichtstelling huiselijk eetstoornis rondgaat uitlekt"
    " l10 l11 l12 l13 l14 la lb lc ld geslagen slaag klappen geheim geheimhouding embargo scheiden scheiding"
    " relatieproblemen huwelijksproblemen verteld tussen bekend mij vertellen delen zeggen melden bekendmaken"
    " contract elkaar weggestuurd gezet aandachtsfunctionaris meldcode zorgmelding procedure mt managementteam"
    " thuissituatie mantelzorger zorgt werkloos opgenomen bed conflict arbeidsconflict leukemie diabetes epilepsie ernstig eet anorexia"
    " boulimia depressief psycholoog psychiater officieel terminaal gerucht verluidt verwijdering aangifte"
    " vast opgepakt gearresteerd vastgezet cel voorarrest plat zwangerschap"
    " diefstal onveilige onveilig hernia bedrijfsarts arbodienst last pas schorsen uitgeteld covid corona behandeling onderzocht"
    " sluier binnenskamers hardop verklappen schermen intern contactverbod straatverbod omgangsverbod politie"
    " ruzie ruzies ruziën overhoop".split())
_TRIGGER_PREFIXES = ("vertrouwelijk", "dyslexie", "dyscalculie", "burn", "re-integr", "reïntegr", "arbo", "thuiszit", "ss", "bekendgemaakt", "uithuis", "mishandel", "schuld", "bestraling",
                     "chemo", "knobbel", "depressie", "klacht", "functioneringsgesprek", "beoordeling", "loonstrook",
                     "loonschaal", "salaris", "gezinsvoogd", "verwaarlo", "misbruik", "zelfbeschadig", "suïcid", "vastzit",
                     "zorgcommissie", "zorgoverleg", "zorgteam", "zorgadviesteam", "bedreig", "zorgverslag", "eetprobleem", "angststoornis",
                     "paniekaanval", "psychiatr", "epilept")
_TRIGGER_CONTAINS = ("dossier", "diagnose", "scheiding", "kanker", "vergadering", "overleg", "klachten")
#: The trigger of _INTERNAL's "intern stuk", "interne mail", "voor intern gebruik", kept apart: "intern
#: begeleider" is frequent, and no other pattern needs it, so a sentence without another trigger is searched
#: for _INTERNAL alone (see :func:`check_confidential_info`).
_INTERNAL_PREFIXES = ("intern",)
#: "via via" (_BACK): the one match of the patterns above with no other trigger word. "via" alone is
#: frequent ("via Parro"), so it is a trigger only in a text that holds "via via" somewhere.
_VIA_VIA = re.compile(r"via\s+via")
_TRIGGER_WORDS_VIA = _TRIGGER_WORDS | {"via"}


#: The speaker of a thread turn at a line start: "Wouter: ...", "juf_demi: ...", "Linda Vermeer: ...".
_TURN = re.compile(r"[ \t]*(@?[^\W\d][\w.'-]*(?:[ \t]+[\w.'-]+){0,3})[ \t]*:[ \t]")
#: A short salutation ("Hoi Jeroen en Lisa,"): its capitals are names, not news.
_GREETING = re.compile(r"\W*(?:hoi|hallo|hey|hi|beste|lieve|dag|goede(?:morgen|middag|navond)|hee|hoihoi)\b")


def _speaker(ctx: Context, sp: tuple[int, int]) -> str | None:
    """The speaker of the thread turn the sentence ``sp`` opens, or None
    when it does not open a turn ("Wouter: Maar verder alles goed." -> "Wouter")."""
    if ctx.text[ctx.text.rfind("\n", 0, sp[0]) + 1:sp[0]].strip():
        return None
    m = _TURN.match(ctx.text, sp[0])
    return m.group(1) if m else None


def _has_content(ctx: Context, sp: tuple[int, int]) -> bool:
    low = c.span_text(ctx, sp)
    stripped = _BACK.sub(" ", _FWD.sub(" ", low))
    if _CONTENT.search(stripped):
        return True
    words = _WORD.findall(ctx.text, sp[0], sp[1])
    who = _speaker(ctx, sp)
    if who is not None:
        words = words[len(_WORD.findall(who)):]      # the speaker's name is not news
    elif len(words) <= 6 and _GREETING.match(low):
        return False
    return any(w[:1].isupper() and w.lower() not in ("ik", "ssst") for w in words[1:])


_PRONOUN = re.compile(r"(?:[^\s:]{1,30}:\s*)?\W*(?:ze|zij|hij)\b")
_LATER_PRONOUN = re.compile(c.WB_L + r"(?:ze|zij|hij)" + c.WB_R)


def _staff_then_pronoun(low: str) -> bool:
    """A staff noun and later in the sentence a pronoun for that person:
    "groep 6 heeft geen juf omdat zij thuiszit met rugklachten"."""
    m = _STAFF_NOUN.search(low)
    return bool(m and _LATER_PRONOUN.search(low, m.end()))


def _staff_subject(ctx: Context, sp: tuple[int, int], low: str) -> bool:
    """The sentence is about one staff member ("mijn duocollega", "een van
    onze leerkrachten", "juf Ilse")."""
    if _STAFF_SUBJECT.search(low):
        return True
    return any(m.group(1)[:1].isupper() for m in _TITLED.finditer(ctx.text, sp[0], sp[1]))


def _titled_before(ctx: Context, start: int, reach: int = 400) -> bool:
    """A staff member by title and name ("meester Ruud") or by function ("een
    leerkracht", "de juf") in the ``reach`` characters before ``start``: the
    "hij"/"zij" of a thread reply."""
    lo = max(0, start - reach)
    return any(m.group(1)[:1].isupper() for m in _TITLED.finditer(ctx.text, lo, start)) or bool(
        _STAFF_NOUN.search(ctx.lower, lo, start))


_STAFF_NOUN = re.compile(c.WB_L + r"(?:leerkracht|juf|meester|leraar|lerares|docent|directeur|directrice|conciërge|collega)" + c.WB_R)


def _content_rule(ctx: Context, sp: tuple[int, int], school_voice: bool, prev: tuple[int, int] | None = None) -> bool:
    """The sentence ``sp`` reveals confidential information; ``prev`` is the
    sentence before it in the same paragraph, which may name the staff member
    a pronoun refers to ("Mevrouw De Jong komt niet terug. Ze is ontslagen.")."""
    low = c.span_text(ctx, sp)
    if "dossier" in low and _DOSSIER.search(low) and _ONE_PERSON.search(low):
        return True
    if _marked_internal(low):
        return True
    sick, hr, pay = _SICK.search(low), _HR.search(low), _PAY.search(low)
    if (sick and not school_voice or hr or pay) and (
            _staff_subject(ctx, sp, low)
            or (prev is not None and _PRONOUN.match(low) and _staff_subject(ctx, prev, c.span_text(ctx, prev)))
            or (_PRONOUN.match(low) and (sick or hr) and _titled_before(ctx, sp[0]))
            or ((sick and not school_voice or hr) and _staff_then_pronoun(low))
            or (sick and not school_voice and _ADULT_ILLNESS.search(low) and c.first_names_in(ctx, *sp))):
        return True
    if (feud := _FEUD.search(low)) and not _PUPIL_REF.search(low) and not _FEUD_OTHERS.search(low) and (
            _STAFF_SUBJECT.search(low, 0, feud.start()) or _FEUD_WITH_STAFF.search(low)):
        return True
    if _PUPIL_SENSITIVE.search(low) and (_PUPIL_REF.search(low) or any(
            m.group(1)[:1].isupper() and m.group(1).lower() not in _NOT_A_NAME
            for m in _NAMED_PUPIL.finditer(ctx.text, sp[0], sp[1]))):
        return True
    named = [m.group() for m in _NAMED_SENSITIVE.finditer(low)]
    if school_voice:
        named = [w for w in named if w not in ("ziekteverlof", "ziektewet")]     # who is away, told to the parents
    if named and not c.is_question(low) and not _OWN_FAMILY.search(low) and _about_someone_else(ctx, sp, low):
        return True
    if _MEETING.search(low) and _MEETING_NEWS.search(low):
        return True
    return False


#: What a named child's (or colleague's) file holds: a diagnosis or its assessment, a care plan, youth care, a
#: suspension, a divorce at home, medication or treatment ("Kevin heeft een OPP en medicatie voor zijn ADHD").
#: Narrower than :data:`_PUPIL_SENSITIVE`: a first name alone does not single out a pupil the way "een jongen uit
#: groep 6" does, so "Daan heeft een klasgenoot geslagen" (told to his parent) or a hospital visit do not count.
_NAMED_SENSITIVE = re.compile(
    c.WB_L + r"(?:\w*-?diagnose\w*|adhd(?:-\w+)?|autis\w*|dyslexie\w*|dyscalculie\w*|opp|ontwikkelingsperspectief|handelingsplan"
    r"|(?:onderzocht|getest)\s+op|(?:adhd|autisme|dyslexie|dyscalculie)\s+(?:\w+\s+)?vastgesteld|jeugdzorg\w*|jeugdbescherming|gezinsvoogd\w*|uithuisplaatsing|uit\s+huis\s+(?:(?:wordt|worden|is)\s+)?geplaatst"
    r"|pleeggezin|geschorst|schorsing|(?:gaan|gaat)\s+(?:\w+\s+)?scheiden|vechtscheiding|medicatie"
    r"|psycholoog|psychiater|orthopedagoog|angststoornis\w*|depressie\w*|depressief|in\s+therapie|zorgcommissie|zorgtraject"
    r"|afkickkliniek|chemo\w*|bestraling\w*|ziekteverlof|ziektewet|burn-?out|(?:leerling\w*|personeels|zorg)?dossiers?"
    r"|epilepsie|epileptische?|psychiatrisch\w*|schuldsanering"
    r"|zwangerschap\s+(?:\w+\s+){0,2}?(?:niet\s+goed|moeizaam|zwaar)|plat\s+(?:moet\s+)?liggen|miskraam)" + c.WB_R)
#: The lines that say whom a message is for: "Aan: ouders van Timo", "Beste ouders van Timo,", "Hoi Sanne,".
_ADDRESSEE_LINE = re.compile(r"(?im)^[ \t]*(?:aan\s*:|(?:beste|lieve|hoi|hallo|dag|hey)\b)[^\n]*")


#: Someone else, by pronoun or as "het jongetje": "zijn dyslexieonderzoek loopt nog", "hij is geschorst".
_THIRD_PERSON = re.compile(c.WB_L + r"(?:hij|zij|ze|hem|haar|zijn(?=\s+[\w-]*(?:onderzoek|diagnose|dossier|adhd|autis|dyslex|dyscalc|medicatie|schorsing|opp\b|handelingsplan))|(?:het|dat|dit)\s+(?:jongetje|meisje|kind)|(?:de|die|deze)\s+jongen)" + c.WB_R)
#: The writer's own family or a colleague's expertise: "mijn zoon is geschorst", "veel ervaring met dyslexie".
_OWN_FAMILY = re.compile(c.WB_L + r"(?:(?:mijn|m'n|ons|onze)\s+(?:zoon|dochter|kind|kinderen|zoontje|dochtertje)|ervaring\s+met|expert\w*\s+(?:in|op))" + c.WB_R)
#: The writer's own child: "onze Finn", "mijn Lotte".
_OWN_CHILD = re.compile(r"(?i:\b(?:onze|ons|mijn|m'n)\s+)([^\W\d_]+)")


def _about_someone_else(ctx: Context, sp: tuple[int, int], low: str) -> bool:
    """True if the sentence ``sp`` (lower-cased ``low``) is about someone the message is not addressed to: it names
    a person by first name who is not named in the address lines ("Beste ouders van Timo, ... Kevin heeft een OPP":
    Kevin's parents are not the readers), or it names no one and refers to someone else (:data:`_THIRD_PERSON`)."""
    start = sp[0]
    speaker = c.SPEAKER_PREFIX.match(ctx.text[sp[0]:sp[1]])
    if speaker is not None:
        start += speaker.end()           # "Petra Sanders: ...": the one who writes, not someone written about
    from .. import data
    ambiguous = data.lower_set("first_names_ambiguous")
    names = {n for n in c.first_names_in(ctx, start, sp[1]) if n not in ambiguous}     # (not "Elke euro ...")
    names -= {m.group(1).lower() for m in _OWN_CHILD.finditer(ctx.text, start, sp[1])}
    if not names:
        return _THIRD_PERSON.search(low) is not None
    for m in _ADDRESSEE_LINE.finditer(ctx.text):
        names -= set(c.first_names_in(ctx, m.start(), m.end()))
    return bool(names)


def _marked_internal(low: str) -> bool:
    """A document marked internal or confidential (:data:`_INTERNAL`), not after a negation."""
    return any(not _NEGATION.search(low[:m.start()]) for m in _INTERNAL.finditer(low))


#: Conditions of adults, not of the children in a class: with a first name in the sentence, a colleague's health
#: ("Roel is sinds dinsdag thuis, burn-out", "Marieke van groep 6 zit thuis met een burn-out").
_ADULT_ILLNESS = re.compile(c.WB_L + r"(?:burn-?out|overspannen|ziektewet|bedrijfsarts|arbo-?arts)" + c.WB_R)


def _turn_of(ctx: Context, sents: list[tuple[int, int]], i: int) -> str | None:
    """The speaker of the thread turn that sentence ``i`` belongs to (None outside a written-out thread)."""
    for j in range(i, -1, -1):
        who = _speaker(ctx, sents[j])
        if who is not None:
            return who
        if j == 0 or "\n" in ctx.text[sents[j - 1][1]:sents[j][0]]:
            return None     # a new line without a speaker: not a thread turn
    return None


def check_confidential_info(ctx: Context) -> list[Span]:
    """``confidential-info``: one span per sentence that reveals confidential
    or internal information.

    A sentence that only *marks* confidentiality ("Ssst, dit is nog
    vertrouwelijk, maar ...") is not reported itself; the sentence after it
    is, since that is where the information is (not when the next sentence
    is another speaker's reply in a written-out thread, nor when the marker's
    own sentence already tells the news after it: "tussen ons: meester X
    stopt na dit jaar"; a "Vertrouwelijk:" heading still covers what follows). A marker that looks back
    ("niemand weet het nog", "in vertrouwen verteld") marks the sentence it
    stands in, or the one before. A colleague's illness is not reported in
    the school's own communication (telling parents who replaces whom is the
    school's task; the health-data check still reports the health details).
    In a written-out thread with a clear author (:mod:`.threads`), other
    speakers' turns are not reported: the author cannot take back what
    someone else wrote.
    """
    # (once per text: opinion-disclaimer asks for these sentences too, to leave them to this check)
    return c.memo(ctx, "confidential-info", _confidential)


def _confidential(ctx: Context) -> list[Span]:
    sents = c.sentences(ctx)
    school_voice = c.writes_as_school(ctx)
    hits: set[int] = set()
    words = _TRIGGER_WORDS_VIA if "via" in ctx.lower and _VIA_VIA.search(ctx.lower) else _TRIGGER_WORDS
    candidates = c.sentences_with(ctx, words, _TRIGGER_PREFIXES, _TRIGGER_CONTAINS)
    for i in candidates:
        sp = sents[i]
        low = c.span_text(ctx, sp)
        fwd_m = _FWD.search(low)
        fwd, back = fwd_m is not None, bool(_BACK.search(low))
        content = (fwd or back) and _has_content(ctx, sp)
        prev = sents[i - 1] if i > 0 and "\n\n" not in ctx.text[sents[i - 1][1]:sp[0]] else None
        own = content or _content_rule(ctx, sp, school_voice, prev)
        if own:
            hits.add(i)
        # "tussen ons: meester Gert stopt na dit jaar" holds its own news: the marker does not reach the next sentence
        # (not a heading "Vertrouwelijk:", which covers what follows)
        told_here = (own and len(_WORD.findall(low, fwd_m.end())) >= 4 and not fwd_m.group().lstrip().startswith("vertrouwelijk")
                     if fwd_m is not None else False)
        if fwd and not told_here and i + 1 < len(sents) and _speaker(ctx, sents[i + 1]) in (None, _turn_of(ctx, sents, i)):
            nxt = sents[i + 1]
            nlow = c.span_text(ctx, nxt)
            if not c.is_question(nlow) and _has_content(ctx, nxt) and not (_BACK.search(nlow) and not _has_content(ctx, nxt)):
                hits.add(i + 1)
        if back and not own and i > 0 and _has_content(ctx, sents[i - 1]) \
                and not c.is_question(c.span_text(ctx, sents[i - 1])):
            hits.add(i - 1)
    if "intern" in ctx.lower:
        # A sentence whose only trigger is "intern..." ("de intern begeleider") can match _INTERNAL alone: the
        # other patterns need their own triggers (none marks, so nothing about the sentences around it either).
        others = set(candidates)
        for i in c.sentences_with(ctx, frozenset(), _INTERNAL_PREFIXES):
            if i not in others and _marked_internal(c.span_text(ctx, sents[i])):
                hits.add(i)
    return [Span(sents[i][0], sents[i][1], "confidential-info", 0.8, "conduct.confidential") for i in sorted(hits)
            if threads.in_author_turn(ctx, sents[i][0])]
