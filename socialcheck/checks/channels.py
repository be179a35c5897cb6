"""``official-channel``: practical school announcements outside the channels
the protocol approves, steering parents to an unofficial channel, and
(Kalisto) WhatsApp groups with pupils.

Sources (own summaries, see ``rules/*.yaml``): Lithora C.1 (practical matters
such as lesuitval, huiswerk, gymspullen, schoolreisje, schoolkamp in principle
only via Parro or e-mail); TWijs B.1 (via the ouderportaal or the school's
login environment); Kalisto B.1/B.2 (a professional group app for the class
parents, e-mail for the others) and the Inleiding (no WhatsApp groups with
pupils: ``settings.official-channel.no_pupil_whatsapp``); Onderwijs Primair
"Gebruik door medewerkers" (official communication only via website, Social
Schools, ParnasSys and e-mail). The approved channels are the pack's
``official_channels``.

An announcement is a sentence about a coming day or time that holds a fixed
practical wording (huiswerk, gymspullen, studiedag, informatieavond, "geen
les", "de kinderen zijn om 12.00 uur vrij"), a change to a school event ("is
verplaatst naar", "gaat niet door", "de middag valt uit"), or trip logistics
in a school setting ("we vertrekken om 9.00 uur vanaf school", "neem een
slaapzak mee").
"""

from __future__ import annotations

import re

from ..detectors.base import Context
from ..model import Span
from . import _common as c
from . import threads
from .contact import invitations, names_channel, other_speakers

_DAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
#: A group of pupils as the subject of an announcement: "de kinderen", "groep 5", "groepen 3 en 4", "klas 2b".
_PUPILS = (r"(?:kinderen|leerlingen|kleuters|kids|groep(?:en)?\s+\d+[a-z]?(?:\s*(?:,|en|t/m|-|&)\s*\d+[a-z]?)*|groepen"
           r"|klas\s+\w+|(?:onder|midden|boven)bouw)")
#: "vrij" as a day off, not the adverb ("vrij rustig"): at the end of a clause or before a reason/time.
_FREE = (r"vrij(?=\s*(?:$|[.,;:!)\-–]|\s(?:vanaf|om|na|en|dus|want|omdat|vanwege|wegens|i\.?v\.?m|ivm|in\s+verband|door)" + c.WB_R + r"))")
#: School events and practical matters that a change ("verplaatst", "valt uit") can be about.
_EVENT = (r"\w*les(?:sen)?|gym\w*|zwem\w*|\w*toets\w*|dictee\w*|cito|spreekbeurt\w*|(?:school)?reis\w*|\w*kamp"
          r"|excursie\w*|uitje|musical\w*|voorstelling\w*|\w*viering\w*|\w*feest|sportdag\w*|koningsspelen"
          r"|avondvierdaagse|\w*avond|\w*(?:ochtend|middag)|open\s+dag|studiedag\w*|\w*gesprek(?:ken)?|rapport\w*"
          r"|schoolfoto\w*|(?:school)?fotograaf|luizencontrole|opvang|(?:eerste|laatste|\w+de)\s+uur|\d+e\s+(?:en\s+\d+e\s+)?uur|uren"
          r"|sponsorloop|\w*ontbijt|fietscontrole|verkeersexamen|kinderboekenweek|\w*markt"
          r"|deadline|inleverdatum|\w*werkstuk(?:ken)?|\w*opdracht(?:en)?|presentatie\w*|proefwerk\w*|schoolexamen\w*|herkansing\w*")

#: Practical announcements (Lithora C.1, TWijs B.1, Kalisto B.1 name these examples).
_ANNOUNCE = re.compile(
    c.WB_L + r"(?:"
    r"lesuitval|g(?:ee|éé|eé|ée)n\s+(?:les|lessen|school|gym|gymles|zwemles)"
    r"|(?:gaat|gaan)\s+(?:de\s+|het\s+)?(?:\w+)?les(?:sen)?\s+(?:\w+\s+)?niet\s+door|(?:\w+)?les(?:sen)?\s+(?:gaat|gaan)\s+(?:\w+\s+)?niet\s+door"
    r"|(?:\w+)?les(?:sen)?\s+vervall?(?:t|en)|vervalt\s+(?:de\s+)?(?:\w+)?les"
    # a day off: "de kinderen zijn om 12.00 uur vrij", "groep 5 is vrijdag vrij", "zijn alle kinderen vrij"
    r"|(?:zijn|is|hebben|heeft)\s+(?:de\s+|alle\s+|jullie\s+|uw\s+)?" + _PUPILS + r"\s+(?:[\w.:]+\s+){0,4}?" + _FREE +
    r"|" + _PUPILS + r"\s+(?:zijn|is|hebben|heeft)\s+(?:[\w.:]+\s+){0,5}?" + _FREE +
    r"|(?:eerste|laatste|\w+de)\s+(?:les)?uur\s+(?:\w+\s+)?(?:vrij|uit)|tussenuur|(?:we|wij)\s+(?:beginnen|starten|stoppen|eindigen)\s+(?:\w+\s+){0,2}?om\s+\d"
    r"|vrije\s+(?:dag|middag|ochtend)|studiedag\w*|continurooster\w*|(?:deuren|school)\s+(?:\w+\s+){0,4}?(?:dicht|gesloten)\b"
    r"|(?:kinderen|leerlingen)\s+(?:\w+\s+){0,4}?naar\s+huis|mee\s+naar\s+(?:huis|school)"
    r"|(?:zijn|is)\s+(?:de\s+|alle\s+)?" + _PUPILS + r"\s+(?:al\s+)?om\s+\d{1,2}(?:[.:]\d{2})?\s*(?:uur\s+)?uit"
    r"|" + _PUPILS + r"\s+(?:zijn|is)\s+(?:\w+\s+)?(?:al\s+)?om\s+\d{1,2}(?:[.:]\d{2})?\s*(?:uur\s+)?uit"
    # what pupils may, must or need not do or bring: "de kinderen mogen verkleed komen", "uw kind moet om 8.00 uur ..."
    r"|(?:de\s+|alle\s+)?(?:kinderen|leerlingen|kleuters)\s+(?:mogen|moeten|hoeven)|(?:uw|jullie|je)\s+kind(?:eren)?\s+(?:mag|mogen|moet|moeten|hoeft|hoeven)"
    # an event at school that parents may attend
    r"|(?:ouders|opa's|oma's|iedereen|belangstellenden)\s+(?:zijn|is)\s+(?:\w+\s+)?welkom|(?:in|op)\s+(?:de|het)\s+(?:aula|speelzaal|speellokaal|schoolplein)"
    # things to leave at home, forms to hand in, sign up or pay before a date
    r"|thuisblijven|thuis\s+laten|thuislaten|(?:inleveren|aanmelden|inschrijven|opgeven|betalen)\s+(?:\w+\s+){0,4}?(?:kan|kunnen|graag|vóór|voor|uiterlijk|tot)"
    r"|(?:graag\s+)?(?:vóór|voor|uiterlijk)\s+(?:\w+\s+){0,3}?(?:inleveren|aanmelden|inschrijven|opgeven|betalen|meegeven|ophalen|invullen)"
    r"|(?:moet|moeten)\s+(?:[\w.]+\s+){0,5}?(?:opgehaald|ingeleverd|betaald|aangemeld|ingevuld|getekend|ondertekend|teruggebracht)"
    r"|(?:school|les|lessen|schooldag)\s+(?:\w+\s+)?(?:begint|beginnen|start|starten|eindigt|eindigen|stopt|stoppen|is\s+uit|zijn\s+uit)"
    r"|(?:begint|beginnen|start|starten|eindigt|eindigen)\s+(?:\w+\s+){0,2}?(?:school|les|lessen|schooldag)"
    r"|zwemles\w*|zwemspullen|zwemtas|zwemmen|luizen\w*|sportdag\w*"
    # a bare day and event: "morgen toets aardrijkskunde", "morgen gym", "donderdag spellingtoets"
    r"|(?:morgen|overmorgen|" + _DAY + r")\s+(?:\w+\s+)?(?:\w*toets|gym|gymles|zwemles|dictee|overhoring|proefwerk|topotoets|excursie|schoolreis\w*|studiedag)"
    # the school or the class out early: "vrijdag is de school om 12.00 uur uit", "dat we vrijdag om 12 uur uit zijn"
    r"|(?:is|zijn)\s+(?:de\s+)?school\s+(?:\w+\s+)?om\s+\d{1,2}(?:[.:]\d{2})?\s*(?:uur\s+)?uit|school\s+is\s+(?:\w+\s+)?om\s+\d{1,2}(?:[.:]\d{2})?\s*(?:uur\s+)?uit"
    r"|(?:we|wij)\s+(?:\w+\s+){0,2}?om\s+\d{1,2}(?:[.:]\d{2})?\s*(?:uur\s+)?uit\s+zijn"
    r"|huiswerk\w*|hoofdstuk\s+\d+\s+(?:\w+\s+)?(?:leren|lezen|doorlezen|maken|oefenen)|(?:leren|doorlezen|oefenen|maken)\s+(?:\w+\s+){0,2}?hoofdstuk"
    r"|blz\.?\s*\d+|bladzijde\s+\d+|(?:de\s+)?(?:toets|overhoring|dictee|proefwerk|topotoets)\s+(?:over|van|op|is)"
    r"|gymspullen|gymkleding|gymschoenen|gymtas|(?:hebben\s+we\s+)?gym\s+op\s+" + _DAY +
    r"|schoolreis\w*|schoolkamp\w*|excursie\w*"
    r"|(?:ouder|informatie|info|kennismakings|kijk|thema|inloop|spreek|voorlichtings|rapport)-?avond\w*"
    r"|(?:inloop|kijk)-?(?:ochtend|middag|uur)\w*|schoolfoto\w*|schoolfotograaf"
    r"|tienminutengesprek\w*|oudergesprek\w*|rapportgesprek\w*"
    r"|roosterwijziging\w*|nieuwe\s+rooster|ziekmeld\w*|ziek\s+melden"
    r")" + c.WB_R)
