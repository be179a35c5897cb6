"""Conduct checks (issue 4): opinion disclaimer, role, speaking for the school,
official channels, pupil contact, lesson recordings, hurtful language,
confidential information and logo use.

Each case is a short Dutch text, the protocol and channel it is checked
under, and either the text of the sentence the finding must point at
(line/column of its first character) or ``None`` for a text that must not
produce the check.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from socialcheck import config, engine, registry
from socialcheck.documents import read_markdown, read_text
from socialcheck.model import Category

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def check(text: str, protocol: str, channel: str | None, markdown: bool = False):
    """Findings for ``text`` (plain text, or Markdown with front matter)."""
    doc = read_markdown("post.md", text) if markdown else read_text("post.txt", text)
    cfg = config.build({}, None, {"protocol": protocol, "channel": channel})
    return engine.check_document(doc, cfg)


def position(source: str, fragment: str) -> tuple[int, int]:
    """1-based line and column of ``fragment`` in ``source``."""
    i = source.index(fragment)
    return source.count("\n", 0, i) + 1, i - (source.rfind("\n", 0, i) + 1) + 1


#: A teacher answering a parent in a class parents' group app with inside knowledge, no role stated.
_PARENT_APP_THREAD = ("Sanne: Weet iemand waarom de gymles op vrijdag vervalt?\nMarloes: Dat is in ons teamoverleg al weken "
                      "geleden besloten, het bestuur wil meer tijd voor rekenen.")

# (check, protocol, channel, text, sentence the finding starts at or None, expected variant)
CASES = [
    # ------------------------------------------------------------ opinion-disclaimer
    ("opinion-disclaimer", "lithora", "linkedin",
     "Twaalf jaar sta ik nu voor de klas.\nHet bestuur van Lithora stopt de werkdrukmiddelen in extra overleg, "
     "terwijl dat geld naar de klas had moeten gaan.", "Het bestuur van Lithora", None),
    ("opinion-disclaimer", "onderwijs-primair", "x",
     "Draadje over passend onderwijs\n\n1/ Ik heb dit jaar een groep 5 met 29 kinderen.\n\n"
     "2/ Passend onderwijs is in deze vorm mislukt.", "Passend onderwijs is in deze vorm", None),
    ("opinion-disclaimer", "som", "linkedin",
     "Vorige week was de inspectie op bezoek.\nHet toezicht van de inspectie is doorgeslagen.", "Het toezicht", "capacity"),
    ("opinion-disclaimer", "kalisto", "blog", "Ik vind dat Kalisto veel te weinig investeert in kleine klassen.",
     "Ik vind dat Kalisto", None),
    ("opinion-disclaimer", "twijs", "x",
     "Het kabinet laat het onderwijs in de steek en de bezuinigingen op passend onderwijs zijn onverantwoord.",
     "Het kabinet", None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Mensen, geef haar een kans.\nVolgens mij is de school juist op de goede weg.", "Volgens mij", None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Ons bestuur heeft weer een nieuw beleidsplan. Passend onderwijs werkt gewoon niet.", "Passend onderwijs werkt",
     None),
    # a disclaimer anywhere in the text, in many wordings
    ("opinion-disclaimer", "lithora", "linkedin",
     "Passend onderwijs is mislukt. Dit is mijn persoonlijke mening, los van het officiële standpunt van Lithora.",
     None, None),
    ("opinion-disclaimer", "lithora", "linkedin",
     "Views are my own. Het bestuur van Lithora had veel eerder moeten ingrijpen.", None, None),
    ("opinion-disclaimer", "kalisto", "facebook",
     "Op persoonlijke titel: de cao-afspraken waren een druppel op een gloeiende plaat.", None, None),
    ("opinion-disclaimer", "twijs", "facebook",
     "Dit zijn standpunten van mijzelf. De werkdruk is veel te hoog.", None, None),
    ("opinion-disclaimer", "onderwijs-primair", "facebook", "Ik spreek hier voor mezelf: passend onderwijs is mislukt.",
     None, None),
    ("opinion-disclaimer", "som", "linkedin", "Namens Stichting SOM: de inspectie vraagt veel te veel administratie.",
     None, None),
    # not an opinion about school or policy, or not by staff in a personal capacity
    ("opinion-disclaimer", "onderwijs-primair", "class-page",
     "Lieve kinderen van groep 4,\nIk vind het fijn dat jullie er allemaal waren bij de kijkmiddag.", None, None),
    ("opinion-disclaimer", "kalisto", "facebook", "Ik vind november echt de lelijkste maand van het jaar.", None, None),
    ("opinion-disclaimer", "twijs", "facebook", "Wat vinden jullie: is passend onderwijs mislukt?", None, None),
    ("opinion-disclaimer", "lithora", "parro", "Beste ouders, ik vind dat de werkdruk veel te hoog is.", None, None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Als moeder van twee kinderen vind ik dat het bestuur de ouders veel te laat informeerde.", None, None),
    # ------------------------------------------------------------ role-disclosure
    ("role-disclosure", "lithora", "facebook",
     "Reactie op het bericht over de fusie:\n\nIk werk zelf bij Lithora en kan vertellen dat er al een jaar over "
     "gesproken wordt.", "Ik werk zelf bij Lithora", "incomplete"),
    ("role-disclosure", "twijs", "facebook",
     "Reactie in de dorpsgroep:\nIk werk ook bij Stichting TWijs, dus ik weet hoe lang hierover is nagedacht.",
     "Ik werk ook bij", "incomplete"),
    ("role-disclosure", "kalisto", "x",
     "@Dagblad Jammer dat alleen boze ouders aan het woord komen. De leerkrachten van de Kalisto-scholen geven "
     "gewoon twee keer per week gym.", "De leerkrachten van de Kalisto-scholen", None),
    ("role-disclosure", "default", "facebook",
     "Reactie onder het bericht over het schoolplein:\nIk kan wel uitleggen hoe dat zit: de school heeft het hek "
     "afgesloten na vernielingen.", "Ik kan wel uitleggen", None),
    ("role-disclosure", "lithora", "facebook",
     "Reactie op het artikel over de fusie: ik kan jullie vertellen dat Lithora hier al een jaar mee bezig is.",
     "Reactie op het artikel", None),
    ("role-disclosure", "lithora", "facebook",
     "Reactie op het artikel: ik werk als intern begeleider bij Lithora en weet dat er al een jaar over gesproken wordt.",
     None, None),
    ("role-disclosure", "twijs", "x",
     "@Krant Ik ben leerkracht van groep 6 op obs De Vlinderhof en ik weet hoe hard daar gewerkt wordt.", None, None),
    ("role-disclosure", "default", "facebook",
     "Reactie: ik werk zelf op De Wilgenhoek. De school heeft het hek dichtgedaan vanwege vandalisme.", None, None),
    ("role-disclosure", "lithora", "facebook", "Wat een mooie dag op school vandaag! De kinderen hebben genoten.",
     None, None),
    ("role-disclosure", "lithora", "parro",
     "Reactie op uw vraag: de school heeft het hek afgesloten na vernielingen.", None, None),
    # ------------------------------------------------------------ speaking-for-school
    ("speaking-for-school", "onderwijs-primair", "facebook",
     "Ik zie veel vragen over het klimtoestel. Namens de school wil ik laten weten dat het dicht blijft.",
     "Namens de school", None),
    ("speaking-for-school", "lithora", "instagram",
     "Zo, de kerstbomen staan! 🎄 Wij als school hebben besloten dat de viering in de gymzaal is.",
     "Wij als school", None),
    ("speaking-for-school", "twijs", "instagram",
     "Ik kan jullie bij deze officieel laten weten dat De Vlinderhof bezwaar maakt.", "Ik kan jullie", None),
    ("speaking-for-school", "kalisto", "whatsapp",
     "Hoi buren! Namens Kalisto kan ik jullie geruststellen: het speelveld blijft open.", "Namens Kalisto", None),
    ("speaking-for-school", "lithora", "instagram",
     "Ik spreek hier niet namens de school, maar ik vond het een prachtig feest.", None, None),
    # a class parents' group app is not the school's voice, unless the pack names it official (Kalisto)
    ("speaking-for-school", "lithora", "parent-group-app",
     "Even iets anders. Namens het hele team van De Wegwijzer: zulk gedrag accepteren wij niet meer.",
     "Namens het hele team", None),
    ("speaking-for-school", "kalisto", "parent-group-app",
     "Even iets anders. Namens het hele team van De Wegwijzer: zulk gedrag accepteren wij niet meer.", None, None),
    ("speaking-for-school", "lithora", "parro",
     "Even iets anders. Namens het hele team van De Wegwijzer: zulk gedrag accepteren wij niet meer.", None, None),
    ("speaking-for-school", "lithora", "facebook",
     "Meester Ruben is ziek. Namens de hele school hebben we hem een kaart gestuurd.\n\nMet vriendelijke groet,\n\n"
     "Gert-Jan\nlocatieleider CBS De Wegwijzer", None, None),
    ("speaking-for-school", "onderwijs-primair", "facebook",
     "Wek niet de indruk dat je namens de school spreekt, tenzij dat is afgesproken.", None, None),
    ("speaking-for-school", "lithora", "parro", "Namens de hele school bedanken we alle hulpouders!", None, None),
    ("speaking-for-school", "lithora", "blog",
     "Wat wij als school doen: elke zes weken een groepsbespreking met de leerkracht.", None, None),
    ("speaking-for-school", "default", "facebook",
     "De school heeft via Parro laten weten dat de musical niet doorgaat.", None, None),
    ("speaking-for-school", "som", "linkedin",
     "Namens Stichting SOM en na afstemming met het bestuur deel ik graag dat al onze scholen meedoen aan het leesprogramma.", None, None),
    # ------------------------------------------------------------ official-channel
    ("official-channel", "lithora", "facebook",
     "Lieve ouders van groep 6! 🚌 Het schoolreisje is op donderdag 12 juni; de bus vertrekt om 8.15 uur.",
     "Het schoolreisje", None),
    ("official-channel", "twijs", "whatsapp", "Hoi allemaal! Groep 4 heeft morgen helaas geen les.", "Groep 4", None),
    ("official-channel", "onderwijs-primair", "instagram",
     "Let op, groep 7!\nMorgen gaat de gymles niet door, want de sporthal is dicht.", "Morgen gaat de gymles", None),
    ("official-channel", "kalisto", "instagram",
     "Roosterwijziging groep 6!\nVanaf maandag hebben we gym op dinsdag en vrijdag.", "Vanaf maandag", None),
    ("official-channel", "lithora", "parro",
     "Beste ouders,\n\nHet huiswerk staat in de map.\n\nVragen? App me even privé, dan reageer ik sneller.",
     "App me even", "steer"),
    ("official-channel", "onderwijs-primair", "email",
     "Beste ouders,\nReageren kan via deze mail, of stuur me een DM op Instagram.", "Reageren kan", "steer"),
    ("official-channel", "twijs", None, "Beste ouders, stuur me gerust een berichtje via Messenger.", "Beste ouders",
     "steer"),
    ("official-channel", "kalisto", "email",
     "Ik heb een WhatsApp-groep gemaakt met alle leerlingen van groep 8.", "Ik heb een WhatsApp-groep", "whatsapp"),
    ("official-channel", "lithora", "facebook",
     "Morgen is de Sinterklaasviering, de kinderen mogen om 12 uur naar huis.", "Morgen is de Sinterklaasviering", None),
    ("official-channel", "onderwijs-primair", "parro",
     "Op maandag staat juf Wilma voor de klas; zij is bij de meeste kinderen nog bekend uit groep 4.", None, None),
    ("official-channel", "lithora", "facebook", "Wat was de sportdag geweldig vandaag!", None, None),
    ("official-channel", "lithora", "facebook",
     "Ziekmelden kan via de Parro-app of telefonisch vóór 8.15 uur.", None, None),
    ("official-channel", "lithora", "parro", "Morgen hebben we gym, denk aan de gymspullen.", None, None),
    ("official-channel", "lithora", None, "Morgen geen gym, dus de gymspullen mogen thuisblijven.", None, None),
    ("official-channel", "lithora", "facebook", "Gisteren was het schoolreisje naar de dierentuin, wat een feest!",
     None, None),
    ("official-channel", "lithora", "parro", "Vragen? Stuur me gerust een berichtje hier in Parro.", None, None),
    ("official-channel", "onderwijs-primair", "parnassys", "Lukt het niet? Stuur me dan een e-mail.", None, None),
    ("official-channel", "som", "facebook", "Donderdag 23 mei gaan we op schoolreisje, we vertrekken om 8.30 uur.",
     None, None),
    ("official-channel", "kalisto", "parent-group-app",
     "Ik heb een groepsapp met de ouders van groep 8 gemaakt.", None, None),
    ("official-channel", "onderwijs-primair", "whatsapp",
     "Hey toppers van groep 8! Jullie mogen me altijd appen, ook in het weekend.", None, None),
    ("official-channel", "twijs", "parro", "Vrijdag 14 juni is er een studiedag, alle kinderen zijn dan vrij.",
     None, None),
    # a diary or column tells what happened, it announces nothing
    ("official-channel", "kalisto", "blog",
     "Maandag begon met een lekkage in het speellokaal, dinsdag met een kapotte boiler. Wat een week.", None, None),
    ("official-channel", "lithora", "facebook",
     "Maandag de Kinderboekenweek geopend en woensdag de nieuwe kleutertuin in gebruik genomen.", None, None),
    ("official-channel", "twijs", "facebook",
     "Dank aan iedereen die zaterdag heeft meegeholpen bij de opruimactie na de brand in het speellokaal.", None, None),
    ("official-channel", "lithora", "facebook",
     "Volgende week begint de Kinderboekenweek, de kinderen mogen verkleed naar school komen.", "Volgende week", None),
    ("official-channel", "lithora", "facebook",
     "De inschrijving voor de avondvierdaagse is geopend, aanmelden kan tot vrijdag bij de juf.", "De inschrijving", None),
    # one finding per sentence: a DM invitation to pupils is pupil-contact, a recording shown is lesson-recording
    ("official-channel", "twijs", "youtube",
     "Stuur me gerust een DM op Insta, jongens, dan help ik je 's avonds nog even.", None, None),
    ("pupil-contact", "twijs", "youtube",
     "Stuur me gerust een DM op Insta, jongens, dan help ik je 's avonds nog even.", "Stuur me", None),
    ("official-channel", "onderwijs-primair", "youtube",
     "In deze vlog neem ik jullie mee in mijn rekenles van dinsdag, de hele klas in beeld.", None, None),
    ("lesson-recording", "onderwijs-primair", "youtube",
     "In deze vlog neem ik jullie mee in mijn rekenles van dinsdag, de hele klas in beeld.", "In deze vlog", None),
    # ------------------------------------------------------------ pupil-contact
    ("pupil-contact", "onderwijs-primair", "instagram",
     "Wat een jaar, lieve groep 8! Volg me gerust op Insta, dan blijven we in contact.", "Volg me gerust", None),
    ("pupil-contact", "lithora", "facebook", "Fijne eerste week! Ouders, stuur me gerust een vriendschapsverzoek.",
     "Ouders, stuur me", None),
    ("pupil-contact", "twijs", "tiktok", "Zit jij bij mij in groep 7? Volg me hier en stuur me een DM.",
     "Volg me hier", None),
    ("pupil-contact", "lithora", "facebook",
     "Grappig! Vandaag kreeg ik een vriendschapsverzoek van een jongen uit mijn vorige groep 8, en ik heb het meteen "
     "geaccepteerd.", "Vandaag kreeg ik", None),
    ("pupil-contact", "onderwijs-primair", "whatsapp",
     "Hey toppers van groep 8! Jullie mogen me altijd appen, ook in het weekend.", "Jullie mogen me", None),
    ("pupil-contact", "lithora", "tiktok", "Hoi groep 7! Je kunt me volgen op TikTok voor meer tips.",
     "Je kunt me volgen", None),
    ("pupil-contact", "twijs", "linkedin", "Beste ouders, voeg me gerust toe op LinkedIn.", None, None),
    ("pupil-contact", "onderwijs-primair", "facebook", "Beste ouders, voeg me gerust toe op Facebook!", None, None),
    ("pupil-contact", "lithora", "facebook",
     "Ik krijg soms vriendschapsverzoeken van leerlingen, maar die accepteer ik nooit.", None, None),
    ("pupil-contact", "lithora", "instagram", "Volg de school op Instagram voor alle foto's!", None, None),
    ("pupil-contact", "kalisto", "parent-group-app", "Goedemiddag ouders! Stuur me gerust een DM op Insta.", None, None),
    # ------------------------------------------------------------ lesson-recording
    ("lesson-recording", "lithora", "instagram", "Kippenvel 🎶 Hier een filmpje van de muziekles van vanochtend!",
     "Hier een filmpje", None),
    ("lesson-recording", "twijs", "facebook",
     "Moet je kijken hoe onze dochter meedeed met de online les van groep 4!\nIk heb het hele halfuur opgenomen.",
     "Ik heb het hele halfuur", None),
    ("lesson-recording", "onderwijs-primair", "youtube",
     "Titel: generale repetitie\n\nHierbij de opname van de generale repetitie van de musical.", "Hierbij de opname",
     None),
    ("lesson-recording", "lithora", "facebook",
     "Met toestemming van alle ouders: de video van de musical van groep 8.", None, None),
    ("lesson-recording", "onderwijs-primair", "tiktok",
     "Hier de video van het klassendansje! Alle ouders hebben via het toestemmingsformulier toestemming gegeven.",
     None, None),
    ("lesson-recording", "onderwijs-primair", "instagram",
     "Maak tijdens de voorstelling geen filmpjes en deel geen opnames van de repetities.", None, None),
    ("lesson-recording", "kalisto", "tiktok",
     "Tekst bij mijn video (ik praat in de camera): mijn laatste week met groep 8 zit erop.", None, None),
    # a closed school channel needs the consent statement too (the labelled corpora, Lithora A.5)
    ("lesson-recording", "lithora", "parro", "Lieve ouders, hier het filmpje van de musical van groep 8.",
     "Lieve ouders", None),
    ("lesson-recording", "lithora", "parro",
     "Lieve ouders, hier het filmpje van de musical van groep 8, alleen met de kinderen van wie we toestemming hebben.",
     None, None),
    ("lesson-recording", "kalisto", "email", "Juf Femke is vorige week opgenomen in het ziekenhuis voor haar knie.",
     None, None),
    ("lesson-recording", "lithora", "x", "Gisteren de nieuwe film gezien in de bioscoop.", None, None),
    # ------------------------------------------------------------ hurtful-language
    ("hurtful-language", "som", "x", "Vandaag inspectie. Die inspecteur was echt een arrogante zak.",
     "Die inspecteur", None),
    ("hurtful-language", "som", "facebook",
     "Hé toppers van groep 8! Morgen de toets.\nLaterzz lieverds, dikke kus van juf xxx", "Laterzz", "familiar"),
    ("hurtful-language", "lithora", "whatsapp",
     "Ik ben het zat. Als ze dat nog één keer flikt, dan zal ze wat meemaken.", "Als ze dat", "threat"),
    ("hurtful-language", "twijs", "x", "Wat een kutbeleid weer vanuit Den Haag.", "Wat een kutbeleid", None),
    ("hurtful-language", "onderwijs-primair", "facebook", "Sommige achterlijke ouders snappen er niets van.",
     "Sommige", None),
    ("hurtful-language", "lithora", "facebook",
     "We hebben eikels en kastanjes verzameld en daarna een zak chips gedeeld.", None, None),
    ("hurtful-language", "lithora", "facebook", "Met Halloween was juf verkleed als heks!", None, None),
    ("hurtful-language", "onderwijs-primair", "facebook",
     "Onze sponsorloop bracht geld op voor onderzoek naar kinderkanker.", None, None),
    ("hurtful-language", "lithora", "x", "In de les bespraken we welke scheldwoorden zoals 'loser' pijn doen.",
     None, None),
    ("hurtful-language", "lithora", "facebook", "Fijn weekend allemaal xxx", None, None),
    # names and threats added after reading missed insults in the training corpora (invented sentences)
    ("hurtful-language", "twijs", "linkedin", "Leuk geprobeerd, wijsneus, kom eerst maar eens een dag voor de klas staan.",
     "Leuk geprobeerd", None),
    ("hurtful-language", "kalisto", "facebook", "Trek je niks aan van die vent, dat is een zure ouwe zak.",
     "Trek je niks", None),
    ("hurtful-language", "lithora", "facebook", "Ze snappen er op dat kantoor geen reet van.", "Ze snappen", None),
    ("hurtful-language", "som", "instagram",
     "Aan degene die dit filmpje doorstuurde: ik weet heus wel waar je woont.", "Aan degene", "threat"),
    ("hurtful-language", "lithora", "facebook", "Op de kinderboerderij zagen we een gans met zes kuikens.", None, None),
    ("hurtful-language", "onderwijs-primair", "facebook",
     "Bij de schoolvoetbalfinale raakte hij in de eerste helft geen bal, daarna scoorde hij twee keer.", None, None),
    # ------------------------------------------------------------ confidential-info
    ("confidential-info", "lithora", "facebook",
     "Zucht.\nOnze collega van groep 4 zit voor de derde keer dit jaar in de ziektewet.", "Onze collega", None),
    ("confidential-info", "kalisto", "facebook",
     "Ssst, dit is nog vertrouwelijk, maar ik kan het niet voor me houden. Onze directeur vertrekt na de zomer.",
     "Onze directeur", None),
    ("confidential-info", "som", "linkedin",
     "Een casus. Uit het leerlingdossier van een jongen uit groep 6 blijkt dat zijn ouders in een vechtscheiding "
     "zitten.", "Uit het leerlingdossier", None),
    ("confidential-info", "twijs", "whatsapp",
     "Meiden, moet je zien! Ik stuur jullie het interne stuk over de reorganisatie, niet verder verspreiden.",
     "Ik stuur jullie", None),
    ("confidential-info", "kalisto", "linkedin",
     "Salarisgesprek gehad. Mijn duocollega zit na vijftien jaar nog in trede 6, dat heeft ze me in vertrouwen verteld.",
     "Mijn duocollega", None),
    ("confidential-info", "twijs", "facebook",
     "Wat een week. Emma uit groep 5 heeft net een ADHD-diagnose gekregen.", "Emma uit groep 5", None),
    ("confidential-info", "onderwijs-primair", "website",
     "Sinds 1 januari is Fleur onze nieuwe intern begeleider. Zij werkt samen met de logopedist.", None, None),
    ("confidential-info", "som", "facebook",
     "Wachtwoorden en pincodes zijn vertrouwelijk: die deel je met niemand.", None, None),
    ("confidential-info", "lithora", "facebook",
     "Bij de storm is een deel van het dak van de gymzaal ingestort. De oorzaak is nog niet bekend.", None, None),
    ("confidential-info", "onderwijs-primair", "facebook", "Neem geen risico's met gevoelige of vertrouwelijke informatie.",
     None, None),
    ("confidential-info", "lithora", "blog", "Na negen jaar zit ik bijna aan het einde van mijn schaal.", None, None),
    ("confidential-info", "lithora", "facebook", "Deel nooit vertrouwelijke informatie online, dat is mijn tip.",
     None, None),
    ("confidential-info", "lithora", "facebook",
     "Meester Ruben is er deze week niet; juf Wilma neemt de groep over.", None, None),
    # ------------------------------------------------------------ logo-use
    ("logo-use", "onderwijs-primair", "linkedin",
     "Vacature! Ik heb de tekst vormgegeven met ons logo en de officiële schoolkleuren.", "Ik heb de tekst", None),
    ("logo-use", "onderwijs-primair", "facebook",
     "We doen mee aan de estafetteloop! We hebben hardloopshirts laten bedrukken met het schoollogo.",
     "We hebben hardloopshirts", None),
    ("logo-use", "onderwijs-primair", "instagram", "Sponsorloop! Ik heb een poster gemaakt in de huisstijl van de school.",
     "Ik heb een poster", None),
    ("logo-use", "onderwijs-primair", "linkedin",
     "Het logo en de huisstijl hebben we gebruikt volgens de richtlijnen, en de directeur heeft de gids goedgekeurd.",
     None, None),
    ("logo-use", "onderwijs-primair", "instagram",
     "Logopedie in de klas werkt echt: de logopedist komt elke dinsdag.", None, None),
    ("logo-use", "onderwijs-primair", "facebook", "Op de shirts stond het logo van de Koningsspelen.", None, None),
    ("logo-use", "lithora", "facebook", "Ik heb ons schoollogo op de flyer gezet.", None, None),
]

#: More wordings per check, each class of phrasing with a positive and a tricky
#: negative (written for these tests; see the class lists in the check modules).
CASES += [
    # opinion-disclaimer: new wordings (positives, then tricky negatives)
    ("opinion-disclaimer", "lithora", "facebook",
     "De nieuwe cao is weer een sigaar uit eigen doos voor leraren.",
     "De nieuwe cao is weer een", None),
    ("opinion-disclaimer", "twijs", "x",
     "Het lerarentekort wordt in Den Haag nog steeds zwaar onderschat.",
     "Het lerarentekort wordt in", None),
    ("opinion-disclaimer", "kalisto", "linkedin",
     "Ik word er zo moe van dat het bestuur elk jaar een nieuw plan bedenkt.",
     "Ik word er zo moe van dat het", None),
    ("opinion-disclaimer", "onderwijs-primair", "facebook",
     "Dit beleid is een klap in het gezicht van iedere leerkracht.",
     "Dit beleid is een klap in het", None),
    ("opinion-disclaimer", "lithora", "instagram",
     "De werkdruk in het onderwijs is gewoon niet normaal meer.",
     "De werkdruk in het onderwijs", None),
    ("opinion-disclaimer", "twijs", "facebook",
     "Passend onderwijs? Een wassen neus.",
     "Een wassen neus.", None),
    ("opinion-disclaimer", "som", "linkedin",
     "Ik schaam me soms voor hoe onze stichting met invallers omgaat.",
     "Ik schaam me soms voor hoe", "capacity"),
    ("opinion-disclaimer", "lithora", "x",
     "Ons schoolbestuur doet helemaal niks aan de werkdruk.",
     "Ons schoolbestuur doet", None),
    ("opinion-disclaimer", "kalisto", "facebook",
     "Die hele fusie is achteraf gezien één grote vergissing geweest.",
     "Die hele fusie is achteraf", None),
    ("opinion-disclaimer", "twijs", "linkedin",
     "De salarissen in het basisonderwijs zijn ronduit beschamend.",
     "De salarissen in het", None),
    ("opinion-disclaimer", "onderwijs-primair", "x",
     "Leuk hoor, al die nieuwe regels van het ministerie.",
     "Leuk hoor, al die nieuwe", None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Ik ben er echt klaar mee dat de inspectie alleen naar cijfers kijkt.",
     "Ik ben er echt klaar mee dat", None),
    ("opinion-disclaimer", "kalisto", "x",
     "Wat een gebrek aan visie bij het bestuur, niemand weet waar we heen gaan.",
     "Wat een gebrek aan visie bij", None),
    ("opinion-disclaimer", "lithora", "linkedin",
     "Schoolbesturen potten miljoenen op terwijl de klassen steeds voller worden.",
     "Schoolbesturen potten", None),
    ("opinion-disclaimer", "twijs", "facebook",
     "Het is toch bizar dat de minister nu weer gaat bezuinigen op onderwijs.",
     "Het is toch bizar dat de", None),
    ("opinion-disclaimer", "onderwijs-primair", "linkedin",
     "Jammer dat de directie zo weinig ruimte geeft aan nieuwe ideeën.",
     "Jammer dat de directie zo", None),
    ("opinion-disclaimer", "lithora", "x",
     "De toetscultuur op onze school is doorgeslagen, kinderen zijn geen getallen.",
     "De toetscultuur op onze", None),
    ("opinion-disclaimer", "som", "x",
     "Het ministerie luistert gewoon niet naar de mensen in de klas.",
     "Het ministerie luistert", "capacity"),
    ("opinion-disclaimer", "kalisto", "facebook",
     "Een slimme zet van het bestuur om de kleine scholen open te houden.",
     "Een slimme zet van het", None),
    ("opinion-disclaimer", "twijs", "x",
     "Dat nieuwe beleidsplan klinkt mooi, maar in de klas merk je er niets van.",
     "Dat nieuwe beleidsplan klinkt", None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Wie heeft dit bedacht? Het bestuur zit gewoon te slapen.",
     "Het bestuur zit gewoon te", None),
    ("opinion-disclaimer", "lithora", "facebook",
     "De inspectie komt weer met een nieuw toezichtkader, alsof we nog niet genoeg te doen hebben.",
     "De inspectie komt weer met", None),
    ("opinion-disclaimer", "twijs", "x",
     "Het bestuur heeft besloten de vakleerkracht gym weg te bezuinigen. Diep triest.",
     "Het bestuur heeft besloten", None),
    ("opinion-disclaimer", "kalisto", "facebook",
     "Elk jaar weer dezelfde praatjes van het bestuur over minder werkdruk.",
     "Elk jaar weer dezelfde", None),
    ("opinion-disclaimer", "onderwijs-primair", "x",
     "De werkdruk op onze school is torenhoog.",
     "De werkdruk op onze school is", None),
    ("opinion-disclaimer", "lithora", "linkedin",
     "De werkdruk in het basisonderwijs is gewoon te hoog.",
     "De werkdruk in het", None),
    ("opinion-disclaimer", "som", "x",
     "Hoe is het in godsnaam mogelijk dat de gemeente nog steeds geen geld heeft voor een nieuw schoolgebouw?",
     "Hoe is het in godsnaam", "capacity"),
    ("opinion-disclaimer", "lithora", "facebook",
     "Laten we eerlijk zijn: de werkdrukmiddelen zijn gewoon een verkapte bezuiniging.",
     "Laten we eerlijk zijn: de", None),
    ("opinion-disclaimer", "twijs", "linkedin",
     "Die reorganisatie is onder het mom van kwaliteit gewoon een bezuiniging.",
     "Die reorganisatie is onder", None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Reactie in de groep 'Wij zijn Zuidwijk' onder een bericht over het nieuwe schoolplein van De "
     "Klimop:\n\nMensen, het is echt niet zo dat het geld van de ouderbijdrage naar het plein gaat, dat wordt "
     "helemaal door de gemeente betaald. Eerlijk gezegd vind ik het wel schandalig dat het bestuur dit niet "
     "zelf even duidelijk heeft uitgelegd.",
     "Eerlijk gezegd vind ik het", None),
    ("opinion-disclaimer", "onderwijs-primair", "x",
     "Weer een nieuwe methode die we van bovenaf moeten invoeren, zonder dat iemand ons iets heeft gevraagd. De "
     "vorige hebben we drie jaar gebruikt. Drie! 🙄 #onderwijs #leerkracht",
     "Weer een nieuwe methode die", None),
    ("opinion-disclaimer", "som", "x",
     "Het nieuwe curriculum is vooral bedacht door mensen die nog nooit een klas van dertig kinderen hebben "
     "gezien. Succes ermee, Den Haag. #curriculum",
     "Het nieuwe curriculum is", "capacity"),
    ("opinion-disclaimer", "onderwijs-primair", "linkedin",
     "Twintig jaar sta ik nu voor de klas en ik heb veel zien komen en gaan. Maar wat er nu met de "
     "ondersteuning in het basisonderwijs gebeurt, vind ik onbestaanbaar: er is gewoon geen geld meer voor een "
     "onderwijsassistent.\n\nHoe gaan jullie hiermee om? #onderwijs #passendonderwijs",
     "Maar wat er nu met de", None),
    ("opinion-disclaimer", "lithora", "x",
     "Dat de stichting nu weer een dure adviseur inhuurt terwijl wij zelf ons kopieerpapier moeten kopen, is "
     "echt te zot voor woorden. #onderwijs",
     "Dat de stichting nu weer een", None),
    ("opinion-disclaimer", "twijs", "linkedin",
     "Afgelopen week de resultaten van de eindexamens binnengekregen. Mooi om te zien hoe hard mijn leerlingen "
     "gewerkt hebben.\n\nWel zet ik vraagtekens bij de manier waarop onze stichting de examentraining heeft "
     "uitbesteed aan een commercieel bureau; dat geld had beter in extra lessen gestoken kunnen "
     "worden.\n\n#examens #onderwijs",
     "Wel zet ik vraagtekens bij de", None),
    ("opinion-disclaimer", "kalisto", "x",
     "1/ Draadje over de nieuwe cao. Ik heb hem helemaal doorgelezen.\n\n2/ De loonsverhoging lijkt mooi, maar "
     "na de inflatie van de afgelopen jaren houden we er netto gewoon op achteruit.\n\n3/ En over werkdruk "
     "staat er welgeteld één alinea in. Eén.",
     "De loonsverhoging lijkt mooi,", None),
    ("opinion-disclaimer", "twijs", "x",
     "Die nieuwe regels voor het schoolexamen zijn echt niet doordacht, leerlingen worden er de dupe van en wij "
     "moeten het weer oplossen. #onderwijs",
     "Die nieuwe regels voor het", None),
    ("opinion-disclaimer", "kalisto", "x",
     "Het Kalisto-bestuur praat steeds over 'talentontwikkeling', maar ondertussen zitten mijn kleuters in een "
     "noodlokaal zonder verwarming. Zeg het maar.",
     "Het Kalisto-bestuur praat", None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Ik heb er echt een slecht gevoel over dat het bestuur de twee kleinste scholen wil samenvoegen. Die "
     "kinderen hebben daar juist zo'n fijne plek.",
     "Ik heb er echt een slecht", None),
    ("opinion-disclaimer", "onderwijs-primair", "x",
     "Onze school doet het supergoed volgens de inspectie, maar eerlijk gezegd is dat rapport een lachertje: ze "
     "waren hier twee uurtjes.",
     "Onze school doet het", None),
    ("opinion-disclaimer", "kalisto", "linkedin",
     "Het Kalisto-bestuur heeft besloten de laptopregeling voor leerkrachten te schrappen, en dat terwijl we "
     "alles digitaal moeten doen. Ik ben benieuwd hoe andere besturen dit regelen.",
     "Het Kalisto-bestuur heeft", None),
    ("opinion-disclaimer", "onderwijs-primair", "x",
     "Tja. Weer een zomer waarin de stichting pas in augustus weet hoeveel leerkrachten er zijn, dit gaat elk "
     "jaar mis. #lerarentekort",
     "Weer een zomer waarin de", None),
    ("opinion-disclaimer", "onderwijs-primair", "facebook",
     "Dat onze directeur de studiedag heeft gevuld met een lezing over mindfulness terwijl de rapporten nog af "
     "moeten, slaat werkelijk alles.",
     "Dat onze directeur de", None),
    ("opinion-disclaimer", "lithora", "linkedin",
     "Na 25 jaar in het onderwijs durf ik het wel te zeggen: de manier waarop Lithora met oudere leerkrachten "
     "omgaat is gewoon respectloos, we worden behandeld als een kostenpost.\n\nWie herkent dit?",
     "Na 25 jaar in het onderwijs", None),
    ("opinion-disclaimer", "kalisto", "x",
     "Het is toch van de zotte dat wij als leerkrachten zelf moeten betalen voor de scholing die de stichting "
     "verplicht stelt.",
     "Het is toch van de zotte dat", None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Zo, even mijn frustratie kwijt. Het bestuur van Lithora laat ons al maanden in het ongewisse over de "
     "nieuwe functiemix en niemand durft een antwoord te geven. Dat kan toch niet de bedoeling zijn?",
     "Het bestuur van Lithora laat", None),
    ("opinion-disclaimer", "som", "x",
     "Passend onderwijs in de huidige vorm is een illusie, dat weet iedereen die in het onderwijs werkt. "
     "#onderwijs",
     "Passend onderwijs in de", "capacity"),
    ("opinion-disclaimer", "twijs", "facebook",
     "Ik begrijp echt niet waarom TWijs elk jaar weer geld uitgeeft aan dure nieuwe laptops terwijl de lokalen "
     "nog steeds tochtig zijn.",
     "Ik begrijp echt niet waarom", None),
    ("opinion-disclaimer", "twijs", "linkedin",
     "De nieuwe examenregeling is een bureaucratisch monster waar niemand om gevraagd heeft. Wie denkt er mee "
     "over een alternatief?",
     "De nieuwe examenregeling is", None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Volgende week komt de inspectie op bezoek, spannend!",
     None, None),
    ("opinion-disclaimer", "twijs", "facebook",
     "Wat jammer dat het regent, de kinderen wilden zo graag naar buiten.",
     None, None),
    ("opinion-disclaimer", "kalisto", "instagram",
     "Ik baal ervan dat mijn fiets weer lek is.",
     None, None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Persoonlijke noot vooraf: dit is mijn eigen mening. Het bestuur doet niks aan de werkdruk.",
     None, None),
    ("opinion-disclaimer", "onderwijs-primair", "facebook",
     "Wat is jullie mening over passend onderwijs?",
     None, None),
    ("opinion-disclaimer", "lithora", "parro",
     "Beste ouders, het is jammer dat de schoolreis niet doorgaat, het bestuur vond het te duur.",
     None, None),
    ("opinion-disclaimer", "lithora", "facebook",
     "In de klas lazen we een verhaal over een koning die zijn land verwaarloosde.",
     None, None),
    ("opinion-disclaimer", "twijs", "x",
     "Trots op onze leerlingen die de rekentoets zo goed hebben gemaakt!",
     None, None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Het bestuur heeft besloten dat de school na de zomer een nieuwe naam krijgt. Spannend!",
     None, None),
    ("opinion-disclaimer", "lithora", "facebook",
     "De nieuwe directeur begint volgende week, ik ben benieuwd!",
     None, None),
    ("opinion-disclaimer", "twijs", "x",
     "In de klas bespraken we waarom de overheid belasting heft.",
     None, None),
    ("opinion-disclaimer", "kalisto", "facebook",
     "Wat een verstandige keuze van mijn dochter om op zwemles te gaan.",
     None, None),
    ("opinion-disclaimer", "onderwijs-primair", "linkedin",
     "Ik ben trots op mijn school en op mijn collega's. Wat een team! Elke dag zetten we ons in voor de "
     "kinderen en dat zie je terug. #onderwijs #trots",
     None, None),
    ("opinion-disclaimer", "som", "linkedin",
     "Vandaag een training gevolgd over het lesgeven aan hoogbegaafde kinderen. Leerzaam en inspirerend! Ik "
     "neem veel ideeën mee naar mijn klas. Dank aan de trainer voor een mooie dag.",
     None, None),
    ("opinion-disclaimer", "twijs", "linkedin",
     "Ik werk al vijftien jaar als docent wiskunde op het Twents Lyceum Noord en ik wil iets kwijt. Wat ik hier "
     "schrijf, schrijf ik op persoonlijke titel.\n\nDe plannen voor de nieuwe toetsweken zijn wat mij betreft "
     "niet goed doordacht. Leerlingen krijgen te veel toetsen in te weinig tijd.\n\nWie denkt mee over een "
     "alternatief?",
     None, None),
    ("opinion-disclaimer", "twijs", "x",
     "Net terug van een congres over formatief evalueren. Veel inspiratie opgedaan en leuke collega's van "
     "andere scholen ontmoet. Morgen ga ik het meteen uitproberen in de klas!",
     None, None),
    ("opinion-disclaimer", "lithora", "x",
     "De inspectie was vandaag bij ons op school en ik kreeg een compliment voor mijn rekenles. Goed voor het "
     "zelfvertrouwen! 💪",
     None, None),
    ("opinion-disclaimer", "onderwijs-primair", "linkedin",
     "Vandaag een inspirerende workshop gevolgd over executieve functies. Ik heb veel praktische tips gekregen "
     "die ik morgen meteen in mijn groep ga toepassen. Dankjewel voor de mooie dag!",
     None, None),
    ("opinion-disclaimer", "som", "x",
     "Mijn vader is vandaag 80 geworden! 🎂 We hebben het gevierd met de hele familie in een restaurant aan zee. "
     "Wat een feest.",
     None, None),
    # role-disclosure: new wordings (positives, then tricky negatives)
    ("role-disclosure", "lithora", "facebook",
     "Reactie onder het bericht 'Lithora-school krijgt onvoldoende':\nDe inspectie was juist heel positief over "
     "het leesonderwijs daar.",
     "De inspectie was juist heel", None),
    ("role-disclosure", "default", "facebook",
     "Reactie in de dorpsgroep over De Klaproos:\nDat is helemaal niet zo, de juf van groep 3 blijft gewoon tot "
     "de zomer.",
     "Dat is helemaal niet zo, de", None),
    ("role-disclosure", "kalisto", "whatsapp",
     "(Buurtapp, vraag over de nieuwe school)\nJullie hebben het mis, de nieuwe directeur begint pas in "
     "januari.",
     "Jullie hebben het mis, de", None),
    ("role-disclosure", "twijs", "facebook",
     "Reactie op het artikel over het Twentse college:\nEr is niks aan de hand, de leerlingen krijgen gewoon "
     "les in het oude gebouw.",
     "Er is niks aan de hand, de", None),
    ("role-disclosure", "lithora", "x",
     "@Stadsblad Kletspraat, er verandert helemaal niets voor de kinderen van De Klimop.",
     "Stadsblad Kletspraat, er", None),
    ("role-disclosure", "default", "facebook",
     "Reactie onder de vraag of de school dichtgaat:\nLaat ik het even uitleggen: de twee groepen worden "
     "samengevoegd omdat er te weinig kleuters zijn.",
     "Laat ik het even uitleggen:", None),
    ("role-disclosure", "kalisto", "facebook",
     "Reactie in de wijkgroep:\nIk kan jullie geruststellen, de school blijft gewoon open.",
     "Ik kan jullie geruststellen,", None),
    ("role-disclosure", "lithora", "facebook",
     "Naar aanleiding van al die reacties over de school: de kinderen zijn daar echt niet onveilig, het hek is "
     "allang gerepareerd.",
     "Naar aanleiding van al die", None),
    ("role-disclosure", "kalisto", "facebook",
     "Wat hier allemaal beweerd wordt over basisschool De Vlonder klopt gewoon niet.",
     "Wat hier allemaal beweerd", None),
    ("role-disclosure", "lithora", "facebook",
     "Reactie in de groep 'Wij zijn Zuidwijk' onder een bericht over het nieuwe schoolplein van De "
     "Klimop:\n\nMensen, het is echt niet zo dat het geld van de ouderbijdrage naar het plein gaat, dat wordt "
     "helemaal door de gemeente betaald. Eerlijk gezegd vind ik het wel schandalig dat het bestuur dit niet "
     "zelf even duidelijk heeft uitgelegd.",
     "Mensen, het is echt niet zo", None),
    ("role-disclosure", "default", "facebook",
     "Reactie onder het artikel 'Obs De Horizon kampt met tekort aan leraren':\n\nAls je het mij vraagt valt "
     "het allemaal wel mee, er staat iedere dag gewoon een bevoegde leerkracht voor elke groep. Het artikel "
     "maakt het veel erger dan het is.",
     "Als je het mij vraagt valt", None),
    ("role-disclosure", "kalisto", "facebook",
     "Reactie in de Facebookgroep 'Ouders van Kalisto-scholen' op een vraag over de lange wachtlijst voor de "
     "plusklas:\n\nDie wachtlijst is er omdat er simpelweg niet genoeg plusklasleerkrachten zijn, daar wordt "
     "hard aan gewerkt en na de kerst starten er twee nieuwe groepen.",
     "Die wachtlijst is er omdat er", None),
    ("role-disclosure", "default", "facebook",
     "Reactie onder een bericht van het Dagblad over de vechtpartij op het plein van OBS De Kwikstaart:\n\nWat "
     "een onzin allemaal, het ging om twee kinderen die ruzie hadden over een bal en dat is dezelfde middag nog "
     "uitgepraat met beide ouders.",
     "Wat een onzin allemaal, het", None),
    ("role-disclosure", "lithora", "facebook",
     "Reactie op een post van de Oranjeschool over het nieuwe rooster:\n\nVoor wie het nog niet weet: het "
     "continurooster komt er omdat de meeste ouders daar in de enquête voor hebben gekozen, dus het is zeker "
     "geen besluit van de directie alleen.",
     "Voor wie het nog niet weet:", None),
    ("role-disclosure", "kalisto", "facebook",
     "Reactie op het bericht van de buurtvereniging over de verkeerssituatie bij De Vlonder:\n\nHet klopt dat "
     "er al jaren over gepraat wordt, maar de gemeente heeft vorige maand eindelijk toegezegd dat er een "
     "zebrapad komt, dat heeft de school zelf aangevraagd.",
     "Het klopt dat er al jaren", None),
    ("role-disclosure", "lithora", "facebook",
     "Iemand vroeg hier gisteren waarom De Klimop ineens geen overblijfmoeders meer heeft. Dat komt doordat de "
     "stichting het overblijven vanaf dit jaar centraal heeft geregeld met een professioneel bureau.",
     "Dat komt doordat de stichting", None),
    ("role-disclosure", "twijs", "x",
     "Voor iedereen die zich afvraagt wat er aan de hand is op het Stedelijk College: er is helemaal geen "
     "sprake van een lerarenstaking, de lessen gaan gewoon door.",
     "Voor iedereen die zich", None),
    ("role-disclosure", "kalisto", "whatsapp",
     "(In de buurtapp vroeg een buurman of de school gaat verhuizen)\n\nNee hoor, de school blijft gewoon op "
     "deze plek, alleen de kleuters gaan na de zomer tijdelijk naar het gebouw aan de overkant.",
     "Nee hoor, de school blijft", None),
    ("role-disclosure", "kalisto", "facebook",
     "Reactie onder een post van de lokale krant over de nieuwe school in de wijk:\n\nDe bouw loopt inderdaad "
     "vertraging op, maar de verhuizing staat nog steeds gepland voor de meivakantie, dat is gisteren in het "
     "team besproken.",
     "De bouw loopt inderdaad", None),
    ("role-disclosure", "lithora", "facebook",
     "Even reageren op alle vragen over de nieuwe gymleraar. Hij is al begonnen en geeft nu op maandag en "
     "donderdag les aan alle groepen, dus de kinderen missen niets.",
     "Hij is al begonnen en geeft", None),
    ("role-disclosure", "lithora", "facebook",
     "Reactie onder het bericht van de gemeente over de nieuwe gymzaal:\n\nJammer dat er niet bij staat dat de "
     "kinderen van De Klimop al twee jaar met de bus naar een andere sporthal moeten, dat kost ons elke week "
     "twee uur lestijd.",
     "Jammer dat er niet bij staat", None),
    ("role-disclosure", "twijs", "x",
     "Reactie op een tweet van RTV Twente over het 'chaotische rooster' op onze locatie:\n\nHet rooster is "
     "juist al weken stabiel, alleen in de eerste week waren er wat aanpassingen door zieke collega's.",
     "Het rooster is juist al weken", None),
    ("role-disclosure", "kalisto", "facebook",
     "Reactie in de groep 'Ouders Zuid' op de vraag of er echt een juf weggaat bij De Vlonder:\n\nJa, juf Ellen "
     "stopt na dit schooljaar, maar er is al een opvolger gevonden die de groep in september overneemt.",
     "Ja, juf Ellen stopt na dit", None),
    ("role-disclosure", "lithora", "facebook",
     "Reactie onder het bericht over de fusie:\nAls moeder van twee kinderen op De Klimop kan ik zeggen dat dit "
     "klopt niet.",
     None, None),
    ("role-disclosure", "twijs", "facebook",
     "Reactie op de vraag over de sluiting: ik ben docent Nederlands op het Twents Lyceum Noord en dat verhaal "
     "klopt niet.",
     None, None),
    ("role-disclosure", "lithora", "facebook",
     "Klopt niet wat je zegt over mijn verjaardag, het feest is pas zaterdag!",
     None, None),
    ("role-disclosure", "lithora", "facebook",
     "Reactie op de foto van de kermis: dat klopt niet, die draaimolen stond er vorig jaar ook al.",
     None, None),
    ("role-disclosure", "lithora", "facebook",
     "Reactie onder de foto van het schoolreisje: wat een leuke dag was het!",
     None, None),
    ("role-disclosure", "twijs", "linkedin",
     "Ik werk al vijftien jaar als docent wiskunde op het Twents Lyceum Noord en ik wil iets kwijt. Wat ik hier "
     "schrijf, schrijf ik op persoonlijke titel.\n\nDe plannen voor de nieuwe toetsweken zijn wat mij betreft "
     "niet goed doordacht. Leerlingen krijgen te veel toetsen in te weinig tijd.\n\nWie denkt mee over een "
     "alternatief?",
     None, None),
    ("role-disclosure", "twijs", "linkedin",
     "Vandaag mijn eerste les gegeven als zij-instromer op het Twents Lyceum Noord. Spannend! De leerlingen "
     "waren nieuwsgierig en ik heb veel geleerd. Op naar morgen.",
     None, None),
    ("role-disclosure", "lithora", "facebook",
     "Wat was het gezellig op het zomerfeest gisteren! Dank aan alle ouders die hebben geholpen met de "
     "kraampjes en het springkussen. Tot volgend jaar!",
     None, None),
    # speaking-for-school: new wordings (positives, then tricky negatives)
    ("speaking-for-school", "lithora", "facebook",
     "Vanuit de school kan ik jullie laten weten dat de musical gewoon doorgaat.",
     "Vanuit de school kan ik", None),
    ("speaking-for-school", "onderwijs-primair", "instagram",
     "Onze school staat volledig achter de staking van volgende week.",
     "Onze school staat volledig", None),
    ("speaking-for-school", "twijs", "facebook",
     "Wij, het team van De Klimop, nemen afstand van de berichten in de krant.",
     "Wij, het team van De Klimop,", None),
    ("speaking-for-school", "kalisto", "x",
     "De directie laat hierbij weten dat de school na de storm gewoon open is.",
     "De directie laat hierbij", None),
    ("speaking-for-school", "lithora", "facebook",
     "Namens mijn collega's wil ik alle ouders bedanken voor de steun bij de staking.",
     "Namens mijn collega's wil ik", None),
    ("speaking-for-school", "twijs", "instagram",
     "We hebben als school besloten om mee te doen aan de actiedag.",
     "We hebben als school besloten", None),
    ("speaking-for-school", "onderwijs-primair", "facebook",
     "Als school vinden wij het belangrijk dat ieder kind mee kan op kamp.",
     "Als school vinden wij het", None),
    ("speaking-for-school", "lithora", "facebook",
     "De school wil alle ouders bedanken voor hun begrip tijdens de verbouwing.",
     "De school wil alle ouders", None),
    ("speaking-for-school", "kalisto", "instagram",
     "Onze directie wil hierbij laten weten dat de juf van groep 4 volgende week terug is.",
     "Onze directie wil hierbij", None),
    ("speaking-for-school", "twijs", "facebook",
     "Graag laat ik jullie namens de schoolleiding weten dat de diploma-uitreiking dit jaar in de sporthal is. "
     "Meer info volgt!\n\nLet op: de kaartjes voor opa's en oma's moeten vóór vrijdag opgehaald worden bij de "
     "administratie.",
     "Graag laat ik jullie namens", None),
    ("speaking-for-school", "twijs", "facebook",
     "Wij van het Twents Lyceum Noord willen iedereen laten weten dat de open dag gewoon doorgaat, ook al is de "
     "parkeerplaats afgesloten. Tot zaterdag!",
     "Wij van het Twents Lyceum", None),
    ("speaking-for-school", "kalisto", "facebook",
     "Hallo allemaal! Met de hele school hebben we besloten dat we dit jaar geen cadeautjes meer willen voor de "
     "juffen en meesters, maar een bijdrage aan de Voedselbank. Wat vinden jullie daarvan?",
     "Met de hele school hebben we", None),
    ("speaking-for-school", "twijs", "linkedin",
     "Mooi nieuws: bij deze kan ik namens onze sectie en de schoolleiding bekendmaken dat we volgend jaar "
     "starten met tweetalig onderwijs. Ik ben er enorm trots op!",
     "Mooi nieuws: bij deze kan ik", None),
    ("speaking-for-school", "kalisto", "facebook",
     "Onze school heeft besloten om na de herfstvakantie te stoppen met de tussenschoolse opvang en daar staan "
     "wij als team helemaal achter.",
     "Onze school heeft besloten om", None),
    ("speaking-for-school", "onderwijs-primair", "linkedin",
     "Als directie en team van De Kwikstaart zijn wij ontzettend trots op de uitslag van de inspectie. Dank aan "
     "iedereen die hieraan heeft bijgedragen!",
     "Als directie en team van De", None),
    ("speaking-for-school", "onderwijs-primair", "facebook",
     "Ik sta hier namens ons team: wij zijn het niet eens met de plannen van de gemeente om het speelveld naast "
     "de school te bebouwen.",
     "Ik sta hier namens ons team:", None),
    ("speaking-for-school", "onderwijs-primair", "facebook",
     "Het team van De Kwikstaart steunt de staking van volgende week volledig en wij vragen alle ouders om "
     "begrip.",
     "Het team van De Kwikstaart", None),
    ("speaking-for-school", "twijs", "linkedin",
     "Vanuit het Twents Lyceum Noord willen we alle ouders bedanken voor hun inzet tijdens de open dag. Het was "
     "een groot succes!",
     "Vanuit het Twents Lyceum", None),
    ("speaking-for-school", "onderwijs-primair", "facebook",
     "Bij deze wil ik namens het hele team van De Kwikstaart alle ouders bedanken voor de prachtige bloemen.",
     "Bij deze wil ik namens het", None),
    ("speaking-for-school", "lithora", "facebook",
     "Onze school heeft vorige maand excuses aangeboden aan de ouders, dat vond ik netjes.",
     None, None),
    ("speaking-for-school", "onderwijs-primair", "facebook",
     "De school liet gisteren via Social Schools weten dat de gymzaal dicht is.",
     None, None),
    ("speaking-for-school", "lithora", "facebook",
     "Wij als klas hebben vandaag pannenkoeken gebakken!",
     None, None),
    ("speaking-for-school", "lithora", "facebook",
     "De school wilde vorig jaar al een nieuw plein, maar dat is er nooit gekomen.",
     None, None),
    # official-channel: new wordings (positives, then tricky negatives)
    ("official-channel", "lithora", "facebook",
     "Denken jullie morgen aan de gymtas van jullie kind?",
     "Denken jullie morgen aan de", None),
    ("official-channel", "onderwijs-primair", "instagram",
     "De kinderen moeten maandag om 8.00 uur op school zijn voor de bus.",
     "De kinderen moeten maandag om", None),
    ("official-channel", "twijs", "whatsapp",
     "Het rapport gaat vrijdag mee naar huis.",
     "Het rapport gaat vrijdag mee", None),
    ("official-channel", "kalisto", "facebook",
     "Vergeet niet morgen het bibliotheekboek mee te nemen, ouders!",
     "Vergeet niet morgen het", None),
    ("official-channel", "onderwijs-primair", "facebook",
     "De luizenpluis is woensdag na de vakantie, graag geen vlechtjes.",
     "De luizenpluis is woensdag na", None),
    ("official-channel", "twijs", "facebook",
     "Woensdag om 14.00 uur is de voorstelling in de aula, ouders zijn welkom.",
     "Woensdag om 14.00 uur is de", None),
    ("official-channel", "lithora", "whatsapp",
     "Let op: de zwemles van donderdag is afgelast omdat het bad dicht is.",
     "Let op: de zwemles van", None),
    ("official-channel", "kalisto", "instagram",
     "De kijkavond van groep 5 schuift een week op naar dinsdag 12 maart.",
     "De kijkavond van groep 5", None),
    ("official-channel", "onderwijs-primair", "x",
     "Groep 6 en 7 zijn morgenmiddag vrij vanwege een teamscholing.",
     "Groep 6 en 7 zijn", None),
    ("official-channel", "lithora", "facebook",
     "Vrijdag vervalt het laatste uur, de kinderen zijn om 14.00 uur uit.",
     "Vrijdag vervalt het laatste", None),
    ("official-channel", "twijs", "instagram",
     "Uw kind mag maandag verkleed naar school komen voor het carnaval.",
     "Uw kind mag maandag verkleed", None),
    ("official-channel", "lithora", "facebook",
     "Let op: de fietsen moeten morgen thuisblijven, we gaan lopend naar de bibliotheek.",
     "Let op: de fietsen moeten", None),
    ("official-channel", "onderwijs-primair", "instagram",
     "Inleveren van het toestemmingsformulier kan nog tot vrijdag 14 maart.",
     "Inleveren van het", None),
    ("official-channel", "twijs", "facebook",
     "Mag ik jullie vragen om morgen een lege wc-rol mee te geven?",
     "Mag ik jullie vragen om", None),
    ("official-channel", "kalisto", "instagram",
     "Volgende week start de avondvierdaagse, opgeven kan bij juf Mirjam op school.",
     "Volgende week start de", None),
    ("official-channel", "lithora", "whatsapp",
     "Morgen komt Sinterklaas op school, de kinderen mogen hun schoen zetten.",
     "Morgen komt Sinterklaas op", None),
    ("official-channel", "lithora", "facebook",
     "Vragen over het rapport? Bel me morgen gerust even op mijn 06.",
     "Bel me morgen gerust even op", "steer"),
    # on Instagram the invitation goes to pupils (and parents): one finding, pupil-contact
    ("official-channel", "lithora", "instagram",
     "Vragen over het rapport? Bel me morgen gerust even op mijn 06.", None, None),
    ("pupil-contact", "lithora", "instagram",
     "Vragen over het rapport? Bel me morgen gerust even op mijn 06.", "Bel me morgen gerust even op", None),
    ("official-channel", "kalisto", "facebook",
     "Vrijdagmiddag zijn de kinderen vrij vanwege de kerstviering.",
     "Vrijdagmiddag zijn de", None),
    ("official-channel", "twijs", "x",
     "Morgen het laatste uur geen les, de leerlingen mogen om 14.30 uur naar huis.",
     "Morgen het laatste uur geen", None),
    ("official-channel", "twijs", "instagram",
     "Nog één nachtje slapen en dan gaan we op werkweek naar de Ardennen! 🏕️🚌\n\nOuders van 2C: de bus vertrekt "
     "maandag om 7.45 uur bij de hoofdingang, zorg dat jullie kind er om 7.30 uur is met een ingevulde "
     "medicijnlijst.\n\nEn 2C: wie foto's wil zien, volg mijn account, ik zet er elke avond een paar "
     "op!\n\n#werkweek #ardennen #mentor",
     "Ouders van 2C: de bus", None),
    ("official-channel", "twijs", "facebook",
     "Graag laat ik jullie namens de schoolleiding weten dat de diploma-uitreiking dit jaar in de sporthal is. "
     "Meer info volgt!\n\nLet op: de kaartjes voor opa's en oma's moeten vóór vrijdag opgehaald worden bij de "
     "administratie.",
     "Let op: de kaartjes voor", None),
    ("official-channel", "lithora", "facebook",
     "Lieve ouders van groep 4, fijn dat jullie deze pagina volgen! 💛\n\nDonderdag is het Sint-Maartenfeest, de "
     "kinderen mogen om 17.30 uur met hun lampion naar het schoolplein komen.\n\nIk heb er zin in!",
     "Donderdag is het", None),
    ("official-channel", "lithora", "whatsapp",
     "Hallo ouders van groep 3!\n\nVanaf volgende week gaan we op woensdag naar de bieb, graag de "
     "bibliotheekpas in de tas stoppen.\n\nEn sommige ouders vinden het kennelijk normaal om hun kind om kwart "
     "voor negen af te leveren; die mogen wat mij betreft voortaan buiten blijven wachten, ik ben er klaar mee.",
     "Vanaf volgende week gaan we", None),
    ("official-channel", "lithora", "instagram",
     "Op de valreep nog even een herinnering 📣 Morgen is de laatste dag om je kind op te geven voor de "
     "voorleeswedstrijd!\n\nKinderen van groep 6 en 7 die nog vragen hebben: stuur me maar een appje, mijn "
     "nummer staat in jullie agenda.",
     "Morgen is de laatste dag om", None),
    ("official-channel", "onderwijs-primair", "whatsapp",
     "Hoi ouders van groep 7,\n\nMorgen beginnen de lessen pas om 10.00 uur in verband met een teamoverleg, de "
     "opvang vanaf 8.30 uur is wel geregeld.\n\nGroetjes, juf Sanne",
     "Morgen beginnen de lessen pas", None),
    ("official-channel", "twijs", "instagram",
     "Reminder voor 3B: de deadline voor het profielwerkstuk is verschoven naar vrijdag 17.00 uur, inleveren "
     "via Magister. Succes allemaal! 📚",
     "Reminder voor 3B: de deadline", None),
    ("official-channel", "lithora", "instagram",
     "ff een update voor de ouders van groep 6 📢 donderdag geen gym ivm de verbouwing van de gymzaal, de kids "
     "hoeven dus geen gymtas mee te nemen 👍",
     "ff een update voor de ouders", None),
    ("official-channel", "kalisto", "facebook",
     "Hallo ouders van groep 4! Volgende week woensdag gaan we naar de kinderboerderij, wie kan er rijden? "
     "Graag even reageren onder dit bericht.",
     "Volgende week woensdag gaan", None),
    ("official-channel", "lithora", "whatsapp",
     "Beste ouders van groep 8,\n\nHet eindfeest is dit jaar op woensdag 9 juli om 18.00 uur in de gymzaal, de "
     "kinderen mogen hun mooiste kleren aan.\n\nTot dan!",
     "Het eindfeest is dit jaar op", None),
    ("official-channel", "kalisto", "instagram",
     "Lieve ouders, na de kerstvakantie starten we met een nieuw leesproject: graag elke dag 15 minuten thuis "
     "voorlezen en het leesboekje op vrijdag weer mee naar school! 📚",
     "Lieve ouders, na de", None),
    ("official-channel", "kalisto", "whatsapp",
     "Hoi kanjers van groep 7! Welkom in onze eigen WhatsApp-groep, hier zet ik voortaan het huiswerk en de "
     "leuke filmpjes van de klas neer.",
     "Welkom in onze eigen", "whatsapp"),
    ("official-channel", "twijs", "facebook",
     "Klas 1A: morgen het eerste uur vrij, we beginnen om 9.30 uur met Nederlands in lokaal 12. Vergeet jullie "
     "leesboek niet!",
     "Klas 1A: morgen het eerste", None),
    ("official-channel", "lithora", "instagram",
     "Huiswerk voor het weekend: de woordjes van unit 4 leren, maandag overhoor ik ze! 📖",
     "Huiswerk voor het weekend: de", None),
    ("official-channel", "kalisto", "instagram",
     "Hallo ouders van groep 2! 🍂 Komende vrijdag is de herfstwandeling, willen jullie je kind laarzen en een "
     "regenjas aandoen?",
     "Komende vrijdag is de", None),
    ("official-channel", "lithora", "whatsapp",
     "Hoi ouders,\n\nDonderdag hebben we weer zwemmen, wilt u de zwemspullen en een handdoek "
     "meegeven?\n\nGroetjes, meester Tim",
     "Donderdag hebben we weer", None),
    ("official-channel", "lithora", "instagram",
     "Herinnering voor de ouders van groep 7 🚲 Maandag is het praktisch verkeersexamen, zorg dat de fiets van "
     "je kind in orde is en dat er een helm mee komt.",
     "Maandag is het praktisch", None),
    ("official-channel", "kalisto", "facebook",
     "Lieve ouders van groep 3, vanaf volgende week is de gymles op woensdag in plaats van dinsdag. Fijn "
     "weekend!",
     "Lieve ouders van groep 3,", None),
    ("official-channel", "lithora", "facebook",
     "We vertrekken morgen om 8 uur naar Frankrijk, ik heb er zin in!",
     None, None),
    ("official-channel", "onderwijs-primair", "facebook",
     "Ik ben vrij rustig de vakantie in gegaan dit jaar.",
     None, None),
    ("official-channel", "lithora", "facebook",
     "Wanneer is de volgende studiedag eigenlijk?",
     None, None),
    ("official-channel", "kalisto", "facebook",
     "Vorige week was de kijkavond, wat fijn dat er zoveel ouders waren!",
     None, None),
    ("official-channel", "lithora", "facebook",
     "Neem gerust een kijkje op onze website, daar staat alles over de school.",
     None, None),
    ("official-channel", "lithora", "facebook",
     "Morgen ga ik met mijn eigen kinderen naar de dierentuin, neem een paraplu mee voor de zekerheid.",
     None, None),
    ("official-channel", "lithora", "facebook",
     "Morgen sinterklaas vieren met mijn eigen familie, gezellig!",
     None, None),
    ("official-channel", "lithora", "facebook",
     "Vorige week waren de kinderen vrij vanwege de studiedag.",
     None, None),
    ("official-channel", "onderwijs-primair", "instagram",
     "Ik ben morgen vrij en ga lekker wandelen in de duinen.",
     None, None),
    ("official-channel", "twijs", "facebook",
     "Wat een mooie voorstelling was het gisteren in de aula!",
     None, None),
    ("official-channel", "onderwijs-primair", "facebook",
     "Wat een fijne ouderavond hebben we gehad gisteren! Heel fijn om zoveel ouders te zien. De presentatie "
     "over het nieuwe rekenprogramma viel goed en er waren veel goede vragen. Dank jullie wel voor jullie "
     "komst.",
     None, None),
    ("official-channel", "lithora", "instagram",
     "Zomervakantie! ☀️ Ik ga de komende weken lekker niks doen, hooguit een boek lezen in de hangmat. Tot na "
     "de zomer allemaal!",
     None, None),
    ("official-channel", "lithora", "facebook",
     "Wat een mooie dag was het gisteren op de Koningsspelen! Alle kinderen deden enthousiast mee met de "
     "spelletjes en het ontbijt was heerlijk. Bedankt lieve ouders voor jullie hulp!",
     None, None),
    ("official-channel", "som", "facebook",
     "Fijne vakantie allemaal! Ik ga drie weken naar Italië en laat de laptop thuis. Tot in september!",
     None, None),
    ("official-channel", "onderwijs-primair", "instagram",
     "Wat een heerlijke zomerdag op het strand met mijn gezin! 🏖️ De kinderen hebben de hele dag zandkastelen "
     "gebouwd. Volgende week weer naar school, ik heb er zin in.",
     None, None),
    ("official-channel", "lithora", "facebook",
     "Wat was het gezellig op het zomerfeest gisteren! Dank aan alle ouders die hebben geholpen met de "
     "kraampjes en het springkussen. Tot volgend jaar!",
     None, None),
    # pupil-contact: new wordings (positives, then tricky negatives)
    ("pupil-contact", "lithora", "instagram",
     "Oud-leerlingen van groep 8, zoek me maar op op Insta!",
     "Oud-leerlingen van groep 8,", None),
    ("pupil-contact", "onderwijs-primair", "tiktok",
     "Jongens en meiden van groep 7, jullie kunnen me altijd een berichtje sturen op Snap.",
     "Jongens en meiden van groep", None),
    ("pupil-contact", "twijs", "instagram",
     "Wie mij wil volgen, groep 6: mijn account is @juf.anne.",
     "Wie mij wil volgen, groep 6:", None),
    ("pupil-contact", "kalisto", "tiktok",
     "Ik volg inmiddels bijna al mijn leerlingen op TikTok, superleuk om te zien wat ze maken.",
     "Ik volg inmiddels bijna al", None),
    ("pupil-contact", "som", "x",
     "@lisa_b2010 Lisa, je toets was gewoon niet voldoende, daar valt niets aan te veranderen.",
     "lisa_b2010 Lisa, je toets was", None),
    ("pupil-contact", "lithora", "x",
     "Reactie op een bericht van een leerling uit mijn klas:\nJe had de opdracht gewoon op tijd moeten "
     "inleveren, dan was je cijfer hoger geweest.",
     "Je had de opdracht gewoon op", None),
    ("pupil-contact", "onderwijs-primair", "instagram",
     "Hoi groep 8! Stuur maar een DM als je vragen hebt over je werkstuk.",
     "Stuur maar een DM als je", None),
    ("pupil-contact", "lithora", "instagram",
     "Groep 8, ik zit trouwens ook op Snapchat, jullie weten me te vinden!",
     "Groep 8, ik zit trouwens ook", None),
    ("pupil-contact", "lithora", "instagram",
     "Oud-leerlingen die me willen volgen: ik accepteer alle verzoeken!",
     "Oud-leerlingen die me willen", None),
    ("pupil-contact", "som", "facebook",
     "@mama_van_jesse Uw zoon heeft die onvoldoende voor rekenen echt zelf verdiend, daar ga ik hier niet "
     "verder over in discussie.",
     "mama_van_jesse Uw zoon heeft", None),
    ("pupil-contact", "som", "facebook",
     "Reactie op een bericht van een moeder uit mijn klas:\nUw dochter krijgt geen hoger schooladvies, hoe vaak "
     "u het ook vraagt.",
     "Uw dochter krijgt geen hoger", None),
    ("pupil-contact", "twijs", "instagram",
     "Nog één nachtje slapen en dan gaan we op werkweek naar de Ardennen! 🏕️🚌\n\nOuders van 2C: de bus vertrekt "
     "maandag om 7.45 uur bij de hoofdingang, zorg dat jullie kind er om 7.30 uur is met een ingevulde "
     "medicijnlijst.\n\nEn 2C: wie foto's wil zien, volg mijn account, ik zet er elke avond een paar "
     "op!\n\n#werkweek #ardennen #mentor",
     "En 2C: wie foto's wil zien,", None),
    ("pupil-contact", "lithora", "instagram",
     "Laatste schooldag zit erop! ☀️ Wat heb ik genoten van mijn groep 8.\n\nLieve groep 8, jullie mogen me "
     "altijd een DM sturen als jullie iets willen vertellen over de middelbare!\n\nKusjes van juf 😘",
     "Lieve groep 8, jullie mogen", None),
    ("pupil-contact", "lithora", "instagram",
     "Op de valreep nog even een herinnering 📣 Morgen is de laatste dag om je kind op te geven voor de "
     "voorleeswedstrijd!\n\nKinderen van groep 6 en 7 die nog vragen hebben: stuur me maar een appje, mijn "
     "nummer staat in jullie agenda.",
     "Kinderen van groep 6 en 7 die", None),
    # an @reply on a later line (the reply pattern is anchored at the line start, not only the text start)
    ("pupil-contact", "som", "x",
     "Even reageren op de vraag hieronder.\n@tim_vd_berg Nee Tim, je werkstuk is niet kwijt, je hebt het "
     "gewoon nooit ingeleverd.",
     "tim_vd_berg Nee Tim, je", None),
    # a handle with a dot, which the sentence splitter cuts: the finding still starts at the handle
    ("pupil-contact", "som", "x",
     "Dank voor alle reacties!\n@sanne.k Je had vraag 3 gewoon niet gemaakt, daarom is het een 5.",
     "sanne.k Je had vraag 3", None),
    ("pupil-contact", "som", "x",
     "Dank voor alle reacties!\n@collega_anne Ik heb je toets-idee gebruikt, werkte top!", None, None),
    ("pupil-contact", "som", "facebook",
     "Leuke middag gehad.\n@mama_van_jesse Fijn dat Jesse zo genoten heeft van de excursie!", None, None),
    ("pupil-contact", "som", "x",
     "@tim_vd_berg Nee Tim, je werkstuk is niet kwijt, je hebt het gewoon nooit ingeleverd. Dat is echt jouw "
     "verantwoordelijkheid.",
     "tim_vd_berg Nee Tim, je", None),
    ("pupil-contact", "kalisto", "instagram",
     "Wat een feest, de laatste week van groep 8! 🎓 \n\nLieverds, ik hoop dat jullie me blijven volgen hier, "
     "dan kan ik zien hoe het jullie vergaat op de middelbare!\n\n#groep8 #afscheid",
     "Lieverds, ik hoop dat jullie", None),
    ("pupil-contact", "kalisto", "instagram",
     "Mijn groep 8 is echt de leukste groep ooit! 😍 Jongens, als jullie een TikTok-account hebben, tag me maar "
     "in jullie dansjes!",
     "Jongens, als jullie een", None),
    ("pupil-contact", "lithora", "facebook",
     "Leuk dat jullie me hebben gevonden op Facebook, oud-leerlingen! Ik heb al jullie verzoeken geaccepteerd. "
     "Wat zijn jullie groot geworden! 😊",
     "Ik heb al jullie verzoeken", None),
    ("pupil-contact", "som", "facebook",
     "Reactie onder het bericht van een vader in de schoolgroep:\n\nMeneer, u kunt hier wel blijven klagen, "
     "maar uw zoon heeft gewoon drie keer zijn huiswerk niet gemaakt en daar hoort een gevolg bij.",
     "Meneer, u kunt hier wel", None),
    ("pupil-contact", "kalisto", "facebook",
     "Heel gezellig om ouders van mijn klas ook privé te spreken, voeg me gerust toe dan houden we contact!",
     "Heel gezellig om ouders van", None),
    ("pupil-contact", "onderwijs-primair", "instagram",
     "Groep 8, als jullie straks op de middelbare zitten mogen jullie me altijd even appen hoe het gaat! 💕",
     "Groep 8, als jullie straks op", None),
    ("pupil-contact", "kalisto", "facebook",
     "Oud-leerlingen van groep 8 van vorig jaar: ik heb een Facebookgroep aangemaakt zodat we contact kunnen "
     "houden, vraag gerust om lid te worden!",
     "Oud-leerlingen van groep 8", None),
    ("pupil-contact", "kalisto", "tiktok",
     "Leerlingen die dit zien: ja, dit is echt mijn account 😂 volgen mag, maar doe normaal in de comments!",
     "Leerlingen die dit zien: ja,", None),
    ("pupil-contact", "lithora", "instagram",
     "Volg onze school op Instagram voor de foto's van de sportdag!",
     None, None),
    ("pupil-contact", "kalisto", "facebook",
     "Ik accepteer nooit vriendschapsverzoeken van leerlingen of ouders.",
     None, None),
    ("pupil-contact", "som", "x",
     "@Dagblad Je artikel over de toetsresultaten van onze school klopt niet helemaal.",
     None, None),
    ("pupil-contact", "twijs", "linkedin",
     "Leuk dat oud-leerlingen mij hier op LinkedIn volgen!",
     None, None),
    ("pupil-contact", "lithora", "x",
     "@collega_anne Ik heb je toets-idee gebruikt, werkte top!",
     None, None),
    ("pupil-contact", "onderwijs-primair", "facebook",
     "@mama_van_jesse Fijn dat Jesse zo genoten heeft van de excursie!",
     None, None),
    ("pupil-contact", "lithora", "x",
     "@juf_marit Leuk idee, die toets met kaartjes ga ik ook proberen!",
     None, None),
    # lesson-recording: new wordings (positives, then tricky negatives)
    ("lesson-recording", "lithora", "instagram",
     "Onze kleuters in actie tijdens de dansles, geluid aan!",
     "Onze kleuters in actie", None),
    ("lesson-recording", "twijs", "facebook",
     "Ik heb vanochtend de wiskundeles opgenomen voor de leerlingen die ziek thuis zitten, de link staat "
     "hieronder.",
     "Ik heb vanochtend de", None),
    ("lesson-recording", "onderwijs-primair", "facebook",
     "Kijk eens hoe mooi groep 4 zingt! Video hieronder.",
     "Video hieronder.", None),
    ("lesson-recording", "kalisto", "instagram",
     "De hele ochtend live vanuit de klas in mijn story!",
     "De hele ochtend live vanuit", None),
    ("lesson-recording", "lithora", "youtube",
     "Hier de les van vanochtend over breuken, met alle vragen van groep 6 erbij.",
     "Hier de les van vanochtend", None),
    ("lesson-recording", "onderwijs-primair", "x",
     "Clipje van de kerstmusical van groep 8, wat een talent!",
     "Clipje van de kerstmusical", None),
    ("lesson-recording", "onderwijs-primair", "instagram",
     "Zet je geluid aan en luister naar ons klassenorkest van groep 6!",
     "Zet je geluid aan en luister", None),
    ("lesson-recording", "som", "facebook",
     "Wat een heerlijke afsluiting van het schooljaar! 🎉 Hieronder het filmpje van de playbackshow van groep 7 "
     "en 8, met als hoogtepunt de dans van de meesters.\n\nEn aan die ene vader die weer stond te klagen over "
     "het geluid: doe eens normaal, ouwe zeurpiet.",
     "Hieronder het filmpje van de", None),
    ("lesson-recording", "kalisto", "instagram",
     "Herfstwandeling met de kleuters 🍂🍄 Kijk ze eens genieten in de bladeren, het geluid van het gegiechel is "
     "echt goud (geluid aan!)\n\nWat een geluk dat het droog bleef!\n#kleuterjuf #herfst",
     "Kijk ze eens genieten in de", None),
    ("lesson-recording", "som", "instagram",
     "Gymles vandaag: apenkooien! 🐒 Ik heb een kort filmpje gemaakt van groep 5 op de wandrekken, kijk hoe hoog "
     "ze komen!\n\n#gymjuf #apenkooien #bewegen",
     "Ik heb een kort filmpje", None),
    ("lesson-recording", "lithora", "facebook",
     "Even iets anders dan anders: mijn klas heeft een kunstproject gedaan rond Van Gogh 🌻 De resultaten hangen "
     "nu in de hal, komt dat zien!\n\nIk heb tijdens het schilderen een timelapse gemaakt, die staat hieronder, "
     "echt leuk om te zien hoe alles ontstaat.",
     "Ik heb tijdens het schilderen", None),
    ("lesson-recording", "lithora", "tiktok",
     "POV: je bent juf en groep 4 ontdekt dat de tafel van 9 een trucje heeft 🤯 #juflife #rekenen #tafels",
     "POV: je bent juf en groep 4", None),
    ("lesson-recording", "onderwijs-primair", "instagram",
     "Kerstviering 🎄✨ Een klein stukje van ons kerstlied in de kerk, swipe voor de video! Wat zongen ze mooi.",
     "Een klein stukje van ons", None),
    ("lesson-recording", "twijs", "instagram",
     "Klas 1B was vandaag helemaal in de ban van de proefjes bij scheikunde 🧪 Kijk maar hoe het schuim de buis "
     "uit spuit, in de video hieronder!",
     "Kijk maar hoe het schuim de", None),
    ("lesson-recording", "lithora", "facebook",
     "Luister even mee 🎧 Ik heb vanochtend met mijn telefoon een geluidsopname gemaakt van groep 5 die het "
     "Wilhelmus oefent voor de dodenherdenking. Kippenvel!",
     "Ik heb vanochtend met mijn", None),
    ("lesson-recording", "twijs", "instagram",
     "Screenrecording van de online Teams-les van gisteren, met alle camera's van de leerlingen aan, wat een "
     "plaatje! #afstandsonderwijs",
     "Screenrecording van de online", None),
    ("lesson-recording", "lithora", "instagram",
     "Zo klinkt groep 3 als ze samen het alfabet rappen 🎤🔥 (met geluid kijken!) #juflife #groep3",
     "Zo klinkt groep 3 als ze", None),
    ("lesson-recording", "kalisto", "facebook",
     "Wat een toneelvoorstelling van groep 6! Hieronder de hele voorstelling, ruim 20 minuten, gefilmd vanaf de "
     "eerste rij.",
     "Hieronder de hele", None),
    ("lesson-recording", "twijs", "tiktok",
     "Leerlingen reageren op hun cijfer voor de toets 😂 #docentenleven #toets",
     "Leerlingen reageren op hun", None),
    ("lesson-recording", "lithora", "instagram",
     "Filmpje van onze drumles van vanmiddag, wat een lawaai maar wat een plezier! 🥁",
     "Filmpje van onze drumles van", None),
    ("lesson-recording", "onderwijs-primair", "instagram",
     "Onze eerste vlog uit de klas! 🎬 Vandaag laten de kinderen van groep 6 zien hoe ze een vulkaan bouwen.",
     "Vandaag laten de kinderen", None),      # the sentence that shows the class (the model's choice)
    ("lesson-recording", "lithora", "facebook",
     "De filmpjes van de musical staan in Parro, daar kunnen alle ouders ze bekijken.",
     None, None),
    ("lesson-recording", "twijs", "youtube",
     "Uitlegvideo: ik leg stap voor stap uit hoe je breuken vereenvoudigt, voor groep 6 en 7.",
     None, None),
    ("lesson-recording", "kalisto", "facebook",
     "We hebben in de klas een filmpje over de maan gekeken.",
     None, None),
    ("lesson-recording", "onderwijs-primair", "tiktok",
     "Mijn kat die van de bank valt, ik lag dubbel vandaag.",
     None, None),
    ("lesson-recording", "lithora", "instagram",
     "Maak tijdens de musical alsjeblieft geen video's, de kinderen zijn geen filmsterren.",
     None, None),
    ("lesson-recording", "onderwijs-primair", "youtube",
     "Mijn nieuwe vlog: een dag uit het leven van een juf, met veel koffie.",
     None, None),
    ("lesson-recording", "twijs", "facebook",
     "Vandaag met mijn mentorklas naar Walibi geweest! De leerlingen hadden het super naar hun zin en ik ook. "
     "Moe maar voldaan 😴",
     None, None),
    ("lesson-recording", "lithora", "facebook",     # a class activity told in words, on a channel that is not video-only
     "Vandaag hebben we in groep 5 een proefjesochtend gehad. De kinderen deden allerlei proeven met water en "
     "zout en schreven op wat ze zagen. Volgende week gaan we verder met magneten.",
     None, None),
    ("lesson-recording", "lithora", "instagram",
     "Filmpje van alles wat ik deze zomer in de tuin heb geplant, met een fles limonade erbij.",
     None, None),
    # hurtful-language: new wordings (positives, then tricky negatives)
    ("hurtful-language", "lithora", "facebook",
     "Die moeder is echt niet goed bij haar hoofd.",
     "Die moeder is echt niet goed", None),
    ("hurtful-language", "twijs", "x",
     "De inspecteur was volslagen incompetent en ook nog een verwaande kerel.",
     "De inspecteur was volslagen", None),
    ("hurtful-language", "onderwijs-primair", "facebook",
     "Sommige ouders zijn gewoon dom, ze lezen de nieuwsbrief niet eens.",
     "Sommige ouders zijn gewoon", None),
    ("hurtful-language", "kalisto", "whatsapp",
     "Als ik nog één keer een telefoon in de klas zie, dan gooi ik hem in de prullenbak.",
     "Als ik nog één keer een", "threat"),
    ("hurtful-language", "som", "x",
     "Wat een stelletje zeurkousen in die ouderraad.",
     "Wat een stelletje zeurkousen", None),
    ("hurtful-language", "lithora", "whatsapp",
     "Donder toch op met je klachten.",
     "Donder toch op met je", None),
    ("hurtful-language", "som", "instagram",
     "Hé schatje, dikke knuffel van je favo juf! xoxo",
     "Hé schatje, dikke knuffel van", "familiar"),
    ("hurtful-language", "lithora", "facebook",
     "Wie denkt die vader wel dat hij is? Leer eerst eens lezen, meneer.",
     "Leer eerst eens lezen, meneer.", None),
    ("hurtful-language", "lithora", "facebook",
     "Ouders die hun kind elke dag te laat brengen zijn gewoon asociaal.",
     "Ouders die hun kind elke dag", None),
    ("hurtful-language", "twijs", "x",
     "Die bemoeizuchtige ouders kunnen de pot op.",
     "Die bemoeizuchtige ouders", None),
    ("hurtful-language", "kalisto", "whatsapp",
     "Dat zet ik je nog wel betaald.",
     "Dat zet ik je nog wel betaald.", "threat"),
    ("hurtful-language", "som", "facebook",
     "Wat een heerlijke afsluiting van het schooljaar! 🎉 Hieronder het filmpje van de playbackshow van groep 7 "
     "en 8, met als hoogtepunt de dans van de meesters.\n\nEn aan die ene vader die weer stond te klagen over "
     "het geluid: doe eens normaal, ouwe zeurpiet.",
     "En aan die ene vader die weer", None),
    ("hurtful-language", "lithora", "instagram",
     "Laatste schooldag zit erop! ☀️ Wat heb ik genoten van mijn groep 8.\n\nLieve groep 8, jullie mogen me "
     "altijd een DM sturen als jullie iets willen vertellen over de middelbare!\n\nKusjes van juf 😘",
     "Kusjes van juf 😘", "familiar"),
    ("hurtful-language", "lithora", "whatsapp",
     "Hallo ouders van groep 3!\n\nVanaf volgende week gaan we op woensdag naar de bieb, graag de "
     "bibliotheekpas in de tas stoppen.\n\nEn sommige ouders vinden het kennelijk normaal om hun kind om kwart "
     "voor negen af te leveren; die mogen wat mij betreft voortaan buiten blijven wachten, ik ben er klaar mee.",
     "En sommige ouders vinden het", None),
    ("hurtful-language", "lithora", "facebook",
     "Wat een stel sukkels bij het ministerie zeg, kunnen ze daar nou echt niet tellen? Weer een rekenfout in "
     "de bekostiging. 🤦‍♀️",
     "Wat een stel sukkels bij het", None),
    ("hurtful-language", "twijs", "facebook",
     "Sommige collega's zijn echt zo lui als een varken, ze laten al het nakijkwerk liggen tot de laatste dag. "
     "En dan mij maar vragen of ik wil helpen. Nee dus.",
     "Sommige collega's zijn echt", None),
    ("hurtful-language", "onderwijs-primair", "x",
     "Die wethouder kan de boom in met zijn \"investering in onderwijs\". Drie ton voor een nieuw logo voor de "
     "gemeente, maar geen cent voor een schoolgebouw.",
     "Die wethouder kan de boom in", None),
    ("hurtful-language", "som", "instagram",
     "Die ene moeder die elke ochtend bij de deur staat te zeuren, wat een drama queen zeg. 🙄 #juflife",
     "Die ene moeder die elke", None),
    ("hurtful-language", "lithora", "instagram",
     "Wat een stelletje losers in die ouderraad, ze krijgen helemaal niks voor elkaar. #juflife",
     "Wat een stelletje losers in", None),
    ("hurtful-language", "som", "instagram",
     "Huiswerk maken jullie! En niet te laat naar bed hè, love jullie, doeiii xxx #mentor",
     "En niet te laat naar bed hè,", "familiar"),
    ("hurtful-language", "onderwijs-primair", "facebook",
     "Antwoord van de week uit groep 7: \"Amsterdam is de hoofdstad van Duitsland\". Ja Daan, en ik ben de "
     "koning van Spanje 🤦‍♀️ wat een sukkel.",
     "Ja Daan, en ik ben de koning", None),
    ("hurtful-language", "lithora", "x",
     "Die ouder die mij gisteren uitschold bij het hek: ik weet je te vinden, reken maar.",
     "Die ouder die mij gisteren", "threat"),
    ("hurtful-language", "twijs", "facebook",
     "Ik word zo moe van die betweterige moeder in de mentorgroep, ze moet eens ophouden met haar gezeur.",
     "Ik word zo moe van die", None),
    ("hurtful-language", "som", "x",
     "Sommige ouders denken dat ze alles beter weten dan wij, stelletje betweters. #onderwijs",
     "Sommige ouders denken dat ze", None),
    ("hurtful-language", "som", "facebook",
     "Die vader van gisteren moet echt eens leren normaal te praten, wat een schreeuwlelijk. Ik laat me niet zo "
     "toespreken.",
     "Die vader van gisteren moet", None),
    ("hurtful-language", "twijs", "instagram",
     "Tja, als je als leerling je huiswerk niet maakt, moet je ook niet janken om een 3. Eigen schuld, dikke "
     "bult!",
     "Tja, als je als leerling je", None),
    ("hurtful-language", "lithora", "facebook",
     "Welke idioot heeft er weer zijn auto op de stoep voor de school geparkeerd? Mensen, gebruik je hersens!",
     "Welke idioot heeft er weer", None),
    ("hurtful-language", "lithora", "facebook",
     "Bij de kinderboerderij zagen we een geit, een koe en twee varkens.",
     None, None),
    ("hurtful-language", "onderwijs-primair", "instagram",
     "In de musical speelt Noor een arrogante kat en Sem een verwaande haan.",
     None, None),
    ("hurtful-language", "twijs", "facebook",
     "Ik zoek het even uit en laat het u morgen weten.",
     None, None),
    ("hurtful-language", "lithora", "facebook",
     "We zagen een kwal op het strand tijdens het schoolreisje.",
     None, None),
    ("hurtful-language", "kalisto", "facebook",
     "Als je nog één keer wilt oefenen, dan kun je de app gebruiken.",
     None, None),
    ("hurtful-language", "lithora", "x",
     "Het was een domme fout van mij, sorry allemaal.",
     None, None),
    ("hurtful-language", "lithora", "facebook",
     "De kinderen waren vandaag zo stil, ze waren moe van de sportdag.",
     None, None),
    # confidential-info: new wordings (positives, then tricky negatives)
    ("confidential-info", "lithora", "facebook",
     "Onze IB'er vertelde dat Sem uit groep 4 thuis geslagen wordt.",
     "Onze IB'er vertelde dat Sem", None),
    ("confidential-info", "twijs", "facebook",
     "Juf Petra gaat scheiden en heeft het er heel moeilijk mee.",
     "Juf Petra gaat scheiden en", None),
    ("confidential-info", "onderwijs-primair", "linkedin",
     "Er zijn plannen om De Linde te sluiten, maar dat is nog geheim.",
     "Er zijn plannen om De Linde", None),
    ("confidential-info", "kalisto", "facebook",
     "In de teamvergadering werd vanmiddag besproken dat er drie fte weg moet.",
     "In de teamvergadering werd", None),
    ("confidential-info", "som", "x",
     "Een van de ouders heeft een klacht ingediend tegen juf Mieke.",
     "Een van de ouders heeft een", None),
    ("confidential-info", "lithora", "facebook",
     "Onze conciërge zit al weken thuis met rugklachten.",
     "Onze conciërge zit al weken", None),
    ("confidential-info", "twijs", "linkedin",
     "Een collega van mij verdient als LB-docent nog geen 3.500 euro netto.",
     "Een collega van mij verdient", None),
    ("confidential-info", "onderwijs-primair", "x",
     "Meester Joost ligt sinds gisteren in het ziekenhuis na een hartaanval.",
     "Meester Joost ligt sinds", None),
    ("confidential-info", "lithora", "facebook",
     "Tussen ons gezegd: de directeur stopt ermee na dit schooljaar.",
     "Tussen ons gezegd: de", None),
    ("confidential-info", "twijs", "facebook",
     "Ik hoorde van een collega dat klas 3 volgend jaar wordt opgeheven, maar dat is nog niet bekend.",
     "Ik hoorde van een collega dat", None),
    ("confidential-info", "kalisto", "x",
     "Onze directeur heeft een burn-out, maar dat heb je niet van mij.",
     "Onze directeur heeft een", None),
    ("confidential-info", "onderwijs-primair", "facebook",
     "De ouders van Daan uit groep 3 gaan scheiden, hij is er erg verdrietig van.",
     "De ouders van Daan uit groep", None),
    ("confidential-info", "lithora", "linkedin",
     "Mijn collega van groep 5 krijgt volgend jaar geen nieuw contract meer.",
     "Mijn collega van groep 5", None),
    ("confidential-info", "som", "x",
     "De inspectie heeft onze school als zeer zwak beoordeeld, maar dat mogen we nog niet naar buiten brengen.",
     "De inspectie heeft onze", None),
    ("confidential-info", "kalisto", "whatsapp",
     "Hoi allemaal, even snel via deze weg.\n\nIk heb net van Monique gehoord dat meester Erik donderdag een "
     "hersenschudding heeft opgelopen en voorlopig thuis zit; hij wil niet dat iedereen het weet, dus hou het "
     "even onder ons.\n\nWie kan er donderdag zijn pleinwacht overnemen?",
     "Ik heb net van Monique", None),
    ("confidential-info", "lithora", "linkedin",
     "Vandaag mijn laatste dag op OBS De Bron na negen mooie jaren. Ik ga een nieuw avontuur aan als intern "
     "begeleider in Utrecht.\n\nWat velen niet weten: mijn vertrek heeft alles te maken met het conflict met "
     "onze directeur, die mij vorig jaar een officiële waarschuwing gaf na een klacht van een ouder.\n\nIk kijk "
     "met een glimlach terug op alle kinderen en collega's. Dank jullie wel! 🙏",
     "Wat velen niet weten: mijn", None),
    ("confidential-info", "twijs", "x",
     "Net gehoord dat onze afdelingsleider na de zomer vertrekt omdat hij is weggestuurd door het bestuur, de "
     "rest van het team weet nog van niks. Spannende tijden. #onderwijs",
     "Net gehoord dat onze", None),
    ("confidential-info", "kalisto", "facebook",
     "Mijn duo is al drie weken thuis met een depressie en ik moet nu alles alleen doen. Ik mis haar echt. "
     "Hopelijk komt ze snel terug 💛",
     "Mijn duo is al drie weken", None),
    ("confidential-info", "som", "facebook",
     "Gisteren een ontzettend lastig gesprek gehad. Een meisje uit mijn klas vertelde me dat haar moeder al "
     "weken niet uit bed komt en dat zij voor haar broertjes zorgt; ik heb het direct bij de "
     "aandachtsfunctionaris gemeld.\n\nDit soort dingen neem je mee naar huis. 💔",
     "Een meisje uit mijn klas", None),
    ("confidential-info", "lithora", "linkedin",
     "Een van mijn leerkrachten heeft deze week haar ontslag ingediend na een conflict met een ouder, en dat "
     "terwijl het onderzoek naar dat incident nog loopt. Ik zie hoe zwaar dit vak soms is.",
     "Een van mijn leerkrachten", None),
    ("confidential-info", "onderwijs-primair", "facebook",
     "Wat een bijzondere week. Bij een van mijn kleuters is vorige week leukemie vastgesteld, de ouders zijn er "
     "kapot van. We hebben met de klas een grote kaart gemaakt. 💛",
     "Bij een van mijn kleuters is", None),
    ("confidential-info", "lithora", "facebook",
     "Onze nieuwe collega verdient als zij-instromer meer dan ik na twaalf jaar, dat zag ik per ongeluk op de "
     "salarislijst die op het kopieerapparaat lag. Lekker dan. 🙃",
     "Onze nieuwe collega verdient", None),
    ("confidential-info", "twijs", "facebook",
     "Weet iemand trouwens al dat mevrouw De Jong na de kerst niet meer terugkomt? Ze is ontslagen na dat gedoe "
     "met die klas.",
     "Ze is ontslagen na dat gedoe", None),
    ("confidential-info", "twijs", "facebook",
     "Ik las vandaag in het verslag van de zorgcommissie dat een leerling uit mijn mentorklas al maanden niet "
     "eet. Ik maak me echt zorgen.",
     "Ik las vandaag in het verslag", None),
    ("confidential-info", "som", "linkedin",
     "Vandaag gehoord dat onze school bij de volgende bezuinigingsronde waarschijnlijk twee formatieplaatsen "
     "kwijtraakt; officieel is er nog niets gecommuniceerd. Spannende tijd voor het team.",
     "Vandaag gehoord dat onze", None),
    ("confidential-info", "twijs", "x",
     "Onze teamleider heeft me net verteld dat hij ernstig ziek is, dus de komende maanden neem ik zijn taken "
     "over. Veel werk erbij.",
     "Onze teamleider heeft me net", None),
    ("confidential-info", "twijs", "x",
     "Onze rector schijnt een aanbod te hebben gekregen van een andere school, maar dat weet nog bijna niemand. "
     "Wordt vervolgd.",
     "Onze rector schijnt een", None),
    ("confidential-info", "kalisto", "facebook",
     "Ik heb vandaag het gesprek gehad met de ouders van een leerling die van school gestuurd wordt omdat hij "
     "een leerkracht heeft bedreigd.",
     "Ik heb vandaag het gesprek", None),
    ("confidential-info", "onderwijs-primair", "facebook",
     "Wist je dat onze IB'er binnenkort met zwangerschapsverlof gaat? Ze heeft het nog niet aan de ouders "
     "verteld, dus sst!",
     "Ze heeft het nog niet aan de", None),
    ("confidential-info", "kalisto", "whatsapp",
     "Mijn collega van groep 4 heeft vorige week een officiële waarschuwing gekregen van de directeur, maar dat "
     "moet echt onder ons blijven.",
     "Mijn collega van groep 4", None),
    ("confidential-info", "som", "facebook",
     "Ik heb net in de personeelskamer gehoord dat onze conciërge stopt omdat hij al maanden ziek is, maar hij "
     "wil niet dat de ouders het weten.",
     "Ik heb net in de", None),
    ("confidential-info", "twijs", "facebook",
     "De leerling die vorige week van school is gestuurd, blijkt thuis in een heel onveilige situatie te "
     "zitten. Daar word je stil van.",
     "De leerling die vorige week", None),
    ("confidential-info", "lithora", "facebook",
     "Juf Anne is deze week afwezig; meester Tom neemt het over.",
     None, None),
    ("confidential-info", "twijs", "facebook",
     "Het leerlingdossier wordt bewaard volgens de regels van de AVG.",
     None, None),
    ("confidential-info", "onderwijs-primair", "facebook",
     "Ouders hebben altijd recht op inzage in het dossier van hun kind.",
     None, None),
    ("confidential-info", "lithora", "linkedin",
     "Het salaris van een leraar in het basisonderwijs moet echt omhoog.",
     None, None),
    ("confidential-info", "kalisto", "facebook",
     "We lopen zaterdag voor KWF, tegen kanker, doe je mee?",
     None, None),
    ("confidential-info", "lithora", "facebook",
     "Na de operatie van mijn knie ben ik weer helemaal fit!",
     None, None),
    ("confidential-info", "lithora", "facebook",
     "De oorzaak van de lekkage is nog niet bekend.",
     None, None),
    ("confidential-info", "lithora", "facebook",
     "Ik heb mijn contract voor volgend jaar getekend, joepie!",
     None, None),
    ("confidential-info", "som", "x",
     "In de teamvergadering werd vanmiddag besproken hoe we de kerstviering aanpakken.",
     None, None),
    ("confidential-info", "lithora", "facebook",
     "Wij wensen juf Sandra veel sterkte na haar operatie.\nTeam De Klimop",
     None, None),
    ("confidential-info", "onderwijs-primair", "facebook",
     "Wat een verdrietig nieuws vandaag. Onze oud-collega Henk is overleden. Hij was jarenlang de vrolijke "
     "meester van groep 8 en heeft veel kinderen iets meegegeven. Rust zacht, Henk. 🕊️",
     None, None),
    # logo-use: new wordings (positives, then tricky negatives)
    ("logo-use", "onderwijs-primair", "instagram",
     "Ik heb het logo van De Kwikstaart op de uitnodiging gezet, staat meteen een stuk netter.",
     "Ik heb het logo van De", None),
    ("logo-use", "onderwijs-primair", "facebook",
     "De nieuwe klassenshirts zijn binnen, met het schoollogo groot op de voorkant!",
     "De nieuwe klassenshirts zijn", None),
    ("logo-use", "onderwijs-primair", "linkedin",
     "Voor mijn presentatie op het congres heb ik het logo van onze stichting wat aangepast.",
     "Voor mijn presentatie op het", None),
    ("logo-use", "onderwijs-primair", "facebook",
     "Ik heb het Onderwijs Primair-logo even in mijn eigen kleuren gezet voor de flyer.",
     "Ik heb het Onderwijs", None),
    ("logo-use", "onderwijs-primair", "instagram",
     "Trots op ons nieuwe lokaal! 📚 Boven het bord heb ik zelf een grote sticker van ons schoollogo geplakt, "
     "even zelf gemaakt met de snijplotter.\n\n#juflife #klaslokaal #groep5",
     "Boven het bord heb ik zelf", None),
    ("logo-use", "onderwijs-primair", "instagram",
     "Ik heb ons schoollogo een beetje aangepast tot een kerstversie met een kerstmuts erop, leuk voor op de "
     "kerstkaarten van de klas! 🎄",
     "Ik heb ons schoollogo een", None),
    ("logo-use", "onderwijs-primair", "instagram",
     "Nieuwe stempel besteld met ons schoollogo erop, nu kan ik alle werkjes van de kinderen afstempelen! 😍",
     "Nieuwe stempel besteld met", None),
    ("logo-use", "onderwijs-primair", "instagram",
     "Zelf een nieuw logo ontworpen voor onze klassenpagina, gebaseerd op het logo van de school maar dan in "
     "regenboogkleuren! 🌈",
     "Zelf een nieuw logo ontworpen", None),
    ("logo-use", "onderwijs-primair", "facebook",
     "Op de shirts stond het logo van de sponsor, de bakker uit het dorp.",
     None, None),
    ("logo-use", "onderwijs-primair", "facebook",
     "In de klas ontwierpen de kinderen hun eigen logo voor de klassenkrant.",
     None, None),
]

# Second pass (2026-11-21): wordings found in the unsealed conduct-dev1 set, written here with new
# sentences. Each class has a positive and a tricky negative row.
CASES += [
    # opinion-disclaimer: a judged decision as topic, stopgap wording, sarcasm
    ("opinion-disclaimer", "twijs", "instagram",
     "Eindelijk een goed besluit, dat verbod op mobieltjes had er jaren geleden al moeten zijn!", "Eindelijk een goed besluit", None),
    ("opinion-disclaimer", "kalisto", "linkedin",
     "Al die zij-instromers na een spoedcursus voor de klas zetten is een lapmiddel.", "Al die zij-instromers", None),
    ("opinion-disclaimer", "kalisto", "x",
     "Weer een cao waar we geen steek verder mee komen. Applaus hoor.", "Weer een cao", None),
    ("opinion-disclaimer", "kalisto", "x",
     "Vanochtend het zoveelste artikel gelezen over de nieuwe kerndoelen.", None, None),
    # speaking-for-school: a named school, the page as the school's voice, "wij als school"
    ("speaking-for-school", "onderwijs-primair", "x",
     "@Stadsblad Ik kan u namens OBS De Meerpaal melden dat de noodlokalen blijven staan.", "Stadsblad Ik kan u namens", None),
    ("speaking-for-school", "onderwijs-primair", "facebook",
     "Zie deze pagina maar als de stem van De Zandloper: wat hier staat is wat de school vindt.", "Zie deze pagina", None),
    ("speaking-for-school", "lithora", "facebook",
     "Vanuit De Klimboom kan ik jullie vertellen dat wij als school de kerstmarkt gewoon houden.", "Vanuit De Klimboom", None),
    ("speaking-for-school", "twijs", "facebook",
     "Wij als team van De Linde pikken dit niet.", "Wij als team van De Linde", None),
    ("speaking-for-school", "twijs", "facebook",
     "Wij als team hebben genoten van de musical, wat een talent!", None, None),
    ("speaking-for-school", "onderwijs-primair", "facebook",
     "Ik spreek hier niet namens OBS De Meerpaal, maar voor mezelf.", None, None),
    # role-disclosure: inside knowledge in a thread, a quoted post is not the author's sentence
    ("role-disclosure", "kalisto", "facebook",
     'In de groep "Buurt Oost" vraagt iemand: "Wat is er met meester Joep van De Boog?"\n\nIk kan er wel wat over zeggen, '
     "want ik krijg het een en ander mee.", "Ik kan er wel wat over zeggen", None),
    ("role-disclosure", "twijs", "instagram",
     'Reactie onder de post van @dorpskrant: "Basisschool De Vonk sluit de poort om half negen"\n\n'
     "Ik zie elke dag hoe druk het bij die poort is.", "Ik zie elke dag", None),
    # a class parents' group app is a personal channel for joining a discussion, unless the pack names it official
    ("role-disclosure", "lithora", "parent-group-app", _PARENT_APP_THREAD, "Dat is in ons teamoverleg", None),
    ("role-disclosure", "twijs", "parent-group-app", _PARENT_APP_THREAD, "Dat is in ons teamoverleg", None),
    ("role-disclosure", "kalisto", "parent-group-app", _PARENT_APP_THREAD, None, None),
    ("role-disclosure", "kalisto", "whatsapp",
     "Goedemorgen ouders van groep 6,\n\nOuders die niet in deze app zitten krijgen de informatie per mail.\n\nGroet, juf Anouk",
     None, None),
    # official-channel: moving messages to this channel, a parents' own app, an outsider reply
    ("official-channel", "twijs", "whatsapp",
     "Dat portaal leest toch niemand, dus ik zet zulke berichten voortaan gewoon hier neer.", "Dat portaal leest", "steer"),
    ("official-channel", "kalisto", "facebook",
     "Vragen over de gymles? Gooi het maar in een berichtje via Messenger.", "Gooi het maar", "steer"),
    ("official-channel", "kalisto", "parent-group-app",
     "Ik ben door de moeder van Fenna toegevoegd aan jullie ouderappje. Vrijdag zijn de kinderen om 12 uur vrij.",
     "Vrijdag zijn de kinderen", None),
    ("official-channel", "kalisto", "parent-group-app",
     "Welkom in de klassenapp die ik voor groep 5 heb gemaakt. Vrijdag zijn de kinderen om 12 uur vrij.", None, None),
    ("official-channel", "onderwijs-primair", "x",
     "@Redactie_Ruud Stuur me gerust een DM als u meer wilt weten voor uw stuk.", None, None),
    ("official-channel", "twijs", "facebook",
     "Gisteravond werd op de ouderavond bekendgemaakt dat de locatie na de zomer dichtgaat.", None, None),
    # pupil-contact: accepting in a thread, yes to "can they add you?", passing on an invitation
    ("pupil-contact", "twijs", "facebook",
     "Sem: juffff ik heb u een vriendschapsverzoek gestuurd\nJuf Mila: Ja ik zag hem, heb hem net geaccepteerd!",
     "Ja ik zag hem", None),
    ("pupil-contact", "twijs", "facebook",
     "Sem: juffff mogen de anderen u ook toevoegen?\nJuf Mila: Tuurlijk, hoe meer zielen hoe meer vreugd!",
     "Tuurlijk", None),
    ("pupil-contact", "twijs", "facebook",
     "Sem: juffff mogen de anderen u ook toevoegen?\nJuf Mila: Nee hoor, dat doe ik niet.", None, None),
    ("pupil-contact", "onderwijs-primair", "whatsapp",
     "Zeg maar tegen de kids dat ze me op Insta mogen volgen.", "Zeg maar tegen de kids", None),
    ("pupil-contact", "som", "facebook",
     "Moeder van Daan: Waarom heeft hij dat advies gekregen?\nJuf Kim: Ik wil best uitleggen waarom we tot dit advies kwamen.",
     "Ik wil best uitleggen", None),
    ("pupil-contact", "som", "parro",
     "Moeder van Daan: Waarom heeft hij dat advies gekregen?\nJuf Kim: Ik bel u morgen even om het toe te lichten.", None, None),
    # hurtful-language: rhetorical insults, "shut up", a bunch of brainless ..., fat cats
    ("hurtful-language", "twijs", "facebook", "Weer zonder gymschoenen, hoe dom kun je zijn.", "Weer zonder gymschoenen", None),
    ("hurtful-language", "twijs", "x", "Wat ben jij een ongelofelijke zeur zeg.", "Wat ben jij", None),
    ("hurtful-language", "kalisto", "tiktok", "Soms lijken ze net een stelletje hersenloze schapen.", "Soms lijken ze", None),
    ("hurtful-language", "lithora", "facebook", "Hou nou eens je kop, trol.", "Hou nou eens je kop", None),
    ("hurtful-language", "lithora", "facebook", "Die zakkenvullers op het bestuurskantoor komen nooit kijken.", "Die zakkenvullers", None),
    ("hurtful-language", "lithora", "facebook", "Die ouders zijn gewoon te dom om het te snappen.", "Die ouders zijn", None),
    ("hurtful-language", "lithora", "facebook", "Hoe leuk kun je een rekenles maken? Heel leuk!", None, None),
    # confidential-info: a colleague at home with a complaint, a suspension told in a thread, not yet public
    ("confidential-info", "onderwijs-primair", "email",
     "Juf Noor heeft weer last van haar rug en zit voorlopig thuis.", "Juf Noor heeft", None),
    ("confidential-info", "onderwijs-primair", "x",
     "De directeur ligt al twee weken thuis met hartklachten.", "De directeur ligt", None),
    ("confidential-info", "kalisto", "facebook",
     'Iemand vraagt: "Waar is meester Stijn?"\n\nHij is na een ruzie met een vader geschorst.', "Hij is na een ruzie", None),
    ("confidential-info", "som", "linkedin",
     "In het teamoverleg hoorden we dat er een collega boventallig wordt; de ouders weten dit nog niet.", "In het teamoverleg", None),
    ("confidential-info", "som", "linkedin",
     "In het teamoverleg hoorden we dat de nieuwe methode goed bevalt.", None, None),
    # lesson-recording and logo-use
    ("lesson-recording", "lithora", "instagram",
     "Het filmpje van de proef heb ik vanmiddag met mijn telefoon geschoten, swipe voor de knal!", "Het filmpje van de proef", None),
    ("logo-use", "onderwijs-primair", "linkedin",
     "Voor de header heb ik het logo van Onderwijs Primair naast dat van de methode gezet, mooi toch?", "Voor de header", None),
    ("logo-use", "onderwijs-primair", "instagram",
     "Na overleg met onze directeur mochten we het schoollogo op de shirts zetten.", None, None),
]

# Third pass (2026-11-21): wording classes from conduct-dev2, in new sentences.
CASES += [
    ("role-disclosure", "twijs", "facebook",
     "Els Bakker: Weet iemand of De Wilg dichtgaat?\nKim Vos: Geloof me, als je zoals ik elke dag binnen die muren loopt, weet je het wel.",
     "Geloof me", None),
    ("role-disclosure", "lithora", "x",
     "@schoolnieuws: Lithora wil twee scholen samenvoegen.\n@meesterbram: Ik zie van heel dichtbij hoe het bestuur zulke plannen aanpakt.",
     "Ik zie van heel dichtbij", None),
    ("role-disclosure", "kalisto", "instagram",
     "@krant_west: Ophef op basisschool De Tol.\n@juf.sara: ik hoor zulke dingen nou eenmaal eerder dan jullie",
     "ik hoor zulke dingen", None),
    ("role-disclosure", "kalisto", "blog",
     "Conclusie: passend onderwijs is bij ons een mooie naam voor bezuinigen.\nTip: lees het rapport.", None, None),
    ("speaking-for-school", "som", "linkedin",
     "Ik denk dat ik namens heel De Regenboog spreek als ik zeg: dit willen we houden.", "Ik denk dat ik namens", None),
    ("speaking-for-school", "lithora", "x", "Ik spreek hier voor alle collega's van De Boei: we pikken dit niet.", "Ik spreek hier", None),
    ("speaking-for-school", "kalisto", "instagram", "Wij als team van De Linde vinden dit de mooiste dag van het jaar.", "Wij als team", None),
    ("opinion-disclaimer", "lithora", "x", "Bezuiniging in vermomming, Lithora laat de dorpsscholen verpieteren.", "Bezuiniging in vermomming", None),
    ("opinion-disclaimer", "kalisto", "blog", "Die doorstroomtoets is een overbodig ritueel.", "Die doorstroomtoets", None),
    ("opinion-disclaimer", "kalisto", "blog", "De doorstroomtoets maken we op dinsdag, neem een etui mee.", None, None),
    ("hurtful-language", "lithora", "x", "Onze nieuwe directeur heeft net zoveel verstand van onderwijs als mijn cavia.", "Onze nieuwe directeur", None),
    ("hurtful-language", "lithora", "blog", "Sommige ouders hebben echt het inlevingsvermogen van een parkeermeter.", "Sommige ouders", None),
    ("hurtful-language", "lithora", "x", "Zoek een hobby, zielige figuren.", "Zoek een hobby", None),
    ("hurtful-language", "lithora", "whatsapp", "Doe eens normaal en ga een cursus opvoeden volgen.", "Doe eens normaal", None),
    ("hurtful-language", "lithora", "blog", "Wat een leuk stelletje, die twee tortelduifjes van groep 8.", None, None),
    ("lesson-recording", "kalisto", "facebook",
     "Wat een dag in de Efteling! Hieronder een album met foto's van de kinderen in de bus.", "Hieronder een album", None),
    ("lesson-recording", "kalisto", "facebook", "Hieronder foto's van het nieuwe schoolgebouw.", None, None),
    ("lesson-recording", "twijs", "tiktok", "POV: groep 7 moet nog rekenen. Stiekem gefilmd tijdens de tafelrace!", "Stiekem gefilmd", None),
    ("lesson-recording", "twijs", "youtube", "Ik heb de hele kampdag meegefilmd, van de busreis tot de bonte avond.", "Ik heb de hele kampdag", None),
    ("lesson-recording", "twijs", "youtube",
     "Ik heb de hele kampdag meegefilmd. Alle ouders hebben toestemming gegeven.", None, None),
    ("pupil-contact", "kalisto", "facebook",
     "Lieve ouders, ik kreeg al wat vriendschapsverzoeken, natuurlijk accepteer ik jullie allemaal!", "Lieve ouders", None),
    ("pupil-contact", "som", "instagram", "We moeten het even hebben over die ruzie met Bram, laten we dat hier in de dm's uitpraten.",
     "We moeten het even", None),
    ("pupil-contact", "som", "whatsapp", "Ik wil het best hier via WhatsApp met u bespreken: Noor is erg onrustig.", "Ik wil het best", None),
    ("official-channel", "twijs", "email", "De paklijst stuur ik even vanaf mijn privémail, dat werkt sneller.", "De paklijst", "steer"),
    ("confidential-info", "lithora", "facebook", "Gisteren moesten we een leerling uit groep 7 twee dagen schorsen.", "Gisteren moesten we", None),
    ("confidential-info", "lithora", "tiktok", "Groep 6 heeft al weken geen juf omdat zij thuiszit met rugklachten.", "Groep 6 heeft", None),
    ("confidential-info", "kalisto", "instagram",
     "@krant: Leerkracht tijdelijk niet voor de klas.\n@juf.sara: hij is op non-actief gezet, er loopt een onderzoek",
     "hij is op non-actief", None),
]

# A clip's description ("[video: ...]", "Titel: ...") is not posted text: the finding goes to the caption.
# Pupils addressed by a group word or by their own school work get pupil-contact, not official-channel.
CASES += [
    ("lesson-recording", "onderwijs-primair", "tiktok",
     "[video: groep 8 oefent de musicaldans in de gymzaal]\nRepetitie van vanmiddag met de hele groep 8, moest dit "
     "gewoon even delen!", "Repetitie van vanmiddag", None),
    ("lesson-recording", "onderwijs-primair", "tiktok",
     "[video: groep 8 oefent de musicaldans in de gymzaal]", "video: groep 8 oefent", None),
    ("pupil-contact", "lithora", "instagram", "Kids, stuur me maar een dm als je nog vragen hebt 😘", "Kids, stuur me", None),
    ("official-channel", "lithora", "instagram", "Kids, stuur me maar een dm als je nog vragen hebt 😘", None, None),
    ("pupil-contact", "twijs", "instagram",
     "Vragen over jullie profielwerkstuk? Stuur me hier gerust een DM, ik reageer meestal 's avonds.", "Stuur me hier gerust", None),
    ("official-channel", "twijs", "instagram",
     "Vragen over jullie profielwerkstuk? Stuur me hier gerust een DM, ik reageer meestal 's avonds.", None, None),
    ("official-channel", "lithora", "facebook", "Ouders, stuur me gerust een DM als u vragen heeft over het kamp.",
     "Ouders, stuur me", "steer"),
    # a parent's own recording in the class group app is not covered by the school's consent register
    ("lesson-recording", "lithora", "parent-group-app",
     "Mijn dochter uit groep 5 staat helemaal achteraan 😂 Ik heb de generale repetitie van de musical gefilmd, kijk maar!",
     "Ik heb de generale repetitie", None),
    ("lesson-recording", "lithora", "parent-group-app",
     "Beste ouders, ik heb de generale repetitie van de musical gefilmd, de video staat vanavond klaar.\nGroet, juf Nadia",
     "Beste ouders", None),      # the class app is checked too: no consent statement
    ("lesson-recording", "lithora", "parent-group-app",
     "Beste ouders, ik heb de generale repetitie gefilmd, alleen de kinderen met toestemming staan erop.\nGroet, juf Nadia",
     None, None),
    # confidential-info: a colleague's long covid, several named-by-function staff, a child's care
    ("confidential-info", "twijs", "blog",
     "Onze IB'er ligt al sinds de zomer uitgeteld met long covid, dus de zorg ligt stil.", "Onze IB'er ligt", None),
    ("confidential-info", "twijs", "blog",
     "Vroeger gingen we in de coronatijd allemaal online lesgeven; onze collega's deden dat geweldig.", None, None),
    ("confidential-info", "kalisto", "facebook",
     "Er zijn al twee leerkrachten die een berisping kregen omdat ze te laat waren met de rapporten.",
     "Er zijn al twee leerkrachten", None),
    ("confidential-info", "kalisto", "facebook",
     "Twee leerkrachten die hier al twintig jaar werken, gaan met pensioen. We zullen ze missen!", None, None),
    ("confidential-info", "lithora", "email",
     "Het jongetje dat uw dochter duwde is al onder behandeling bij een psycholoog.", "Het jongetje dat", None),
    ("confidential-info", "lithora", "facebook",
     "Zijn dyslexieonderzoek loopt nog, zei de moeder van dat kind uit groep 6.", "Zijn dyslexieonderzoek", None),
    ("confidential-info", "lithora", "website",
     "Wij screenen alle kinderen in groep 3 op dyslexie; de uitslag bespreken we met de ouders.", None, None),
    # hurtful-language: a threat in inverted word order; "uw ... gezeur" to a parent
    ("hurtful-language", "lithora", "parent-group-app",
     "Als die man nog één keer aan mijn zoon zit, weet ik hem te vinden.", "Als die man nog", "threat"),
    ("hurtful-language", "lithora", "email",
     "Eerlijk gezegd ben ik uw eindeloze gezeur over een kapot speelgoedautootje meer dan zat.", "Eerlijk gezegd", None),
    ("hurtful-language", "lithora", "email",
     "Weet u de weg naar de gymzaal te vinden? Ik hoor uw zorg en neem die serieus.", None, None),
    # a marker's next sentence is another speaker's reply in a thread: not the confidential information
    ("confidential-info", "lithora", "instagram",
     "Noor: Tussen ons: Sem zit nu in een zorgtraject, zijn dossier is al heel dik.\nWouter: Maar verder alles goed.\n"
     "Noor: Fijn!", "Tussen ons", None),
    ("confidential-info", "lithora", "instagram",
     "Noor: Niet verder vertellen hoor!\nWouter: Maar verder alles goed.", None, None),
    ("confidential-info", "lithora", "instagram",
     "Noor: Niet verder vertellen hoor!\nNoor: Meester Tom vertrekt na de zomer naar een andere school.",
     "Noor: Meester Tom vertrekt", None),
    ("confidential-info", "onderwijs-primair", "email",
     "Even tussen ons.\nHoi Jeroen en Lisa,\nhet kamp gaat gewoon door.", None, None),
    # Kalisto: the app's own lines ("... heeft 'Groep 8' aangemaakt") are not the teacher's words
    ("official-channel", "kalisto", "whatsapp",
     "Meester Koen heeft 'Groep 8 Huiswerk' aangemaakt\nMeester Koen heeft jou toegevoegd\n\n"
     "Meester Koen: Hoi groep 8! Morgen hebben jullie de rekentoets, neem je schrift mee.",
     "Morgen hebben jullie de rekentoets", "whatsapp"),
    # personal-view statements in other words: "persoonlijke kijk", "los van de officiële lijn", "niet als spreekbuis"
    ("opinion-disclaimer", "kalisto", "linkedin",
     "Wat volgt is puur mijn persoonlijke kijk. De werkdruk is onverantwoord hoog.", None, None),
    ("opinion-disclaimer", "kalisto", "linkedin",
     "Dit staat los van de officiële lijn van Kalisto. De werkdruk is onverantwoord hoog.", None, None),
    ("opinion-disclaimer", "twijs", "linkedin",
     "Dit schrijf ik als docent, niet als spreekbuis van TWijs. De werkdruk is onverantwoord hoog.", None, None),
    ("opinion-disclaimer", "twijs", "linkedin",
     "Dit schrijf ik als docent. De werkdruk is onverantwoord hoog.", "De werkdruk is", None),
    # "ik spreek hier niet voor mijn school" denies speaking for the school (negation inside the phrase)
    ("speaking-for-school", "onderwijs-primair", "linkedin",
     "Dit is mijn eigen kijk als leerkracht, ik spreek hier niet voor mijn school.", None, None),
    ("speaking-for-school", "onderwijs-primair", "linkedin",
     "Ik spreek hier voor mijn hele team: dit plan gaat niet werken.", "Ik spreek hier", None),
    # a written-out thread: the author's turn with inside knowledge, not another speaker's line
    ("role-disclosure", "lithora", "facebook",
     "Karin Vos: Klopt het dat De Linde gaat sluiten?\nPetra Smit: Jawel, het bestuur heeft het al besloten.\n"
     "Karin Vos: Hoe weet jij dat?\nPetra Smit: Ik zit er dicht genoeg op, geloof me maar.",
     "Ik zit er dicht", None),
    # ... and another speaker's opinion is not the author's missing disclaimer
    ("opinion-disclaimer", "lithora", "facebook",
     "Monique Vos: Schandalig dat de school niks doet aan het pesten.\nSanne de Boer: Ik zie die kinderen elke dag "
     "van dichtbij, geloof me, er gebeurt veel.\nMonique Vos: Nou, ik merk er niks van.", None, None),
    # threads written as name lines with the text below, and speakers with an initial ("Mustafa E.:")
    ("role-disclosure", "lithora", "facebook",
     "Omroep Oost\nInspectie noemt het Lithora College zeer zwak.\n\nWendy Kramer\nMoet ik me zorgen maken?\n\n"
     "Ruben Schrijvers\nIk werk bij Lithora en kan je vertellen dat het over één afdeling gaat.",
     "Ik werk bij Lithora", "incomplete"),
    ("role-disclosure", "twijs", "facebook",
     "Mustafa E.: Weet iemand waarom Het Vlot in noodlokalen zit?\nJoyce K.: Asbest of zo?\n"
     "Wendy Smit: Geen asbest hoor, ik ben zelf leerkracht bovenbouw en het gaat om vocht.",
     "Geen asbest", "incomplete"),
    # consent in other words: "mochten erop van hun ouders"
    ("lesson-recording", "lithora", "instagram",
     "Hier het filmpje van de rekenles van groep 6! Alle kinderen op deze video mochten erop van hun ouders.", None, None),
    ("lesson-recording", "lithora", "instagram", "Hier het filmpje van de rekenles van groep 6!", "Hier het filmpje", None),
    # a private-message invitation that says nobody's name: on Instagram (pupils follow teachers there) it is pupil
    # contact, on Facebook an invitation to parents, so official-channel
    ("pupil-contact", "lithora", "instagram", "Stuur me gewoon een DM, ik reageer meestal binnen een uur!", "Stuur me", None),
    ("official-channel", "lithora", "instagram", "Stuur me gewoon een DM, ik reageer meestal binnen een uur!", None, None),
    ("official-channel", "lithora", "facebook", "Stuur me gewoon een DM, ik reageer meestal binnen een uur!", "Stuur me",
     "steer"),
    # on Instagram every post is a photo or video: a caption showing the class in a lesson as it happens is one
    ("lesson-recording", "twijs", "instagram", "Groep 4 vandaag tijdens de gymles, kijk ze gaan! 🏃", "Groep 4 vandaag", None),
    ("lesson-recording", "twijs", "instagram", "Morgen vervallen de lessen van groep 7 na de pauze.", None, None),
    ("lesson-recording", "twijs", "instagram",
     "Groep 4 vandaag tijdens de gymles, kijk ze gaan! 🏃 Alle ouders hebben toestemming gegeven.", None, None),
    ("lesson-recording", "twijs", "instagram",
     "Groep 4 vandaag tijdens de gymles, kijk ze gaan! De ouders van alle kinderen hebben op papier laten weten dat "
     "de foto online mag.", None, None),
    # a video's title line is not the finding when a later sentence shows the lesson in it
    ("lesson-recording", "kalisto", "youtube",
     "VLOG #12 | Een dag als meester in groep 6\nIn de intro een stukje van de ochtend.\n"
     "Vanaf 03:40 de rekenles over breuken, alle kinderen in beeld.\nVergeet niet te liken!", "Vanaf 03:40", None),
    ("lesson-recording", "kalisto", "youtube",
     "VLOG #12 | Een dag als meester in groep 6\nVergeet niet te liken!", "VLOG #12", None),
    # in a thread, another speaker's leak is not the author's (the author is the one with inside knowledge here)
    ("confidential-info", "lithora", "facebook",
     "Karin Vos: Weet iemand waarom juf Anne weg is?\nPetra Smit: Ik zit er dicht genoeg op, geloof me.\n"
     "Karin Vos: Tussen ons: ze zit thuis met een burn-out.", None, None),
    ("confidential-info", "lithora", "facebook",
     "Karin Vos: Weet iemand waarom juf Anne weg is?\nPetra Smit: Ik zit er dicht genoeg op, geloof me.\n"
     "Petra Smit: Tussen ons: ze zit thuis met een burn-out.", "Tussen ons", None),
    # more personal-view wordings: "mijn eigen geluid, niet dat van mijn school", "die is alleen van mij"
    ("opinion-disclaimer", "lithora", "facebook",
     "Dit is mijn eigen geluid, niet dat van mijn school. De werkdruk is onverantwoord hoog.", None, None),
    ("opinion-disclaimer", "lithora", "facebook",
     "Eén kanttekening, en die is echt alleen van mij: de werkdruk is onverantwoord hoog.", None, None),
    # speaking for every colleague with the verb at the end
    ("speaking-for-school", "lithora", "facebook",
     "Ik denk dat ik voor alle juffen en meesters van De Linde spreek als ik zeg: bedankt!", "Ik denk dat ik", None),
    ("speaking-for-school", "lithora", "facebook",
     "Ik spreek niet voor alle collega's, maar ik vond het een mooie dag.", None, None),
    # the whole team or a named school as the subject of a position
    ("speaking-for-school", "twijs", "x", "Heel De Vlinder staat achter deze staking, van kleuterjuf tot conciërge.",
     "Heel De Vlinder", None),
    ("speaking-for-school", "twijs", "x", "Team Tweespan zegt nee tegen de fusie!", "Team Tweespan", None),
    ("speaking-for-school", "twijs", "facebook", "Het hele team vindt dit een veel fijnere manier van werken.",
     "Het hele team", None),
    ("speaking-for-school", "twijs", "x", "Geloof me, de hele lerarenkamer van De Zandloper denkt er precies zo over.",
     "Geloof me", None),
    ("speaking-for-school", "twijs", "facebook", "Heel De Vlinder was er en het was heel gezellig.", None, None),
    ("speaking-for-school", "twijs", "facebook", "Het hele team heeft genoten van jullie optreden!", None, None),
    # a function word in the author's handle is not the function the pack asks to state
    ("role-disclosure", "lithora", "instagram",
     "@bijles: Lithora wil naar een vierdaagse lesweek, wat vinden jullie?\n@tamara: Niks van aan.\n"
     "@juf.mo: Ik werk zelf bij Lithora en zo zit het niet: het gaat om één vrije middag.", "Ik werk zelf",
     "incomplete"),
    # hurtful phrases: "slappe zak", "te dom om voor de duivel te dansen", "verwend aapje"
    ("hurtful-language", "lithora", "parent-group-app", "Die Bas was altijd al een slappe zak.", "Die Bas", None),
    ("hurtful-language", "lithora", "x", "Ronald, jij bent werkelijk te dom om voor de duivel te dansen.", "Ronald", None),
    ("hurtful-language", "lithora", "email", "Uw zoon gedraagt zich als een verwend aapje.", "Uw zoon", None),
    ("hurtful-language", "lithora", "facebook", "Het feest was een slappe bedoening, maar de taart was lekker.", None, None),
    # pointing parents to a social-media group or story, even from the approved channel
    ("official-channel", "lithora", "parro",
     "Heeft u geen Parro? Kijk dan even in de Facebookgroep van de klas, daar zetten we alles ook.", "Kijk dan even",
     "steer"),
    ("official-channel", "lithora", "instagram", "Ouders, de ophaaltijd zet ik straks in mijn story!", "Ouders, de ophaaltijd",
     "steer"),
    ("official-channel", "lithora", "parro", "Zet de ophaaltijd niet in de Facebookgroep, alles staat hier in Parro.", None, None),
    # pupils answering "ok meester" show whom a WhatsApp group is for (Kalisto: no WhatsApp groups with pupils)
    ("official-channel", "kalisto", "whatsapp",
     "Meester Daan: Ik heb deze groep gemaakt voor vragen over het werk.\nLisa: ok meester\nThijs: top meester",
     "Ik heb deze groep", "whatsapp"),
    ("official-channel", "kalisto", "whatsapp",
     "Meester Daan: Ik heb deze groep gemaakt voor vragen over het werk.\nLisa: ok, dank u wel voor het regelen",
     None, None),
    # an opinion with a tag question after it is still an opinion; a plain question is not
    ("opinion-disclaimer", "kalisto", "x", "De cao die nu op tafel ligt is een lachertje, daar trap je toch niet in?",
     "De cao die", None),
    ("opinion-disclaimer", "kalisto", "x", "Weet iemand of de cao die nu op tafel ligt al is ondertekend?", None, None),
    ("opinion-disclaimer", "som", "facebook",
     "Dat ons gebouw uit 1972 nog niet op de planning staat, is een blamage voor het schoolbestuur.", "Dat ons gebouw",
     "capacity"),
    # a thread with no clear author: the opener started the discussion, a later speaker joined it
    ("role-disclosure", "lithora", "facebook",
     "Kees Vos: Belachelijk, die nieuwe telefoonregel.\nAnja Bos: Mee eens.\nKees Vos: De school luistert nooit.\n"
     "Petra Smit: De school heeft de regel vorig jaar al met de MR besproken.",
     "De school heeft de regel", None),
    # one finding per sentence: speaking for the team is reported, not also as a missing role statement
    ("role-disclosure", "kalisto", "instagram",
     "@ouder_x: Gaat Het Palet ook mee met die extra oefentoetsen?\n"
     "@meesterhidde: Namens het hele team van Het Palet: nee, daar valt niet over te onderhandelen.", None, None),
    ("speaking-for-school", "kalisto", "instagram",
     "@ouder_x: Gaat Het Palet ook mee met die extra oefentoetsen?\n"
     "@meesterhidde: Namens het hele team van Het Palet: nee, daar valt niet over te onderhandelen.",
     "Namens", None),
    # more ways of speaking for the school
    ("speaking-for-school", "som", "facebook", "Wij als SOM-school vinden dat de inspectie te veel naar papier kijkt.",
     "Wij als SOM-school", None),
    ("speaking-for-school", "kalisto", "x", "Wij leerkrachten van Kalisto eisen dat het bestuur nu kleur bekent.",
     "Wij leerkrachten", None),
    ("speaking-for-school", "kalisto", "tiktok", "Bij ons op De Lindeboom vinden we bewegen in de klas superbelangrijk.",
     "Bij ons op", None),
    ("speaking-for-school", "kalisto", "tiktok", "Bij ons op de camping vinden we het altijd gezellig.", None, None),
    # "mijn persoonlijke kanttekening, los van de school" is a personal-view statement
    ("opinion-disclaimer", "lithora", "linkedin",
     "Mijn persoonlijke kanttekening, los van de school: de werkdruk is onverantwoord hoog.", None, None),
    # more Dutch insults and coarse phrases from the word list; "heks" and "kikker" only after an insulting adjective
    # without a channel or a staff author, a thread is a page with its comments: nobody joins in
    ("role-disclosure", "lithora", None,
     "Karin Vos: Klopt het dat De Linde gaat sluiten?\nPetra Smit: Jawel, het bestuur heeft het al besloten.\n"
     "Karin Vos: Hoe weet jij dat?\nPetra Smit: Ik zit er dicht genoeg op, geloof me maar.", None, None),
    ("hurtful-language", "lithora", "tiktok", "En wie is die dikkerd die als laatste binnen kwam waggelen 😂",
     "En wie is die dikkerd", None),
    ("hurtful-language", "lithora", "facebook", "Alleen die directeur, wat een lafbek, durft mijn mail niet te beantwoorden.",
     "Alleen die directeur", None),
    ("hurtful-language", "lithora", "facebook", "Die juf van groep 2 is toch een hysterisch wijf.", "Die juf", None),
    ("hurtful-language", "lithora", "x", "Ouders die om 8.31 nog staan te kletsen bij het hek: kop dicht!", "Ouders die", None),
    ("hurtful-language", "lithora", "facebook", "Groep 3 speelde de heks en de kikker in de musical, prachtig!", None, None),
    ("hurtful-language", "lithora", "facebook", "De halve klas zat gisteren nog in de halve finale van het dictee.", None, None),
]


def _case_id(case) -> str:
    check_id, protocol, channel, text, trigger, _ = case
    return f"{check_id}-{protocol}-{'pos' if trigger else 'neg'}-{text[:30]}"


@pytest.mark.parametrize("check_id,protocol,channel,text,trigger,variant", CASES, ids=[_case_id(c) for c in CASES])
def test_conduct_case(check_id, protocol, channel, text, trigger, variant):
    findings = [f for f in check(text, protocol, channel) if f.check == check_id]
    if trigger is None:
        assert findings == [], [f.match for f in findings]
        return
    line, column = position(text, trigger)
    at = [f for f in findings if (f.line, f.column) == (line, column)]
    assert at, f"expected {check_id} at {line}:{column}, got {[(f.line, f.column, f.match) for f in findings]}"
    assert at[0].variant == variant
    assert at[0].match.startswith(trigger)
    assert at[0].protocol_refs, "a conduct finding cites the protocol article"


def _trigger_sets():
    """Every (pattern, trigger words, prefixes, contains[, also]) a check relies on:
    the check runs the pattern only on sentences that hold a trigger (with
    ``also``: the further words some triggers need, see ``_common.sentences_with``)."""
    from socialcheck.checks import _common as c
    from socialcheck.checks import channels, confidential, contact, opinion, recording, role, tone
    exact, prefixes = tone._triggers()
    out = [
        (opinion._EVAL, opinion._EVAL_WORDS, opinion._EVAL_PREFIXES, (), opinion._EVAL_ALSO),
        (opinion.DISCLAIMER, opinion._DISCLAIMER_WORDS, ("privé",), (), opinion._DISCLAIMER_ALSO),
        (role._SPEAK, role._SPEAK_WORDS, (), (), role._SPEAK_ALSO),
        (tone._pattern(), exact, prefixes, ()),
        (tone._ULTIMATUM, tone._ULTIMATUM_WORDS, (), ()),
        (tone._NAME_CALLING, tone._NAME_CALLING_WORDS, (), ()),
        (tone._DISMISS, tone._DISMISS_WORDS, (), ()),
        (tone._RHETORICAL_INSULT, tone._RHETORICAL_WORDS, tone._RHETORICAL_PREFIXES, ()),
        (tone._MOCKERY, tone._MOCKERY_WORDS, tone._MOCKERY_PREFIXES, ()),
        (c._PARENT_CUE, c._PARENT_CUE_WORDS, (), (), c._PARENT_CUE_ALSO),
    ]
    out += [(rx, channels._ANNOUNCE_WORDS, channels._ANNOUNCE_PREFIXES, channels._ANNOUNCE_CONTAINS)
            for rx in (channels._ANNOUNCE, channels._CHANGE, channels._LOGISTICS, channels._SCHOOL_EVENT)]
    out += [(rx, confidential._TRIGGER_WORDS_VIA, confidential._TRIGGER_PREFIXES
             + (confidential._INTERNAL_PREFIXES if rx is confidential._INTERNAL else ()), confidential._TRIGGER_CONTAINS)
            for rx in _CONFIDENTIAL_PATTERNS()]
    out += [(rx, recording._TRIGGER_WORDS, recording._TRIGGER_PREFIXES, ()) for rx in (recording._REC_NOUN, recording._REC_VERB)]
    out += [(rx, contact._TRIGGER_WORDS, contact._TRIGGER_PREFIXES, (), contact._TRIGGER_ALSO)
            for rx in (contact._FRIEND, contact._ACCEPT, contact._MESSAGE)]
    out += [(contact._TALK_HERE, contact._TALK_HERE_WORDS, (), (), contact._TALK_HERE_ALSO),
            (channels._MOVE_HERE, channels._MOVE_HERE_WORDS, channels._MOVE_HERE_PREFIXES, (), channels._MOVE_HERE_ALSO),
            (channels._ELSEWHERE, channels._ELSEWHERE_WORDS, channels._ELSEWHERE_PREFIXES, (), channels._ELSEWHERE_ALSO),
            (contact._CONTACT_QUESTION, contact._CONTACT_QUESTION_WORDS, contact._CONTACT_QUESTION_PREFIXES, ())]
    return out


def _CONFIDENTIAL_PATTERNS():
    from socialcheck.checks import confidential
    return (confidential._DOSSIER, confidential._SICK, confidential._HR, confidential._PAY, confidential._PUPIL_SENSITIVE,
            confidential._INTERNAL, confidential._FWD, confidential._BACK, confidential._MEETING)


def _corpus_texts():
    import glob
    import re
    texts = [case[3] for case in CASES]
    for folder in ("conduct", "conduct-holdout"):
        for path in sorted(glob.glob(os.path.join(ROOT, "benchmarks", "corpus", folder, "*.txt"))):
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
            texts.append(re.sub(r"\[\[[a-z-]+\|(.*?)\]\]", r"\1", raw, flags=re.S))
    return texts


#: One sentence per alternative of the patterns whose trigger words the corpus rarely exercises.
_TRIGGER_EXAMPLES = [
    # _common._PARENT_CUE
    "Als moeder vind ik dit raar.", "Ik ben een vader van twee kinderen.", "Mijn zoon zegt dat de juf ziek is.",
    "Onze oudste zit bij meester Tim in groep 6.", "Als mama-van-drie weet ik dat.",
    # opinion.DISCLAIMER
    "Dit staat los van de school.", "Ik spreek hier niet namens mijn school.", "Dit is mijn eigen verhaal.",
    "Het is niet dat van mijn school.", "Let op: niet die van de school.",
    # tone._RHETORICAL_INSULT
    "Hoe dom kun je zijn.", "Wat ben jij toch een zeurpiet!", "Wat is die man een kwal.", "Hou nou eens je mond.",
    "Zit maar weer te janken.", "Doe eens even normaal.", "Zoek eens een hobby.", "Een stel verwende kinderen.",
    "Net zoveel verstand van onderwijs als mijn cavia.", "Evenveel kaas van gegeten als een baby.",
    "Ga eens een cursus opvoeden volgen.", "Het verstand van een garnaal.", "Wat een stelletje prutsers.",
    # channels._MOVE_HERE
    "Ik zet dit soort dingen voortaan gewoon hier neer.", "Vanaf nu zet ik alles hier.",
    "Van nu af aan zet ik het via deze app.", "In het vervolg zet ik het in deze groep.",
    "Hier lezen jullie het tenminste.", "Gooi het in een berichtje via Messenger.", "Stuur het even via insta.",
    "Vraag het gerust in een DM.", "Messenger lees ik sneller.", "Mail me via mijn privémail.",
    "Mail me via mijn privé-mail.", "Bereik me op mijn eigen nummer.", "Mail naar mijn gmail.", "Bel me op m'n 06.",
    # channels._ELSEWHERE
    "Kijk in de Facebookgroep van de klas.", "Ik zet de foto straks in mijn story.",
    "Ik zet ze op mijn instastory.", "In de WhatsAppgroep zetten we alles.",
    # contact._TALK_HERE
    "Laten we dat hier in de dm's uitpraten.", "Ik wil het hier via WhatsApp met u bespreken.",
    "Dat leg ik hier even uit: - het werk is niet af.", "Ik kom hier op terug om het uit te leggen.",
    "Dat kunnen we privé hebben over je cijfer.", "Via messenger kunnen we dat doorspreken.",
    "Hier kan ik dat rechtzetten.",
    # contact._FRIEND, _ACCEPT, _MESSAGE
    "Ik heb je vriendschapsverzoek geaccepteerd.", "Doe me een vriendschapsverzoek!", "Doe maar een vriendenverzoek.",
    "Bel me op mijn 06.", "Bel mij gerust privé.",
    # contact._CONTACT_QUESTION
    "Zal ik zeggen dat ze u kunnen toevoegen?", "Mogen we vrienden worden?", "Zal ik ze adden?",
    "Mag ik je volgen?", "Kun je mijn vriendschapsverzoekje accepteren?",
]


def test_trigger_examples_match():
    """Every example of _TRIGGER_EXAMPLES matches one of the patterns it is there for."""
    from socialcheck.checks import _common, channels, contact, opinion, tone
    patterns = (channels._MOVE_HERE, channels._ELSEWHERE, contact._TALK_HERE, contact._FRIEND, contact._ACCEPT,
                contact._MESSAGE, contact._CONTACT_QUESTION, _common._PARENT_CUE, tone._RHETORICAL_INSULT,
                opinion.DISCLAIMER)
    assert [t for t in _TRIGGER_EXAMPLES if not any(rx.search(t.lower()) for rx in patterns)] == []


def test_trigger_words_cover_every_pattern_match():
    """The fast pre-filter (:func:`_common.sentences_with`) must not hide a
    sentence that a check's pattern matches: every match holds a trigger."""
    from socialcheck.checks import _common as c
    from socialcheck.detectors.base import Context
    sets = _trigger_sets()
    missed = []
    for text in _corpus_texts() + _TRIGGER_EXAMPLES:
        ctx = Context(text)
        sents = c.sentences(ctx)
        for rx, words, prefixes, contains, *also in sets:
            got = set(c.sentences_with(ctx, frozenset(words), tuple(prefixes), tuple(contains), *also))
            for i, sp in enumerate(sents):
                if i not in got and rx.search(c.span_text(ctx, sp)):
                    missed.append((rx.pattern[:40], c.span_text(ctx, sp)[:80]))
    assert missed == []


