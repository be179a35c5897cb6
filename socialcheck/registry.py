"""The catalogue of checks: ids, categories, default severities and the texts
users see (Dutch and English).

The engine knows checks; rule packs (``rules/*.yaml``) know protocols and map
check ids to articles. A check id is stable kebab-case and is part of every
output format, of suppressions and of baselines: never rename one.

Message variants: a detector may tag a span with a variant (``functional`` for
an info@ address, ``pupil`` for a pupil's name); ``messages`` then holds a key
``"<variant>"`` next to ``""`` (the default).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Category, Severity


@dataclass(frozen=True)
class CheckInfo:
    """Static description of one check.

    Attributes:
        id: kebab-case check id.
        category: family (personal-data, conduct, media, tool).
        severity: default severity when no rule pack article overrides it.
        title: short name per language, ``{"nl": ..., "en": ...}``.
        messages: per language, variant → message (variant ``""`` is the default).
        suggestion: per language, what to do instead.
        explain: per language, a paragraph for ``socialcheck explain``.
        bad, good: a Dutch example that triggers / does not trigger the check.
    """

    id: str
    category: Category
    severity: Severity
    title: dict[str, str]
    messages: dict[str, dict[str, str]]
    suggestion: dict[str, str]
    explain: dict[str, str] = field(default_factory=dict)
    bad: str = ""
    good: str = ""

    def message(self, lang: str, variant: str | None = None) -> str:
        """The user message in ``lang`` for ``variant`` (falls back to default)."""
        table = self.messages.get(lang) or self.messages["nl"]
        return table.get(variant or "", table[""])


def _c(id, category, severity, title_nl, title_en, msg_nl, msg_en, sug_nl, sug_en,
       explain_nl="", explain_en="", bad="", good=""):
    if isinstance(msg_nl, str):
        msg_nl = {"": msg_nl}
    if isinstance(msg_en, str):
        msg_en = {"": msg_en}
    return CheckInfo(
        id=id, category=category, severity=severity,
        title={"nl": title_nl, "en": title_en},
        messages={"nl": msg_nl, "en": msg_en},
        suggestion={"nl": sug_nl, "en": sug_en},
        explain={"nl": explain_nl, "en": explain_en},
        bad=bad, good=good,
    )


P, C, M, T = Category.PERSONAL_DATA, Category.CONDUCT, Category.MEDIA, Category.TOOL
E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

_CHECKS = [
    # ---------------------------------------------------------------- personal data
    _c("person-name", P, E, "Naam van een persoon", "Person name",
       {"": "Naam van een persoon", "pupil": "Naam van een leerling",
        "staff": "Naam van een medewerker", "parent": "Naam van een ouder of verzorger",
        "roster": "Naam uit de leerling- of personeelslijst van de school"},
       {"": "Name of a person", "pupil": "Name of a pupil", "staff": "Name of a staff member",
        "parent": "Name of a parent or carer", "roster": "Name from the school's pupil or staff list"},
       "Laat de naam weg of gebruik alleen een voorletter, tenzij je aantoonbare toestemming hebt.",
       "Leave the name out or use an initial only, unless you have documented consent.",
       "Namen van leerlingen, collega's en ouders zijn persoonsgegevens (AVG art. 4). Publiceer ze "
       "alleen met toestemming.",
       "Names of pupils, colleagues and parents are personal data (GDPR art. 4). Publish them only with consent.",
       bad="Vandaag was Lotte (8) uit groep 5 jarig.",
       good="Vandaag was een leerling uit groep 5 jarig."),
    _c("phone-number", P, E, "Telefoonnummer", "Phone number",
       {"": "Telefoonnummer van een privépersoon", "service": "Servicenummer van een organisatie",
        "org": "Telefoonnummer van een organisatie"},
       {"": "Phone number of a private person", "service": "Service number of an organisation",
        "org": "Phone number of an organisation"},
       "Verwijs naar het algemene nummer van de school of naar Parro/e-mail in plaats van een privénummer.",
       "Refer to the school's general number or its official channel instead of a private number.",
       "Een privételefoonnummer maakt iemand direct bereikbaar en identificeerbaar.",
       "A private phone number makes a person directly reachable and identifiable.",
       bad="Bel mij gerust op 06-12345678.", good="Bel gerust naar school: 030 - 123 45 67."),
    _c("email-address", P, E, "E-mailadres", "E-mail address",
       {"": "Persoonlijk e-mailadres", "functional": "Functioneel e-mailadres van een organisatie"},
       {"": "Personal e-mail address", "functional": "Functional e-mail address of an organisation"},
       "Gebruik het algemene adres van de school (bijvoorbeeld info@) of verwijs naar het officiële kanaal.",
       "Use the school's general address (for example info@) or refer to the official channel.",
       "Een persoonlijk e-mailadres bevat vaak een naam en maakt iemand bereikbaar.",
       "A personal e-mail address often holds a name and makes someone reachable.",
       bad="Mail naar sanne.devries@gmail.com.", good="Mail naar info@school.nl."),
    _c("postal-address", P, E, "Adres", "Postal address",
       {"": "Adres (straat en huisnummer)", "postcode": "Postcode", "postbus": "Postbusadres"},
       {"": "Street address", "postcode": "Postcode", "postbus": "PO box address"},
       "Noem geen huisadres of postcode van een privépersoon; het bezoekadres van de school mag op de allow-list.",
       "Do not publish a private person's address or postcode; the school's own address can go on the allow-list.",
       "Een huisadres of postcode wijst naar een woning en daarmee naar een persoon.",
       "A street address or postcode points to a home and thereby to a person.",
       bad="Het feest is bij ons thuis, Lindelaan 12, 3512 AB.", good="Het feest is op school."),
    _c("national-id", P, E, "BSN", "Citizen service number",
       "Burgerservicenummer (BSN)", "Dutch citizen service number (BSN)",
       "Publiceer nooit een BSN; haal het nummer weg.",
       "Never publish a BSN; remove the number.",
       "Een BSN is een wettelijk identificatienummer; gebruik ervan is streng beperkt (Wabb).",
       "A BSN is a statutory identifier whose use is strictly limited by Dutch law.",
       bad="BSN van Noah: 111222333.", good="Ordernummer 1112223334."),
    _c("bank-account", P, E, "Bankrekening", "Bank account",
       {"": "Rekeningnummer (IBAN) van een privépersoon", "org": "Rekeningnummer (IBAN)"},
       {"": "Bank account number (IBAN) of a private person", "org": "Bank account number (IBAN)"},
       "Laat een privérekeningnummer weg; gebruik voor betalingen het rekeningnummer of betaalsysteem van de school.",
       "Leave out private account numbers; use the school's account or payment system for payments.",
       "Een IBAN is financieel persoonsgegeven.", "An IBAN is financial personal data.",
       bad="Maak €5 over naar NL91ABNA0417164300 t.n.v. J. de Boer.",
       good="Betaal de ouderbijdrage via WIS Collect."),
    _c("birth-date", P, E, "Geboortedatum", "Birth date",
       "Geboortedatum", "Date of birth",
       "Noem geen geboortedatum; 'jarig' zonder datum of jaar is minder herleidbaar.",
       "Do not publish a date of birth; a birthday without date or year is less identifying.",
       "Een geboortedatum maakt een persoon samen met een naam uniek herleidbaar.",
       "A date of birth together with a name singles out one person.",
       bad="Emma is geboren op 12 maart 2017.", good="Emma is deze week jarig."),
    _c("health-data", P, E, "Gezondheidsgegevens", "Health data",
       "Gezondheidsgegevens van een herkenbaar persoon (bijzonder persoonsgegeven, AVG art. 9)",
       "Health data about an identifiable person (special category, GDPR art. 9)",
       "Haal de medische informatie weg of maak de persoon onherkenbaar; deel dit alleen via een besloten kanaal.",
       "Remove the medical details or make the person unidentifiable; share this only on a closed channel.",
       "Gezondheid is een bijzonder persoonsgegeven (AVG art. 9): verwerken is verboden tenzij een uitzondering geldt.",
       "Health is special-category data (GDPR art. 9): processing it is forbidden unless an exception applies.",
       bad="Juf Anouk ligt in het ziekenhuis na haar operatie.",
       good="Juf Anouk is er deze week niet; meester Kees neemt de groep over."),
    _c("social-handle", P, E, "Sociale-media-account", "Social media handle",
       {"": "Account of profiel-URL van een privépersoon", "org": "Account van een school of organisatie"},
       {"": "Handle or profile URL of a private person", "org": "Account of a school or organisation"},
       "Laat accountnamen en profiellinks van privépersonen weg.",
       "Leave out handles and profile links of private persons.",
       "Een @naam of profiellink is een online identificator (AVG art. 4).",
       "An @handle or profile link is an online identifier (GDPR art. 4).",
       bad="Volg @lotte_2015 op Instagram!", good="Volg de school op Instagram."),
    _c("child-age", P, W, "Leeftijd van een kind", "Child's age",
       "Leeftijd van een kind naast de naam", "A child's age next to the name",
       "Noem naam en leeftijd niet samen; dat maakt een kind makkelijk herleidbaar.",
       "Do not give name and age together; that makes a child easy to single out.",
       "Naam plus leeftijd maakt een kind vindbaar en herkenbaar.",
       "Name plus age makes a child findable and recognisable.",
       bad="Lotte (8) won de tekenwedstrijd.", good="Een leerling uit groep 5 won de tekenwedstrijd."),
    # ---------------------------------------------------------------- conduct
    _c("opinion-disclaimer", C, E, "Mening zonder disclaimer", "Opinion without disclaimer",
       {"": "Mening over de school, de stichting of het onderwijsbeleid zonder vermelding dat het je persoonlijke mening is",
        "capacity": "Onderwijsonderwerp zonder te vermelden of je op persoonlijke titel of namens de stichting schrijft"},
       {"": "Opinion about the school, the foundation or education policy without saying it is your personal view",
        "capacity": "Education topic without saying whether you write personally or on behalf of the foundation"},
       "Voeg toe: \"Dit is mijn persoonlijke mening; die staat los van het officiële standpunt van {organisation}.\"",
       "Add: \"This is my personal opinion and is separate from the official position of {organisation}.\"",
       bad="Het bestuur van Lithora luistert niet naar leraren.",
       good="Op persoonlijke titel: het bestuur mag meer naar leraren luisteren."),
    _c("role-disclosure", C, E, "Rol niet vermeld", "Role not disclosed",
       "Discussie over de school of stichting zonder te vermelden dat je er werkt (en in welke functie)",
       "Discussion about the school or foundation without saying that you work there (and in which role)",
       "Vermeld dat je bij {organisation} werkt en in welke functie, bijvoorbeeld: \"Ik werk als leerkracht bij {organisation}.\"",
       "Say that you work at {organisation} and in which role, e.g. \"I work as a teacher at {organisation}.\"",
       bad="Als je ziet hoe Lithora met de fusie omgaat, snap ik de ouders wel.",
       good="Ik werk als leerkracht bij Lithora; op persoonlijke titel: ik snap de ouders wel."),
    _c("speaking-for-school", C, E, "Spreken namens de school", "Speaking for the school",
       "Formulering die suggereert dat je namens de school spreekt", "Wording that suggests you speak on behalf of the school",
       "Spreek namens jezelf (\"ik\"), of laat een officieel bericht via de school versturen.",
       "Speak for yourself (\"I\"), or have an official message sent by the school.",
       bad="Wij als school hebben besloten dat de musical niet doorgaat.",
       good="De school heeft via Parro laten weten dat de musical niet doorgaat."),
    _c("official-channel", C, E, "Niet-officieel kanaal", "Unofficial channel",
       {"": "Schoolmededeling op een kanaal dat het protocol daarvoor niet goedkeurt",
        "steer": "Verwijzing naar een niet-officieel kanaal", "whatsapp": "WhatsApp-groep met leerlingen"},
       {"": "School announcement on a channel the protocol does not approve for it",
        "steer": "Steering people to an unofficial channel", "whatsapp": "WhatsApp group with pupils"},
       "Plaats praktische mededelingen via {channels}.",
       "Post practical announcements via {channels}.",
       bad="Morgen geen gym, vergeet de gymspullen dus niet mee te nemen! (op Facebook)",
       good="Dezelfde mededeling via Parro."),
    _c("pupil-contact", C, E, "Privécontact met leerlingen", "Private contact with pupils",
       "Uitnodiging tot privécontact via sociale media met leerlingen (of ouders)",
       "Invitation to private social-media contact with pupils (or parents)",
       "Houd contact met leerlingen via de kanalen van school, niet via je privéaccount.",
       "Keep contact with pupils through the school's channels, not your private account.",
       bad="Volg me op Insta, dan zie je de foto's van de reis!", good="De foto's staan in Parro."),
    _c("lesson-recording", C, E, "Opname van les of activiteit", "Recording of a lesson or activity",
       "Opname van een les of schoolactiviteit gedeeld zonder vermelding van toestemming",
       "Recording of a lesson or school activity shared without a statement of consent",
       "Deel opnames alleen met toestemming van schoolleiding en betrokkenen (ouders) en vermeld dat die er is.",
       "Share recordings only with consent from school management and those involved (parents), and say so.",
       bad="Hier de video van de rekenles van vanochtend!",
       good="Met toestemming van alle ouders: de video van de musical."),
    _c("hurtful-language", C, W, "Kwetsend taalgebruik", "Hurtful language",
       "Kwetsend, grof of te familiair taalgebruik", "Hurtful, coarse or over-familiar language",
       "Formuleer zakelijk en respectvol; je hebt een voorbeeldfunctie.",
       "Keep it factual and respectful; you are a role model.",
       bad="Wat een stelletje idioten bij de inspectie.", good="Ik ben het niet eens met de inspectie."),
    _c("confidential-info", C, E, "Vertrouwelijke informatie", "Confidential information",
       "Vertrouwelijke of interne informatie", "Confidential or internal information",
       "Deel vertrouwelijke of interne informatie niet op sociale media.",
       "Do not share confidential or internal information on social media.",
       bad="Vertrouwelijk: collega Mark zit al maanden ziek thuis.", good="Het team is compleet."),
    _c("logo-use", C, W, "Gebruik van het logo", "Use of the logo",
       "Gebruik van het schoollogo of de huisstijl vraagt toestemming en het juiste ontwerp",
       "Using the school logo or house style requires approval and the right design",
       "Vraag toestemming aan de directie en gebruik het goedgekeurde logobestand.",
       "Ask management for approval and use the approved logo file.",
       bad="Ik heb ons schoollogo op de flyer gezet.", good="De directie heeft de flyer met logo goedgekeurd."),
    # ---------------------------------------------------------------- media
    _c("media-consent", M, E, "Geen toestemming voor beeld", "No consent for image",
       "Persoon op beeld zonder toestemming voor dit kanaal", "Person on an image without consent for this channel",
       "Haal de foto weg of maak de persoon onherkenbaar.", "Remove the photo or make the person unrecognisable."),
    _c("consent-unregistered", M, W, "Niet in toestemmingsregister", "Not in consent register",
       "Persoon op beeld staat niet in het toestemmingsregister", "Person on an image is not in the consent register",
       "Controleer de toestemming in de leerlingadministratie.", "Check consent in the pupil administration."),
    _c("media-approval", M, E, "Goedkeuring directie ontbreekt", "Management approval missing",
       "Beeld zonder vastgelegde goedkeuring van de directie", "Image without recorded management approval",
       "Vraag de directie om goedkeuring en leg die vast in het manifest.",
       "Ask management for approval and record it in the manifest."),
    _c("missing-manifest-entry", M, E, "Geen toestemmingsregistratie", "No consent record",
       "Afbeelding staat niet in het manifest: geen toestemmingsregistratie",
       "Image is not in the manifest: no consent record",
       "Voeg de afbeelding toe aan manifest.yaml met kanalen en personen.",
       "Add the image to manifest.yaml with its channels and people."),
    _c("face-count", M, E, "Meer gezichten dan personen", "More faces than people",
       "Persoon op foto zonder toestemmingsregistratie (meer gezichten dan vermelde personen)",
       "Person on photo without consent record (more faces than listed people)",
       "Vermeld iedereen die herkenbaar in beeld is, of maak hen onherkenbaar.",
       "List everyone recognisable in the image, or make them unrecognisable."),
    _c("logo-approval", M, E, "Logo zonder goedkeuring", "Logo without approval",
       "Logo gebruikt zonder vastgelegde goedkeuring", "Logo used without recorded approval",
       "Vraag de directie om goedkeuring en vul logo_approval in.", "Ask management for approval and fill in logo_approval."),
    _c("logo-design", M, E, "Verkeerd logo-ontwerp", "Wrong logo design",
       "Logo komt met geen enkel goedgekeurd ontwerp overeen", "Logo matches no approved design",
       "Gebruik het goedgekeurde logobestand uit de huisstijl.", "Use the approved logo file from the house style."),
    _c("image-location", M, E, "Locatie in metadata", "Location in metadata",
       "GPS-locatie in de metadata van de afbeelding", "GPS location in the image metadata",
       "Verwijder de metadata, bijvoorbeeld met 'socialcheck strip-metadata'.",
       "Remove the metadata, for example with 'socialcheck strip-metadata'."),
    _c("image-metadata", M, W, "Persoonsgegevens in metadata", "Personal data in metadata",
       "Persoonsgegevens verborgen in de metadata van de afbeelding", "Personal data hidden in the image metadata",
       "Verwijder de metadata, bijvoorbeeld met 'socialcheck strip-metadata'.",
       "Remove the metadata, for example with 'socialcheck strip-metadata'."),
    _c("image-filename", M, W, "Naam in bestandsnaam", "Name in file name",
       "Bestandsnaam bevat de naam van een persoon", "File name holds a person's name",
       "Geef het bestand een neutrale naam (bijvoorbeeld datum en activiteit).",
       "Give the file a neutral name (for example date and activity)."),
    _c("image-credit", M, I, "Bron of maker ontbreekt", "Credit missing",
       "Afbeelding zonder bron of maker (auteurs- en portretrecht)", "Image without credit or source (copyright)",
       "Vul credit of source in het manifest in.", "Fill in credit or source in the manifest."),
    _c("invalid-image", M, E, "Onleesbare afbeelding", "Unreadable image",
       "Afbeelding kan niet gelezen worden", "Image cannot be read",
       "Controleer of het bestand heel is en exporteer het opnieuw.", "Check the file is intact and export it again."),
    # ---------------------------------------------------------------- tool
    _c("unused-suppression", T, W, "Ongebruikte uitzondering", "Unused suppression",
       "Uitzondering (socialcheck: disable) onderdrukt niets", "Suppression comment suppresses nothing",
       "Haal het commentaar weg.", "Remove the comment."),
    _c("invalid-suppression", T, E, "Ongeldige uitzondering", "Invalid suppression",
       "Uitzondering zonder reden of met onbekende check", "Suppression without a reason or with an unknown check",
       "Schrijf: <!-- socialcheck: disable-next-line CHECK -- reden -->",
       "Write: <!-- socialcheck: disable-next-line CHECK -- reason -->"),
]

CHECKS: dict[str, CheckInfo] = {c.id: c for c in _CHECKS}


def get(check_id: str) -> CheckInfo:
    """Return the :class:`CheckInfo` for ``check_id``.

    Raises:
        KeyError: if the id is unknown.
    """
    return CHECKS[check_id]


def is_known(check_id: str) -> bool:
    """True if ``check_id`` names a check in the catalogue."""
    return check_id in CHECKS