#: A change to a planned event: "is verplaatst naar", "gaat niet door", "valt uit" (with an :data:`_EVENT` noun).
_CHANGE = re.compile(
    c.WB_L + r"(?:(?:is|wordt|zijn|worden)\s+(?:\w+\s+){0,3}?(?:verplaatst|verschoven|verzet|afgelast|geannuleerd|uitgesteld|vervroegd|afgezegd)"
    r"|(?:gaat|gaan)\s+(?:\w+\s+){0,3}?niet\s+door|(?:valt|vallen)\s+(?:\w+\s+){0,5}?uit|afgelast|geannuleerd|vervall?(?:t|en)"
    r"|(?:schuift|schuiven)\s+(?:\w+\s+){0,3}?op|in\s+plaats\s+van\s+(?:op\s+)?(?:" + _DAY + r"|\d)"
    # "de toets gaat van morgen naar donderdag", "gym is morgen niet in de eigen zaal maar in sporthal De Kuil"
    r"|van\s+(?:morgen|overmorgen|vandaag|" + _DAY + r")\s+(?:\w+\s+)?naar\s+(?:morgen|overmorgen|volgende\s+week|" + _DAY + r")"
    r"|niet\s+(?:in|op|bij|aan)\s+[^.!?\n]{1,50}?\s+maar\s+(?:in|op|bij|aan))" + c.WB_R)
_EVENT_RE = re.compile(c.WB_L + r"(?:" + _EVENT + r")" + c.WB_R)
#: Trip logistics and what to bring: "we vertrekken om", "verzamelen bij", "neem ... mee", "meegeven".
_LOGISTICS = re.compile(
    c.WB_L + r"(?:(?:we|wij|de\s+bus)\s+(?:\w+\s+){0,2}?(?:vertrek\w*|verzamel\w*)|(?:vertrekken|verzamelen)\s+(?:we|wij)"
    r"|verzamelen\s+(?:om|bij|op|in|aan)|(?:zijn|komen)\s+(?:we\s+|wij\s+)?(?:rond|om|ongeveer)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:uur\s+)?(?:weer\s+)?terug"
    r"|(?<!\bik\s)neem\s+(?:[^.!?\n]{0,100}?\s)?mee|meenemen|mee\s+te\s+nemen|meegeven|mee\s+(?:te\s+)?geven"
    r"|(?:in|bij)\s+(?:de|je|jullie|zijn|haar)\s+(?:tas|rugzak|gymtas|boekentas)"
    r"|graag\s+(?:\w+\s+){0,5}?(?:meegeven|meenemen|inleveren|stoppen|aantrekken|dragen)|aandoen|aantrekken"
    r"|(?:gaan|gaat)\s+(?:we|wij|groep\s+\d+|de\s+klas|de\s+kinderen)\s+(?:\w+\s+){0,3}?naar|(?:we|wij)\s+gaan\s+(?:\w+\s+){0,4}?naar\s+(?:de|het)"
    r"|(?:op|aan|in)\s+te\s+(?:geven|melden|schrijven|leveren)|laatste\s+dag\s+om"
    # "vertrek vrijdag om 8.45", "de bus is pas om 15.30 uur terug", "regenjas mee", "denk aan je gymschoenen",
    # "jullie kunnen de kinderen dan op het plein ophalen"
    r"|vertrek\s+(?:\w+\s+){0,2}?(?:om|rond|tegen)\s+\d"
    r"|(?:de\s+bus|we|wij)\s+(?:is|zijn|komt|komen)\s+(?:[\w.:]+\s+){0,3}?(?:om|rond|tegen)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:uur\s+)?(?:weer\s+)?(?:terug|aan)\b"
    r"|(?:regenjas|jas|laarzen|slaapzak|kussen|pyjama|toilettas|zaklamp|knuffel|lunch\w*|fruit|drinken|gymspullen|zwemspullen|gymkleren|gymkleding|zwemkleding|gymtas|zwemtas|handdoek|rugzak|sokken|\w*schoenen|pet|zonnebrand)\s+mee\b(?!\s+(?:naar|in|op|om)\b)"
    r"|(?:gym|zwem)\w*\s+mee\s+in\s+(?:een|de|je|jullie)\s+\w*tas"
    r"|denk\s+(?:\w+\s+)?aan\s+(?:je|jullie|de|het|uw|een)\s+(?:\w+\s+)?(?:gym\w*|zwem\w*|\w*schoenen|\w*tas|rugzak|\w*jas|laarzen|lunch\w*"
    r"|fruit|drinken|\w*formulier\w*|\w*spullen|handdoek)"
    r"|(?:de|jullie|uw|alle)\s+kinderen\s+(?:[\w.:]+\s+){0,5}?(?:ophalen|op\s+te\s+halen))" + c.WB_R)
