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
       "Een medewerker mag een mening geven over de eigen school, de stichting of het onderwijsbeleid, maar lezers "
       "houden die al snel voor het standpunt van de school. De protocollen vragen daarom een zin waaruit blijkt dat "
       "het je persoonlijke mening is, los van het officiële standpunt van de stichting, bijvoorbeeld 'op persoonlijke "
       "titel', 'dit is mijn persoonlijke mening' of 'views are my own'. Bij SOM mag je ook vermelden dat je namens SOM "
       "schrijft. De check zoekt zinnen met een onderwerp (de school, de stichting, het bestuur, werkdruk, inspectie, "
       "passend onderwijs, salaris, cao, lerarentekort ...) en een oordeel ('ik vind', 'volgens mij', 'veel te', "
       "'had ... moeten', 'mislukt' ...) en meldt elke zin zolang de tekst nergens zo'n vermelding heeft. Eén "
       "vermelding, waar dan ook in de tekst, is genoeg. Berichten van de school zelf, berichten op een kanaal van de "
       "school en berichten van ouders hebben geen disclaimer nodig.",
       "Staff may give an opinion about their own school, the foundation or education policy, but readers easily "
       "take it for the school's position. The protocols therefore ask for a sentence that says it is your personal "
       "view, separate from the foundation's official position, for example 'op persoonlijke titel', 'dit is mijn "
       "persoonlijke mening' or 'views are my own'. Under SOM, saying that you write on behalf of SOM also answers "
       "the rule. The check looks for sentences with a topic (the school, the foundation, the board, workload, the "
       "inspectorate, inclusive education, pay, the collective agreement, the teacher shortage ...) and a judgement "
       "('ik vind', 'volgens mij', 'veel te', 'had ... moeten', 'mislukt' ...) and reports each one as long as the "
       "text has no such statement anywhere. One statement, anywhere in the text, is enough. Posts by the school "
       "itself, posts on a school channel and posts by parents need no disclaimer.",
       bad="Het bestuur luistert niet naar leraren: de werkdruk is veel te hoog.",
       good="Op persoonlijke titel: ik vind dat het bestuur meer naar leraren mag luisteren."),
    _c("role-disclosure", C, E, "Rol niet vermeld", "Role not disclosed",
       {"": "Discussie over de school of stichting zonder te vermelden dat je er werkt (en in welke functie)",
        "incomplete": "Je vermeldt dat je er werkt, maar niet de functie of de school die het protocol vraagt"},
       {"": "Discussion about the school or foundation without saying that you work there (and in which role)",
        "incomplete": "You say that you work there, but not the function or the school the protocol asks for"},
       "Vermeld dat je bij {organisation} werkt en in welke functie, bijvoorbeeld: \"Ik werk als leerkracht bij {organisation}.\"",
       "Say that you work at {organisation} and in which role, e.g. \"I work as a teacher at {organisation}.\"",
       "Praat je op een persoonlijk kanaal mee in een discussie over je school of stichting, zeg dan dat je er werkt, "
       "zodat niemand je bijdrage voor het officiële standpunt aanziet. Lithora en Kalisto vragen ook in welke functie, "
       "TWijs op welke school; Onderwijs Primair vraagt openheid over je rol. De check kijkt alleen naar reacties en "
       "discussies (een reactie op een bericht of artikel, een @-vermelding, 'de discussie hierboven', een bericht in "
       "een buurtgroep). Noem je je rol zonder de gevraagde functie of school, dan wijst de melding naar die zin; noem "
       "je je rol helemaal niet, dan naar de eerste zin waarin je met kennis van binnenuit over de school praat.",
       "When you join a discussion about your school or foundation on a personal channel, say that you work there, "
       "so that nobody takes your contribution for the official position. Lithora and Kalisto also ask for your "
       "function, TWijs for the school where you work; Onderwijs Primair asks you to be open about your role. The "
       "check only looks at replies and discussions (a reply to a post or article, an @ mention, 'de discussie "
       "hierboven', a post in a neighbourhood group). If you mention your role without the function or school asked "
       "for, the finding points at that sentence; if you do not mention it at all, at the first sentence in which you "
       "speak about the school with inside knowledge.",
       bad="Reactie op het artikel: ik kan jullie vertellen dat de school al maanden met de gemeente praat.",
       good="Reactie op het artikel: ik werk als leerkracht op deze school en kan vertellen dat we al maanden met de "
            "gemeente praten."),
    _c("speaking-for-school", C, E, "Spreken namens de school", "Speaking for the school",
       "Formulering die suggereert dat je namens de school spreekt", "Wording that suggests you speak on behalf of the school",
       "Spreek namens jezelf (\"ik\"), of laat een officieel bericht via de school versturen.",
       "Speak for yourself (\"I\"), or have an official message sent by the school.",
       "Op je eigen account spreek je voor jezelf. Zinnen als 'namens de school', 'wij als school hebben besloten', "
       "'de school vindt' of 'ik kan officieel laten weten' wekken de indruk dat je een officieel standpunt geeft. Dat "
       "mag alleen als het zo is afgesproken; laat een officieel bericht anders via de school lopen. Berichten van de "
       "school zelf en berichten op een kanaal van de school vallen erbuiten, net als een ontkenning ('ik spreek niet "
       "namens de school'). Bij SOM is 'namens Stichting SOM' de vermelding die artikel 2 vraagt, als het zo is "
       "afgesproken: noem dan de afspraak ('afgestemd met het bestuur'); zonder afspraak spreek je namens SOM "
       "zonder dat dat mag.",
       "On your own account you speak for yourself. Phrases such as 'namens de school', 'wij als school hebben "
       "besloten', 'de school vindt' or 'ik kan officieel laten weten' suggest that you give an official position. "
       "That is only fine when it has been agreed; otherwise let the school send the official message. Posts by the "
       "school itself and posts on a school channel are not checked, nor is a denial ('ik spreek niet namens de "
       "school'). Under SOM, 'namens Stichting SOM' is the statement article 2 asks for when it has been agreed: "
       "then name the agreement ('afgestemd met het bestuur'); without one you speak for SOM without leave.",
       bad="Wij als school hebben besloten dat de musical niet doorgaat.",
       good="De school heeft via Parro laten weten dat de musical niet doorgaat."),
    _c("official-channel", C, E, "Niet-officieel kanaal", "Unofficial channel",
       {"": "Schoolmededeling op een kanaal dat het protocol daarvoor niet goedkeurt",
        "steer": "Verwijzing naar een niet-officieel kanaal", "whatsapp": "WhatsApp-groep met leerlingen"},
       {"": "School announcement on a channel the protocol does not approve for it",
        "steer": "Steering people to an unofficial channel", "whatsapp": "WhatsApp group with pupils"},
       "Plaats praktische mededelingen via {channels}.",
       "Post practical announcements via {channels}.",
       "Praktische mededelingen (lesuitval, huiswerk, gymspullen, schoolreisje, schoolkamp, studiedag, ouderavond, "
       "een toets, een roosterwijziging ...) horen op de kanalen die het protocol daarvoor aanwijst, zoals Parro en "
       "e-mail (Lithora), het ouderportaal of een inlogomgeving van de school (TWijs), de groepsapp met de ouders van de "
       "klas (Kalisto) of website, Social Schools, ParnasSys en e-mail (Onderwijs Primair). Geef met --channel, "
       "'channel:' in de front matter of de config op waar de tekst verschijnt; zonder kanaal meldt de check geen "
       "mededelingen. Ouders naar een privékanaal sturen ('app me even privé', 'stuur me een DM op Instagram', 'via "
       "Messenger') wordt op elk kanaal gemeld. Kalisto staat geen WhatsApp-groepen met leerlingen toe. SOM noemt geen "
       "kanalen, dus onder SOM draait deze check niet.",
       "Practical announcements (a cancelled lesson, homework, gym kit, a school trip or camp, a study day, a parents' "
       "evening, a test, a timetable change ...) belong on the channels the protocol names for them, such as Parro and "
       "e-mail (Lithora), the parent portal or a login environment of the school (TWijs), the class parents' group app "
       "(Kalisto) or website, Social Schools, ParnasSys and e-mail (Onderwijs Primair). Say where the text will appear "
       "with --channel, 'channel:' in the front matter or the config; without a channel the check reports no "
       "announcements. Steering parents to a private channel ('app me even privé', 'stuur me een DM op Instagram', "
       "'via Messenger') is reported on any channel. Kalisto allows no WhatsApp groups with pupils. SOM names no "
       "channels, so the check does not run under SOM.",
       bad="Morgen geen gym, dus de gymspullen mogen thuisblijven!",
       good="Beste ouders, alle informatie over het schoolreisje vindt u in Parro."),
    _c("pupil-contact", C, E, "Privécontact met leerlingen", "Private contact with pupils",
       {"": "Uitnodiging tot privécontact via sociale media met leerlingen (of ouders)",
        "discussion": "Zaak van een leerling besproken met een ouder of leerling op sociale media"},
       {"": "Invitation to private social-media contact with pupils (or parents)",
        "discussion": "A pupil's matter discussed with a parent or pupil on social media"},
       "Houd contact met leerlingen en ouders via de kanalen van school, niet via je privéaccount; bespreek de zaak "
       "van een leerling op school.",
       "Keep contact with pupils and parents through the school's channels, not your private account; discuss a "
       "pupil's matter at school.",
       "Privécontact via sociale media (volgen, toevoegen, vriendschapsverzoeken, DM's, appen) vervaagt de grens "
       "tussen leraar en leerling. Alle vijf protocollen ontraden of verbieden het met leerlingen; Lithora, TWijs, SOM "
       "en Kalisto noemen ook ouders, en TWijs maakt een uitzondering voor LinkedIn als zakelijk netwerk. De check "
       "meldt uitnodigingen ('volg me', 'voeg me toe', 'stuur me een vriendschapsverzoek', 'jullie mogen me altijd "
       "appen') en geaccepteerde verzoeken van (oud-)leerlingen. Een ontkenning ('ik accepteer geen verzoeken van "
       "leerlingen') is geen bevinding. Een uitnodiging aan ouders om je een privébericht te sturen meldt "
       "official-channel. Onder SOM (richtlijn 4) meldt de check ook een reactie waarin een medewerker de zaak van "
       "een leerling (cijfers, gedrag) met een ouder of leerling bespreekt.",
       "Private contact on social media (following, adding, friend requests, DMs, messaging apps) blurs the line "
       "between teacher and pupil. All five protocols discourage or forbid it with pupils; Lithora, TWijs, SOM and "
       "Kalisto also name parents, and TWijs makes an exception for LinkedIn as a business network. The check reports "
       "invitations ('volg me', 'voeg me toe', 'stuur me een vriendschapsverzoek', 'jullie mogen me altijd appen') "
       "and accepted requests from (former) pupils. A denial ('ik accepteer geen verzoeken van leerlingen') is not a "
       "finding. An invitation to parents to send you a private message is reported by official-channel. Under SOM "
       "(guideline 4) the check also reports a reply in which a staff member discusses a pupil's matter (marks, "
       "behaviour) with a parent or pupil.",
       bad="Volg me op Insta, dan zie je de foto's van de reis!",
       good="De foto's van de reis staan in Parro."),
    _c("lesson-recording", C, E, "Opname van les of activiteit", "Recording of a lesson or activity",
       "Opname van een les of schoolactiviteit gedeeld zonder vermelding van toestemming",
       "Recording of a lesson or school activity shared without a statement of consent",
       "Deel opnames alleen met toestemming van schoolleiding en betrokkenen (ouders) en vermeld dat die er is.",
       "Share recordings only with consent from school management and those involved (parents), and say so.",
       "Een opname van een les of schoolactiviteit (video, filmpje, geluidsopname, livestream) laat leerlingen en "
       "collega's zien en horen. De protocollen staan opnemen en delen alleen toe met vooraf gegeven toestemming van "
       "schoolleiding en ouders; TWijs verbiedt opnames van lessen voor sociale media. De check meldt een gedeelde "
       "opname van een les of activiteit als de tekst niet vermeldt dat er toestemming is ('met toestemming van de "
       "ouders', 'alle ouders hebben toestemming gegeven'). Een oproep om níet te filmen is geen bevinding, en een "
       "video van jezelf ('ik praat in de camera') ook niet. Ook op de besloten kanalen van school (Parro, Social "
       "Schools, ouderportaal, groepsapp, e-mail) hoort erbij dat de kinderen erop mogen ('alleen kinderen met "
       "toestemming staan erop'). Ook ouders die een les filmen, "
       "vallen onder deze regel (Lithora en TWijs A.7).",
       "A recording of a lesson or school activity (video, clip, sound recording, livestream) shows pupils and "
       "colleagues. The protocols allow recording and sharing only with consent given beforehand by school "
       "management and parents; TWijs forbids recordings of lessons for social media. The check reports a shared "
       "recording of a lesson or activity when the text does not say that consent was given ('met toestemming van de "
       "ouders', 'alle ouders hebben toestemming gegeven'). A call not to film is not a finding, nor is a video of "
       "yourself ('ik praat in de camera'). On the school's closed channels too (Parro, Social Schools, parent "
       "portal, group app, e-mail) the text should say that the children in it may be shown ('alleen kinderen met "
       "toestemming staan erop'). Parents who film a lesson are covered too "
       "(Lithora and TWijs A.7).",
       bad="Hier de video van de rekenles van vanochtend!",
       good="Met toestemming van alle ouders: de video van de musical."),
    _c("hurtful-language", C, W, "Kwetsend taalgebruik", "Hurtful language",
       {"": "Kwetsend, grof of te familiair taalgebruik", "threat": "Dreigende taal",
        "familiar": "Te familiaire toon tegenover leerlingen"},
       {"": "Hurtful, coarse or over-familiar language", "threat": "Threatening language",
        "familiar": "Over-familiar tone towards pupils"},
       "Formuleer zakelijk en respectvol; je hebt een voorbeeldfunctie.",
       "Keep it factual and respectful; you are a role model.",
       "Scheldwoorden, schuttingtaal en bedreigingen passen niet bij de fatsoensnormen van de protocollen en bij de "
       "voorbeeldfunctie van medewerkers; SOM noemt ook een te amicale toon tegenover leerlingen ('Laterzz XXX', "
       "kusjes). De check gebruikt een eigen Nederlandse woordenlijst (socialcheck/data/hurtful_words.txt) en meldt de "
       "zin. Woorden die ook onschuldig zijn (een zak chips, eikels in de herfst, de heks uit het sprookje, onderzoek "
       "naar kanker) tellen alleen in een kwetsende combinatie; een zin over woorden ('scheldwoorden zoals ...') telt "
       "niet. Een woordenlijst kent geen ironie of citaat: lees de melding als een vraag om de zin nog eens te bekijken.",
       "Name-calling, coarse language and threats do not fit the protocols' standards of decency or the role-model "
       "function of staff; SOM also names an over-familiar tone towards pupils ('Laterzz XXX', kisses). The check uses "
       "its own Dutch word list (socialcheck/data/hurtful_words.txt) and reports the sentence. Words that are also "
       "harmless (a bag of crisps, acorns in autumn, the witch in a fairy tale, cancer research) only count in a "
       "hurtful combination; a sentence about words ('scheldwoorden zoals ...') does not count. A word list knows no "
       "irony or quotation: read the finding as a request to look at the sentence again.",
       bad="Wat een stelletje idioten bij de inspectie.",
       good="Het inspectiebezoek was pittig, maar we hebben er veel van geleerd."),
    _c("confidential-info", C, E, "Vertrouwelijke informatie", "Confidential information",
       "Vertrouwelijke of interne informatie", "Confidential or internal information",
       "Deel vertrouwelijke of interne informatie niet op sociale media.",
       "Do not share confidential or internal information on social media.",
       "Vertrouwelijke en interne informatie hoort niet online: interne stukken, wat 'nog niet bekend' is of 'in "
       "vertrouwen' is verteld, gegevens uit een personeels- of leerlingdossier, het ziekteverzuim, salaris of de "
       "beoordeling van een collega, en de diagnose of thuissituatie van een leerling. Een zin die alleen aankondigt "
       "dat iets geheim is ('Ssst, dit is nog vertrouwelijk, maar ...') wordt niet zelf gemeld, de zin erna wel: daar "
       "staat de informatie. 'Intern begeleider' is een functie en algemeen advies ('wachtwoorden zijn vertrouwelijk') "
       "is geen vertrouwelijke informatie.",
       "Confidential and internal information does not belong online: internal documents, what is 'not yet known' or "
       "was told 'in confidence', data from a personnel or pupil file, a colleague's sick leave, salary or appraisal, "
       "and a pupil's diagnosis or home situation. A sentence that only announces that something is secret ('Ssst, "
       "dit is nog vertrouwelijk, maar ...') is not reported itself, the sentence after it is: that is where the "
       "information is. 'Intern begeleider' is a job title (special-needs coordinator) and general advice "
       "('wachtwoorden zijn vertrouwelijk') is not confidential information.",
       bad="Vertrouwelijk: collega Mark zit al maanden ziek thuis.",
       good="Meester Mark is er deze week niet; juf Sanne neemt de groep over."),
    _c("logo-use", C, W, "Gebruik van het logo", "Use of the logo",
       "Gebruik van het schoollogo of de huisstijl vraagt toestemming en het juiste ontwerp",
       "Using the school logo or house style requires approval and the right design",
       "Vraag toestemming aan de directie en gebruik het goedgekeurde logobestand.",
       "Ask management for approval and use the approved logo file.",
       "Het logo en de huisstijl van de school gebruik je volgens de richtlijnen en, waar nodig, met toestemming van "
       "de directie (Onderwijs Primair; de andere vier protocollen hebben geen logoregel). Uit een tekst blijkt niet of "
       "die toestemming er is, daarom is dit een herinnering: de check meldt een zin waarin staat dat je het "
       "schoollogo of de huisstijl gebruikt ('met ons schoollogo', 'het logo van onze school', 'in de huisstijl van de "
       "school'). Vermeldt de tekst dat de directie het heeft goedgekeurd, dan blijft de melding weg. Het logo van een "
       "ander (de Koningsspelen, een sponsor) telt niet, en logopedie en logopedist zijn geen logo.",
       "The school's logo and house style are used according to the guidelines and, where needed, with the "
       "management's approval (Onderwijs Primair; the other four protocols have no logo rule). A text cannot show "
       "whether that approval exists, so this is a reminder: the check reports a sentence saying that you use the "
       "school logo or house style ('met ons schoollogo', 'het logo van onze school', 'in de huisstijl van de "
       "school'). If the text says that management approved it, there is no finding. Someone else's logo (the King's "
       "Games, a sponsor) does not count, and speech therapy (logopedie, logopedist) is not a logo.",
       bad="Ik heb ons schoollogo op de flyer gezet.",
       good="De directie heeft de flyer met logo goedgekeurd."),
    # ---------------------------------------------------------------- media
    _c("media-consent", M, E, "Geen toestemming voor beeld", "No consent for image",
       {"": "Persoon op beeld zonder toestemming voor dit kanaal",
        "unknown": "Persoon op beeld: toestemming voor dit kanaal is onbekend in het register",
        "no-purpose": "Persoon op beeld: het toestemmingsregister heeft geen kolom voor dit kanaal",
        "own-consent": "Leerling is oud genoeg om zelf toestemming te geven; het register toont alleen "
                       "toestemming van ouders"},
       {"": "Person on an image without consent for this channel",
        "unknown": "Person on an image: consent for this channel is unknown in the register",
        "no-purpose": "Person on an image: the consent register has no column for this channel",
        "own-consent": "Pupil is old enough to consent themselves; the register only shows consent by parents"},
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
       {"": "Persoonsgegevens verborgen in de metadata van de afbeelding",
        "device": "Serienummer of eigenaar van de camera in de metadata van de afbeelding"},
       {"": "Personal data hidden in the image metadata",
        "device": "Camera serial number or owner in the image metadata"},
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
       {"": "Afbeelding kan niet gelezen worden",
        "corrupt": "Afbeelding is beschadigd of geen geldig beeldbestand",
        "truncated": "Afbeelding is afgekapt (het bestand is onvolledig)",
        "bomb": "Afbeelding heeft te veel pixels om veilig te openen (mogelijke decompressiebom)",
        "unreadable": "Bestand kan niet gelezen worden",
        "missing": "Bestand uit het manifest bestaat niet",
        "outside": "Het manifest verwijst naar een bestand buiten de map; niet gelezen",
        "link-outside": "Koppeling (symlink) naar een bestand buiten de map; niet gelezen",
        "metadata": "Metadata kan niet (volledig) gelezen worden en is niet gecontroleerd"},
       {"": "Image cannot be read",
        "corrupt": "Image is damaged or not a valid image file",
        "truncated": "Image is truncated (the file is incomplete)",
        "bomb": "Image has too many pixels to open safely (possible decompression bomb)",
        "unreadable": "File cannot be read",
        "missing": "File listed in the manifest does not exist",
        "outside": "The manifest points to a file outside its folder; not read",
        "link-outside": "Link (symlink) to a file outside the folder; not read",
        "metadata": "Metadata cannot be read (completely) and was not checked"},
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
