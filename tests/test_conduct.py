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
    ("role-disclosure", "onderwijs-primair", "facebook",
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
    ("role-disclosure", "onderwijs-primair", "facebook",
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
     "Namens Stichting SOM deel ik graag dat al onze scholen meedoen aan het leesprogramma.", None, None),
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
    ("lesson-recording", "lithora", "parro", "Lieve ouders, hier het filmpje van de musical van groep 8.", None, None),
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


def test_confidential_marker_sentence_is_not_reported_itself():
    text = "Ssst, dit is nog vertrouwelijk, maar ik kan het niet voor me houden. Onze directeur vertrekt na de zomer."
    found = [f.match for f in check(text, "kalisto", "facebook") if f.check == "confidential-info"]
    assert found == ["Onze directeur vertrekt na de zomer."]


def test_opinion_reports_each_opinion_sentence_and_skips_the_role_sentence():
    text = ("Reactie op het bericht over de sluiting:\n\nIk werk zelf bij Lithora en kan jullie vertellen dat dit "
            "besluit niet licht is genomen. Eerlijk gezegd vind ik wel dat het bestuur de ouders veel te laat heeft "
            "geïnformeerd. De inspectie had daar veel eerder naar moeten kijken.")
    found = check(text, "lithora", "facebook")
    assert [f.match[:20] for f in found if f.check == "opinion-disclaimer"] == ["Eerlijk gezegd vind ", "De inspectie had daa"]
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