#: Logistics count only in a school setting (not "we vertrekken morgen naar Spanje, neem je zonnebrand mee").
_SCHOOLISH = re.compile(
    c.WB_L + r"(?:school\w*|(?:school)?plein|hek|lokaal|klas|groep\s+\d+|(?:de|alle|jullie|uw)\s+kinderen|(?:uw|jullie|je)\s+kind|leerlingen"
    r"|ouders|kamp\w*|\w*reis\w*|excursie\w*|uitje|gym\w*|zwem\w*|bus|\w*boek(?:en)?|bieb\w*|bibliotheek\w*|lunch\w*|fruit|pauzehap"
    r"|tussendoortje|drinken|rapport\w*|knuffel|verkleed\w*|toestemmingsformulier\w*)" + c.WB_R)
#: A question that is an instruction: "Denken jullie aan de gymtas?", "Wilt u ... meegeven?".
_ASKING = re.compile(r"(?:^\W*|,\s*)(?:(?:wil|wilt|willen|denk|denken|denkt|kunt|kunnen|zou|zouden)\s+(?:u|jullie|je)|mag\s+ik\s+(?:u|jullie|je)\s+vragen)\b")
#: School events that are announced with a day: "Morgen komt Sinterklaas op school", "Volgende week start de avondvierdaagse".
_SCHOOL_EVENT = re.compile(
    c.WB_L + r"(?:avondvierdaagse|koningsspelen|kerstviering|kerstdiner|kerstmarkt|paasontbijt|paasviering|sinterklaas\w*|carnaval\w*"
    r"|musical\w*|afscheidsavond|eindfeest|schoolfeest|open\s+dag|kinderboekenweek|boekenmarkt|sponsorloop|voorleesontbijt"
    r"|spreekbeurt\w*|schoolontbijt|fietscontrole|verkeersexamen\w*|eindtoets|doorstroomtoets|kijkmiddag|inloopochtend)" + c.WB_R)
#: Every announcement pattern holds one of these (see :func:`_common.sentences_with`).
_ANNOUNCE_WORDS = frozenset(
    "lesuitval les lessen school zwemles door vervalt vervallen vrij vrije dicht gesloten hoofdstuk blz bladzijde"
    " toets overhoring dictee proefwerk topotoets rooster ziek huis uit zwemspullen zwemtas luizencontrole"
    " verplaatst verschoven verzet afgelast geannuleerd uitgesteld vervroegd afgezegd mee meenemen meegeven"
    " verzamelen terug mogen moeten hoeven mag moet hoeft"
    " welkom aula speelzaal speellokaal schoolplein vervalt vervallen schuift schuiven"
    " thuisblijven thuislaten thuis inleveren aanmelden inschrijven opgeven betalen koningsspelen"
    " kerstviering kerstdiner kerstmarkt paasontbijt paasviering musical afscheidsavond eindfeest schoolfeest open"
    " kinderboekenweek boekenmarkt sponsorloop voorleesontbijt schoolontbijt fietscontrole eindtoets doorstroomtoets"
    " kijkmiddag inloopochtend avondvierdaagse opgehaald ingeleverd betaald aangemeld ingevuld getekend ondertekend"
    " teruggebracht ophalen invullen tas rugzak gymtas boekentas graag gaan gaat geven melden schrijven leveren"
    " laatste uur lesuur tussenuur beginnen starten stoppen eindigen aandoen aantrekken zwemmen plaats denk".split())
_ANNOUNCE_PREFIXES = ("studiedag", "huiswerk", "gym", "schoolreis", "schoolkamp", "excursie", "zwemles", "sportdag",
                      "tienminutengesprek", "oudergesprek", "rapportgesprek", "roosterwijziging", "ziekmeld", "vertrek",
                      "verzamel", "continurooster", "schoolfoto", "begint", "beginnen", "start", "eindig", "stop", "luizen", "sinterklaas",
                      "carnaval", "spreekbeurt", "verkeersexamen")
_ANNOUNCE_CONTAINS = ("avond", "ochtend", "middag", "kijkuur", "inloopuur", "toets")
_WHEN = re.compile(
    c.WB_L + r"(?:morgen\w*|overmorgen|vanavond|vanmiddag|straks|(?:volgende|komende?)\s+(?!keer\b|jaren\b)\w+|deze\s+week|" + _DAY + r"(?:middag|ochtend|avond)?"
    r"|vanaf\s+\w+|\d{1,2}\s+" + _MONTH + r"|(?<!groep\s)(?<!groepen\s)\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?|om\s+\d{1,2}(?:[.:]\d{2})?\s*uur|\d{1,2}[.:]\d{2}\s*uur"
    r"|om\s+\d{1,2}[.:]\d{2}|om\s+half\s+\w+|voor\s+(?:ma|di|wo|do|vr)\b|uiterlijk|week\s+\d+|over\s+(?:\w+\s+)?(?:dagen|weken)"
    r"|na\s+de\s+(?:vakantie|zomer|herfstvakantie|kerstvakantie|voorjaarsvakantie|meivakantie))" + c.WB_R)
_PAST = re.compile(c.WB_L + r"(?:gisteren|vorige\s+week|afgelopen\s+\w+|hebben\s+we\s+gehad|was\s+(?:echt|het|een|weer)|waren\s+we"
                   r"|werd\s+(?:\w+\s+){0,6}?(?:bekendgemaakt|verteld|gezegd|besproken|aangekondigd|gemeld)"
                   r"|hadden\s+(?:\w+\s+){0,6}?(?:ingepland|gepland)"
                   # a diary or column tells what happened: "maandag begon met een lekkage", "deze week stond ik om
                   # zeven uur op het plein", "twee invallers die niet kwamen opdagen", "in gebruik genomen", a vlog's
                   # "vandaag neem ik jullie mee door mijn werkdag"
                   r"|begon|begonnen|stond\s+ik|stonden\s+we|neem\s+ik\s+(?:jullie|je|u)\s+mee|kwam(?:en)?\s+(?:\w+\s+)?opdagen|in\s+gebruik\s+genomen|(?:heb|hebben|heeft)\s+(?:\w+\s+){0,2}?meegeholpen)" + c.WB_R)