def test_confidential_needs_via_as_a_trigger_only_for_via_via():
    """``confidential-info`` leaves "via" out of its trigger words in a text
    without "via via" (_VIA_VIA): there every match of its patterns holds
    another trigger."""
    from socialcheck.checks import _common as c
    from socialcheck.checks import confidential
    from socialcheck.detectors.base import Context
    missed = []
    for text in _corpus_texts() + ["Dat hoorde ik via via.", "Via via weet ik dat ze thuis zit."]:
        ctx = Context(text)
        via = confidential._VIA_VIA.search(ctx.lower) is not None
        words = confidential._TRIGGER_WORDS_VIA if via else confidential._TRIGGER_WORDS
        got = set(c.sentences_with(ctx, words, confidential._TRIGGER_PREFIXES, confidential._TRIGGER_CONTAINS))
        internal = set(c.sentences_with(ctx, frozenset(), confidential._INTERNAL_PREFIXES))
        for i, sp in enumerate(c.sentences(ctx)):
            for rx in _CONFIDENTIAL_PATTERNS():
                if i not in (got | internal if rx is confidential._INTERNAL else got) and rx.search(c.span_text(ctx, sp)):
                    missed.append((rx.pattern[:40], c.span_text(ctx, sp)[:80]))
    assert missed == []