#: Moving school messages to this (unofficial) channel: "ik zet dit soort dingen voortaan gewoon hier neer",
#: "hier lezen jullie het tenminste", "gooi het in een berichtje via Messenger".
_MOVE_HERE = re.compile(
    c.WB_L + r"(?:(?:voortaan|vanaf\s+nu|van\s+nu\s+af(?:\s+aan)?|in\s+het\s+vervolg)\b[^.!?\n]{0,60}?\b(?:hier|in\s+deze\s+(?:groep|app)|via\s+(?:deze\s+)?(?:whatsapp|app|groep|facebook|messenger|insta\w*))"
    r"|(?:hier|in\s+deze\s+(?:groep|app))\s+(?:\w+\s+){0,3}?(?:lezen|zien)\s+(?:jullie|u|je|ze)\s+(?:het|dit|dat)\s+tenminste"
    r"|(?:gooi|zet|stuur|app|meld|vraag)\s+(?:\w+\s+){0,6}?(?:via|op|in)\s+(?:\w+\s+)?(?:messenger|whatsapp|insta\w*|facebook|snapchat|dm|privé)"
    # "stuur gerust hier een berichtje als er iets is", "slide gerust in onze DM's"
    r"|(?:stuur|app)\s+(?:\w+\s+){0,2}?hier\s+(?:\w+\s+){0,2}?(?:een\s+)?(?:berichtje|bericht|dm|appje)"
    r"|slide\s+(?:\w+\s+)?in(?:to)?\s+(?:onze|mijn|m'n|de)\s+dm"
    # "stuur even een berichtje naar onze Facebookpagina"
    r"|(?:stuur|app|mail)\s+(?:\w+\s+){0,4}?naar\s+(?:onze|mijn|m'n|de)\s+(?:facebook|insta(?:gram)?|messenger)-?(?:pagina|account|inbox)"
    r"|(?:messenger|whatsapp|insta\w*|facebook|dm)\s+(?:\w+\s+){0,2}?(?:lees|zie|beantwoord)\s+ik\s+(?:\w+\s+)?(?:sneller|eerder|beter)"
    # "die beantwoord ik het snelst in Facebook Messenger"
    r"|(?:lees|zie|beantwoord)\s+ik\s+(?:\w+\s+){0,2}?(?:het\s+)?(?:snelst|sneller|eerder|beter)\s+(?:\w+\s+)?(?:in|via|op)\s+(?:\w+\s+)?(?:messenger|whatsapp|insta\w*|dm)"
    r"|(?:vanaf|via|op|naar)\s+(?:mijn|m'n)\s+(?:privé-?\s*(?:mail|e-?mail|mailadres|nummer|telefoon|account)|eigen\s+(?:mail\w*|e-?mail\w*|nummer|gmail|hotmail)|gmail|hotmail|06))" + c.WB_R)
#: A private channel named in a _MOVE_HERE match: steering there counts also from an official channel ("vragen
#: beantwoord ik het snelst in Messenger" in an e-mail to parents).
_NOT = re.compile(c.WB_L + r"(?:niet|geen|nooit)" + c.WB_R)
_NAMED_ELSEWHERE = re.compile(c.WB_L + r"(?:messenger|whatsapp\w*|insta\w*|facebook\w*|snapchat|privé\w*|gmail|hotmail|06)" + c.WB_R)
#: A refusal earlier in the same clause as a _MOVE_HERE match: "ik accepteer geen verzoeken van ouders op mijn
#: privéaccount" keeps parents off that account.
_REFUSED = re.compile(c.WB_L + r"(?:accepteer|accepteren|deel|delen|geef|geven|stuur|sturen|voeg|voegen)\s+(?:ik\s+|we\s+)?(?:geen|nooit|niet)" + c.WB_R)
#: Steering away from the official channel, which it names: "liever een DM hier dan een berichtje in Parro", "Parro
#: kijk ik eerlijk gezegd bijna nooit".
_AWAY_FROM_OFFICIAL = re.compile(
    c.WB_L + r"(?:liever\s+(?:\w+\s+){0,4}?(?:dm|app|appje|berichtje|whatsappje)\s+(?:\w+\s+){0,3}?dan\s+(?:\w+\s+){0,4}?"
    r"(?:parro|mail|e-mail|social\s+schools|parnassys|ouderportaal|portaal)"
    r"|(?:parro|social\s+schools|parnassys|(?:het\s+)?ouderportaal)\s+(?:kijk|lees)\s+ik\s+(?:\w+\s+){0,3}?(?:nooit|zelden|amper|nauwelijks)"
    # "appen gaat een stuk sneller dan via Parro", "stuur je werkstuk maar hier, dat is sneller dan via de ELO"
    r"|(?:app\w*|dm|whatsapp\w*|bel\w*|06|stuur\w*|hier|berichtje\w*|messenger)\b[^.!?\n]{0,40}?\b(?:sneller|makkelijker|handiger|beter)\s+dan\s+(?:via\s+|in\s+|met\s+|op\s+)?(?:de\s+|het\s+)?"
    r"(?:parro|mail|e-mail|social\s+schools|parnassys|ouderportaal|portaal|elo|magister|somtoday|itslearning|leeromgeving)"
    # "staat nog niet in het portaal, dus ik zet het hier", "het portaal is zo omslachtig"
    r"|(?:parro|social\s+schools|parnassys|ouderportaal|portaal|elo|magister|somtoday)\b[^.!?\n]{0,30}?\b(?:dus|daarom)\s+"
    r"(?:(?:zet|stuur|app|meld|deel)\s+ik|ik\s+(?:zet|stuur|app|meld|deel))\s+(?:het|dit|dat|'m|hem|ze)\s+(?:\w+\s+)?hier"
    r"|(?:parro|social\s+schools|parnassys|ouderportaal|portaal)\s+is\s+(?:\w+\s+)?(?:omslachtig|traag|onhandig|ingewikkeld|gedoe))"
    + c.WB_R)
_AWAY_WORDS = frozenset({"liever", "parro", "schools", "parnassys", "ouderportaal", "mail", "portaal", "elo", "magister", "somtoday",
                         "itslearning", "leeromgeving", "e-mail"})
#: Pointing readers to a social-media group, page or story: "kijk in de Facebookgroep van de klas", "zet ik straks
#: in mijn story", "staat alles in de WhatsApp-groep".
_ELSEWHERE = re.compile(
    c.WB_L + r"(?:(?:kijk|check|lees|zie|volg)\s+(?:\w+\s+){0,3}?(?:in|op)\s+(?:de|onze|mijn|m'n)\s+(?:facebook|whatsapp|insta(?:gram)?|snapchat)-?(?:groep|pagina|story|app)"
    r"|(?:zet|zetten|post|posten|deel|delen|staat|staan)\s+(?:\w+\s+){0,4}?(?:in|op)\s+(?:mijn|m'n)\s+(?:insta(?:gram)?-?|snapchat-?|facebook-?)?(?:story|stories|pagina)"
    r"|(?:in|op)\s+(?:de|onze)\s+(?:facebook|whatsapp|insta(?:gram)?)-?(?:groep|pagina)\s+(?:\w+\s+){0,4}?(?:zetten|zet|posten|delen|staat|staan)\s+(?:we|ik|alles|het)"
    # "voortaan zet ik het huiswerk in onze besloten Facebookgroep", "word lid van onze Facebookgroep"
    r"|(?:zet|zetten|post|posten|deel|delen)\s+(?:ik|we|wij)\s+(?:[\w'-]+\s+){0,6}?(?:in|op)\s+(?:de|onze|mijn|m'n)\s+(?:\w+\s+)?(?:facebook|whatsapp|insta(?:gram)?)-?(?:groep|pagina|story|app)"
    r"|(?:word|wordt)\s+lid\s+van\s+(?:de|onze|mijn)\s+(?:\w+\s+)?(?:facebook|whatsapp)-?(?:groep|pagina))"
    + c.WB_R)
#: A teacher added to the parents' own group app (not the professional class app the teacher manages).
_PARENTS_OWN_APP = re.compile(
    c.WB_L + r"(?:(?:toegevoegd|erbij\s+gezet)\s+(?:\w+\s+){0,2}?(?:aan|in)\s+(?:jullie|de)\s+(?:\w+\s+)?(?:ouder\w*|groeps)?app\w*"
    r"|door\s+(?:de\s+)?(?:moeder|vader|mama|papa|ouder|klassenouder)\s+(?:van\s+\w+\s+)?(?:\w+\s+){0,2}?toegevoegd"
    r"|jullie\s+(?:eigen\s+)?(?:ouder\w*app\w*|ouderappje|groepsapp\w*|appgroep\w*))" + c.WB_R)
#: Every match of _MOVE_HERE holds one of these words or a word starting with one of these
#: prefixes (see :func:`_common.sentences_with`): "voortaan", "vanaf nu"/"van nu af", "in het vervolg";
#: "tenminste"; the platform it steers to (messenger, whatsapp, insta..., facebook..., snapchat, dm, privé...);
#: "mijn eigen mail/nummer", "mijn gmail/hotmail/06"; "hier" with a message ("stuur hier een berichtje"). "nu" counts with "van"/"vanaf" and
#: "hier"/"deze"/"via", "eigen" with the address it names, "06" with "mijn"/"m'n".
_MOVE_HERE_WORDS = frozenset("voortaan nu vervolg tenminste messenger whatsapp facebook snapchat dm eigen gmail hotmail 06"
                             " hier".split())
_MOVE_HERE_PREFIXES = ("insta", "privé", "facebook")
_MOVE_HERE_ALSO = {"nu": (frozenset({"van", "vanaf"}), frozenset({"hier", "deze", "via"})),
                   "eigen": (frozenset({"mail", "nummer", "gmail", "hotmail", "mailadres", "e-mailadres", "emailadres", "e-mail"}),),
                   "hier": (frozenset({"berichtje", "bericht", "dm", "appje"}),),
                   "06": (frozenset({"mijn", "m'n"}),)}
#: Every match of _ELSEWHERE holds a word starting with a platform name ("facebookgroep", "insta-story")
#: or, after "mijn"/"m'n", "story", "stories" or "pagina".
#: Following or subscribing to a social account for the school's practical news: "Volg @ikchetpalet voor lesuitval en
#: roosterwijzigingen", "abonneer je op ons kanaal, dan mis je nooit meer een roosterwijziging of lesuitval".
_FOLLOW_FOR_NEWS = re.compile(
    c.WB_L + r"(?<!\bik\s)(?<!\bwe\s)(?<!\bwij\s)(?:volg|volgen|abonneer|abonneren|subscribe)\b[^.!?\n]{0,60}?(?:@[\w.]+|\b(?:kanaal|account|pagina|insta\w*|facebook\w*"
    r"|tiktok|youtube\w*|stories|story))\b[^.!?\n]{0,80}?\b(?:lesuitval|\w*rooster\w*|uitval|gymspullen|gymtas|huiswerk\w*|studiedag\w*"
    r"|ziekmeld\w*|schoolreis\w*|schoolkamp\w*|ouderavond\w*|last-minute|wijzigingen)" + c.WB_R)
_FOLLOW_WORDS = frozenset({"volg", "volgen", "abonneer", "abonneren", "subscribe"})
_ELSEWHERE_WORDS = frozenset({"story", "stories", "pagina"})
_ELSEWHERE_PREFIXES = ("facebook", "whatsapp", "insta", "snapchat")
_ELSEWHERE_ALSO = {w: (frozenset({"mijn", "m'n"}),) for w in _ELSEWHERE_WORDS}
_PUPIL_GROUP = re.compile(
    c.WB_L + r"(?:(?:whats)?app-?groep\w*|groepsapp\w*|klassenapp\w*|appgroep\w*|whatsapp)" + c.WB_R)

#: The group has pupils in it: "app-groep met alle leerlingen", "voor de kinderen van groep 8 een WhatsApp-groep".
_WITH_PUPILS = re.compile(
    c.WB_L + r"(?:(?:(?:whats)?app-?groep\w*|groepsapp\w*|klassenapp\w*|appgroep\w*)\s+(?:\w+\s+){0,3}?(?:met|voor|van)\s+(?:de\s+|alle\s+|mijn\s+|onze\s+)?(?:leerlingen|kinderen|kids|klas)"
    r"|(?:met|voor)\s+(?:de\s+|alle\s+|mijn\s+|onze\s+)?(?:leerlingen|kinderen|kids)\s+(?:van\s+(?:groep\s+\d+|mijn\s+klas)\s+)?(?:\w+\s+){0,3}?(?:whats)?app-?groep"
    # "zouden jullie je kinderen in de WhatsApp-groep 'Groep 7' willen zetten?"
    r"|(?:kinderen|kind|zoon|dochter|leerlingen|kids)\s+(?:\w+\s+){0,2}?(?:in|aan|bij)\s+(?:de|een|onze|mijn|deze|die)\s+(?:whats)?app-?groep)" + c.WB_R)


_GROUP_MADE = re.compile(
    c.WB_L + r"(?:app|groep|groepsapp|appgroep|whatsapp-?groep)\w*\s+(?:\w+\s+){0,4}?(?:gemaakt|aangemaakt|opgericht|gestart)"
    r"|(?:gemaakt|aangemaakt|opgericht|gestart)\s+(?:\w+\s+){0,2}?(?:app|groep)|(?:met\s+)?jullie\s+(?:allemaal\s+)?erin" + c.WB_R)
#: A public reply that opens with an @handle (a journalist, a newspaper): not a message to parents.
_REPLY_TO_OUTSIDER = re.compile(r"\W{0,3}@[\w.]+")
_PARENT_WORDS = re.compile(c.WB_L + r"(?:ouders|uw\s+(?:kind|kinderen|zoon|dochter))" + c.WB_R)


#: A WhatsApp message that steers away from the official channel or hands out a private number ("app me, dat gaat
#: sneller dan die mail", "vragen kunnen beter hier", "app me op 06-...") -- unlike a plain "app me gerust" there.
_AWAY = re.compile(r"\b(?:sneller|beter|liever|eerder|parro|mail\w*|portaal|social\s+schools|parnassys)\b|\d{2}[\s-]*\d{2}")


def _is_announcement(low: str, addressed: bool = False, before: str = "") -> bool:
    """The sentence names a practical matter: a fixed announcement wording, a
    change to a school event, or trip logistics or a school event in a school
    setting (or ``addressed`` to parents or pupils); trip logistics also when
    ``before`` (the sentence before it in the same paragraph, lower case)
    names the school setting: "Het schoolreisje gaat door! Vertrek om 8.45,
    regenjas mee."."""
    if _ANNOUNCE.search(low):
        return True
    if _CHANGE.search(low) and _EVENT_RE.search(low):
        return True
    if addressed or _SCHOOLISH.search(low):
        return bool(_LOGISTICS.search(low) or _SCHOOL_EVENT.search(low))
    return bool(before) and _LOGISTICS.search(low) is not None and _SCHOOLISH.search(before) is not None