def test_hurtful_searches_gated_per_pattern_equal_all_searches_on_every_triggered_sentence():
    """``hurtful-language`` runs each of its searches only on the sentences
    that hold that search's own triggers, and looks up the text's audience
    only for familiar words: the same spans as every search on every sentence
    with a trigger of any of them, the audience known up front."""
    from socialcheck.checks import _common as c
    from socialcheck.checks import tone
    from socialcheck.detectors.base import Context
    from socialcheck.model import Span
    assert [t for t in tone._RULE_TRIGGERS[1:]] == [
        (tone._ULTIMATUM_WORDS, ()), (tone._NAME_CALLING_WORDS, ()), (tone._DISMISS_WORDS, ()),
        (tone._RHETORICAL_WORDS, tone._RHETORICAL_PREFIXES), (tone._CALLED_WORDS, ()),
        (tone._MOCKERY_WORDS, tone._MOCKERY_PREFIXES)]
    assert [rx for rx, _ in tone._RULES] == [tone._ULTIMATUM, tone._NAME_CALLING, tone._DISMISS, tone._RHETORICAL_INSULT,
                                             tone._CALLED, tone._MOCKERY]
    assert tone._ALL_RULES == (1 << len(tone._RULES) + 1) - 1

    def reference(ctx):
        spans = []
        pupils = "pupils" in c.audience(ctx)
        sents = c.sentences(ctx)
        exact, prefixes = tone._triggers()
        words = (exact | tone._ULTIMATUM_WORDS | tone._NAME_CALLING_WORDS | tone._DISMISS_WORDS | tone._RHETORICAL_WORDS
                 | tone._CALLED_WORDS | tone._MOCKERY_WORDS)
        for i in c.sentences_with(ctx, words, prefixes + tone._RHETORICAL_PREFIXES + tone._MOCKERY_PREFIXES):
            s, e = sents[i]
            hits = tone.hurtful_hits(ctx, s, e)
            if not hits:
                continue
            low = ctx.lower[s:e]
            if tone._META.search(low):
                continue
            kinds = [k for k, _, _ in hits]
            if "threat" in kinds:
                variant = "threat"
            elif "insult" in kinds or "swear" in kinds:
                variant = None
            else:
                strong, weak = kinds.count("familiar"), kinds.count("familiar-weak") + tone.kisses(ctx.text, s, e)
                if not (strong or weak >= 2) \
                        or not ((strong and strong + weak >= 2) or pupils or tone._TEACHER_SELF.search(low)):
                    continue
                variant = "familiar"
            spans.append(Span(s, e, "hurtful-language", 0.8, "conduct.tone", variant))
        return spans

    found = 0
    for text in _corpus_texts():
        got = tone._hurtful(Context(text))
        assert got == reference(Context(text)), text[:80]
        found += len(got)
    assert found > 20