def announcement_sentences(ctx: Context) -> list[tuple[int, int]]:
    """Sentences that announce a practical school matter (lesuitval,
    huiswerk, gym, schoolreisje, schoolkamp, studiedag, ouderavond, toets,
    rooster ...) for a coming day or time; retrospective sentences and
    questions are not announcements. Later sentences on the same line as a
    reported one go on with that announcement and are not reported again."""
    out = []
    sents = c.sentences(ctx)
    for i in c.sentences_with(ctx, _ANNOUNCE_WORDS, _ANNOUNCE_PREFIXES, _ANNOUNCE_CONTAINS):
        sp = sents[i]
        low = c.span_text(ctx, sp)
        low = _THREAD_NUMBER.sub("", low, count=1)       # "3/3 Wij op school ...": a thread counter, not a date
        if not _WHEN.search(low) or _PAST.search(low) or _POV.search(low) or _TOUR.search(low) or _REBUTTAL.match(c.SPEAKER_PREFIX.sub("", low, count=1)):
            continue
        asking = bool(_ASKING.search(low))
        if c.is_question(low) and not asking:
            # "Woensdag gaan we naar de kinderboerderij, wie kan er rijden?": the clause before the question
            comma = low.rfind(",")
            if comma < 0:
                continue
            low = low[:comma]
        addressed = asking or bool(c.audience(ctx, *sp))
        same_par = i > 0 and "\n\n" not in ctx.text[sents[i - 1][1]:sp[0]]
        if not _is_announcement(low, addressed, c.span_text(ctx, sents[i - 1]) if same_par else ""):
            continue
        if out and "\n" not in ctx.text[out[-1][1]:sp[0]]:
            continue        # the same announcement goes on ("... de bus vertrekt om 8.15 uur. We zijn om 18.30 uur terug.")
        if _TEASER.match(low):
            continue        # a column announces its next instalment, not a school matter
        if _LOOKING_FORWARD.search(low) and not _LOGISTICS.search(low):
            continue        # "Vrijdag is het sportdag en ik heb er nu al zin in!": the writer's own anticipation
        if _OPEN_DAY.search(low) or _HERE_IT_COMES.search(low):
            continue        # an open day is for new parents, "zondag is het zover: de sponsorloop!" cheers an event
            #                 on: publicity, not a practical message to the school's own parents
        if _is_heading(ctx.text, sp):
            continue        # "Nieuws & huiswerk – week 41": the heading over the announcement, not the announcement
        out.append(sp)
    # A mail's subject line repeats the announcement in its body: the body's sentence is the finding.
    if len(out) > 1 and _SUBJECT_LINE.match(ctx.lower, ctx.lower.rfind("\n", 0, out[0][0]) + 1):
        out.pop(0)
    return out


#: An open day for prospective parents: "Open dag OBS Het Kompas – zaterdag 18 januari", "open huis".
#: Looking forward to an event in public: "Zondag is het zover: de sponsorloop van OBS De Zeepbel!".
_HERE_IT_COMES = re.compile(c.WB_L + r"is\s+het\s+(?:eindelijk\s+|weer\s+)?zover\s*[:!]")
#: The writer looking forward to it: "ik heb er nu al zin in", "heb ik er zin in", "ik kijk er enorm naar uit".
_LOOKING_FORWARD = re.compile(c.WB_L + r"(?:(?:ik|we|wij)\s+(?:heb|hebben)\s+(?:er\s+)?|(?:heb|hebben)\s+(?:ik|we|wij)\s+(?:er\s+)?)"
                              r"(?:\w+\s+){0,2}?zin\s+in|(?:ik|we|wij)\s+(?:kijk|kijken)\s+er\s+(?:\w+\s+){0,2}?naar\s+uit" + c.WB_R)
_OPEN_DAY = re.compile(c.WB_L + r"(?:open\s+dag|opendag|open\s+huis)" + c.WB_R)


def _is_heading(text: str, sp: tuple[int, int]) -> bool:
    """True if the sentence ``sp`` (offsets into ``text``) is a heading: a whole line of at most six words,
    without closing punctuation, with a blank line (or the end of the text) after it."""
    line_start = text.rfind("\n", 0, sp[0]) + 1
    line_end = text.find("\n", sp[1])
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:sp[0]].strip() or text[sp[1]:line_end].strip():
        return False
    line = text[sp[0]:sp[1]].rstrip()
    if not line or line[-1] in ".!?:;," or len(line.split()) > 6:
        return False
    nxt = text.find("\n", line_end + 1)
    return line_end >= len(text) or not text[line_end + 1:nxt if nxt >= 0 else len(text)].strip()


#: A reply that contradicts what others say ("Onzin, vanaf groep 6 krijgt iedereen gewoon werk mee"): it explains
#: how things are, it announces nothing.
_REBUTTAL = re.compile(r"\W*(?:onzin|nonsens|flauwekul|kletskoek|welnee|niet\s+waar|klopt\s+niet|dat\s+klopt\s+(?:echt\s+)?niet)\b")
#: A numbered post of a thread at the start of a sentence: "3/3 ", "2/ ", "1/5 ".
_THREAD_NUMBER = re.compile(r"^\W*\d{1,2}/\d{0,2}\s")
#: A meme caption ("POV: je zegt tegen groep 8 dat er morgen een toets is"): a joke, not an announcement.
_POV = re.compile(r"\bpov\s*:")
#: A vlog's opening ("Deze week neem ik jullie weer mee in mijn leven als juf van groep 5"): a tour, not an announcement.
_TOUR = re.compile(r"\bneem\s+ik\s+(?:jullie|je|u)\s+(?:\w+\s+){0,2}?mee\b")
#: "Volgende week: waarom kinderen altijd op vrijdag hun gymschoenen kwijt zijn" (the next column's subject).
_TEASER = re.compile(r"\W*(?:volgende|komende)\s+(?:week|maand|keer|aflevering|column|blog)\s*:\s*(?:over|waarom|hoe|wat|wie)\b")
#: A mail header line: "Onderwerp: morgen studiedag!", "Subject: lesuitval".
_SUBJECT_LINE = re.compile(r"[ \t]*(?:onderwerp|subject|betreft)\s*:")


#: Putting the school's practical information on this channel: "ik zet de opgaven gewoon hier neer", "hier zet ik
#: vanaf nu het huiswerk neer", "zet ik vanavond hier in de groep", "staan vanaf vanavond in mijn highlights".
_POST_HERE = re.compile(
    c.WB_L + r"(?:(?:zet|post|plaats)\s+(?:ik\s+)?(?:[\w-]+\s+){0,6}?(?:hier|in\s+(?:de|deze|mijn|m'n|onze)\s+(?:eigen\s+)?(?:\w*groep|highlights?|story|stories))"
    r"|hier\s+zet\s+ik|daar\s+zet\s+ik\s+(?:\w+\s+)?voortaan|(?:staan|staat)\s+(?:\w+\s+){0,3}?in\s+(?:mijn|m'n)\s+highlights?)" + c.WB_R)
#: Every match of _POST_HERE holds one of these words.
_POST_HERE_WORDS = frozenset({"zet", "post", "plaats", "highlights", "highlight"})
#: What is posted: school work and trip details.
_POSTED_THING = re.compile(
    c.WB_L + r"(?:huiswerk\w*|opgaven|\w*opdracht\w*|\w*toets\w*|toetsdata|paklijst\w*|\w*rooster\w*|vertrektijd\w*|\w*woordjes"
    r"|spellingwoord\w*|leerwerk|werkboek|planning)" + c.WB_R)


def check_official_channel(ctx: Context) -> list[Span]:
    """``official-channel``: one span per sentence.

    - default variant: a practical announcement on a known channel that is
      not in the pack's ``official_channels`` (no channel known: none; a
      newsletter is the school's own publication, sent through its channels);
    - ``steer``: a private-message invitation to parents ("app me even
      privé", "stuur me een DM op Instagram", "via Messenger"), on any
      channel; the same to pupils is ``pupil-contact``;
    - ``whatsapp``: with ``no_pupil_whatsapp`` (Kalisto), a WhatsApp/app
      group with pupils, or a WhatsApp text that addresses pupils.

    Where the pack approves a teacher's group app with the parents of the
    class (``parent-group-app``, Kalisto B.1), a WhatsApp message to the
    class's parents as a group ("Goedemorgen ouders!") is sent through that
    app.

    Parents and pupils writing themselves are not checked. A ``steer``
    sentence that ``pupil-contact`` reports, and an announcement sentence that
    ``lesson-recording`` reports, are left to that check
    (:func:`socialcheck.checks.run_checks`): one finding per sentence.
    """
    if c.author_kind(ctx) in ("parent", "pupil"):
        return []
    spans: dict[tuple[int, int], Span] = {}
    ch = c.channel(ctx)
    official = c.official_channels(ctx)
    if ch == "whatsapp" and "parent-group-app" in official and _class_app_for_parents(ctx):
        ch = "parent-group-app"     # Kalisto B.1: the teacher's own group app with the class's parents is WhatsApp
    elif ch == "class-page" and "ouderportaal" in official and _LOGIN_PAGE.search(ctx.lower):
        ch = "ouderportaal"         # TWijs B.1: "het ouderportaal of een inlogomgeving van de school"
    group_with_pupils = False
    if c.pack_setting(ctx, "official-channel", "no_pupil_whatsapp", False):
        for sp in _pupil_whatsapp(ctx):
            spans[sp] = Span(sp[0], sp[1], "official-channel", 0.8, "conduct.channel", "whatsapp")
            group_with_pupils = True
    outside_reply = _REPLY_TO_OUTSIDER.match(ctx.lower) is not None and not _PARENT_WORDS.search(ctx.lower)
    for inv in invitations(ctx):
        if inv.kind != "message" or inv.names_official or inv.audience == {"adults"}:
            continue
        if "pupils" in inv.audience and inv.audience != {"parents"}:
            continue
        if ch == "linkedin" and "parents" not in inv.audience:
            continue            # "stuur me een bericht hier op LinkedIn": to colleagues and clients, no parents named
        if inv.platform in official or outside_reply or (
                ch == "whatsapp" and inv.platform == ch and not _AWAY.search(c.span_text(ctx, inv.span))):
            continue            # outside_reply: "@Redactie stuur me een DM" answers a journalist, not parents;
                                # on WhatsApp "app me gerust" keeps to the channel the message is already on
        spans.setdefault(inv.span, Span(inv.span[0], inv.span[1], "official-channel", 0.85, "conduct.channel", "steer"))
    # one search over the whole text first: most texts have no such wording, and then no sentence does;
    # before it, the trigger words: a sentence that matches holds one (most texts hold none)
    # steering away counts where this channel is not an official one (or is the parents' own group app)
    steer_here = ch is None or ch not in official or _PARENTS_OWN_APP.search(ctx.lower) is not None
    if c.sentences_with(ctx, _MOVE_HERE_WORDS, _MOVE_HERE_PREFIXES, also=_MOVE_HERE_ALSO) \
            and _MOVE_HERE.search(ctx.lower):
        for sp in c.sentences(ctx):
            low = c.span_text(ctx, sp)
            m = _MOVE_HERE.search(low)
            if not m or names_channel(m.group(), official):
                continue
            clause = re.split(r"[,;:]", low[:m.start()])[-1]        # the words before the match, same clause
            if _REFUSED.search(clause):
                continue
            # from an official channel only a named private channel, and not when it is waved off ("niet via WhatsApp")
            if steer_here or (_NAMED_ELSEWHERE.search(m.group()) and not _NOT.search(clause + m.group())):
                spans.setdefault(sp, Span(sp[0], sp[1], "official-channel", 0.8, "conduct.channel", "steer"))
    if steer_here:
        for i in c.sentences_with(ctx, _AWAY_WORDS):
            sp = c.sentences(ctx)[i]
            if _AWAY_FROM_OFFICIAL.search(c.span_text(ctx, sp)):
                spans.setdefault(sp, Span(sp[0], sp[1], "official-channel", 0.8, "conduct.channel", "steer"))
    # Pointing readers to a social-media group or story for the school's news, on any channel (also from Parro:
    # "Heeft u geen Parro? Kijk dan in de Facebookgroep van de klas").
    if c.sentences_with(ctx, _ELSEWHERE_WORDS, _ELSEWHERE_PREFIXES, also=_ELSEWHERE_ALSO) \
            and _ELSEWHERE.search(ctx.lower):
        from .role import _NEGATED
        for sp in c.sentences(ctx):
            m = _ELSEWHERE.search(c.span_text(ctx, sp))
            if m and not names_channel(m.group(), official) and not _NEGATED.search(c.span_text(ctx, sp)[:m.start()]):
                spans.setdefault(sp, Span(sp[0], sp[1], "official-channel", 0.8, "conduct.channel", "steer"))
    for i in c.sentences_with(ctx, _FOLLOW_WORDS):
        sp = c.sentences(ctx)[i]
        low = c.span_text(ctx, sp)
        if _FOLLOW_FOR_NEWS.search(low) and not names_channel(low, official):
            spans.setdefault(sp, Span(sp[0], sp[1], "official-channel", 0.8, "conduct.channel", "steer"))
    # In a WhatsApp group with pupils the group itself is the finding; its
    # practical messages are not reported once more each.
    unofficial = ch is not None and (ch not in official or (ch == "parent-group-app" and _PARENTS_OWN_APP.search(ctx.lower)))
    if unofficial and ch != "newsletter" and not group_with_pupils:
        for sp in announcement_sentences(ctx):
            if names_channel(c.span_text(ctx, sp), official):
                continue        # "ziekmelden kan via de Parro-app": points to the official channel
            if _to_one_pupil(ctx, sp):
                continue        # "Tot morgen, vergeet je spreekbeurt niet!" in a chat with one pupil
            spans.setdefault(sp, Span(sp[0], sp[1], "official-channel", 0.8, "conduct.channel"))
        # the school's practical information posted here from now on: "hier zet ik voortaan het huiswerk neer"
        for i in c.sentences_with(ctx, _POST_HERE_WORDS):
            sp = c.sentences(ctx)[i]
            low = c.span_text(ctx, sp)
            if _POST_HERE.search(low) and _POSTED_THING.search(low) and not names_channel(low, official):
                spans.setdefault(sp, Span(sp[0], sp[1], "official-channel", 0.8, "conduct.channel"))
    return sorted(spans.values(), key=lambda s: (s.start, s.end))


#: Words that address one person ("vergeet je spreekbeurt niet"), a wish or reminder, and words that address a group
#: or a parent.
_YOU_ONE = re.compile(c.WB_L + r"(?:je|jouw)" + c.WB_R)
_WISH = re.compile(c.WB_L + r"(?:succes|vergeet|vergeten|tot\s+(?:morgen|straks|maandag|dinsdag|woensdag|donderdag|vrijdag|zo))" + c.WB_R)
_YOU_MORE = re.compile(c.WB_L + r"(?:jullie|u|uw|ouders|iedereen|allemaal)" + c.WB_R)