def test_confidential_marker_sentence_is_not_reported_itself():
    text = "Ssst, dit is nog vertrouwelijk, maar ik kan het niet voor me houden. Onze directeur vertrekt na de zomer."
    found = [f.match for f in check(text, "kalisto", "facebook") if f.check == "confidential-info"]
    assert found == ["Onze directeur vertrekt na de zomer."]


def test_a_dot_inside_a_handle_ends_no_sentence():
    """"@lieke.opdefiets" is one handle: the finding covers the whole invitation, not the half after the dot. (Who
    is invited is not said: the rules read it as steering a parent away from the school's channels.)"""
    text = "Geeft niks hoor! Stuur maar een verzoekje naar mijn privéaccount @lieke.opdefiets, daar zet ik foto's op."
    assert _rules_only(text, "twijs", "instagram", "official-channel") == [text[text.index("Stuur"):]]
    from socialcheck import nlp
    assert nlp.sentences("Dag juf.mo en tot morgen. Tot ziens.") == [(0, 25), (26, 36)]


def test_opinion_reports_the_first_opinion_sentence_once_and_skips_the_role_sentence():
    """One missing disclaimer is one finding, at the first opinion sentence
    that is not already the role-disclosure finding."""
    text = ("Reactie op het bericht over de sluiting:\n\nIk werk zelf bij Lithora en kan jullie vertellen dat dit "
            "besluit niet licht is genomen. Eerlijk gezegd vind ik wel dat het bestuur de ouders veel te laat heeft "
            "geïnformeerd. De inspectie had daar veel eerder naar moeten kijken.")
    found = check(text, "lithora", "facebook")
    assert [f.match[:20] for f in found if f.check == "opinion-disclaimer"] == ["Eerlijk gezegd vind "]
    assert [f.match[:20] for f in found if f.check == "role-disclosure"] == ["Ik werk zelf bij Lit"]