def _to_one_pupil(ctx: Context, sp: tuple[int, int]) -> bool:
    """True if sentence ``sp`` is a reminder to the one pupil of a written-out chat ("Tot maandag, en niet vergeten je
    spreekbeurt te oefenen"): it says "je"/"jouw" and no group word, and the chat's other speakers are pupils (or
    the text addresses pupils only). A personal reminder is no school announcement sent through the wrong channel;
    the contact itself is ``pupil-contact``'s."""
    low = c.span_text(ctx, sp)
    if not _YOU_ONE.search(low) or _YOU_MORE.search(low) or not _WISH.search(low) or not threads.turns(ctx):
        return False
    return other_speakers(ctx, sp[0]) == {"pupils"} or c.audience(ctx) == {"pupils"}


#: A greeting to the parents as a group at a line start, also after a chat speaker and its time ("Beste ouders",
#: "Juf Anouk: Goedemorgen ouders!", "[16:30] Juf Anouk: Beste ouders"); :data:`_PARENTS_GREETING` also takes a
#: class app named as the parents' ("Klassenapp groep 5, alleen voor ouders").
_GREETING = (r"(?m)^(?:[ \t]*\[[^\]\n]{1,20}\][ \t]*)?(?:[^\n:]{1,60}:[ \t]+)?[^\w\n]*(?:beste|lieve|hoi|hallo|hai|hey|dag"
             r"|goedemorgen|goedemiddag|goedenavond|goeiemorgen)\s+ouders(?:/verzorgers|\s+en\s+verzorgers)?\b")
_GREETING_RE = re.compile(_GREETING)
_PARENTS_GREETING = re.compile(
    _GREETING +
    r"|(?:klassen|groeps)app\w*\b[^\n]{0,80}?\b(?:voor|met)\s+(?:de\s+|alle\s+)?ouders\b"
    # the group's name says it: "Groepsapp: Ouders groep 4", "WhatsApp-groep 'Ouders 6B'"
    r"|(?:(?:klassen|groeps)app\w*|(?:whats)?app-?groep\w*)\s*[:'\"“‘–-]\s*(?:de\s+)?ouders\b")


#: A class page that says it sits behind the school's login: "alleen zichtbaar na inloggen", "achter de inlog
#: van school", "in de inlogomgeving".
_LOGIN_PAGE = re.compile(
    r"(?:zichtbaar|te\s+zien|te\s+lezen)\s+(?:na|voor|met)\s+(?:het\s+)?inlog|achter\s+(?:de|een|onze)\s+inlog"
    r"|inlogomgeving|alleen\s+voor\s+(?:wie\s+is\s+)?ingelogd")


def greets_parents(ctx: Context) -> bool:
    """True if a line greets the parents as a group ("Beste ouders, ...", "[16:30] Juf Anouk: Hallo ouders!").
    A group merely named after the parents ("Groepsapp 'Ouders groep 6'") does not count: parents run such
    groups themselves, and a teacher who is a parent there is one of them."""
    return _GREETING_RE.search(ctx.lower) is not None


def _class_app_for_parents(ctx: Context) -> bool:
    """True if a WhatsApp text is a message to the parents of a class as a group ("Goedemorgen ouders!"), not
    to one parent and not to pupils: for a pack that approves the teacher's group app with the class's
    parents (Kalisto B.1), that app is this WhatsApp group."""
    return "pupils" not in c.audience(ctx) and _PARENTS_GREETING.search(ctx.lower) is not None


#: A line the app writes, not the teacher: "Meester Koen heeft 'Groep 8' aangemaakt", "... heeft jou
#: toegevoegd", "Groepsapp 'Groep 8' – aangemaakt door ...", "Groep: ...", "[Nieuwe WhatsAppgroep ...]",
#: "Groep aangemaakt: ...", "Deelnemers: ...".
_SYSTEM_LINE = re.compile(
    r"[ \t]*(?:\[(?!\d{1,2}[:.]\d{2}\])|(?:nieuwe\s+)?(?:whats)?app-?groep\w*\s*[:'\"“‘]|groepsapp\w*\s*[:'\"“‘]|groep\s*:|leden\s*:"
    r"|groep\s+aangemaakt\s*:|deelnemers\s*:"
    r"|[^\n]{0,60}?(?:heeft\s+[^\n]{0,60}?(?:aangemaakt|toegevoegd|verwijderd)|aangemaakt\s+door))", re.I)


def _system_line(ctx: Context, sp: tuple[int, int]) -> bool:
    """True if the sentence ``sp`` sits on a line the messaging app wrote (:data:`_SYSTEM_LINE`)."""
    line = ctx.text.rfind("\n", 0, sp[0]) + 1
    return _SYSTEM_LINE.match(ctx.text, line) is not None


#: Addressing a parent formally: "u ontvangt deze mail omdat u niet in de groepsapp van de klas zit" is about the
#: parents' class app, not a group with pupils.
_FORMAL_YOU = re.compile(c.WB_L + r"(?:u|uw)" + c.WB_R)


def _with_parents(ctx: Context) -> bool:
    """True if a written-out chat's other speakers are all parents by their labels ("Moeder van Zoë (groep 2)"):
    a chat with a parent, not a group with pupils."""
    who = threads.author_speaker(ctx)
    turn = next((t for t in threads.turns(ctx) if t.speaker == who), None)
    return turn is not None and other_speakers(ctx, turn.start) == {"parents"}


def _pupil_whatsapp(ctx: Context) -> list[tuple[int, int]]:
    sents = [sp for sp in c.sentences(ctx) if not _system_line(ctx, sp)]
    out = []
    if "app" in ctx.lower:
        for sp in sents:
            low = c.span_text(ctx, sp)
            if _PUPIL_GROUP.search(low) and _WITH_PUPILS.search(low) and not _FORMAL_YOU.search(low):
                out.append(sp)
    if not out and c.channel(ctx) == "whatsapp" and c.audience(ctx) == {"pupils"} and sents and not _with_parents(ctx):
        # the sentence that says the group was made ("Ik heb deze app gemaakt met jullie erin"), else the
        # first practical message in it, else one about the group ("Welkom in onze app-groep"), else the
        # first one; lines the app itself writes ("X heeft 'Groep 8' aangemaakt") are not the teacher's words
        made = next((sp for sp in sents if _GROUP_MADE.search(c.span_text(ctx, sp))), None)
        if made is None:    # "hier zet ik voortaan de repetitietijden": what the group is for
            made = next((sp for sp in sents if _POST_HERE.search(c.span_text(ctx, sp))), None)
        if made is None:
            made = next((sp for sp in announcement_sentences(ctx) if not _system_line(ctx, sp)), None)
        if made is None:    # (a bare greeting such as "Hoi allemaal!" says nothing: the first longer line then)
            made = next((sp for sp in sents if _PUPIL_GROUP.search(c.span_text(ctx, sp))), None) or next(
                (sp for sp in sents if threads.in_author_turn(ctx, sp[0])
                 and len(c.SPEAKER_PREFIX.sub("", c.span_text(ctx, sp), count=1).split()) > 4), sents[0])
        out.append(made)
    return out