def test_front_matter_channel_and_author_are_used_and_lines_map_to_the_source():
    post = ("---\nchannel: facebook\nauthor: teacher\n---\n\n# Schoolreisje\n\n"
            "Lieve ouders! Het schoolreisje is op donderdag 12 juni, we vertrekken om 8.15 uur.\n")
    found = [f for f in check(post, "lithora", None, markdown=True) if f.check == "official-channel"]
    assert [(f.line, f.column) for f in found] == [position(post, "Het schoolreisje is op")]
    as_parent = post.replace("author: teacher", "author: parent")
    assert [f for f in check(as_parent, "lithora", None, markdown=True) if f.check == "official-channel"] == []


def test_school_author_needs_no_personal_disclaimer_but_a_teacher_does():
    body = "Wij vinden dat de werkdruk veel te hoog is en het bestuur moet daar echt iets aan doen.\n"
    school = "---\nchannel: website\nauthor: school\n---\n" + body
    teacher = "---\nchannel: facebook\nauthor: teacher\n---\n" + body
    assert not [f for f in check(school, "lithora", None, markdown=True) if f.check == "opinion-disclaimer"]
    assert [f for f in check(teacher, "lithora", None, markdown=True) if f.check == "opinion-disclaimer"]


def test_kalisto_whatsapp_group_with_pupils_cites_the_inleiding_rule():
    found = [f for f in check("Ik heb een WhatsApp-groep gemaakt met alle leerlingen van groep 8.", "kalisto", "email")
             if f.check == "official-channel"]
    assert found and "I.1" in [r.article for r in found[0].protocol_refs]


@pytest.mark.parametrize("info", [c for c in registry.CHECKS.values() if c.category == Category.CONDUCT],
                         ids=lambda c: c.id)
def test_registry_examples_behave_as_documented(info):
    """``socialcheck explain`` shows a bad and a good example: the bad one must
    trigger the check and the good one must not (generic pack, Facebook)."""
    assert info.explain.get("nl") and info.explain.get("en")
    bad = [f.check for f in check(info.bad, "default", "facebook")]
    good = [f.check for f in check(info.good, "default", "facebook") if f.category == "conduct"]
    assert info.id in bad
    assert good == []


def _cli(tmp_path, text: str, *args: str) -> subprocess.CompletedProcess:
    post = tmp_path / "post.txt"
    post.write_text(text, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "socialcheck", str(post), *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_opinion_post_on_facebook_fails_with_lithora_article_d4(tmp_path):
    proc = _cli(tmp_path, "Het bestuur van Lithora luistert veel te weinig naar leraren.\n",
                "--protocol", "lithora", "--channel", "facebook", "--format", "json")
    assert proc.returncode == 1, proc.stderr
    out = json.loads(proc.stdout)
    opinion = [f for f in out["findings"] if f["check"] == "opinion-disclaimer"]
    assert opinion and opinion[0]["line"] == 1 and opinion[0]["column"] == 1
    assert "D.4" in [r["article"] for r in opinion[0]["protocol_refs"]]


def test_cli_same_post_with_disclaimer_passes(tmp_path):
    proc = _cli(tmp_path, "Op persoonlijke titel: het bestuur van Lithora luistert veel te weinig naar leraren.\n",
                "--protocol", "lithora", "--channel", "facebook", "--format", "json")
    assert proc.returncode == 0, proc.stdout
    assert [f for f in json.loads(proc.stdout)["findings"] if f["category"] == "conduct"] == []


def test_cli_explain_shows_the_conduct_explanation(tmp_path):
    env = dict(os.environ, PYTHONPATH=ROOT)
    proc = subprocess.run([sys.executable, "-m", "socialcheck", "explain", "logo-use", "--lang", "en"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "logopedist" in proc.stdout and "GR-NAAM.3" in proc.stdout


def _rules_only(text: str, protocol: str, channel: str, check_id: str) -> list[str]:
    """The rules' findings of ``check_id`` (learned scorer off), as matched text."""
    cfg = config.build({}, None, {"protocol": protocol, "channel": channel, "conduct_model": False})
    return [f.match for f in engine.check_document(read_text("post.txt", text), cfg) if f.check == check_id]


# SOM richtlijn 4: no discussions with pupils or parents on social media. Invented thread and messages.
_SOM_THREAD = ("Post van Ingrid de Groot: Mijn zoon krijgt een 3,8 voor geschiedenis en niemand legt me uit waarom.\n"
               "Karin V.: Echt? Zo jammer.\n"
               "Mees Verhoef: Mevrouw De Groot, Finn heeft die toets gewoon niet goed gemaakt, hij had de hoofdstukken "
               "niet geleerd.\n"
               "Mees Verhoef: Laten we maandag even bellen.\n")


def test_som_staff_reply_about_a_named_pupils_work_in_a_parents_thread_is_pupil_contact():
    assert _rules_only(_SOM_THREAD, "som", "facebook", "pupil-contact") == [
        "Mevrouw De Groot, Finn heeft die toets gewoon niet goed gemaakt, hij had de hoofdstukken "
        "niet geleerd."]


def test_pupil_matters_apply_only_where_the_pack_forbids_discussions():
    assert _rules_only(_SOM_THREAD, "onderwijs-primair", "facebook", "pupil-contact") == []


def test_som_reply_without_a_named_pupil_or_about_the_addressee_only_is_not_a_pupil_matter():
    general = _SOM_THREAD.replace("Finn heeft die toets", "de toetsen zijn dit jaar anders en die toets")
    assert _rules_only(general, "som", "facebook", "pupil-contact") == []
    assert _rules_only("Hoi Karin, de toets van groep 6 is verschoven naar vrijdag.", "som", "facebook",
                       "pupil-contact") == []


def test_som_staff_reply_that_addresses_a_speaker_of_the_thread_needs_no_parent_wording():
    """The parent's own post need not say "mijn zoon": the teacher answers a speaker of the thread by name."""
    thread = ("Petra Smit: Weer een onvoldoende en niemand die ons op tijd waarschuwt.\n"
              "Gerrit Hoekstra: Mevrouw Smit, Thijs heeft drie toetsen niet ingeleverd, dat hebben we al besproken.\n"
              "Petra Smit: Dat is niet waar.\n")
    assert _rules_only(thread, "som", "facebook", "pupil-contact") == [
        "Mevrouw Smit, Thijs heeft drie toetsen niet ingeleverd, dat hebben we al besproken."]
    # addressing someone who is not in the thread is no answer to the parent
    stranger = thread.replace("Mevrouw Smit, Thijs", "Beste collega's, Thijs")
    assert _rules_only(stranger, "som", "facebook", "pupil-contact") == []


def test_som_direct_reply_to_a_parent_about_a_named_pupil_is_pupil_contact():
    text = "Hoi Hanneke, ja klopt, Luuk heeft een andere jongen geslagen en mocht niet mee naar buiten.\nGroet, Bas"
    assert _rules_only(text, "som", "facebook", "pupil-contact") == [
        "Hoi Hanneke, ja klopt, Luuk heeft een andere jongen geslagen en mocht niet mee naar buiten."]
    # the name of the person addressed is no pupil
    assert _rules_only("Hoi Hanneke, je toets is nagekeken.", "som", "facebook", "pupil-contact") == []


@pytest.mark.parametrize("protocol, channel, text, want", [
    # requests sent to a group of parents, people added or followed back (invented)
    ("kalisto", "facebook", "Ik heb deze week alle ouders van mijn nieuwe groep een vriendschapsverzoek gestuurd, "
     "dan blijven we in contact.", True),
    ("kalisto", "facebook", "Ik heb trouwens vriendschapsverzoeken gestuurd naar een paar ouders uit de klas.", True),
    ("twijs", "instagram", "Hey Noor! Leuk, ik heb je terug gevolgd.", True),
    ("kalisto", "instagram", "Zullen we elkaar volgen? Dan zie je mijn filmpjes als eerste.", True),
    ("lithora", "facebook", "Ik voeg eigenlijk alle ouders van school toe, is wel zo gezellig.", True),
    ("twijs", "facebook", "Haha natuurlijk Jesse, je verzoek is al goedgekeurd!", True),
    # a request to one acquaintance is no contact with pupils or parents; a pupil's own line is not the author's
    ("onderwijs-primair", "facebook", "Ik heb je een vriendschapsverzoek gestuurd, vond het zo gezellig bij de brunch.",
     False),
    ("twijs", "instagram", "Sem: meester ik heb u een volgverzoek gestuurd haha\nMeester Ruud: Ik zie het, Sem. "
     "Tot morgen in de klas.", False),
])
def test_contact_requests_sent_added_and_followed_back(protocol, channel, text, want):
    assert bool(_rules_only(text, protocol, channel, "pupil-contact")) == want


@pytest.mark.parametrize("protocol, channel, text, want", [
    # inside knowledge from staff meetings, from close by, from the corridors (invented)
    ("lithora", "facebook", "Reactie op het bericht over het nieuwe rooster:\nGeen paniek, dat is in de teamvergadering "
     "van september zo afgesproken.", "Geen paniek, dat is in de teamvergadering"),
    ("kalisto", "x", "@Dagblad Laat ik het zo zeggen: ik maak het van dichtbij mee, en het gaat gewoon door.",
     "Dagblad Laat ik het zo zeggen"),
    ("twijs", "facebook", "Reactie onder het bericht over de sluiting:\nEr ligt intern allang een plan voor, met "
     "onderhoud heeft het weinig te maken.", "Er ligt intern allang"),
    ("lithora", "facebook", "Reactie onder het bericht over de fusie:\nIk hoor het al een tijdje in de wandelgangen, "
     "het komt er echt aan.", "Ik hoor het al een tijdje in de wandelgangen"),
    # "intern" in a job title is no inside knowledge
    ("lithora", "facebook", "Reactie op het bericht:\nOnze intern begeleider heeft ons goed geholpen, dank daarvoor!", None),
])
def test_role_disclosure_inside_knowledge_from_meetings_and_corridors(protocol, channel, text, want):
    found = _rules_only(text, protocol, channel, "role-disclosure")
    assert [f[:len(want)] for f in found] == ([want] if want else [])


def test_official_channel_reports_the_mail_body_not_its_subject_line_and_not_a_column_teaser():
    mail = ("Van: meester.jan@gmail.example\nOnderwerp: morgen lesuitval!\n\nBeste ouders,\n"
            "Morgen vallen het derde en vierde uur uit, de leerlingen mogen later komen.\nGroet, Jan")
    assert _rules_only(mail, "twijs", "email", "official-channel") == [
        "Morgen vallen het derde en vierde uur uit, de leerlingen mogen later komen."]
    # a subject line alone is the announcement
    assert _rules_only("Onderwerp: morgen lesuitval!\n\nGroet, Jan", "twijs", "email", "official-channel") == [
        "Onderwerp: morgen lesuitval!"]
    column = ("Deze week stond ik in de regen bij het hek.\n"
              "Volgende week: waarom kinderen altijd op vrijdag hun gymschoenen kwijt zijn.")
    assert _rules_only(column, "lithora", "blog", "official-channel") == []


def test_som_pupil_matter_finding_says_it_is_a_discussion():
    cfg = config.build({}, None, {"protocol": "som", "channel": "facebook", "conduct_model": False})
    found = [f for f in engine.check_document(read_text("post.txt", _SOM_THREAD), cfg) if f.check == "pupil-contact"]
    assert [f.variant for f in found] == ["discussion"]
    assert found[0].message.startswith("Zaak van een leerling besproken")


def test_the_authors_own_handle_above_a_post_is_no_reply():
    """A reel or post copied with the author's handle on its first line ("@meesterjoep_kalisto") is not a
    reply to anyone: no discussion, so no role-disclosure, even though the handle names the foundation."""
    text = ("@meesterjoep_kalisto\n\nSchoolreis vlog!! Heel groep 6 in de achtbaan, kijk die koppies.\n"
            "Daarna patat, regen en nog meer patat.\n\n#schoolreis #meester")
    assert _rules_only(text, "kalisto", "tiktok", "role-disclosure") == []
    reply = "Reactie op de Dorpskrant:\n@dorpskrant Bij Kalisto is dat allang intern besloten, dat weet ik zeker."
    assert _rules_only(reply, "kalisto", "x", "role-disclosure"), "a line that answers a handle still is a reply"


def test_a_pupils_message_pasted_above_the_teachers_answer_is_not_the_authors():
    """Only the author's own turns of a pasted chat count: the pupil's question about a test is not official
    news on WhatsApp; the teacher's offer to be messaged any time is pupil contact (TWijs)."""
    text = ("Noor:\nMevrouw, ik snap echt niks van hoofdstuk 5 en de toets is donderdag 😩\n\n"
            "Mevr. Bakker:\nGeeft niks Noor, je mag me altijd appen hoor, ook in het weekend of 's avonds laat.\n\n"
            "Noor:\nThanks!")
    found = [(f.check, f.match) for f in check(text, "twijs", "whatsapp")]
    assert not [m for _, m in found if "hoofdstuk 5" in m], found
    assert any(ch == "pupil-contact" and "altijd appen" in m for ch, m in found), found


def test_a_finding_in_a_chat_export_starts_at_the_words_not_at_the_time_stamp_and_name():
    text = ("[12-03 19:41] Moeder van Jesse: Hoe gaat het eigenlijk in de klas?\n"
            "[12-03 20:06] Juf Lotte: Tussen ons: bij Noah uit dezelfde groep loopt al een traject met jeugdzorg "
            "en zijn dossier ligt bij de orthopedagoog.\n")
    found = _rules_only(text, "som", "whatsapp", "confidential-info")
    assert len(found) == 1 and found[0].startswith("Tussen ons"), found


_CLASS_APP = ("Klassenapp groep 6 (aangemaakt door juf Fenna)\n\nGoedemorgen ouders!\n"
              "Gym is donderdag in plaats van dinsdag, de zaal wordt geverfd.\n"
              "Ouders die niet in deze app zitten krijgen dit bericht per mail.")


def test_kalisto_teachers_whatsapp_group_with_the_class_parents_is_the_approved_group_app():
    """Kalisto B.1 lets a teacher run a group app with the parents of the class for practical news; on
    WhatsApp that is the app. Lithora approves no such app; one parent addressed alone is no class app."""
    assert _rules_only(_CLASS_APP, "kalisto", "whatsapp", "official-channel") == []
    assert _rules_only(_CLASS_APP, "lithora", "whatsapp", "official-channel")
    dm = "Hoi Ingrid, even via de app.\n\nVrijdagmiddag zijn de kinderen om 12.00 uur vrij, wil je het doorgeven?"
    assert _rules_only(dm, "kalisto", "whatsapp", "official-channel")


def _rules_by(author: str, text: str, protocol: str, channel: str, check_id: str) -> list[str]:
    """Like :func:`_rules_only`, with the ``author:`` of the front matter set."""
    cfg = config.build({}, None, {"protocol": protocol, "channel": channel, "conduct_model": False})
    doc = read_markdown("post.md", f"---\nauthor: {author}\n---\n{text}")
    return [f.match for f in engine.check_document(doc, cfg) if f.check == check_id]


_SETTLED = ("@dorpsnieuws: Basisschool De Meidoorn al maanden zonder vaste directeur. Ouders ongerust.\n"
            "@papa_van_twee: Weet iemand wat er speelt?\n"
            "@juf_rianne: Er is allang een nieuwe directeur gevonden, ze begint na de zomer.\n"
            "@papa_van_twee: Bron??\n")


def test_a_long_settled_fact_in_a_thread_is_inside_knowledge():
    """'allang' (and 'het gaat niet om', 'het ligt niet aan') corrects a rumour with what only an insider
    knows: a teacher who does so without her role breaks TWijs C.3; a parent's line is no such thing."""
    assert _rules_by("teacher", _SETTLED, "twijs", "x", "role-disclosure") == [
        "Er is allang een nieuwe directeur gevonden, ze begint na de zomer."]
    assert _rules_by("parent", _SETTLED, "twijs", "x", "role-disclosure") == []
    stated = _SETTLED.replace("Er is allang", "Ik werk zelf op De Meidoorn als leerkracht van groep 5: er is allang")
    assert _rules_by("teacher", stated, "twijs", "x", "role-disclosure") == []
    money = _SETTLED.replace("Er is allang een nieuwe directeur gevonden, ze begint na de zomer.",
                             "Het ligt niet aan het geld, het bestuur moet nog tekenen.")
    assert _rules_by("teacher", money, "twijs", "x", "role-disclosure") == [
        "Het ligt niet aan het geld, het bestuur moet nog tekenen."]


_NEWS_THREAD = ("dalwijksnieuws.nl – 'Overblijven op De Klaproos verdwijnt' – 12 reacties\n\n"
                "Henk Jansen: Typisch, eerst fuseren en dan bezuinigen.\n"
                "R. de Wit: Het gaat helemaal niet om een bezuiniging, er komt een continurooster.\n"
                "Henk Jansen: En wie bent u dan?\n")


def test_comments_under_a_news_article_are_a_personal_channel_even_when_given_as_website():
    """A teacher commenting under a local paper's article speaks as a private person (Lithora A.4 asks her to
    say she works there), though the user gave the channel as 'website'; the school's own page is not that."""
    assert _rules_by("teacher", _NEWS_THREAD, "lithora", "website", "role-disclosure") == [
        "Het gaat helemaal niet om een bezuiniging, er komt een continurooster."]
    own_page = _NEWS_THREAD.replace("dalwijksnieuws.nl – 'Overblijven op De Klaproos verdwijnt' – 12 reacties",
                                    "Nieuws van De Klaproos")
    assert _rules_by("teacher", own_page, "lithora", "website", "role-disclosure") == []


@pytest.mark.parametrize("text, want", [
    ("Ik kan je vertellen dat we er op De Kraanvogel allemaal zo over denken.", True),
    ("Volgens mij staan alle collega's van de stichting er precies zo in.", True),
    ("Ik denk niet dat we er allemaal zo over denken.", False),
    ("Mijn buren denken er allemaal zo over, maar ik niet.", False),
])
def test_everyone_at_the_school_thinks_alike_is_speaking_for_it(text, want):
    """Presuming that the whole team or every colleague shares one's view speaks for them (Lithora B.2)."""
    assert bool(_rules_by("teacher", text, "lithora", "facebook", "speaking-for-school")) == want


def test_a_whatsapp_group_named_for_the_class_parents_is_the_kalisto_group_app():
    text = ("Groepsapp: Ouders groep 4 – juf Ilona (beheerder)\n\nGoedemiddag allemaal!\n"
            "Donderdag 22 mei gaan we op schoolreis naar het speelpark, de bus vertrekt om 8.30 uur.\n")
    assert _rules_by("teacher", text, "kalisto", "whatsapp", "official-channel") == []
    pupils = text.replace("Groepsapp: Ouders groep 4", "Groepsapp: Groep 4")
    assert _rules_by("teacher", pupils, "kalisto", "whatsapp", "official-channel")


def test_a_twijs_class_page_behind_the_school_login_is_its_inlogomgeving():
    """TWijs B.1 approves the ouderportaal or a login environment of the school; a public class page is neither."""
    text = ("Klassenpagina groep 5 · alleen zichtbaar na inloggen\n\n"
            "Vrijdag gaan we op schoolreis, de bus vertrekt om 8.30 uur.\n")
    assert _rules_by("teacher", text, "twijs", "class-page", "official-channel") == []
    public = text.replace("alleen zichtbaar na inloggen", "openbare pagina op Padlet")
    assert _rules_by("teacher", public, "twijs", "class-page", "official-channel") == [
        "Vrijdag gaan we op schoolreis, de bus vertrekt om 8.30 uur."]


def test_a_heading_over_an_announcement_is_not_reported_the_announcement_is():
    text = ("Groep 7 van meester Dirk · openbare klassenpagina\n\nNieuws & huiswerk – week 41\n\n"
            "Huiswerk: voor maandag de topografie van Zuid-Amerika leren!\n")
    assert _rules_by("teacher", text, "kalisto", "class-page", "official-channel") == [
        "Huiswerk: voor maandag de topografie van Zuid-Amerika leren!"]


@pytest.mark.parametrize("protocol, channel, text, want", [
    ("twijs", "tiktok", "Groep 8, als jullie dit zien: volgen mag, ik volg terug!", True),
    ("twijs", "tiktok", "Groep 8, als jullie dit zien: mij volgen mag niet, sorry!", False),
    ("kalisto", "facebook", "Hoi Nadia! Ik heb je net een vriendschapsverzoek gestuurd, dan kunnen we bijkletsen "
     "over hoe het met Amira in de klas gaat.", True),
    ("twijs", "instagram", "fem.sterre: juf ik heb u een volgverzoek gestuurd\n"
     "juf.lies.tw: Haha oké, omdat jij het bent: geaccepteerd!\nfem.sterre: yay", True),
])
def test_following_back_requests_to_one_reader_and_a_bare_accept(protocol, channel, text, want):
    assert bool(_rules_by("teacher", text, protocol, channel, "pupil-contact")) == want


def test_the_other_side_accepting_the_authors_request_is_not_a_second_finding():
    text = ("Messenger – Joyce Wessels en Nadia El Idrissi\n\n"
            "Joyce: Hoi Nadia! Ik heb je net een vriendschapsverzoek gestuurd, dan kunnen we bijkletsen over Amira.\n"
            "Nadia: Haha gezellig! Geaccepteerd.\n"
            "Joyce: Top!\n")
    assert _rules_by("teacher", text, "kalisto", "facebook", "pupil-contact") == [
        "Ik heb je net een vriendschapsverzoek gestuurd, dan kunnen we bijkletsen over Amira."]


def test_a_tiktok_caption_under_the_authors_handle_is_the_authors_even_with_comments_below():
    """The caption above the comments is the author's own post when its header holds her handle; the
    'POV:' line is the caption, not a description of the clip (Kalisto A.5: film of school situations)."""
    text = ("juf.yas.kalisto · 2 d\n\nPOV: groep 6 tijdens de rekenles vanochtend, gefilmd vanaf mijn bureau\n"
            "#juf #fyp\n\nReacties\nnoor_x_12: JUFFF ik sta erop\njuf.yas.kalisto: Haha ja Noor!\n")
    assert _rules_by("teacher", text, "kalisto", "tiktok", "lesson-recording") == [
        "POV: groep 6 tijdens de rekenles vanochtend, gefilmd vanaf mijn bureau"]
    someone_else = text.replace("juf.yas.kalisto · 2 d", "groep6fan · 2 d")
    assert _rules_by("teacher", someone_else, "kalisto", "tiktok", "lesson-recording") == []


def test_stating_the_logo_rule_is_not_using_the_logo():
    """Onderwijs Primair asks staff to get the directie's approval for the logo; a director who reminds the team
    of that rule, or says she gave approval, uses no logo. A teacher's restyled logo still is a finding."""
    rule = ("Beste collega's,\n\nWil je ons logo gebruiken op shirts of flyers, vraag het dan even bij mij.\n"
            "Voor de sponsorloop heb ik de ouderraad al toestemming gegeven voor ons logo op de hesjes.\n")
    assert _rules_by("director", rule, "onderwijs-primair", "email", "logo-use") == []
    use = "Ik heb ons logo een beetje opgeleukt met een regenboog voor de sponsorloop!"
    assert _rules_by("teacher", use, "onderwijs-primair", "facebook", "logo-use") == [use]


#: Wordings added to the rules in session 12 (each missed before), one row per sentence: (check, protocol,
#: channel, sentence). speaking-for-school: a teacher presents her post as the team's or school's voice (TWijs
#: C.4, Lithora C.3); hurtful-language: insults in everyday wording (Lithora A.8); official-channel: practical
#: news for parents outside the school's channels (Lithora B.1); confidential-info: saying the news is not out
#: yet, and sharing it anyway (Lithora A.4).
NEW_WORDINGS = [
    ("speaking-for-school", "twijs", "x", "Wij, de docenten van TWijs, zijn er eerlijk gezegd klaar mee."),
    ("speaking-for-school", "onderwijs-primair", "linkedin", "Als team van OBS De Kievit zeggen wij hier keihard nee tegen."),
    ("hurtful-language", "lithora", "tiktok", "Kijk collega Henk op het eind, net een nijlpaard op rolschaatsen 🦛"),
    ("hurtful-language", "lithora", "facebook", "Dat stel apen van mij wist vandaag niet meer wat stilzitten was."),
    ("hurtful-language", "kalisto", "x", "En die manager die het kwam vertellen? Kil stuk chagrijn."),
    ("opinion-disclaimer", "twijs", "linkedin", "Het nieuwe toetsbeleid van TWijs is een stap terug naar de jaren tachtig."),
    ("opinion-disclaimer", "kalisto", "x", "Het bestuur bezuinigt op de klas en laat de overhead ongemoeid, zo simpel is het."),
    ("opinion-disclaimer", "lithora", "x", "Dat hele inspectiekader is één grote afvinklijst."),
    ("opinion-disclaimer", "onderwijs-primair", "facebook", "Drie toetsen in een week, wie heeft dit in godsnaam bedacht voor groep 4?"),
    ("lesson-recording", "lithora", "youtube", "Ik sta vooraan bij het podium en stream de hele kerstmusical, alle kinderen komen voorbij."),
    ("lesson-recording", "twijs", "tiktok", "Spraakmemo van de teamvergadering van gisteren onder dit filmpje gezet, luister maar."),
    ("hurtful-language", "onderwijs-primair", "tiktok", "Shoutout naar alle zeurmoeders bij het hek om 8.29, jullie weten wie jullie zijn 🙃"),
    ("hurtful-language", "twijs", "instagram", "Slaap lekker schoonheid, xxx 😘"),
    ("official-channel", "kalisto", "instagram", "Daar zet ik voortaan ook de huiswerkopdrachten en de gymroosters, handig toch?"),
    ("confidential-info", "som", "email", "Na de zomer gaan we van vier naar drie kleutergroepen; het bestuur maakt dat pas in mei bekend."),
    ("confidential-info", "kalisto", "x", "De MR heeft al ingestemd, maar dat mag pas na de herfstvakantie naar buiten."),
    ("confidential-info", "som", "facebook", "Het vertrek van meester Bart heeft te maken met een arbeidsconflict dat nog loopt."),
    ("lesson-recording", "som", "website", "Groep 4 had een topdag. In het fotoalbum hieronder vindt u 52 foto's van de hele dag, van de busreis tot de picknick."),
    ("lesson-recording", "twijs", "class-page", "Op de foto's hieronder ziet u alle kinderen aan het ontbijt."),
    ("lesson-recording", "kalisto", "instagram", "Klassenfoto tijdens het knutselen vanochtend, iedereen trots 🐣"),
    ("lesson-recording", "onderwijs-primair", "website", "Bekijk hieronder het fotoalbum met alle kinderen tijdens de spellen."),
    ("lesson-recording", "som", "class-page", "We hebben het hele kerstspel gefilmd en u kunt het hieronder terugkijken."),
    ("lesson-recording", "lithora", "instagram", "Groepsfoto van de schoolreis naar het pretpark: mijn hele groep 6 bij de draaimolen."),
    ("speaking-for-school", "lithora", "instagram", "Zo werken we op De Kraanvogel, en daar staat de hele school achter."),
    ("speaking-for-school", "lithora", "whatsapp", "Dat is niet alleen mijn mening: de hele school is die rommel op het plein spuugzat."),
    ("speaking-for-school", "twijs", "youtube", "Bij De Zeilmaker vinden we dat elke les terug te kijken moet zijn."),
    ("speaking-for-school", "som", "blog", "Ons hele team op Het Veenpluis staat hier achter, dat zeg ik gerust."),
    ("speaking-for-school", "onderwijs-primair", "x", "Wij op De Meerkoet doen niet meer mee aan die toetsdrift."),
    ("speaking-for-school", "twijs", "linkedin", "Ik spreek hier voor zo'n beetje het hele docententeam: niemand ziet dit zitten."),
    ("speaking-for-school", "lithora", "linkedin", "Ik weet zeker dat het hele team bij ons er net zo over denkt."),
    ("speaking-for-school", "onderwijs-primair", "linkedin", "Ik durf te zeggen dat heel De Meerkoet er zo over denkt."),
    ("speaking-for-school", "kalisto", "instagram", "Het hele Zandhaas-team wil alle hulpouders enorm bedanken!"),
    ("speaking-for-school", "som", "x", "Wij als sectie aardrijkskunde staan daar volledig achter."),
    ("speaking-for-school", "lithora", "facebook", "We zijn het als onderbouwteam unaniem eens: dit kan zo niet."),
    ("speaking-for-school", "twijs", "x", "Ik denk dat ik voor heel De Meerkoet spreek: we zijn er klaar mee."),
    ("speaking-for-school", "kalisto", "facebook", "Ik spreek denk ik voor ons hele team als ik zeg dat dit niet werkt."),
    ("speaking-for-school", "lithora", "facebook", "De Zeilmaker bedankt alle ouders voor de hulp bij het schoolfeest!"),
    ("speaking-for-school", "som", "instagram", "Team Zeepaard zegt: bedankt lieve ouders!"),
    ("confidential-info", "lithora", "linkedin",
     "De plek is vrijgekomen omdat de vaste juf van die groep sinds de herfst in de ziektewet zit."),
    ("confidential-info", "lithora", "x", "Onze gymmeester is deze week op non-actief gezet na een klacht van een ouder."),
    ("confidential-info", "lithora", "facebook", "Wat er niet bij staat: locatie Oost gaat een jaar later ook dicht, dat is intern al rond."),
    ("confidential-info", "kalisto", "facebook",
     "Ik mag nog niet te veel verklappen, maar de fusie met De Zandloper is zo goed als rond."),
    ("confidential-info", "twijs", "instagram", "Je hebt het niet van mij, maar de klacht over onze gymleerkracht is gegrond verklaard."),
    ("confidential-info", "lithora", "facebook",
     "Het bestuur heeft het vorige week al besloten, het wordt na de meivakantie pas aan de ouders verteld."),
    ("confidential-info", "lithora", "email",
     "Ik vertel u dit in vertrouwen: de leerkracht van uw zoon krijgt volgende week een officiële waarschuwing."),
    ("hurtful-language", "lithora", "facebook", "Die wethouder is een regelrechte clown, die kan nog geen kleuterklas runnen."),
    ("hurtful-language", "lithora", "facebook", "Geen idee, maar die vent was altijd al een griezel, ik vertrouwde hem niet."),
    ("hurtful-language", "lithora", "email", "En die moeder blijft maar mailen over die toets, wat een ongelofelijke draak is dat mens."),
    ("hurtful-language", "twijs", "youtube", "Laat je niet foppen, die directrice is een leugenachtige heks."),
    ("hurtful-language", "lithora", "x", "Laten we eerlijk zijn: die nieuwe meester is een zielige amateur."),
    ("hurtful-language", "twijs", "tiktok", "Deze slome duikelaars doen al twintig minuten over één som."),
    ("hurtful-language", "twijs", "whatsapp", "Uw zoon is gewoon een verwend prinsje dat nooit nee te horen krijgt."),
    ("speaking-for-school", "twijs", "youtube",
     "Het Esker College vindt het belangrijk dat je alles kunt terugkijken, dus vanaf nu komen al onze lessen hier."),
    ("speaking-for-school", "lithora", "tiktok",
     "De hele Zeesterrenschool-crew laat je bij deze weten: jullie zijn de leukste kinderen van het land."),
    ("speaking-for-school", "lithora", "linkedin",
     "Lithora-leerkrachten juichen pas als iemand uitlegt wat dit voor de groepsgrootte betekent."),
    ("speaking-for-school", "twijs", "facebook",
     "En voor het hele team gesproken: geen enkel kind komt op straat te staan."),
    ("speaking-for-school", "twijs", "facebook",
     "Ik antwoord hier even voor de hele school, zodat iedereen weet waar hij aan toe is."),
    ("speaking-for-school", "twijs", "facebook",
     "Dit is wat De Zandloper als geheel vindt, en dat mag gezegd worden."),
    ("speaking-for-school", "twijs", "facebook",
     "Alle leerkrachten van De Zandloper denken hier net zo over, dat weet ik zeker."),
    ("speaking-for-school", "twijs", "facebook",
     "Ik kan het zeggen voor ons hele team van De Zandloper: iedereen is welkom."),
    ("speaking-for-school", "twijs", "facebook",
     "Het team staat er helemaal achter, dit doen we voor de kinderen."),
    ("speaking-for-school", "twijs", "facebook",
     "De school heeft het geld in het plein gestoken, en daar staan we allemaal achter."),
    ("speaking-for-school", "twijs", "facebook",
     "Het team van De Zandloper heeft besloten dat groep 7 geen huiswerk meer krijgt."),
    ("speaking-for-school", "twijs", "facebook",
     "Het team van De Zandloper staat er als één man achter."),
    ("speaking-for-school", "twijs", "facebook",
     "Wij van De Zandloper zijn er klaar mee: de telefoons gaan in de kluis."),
    ("speaking-for-school", "twijs", "facebook",
     "In de teamkamer denkt echt iedereen er precies zo over."),
    ("speaking-for-school", "twijs", "facebook",
     "Bij De Zandloper hebben we daar als team gewoon lak aan."),
    ("speaking-for-school", "twijs", "facebook",
     "Wij als team van De Zandloper zeggen: genoeg is genoeg."),
    ("speaking-for-school", "twijs", "facebook",
     "Onze school kiest er nadrukkelijk voor om elk jaar een klimaatweek te houden."),
    ("hurtful-language", "lithora", "facebook",
     "Dat wijf snapt er helemaal niks van, die hoort niet voor de klas."),
    ("hurtful-language", "lithora", "facebook",
     "Als je in groep 7 nog zo spelt, ben je gewoon een beetje dom."),
    ("hurtful-language", "lithora", "facebook",
     "En de gymjuf die hem uitlachte: wat ben jij een ongelofelijk wijf."),
    ("hurtful-language", "lithora", "facebook",
     "Die jongen met de pet is sowieso een hopeloos geval."),
    ("hurtful-language", "lithora", "facebook",
     "Met mensen die alleen maar kunnen zeiken valt niet te praten."),
    ("hurtful-language", "lithora", "facebook",
     "Sommige kinderen hebben echt de hersencapaciteit van een goudvis."),
    ("hurtful-language", "lithora", "facebook",
     "Groep 6 gedroeg zich vandaag als een stel wilde beesten."),
    ("hurtful-language", "lithora", "facebook",
     "Die inspecteur was een arrogante kwast."),
    ("hurtful-language", "lithora", "facebook",
     "Sommige ouders hebben echt een plank voor hun kop."),
    ("hurtful-language", "lithora", "facebook",
     "Ga toch lekker ergens anders trollen, zielig mannetje."),
    ("hurtful-language", "lithora", "facebook",
     "Misschien eerst even lezen voor je gaat blèren."),
    ("official-channel", "lithora", "instagram",
     "Ouders van groep 7: morgen géén gym, de zaal wordt geverfd."),
    ("official-channel", "lithora", "instagram",
     "Vrijdagmiddag zijn de kinderen om 12.00 uur vrij in verband met de teamtraining."),
    ("official-channel", "lithora", "instagram",
     "Ja hoor, het schoolreisje gaat door! Vertrek vrijdag om 8.45, regenjas mee."),
    ("official-channel", "lithora", "instagram",
     "Morgen gym in de grote zaal, denk aan je gymschoenen!"),
    ("official-channel", "lithora", "instagram",
     "Ouders: de bus is vrijdag pas om 15.30 uur terug, jullie kunnen de kinderen dan op het plein ophalen."),
    ("confidential-info", "lithora", "facebook",
     "Wat nog bijna niemand weet: het bestuur heeft besloten dat de plusklas na de zomer stopt."),
    ("confidential-info", "lithora", "facebook",
     "Wat nog niet naar buiten is gebracht: locatie Noord sluit in 2027."),
    ("confidential-info", "lithora", "facebook",
     "Ook al moet het nog officieel bekend worden: onze adjunct vertrekt per 1 augustus."),
    ("confidential-info", "lithora", "facebook",
     "Wat jullie eigenlijk nog niet mogen weten: De Linde en De Esdoorn gaan fuseren."),
    ("confidential-info", "lithora", "facebook",
     "Houd het even onder ons, maar juf Joyce is zwanger."),
    ("confidential-info", "kalisto", "blog",
     "Een van mijn leerlingen heeft inmiddels een dossier van dertig pagina's."),
    ("speaking-for-school", "twijs", "facebook",
     "Het hele team is er spuugzat van, er staan nog steeds emmers in het lokaal."),
    ("speaking-for-school", "twijs", "facebook",
     "De school heeft daar trouwens een heel duidelijke mening over."),
    ("hurtful-language", "lithora", "linkedin",
     "Maar eerlijk: de helft van de ouders zijn hopeloze curlingouders."),
    ("pupil-contact", "lithora", "tiktok",
     "Wie van groep 6 mij als eerste volgt krijgt morgen een sticker!"),
    ("pupil-contact", "lithora", "facebook",
     "En kinderen die over de schouder van papa meelezen: jullie mogen mij ook een vriendschapsverzoek sturen."),
    ("opinion-disclaimer", "lithora", "facebook",
     "Als je het mij vraagt heeft Lithora de ouders zelf weggejaagd met dat gedoe rond de schooltijden."),
    ("opinion-disclaimer", "twijs", "linkedin",
     "Passend onderwijs is in de praktijk gewoon een bezuiniging met een mooi strikje erom."),
    ("opinion-disclaimer", "twijs", "x",
     "Wie heeft ooit bedacht dat kinderen van tien drie keer per jaar een toets moeten maken?"),
    ("opinion-disclaimer", "som", "x",
     "Zou het toeval zijn dat niemand bij het bestuur van SOM die vraag wil horen?"),
    ("opinion-disclaimer", "kalisto", "blog",
     "Het nieuwe rooster is een besluit van de tekentafel, genomen door het bestuur van Kalisto."),
    ("opinion-disclaimer", "twijs", "x",
     "Misschien moeten ze op het ministerie eens een week voor een havo-4 klas staan."),
    ("role-disclosure", "lithora", "facebook",
     "Dorpsnieuws: De Tuimelaar gaat misschien dicht.\nEls: Jammer!\n"
     "Femke: Laten we zeggen dat ik er elke dag over de vloer kom en de stukken met eigen ogen heb gezien."),
    ("role-disclosure", "twijs", "x",
     "@ouder_ommerveen: Waarom geen Frans meer op het Esker College?\n"
     "@lmeijer_: Jawel, het staat in de notulen en er is in onze sectievergaderingen eindeloos over gesproken."),
    ("speaking-for-school", "onderwijs-primair", "youtube",
     "Welkom op het officiële vlogkanaal van OBS De Klimop, waarmee de school laat zien hoe het er echt aan toegaat!"),
    ("official-channel", "kalisto", "class-page",
     "Vanaf nu hebben we op donderdag gym, dus gymkleren mee in een tas met naam erop!"),
    ("hurtful-language", "som", "tiktok",
     "Misschien eerst eens leren lesgeven voordat je hier gaat huppelen, incompetente muts."),
    ("opinion-disclaimer", "lithora", "blog",
     "Sinds dit jaar maken alle scholen van Lithora dezelfde toetsen. Wij oefenen er weken voor. "
     "Ik snap echt niet wie dit verzonnen heeft."),
    ("opinion-disclaimer", "kalisto", "facebook",
     "Die nieuwe toetskalender van het bestuur levert niks op behalve stress."),
    ("opinion-disclaimer", "twijs", "blog",
     "De fusie van de twee scholen is een besluit op een spreadsheet, niemand keek naar de teams."),
    ("pupil-contact", "kalisto", "facebook",
     "Stuur gerust een verzoek, dan mis je niks van de klas!"),
    ("role-disclosure", "kalisto", "instagram",
     "@dorpskrant: Kalisto sluit mogelijk De Wielewaal\n@henk_b: Schande!\n"
     "@sanne.k: Ik kan verklappen dat het zo'n vaart niet loopt, de krant heeft het verkeerd begrepen."),
    ("role-disclosure", "kalisto", "x",
     "@ouder_w: Groepen van 31 op De Wielewaal, klopt dat?\n@piet_v: Geen idee.\n"
     "@sanne.k: Ik zie het dagelijks, kinderen in een groep van 31 zonder vaste leerkracht."),
    ("role-disclosure", "lithora", "facebook",
     "Dorpsnieuws: De Tuimelaar krijgt geen nieuwe gymzaal.\nEls: Jammer!\n"
     "Femke: Ik loop daar elke dag rond en zie hoe de collega's ermee worstelen."),
    ("role-disclosure", "twijs", "facebook",
     "Ouder: Gaat dat nieuwe rooster op het Esker College nou door?\nBert: Geen idee.\n"
     "Femke: Het gaat echt door hoor, de rector heeft het ons vorige week uitgelegd."),
    ("role-disclosure", "lithora", "facebook",
     "Dorpsnieuws: Gaat De Tuimelaar fuseren?\nEls: Iemand?\n"
     "Femke: Ik zit toevallig dichtbij het vuur, meer kan ik er niet over zeggen."),
    ("role-disclosure", "lithora", "facebook",
     "Dorpsnieuws: Komt er een nieuwe school in Oosterveld?\nEls: Iemand?\n"
     "Femke: Ik zit elke maand aan tafel bij de overleggen van Lithora, die school komt er echt."),
    ("role-disclosure", "lithora", "facebook",
     "Dorpsnieuws: Gaat De Tuimelaar fuseren?\nEls: Iemand?\n"
     "Femke: Ik help daar op woensdag mee en kan je vertellen dat de collega's er nog niets van weten."),
    ("opinion-disclaimer", "lithora", "facebook",
     "Dat zo'n fusie beter is voor de kinderen? Laat me niet lachen, het gaat om de centjes van Lithora."),
    ("opinion-disclaimer", "twijs", "facebook",
     "Typisch TWijs: eerst de nieuwe ramen bestellen en daarna pas bedenken waar de kinderen les krijgen."),
    ("opinion-disclaimer", "kalisto", "linkedin",
     "De nieuwe cao is een pleister op een slagaderlijke bloeding."),
    ("opinion-disclaimer", "twijs", "blog",
     "Het bestuur heeft er met het nieuwe formatiebeleid een potje van gemaakt."),
    ("opinion-disclaimer", "lithora", "facebook",
     "Lithora laat die school liever wegrotten dan dat er eens geld naartoe gaat."),
    ("opinion-disclaimer", "kalisto", "linkedin",
     "Het werkdrukgeld van Kalisto verdwijnt in managementlagen, daar kun je de klok op gelijkzetten."),
    ("hurtful-language", "som", "facebook",
     "Gerard, jij en de rest van de azijnpissers hier hebben nog nooit voor een klas gestaan."),
    ("hurtful-language", "lithora", "parent-group-app",
     "Weer zo'n idee van die halve zool van een directeur."),
    ("hurtful-language", "kalisto", "tiktok",
     "Kijk die jongen aan de ringen hangen, net een zak aardappelen."),
    ("hurtful-language", "twijs", "x",
     "Stelletje aso's die denken dat ze alles beter weten over onze school."),
    ("hurtful-language", "onderwijs-primair", "facebook",
     "Haar moeder is ook zo'n onmogelijk wijf, ze scheldt me elke week uit bij het hek."),
    ("lesson-recording", "lithora", "facebook",
     "Hieronder de foto's van de rekenles in de gymzaal, met iedereen erop."),
    ("lesson-recording", "twijs", "instagram",
     "Swipe voor de foto's van de kring van vanochtend, kijk die koppies."),
    ("lesson-recording", "kalisto", "facebook",
     "Onder dit bericht vindt u een fotoreportage van de sportdag, met van elke klas een groepsfoto."),
    ("lesson-recording", "onderwijs-primair", "facebook",
     "Hieronder een fotoalbum met alle groepen in actie bij het touwtrekken en de estafette."),
    ("speaking-for-school", "twijs", "x",
     "Wij van Het Baken doen donderdag mee aan de landelijke actie."),
    ("speaking-for-school", "onderwijs-primair", "instagram",
     "Wij als De Wilgenhoek vinden lezen het allerbelangrijkste."),
    ("speaking-for-school", "lithora", "facebook",
     "Het voltallige team van Het Speelwerk denkt er precies zo over, dat kan ik je verzekeren."),
    ("speaking-for-school", "kalisto", "x",
     "Het hele team van De Dijkloper staat als één man achter deze actie."),
    ("speaking-for-school", "twijs", "x",
     "De leerkrachten van De Meidoorn staan unaniem achter de staking van donderdag."),
    ("speaking-for-school", "lithora", "blog",
     "Ik spreek hier voor ons hele team: we kunnen het gewoon niet meer aan."),
    ("speaking-for-school", "kalisto", "blog",
     "Dat spreek ik ook uit voor mijn collega's: we voelen ons niet gehoord."),
    ("official-channel", "lithora", "facebook",
     "Het nieuwe invalrooster voor groep 4 zet ik vanavond hier in de groep."),
    ("official-channel", "onderwijs-primair", "instagram",
     "Groep 7: ik zet de opdracht voor het werkstuk ook hier in de highlights."),
    ("official-channel", "twijs", "whatsapp",
     "Welkom allemaal in de klassenapp! Hier zet ik voortaan het huiswerk en de toetsdata in."),
    ("pupil-contact", "onderwijs-primair", "instagram",
     "Groep 7, volg dit account maar, dan zien jullie altijd als eerste wat er in de klas gebeurt."),
    ("pupil-contact", "twijs", "instagram",
     "Kids uit groep 8 die me nog niet volgen: doe maar, ik accepteer jullie allemaal."),
    ("pupil-contact", "lithora", "tiktok",
     "Zullen we elkaar trouwens ook op Insta volgen?"),
    ("pupil-contact", "som", "tiktok",
     "Volg mijn privéaccount ook maar, daar post ik de echt grappige dingen."),
    ("logo-use", "onderwijs-primair", "instagram",
     "Sticker: het Klimboom-logo in regenboogkleuren, zelf in elkaar geknutseld voor Paarse Vrijdag."),
    ("logo-use", "onderwijs-primair", "tiktok",
     "Logo van De Klimop erop gedaan, wel even in het roze want dat donkerblauw is zo saai."),
    ("logo-use", "onderwijs-primair", "facebook",
     "Het logo heb ik in Canva omgezet naar onze teamkleur groen, zonder die saaie ondertitel."),
    ("logo-use", "onderwijs-primair", "instagram",
     "Het embleem van De Notenkraker in een sjabloon gegooid en de kleurtjes wat frisser gemaakt."),
    ("opinion-disclaimer", "lithora", "facebook",
     "Dorpsscholen dichtgooien om op huisvesting te besparen is kortzichtig."),
    ("opinion-disclaimer", "kalisto", "blog",
     "Het toetsbeleid van Kalisto slaat volledig door."),
    ("opinion-disclaimer", "twijs", "linkedin",
     "Die toetsdruk maakt ons onderwijs kapot en het bestuur kijkt de andere kant op."),
    ("opinion-disclaimer", "som", "x",
     "Dat het bestuur iemand zonder klaservaring aan het roer zet, zegt eigenlijk alles over hoe er naar ons gekeken wordt."),
    ("opinion-disclaimer", "lithora", "x",
     "Het hele toezichtkader is een papieren tijger waar geen enkel kind beter van wordt."),
    ("hurtful-language", "som", "tiktok",
     "Ons kleine michelinmannetje paste maar net in zijn pak."),
    ("hurtful-language", "lithora", "tiktok",
     "Mevrouw, u bent geen betrokken ouder, u bent gewoon een wandelende migraine."),
    ("hurtful-language", "twijs", "x",
     "Jij bent echt de domste van de klas."),
    ("official-channel", "twijs", "instagram",
     "Zeg even tegen de klas dat de toets biologie van dinsdag naar vrijdag gaat."),
    ("official-channel", "twijs", "whatsapp",
     "De gymles is vrijdag niet in de gymzaal maar op het sportveld achter de kerk."),
    ("official-channel", "lithora", "youtube",
     "Een dvd van de musical bestellen? Stuur een berichtje naar onze Facebookpagina."),
    ("official-channel", "onderwijs-primair", "instagram",
     "Ouders: de bus komt morgen pas om 17.15 aan bij school, houd daar rekening mee!"),
    ("pupil-contact", "twijs", "instagram",
     "Lukt het uploaden niet? Stuur het gewoon hier in de DM, dan kijk ik ernaar."),
    ("lesson-recording", "twijs", "instagram",
     "Swipe voor een kijkje in onze themaweek: groep 5 bouwt een kasteel van karton."),
    ("speaking-for-school", "onderwijs-primair", "instagram",
     "De hele Vlinderboom is supertrots op jullie, dat mag ik best zeggen!"),
    ("speaking-for-school", "kalisto", "instagram",
     "Kalisto gaat deze school nooit sluiten, daar sta ik garant voor."),
    ("speaking-for-school", "lithora", "facebook",
     "Onze school gaat elke leerling een eigen laptop geven, dat beloof ik jullie."),
    ("speaking-for-school", "twijs", "instagram",
     "Het hele team van De Vlinder staat hier echt pal achter."),
    ("speaking-for-school", "twijs", "facebook",
     "Het team en de directie vinden deze bezuiniging onbegrijpelijk."),
    ("speaking-for-school", "twijs", "linkedin",
     "Dit is wat ons hele team van De Linde vindt, en ik zeg het hardop."),
    ("speaking-for-school", "twijs", "facebook",
     "Wij, het hele lerarenteam van De Horizon, zeggen nee tegen deze plannen."),
    ("speaking-for-school", "lithora", "x",
     "Wij bij De Vlonder gaan die nieuwe toetskalender gewoon negeren."),
    ("speaking-for-school", "som", "x",
     "Wij bij SOM zien geen andere uitweg, zo is het."),
    ("speaking-for-school", "twijs", "blog",
     "Ik schrijf dit ook voor mijn collega's van De Linde: wij zien het allemaal zo."),
    ("speaking-for-school", "kalisto", "linkedin",
     "Alle docenten van het Stedelijk staan hier als één man achter."),
    ("speaking-for-school", "twijs", "x",
     "Ik kan je zeggen dat het hele team hier echt niet op zit te wachten."),
    ("official-channel", "lithora", "facebook",
     "Liever een appje hier dan een mail via Parro, dat zie ik sneller."),
    ("official-channel", "lithora", "whatsapp",
     "Vragen mogen gewoon hier in de groep, Parro lees ik eigenlijk bijna nooit."),
    ("official-channel", "twijs", "facebook",
     "Ja hoor, woensdag zijn alle groepen om 12 uur vrij."),
    ("official-channel", "lithora", "facebook",
     "Schoolkamp: zaklamp en slaapzak mee, vrijdag om 14.00 uur ophalen."),
    ("official-channel", "lithora", "facebook",
     "Stuur me even een privéberichtje als u de hele lijst wilt hebben."),
    ("pupil-contact", "lithora", "tiktok",
     "Zullen we gewoon vrienden worden op Facebook?"),
    ("lesson-recording", "lithora", "youtube",
     "Hier de beelden van de schaatsles met groep 6, wat een valpartijen!"),
    ("lesson-recording", "lithora", "instagram",
     "Hele gymles van vanmiddag gefilmd, voor de ouders die er niet bij waren."),
    ("official-channel", "twijs", "instagram",
     "Morgen toets aardrijkskunde, hoofdstuk 5, goed leren!"),
    ("official-channel", "lithora", "facebook",
     "Let op: donderdag is de school om 12.00 uur uit."),
    ("official-channel", "lithora", "x",
     "Ouders trouwens: overmorgen gym!"),
    ("official-channel", "twijs", "email",
     "Ik stuur dit vanaf mijn eigen mailadres omdat het portaal hapert: dinsdag gaan we naar het museum."),
    ("official-channel", "twijs", "parro",
     "Voortaan zet ik het huiswerk in onze besloten Facebookgroep."),
    ("official-channel", "lithora", "whatsapp",
     "Even via de app, gaat sneller dan Parro."),
    ("official-channel", "lithora", "x",
     "Vragen? Slide gerust in onze DM's."),
    ("official-channel", "twijs", "facebook",
     "Morgen vervallen het 5e en 6e uur voor alle brugklassen."),
    ("pupil-contact", "twijs", "instagram",
     "Je mag me hier altijd een berichtje sturen als je met je werkstuk vastloopt."),
    ("pupil-contact", "twijs", "tiktok",
     "Vragen over de proef? Slide maar in m'n DM, jongens."),
    ("lesson-recording", "lithora", "tiktok",
     "Stiekem gefilmd tijdens de spellingtoets, kijk hoe ze zwoegen 🤫"),
    ("lesson-recording", "lithora", "instagram",
     "Video: de hele klas aan het touwtrekken op het plein."),
    ("lesson-recording", "lithora", "instagram",
     "Kort filmpje van de proef van vandaag, de hele klas schrok zich rot."),
    ("lesson-recording", "lithora", "instagram",
     "Tien foto's van de excursie: de hele klas bij de giraffen."),
    ("lesson-recording", "lithora", "instagram",
     "Boomerang van groep 3 die in de modderplas springt op schoolkamp."),
    ("pupil-contact", "lithora", "x",
     "Leerlingen van 7b die dit lezen: m'n DM's staan open, kom gerust kletsen."),
    ("pupil-contact", "lithora", "instagram",
     "Mag ik je trouwens ook op Insta toevoegen?"),
    ("pupil-contact", "twijs", "whatsapp",
     "Hoi allemaal, ik heb jullie allemaal aan deze groep toegevoegd, dan kunnen we makkelijk kletsen."),
    ("pupil-contact", "twijs", "whatsapp",
     "Jongens en meiden, als je ergens mee zit, mag je me trouwens ook altijd privé appen."),
    # session 19 (from conduct-test25, reworded): a team, section or named school taking a position
    ("speaking-for-school", "kalisto", "instagram",
     "De Vlonder is apetrots op groep 7 en staat helemaal achter zulke buitenlessen!"),
    ("speaking-for-school", "twijs", "linkedin", "Onze hele vakgroep is het hier roerend mee eens."),
    ("speaking-for-school", "lithora", "x", "Op De Kastanje vinden we samen dat elk kind mee mag op kamp."),
    ("speaking-for-school", "som", "facebook", "Wij docenten zijn hier eensgezind over, dat mag iedereen weten."),
    ("speaking-for-school", "twijs", "tiktok", "Iedereen bij ons op school is het er volledig mee eens."),
    ("speaking-for-school", "lithora", "facebook", "Het team van De Zandloper nodigt alle opa's en oma's uit voor de kerstviering."),
    ("speaking-for-school", "kalisto", "whatsapp", "Zeg maar gerust dat het team erachter staat."),
    # following a social account for the school's practical news
    ("official-channel", "kalisto", "newsletter",
     "Volg @obsdevlonder op Instagram voor lesuitval en roosterwijzigingen, dan weet u het als eerste."),
    ("official-channel", "lithora", "youtube", "Abonneer je op ons kanaal voor het laatste nieuws over de gymspullen en het huiswerk."),
    ("official-channel", "kalisto", "instagram", "De werkstukken hoeven pas maandag ingeleverd te worden in plaats van vrijdag."),
    # contact: a request in the diminutive, "wie me wil volgen", the private number saved (to a pupil in a chat header)
    ("pupil-contact", "lithora", "whatsapp", "Stuur me anders gewoon een verzoekje op Insta, dan kletsen we daar verder."),
    ("pupil-contact", "twijs", "whatsapp", "En wie me ook op TikTok wil volgen: @meneer.dijkstra, iedereen is welkom!"),
    ("pupil-contact", "twijs", "whatsapp",
     "Privéchat: Mevr. Kuipers ↔ Sven (3 vwo)\nSla mijn nummer maar op, dan kun je me voortaan hier appen als je ziek bent."),
    # hurtful: a dressed-up insult, a threat to property, adults compared to spoilt toddlers
    ("hurtful-language", "som", "instagram", "Die jongen achterin is echt een houten klaas, daar komt nooit iets van."),
    ("hurtful-language", "lithora", "parent-group-app", "Als die patjepeeër weer op de stoep parkeert, trap ik zijn spiegels eraf."),
    ("hurtful-language", "som", "email", "Een paar ouders gedroegen zich gisteren als verwende kleuters bij het hek."),
    # confidential: a named child's file told to other parents, a pronoun's diagnosis in a thread, a secret colleague
    ("confidential-info", "som", "parnassys",
     "Beste ouders van Fenna,\nIk kan wel zeggen dat Joost inmiddels medicatie voor zijn ADHD krijgt."),
    ("confidential-info", "lithora", "facebook", "Zijn dyscalculieonderzoek loopt nog, dus daar kan ik niets over zeggen."),
    ("confidential-info", "twijs", "tiktok", "Als je al weet dat juf Merel zwanger is maar het nog aan niemand mag vertellen 🤫"),
    ("confidential-info", "kalisto", "tiktok", "POV: je duocollega zit al vier weken thuis met een burn-out en jij doet alles alleen"),
    # a team decision or stance in more word orders (from conduct-train53/54, reworded)
    ("speaking-for-school", "lithora", "x", "Bij ons op De Kastanje hebben we samen besloten om niet mee te doen."),
    ("speaking-for-school", "kalisto", "x", "Het voltallige team van De Esdoorn is er fel op tegen."),
    ("speaking-for-school", "twijs", "instagram", "Hele team van De Wilg is het erover eens: die nieuwe rapporten kunnen weg."),
    ("speaking-for-school", "onderwijs-primair", "whatsapp", "Over dat telefoonverbod: de school is daar stiekem op tegen."),
    ("speaking-for-school", "twijs", "x", "Het standpunt van ons team op De Hoeksteen is duidelijk: wij doen niet mee."),
    ("speaking-for-school", "lithora", "instagram", "Geen continurooster voor ons, zo heeft het team van De Vlier besloten."),
    ("speaking-for-school", "kalisto", "instagram", "Namens ons allemaal op De Bron: laat onze conciërge met rust!"),
    # steering to a private channel after a negated clause; a request confirmed
    ("official-channel", "kalisto", "email", "Lukt bellen een keer niet, stuur me dan een berichtje via Messenger."),
    ("pupil-contact", "lithora", "facebook",
     "Mama van Jens: ik heb je een vriendschapsverzoek gestuurd!\nIk: Ja hoor, staat op bevestigd, nu zijn we Facebookvrienden 😊"),
    # session 20 (from conduct-train56, reworded): a strong familiar entry inside a weak one; more insults
    ("hurtful-language", "lithora", "instagram", "Hoi Sem! Dikke knuffel van je juf en tot morgen, liefje 😘"),
    ("hurtful-language", "twijs", "whatsapp", "Jij bent echt mijn favoriete schatje van de klas hoor xx"),
    ("hurtful-language", "kalisto", "whatsapp", "Die nieuwe invaller is een sluwe slang, let maar op."),
    ("hurtful-language", "kalisto", "whatsapp", "Die vader van Jop, die zuipschuit, stond weer bij het hek."),
    ("hurtful-language", "lithora", "x", "Geweldig, drie keer uitleggen en nog snapt hij het niet, echt een genie 👏👏"),
    ("hurtful-language", "twijs", "whatsapp", "Onder ons: meester Rik is een ramp als duocollega."),
    # a pupil's home situation through a parent or "one of my pupils"; a colleague's condition by "ze"
    ("confidential-info", "kalisto", "whatsapp", "Even voor jullie: de vader van Sanne zit sinds maart vast."),
    ("confidential-info", "lithora", "facebook", "Eén van mijn leerlingen woont sinds de zomer in een pleeggezin."),
    ("confidential-info", "twijs", "whatsapp", "Dat is voor Mila uit mijn klas, haar moeder is vorige week opgepakt."),
    ("confidential-info", "lithora", "facebook", "Ze zit al maanden thuis met een depressie, dus reken niet op haar."),
    ("confidential-info", "kalisto", "email", "Voor Jesse regel ik apart vervoer vanwege zijn epileptische aanvallen."),
    ("confidential-info", "twijs", "facebook", "Tja, ze zitten al een jaar in de schuldsanering, dat merk je."),
    # invitations by handle or bio
    ("pupil-contact", "lithora", "instagram", "Groep 8, mijn Snap staat in mijn bio, voeg maar toe!"),
    ("pupil-contact", "twijs", "tiktok", "Op Snap heb ik dezelfde naam als hier, stuur maar een berichtje."),
    # a team or school stance in more forms
    ("speaking-for-school", "lithora", "facebook", "De directie en ik hebben besloten dat De Linde niet meedoet."),
    ("speaking-for-school", "kalisto", "instagram", "Bij ons op school hebben we afgesproken dat we die toetsen overslaan."),
    ("speaking-for-school", "twijs", "x", "Onze school zegt hier volmondig nee tegen."),
    ("speaking-for-school", "lithora", "x", "Ons team staat erachter: die mappen maken we niet meer."),
    ("speaking-for-school", "kalisto", "x", "Het hele team staat hier niet achter, dat kan ik je verzekeren."),
    # mockery without a swear word: reading, "X van een Y", comparisons, "kan nog geen A van een B onderscheiden"
    ("hurtful-language", "lithora", "facebook", "Voor de ouders die blijkbaar niet kunnen lezen: de gymles is op dinsdag."),
    ("hurtful-language", "twijs", "whatsapp", "Het staat gewoon in de agenda, maar lezen is voor sommige ouders topsport."),
    ("hurtful-language", "kalisto", "x", "Als u net zo goed zou lezen als u klaagt, wist u het allang."),
    ("hurtful-language", "som", "x", "Daar stond weer zo'n gek van een moeder te schreeuwen bij het hek."),
    ("hurtful-language", "lithora", "tiktok", "Kijk Bram eens, die beweegt als een kapotte koelkast 😂"),
    ("hurtful-language", "twijs", "whatsapp", "Jij gedroeg je vandaag als een verwend kind, Ruben."),
    ("hurtful-language", "kalisto", "facebook", "Die nieuwe collega kan nog geen rooster van een boodschappenlijst onderscheiden."),
    # steering away from the school's login environment (TWijs B.1), "stuur me een app", questions sent "hier"
    ("official-channel", "twijs", "instagram", "Stuur je verslag maar hier als bijlage, dat is sneller dan via de ELO."),
    ("official-channel", "lithora", "facebook", "Stuur me anders even privé een app over het schoolreisje."),
    ("pupil-contact", "lithora", "instagram", "Stuur je vragen maar gewoon hier, dan kijk ik er vanavond naar."),
]


def test_a_message_invitation_in_a_whatsapp_chat_is_contact_only_with_pupils():
    """In a teacher's WhatsApp "je mag me altijd een berichtje sturen" needs no private hint: the chat is
    private. It is pupil-contact when pupils read it, and nothing when nothing says so (a colleague, a parent)."""
    to_pupils = "Hoi jongens en meiden! Je mag me altijd een berichtje sturen als je ergens mee zit."
    assert _rules_by("teacher", to_pupils, "twijs", "whatsapp", "pupil-contact") == [
        "Je mag me altijd een berichtje sturen als je ergens mee zit."]
    neutral = "Je mag me altijd een berichtje sturen als je ergens mee zit."
    assert _rules_by("teacher", neutral, "twijs", "whatsapp", "pupil-contact") == []


def test_a_marker_with_its_own_news_does_not_reach_the_next_paragraph():
    """"tussen ons: <news>" holds the news itself: the greeting below it is not reported. A time stamp in a video's
    chapter list is no news either, even with "(ssst)" after it."""
    text = ("O en tussen ons: meester Hidde stopt na dit jaar als directeur, dat weet nog bijna niemand.\n\n"
            "Tot zaterdag, en succes met het trainen van die E'tjes 😉")
    assert _rules_by("teacher", text, "kalisto", "whatsapp", "confidential-info") == [
        "O en tussen ons: meester Hidde stopt na dit jaar als directeur, dat weet nog bijna niemand."]
    chapters = "Tijdstempels\n00:00 intro\n07:40 rekenles\n14:10 vergadering (ssst)\n19:30 woensdag...\n"
    assert _rules_by("teacher", chapters, "lithora", "youtube", "confidential-info") == []


def test_a_confidential_heading_still_covers_the_next_sentence():
    text = ("Vertrouwelijk: meester Stijn is vanaf maandag op non-actief gesteld in afwachting van het onderzoek.\n"
            "Daarnaast gaat de formatie van groep 3 na de zomer omlaag.")
    assert len(_rules_by("teacher", text, "som", "email", "confidential-info")) == 2


def test_a_pupils_group_app_is_reported_where_the_teacher_says_what_it_is_for():
    """Kalisto B.1: one finding for a WhatsApp group with pupils, at the sentence that says what the group is for
    ("hier zet ik voortaan ..."), not at a later practical message; the app's own lines are not the teacher's."""
    text = ('Groep aangemaakt: "Toneel 7A 🎭"\nDeelnemers: juf Mirte, Bas, Loes, Jip en 20 anderen\n\n'
            "Juf Mirte: Hoi toppers!! Nu zitten jullie er allemaal in 🎉\n"
            "Juf Mirte: Hier zet ik voortaan de repetitietijden en wie welke tekst leert.\n"
            "Bas: yesss\n"
            "Juf Mirte: Morgen 13.15 uur in de aula, tekstboekjes mee!\n")
    assert _rules_by("teacher", text, "kalisto", "whatsapp", "official-channel") == [
        "Hier zet ik voortaan de repetitietijden en wie welke tekst leert."]


def test_a_mail_to_parents_outside_the_class_app_is_no_pupils_group():
    """Kalisto B.1 allows e-mail to parents who are not in the teacher's class app: "u ... niet in de groepsapp van
    de klas" names the parents' app, not a WhatsApp group with pupils (Kalisto I.1)."""
    text = ("Beste ouders,\n\nU ontvangt deze mail omdat u niet in de groepsapp van de klas zit. Zo mist u niets!\n\n"
            "Op vrijdag gaat groep 4 naar de kinderboerderij.\n")
    assert _rules_by("school", text, "kalisto", "email", "official-channel") == []


def test_a_vlog_opening_is_no_announcement():
    """"Deze week neem ik jullie mee ..." opens a vlog about the week; it announces nothing to parents."""
    for text in ("Deze week neem ik jullie weer mee in mijn leven als juf van groep 5.",
                 "Morgen neem ik je mee naar de gymles van groep 3, in de volgende vlog."):
        assert _rules_by("teacher", text, "lithora", "youtube", "official-channel") == [], text
    assert _rules_by("teacher", "Morgen gym voor groep 5, neem je gymspullen mee!", "lithora", "youtube",
                     "official-channel") != []


def test_a_group_photo_of_the_writer_or_a_group_app_is_no_photo_of_the_class():
    """"groepsfoto" is the class photo only when the class is on it: not the writer on last year's photo, not a
    group app's new picture (which is the pupils' photo only by chance of the word)."""
    for other in ("Vorig jaar stond ik op de groepsfoto met een vlek op mijn mouw, dus dit jaar let ik op tijdens de sportdag.",
                  "O ja, nieuwe groepsfoto hierboven: een zelf geknutselde zon met een zonnebril."):
        assert _rules_by("teacher", other, "lithora", "facebook", "lesson-recording") == [], other


def test_a_photo_album_title_line_is_not_the_finding():
    """A website album headed "Fotoalbum | ..." is reported at the sentence that shows the pupils, not the title."""
    text = "Fotoalbum | Kerstviering\n\nIn dit album ziet u groep 3 hun liedje zingen, met van elk kind een close-up.\n"
    assert _rules_by("teacher", text, "lithora", "website", "lesson-recording") == [
        "In dit album ziet u groep 3 hun liedje zingen, met van elk kind een close-up."]


def test_a_story_frame_label_is_no_photo_of_the_class():
    """"Slide 2:" numbers a frame of a story that may hold text only, unlike "foto 2:" or "boomerang van ..."."""
    text = "Slide 2: Geen gym donderdag voor groep 5, de zaal is dicht!"
    assert _rules_by("teacher", text, "lithora", "instagram", "lesson-recording") == []


def test_a_video_of_the_family_is_no_recording_of_a_school_activity():
    for text in ("Video: de hele familie op het strand van Texel.", "Stiekem gefilmd tijdens het verjaardagsfeest van oma."):
        assert _rules_by("teacher", text, "lithora", "instagram", "lesson-recording") == [], text


def test_a_message_here_on_the_schools_own_app_is_no_private_contact():
    """On a social platform "stuur me hier een berichtje" is a private message there; in Parro it is the
    approved channel itself."""
    text = "Stuur me hier gerust een berichtje als er iets is."
    assert _rules_by("teacher", text, "lithora", "parro", "pupil-contact") == []
    assert _rules_by("teacher", text, "lithora", "parro", "official-channel") == []


def test_we_in_a_clause_that_is_not_ours_is_not_speaking_for_the_school():
    """"we van SOM" in "de methode die we van SOM moeten gebruiken" is where the method comes from, and "het is
    zo dat we bij De Linde ..." asks about the school; neither speaks for it."""
    for text in ("Even eerlijk: de rekenmethode die we van SOM moeten gebruiken vind ik niks.",
                 "Is het echt zo dat we bij De Linde geen oudergesprekken meer krijgen?"):
        assert _rules_by("teacher", text, "som", "class-page", "speaking-for-school") == [], text


def test_a_teachers_own_holiday_line_in_a_thread_is_no_discussion_of_the_school():
    """The speaker label "Juf Anna:" names a teacher; it does not make her line about the school. Nor does
    sympathy ("ik weet hoe spannend dat is") show inside knowledge."""
    thread = ("[Reacties onder een bericht van juf Anna]\n\nJuf Anna: Heerlijk weekendje weg geweest naar Ameland\n\n"
              "Sem (groep 7): juf mag ik u toevoegen?\nTante Joke: Mooie foto's!\n")
    assert _rules_by("teacher", thread, "kalisto", "facebook", "role-disclosure") == []
    post = "@mevrouw.bakker\nToetsweek komt eraan en ik weet hoe spannend dat is.\n@sanne: dank u!\n"
    assert _rules_by("teacher", post, "twijs", "instagram", "role-disclosure") == []


def test_pride_or_a_promise_without_the_school_is_not_speaking_for_it():
    """Only the whole school's pride "dat mag ik zeggen", or a promise with the school or foundation as its
    subject, presumes to speak for the school; the class's pride or a promise about a party does not."""
    for own in ("De hele klas is supertrots op jullie, dat mag ik best zeggen!",
                "De hele Vlinderboom is supertrots op jullie!",
                "Het wordt een prachtig feest, daar sta ik voor in.",
                "Onze school gaat elke leerling een eigen laptop geven, dat beloof ik niet."):
        assert _rules_by("teacher", own, "lithora", "instagram", "speaking-for-school") == [], own


def test_a_swipe_up_link_or_a_highlight_is_no_photo_carousel_of_the_class():
    """"Swipe voor/door" presents the photos of a post; "swipe up" points to a link, "swipe er even doorheen"
    to a highlight with a packing list."""
    for text in ("Swipe up voor de link naar het inschrijfformulier van groep 7.",
                 "Ouders van groep 7: de paklijst staat in mijn highlights, swipe er even doorheen."):
        assert _rules_by("teacher", text, "twijs", "instagram", "lesson-recording") == [], text


def test_a_vlog_that_takes_viewers_through_the_day_announces_nothing():
    text = "Vandaag neem ik jullie mee door mijn werkdag: van koffie om 7.45 tot de laatste oudergesprekken."
    assert _rules_by("teacher", text, "onderwijs-primair", "youtube", "official-channel") == []


@pytest.mark.parametrize("check_id,protocol,channel,sentence", NEW_WORDINGS,
                         ids=[f"{r[0]}-{i}" for i, r in enumerate(NEW_WORDINGS)])
def test_new_wordings_are_found(check_id, protocol, channel, sentence):
    """The finding is the sentence itself, or its last sentence where a first one only sets the scene."""
    found = _rules_by("teacher", sentence, protocol, channel, check_id)
    assert found and sentence.endswith(found[-1])


def test_speaking_for_oneself_or_the_team_at_work_is_not_speaking_for_the_school():
    for own in ("Ik antwoord hier even voor mezelf, niet voor de school.",
                "Het team staat klaar om de nieuwe ouders te ontvangen.",
                "Daar staan we allemaal even bij stil.",
                # a place, not the school's voice; a past team decision told as history
                "Drie jaar geleden begonnen we op onze school met een nieuwe methode.",
                "We zijn als team vandaag naar de studiedag in Zwolle geweest.",
                "Wij als leerkrachten hebben vandaag een cursus gevolgd.",
                # a place and a time, not the team's voice
                "Op De Linde hebben we vandaag een sportdag gehad.",
                "Op maandag vinden we het altijd druk in de gang.",
                "Mijn hele sectie is vandaag op studiedag."):
        assert _rules_by("teacher", own, "twijs", "facebook", "speaking-for-school") == [], own


def test_a_speaker_whose_display_name_ends_in_emoji_is_one_speaker():
    """'@juf_noor_🍂:' opens a turn like '@juf_noor:'. Before, such turns were read as text of the turn above, so
    the teacher's own line counted as a parent's and was not reported (TWijs C.4)."""
    text = ("@tessa.b: als ze die school sluiten gaan we met z'n allen naar het gemeentehuis\n"
            "@marco_v88: staat al jaren half leeg\n"
            "@juf_noor_🍂: en voor het hele team gesproken: geen enkel kind komt op straat te staan\n"
            "@marco_v88: en jij bent?\n")
    assert _rules_by("teacher", text, "twijs", "tiktok", "speaking-for-school") == [
        "en voor het hele team gesproken: geen enkel kind komt op straat te staan"]


def test_comments_under_someone_elses_post_do_not_make_a_commenter_the_author():
    """A TikTok post headed by the poster's handle, with comments by others below: the author is the poster. Before,
    the commenter with the most turns was taken as the author and the video itself was not reported (Kalisto A.5)."""
    text = ("TikTok @mamavan2boefjes\n"
            "Filmpje van de complete dans van groep 6 tijdens de eindmusical, gefilmd vanaf de derde rij\n\n"
            "Reacties:\n@oma_joke: Prachtig lieverd\n@fleur.designs: wat een talenten\n@fleur.designs: echt top\n")
    assert _rules_by("parent", text, "kalisto", "tiktok", "lesson-recording") == [
        "Filmpje van de complete dans van groep 6 tijdens de eindmusical, gefilmd vanaf de derde rij"]


@pytest.mark.parametrize("sentence", [
    "In het park zagen we een wijfje van de eend met haar kuikens.",
    "Ik voel me vandaag een hopeloos geval met die nieuwe app, haha.",
    "Met een kwast en wat verf knapten we het hok van de konijnen op.",
])
def test_harmless_relatives_of_insults_are_not_hurtful(sentence):
    assert _rules_by("teacher", sentence, "lithora", "facebook", "hurtful-language") == []


def test_pupils_waving_into_the_camera_is_not_a_video_of_oneself():
    """'in de camera' marks a video of the writer herself, except when the pupils look into it."""
    text = "Filmpje van de rekenles: de kinderen zwaaien en roepen hallo in de camera!"
    assert _rules_by("teacher", text, "kalisto", "instagram", "lesson-recording") == [text]
    own = "Filmpje van mij over de rekenles, ik praat gewoon in de camera."
    assert _rules_by("teacher", own, "kalisto", "instagram", "lesson-recording") == []


def test_taking_your_own_things_along_is_not_school_news():
    text = "Morgen naar Spanje! Ik neem mijn regenjas mee naar de camping, je weet maar nooit."
    assert _rules_by("teacher", text, "lithora", "instagram", "official-channel") == []


def test_news_that_is_already_public_is_not_inside_information():
    text = "Zoals in de nieuwsbrief stond: locatie Noord sluit in 2027, de ouders zijn al geïnformeerd."
    assert _rules_by("teacher", text, "lithora", "facebook", "confidential-info") == []


def test_turning_to_the_class_after_the_parents_invites_pupils():
    """'En groep 8: stuur me maar een snap' turns from the parents (the sentence before) to the pupils: a private
    channel offered to pupils is pupil-contact (TWijs A.5), not a parents' message steered off the channels."""
    text = ("Ouders: rond half vijf zijn we terug bij school.\n"
            "En groep 8: stuur me maar een snap als jullie veilig thuis zijn!")
    assert _rules_by("teacher", text, "twijs", "instagram", "pupil-contact") == [
        "En groep 8: stuur me maar een snap als jullie veilig thuis zijn!"]
    assert _rules_by("teacher", text, "twijs", "instagram", "official-channel") == []


def test_two_opinions_without_a_disclaimer_give_one_finding():
    """One disclaimer fixes every opinion in a text (Lithora C.2), so two opinions give one finding. The rules
    report the one about the foundation's own board; the learned scorer may move the finding to the sentence it
    rates higher, so which of the two carries it is not fixed."""
    text = "Het besluit van het bestuur is onbegrijpelijk. De inspectie had veel eerder moeten ingrijpen."
    assert _rules_by("teacher", text, "lithora", "facebook", "opinion-disclaimer") == [
        "Het besluit van het bestuur is onbegrijpelijk."]
    found = [f.match for f in check(text, "lithora", "facebook") if f.check == "opinion-disclaimer"]
    assert len(found) == 1 and found[0] in text
    disclaimed = text + " Dit is mijn persoonlijke mening."
    assert [f for f in check(disclaimed, "lithora", "facebook") if f.check == "opinion-disclaimer"] == []


def test_the_school_posting_its_logo_in_another_design_is_logo_use():
    """Onderwijs Primair allows only the approved design of the logo. The school's own account may use the logo as
    it is, not a seasonal or home-made variant; a design named as the official one is not a finding."""
    altered = "Ons logo heeft voor de gelegenheid een kerstmuts en een sneeuwlaagje gekregen, met dank aan juf Mirjam."
    assert _rules_by("school", altered, "onderwijs-primair", "instagram", "logo-use") == [altered]
    plain = "Het nieuwe spandoek bij de finish heeft ons logo in de officiële huisstijl."
    assert _rules_by("school", plain, "onderwijs-primair", "instagram", "logo-use") == []
    assert _rules_by("school", "Ons logo staat op elke schoolgids.", "onderwijs-primair", "instagram", "logo-use") == []


def test_a_director_may_speak_for_the_school_but_not_for_what_every_colleague_thinks():
    """A director may write on behalf of the school ("Namens het team van De Zandloper deel ik ..."); claiming
    the whole team's position on a strike or a policy on a personal channel is still speaking for the school
    (Onderwijs Primair "Maak je rol duidelijk", Lithora C.2/D.4)."""
    for stance in ("Het hele team van De Zandloper staat honderd procent achter deze actie.",
                   "Mijn hele team is het daar roerend mee eens, reken maar.",
                   "Namens alle scholen van Lithora kan ik zeggen: wij doen hier niet aan mee."):
        assert _rules_by("director", stance, "lithora", "linkedin", "speaking-for-school") == [stance]
    for duty in ("Namens het team van De Zandloper deel ik graag ons nieuwe schoolplan.",
                 "Als directeur reageer ik hier namens de school: dank voor jullie feedback.",
                 "Als stichting vinden wij dat elk kind elke dag moet kunnen lezen."):
        assert _rules_by("director", duty, "lithora", "linkedin", "speaking-for-school") == [], duty


def test_a_post_about_the_foundation_with_employer_but_no_function_is_reported():
    """Kalisto B.4 asks for the function too: "Als medewerker van Stichting Kalisto ..." in a post about the
    foundation (not a reply) names the employer only; with the function it is complete."""
    text = "Als medewerker van Stichting Kalisto wil ik er toch iets over kwijt. Ik ben benieuwd naar de uitwerking."
    assert _rules_by("teacher", text, "kalisto", "linkedin", "role-disclosure") == [
        "Als medewerker van Stichting Kalisto wil ik er toch iets over kwijt."]
    full = "Als leerkracht bij Stichting Kalisto wil ik er toch iets over kwijt. Ik ben benieuwd naar de uitwerking."
    assert _rules_by("teacher", full, "kalisto", "linkedin", "role-disclosure") == []


def test_a_chat_with_timestamps_is_read_as_messages_not_app_lines():
    """'[16:21] Meester Ruben: ...' is a message; before, every line opening with '[' was taken for a line
    the app writes, so a teacher asking parents to put their children in a WhatsApp group (Kalisto,
    Inleiding: no WhatsApp groups with pupils) went unreported."""
    text = ("Klassenapp groep 7\n\n[16:20] Meester Ruben: Hallo ouders!\n"
            "[16:21] Meester Ruben: Zouden jullie je kinderen in de WhatsApp-groep 'Groep 7' willen zetten?\n")
    found = _rules_by("teacher", text, "kalisto", "parent-group-app", "official-channel")
    assert len(found) == 1 and "WhatsApp-groep" in found[0]


def test_thread_counters_and_meme_captions_are_not_announcements():
    for text in ("3/3 Wij op school hadden die dag al ingepland voor oudergesprekken, dus ik weet wat het kost.",
                 'Tekst in beeld: "POV: je zegt tegen groep 8 dat er morgen een toets is"'):
        assert _rules_by("teacher", text, "lithora", "x", "official-channel") == [], text
    assert _rules_by("teacher", "3/3 Morgen geen gym voor groep 8, de zaal is dicht.", "lithora", "x",
                     "official-channel") == ["3/3 Morgen geen gym voor groep 8, de zaal is dicht."]


def test_app_me_on_whatsapp_keeps_to_the_channel_unless_it_steers_away():
    """On WhatsApp, "app me gerust" keeps to the channel the message is on; handing out a private number
    ("app me privé op 06-...") moves parents away from the official channel (Lithora C.1)."""
    base = "Hoi ouders van groep 6!\n\n"
    assert _rules_by("teacher", base + "App me gerust als er iets is.", "lithora", "whatsapp",
                     "official-channel") == []
    assert _rules_by("teacher", base + "App me gerust privé op 06-98765432, ook in het weekend.", "lithora",
                     "whatsapp", "official-channel") == ["App me gerust privé op 06-98765432, ook in het weekend."]


def test_a_chat_header_naming_a_pupil_makes_app_me_contact_with_a_pupil():
    text = ("Chat met: Lotte (5 havo)\n\nLotte: Ik snap de feedback niet.\n"
            "Meneer Bosman: Geen probleem, app me gerust privé als je vragen hebt.\n")
    assert _rules_by("teacher", text, "twijs", "whatsapp", "pupil-contact") != []
    assert _rules_by("teacher", text, "twijs", "whatsapp", "official-channel") == []


def test_disclaimer_wordings_of_mine_alone():
    for disclaimer in ("Wat ik hier schrijf is van mij alleen.", "Het is dus geen standpunt van mijn school."):
        text = disclaimer + " Het bestuur van TWijs luistert niet naar de leerkrachten, dat is onacceptabel."
        assert _rules_by("teacher", text, "twijs", "blog", "opinion-disclaimer") == [], disclaimer
    assert _rules_by("teacher", "Het bestuur van TWijs luistert niet naar de leerkrachten, dat is onacceptabel.",
                     "twijs", "blog", "opinion-disclaimer") != []


def test_logo_in_a_seasonal_jacket_and_logo_files_from_the_directie():
    """The school's own account: its logo "in een feestjasje" is another design (Onderwijs Primair); a banner
    with the logo "in de huisstijl die we van de directie kregen" has the directie's approval."""
    jacket = "Voor carnaval heeft onze ouderraad het logo van De Klimop in een feestjasje gestoken."
    assert _rules_by("school", jacket, "onderwijs-primair", "facebook", "logo-use") == [jacket]
    banner = "De nieuwe banner heeft ons logo in de huisstijl die we van de directie kregen."
    assert _rules_by("teacher", banner, "onderwijs-primair", "class-page", "logo-use") == []
    assert _rules_by("teacher", "De nieuwe banner heeft ons logo erop.", "onderwijs-primair", "class-page",
                     "logo-use") != []


def test_an_invitation_that_promises_photos_is_contact_not_a_recording():
    """'voeg me toe, dan zien jullie ook de foto's uit de klas': one finding, the invitation (pupil-contact)."""
    text = "Ouders van groep 4, voeg me gerust toe hier op Facebook, dan zien jullie ook de foto's uit de klas!"
    assert _rules_by("teacher", text, "lithora", "facebook", "pupil-contact") == [text]
    assert _rules_by("teacher", text, "lithora", "facebook", "lesson-recording") == []


def test_a_teacher_greeting_the_parents_in_a_chat_is_not_an_undisclosed_insider():
    """'[16:30] Juf Anouk: Beste ouders, ...' -- a teacher writing to the parents of her class: her role is
    plain. A teacher who is one of the parents in the parents' own group (named after them, no greeting) and
    speaks with inside knowledge still has to say she works there (TWijs C.3)."""
    own = ("Klassenapp groep 5\n[16:30] Juf Anouk: Beste ouders, morgen komt de schoolfotograaf op De Linde!\n"
           "[16:33] Maarten: Dank je!\n[16:40] Juf Anouk: Ik kan jullie vertellen dat het team er zin in heeft.\n")
    assert _rules_by("teacher", own, "twijs", "whatsapp", "role-disclosure") == []
    member = ("Groepsapp 'Ouders groep 5 De Linde'\n[19:42] Patrick: Iemand al die brief van TWijs gelezen?\n"
              "[19:51] Danielle: Er ligt intern allang een plan om De Linde na de zomer dicht te doen.\n"
              "[19:52] Patrick: Serieus??\n")
    assert _rules_by("teacher", member, "twijs", "parent-group-app", "role-disclosure") != []


def test_a_personal_disclaimer_in_other_words_covers_the_blog():
    """'Alles wat ik hier opschrijf, schrijf ik op eigen titel - het zijn mijn gedachten en niet die van Kalisto'
    is the statement Kalisto C.4 asks for, in other words; without it the opinion is reported."""
    opinion = " Ik vind het inspectiekader van de inspectie veel te smal."
    for disclaimer in ("Alles wat ik hier opschrijf, schrijf ik op eigen titel.",
                       "Het zijn mijn gedachten en niet die van Kalisto."):
        assert _rules_by("teacher", disclaimer + opinion, "kalisto", "blog", "opinion-disclaimer") == [], disclaimer
    assert _rules_by("teacher", opinion.strip(), "kalisto", "blog", "opinion-disclaimer") != []


def test_comments_under_a_parents_own_video_do_not_hide_her_post():
    """A YouTube post written in the first person with 'Reacties' below: its writer is the author, not the last
    commenter. Before, the second commenter was taken for the author and the recording and the insult in the
    post itself were dropped (TWijs A.7)."""
    text = ("Kanaal: FamilieVlogs\nTitel: ONLINE LES\n\nBeschrijving:\n"
            "Ik heb de Teams-les van mijn zoon gewoon opgenomen, kijk zelf maar hoe het misgaat met die docent.\n"
            "Moet je die sukkel horen stotteren als zijn scherm het niet doet.\n\nReacties\n"
            "@henk1964: haha geweldig\n@mila_vd: Is dit wel toegestaan om te delen?\n")
    assert _rules_by("parent", text, "twijs", "youtube", "lesson-recording") == [
        "Ik heb de Teams-les van mijn zoon gewoon opgenomen, kijk zelf maar hoe het misgaat met die docent."]
    assert _rules_by("parent", text, "twijs", "youtube", "hurtful-language") != []


def test_a_clip_description_after_an_emoji_is_not_the_caption():
    """'🎥 Video (0:23): ...' describes the clip like 'Video (0:23): ...': the finding is the caption posted with it."""
    text = ("@juf.marit\n🎥 Video (0:23): groep 8 danst tussen de tafels door, alle gezichten goed in beeld\n"
            "Zo sluiten wij de rekenles af haha, deze klas is goud #juflife\n")
    assert _rules_by("teacher", text, "onderwijs-primair", "tiktok", "lesson-recording") == [
        "Zo sluiten wij de rekenles af haha, deze klas is goud #juflife"]


def test_a_video_in_an_empty_classroom_shows_no_pupils():
    text = "Video van @juf_esmee: juf doet een dansje in een leeg lokaal, tekst in beeld 'eindelijk vakantie'"
    assert _rules_by("parent", text, "som", "tiktok", "lesson-recording") == []
    full = "Video van @juf_esmee: juf doet een dansje met groep 5 in het lokaal tijdens de les, kijk!"
    assert _rules_by("parent", full, "som", "tiktok", "lesson-recording") != []


def test_logo_rule_and_board_approval():
    """A director reminding the team how to get the logo states the rule ('wil je ons logo gebruiken, loop dan
    even bij mij langs'); a logo 'geplaatst in overleg met het bestuur' is approved (Onderwijs Primair)."""
    rule = "Een kleine herinnering: wil je ons logo ergens voor gebruiken, loop dan even bij mij langs."
    assert _rules_by("director", rule, "onderwijs-primair", "email", "logo-use") == []
    approved = "De afbeelding is het logo van De Horizon in de vastgestelde huisstijl, geplaatst in overleg met het bestuur."
    assert _rules_by("director", approved, "onderwijs-primair", "linkedin", "logo-use") == []
    assert _rules_by("teacher", "De afbeelding is het logo van De Horizon, door mij een beetje aangepast.",
                     "onderwijs-primair", "linkedin", "logo-use") != []


def test_practical_replies_to_parents_in_a_class_app_are_not_a_discussion_of_a_child():
    """Lithora A.6 (with parents): a teacher answering 'Papa van Tijn' about a toilet roll discusses no child;
    answering about the child's behaviour does."""
    chat = ("Juf Esther: En vrijdag graag een lege wc-rol meegeven.\nPapa van Tijn: Mag het ook een keukenrol zijn?\n"
            "Juf Esther: Haha, liever een wc-rol, die past beter.\n")
    assert _rules_by("teacher", chat, "lithora", "whatsapp", "pupil-contact") == []
    child = ("Papa van Tijn: Waarom moest Tijn binnenblijven?\n"
             "Juf Esther: Tijn heeft drie keer een klasgenoot geschopt, daarom.\n")
    assert _rules_by("teacher", child, "lithora", "whatsapp", "pupil-contact") != []


def test_a_pupils_behaviour_discussed_with_a_mama_in_the_parents_group():
    """SOM richtlijn 4: 'Mama Esra' asks about her son in the class's parents' group app and the teacher tells
    the whole group what he did. A speaker called 'Mama ...' is a parent, and the parents' group app is no
    school channel for this."""
    text = ("Mama Esra: Juf, was er vandaag iets met Yusuf? Hij was zo stil.\n"
            "Juf Petra: Ja, Yusuf heeft vandaag een klasgenoot geslagen en moest apart zitten.\n"
            "Mama Esra: Oh... dat had ik liever niet in de groep gelezen\n")
    assert _rules_by("teacher", text, "som", "parent-group-app", "pupil-contact") == [
        "Ja, Yusuf heeft vandaag een klasgenoot geslagen en moest apart zitten."]


def test_accepting_a_pupils_follow_request():
    text = ("@lisa_2010x: Meneer Rik ik heb u een volgverzoek gestuurd\n"
            "@rik.vanbeek: Haha oké, is goed, je staat erin! Maar niet te veel rare reacties hè\n")
    assert _rules_by("teacher", text, "som", "instagram", "pupil-contact") != []


def test_a_rebuttal_in_a_thread_announces_nothing():
    """'Onzin, vanaf groep 6 krijgt iedereen gewoon huiswerk mee' contradicts a parent, it announces nothing
    (the same words without the rebuttal are an announcement on X, Kalisto B.1)."""
    text = ("@ouder: Op De Klimroos krijgen kinderen geen huiswerk meer?\n"
            "@bert: Onzin, vanaf groep 6 krijgt iedereen gewoon huiswerk mee.\n")
    assert _rules_by("teacher", text, "kalisto", "x", "official-channel") == []
    assert _rules_by("teacher", text.replace("Onzin, vanaf", "Vanaf"), "kalisto", "x", "official-channel") != []


def test_accepting_a_pupils_request_in_a_thread_by_a_pupil_speaker():
    """'Amira (groep 8)' complains that her request is not accepted yet and the teacher answers 'bij deze
    gedaan!' (Onderwijs Primair: no private contact with pupils on social media). The requester is a pupil, so the
    acceptance is contact with a pupil even where the rest of the text talks to parents."""
    text = ("Reacties onder de nieuwe profielfoto van Hester Jansma\n\n"
            "Amira (groep 8): juf u hebt mijn verzoek nog niet geaccepteerd!!\n"
            "Hester Jansma: Oeps, bij deze gedaan! Leuk om elkaar hier ook te zien\n"
            "Buurvrouw Thea: Wat een vrolijke foto, ouders van groep 8 zullen genieten!\n")
    assert _rules_by("teacher", text, "onderwijs-primair", "facebook", "pupil-contact") == ["Oeps, bij deze gedaan!"]
    refused = text.replace("Oeps, bij deze gedaan!", "Sorry Amira, dat doe ik niet.")
    assert _rules_by("teacher", refused, "onderwijs-primair", "facebook", "pupil-contact") == []


def test_a_yes_to_a_follow_back_question():
    text = ("Marco: Wie heeft dit rooster bedacht?\n"
            "Daan: juf volg je me terug op insta?\n"
            "Nadia El Idrissi: Tuurlijk Daan, komt goed!\n")
    assert _rules_by("teacher", text, "twijs", "facebook", "pupil-contact") == ["Tuurlijk Daan, komt goed!"]
    assert _rules_by("teacher", text.replace("volg je me terug op insta", "kom je morgen ook kijken"),
                     "twijs", "facebook", "pupil-contact") == []


def test_the_child_in_a_parents_speaker_name_is_a_pupil_when_discussed():
    """SOM richtlijn 4: 'Moeder van Jens' asks, the teacher answers about Jens's behaviour in the parents' group
    app. 'Jens' in the parent's speaker name is the child, not a speaker of the thread."""
    text = ("Moeder van Jens: Jens zegt dat hij steeds op de gang moet zitten?\n"
            "Juf Carla: Klopt, Jens reageert niet altijd handig en ik heb zijn gedragskaart al drie keer ingevuld.\n"
            "Moeder van Jens: Hmm oke\n")
    assert _rules_by("teacher", text, "som", "parent-group-app", "pupil-contact") == [
        "Klopt, Jens reageert niet altijd handig en ik heb zijn gedragskaart al drie keer ingevuld."]


def test_an_opinion_in_a_class_parents_group_app_needs_a_disclaimer():
    """Lithora: a class's parents' group app is run by parents, not by the school (its approved channels are
    Parro and e-mail), so a teacher's opinion of the board there needs the personal-view statement."""
    text = "Juf Saskia: Ja, en eerlijk: die hele toetscarrousel van het bestuur levert niks op behalve stress.\n"
    before = ("Juf Saskia: Morgen is de gymles vervallen, dat hoorde ik vanmorgen op het overleg.\n"
              "Moeder van Olivier: En volgende week weer toetsen?\n")
    assert _rules_by("teacher", before + text, "lithora", "parent-group-app", "opinion-disclaimer") == [
        "Ja, en eerlijk: die hele toetscarrousel van het bestuur levert niks op behalve stress."]
    assert _rules_by("teacher", before + text, "lithora", "parro", "opinion-disclaimer") == []


def test_a_colleague_who_does_not_know_yet_is_confidential():
    """SOM art. 3: a complaint about a teacher that the teacher has not been told about is confidential."""
    text = ("Die keuze hangt samen met een klacht van een ouder; het bestuur heeft nog geen besluit genomen en de "
            "betrokken leerkracht weet nog van niets.")
    assert _rules_by("school", text, "som", "newsletter", "confidential-info") != []


def test_a_role_finding_on_a_sentence_that_speaks_for_the_school_is_left_to_that_check(monkeypatch):
    """One sentence, one finding: when the scorer adds a role-disclosure finding to a sentence that
    speaking-for-school reports ('Officieel bericht van De Duinpieper: ...'), the role finding is dropped; on
    another sentence it stays."""
    from socialcheck import checks
    from socialcheck.detectors.base import Context
    from socialcheck.model import Span
    text = "Topografie met groep 8.\nOfficieel bericht van De Duinpieper: toveren kunnen we niet.\n"
    second = (text.index("Officieel"), len(text) - 1)
    for role_at, kept in ((second, False), ((0, 23), True)):
        monkeypatch.setitem(checks.CHECK_FUNCTIONS, "speaking-for-school",
                            lambda ctx: [Span(*second, "speaking-for-school", 0.9, "test")])
        monkeypatch.setitem(checks.CHECK_FUNCTIONS, "role-disclosure",
                            lambda ctx, at=role_at: [Span(*at, "role-disclosure", 0.6, "test")])
        ctx = Context(text, {"conduct_model": False})
        found = {s.check for s in checks.run_checks(ctx, frozenset({"speaking-for-school", "role-disclosure"}))}
        assert ("role-disclosure" in found) is kept


def test_typisch_about_a_parent_is_no_opinion_about_the_school():
    """'typisch TWijs' judges the foundation; 'typisch zo'n ouder die ...' is about a parent, not about the
    school or education policy."""
    text = "En dan heb je typisch zo'n ouder die bij elke zes-min van de school al met de telefoon staat."
    assert _rules_by("teacher", text, "twijs", "blog", "opinion-disclaimer") == []


def test_a_named_colleagues_burn_out_is_confidential():
    """Lithora A.2 / SOM art. 3: 'Roel is sinds dinsdag thuis, burn-out' tells a named colleague's health. A
    burn-out without a name ('burn-out is een groot probleem in het onderwijs') is not about one person."""
    assert _rules_by("teacher", "Roel is sinds dinsdag thuis, burn-out, de arbo-arts zegt minstens drie maanden.",
                     "lithora", "whatsapp", "confidential-info") != []
    assert _rules_by("teacher", "Özlem zit thuis met een zware burn-out.", "som", "facebook", "confidential-info") != []
    assert _rules_by("teacher", "Een burn-out is een groot probleem in het onderwijs, ook bij ons.",
                     "lithora", "facebook", "confidential-info") == []


def test_a_disclaimer_naming_the_employer_is_not_the_role_finding():
    """'dit is mijn eigen mening en niet die van TWijs' names the employer to step away from it; when a thread
    shows an undisclosed insider, the role-disclosure finding goes to a sentence that joins the discussion."""
    text = ("@ouder: Gaat De Esdoorn echt dicht?\n@piet: Geen idee.\n"
            "@juf_m: Dit is mijn eigen mening en niet die van TWijs. De locatie aan de Dorpsstraat blijft gewoon open, "
            "dat is bij TWijs allang besproken.\n")
    found = _rules_by("teacher", text, "twijs", "x", "role-disclosure")
    assert found and not any("eigen mening" in f for f in found)


def test_posting_class_information_here_is_only_reported_off_the_official_channels():
    """Lithora B.1: Parro and e-mail are the channels for school information; 'hier zet ik voortaan het huiswerk
    neer' in Parro is fine, in a Facebook group it is not. Posting a holiday photo here is no school information."""
    text = "Hier zet ik voortaan het huiswerk en de toetsdata neer."
    assert _rules_by("teacher", text, "lithora", "facebook", "official-channel") != []
    assert _rules_by("teacher", text, "lithora", "parro", "official-channel") == []
    assert _rules_by("teacher", "Hier zet ik voortaan mijn vakantiefoto's neer.", "lithora", "facebook",
                     "official-channel") == []


def test_another_logo_changed_by_nobody_here_is_no_logo_use():
    """Onderwijs Primair: only the approved design of the school's logo. A logo that is not the school's and not
    changed by the author ('het logo van de Koningsspelen hangt in de hal') is not reported."""
    assert _rules_by("teacher", "Het logo van de Koningsspelen hangt in de hal.", "onderwijs-primair", "facebook",
                     "logo-use") == []
    assert _rules_by("teacher", "Het logo heb ik in Canva omgezet naar groen.", "onderwijs-primair", "facebook",
                     "logo-use") != []


def test_a_position_voiced_for_the_school_is_one_finding_not_also_an_announcement():
    text = ("Onze school vindt het belangrijk dat elk kind meedoet met de sportdag, dus vanaf dit jaar vragen wij "
            "daar geen bijdrage meer voor.")
    assert _rules_by("teacher", text, "lithora", "facebook", "speaking-for-school") == [text]
    assert _rules_by("teacher", text, "lithora", "facebook", "official-channel") == []


def test_an_aside_in_brackets_in_the_first_person_is_the_recording_not_a_description():
    """"(filmpje van mijn klas tijdens ...)" is the author telling what she posted; a third-person "(video: ...)"
    line describes the clip, and then the caption under it is the finding."""
    text = ("(filmpje van mijn klas tijdens de knutselles, alle kinderen in beeld)\n"
            "En dan heb je natuurlijk altijd die ene ouder die boos wordt.\n")
    found = _rules_by("teacher", text, "lithora", "tiktok", "lesson-recording")
    assert len(found) == 1 and "filmpje van mijn klas" in found[0]


def test_teaching_a_class_states_the_function():
    """"Ik sta zelf voor groep 5 op De Linde" says both the function (the class's teacher) and the school
    (Lithora asks for both): no role-disclosure finding for the reply it opens."""
    text = ("Tessa Wijnen: Waar gaat dat geld van de stichting eigenlijk heen?\n"
            "Kim de Vries: Open kaart: ik sta zelf voor groep 5 op IKC Zonnewende, een Lithora-school, dus neutraal "
            "ben ik niet. Het geld gaat naar extra handen in de klas.\n"
            "Tessa Wijnen: Oké, dank je.\n")
    assert _rules_by("teacher", text, "lithora", "facebook", "role-disclosure") == []



def test_a_named_school_as_subject_without_a_stance_is_not_speaking_for_it():
    """Only a named school that takes a position ("De Linde vindt het belangrijk dat ...") is the school's voice;
    a fact about the school or a school that is found somewhere is not."""
    for text in ("De Linde vindt je ook op Facebook en Instagram.",
                 "Het Esker College krijgt volgend jaar een nieuwe gymzaal.",
                 "De Lithora-leerkrachten krijgen in maart een nieuwe cao."):
        assert _rules_by("teacher", text, "lithora", "facebook", "speaking-for-school") == [], text


def test_in_a_parents_thread_every_parents_insult_counts():
    """A parents' group thread checked for a parent author: every speaker is a parent, so which one wrote it cannot
    be told. Before, the speaker named "papa" was taken for the author and the other parent's insult was dropped."""
    text = ('Oudersapp "Groep 5 (alleen ouders)"\n\n'
            "Esther: Weer een blauwe plek vandaag bij Noud.\n"
            "Bram (papa Fien): Serieus? Dat is de derde keer deze maand.\n"
            "Esther: Die moeder van Lucas is echt een asociale trut, laat haar kind iedereen slaan.\n"
            "Bram (papa Fien): Hmm, ik zou het toch eerst met juf bespreken\n")
    found = _rules_by("parent", text, "kalisto", "parent-group-app", "hurtful-language")
    assert found == ["Die moeder van Lucas is echt een asociale trut, laat haar kind iedereen slaan."]


def test_a_strong_and_a_second_familiar_word_need_no_pupil_cue():
    """'Doeeei, kusjes xoxo' on X: two over-familiar words, one of them strong, are over-familiar whoever reads it.
    Before, without a pupil-audience cue in the text, such a sign-off was not reported. One weak word is still not
    enough."""
    found = _rules_by("teacher", "Nu hup de boeken in, liefjes van me! Doeeei, kusjes xoxo", "som", "x", "hurtful-language")
    assert found == ["Doeeei, kusjes xoxo"]
    assert _rules_by("teacher", "Fijne vakantie allemaal, dikke knuffel!", "som", "x", "hurtful-language") == []


def test_a_name_that_is_harmless_alone_is_no_insult_in_a_costume_play_or_circus():
    """'Clown', 'heks' and 'draak' call a person names only when said of one ("die wethouder is een clown"); a
    costume, a play or the circus is not an insult, nor is the word alone."""
    for text in ("De juf was op het Halloweenfeest een heks met een echte bezem.",
                 "In de musical is meester Bram een draak die vuur spuwt.",
                 "Hij is een clown in het circus van groep 4.",
                 "Vandaag kwam er een clown op school en de kinderen lagen dubbel."):
        assert _rules_by("teacher", text, "lithora", "facebook", "hurtful-language") == [], text


def test_saying_something_was_not_said_aloud_yet_is_no_secret():
    """'Nog niet hardop' marks a secret only with a verb of telling ("wat ik nog niet hardop mag zeggen"); a boy who
    could not yet read aloud, or a plan nobody had mentioned aloud, is not confidential."""
    for text in ("Vorige week won een jongen de voorleeswedstrijd die aan het begin van het jaar nog niet hardop durfde te lezen.",
                 "Op de scholen wisten we al dat dit eraan kwam, het werd alleen nog niet hardop gezegd."):
        assert _rules_by("teacher", text, "lithora", "facebook", "confidential-info") == [], text
    assert _rules_by("teacher", "Wat ik eigenlijk nog niet hardop mag zeggen: volgend jaar sluit locatie Oost.",
                     "lithora", "facebook", "confidential-info")


def test_a_keep_it_to_yourself_sentence_that_is_itself_the_secret_does_not_also_report_the_one_before():
    """'..., maar houd dat voor jezelf' after the secret in the same sentence: that sentence is the finding, not the
    greeting before it."""
    text = "Dank voor je berichtje, fijn dat je het laat weten. De juf van groep 5 zit thuis met een burn-out, maar houd dat voor jezelf."
    assert _rules_by("teacher", text, "lithora", "whatsapp", "confidential-info") == [
        "De juf van groep 5 zit thuis met een burn-out, maar houd dat voor jezelf."]


def test_following_an_account_for_news_that_is_not_practical_or_on_the_approved_channel():
    """A follow for photos is not an announcement; a follow of the approved channel is not steering away."""
    for text, protocol in (("Volg ons op Instagram voor leuke foto's van de sportdag!", "kalisto"),
                           ("Volg ons in Social Schools voor lesuitval en roosterwijzigingen.", "kalisto"),
                           ("Ik volg het account van de inspectie voor hun nieuwe rooster van bezoeken.", "lithora")):
        assert _rules_by("teacher", text, protocol, "instagram", "official-channel") == [], text


def test_a_named_childs_file_is_not_confidential_when_it_is_the_readers_own_or_general():
    """The parents' own child, the writer's own child, a question, a colleague's expertise and a general remark about
    youth care name no one else's file."""
    for text, protocol, channel in (
            ("Beste ouders van Fenna,\nFenna krijgt vanaf volgende week extra tijd vanwege haar dyslexie.", "som", "parnassys"),
            ("Na twee jaar onderzoeken weten we eindelijk dat onze Finn dyslexie heeft.", "lithora", "facebook"),
            ("Hoe gaan jullie op school eigenlijk om met dyslexie bij Sanne en haar klasgenoten?", "lithora", "facebook"),
            ("Zij komt van een andere school en heeft veel ervaring met dyslexie.", "kalisto", "email"),
            ("Die wachtlijsten bij de jeugdzorg zijn overal veel te lang.", "kalisto", "facebook"),
            ("Petra Sanders: de wachtlijsten in de jeugdzorg zijn echt schandalig lang.", "twijs", "facebook")):
        assert _rules_by("teacher", text, protocol, channel, "confidential-info") == [], text


def test_accepting_a_parents_request_in_a_chat_the_author_wrote_down():
    """Lithora A.6 (parents too): the finding is the teacher's "Ik:" turn that accepts, not the parent's request."""
    text = ("Marloes (moeder van Daan): Hoi juf Esther, ik heb je net een vriendschapsverzoek gestuurd!\n"
            "Ik: Hoi Marloes! Ik heb net op bevestigen gedrukt, gezellig.\n"
            "Marloes (moeder van Daan): Top!\n")
    assert _rules_by("teacher", text, "lithora", "facebook", "pupil-contact") == [
        "Ik heb net op bevestigen gedrukt, gezellig."]
    pupil = ("Fleur: juf ik heb u een volgverzoek gestuurd op insta\n"
             "Ik: Haha ik zag hem al, is goedgekeurd 😄\n"
             "Fleur: yesss\n")
    assert _rules_by("teacher", pupil, "onderwijs-primair", "instagram", "pupil-contact") == [
        "Haha ik zag hem al, is goedgekeurd 😄"]


def test_the_school_telling_parents_who_is_on_sick_leave_is_not_confidential():
    """The school's own message that a named teacher is on leave is its task (who replaces whom); the medical details
    of that leave are still reported."""
    assert _rules_by("school", "Beste ouders,\nJuf Kim is met ziekteverlof; meester Bas neemt de groep over.",
                     "lithora", "parro", "confidential-info") == []
    assert _rules_by("school", "Beste ouders,\nJuf Kim krijgt chemo en is tot de zomer met ziekteverlof.",
                     "lithora", "parro", "confidential-info") == ["Juf Kim krijgt chemo en is tot de zomer met ziekteverlof."]


def test_a_director_without_a_stated_mandate_speaks_for_the_school():
    """SPEC (speaking-for-school): only a director who states the mandate may write "wij als school"; one who posts a
    decision or a demand for the school on a personal account, with no agreement mentioned, is reported like a
    teacher. Pride and thanks for the school stay allowed, and so does any text that states the mandate."""
    bad = "Wat een week. Wij als school hebben besloten dat we de extra toetsen gewoon overslaan."
    assert _rules_by("director", bad, "lithora", "facebook", "speaking-for-school") == [
        "Wij als school hebben besloten dat we de extra toetsen gewoon overslaan."]
    assert _rules_by("director", "Dit bericht is afgestemd met het team en de MR. " + bad,
                     "lithora", "facebook", "speaking-for-school") == []
    assert _rules_by("director", "Als team zijn we ontzettend trots op groep 8 en de estafette!",
                     "lithora", "facebook", "speaking-for-school") == []
    assert _rules_by("director", "Namens het hele team van De Vlinder: dank jullie wel voor de hulp!",
                     "lithora", "facebook", "speaking-for-school") == []


def test_a_parent_author_marked_ik_answers_only_for_own_turns():
    """SPEC: in a thread only the author's own turns are checked. A parent author's turns can be told apart when
    they are marked "Ik:"; another parent's insult in the same thread is not the author's."""
    text = ("Ik: Volgende week staken de leerkrachten weer, wie gaat er mee naar het Malieveld?\n"
            "Gerrit: Die juffen zijn gewoon lui, stelletje zeurpieten.\n"
            "Ik: Gerrit, dat vind ik echt niet netjes.\n")
    assert _rules_by("parent", text, "kalisto", "facebook", "hurtful-language") == []
    own = text.replace("Ik: Gerrit, dat vind ik echt niet netjes.", "Ik: Klopt Gerrit, stelletje zeurpieten zijn het.")
    assert _rules_by("parent", own, "kalisto", "facebook", "hurtful-language") == [
        "Klopt Gerrit, stelletje zeurpieten zijn het."]


def test_insults_quoted_in_a_lesson_about_bullying_are_examples():
    """SPEC (hurtful-language): quoting insults in a lesson about bullying is not a violation; the same insult in
    the teacher's own words still is."""
    lesson = ('Vandaag een les over pesten in groep 6. Op het bord kwamen de woorden die ze weleens horen: '
              '"loser", "dikzak", "niemand wil met jou spelen". Daarna bedachten we wat je wel kunt zeggen.')
    assert _rules_by("teacher", lesson, "twijs", "class-page", "hurtful-language") == []
    own = "Vandaag een les over pesten in groep 6. Die Bart is echt een dikzak, haha."
    assert _rules_by("teacher", own, "twijs", "class-page", "hurtful-language") == [
        "Die Bart is echt een dikzak, haha."]


def test_a_header_naming_another_poster_is_not_the_authors_post():
    """In a thread whose author answers as "Ik:", the post quoted above it by someone else ("Openbare post van ...")
    is context: its opinion is not the author's."""
    text = ('[Openbare post van Ilse Bakker: "Die nieuwe rekentoets is echt veel te moeilijk, slecht beleid van de school"]\n\n'
            "Mirjam: Herkenbaar.\n"
            "Ik: Fijn dat u het meldt, ik bel u morgen even.\n")
    assert _rules_by("teacher", text, "som", "facebook", "opinion-disclaimer") == []


def test_a_films_consent_line_does_not_cancel_the_logo_approval():
    """Onderwijs Primair: logo use stated as agreed with the directie is fine; "kinderen zonder toestemming staan niet
    in beeld" is about the film, not a missing approval of the logo."""
    text = ("Alle ouders gaven toestemming; kinderen zonder toestemming staan niet in beeld.\n"
            "Het logo in de aftiteling is het officiële logo van de school, gebruikt in overleg met de directie.")
    assert _rules_by("teacher", text, "onderwijs-primair", "youtube", "logo-use") == []
    missing = text + "\nHet logo heb ik zonder toestemming van de directie een beetje aangepast."
    assert _rules_by("teacher", missing, "onderwijs-primair", "youtube", "logo-use") != []


def test_a_story_frame_described_as_a_screenshot_is_not_a_class_recording():
    """On Instagram a caption about a class counts as the recording itself, unless the story frame it belongs to is
    described as showing something else (a screenshot, the whiteboard); a frame showing the children still counts."""
    shot = "[Story 2/3 – screenshot van de meldingen]\nWow, zoveel berichtjes van groep 8 vandaag 😂\n"
    assert _rules_by("teacher", shot, "onderwijs-primair", "instagram", "lesson-recording") == []
    kids = "[Story 1/3 – foto van het schoolplein, kinderen spelen tikkertje]\nGroep 4 vandaag aan het buitenspelen, kijk ze gaan!\n"
    assert _rules_by("teacher", kids, "onderwijs-primair", "instagram", "lesson-recording") == [
        "Groep 4 vandaag aan het buitenspelen, kijk ze gaan!"]


def test_insults_in_single_quotes_that_the_author_rejects_are_not_the_authors():
    """Quoted with straight single quotes too: a list of names children are called, in a lesson about bullying, and
    a name quoted to reject it ("iemand een 'trut' noemen vind ik niet oké"); an apostrophe is no quote mark."""
    for text in ("Vandaag een les over pesten. Op de briefjes stond: 'sukkel', 'lelijkerd', 'niemand vindt jou leuk'.",
                 "Iemand hier een 'incompetente trut' noemen vind ik echt niet oké."):
        assert _rules_by("teacher", text, "kalisto", "facebook", "hurtful-language") == [], text
    own = "Vandaag een les over pesten, maar zo'n sukkel als Daan snapt het toch niet."
    assert _rules_by("teacher", own, "kalisto", "facebook", "hurtful-language") == [
        "Vandaag een les over pesten, maar zo'n sukkel als Daan snapt het toch niet."]


def test_a_kiss_emoji_makes_a_pet_name_over_familiar():
    """One weak familiar word ("schatje") is not enough; with a kiss emoji in the same sentence it is (SOM
    "Verantwoordelijkheid", Lithora/TWijs A.8: no over-familiar tone towards pupils)."""
    assert _rules_by("teacher", "Doei schatje, tot morgen van juf!", "som", "instagram", "hurtful-language") == []
    assert _rules_by("teacher", "Doei schatje, tot morgen van juf 😘", "som", "instagram", "hurtful-language") == [
        "Doei schatje, tot morgen van juf 😘"]


def test_a_function_without_the_foundation_is_a_partial_role_statement():
    """Lithora C.2 and Kalisto B.4 ask for the foundation and the function: "Ik ben leerkracht" names the function
    only, and is the finding; naming where one works completes it; TWijs asks for the school instead."""
    thread = ("@lindeveenkrant: Nieuw schoolplein voor De Lijsterbes op komst\n"
              "papa.ruben: Wie ben jij dan?\n"
              "Ik: Ik ben leerkracht, dus geloof me maar, ik zit bij alle overleggen.\n")
    assert _rules_by("teacher", thread, "kalisto", "instagram", "role-disclosure") == [
        "Ik ben leerkracht, dus geloof me maar, ik zit bij alle overleggen."]
    full = thread.replace("Ik ben leerkracht,", "Ik ben leerkracht bij Kalisto, op De Lijsterbes,")
    assert _rules_by("teacher", full, "kalisto", "instagram", "role-disclosure") == []


def test_praise_comparisons_and_pupils_learning_to_read_are_no_mockery():
    """The mockery patterns need a mocking object or frame: a pupil who now reads, running "als een speer" or
    working "als een gek" is no insult."""
    for text in ("Trots: Mila kan nu al lezen, en dat in groep 2!",
                 "De kinderen renden als een speer naar het plein.",
                 "Sem zong als een nachtegaal tijdens de musical.",
                 "We hebben vandaag gewerkt als een gek om alles klaar te krijgen.",
                 "In groep 3 leren de kinderen lezen met de nieuwe methode."):
        assert _rules_by("teacher", text, "lithora", "facebook", "hurtful-language") == [], text


def test_a_handle_like_display_name_opens_a_turn():
    """"Esther_mama_van_Daan:" is a speaker, like "esther_mama:": her line about a follow request she sent is not the
    teacher's conduct, while the teacher accepting it is (Lithora A.6 includes parents)."""
    chat = ("Esther_mama_van_Daan: Hoi juf! Ik heb je een volgverzoek gestuurd, hoop dat dat mag.\n"
            "Ik: Ik heb je verzoek geaccepteerd hoor!\n"
            "Esther_mama_van_Daan: Top 👍\n")
    assert _rules_by("teacher", chat, "lithora", "instagram", "pupil-contact") == ["Ik heb je verzoek geaccepteerd hoor!"]


_STEERING_PARENTS = [
    # a DM whose other speaker is a parent ("Karin_moeder_van_Jip") steers her away from Parro (Lithora B.1)
    ("lithora", "instagram",
     "Karin_moeder_van_Jip: Jip is een beetje verkouden vandaag.\n"
     "Ik: Beterschap! Stuur me hier voortaan gewoon een berichtje als hij ziek is, dat gaat sneller dan Parro.\n"
     "Karin_moeder_van_Jip: Doe ik!\n",
     "Stuur me hier voortaan gewoon een berichtje als hij ziek is, dat gaat sneller dan Parro."),
    # "groep 5, De Wilgenhoek" under a mail to parents signs it and does not address the pupils; e-mail is approved
    # for Onderwijs Primair
    ("onderwijs-primair", "email",
     "Beste ouders,\n\nDinsdag gaan we naar de kinderboerderij. Graag laarzen mee.\n\n"
     "Vragen? App me gerust op 06-12 34 56 78, dan reageer ik sneller dan via de mail.\n\n"
     "Groet,\nJuf Mirjam\ngroep 5, De Wilgenhoek\n",
     "App me gerust op 06-12 34 56 78, dan reageer ik sneller dan via de mail."),
]


@pytest.mark.parametrize("protocol,channel,text,sentence", _STEERING_PARENTS, ids=["parent-in-dm", "mail-signature"])
def test_a_private_message_to_parents_is_steering_not_pupil_contact(protocol, channel, text, sentence):
    """Parents told to message the teacher privately are steered away from the official channel; that is no contact
    with a pupil, even on Instagram or under a signature that names the class."""
    assert _rules_by("teacher", text, protocol, channel, "pupil-contact") == []
    assert _rules_by("teacher", text, protocol, channel, "official-channel") == [sentence]


def test_a_class_named_at_the_start_of_a_line_is_addressed():
    vocative = "Groep 5, volg me maar op Insta!"
    assert _rules_by("teacher", vocative, "onderwijs-primair", "instagram", "pupil-contact") == [vocative]


def test_close_friends_on_a_private_account_is_a_follow_invitation():
    """Adding a parent to the close friends of one's private account is social-media contact (TWijs A.6 includes
    parents), not a message steered away from the official channel."""
    chat = ("mama_van_lotte: Lotte vindt het kamp zo spannend.\n"
            "meester.koen: Ik zet je op mijn privé-account bij de close friends, dan kun je alles volgen.\n")
    assert _rules_by("teacher", chat, "twijs", "instagram", "pupil-contact") == [
        "Ik zet je op mijn privé-account bij de close friends, dan kun je alles volgen."]
    assert _rules_by("teacher", chat, "twijs", "instagram", "official-channel") == []


def test_who_comes_along_as_a_helper_is_a_parent():
    """"Wie mee wil als begeleider" asks the parents: "app me even je naam" on Instagram steers them to a private
    message (official-channel), it does not invite pupils (pupil-contact)."""
    text = "Wie mee wil als begeleider naar de dierentuin: app me even je naam en je telefoonnummer."
    assert _rules_by("teacher", text, "onderwijs-primair", "instagram", "pupil-contact") == []
    assert _rules_by("teacher", text, "onderwijs-primair", "instagram", "official-channel") == [text]


def test_a_grade_or_a_lie_discussed_with_a_parent_is_a_pupil_matter():
    """SOM richtlijn 4: no discussion of a pupil with the parent on social media. "Ik ben de vader van Isa" marks the
    parent; a grade ("die 4 gekregen"), work not done and a lie are the pupil's matters."""
    dm = ("Roy de Wit: Goedenavond, ik ben de vader van Isa. Waarom moest ze vandaag binnenblijven?\n"
          "Ik: Isa heeft in de pauze gelogen over wie er begon, daarom.\n")
    assert _rules_by("teacher", dm, "som", "facebook", "pupil-contact") == ["Isa heeft in de pauze gelogen over wie er begon, daarom."]
    thread = ("Angela Verbeek: Luuk heeft weer een slecht cijfer en niemand doet iets!!\n"
              "Ik: Mevrouw Verbeek, Luuk heeft die 4 gekregen omdat hij de oefeningen thuis niet heeft gemaakt.\n")
    assert _rules_by("teacher", thread, "som", "facebook", "pupil-contact") == [
        "Mevrouw Verbeek, Luuk heeft die 4 gekregen omdat hij de oefeningen thuis niet heeft gemaakt."]


_CHATS_WITH_PUPILS = [
    # a wish to the one pupil of a chat sends no school news through the wrong channel
    ("lithora", "instagram", "Noor_2012: juf ik ben zo zenuwachtig voor morgen\nIk: Komt goed! Tot morgen, vergeet je spreekbeurt niet!\n",
     []),
    # things to bring for the whole group still are an announcement
    ("lithora", "whatsapp", "Ik: Hoi allemaal!\nIk: Gym is morgen buiten, dus neem je sportschoenen en een jas mee.\nSem_2012: ok juf\n",
     ["Gym is morgen buiten, dus neem je sportschoenen en een jas mee."]),
    # Kalisto B.1: the pupil group app itself is the finding, at the first line that says something (not "Hoi
    # allemaal!") when no line founds the group or announces a matter
    ("kalisto", "whatsapp", "Groep: 8b huiswerkclub (leerlingen)\nIk: Hoi allemaal!\n"
                "Ik: Voor donderdag moeten jullie het hoofdstuk over Europa goed doorlezen.\nSophie: ok meester\n",
     ["Voor donderdag moeten jullie het hoofdstuk over Europa goed doorlezen."]),
]


@pytest.mark.parametrize("protocol,channel,chat,expected", _CHATS_WITH_PUPILS, ids=["wish", "things-to-bring", "pupil-group-app"])
def test_official_channel_in_chats_with_pupils(protocol, channel, chat, expected):
    """A personal wish or reminder to one pupil is no announcement (Lithora B.1 is about school news); a practical
    message to the group is; a Kalisto pupil group app is reported at a line that says something."""
    assert _rules_by("teacher", chat, protocol, channel, "official-channel") == expected


@pytest.mark.parametrize("protocol,reply", [
    # the function said in passing, without the foundation (Lithora C.2, Kalisto B.4)
    ("lithora", "Als leerkracht weet ik dat de gymzaal nog tot de kerst dicht blijft."),
    ("kalisto", "Als intern begeleider zie ik elke week wat die bezuiniging betekent."),
    # the foundation without a function; the function word after the colon is someone else's
    ("kalisto", "Als iemand die zelf bij Kalisto werkt: het vertrek van de bestuurder verbaasde niemand."),
    ("lithora", "Ik zit zelf in het onderwijs, bij Lithora, dus ik weet hoe het gaat."),
    # there in person, or in the meeting
    ("twijs", "Ik sta daar zelf drie dagen per week voor de klas, dus ik snap je zorgen."),
    ("kalisto", "Ik zit er elke dag in het gebouw, dus geloof me maar."),
    ("lithora", "Daar is in het MT-overleg waar ik elke maandag bij zit lang over gepraat."),
    ("twijs", "Die brief is echt vorige week verstuurd, ik heb hem zelf mee opgesteld."),
])
def test_a_partial_or_implied_role_in_a_reply_is_found(protocol, reply):
    """Replying about the school with only the function, only the employer, or only inside presence is a partial or
    missing role statement (Lithora C.2, TWijs C.3, Kalisto B.4): the finding is that sentence."""
    thread = ("@wijkkrant: Gymzaal De Horst blijft langer dicht, ouders boos\n"
              "papa_van_sem: Weet iemand hoe dit zit?\n"
              f"Ik: {reply}\n")
    assert _rules_by("teacher", thread, protocol, "facebook", "role-disclosure") == [reply]


@pytest.mark.parametrize("header", [
    "[Groepsapp 'Ouders groep 5b', beheerd door meester Tijmen]",
    "[WhatsApp-groep 'Groep 4 ouders', aangemaakt door een klassenouder; juf Wendela is lid]",
])
def test_a_teacher_answering_in_her_class_parents_group_needs_no_role(header):
    """In the parents' group of her own class (the note says she runs it or is in it) the parents know who the
    teacher is: answering a question there is no undisclosed insider (Lithora C.2, TWijs C.3). A lead-in such as
    "Ja, die gaat gewoon door." is never reported together with the next speaker's turn."""
    chat = (f"{header}\nKoen: Gaat de zwemles vrijdag wel door?\nIk: Ja, die gaat gewoon door.\n"
            "Ik: Trouwens, de luizencontrole is volgende week maandag.\n")
    assert _rules_by("teacher", chat, "lithora", "whatsapp", "role-disclosure") == []
    bare = chat.replace(header, "[Groepsapp 'Ouders groep 5b' van OBS De Linde]")
    assert _rules_by("teacher", bare, "lithora", "whatsapp", "role-disclosure") == ["Ja, die gaat gewoon door."]


_SOM_PUPIL_TALKS = [
    # a parent asks about her child by name; the teacher answers with "ze" in a one-word-labelled chat
    ("Vader: Hoi juf, hoe gaat het eigenlijk met Fenna in de klas?\n"
     "Ik: Eerlijk gezegd niet zo goed, ze is erg afgeleid en haar rekenwerk loopt achter.\n",
     ["Eerlijk gezegd niet zo goed, ze is erg afgeleid en haar rekenwerk loopt achter."]),
    # a private chat with a pupil (named as one in the note) about their own behaviour
    ("[WhatsApp-gesprek tussen juf Maud en Gijs (groep 8)]\nGijs: juf waarom moet ik morgen nablijven\n"
     "Ik: Omdat je tijdens de toets je telefoon gebruikte, en dat weet je best.\nGijs: oke\n",
     ["Omdat je tijdens de toets je telefoon gebruikte, en dat weet je best."]),
    # the same chat with a colleague: no pupil, no finding
    ("[WhatsApp-gesprek tussen juf Maud en Gijs (collega)]\nGijs: waarom moet hij morgen nablijven\n"
     "Ik: Omdat je weet dat hij tijdens de toets zijn telefoon gebruikte.\nGijs: oke\n",
     []),
]


@pytest.mark.parametrize("chat,expected", _SOM_PUPIL_TALKS, ids=["parent-asks", "pupil-chat", "colleague-chat"])
def test_som_pupil_matters_with_a_pronoun_or_with_the_pupil(chat, expected):
    """SOM richtlijn 4: no discussion of a pupil's matters with the pupil or the parent on social media, also when
    the answer calls the child "ze" or speaks to the pupil directly."""
    assert _rules_by("teacher", chat, "som", "instagram", "pupil-contact") == expected


@pytest.mark.parametrize("text,expected", [
    ("Net het vertrouwelijke conceptplan van het bestuur gelezen: twee scholen in Wijk-Zuid gaan fuseren.", True),
    ("Zoals besproken in het vertrouwelijke zorgoverleg krijgt Ravi vanaf maandag een aangepast rooster.", True),
    ("Het conceptplan van het bestuur staat sinds gisteren op de website.", False),
])
def test_a_confidential_plan_or_meeting_is_confidential(text, expected):
    """A document or meeting called confidential ("het vertrouwelijke conceptplan", "het vertrouwelijke
    zorgoverleg") is internal information that is not to be shared (Lithora A.5, TWijs A.5)."""
    assert (_rules_by("teacher", text, "lithora", "x", "confidential-info") == [text]) is expected


@pytest.mark.parametrize("text", [
    "En waarom het na minuut 20 rommelig wordt: onze stagiair is nu eenmaal een hopeloos geval.",
    "Let op minuut 12, waar Ties weer het verkeerde antwoord geeft, ik lag dubbel om zoveel domheid.",
])
def test_calling_someone_a_hopeless_case_or_mocking_stupidity_is_hurtful(text):
    """"Een hopeloos geval" and laughing at "zoveel domheid" mock a colleague or a pupil (Lithora A.8, SOM
    Verantwoordelijkheid)."""
    assert _rules_by("teacher", text, "lithora", "youtube", "hurtful-language") == [text]


def test_my_own_school_is_a_partial_role_but_pride_is_not():
    """"Op mijn eigen TWijs-school" says the author works at a TWijs school but not which one (TWijs C.3 asks for
    the school); "trots op mijn school" is no statement of employment."""
    text = "Ik zie op mijn eigen TWijs-school hoe collega's vertrekken naar het bedrijfsleven."
    assert _rules_by("teacher", text, "twijs", "x", "role-disclosure") == [text]
    assert _rules_by("teacher", "Mooie dag gehad met TWijs, #trots op mijn school", "twijs", "x", "role-disclosure") == []


@pytest.mark.parametrize("text,expected", [
    ("Open dag OBS De Zandloper – zaterdag 18 januari, van 10.00 tot 13.00 uur.", []),
    ("Let op: zaterdag 18 januari is er geen gym, de gymzaal is dicht.",
     ["Let op: zaterdag 18 januari is er geen gym, de gymzaal is dicht."]),
])
def test_an_open_day_is_no_message_to_the_schools_parents(text, expected):
    """An open day invites prospective parents: publicity, not the practical school news Lithora B.1 sends via
    Parro or e-mail."""
    assert _rules_by("school", text, "lithora", "website", "official-channel") == expected


def test_accepting_parents_friend_requests_is_no_pupil_contact_for_a_pupils_only_protocol():
    """Onderwijs Primair's contact rule is about pupils; friend requests from parents the teacher knows from the
    football club are not pupil contact. Under Lithora (pupils and parents) they are."""
    text = "Ik heb de vriendschapsverzoeken van een paar ouders van de voetbalclub geaccepteerd, dus hallo daar!"
    assert _rules_by("teacher", text, "onderwijs-primair", "facebook", "pupil-contact") == []
    assert _rules_by("teacher", text, "lithora", "facebook", "pupil-contact") == [text]


def _one_sentence_cases():
    """The rows of tests/one_sentence_cases.yaml as (protocol, channel, check, text, found) tuples."""
    import yaml
    with open(os.path.join(os.path.dirname(__file__), "one_sentence_cases.yaml"), encoding="utf-8") as fh:
        return [(r["protocol"], r["channel"], r["check"], r["text"], r["found"]) for r in yaml.safe_load(fh)]


@pytest.mark.parametrize("protocol,channel,check_id,text,expected", _one_sentence_cases())
def test_one_sentence_cases(protocol, channel, check_id, text, expected):
    """Each sentence of tests/one_sentence_cases.yaml is found by its check, or not, as the file says: pet names,
    mockery and self-mockery (Lithora A.8), photos of the class or of its lesson against photos of a place
    (Onderwijs Primair, Lithora A.5)."""
    assert bool(_rules_by("teacher", text, protocol, channel, check_id)) is expected



_ROLE_REPLIES = [
    # inside knowledge without a role: "bij X weten we", "wij zien in groep 7", "ik zat bij de teamvergadering"
    ("twijs", "Bij ons op De Populier weten we al maanden dat die fusie eraan komt.", True),
    ("twijs", "Bij TWijs weten we allang dat er drie groepen zonder vaste leerkracht zitten.", True),
    ("lithora", "Wij zien in groep 7 al sinds de herfst dat het in de pauze beter gaat.", True),
    ("kalisto", "Ik zat gisteren bij de teamvergadering, dus ik weet er toevallig meer van.", True),
    # an outsider who says so needs no role
    ("twijs", "Ik werk zelf niet op De Populier, dus ik kijk er gewoon als moeder naar.", False),
    # a later sentence of the same turn completes the role (TWijs: the school)
    ("twijs", "Ik zat er zelf als kind op en sinds zes jaar sta ik voor groep 6. Dus ik werk nu op De Populier, grappig hè.",
     False),
]


@pytest.mark.parametrize("protocol,reply,found", _ROLE_REPLIES)
def test_role_disclosure_inside_knowledge_and_outsiders(protocol, reply, found):
    """Lithora C.2, TWijs C.3, Kalisto B.4: joining a discussion about the school with inside knowledge needs the
    role; an author who says they do not work there, or whose same turn names the school, needs nothing more."""
    thread = ("[Facebookgroep: Ouders van De Populier]\nKarin: Weet iemand wat er met de school gebeurt?\n"
              f"Ik: {reply}\n")
    assert bool(_rules_by("teacher", thread, protocol, "facebook", "role-disclosure")) is found


@pytest.mark.parametrize("text,found", [
    ("Wie van groep 7 zin heeft in een potje Fortnite: mijn gamertag is MeesterWolf77, stuur me maar een invite.", True),
    ("Leerlingen van groep 8 die meekijken: join gerust mijn Discord-server via de link hieronder.", True),
    ("Leerlingen uit groep 8 kunnen vanavond meedoen op mijn eigen Roblox-server.", True),
    ("Jongens en meiden uit mijn klas, stuur me gerust een vriendverzoek.", True),
    ("Een paar leerlingen vroegen me of ze me hier mochten toevoegen.", False),
])
def test_gaming_invitations_are_contact_and_reported_requests_are_not(text, found):
    """Gaming together on the teacher's own server or account is private contact with pupils (Lithora A.6,
    Onderwijs Primair); telling that pupils asked is not itself an invitation."""
    assert bool(_rules_by("teacher", text, "onderwijs-primair", "instagram", "pupil-contact")) is found


@pytest.mark.parametrize("text", [
    "Ik zie dat veel ouders van de klas vriendschapsverzoeken sturen, geen probleem hoor, ik accepteer ze allemaal.",
    "Leuk dat een paar ouders van mijn klas me hier een verzoek stuurden, heb ze allemaal toegevoegd.",
    "Fijn dat ik met zoveel ouders uit de klas bevriend ben hier, stuur maar een verzoek als ik jullie nog niet heb.",
])
def test_accepting_parents_of_the_class_is_contact_where_parents_count(text):
    """Lithora A.6 covers parents too: accepting or inviting their requests is pupil-contact there, not under
    Onderwijs Primair (pupils only)."""
    assert _rules_by("teacher", text, "lithora", "facebook", "pupil-contact") == [text]
    assert _rules_by("teacher", text, "onderwijs-primair", "facebook", "pupil-contact") == []


@pytest.mark.parametrize("text", [
    "LET OP: de sponsorloop is verplaatst naar woensdag 9 oktober, start 10.00 uur op het sportveld!",
    "Ouders groep 7: op 12 maart zijn jullie kids vanaf kwart over 12 vrij, ik zit op cursus.",
    "Vrijdag valt het derde uur uit, de wijziging staat nog niet in het portaal dus ik zet het hier even neer.",
    "Als hij ziek is mag je hem gewoon via dit nummer afmelden, het portaal is zo omslachtig.",
])
def test_more_school_news_and_steering_on_an_unapproved_channel(text):
    """TWijs B.1: school news goes through the ouderportaal; a moved sponsored run, a free afternoon, or news put
    here because the portal is behind or awkward is official communication on the wrong channel."""
    assert _rules_by("teacher", text, "twijs", "instagram", "official-channel") == [text]


def test_a_leak_in_a_discussion_is_reported_as_confidential_not_also_as_role():
    """One finding per sentence: a teacher who leaks that the director leaves breaks the rule on internal
    information (Lithora A.5); the same sentence is not reported again as an undisclosed insider (C.2)."""
    leak = "Tussen ons hè, niet verder vertellen: onze directeur gaat na de kerst weg, het team weet het nog niet eens."
    thread = f"[Facebookgroep: Ouders De Populier]\nKarin: Weet iemand waarom de directeur zo stil is?\nIk: {leak}\n"
    assert _rules_by("teacher", thread, "lithora", "facebook", "confidential-info") == [leak]
    assert _rules_by("teacher", thread, "lithora", "facebook", "role-disclosure") == []



@pytest.mark.parametrize("note", ["Gesprek met Daan (4 havo)", "(Messenger, via het account van Daan uit groep 7)",
                                  "[WhatsApp-gesprek tussen meester Joep en Daan (groep 8)]"])
def test_a_chat_note_that_names_the_pupil_makes_an_invitation_pupil_contact(note):
    """A one-to-one chat whose opening note names the other speaker as a pupil ("(4 havo)", "uit groep 7") is a
    chat with a pupil: "sla mijn nummer op" there invites private contact (Lithora A.6), not a parent."""
    chat = f"{note}\nDaan: meneer ik snap de opdracht echt niet\nIk: Sla mijn nummer maar op, dan kun je me appen als je vastloopt.\n"
    assert _rules_by("teacher", chat, "lithora", "whatsapp", "pupil-contact") == [
        "Sla mijn nummer maar op, dan kun je me appen als je vastloopt."]


def test_wondering_what_teachers_think_is_no_role_statement():
    """"Ik ben benieuwd wat leerkrachten hiervan vinden" (a parent's line) names other people's function, not the
    author's: the finding of an undisclosed insider (TWijs C.3) stays at the author's inside knowledge."""
    thread = ("Post door Stichting TWijs: Vanaf volgend jaar een nieuw volgsysteem op al onze scholen.\n"
              "Reactie van Ronald P. (ouder): Ik ben benieuwd wat leerkrachten hiervan vinden.\n"
              "Ik: Bij ons op school draaien we hier al een jaar proef mee, dus ik zie de zwakke plekken van dichtbij.\n")
    found = _rules_by("teacher", thread, "twijs", "linkedin", "role-disclosure")
    assert len(found) == 1 and "Bij ons op school draaien we hier al een jaar proef mee" in found[0]


@pytest.mark.parametrize("label", ["Ik", "Ik (Judith)", "Ik (juf Judith, groep 5)"])
def test_a_self_label_with_a_note_marks_the_authors_turns(label):
    """"Ik (Judith): ..." marks the author's own turns as "Ik:" does: a parent's question above them is not the
    author's conduct, and the teacher's reply with inside knowledge about the foundation is (Kalisto B.4)."""
    reply = "Dat klopt, de vakleerkracht is per januari naar een andere school van de stichting gegaan."
    lines = ["[Facebookgroep \"Ouders van De Populier\"]",
             "Karin V.: Waarom is er ineens geen vakleerkracht gym meer? Niemand heeft het ons uitgelegd.",
             f"{label}: {reply}", "Karin V.: Hoe weet jij dat?"]
    assert _rules_by("teacher", "\n".join(lines), "kalisto", "facebook", "role-disclosure") == [reply]


_COLUMN = ("Blog \"Krijt en koffie\", column 14: passend onderwijs\n\n"
           "Al zes jaar sta ik voor groep 7. Elk jaar komen er meer kinderen met een eigen plan in mijn klas.\n"
           "Passend onderwijs is op onze stichting verworden tot bezuinigen met een mooi etiket.\n"
           "Volgende keer schrijf ik over de eindmusical!\n\nReacties:\n"
           "Lieke: Zo herkenbaar, dank je.\n")


@pytest.mark.parametrize("reply,role", [
    ("Dank je Lieke, fijn dat het herkenning geeft.", False),
    ("Bij ons op school weten we al maanden dat er nog twee collega's vertrekken.", True),
])
def test_comments_under_ones_own_column_are_no_discussion_unless_the_author_discusses_the_school(reply, role):
    """A teacher's own column with a thank-you under it is a post, not joining a discussion (TWijs C.3 asks the
    school of those who join one): the opinion in it needs a disclaimer, not a role. Inside knowledge in the
    author's own reply does join the discussion."""
    text = _COLUMN + f"Ik (reactie): {reply}\n"
    assert bool(_rules_by("teacher", text, "twijs", "blog", "role-disclosure")) is role
    if not role:
        assert _rules_by("teacher", text, "twijs", "blog", "opinion-disclaimer") == [
            "Passend onderwijs is op onze stichting verworden tot bezuinigen met een mooi etiket."]


@pytest.mark.parametrize("reply,found", [
    ("Als directeur van De Klimop zie ik dit ook van heel dichtbij.", True),
    ("Ik ben leerkracht van groep 3 op De Uitkijk, een van de Lithorascholen. Ik zie dit ook van dichtbij.", False),
])
def test_a_school_name_alone_does_not_name_the_foundation(reply, found):
    """Lithora C.2 asks staff who join a discussion to say that they work for the foundation and in which function:
    "directeur van De Klimop" says the function and the school but not the foundation; naming the foundation
    (also as one word, "Lithorascholen") completes it."""
    thread = ("[Reacties onder een artikel \"Scholen kampen met uitval door ziekte\"]\n"
              "Mark S.: Herkent iemand dit?\n"
              f"Ik (Bas): {reply}\n")
    assert bool(_rules_by("director", thread, "lithora", "linkedin", "role-disclosure")) is found


@pytest.mark.parametrize("header", ["[Reacties onder een LinkedIn-bericht van een onderwijsadviseur: \"Kalisto kiest een "
                                    "nieuwe rekenmethode. Slechte keuze van het bestuur?\"]",
                                    "Onder de Instagram-post van @obs_devlinder: \"Slechte keuze van het bestuur?\""])
def test_someone_elses_post_above_the_authors_turns_is_not_the_authors(header):
    """A header naming another poster, by description or handle, is not the author's text even above "Ik (...)"
    turns: its question about the board is not the author's opinion (Kalisto B.3); the author's own is."""
    own = "Eerlijk gezegd vind ik het een slechte keuze van Kalisto, ze kiezen voor geld boven kwaliteit."
    thread = (f"{header}\nFrank W.: Hoe ervaren leerkrachten dit?\n"
              f"Ik (Lisa): Ik werk bij Stichting Kalisto als leerkracht van groep 6.\nIk (Lisa): {own}\nFrank W.: Duidelijk.\n")
    assert _rules_by("teacher", thread, "kalisto", "linkedin", "opinion-disclaimer") == [own]


@pytest.mark.parametrize("label", ["Meester Ruben (ik dus)", "Petra (ik, schrijver)", "Juf Demi (beheerder, ik)",
                                   "Gijs (leerkracht groep 7, schrijver van dit draadje)"])
def test_a_note_that_says_ik_or_schrijver_marks_the_author(label):
    """A speaker note such as "(ik dus)" or "(schrijver van dit draadje)" marks the author's turns: the other
    speaker's insult is not the author's conduct; the author's own is (Lithora A.8)."""
    lines = ["[Facebookgroep \"Ouders van De Populier\"]",
             "Karel B.: Die nieuwe juf is een ongelooflijke trut, echt waar.",
             f"{label}: Ik snap je boosheid, maar laten we het netjes houden.",
             "Karel B.: Jij bent ook zo'n slappe zeurpiet.",
             f"{label}: Dan ben jij een zeikerd, Karel."]
    assert _rules_by("teacher", "\n".join(lines), "lithora", "facebook", "hurtful-language") == ["Dan ben jij een zeikerd, Karel."]


def test_a_role_in_the_authors_speaker_label_is_a_disclosure():
    """Kalisto B.4 asks staff who join a discussion for their function and the foundation: a speaker label that
    says both ("Ik (Erik, directeur De Populier, Stichting Kalisto)") discloses the role for all the author's
    turns, also the later ones labelled "Ik (Erik)"; a label with the name only does not."""
    inside = "Gisteren was de inspectie bij ons op bezoek en het team heeft het prima gedaan."
    for label, found in (("Ik (Erik, directeur De Populier, Stichting Kalisto)", []), ("Ik (Erik)", [inside])):
        text = "\n".join(["[Reacties onder een artikel over de inspectie]", "Frank W.: Hoe gaat dat bij jullie?",
                          f"{label}: {inside}", "Frank W.: Mooi.", "Ik (Erik): Dank je."])
        assert _rules_by("director", text, "kalisto", "linkedin", "role-disclosure") == found


def test_one_speaker_talking_into_the_camera_is_no_discussion():
    """A video transcript in which only the teacher speaks, line after line, is a post, not a discussion: TWijs
    C.3 (the school of those who join a discussion) does not apply to it."""
    text = ("[TikTok – @juf.noortje – 0:58]\n\nJuf Noortje (praat in de camera): Vandaag was De Populier dicht vanwege "
            "de sneeuw, dus hadden we een online les.\n\nJuf Noortje: Het team had alles gisteren al voorbereid.\n\n"
            "Juf Noortje: Morgen gewoon weer naar school!\n")
    assert _rules_by("teacher", text, "twijs", "tiktok", "role-disclosure") == []
    reply = text + "Karin V.: Hoe weten jullie dat nou al?\nJuf Noortje: Het team had alles gisteren al voorbereid.\n"
    assert _rules_by("teacher", reply, "twijs", "tiktok", "role-disclosure") != []
