"""``hurtful-language``: insults, swearing, threats and an over-familiar tone
towards pupils.

Sources (own summaries, see ``rules/*.yaml``): Lithora and TWijs A.8 and
Kalisto A.7 (decency: no bullying, threats, hurtful expressions); Onderwijs
Primair "Communiceer respectvol en positief" (avoid negative or hurtful
words); SOM "Verantwoordelijkheid" (no schuttingtaal, no over-familiar sign-off
such as "Laterzz XXX"), "Veiligheid" (no belittling or threats) and
"Achtergrondinformatie" (no slander, insults or obscenity).

The words are in ``socialcheck/data/hurtful_words.txt`` (written for this
project; its header says how). The finding covers the sentence.
"""

from __future__ import annotations

import functools
import os

import re

from ..detectors.base import Context
from ..model import Span
from . import _common as c

_LIST = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "hurtful_words.txt")
KINDS = ("insult", "swear", "threat", "familiar", "familiar-weak", "insult-adj", "insult-noun")
#: Kinds that are not a hit alone: an insult-adj followed by an insult-noun is an insult.
_PAIR_KINDS = ("insult-adj", "insult-noun")
#: A sentence that talks *about* words ("scheldwoorden zoals ...") is not itself hurtful.
_META = re.compile(r"\b(?:scheldwoord\w*|woorden\s+(?:als|zoals)|het\s+woord|schuttingtaal|uitgescholden\s+voor)\b")
#: Frequent words that make poor triggers ("op haar bek" is found through "bek").
_COMMON = frozenset("ik je jij hij ze zij we wij het de een van op in aan dat die dit wat toch haar zijn bent ben is"
                    " nog niet me mij juf meester goed mijn jongen meisje kind oude kleine weet waar staat gewoon".split())
_TEACHER_SELF = re.compile(r"\b(?:juf|meester|juffie|mentor|mentrix)\b")
#: An ultimatum with a sanction: "als ik nog één keer iemand te laat zie komen, laat ik je kind niet meer
#: binnen", "als jullie dat nog één keer doen, dan is het klaar".
_ULTIMATUM = re.compile(
    c.WB_L + r"als\s+(?:ik|we|wij|je|jij|jullie|u|hij|ze|zij)\s+(?:[\w.:]+\s+){0,6}?nog\s+(?:één|een|1)\s+keer\b[^.!?\n]{0,120}?"
    r"(?:(?:laat|stuur|zet|gooi|haal|sluit|pak|schop)\s+(?:ik|we)\b|(?:ik|we)\s+(?:laat|stuur|zet|gooi|haal|sluit|pak)\s+(?:je|jou|jullie|hem|haar|uw|het)\b"
    r"|dan\s+(?:zwaait\s+er\s+wat|krijg(?:t|en)?\s+(?:je|jij|jullie|u|hij|ze)\s+(?:straf|ervan\s+langs|last|het\s+met\s+mij)"
    r"|is\s+het\s+(?:klaar|afgelopen|over|einde\s+oefening)|(?:zal|zul|zullen)\s+(?:je|jij|jullie|u|hij|ze)\s+(?:het|wat)\s+(?:merken|meemaken|beleven))"
    r"|niet\s+meer\s+binnen|de\s+deur\s+uit|(?:de\s+klas\s+)?eruit\b|naar\s+huis\s+(?:gestuurd|sturen))")
#: Calling a person stupid or incompetent: "sommige ouders zijn gewoon dom", "die inspecteur was volslagen incompetent".
_NAME_CALLING = re.compile(
    c.WB_L + r"(?:(?:(?:die|deze|sommige|veel|al\s+die)\s+)?(?:ouders|moeders?|vaders?|collega'?s?|inspecteurs?|directeur|directrice|bestuurders?"
    r"|wethouder|juf|meester|leraar|lerares|leerkrachten?|kinderen|leerlingen|mensen|vent|kerel|vrouw|man|types)"
    r"|jullie|jij|u|hij|zij)\s+(?:die\s+[^.!?,\n]{0,60}?\s)?(?:is|zijn|ben|bent|was|waren)\s+(?:(?:echt|gewoon|zo|ontzettend|compleet|volslagen|totaal|ook|nog|ook\s+nog|te|veel\s+te|echt\s+te)\s+)*"
    r"(?:dom|stom|achterlijk|gestoord|debiel|incompetent|onbekwaam|hopeloos|asociaal|lui|hersenloos|oliedom|dommer\s+dan)" + c.WB_R
    # the verb first: "dan ben je gewoon een beetje dom"
    + r"|" + c.WB_L + r"(?:ben|bent|is|zijn)\s+(?:je|jij|u|hij|ze|zij|jullie)\s+(?:(?:echt|gewoon|zo|ontzettend|compleet|volslagen|totaal|ook|nog|een\s+beetje)\s+)+"
    r"(?:dom|stom|achterlijk|gestoord|debiel|incompetent|onbekwaam|hersenloos|oliedom)" + c.WB_R)
#: "hoe dom kun je zijn", "wat ben jij een ongelofelijke zeur", "een stel hersenloze schapen".
_RHETORICAL_INSULT = re.compile(
    c.WB_L + r"(?:hoe\s+(?:dom|stom|achterlijk|dwaas|naïef|suf|lui|blind|arrogant)\s+(?:kun|kan|ben|bent|is|zijn|mag)\s+(?:je|jij|jullie|u|hij|ze|zij|iemand|een\s+mens)"
    r"|wat\s+(?:ben|bent|is|zijn)\s+(?:jij|je|u|hij|zij|ze|jullie|die\s+\w+)\s+(?:toch\s+)?(?:een|ook\s+een)\s+(?:\w+\s+)?(?:zeur\w*|sukkel\w*|idioot|idioten|loser\w*|watje\w*"
    r"|mietje\w*|huilebalk\w*|janker\w*|klager\w*|zielig\w*|kneus\w*|prutser\w*|amateur\w*|randdebiel\w*|kluns\w*|stumper\w*|kwal|kwallen|trut\w*|zak|zakken|eikel\w*|dombo\w*|wijf|heks|kreng\w*|lachertje)"
    r"|(?:een\s+)?(?:stel|stelletje|kudde|bende|troep|zootje)\s+(?:\w+\s+)?(?:hersenloze|domme|achterlijke|luie|verwende|stomme|onnozele|brutale|asociale)\s+\w+"
    r"|(?:hou|houd|houden)\s+(?:(?:nou|nu|toch|eens|even|gewoon|jij|jullie|je|maar)\s+){1,4}?(?:je|jullie|uw)\s+(?:kop|bek|mond|waffel|snavel|smoel|klep)"
    r"|(?<!\bik\s)(?<!\bheb\s)(?<!\bwe\s)(?<!\bhebben\s)(?:zit|zitten|loopt|lopen|staat|staan|blijf|blijven)\s+(?:(?:lekker|maar|toch|weer|nou|hier|daar)\s+){0,2}?(?:te\s+)?(?:janken|jammeren|grienen|zeiken|zeuren|mekkeren|blèren|blaten)"
    r"|zakkenvuller\w*|graaier\w*|hersenloze?|hersenloos"
    # mock comparisons: "het verstand van een spons", "net zoveel verstand van onderwijs als mijn cavia"
    r"|(?:het|de)\s+(?:verstand|inlevingsvermogen|iq|hersens|hersenen|empathie|charme|tact|intelligentie|hersencapaciteit|denkvermogen)\s+van\s+(?:een|mijn|m'n)\s+\w+"
    r"|(?:net\s+)?(?:zoveel|evenveel|even\s+veel)\s+(?:verstand|kaas)\s+van\s+(?:\w+\s+){0,3}?als\s+(?:een|mijn|m'n|de)\s+\w+"
    r"|doe\s+(?:(?:eens|toch|nou|gewoon|effe|even|ff)\s+)*normaal|zoek\s+(?:een|eens\s+een)\s+hobby|kruip\s+(?:\w+\s+){0,2}?terug"
    r"|frustra(?:at|ten)|stelletje\s+(?:\w+\s+)?\w+(?:en|s|ers)\b(?<!\bstelletje\sjonge)"
    r"|(?:ga|gaan)\s+(?:eens\s+|maar\s+)?(?:een\s+)?cursus\s+(?:\w+\s+)?(?:opvoeden|opvoeding|lezen|fatsoen)\w*)" + c.WB_R)
#: The trigger words of _RHETORICAL_INSULT: of each phrase a word that is rare in school texts ("hoe dom kun je
#: zijn" through "dom", "hou je mond" through "mond", "wat ben jij een zeur" through its noun), so that few
#: sentences are searched.
_RHETORICAL_WORDS = frozenset(
    "dom stom achterlijk dwaas naïef suf lui blind arrogant idioot idioten kwal kwallen zak zakken wijf heks lachertje"
    " hersenloze domme achterlijke luie verwende stomme onnozele brutale asociale kop bek mond waffel snavel smoel klep"
    " janken jammeren grienen zeiken zeuren mekkeren blèren blaten hersenloos verstand inlevingsvermogen iq hersens"
    " hersenen empathie charme tact intelligentie hersencapaciteit denkvermogen kaas normaal hobby kruip stelletje"
    " cursus".split())
_RHETORICAL_PREFIXES = ("zakkenvuller", "graaier", "frustra", "zeur", "sukkel", "loser", "watje", "mietje", "huilebalk",
                        "janker", "klager", "zielig", "kneus", "prutser", "amateur", "randdebiel", "kluns", "stumper",
                        "trut", "eikel", "dombo", "kreng")
_NAME_CALLING_WORDS = frozenset(
    "dom stom achterlijk gestoord debiel incompetent onbekwaam hopeloos asociaal dommer lui hersenloos oliedom".split())
#: Calling a person a name that is harmless alone ("een clown" at the circus, "de heks" in a fairy tale): "die
#: wethouder is een clown", "die directrice is echt een heks", "wat een draak is dat mens", "die vent was altijd al
#: een griezel".
_CALLED_NOUNS = ("clown clowns heks draak griezel leugenaar amateur prutser ramp nul lachertje mislukkeling engerd"
                 " etter loser kneus zeur zeurpiet zeurkous dombo trut kwal").split()
_CALLED_NOUN_ALT = r"(?:" + "|".join(_CALLED_NOUNS) + r")"
_CALLED = re.compile(
    c.WB_L + r"(?:(?:die|deze|dat|zo'n|de|jullie|je|uw|haar|zijn)\s+(?:[\w'-]+\s+){0,2}?(?:ouders?|moeders?|vaders?|collega'?s?"
    r"|inspecteurs?|directeur|directrice|bestuurders?|wethouder|minister|juf|meester|leraar|lerares|leerkracht|rector|vent|kerel"
    r"|vrouw|man|mens|gast|type)(?:\s+[\w'-]+){0,2}?\s+(?:is|was)|(?:jij|je|u)\s+(?:bent|was)|(?:hij|zij|ze)\s+(?:is|was))\s+"
    r"(?:(?:echt|gewoon|toch|ook|nog|altijd|al|écht|werkelijk|regelrecht|gewoonweg)\s+)*(?:een|zo'n)\s+(?:[\w-]+\s+)?"
    + _CALLED_NOUN_ALT + c.WB_R
    + r"|" + c.WB_L + r"wat\s+een\s+(?:[\w-]+\s+)?" + _CALLED_NOUN_ALT
    + r"\s+(?:is|ben|bent|was)\s+(?:dat\s+mens|die\s+\w+|jij|je|u|hij|zij)" + c.WB_R)
_CALLED_WORDS = frozenset(_CALLED_NOUNS)
#: A costume or the circus, where "de juf was een heks" is a role (a story or play: :data:`_FICTION`).
_DRESSED_UP = re.compile(c.WB_L + r"(?:verklee?d\w*|halloween\w*|carnaval\w*|kostuum\w*|circus\w*)" + c.WB_R)
#: Sending someone off ("die wethouder kan de boom in", "ze kunnen wat mij betreft de pot op") and comparing a
#: person with an animal ("zo lui als een varken").
_DISMISS = re.compile(
    c.WB_L + r"(?:(?:kan|kunnen|mag|mogen)\s+(?:\w+\s+){0,4}?(?:de\s+pot\s+op|de\s+boom\s+in|doodvallen|oprotten|opzouten|opdonderen"
    r"|het\s+schudden)|zo\s+(?:lui|dom|stom|traag|dik|lelijk|koppig|chagrijnig)\s+als\s+(?:een|het)\s+\w+)" + c.WB_R)
_DISMISS_WORDS = frozenset(
    "pot boom doodvallen oprotten opzouten opdonderen schudden lui dom stom traag dik lelijk koppig chagrijnig".split())
#: Mocking a person, a class or parents without a swear word: for not reading ("sommige ouders kunnen blijkbaar
#: niet lezen", "lezen is voor sommige mensen topsport", "als u net zo goed kon lezen als klagen"), with a name
#: of the form "gek van een moeder", comparing how someone moves or behaves with an animal or a thing ("danst als een
#: verdwaalde koe", "gedroeg zich als een aap"), or with "kan nog geen A van een B onderscheiden".
_MOCKERY = re.compile(
    c.WB_L + r"(?:"
    r"(?:blijkbaar|gewoon|echt|nog\s+steeds)\s+(?:[\w'-]+\s+){0,3}?(?:niet|nooit|geen)\s+(?:[\w'-]+\s+){0,2}?(?:kan|kunnen|kunt)\s+lezen"
    r"|lezen\s+(?:[\w'-]+\s+){0,2}?(?:blijkbaar|echt|gewoon)\s+(?:\w+\s+)?nooit"
    r"|(?:zelf|eerst)\s+(?:\w+\s+){0,2}?leren\s+lezen"
    r"|lezen\s+(?:is\s+)?(?:[\w'-]+\s+){0,5}?(?:geen\s+raketwetenschap|ook\s+een\s+vak|topsport|te\s+hoog\s+gegrepen|te\s+moeilijk|(?:kennelijk|blijkbaar)\s+(?:een\s+)?(?:\w+\s+)?hobby)"
    # "misschien even rustig lezen voordat je gaat typen"
    r"|lezen\s+(?:voordat|voor)\s+(?:je|u|jij|jullie)\s+(?:\w+\s+)?(?:gaat\s+|gaan\s+)?(?:typen|tikken|reageren|schrijven|posten)"
    r"|als\s+(?:u|je|jij|jullie)\s+net\s+zo\s+(?:goed|veel|vaak)\s+(?:\w+\s+)?lezen\s+als"
    r"|(?:iemand|mensen)\s+die\s+(?:wél|wel)\s+(?:kan|kunnen)\s+lezen|(?:dit|deze)\s+keer\s+wel\s+(?:\w+\s+)?(?:kunnen|kan|kunt)\s+lezen"
    r"|überhaupt\s+(?:\w+\s+)?(?:kan|kunnen|kunt)\s+lezen|als\s+(?:je|jij|u|jullie)\s+niet\s+(?:kunt|kan|kunnen)\s+lezen"
    r"|(?:gek|trut|heks|kreng|sukkel|idioot|eikel|zeur|zeurpiet|kwal|draak|loeder|etter|klier|hufter|snotneus|hork|wijf)\s+van\s+een\s+"
    r"(?:moeder|vader|ouder|collega|juf|meester|leerling|kind|jongen|meid|meisje|directeur|directrice|man|vrouw|vent|kerel|inspecteur|wethouder|bestuurder)"
    r"|(?:beweegt|bewoog|bewegen|danst|danste|dansen|zingt|zong|zingen|brult|brulde|krijst|krijste|loopt|liep|rolt|rolde|klinkt|klonk"
    r"|gedraagt|gedroeg|gedragen|gedroegen|kwam\s+\w+|stond\s+(?:\w+\s+)?(?:te\s+\w+|erbij)|knikt|knikten|zegt|zei|praat|praatte|rent|rende"
    r"|zeurt|zeuren|zeurde|zeurden|jankt|janken|jengelt|jengelen|staren|staarden|staart|staarde)"
    r"\s+(?:[\w'-]+\s+){0,5}?als\s+(?:(?:een|het|de)\s+)?(?:of\s+andere\s+|stel\s+|zak\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:aap|apen|koe|koeien|varken|varkens|speenvarken|kater|kraai|kip|kippen|holbewoner|holbewoners|barbaar|barbaren|beest|beesten"
    r"|aardappels|aardappelen|zoutzak|koelkast|robot|rozijn|wiebelhondje\w*|olifant|nijlpaard|walrus|vogelverschrikker|dweil"
    r"|verwend\s+kind|verwende\s+kleuter|peuter|kleuter|peuters|kleuters|zombie|zombies|pinguïn|pinguïns)"
    # "het lijkt wel een stel zieke pinguïns op gladijs"
    r"|(?:lijkt|lijken|leek|leken)\s+wel\s+(?:een\s+)?(?:stel|kudde|zak|troep|hoop)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:apen|koeien|varkens|kippen|holbewoners|barbaren|beesten|pinguïns|zombies|aardappelen|zoutzakken)"
    # mocking a pupil's stutter: "zie je Mees weer eens stotteren, echt tenenkrommend"
    r"|(?:stotter\w*|hakkel\w*|lispel\w*)\W+(?:[\w'-]+\W+){0,5}?(?:tenenkrommend|hilarisch|om\s+te\s+gillen|niet\s+aan\s+te\s+horen|gênant|genant)"
    # "beweegt met het ritmegevoel van een strijkplank"
    r"|(?:het|de|een)\s+(?:ritmegevoel|gevoel\s+voor\s+ritme|souplesse|elegantie|gratie|charisma|uitstraling|enthousiasme|energie"
    r"|spontaniteit|humor|timing|fantasie)\s+van\s+een\s+(?:[\w-]+\s+)?(?:strijkplank|baksteen|stoeptegel|lantaarnpaal"
    r"|koelkast|vaatwasser|ijskast|kapstok|bezemsteel|dweil|pissebed|robot|zoutzak|theemuts|deurmat|vaatdoek)"
    r"|(?:geen|niet)\s+(?:\w+\s+){0,3}?van\s+een\s+(?:\w+\s+){0,2}?(?:(?:kan|kon|kunnen|konden)\s+)?onderscheiden"
    # "sommige ouders snappen echt helemaal niks van onderwijs"
    r"|(?:sommige|die|veel|de\s+meeste|zulke)\s+(?:ouders|moeders|vaders|collega'?s|mensen)\s+(?:snappen|begrijpen)\s+(?:er\s+)?(?:echt\s+)?"
    r"(?:helemaal\s+|werkelijk\s+)?(?:niks|niets|geen\s+bal|geen\s+zak|geen\s+moer)"
    # talking down to a parent in the class app: "sommigen leren het nooit hè", "sommige ouders lezen het ook nooit"
    r"|(?:sommigen|sommige\s+(?:ouders|moeders|vaders|mensen|collega'?s))\s+(?:leren|lezen|snappen)\s+het\s+(?:\w+\s+)?nooit"
    r")" + c.WB_R)
#: Every match of _MOCKERY holds one of these words.
_MOCKERY_WORDS = frozenset(
    "lezen gek trut heks kreng sukkel idioot eikel zeur zeurpiet kwal draak loeder etter klier hufter snotneus hork wijf"
    " aap apen koe koeien varken varkens speenvarken kater kraai kip kippen holbewoner holbewoners barbaar barbaren beest"
    " beesten aardappels aardappelen zoutzak koelkast robot rozijn olifant nijlpaard walrus vogelverschrikker"
    " dweil kind kleuter peuter zombie onderscheiden kleuters peuters strijkplank baksteen stoeptegel lantaarnpaal"
    " vaatwasser ijskast kapstok bezemsteel pissebed theemuts deurmat vaatdoek snappen begrijpen zombies pinguïn pinguïns"
    " zoutzakken leren".split())
_MOCKERY_PREFIXES = ("wiebelhondje", "stotter", "hakkel", "lispel")
#: A story, play or book: "de musical", "het prentenboek" (a character may be "een verwaande haan").
_FICTION = re.compile(c.WB_L + r"(?:verhaal\w*|\w*boek\w*|musical\w*|toneel\w*|sprookje\w*|fabel\w*|voorstelling\w*|speelt|rol)" + c.WB_R)


def _entry_pattern(phrase: str) -> str:
    words = []
    for w in phrase.split():
        if w == "_":
            words.append(r"(?:[^\W\d_]|['-])+")
        elif w.endswith("*"):
            words.append(re.escape(w[:-1]) + r"[^\W\d_]*")
        else:
            words.append(re.escape(w))
    return r"\s+".join(words)


@functools.cache
def load_words(path: str = _LIST) -> dict[str, tuple[str, ...]]:
    """The word list as ``{kind: (phrase, ...)}``.

    Raises:
        ValueError: a line without a known kind (names file and line).
    """
    out: dict[str, list[str]] = {k: [] for k in KINDS}
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.readlines()
    except FileNotFoundError:
        return {k: () for k in KINDS}
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        phrase, _, kind = line.partition("\t")
        kind = kind.strip()
        if kind not in out:
            raise ValueError(f"{path}:{n}: unknown kind {kind!r} (use {', '.join(KINDS)})")
        out[kind].append(phrase.strip().lower())
    return {k: tuple(v) for k, v in out.items()}


def _alternation(phrases) -> str:
    """The entries' patterns as one alternation, longest pattern first.

    Entries that start with the same letter are put behind it in one group
    ("k(?:ut\\s+wijf|ankerlijer)|..."), in the same order, so the search tries
    at each place of a text only the entries that can start with the letter
    there instead of all of them (several times faster). The matches are those
    of the plain alternation: entries that start with different letters never
    match at the same place. Plain if an entry starts with a wildcard."""
    pats = sorted((_entry_pattern(p) for p in phrases), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for pat in pats:
        first = pat[:2] if pat[:1] == "\\" else pat[:1]
        if not first or first[-1].isalnum() and first[0] == "\\" or first in "[(":
            return "|".join(pats)       # a wildcard or a class first (no entry does so today)
        groups.setdefault(first, []).append(pat[len(first):])
    return "|".join(first + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())


@functools.cache
def _pattern() -> re.Pattern:
    words = load_words()
    groups = []
    if words["insult-adj"] and words["insult-noun"]:
        groups.append("(?P<insult_pair>(?:" + _alternation(words["insult-adj"]) + r")\s+(?:"
                      + _alternation(words["insult-noun"]) + "))")
    for kind, phrases in words.items():
        if not phrases or kind in _PAIR_KINDS:
            continue
        groups.append(f"(?P<{kind.replace('-', '_')}>" + _alternation(phrases) + ")")
    return re.compile(c.WB_L + "(?:" + "|".join(groups) + ")" + c.WB_R)


@functools.cache
def _triggers() -> tuple[frozenset[str], tuple[str, ...]]:
    """For each list entry its longest literal word (exact), or its longest
    starred stem (prefix) if it has no literal word but frequent ones ("slome
    donder*" through "slome": the stem also starts "donderdag"): every match
    of the entry holds that word, so sentences without any trigger need not
    be searched."""
    exact, prefixes = set(), set()
    for kind, phrases in load_words().items():
        if kind == "insult-noun":
            continue            # a pair is found through its adjective (the nouns are common words)
        for phrase in phrases:
            words = [w for w in phrase.split() if w != "_"]
            rare = [w for w in words if w not in _COMMON] or words
            rare = [w for w in rare if not w.endswith("*")] or rare
            best = max(rare, key=lambda w: len(w.rstrip("*")))
            if best.endswith("*"):
                prefixes.add(best[:-1])
            else:
                exact.add(best)
    return frozenset(exact), tuple(sorted(prefixes))


def hurtful_hits(ctx: Context, start: int, end: int) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of every list entry in ``ctx.text[start:end]``."""
    return _hits(ctx, start, end, _ALL_RULES)


#: The searches of :func:`_hits`: the word list, then the patterns of :data:`_RULES` (bit ``1 << k`` each).
_LIST_RULE = 1
_ALL_RULES = 0b1111111


def _hits(ctx: Context, start: int, end: int, rules: int) -> list[tuple[str, int, int]]:
    """:func:`hurtful_hits` with only the searches whose bit is set in ``rules``
    (the others are known to find nothing in the sentence)."""
    low = ctx.lower
    out = []
    if rules & _LIST_RULE:
        out = _list_hits(ctx, low, start, end)
    for k, (rx, kind) in enumerate(_RULES, 1):
        if rules & 1 << k:
            m = rx.search(low, start, end)
            if m and not (rx is _CALLED and (_DRESSED_UP.search(low, start, end) or _FICTION.search(low, start, end))):
                out.append((kind, m.start(), m.end()))
    return out


def _list_hits(ctx: Context, low: str, start: int, end: int) -> list[tuple[str, int, int]]:
    pat = _pattern()
    fiction = None
    out = []
    for m in pat.finditer(low, start, end):
        if m.lastgroup == "insult_pair":
            if fiction is None:
                fiction = bool(_FICTION.search(low, start, end))
            if fiction:
                continue        # "in de musical speelt Sem een verwaande haan"
        out.append((_GROUP_KIND.get(m.lastgroup, m.lastgroup.replace("_", "-")), m.start(), m.end()))
        if m.lastgroup == "familiar_weak" and " " in m.group():
            # a stronger entry may start inside a weak one: "dikke knuffel van je juf" holds "knuffel van je juf"
            inner = pat.search(low, m.start() + m.group().index(" ") + 1, end)
            if inner and inner.start() < m.end() and inner.lastgroup == "familiar":
                out.append(("familiar", inner.start(), inner.end()))
    return out


#: A text about bullying (a lesson, the Week tegen Pesten): the insults it quotes are examples, not the author's
#: (SPEC, hurtful-language: quoting insults in a lesson about bullying is not a violation).
_BULLYING_LESSON = re.compile(r"\b(?:pest(?:en|les|gedrag|protocol|week)?|gepest|anti-?pest\w*|kanjertraining"
                              r"|scheld\w*|woorden\s+die\s+(?:\w+\s+)?pijn\s+doen)\b")
#: Quoting a name in order to reject it: "iemand een 'trut' noemen vind ik niet oké", "wie schrijft er nou 'sukkel'".
_CALLING_OUT = re.compile(r"\b(?:noem\w*|genoemd|uitmaken|uitgemaakt|zeg\s+je\s+niet|schrijf\s+je\s+niet)\b[^.!?\n]*"
                          r"\b(?:niet\s+oké|niet\s+ok|niet\s+netjes|niet\s+normaal|kan\s+echt\s+niet|gaat\s+te\s+ver|schaam)")
_OPEN_QUOTES = "\"“„«‘"
_CLOSE_QUOTES = "\"”»’"


def _quoted(text: str, s: int, e: int, a: int, b: int) -> bool:
    """True if ``text[a:b]`` lies inside a quotation in the sentence ``text[s:e]``: an odd number of quote marks
    ("...", “...”, ‘...’, '...') stands between the sentence start and ``a``, and a closing one follows ``b``. A
    straight ``'`` between two letters is an apostrophe ("zo'n", "auto's"), not a quote mark."""
    opened = sum(text.count(q, s, a) for q in set(_OPEN_QUOTES + _CLOSE_QUOTES)) + _single_quotes(text, s, a)
    return opened % 2 == 1 and (any(q in text[b:e] for q in _CLOSE_QUOTES) or _single_quotes(text, b, e) > 0)


def _single_quotes(text: str, start: int, end: int) -> int:
    """The number of straight ``'`` in ``text[start:end]`` used as quote marks (not between two letters)."""
    n = 0
    i = text.find("'", start, end)
    while i >= 0:
        if not (0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()):
            n += 1
        i = text.find("'", i + 1, end)
    return n


_GROUP_KIND = {"insult_pair": "insult"}
_ULTIMATUM_WORDS = frozenset({"keer"})
#: The patterns besides the word list, with the kind they report, in the order :func:`hurtful_hits` reports them.
_RULES = ((_ULTIMATUM, "threat"), (_NAME_CALLING, "insult"), (_DISMISS, "swear"), (_RHETORICAL_INSULT, "insult"),
          (_CALLED, "insult"), (_MOCKERY, "insult"))
#: The trigger words and prefixes of each search of :func:`_hits` (the word list first, then :data:`_RULES`):
#: every match of a search holds one of its triggers (tests/test_conduct.py checks this per pattern).
_RULE_TRIGGERS = (None, (_ULTIMATUM_WORDS, ()), (_NAME_CALLING_WORDS, ()), (_DISMISS_WORDS, ()),
                  (_RHETORICAL_WORDS, _RHETORICAL_PREFIXES), (_CALLED_WORDS, ()), (_MOCKERY_WORDS, _MOCKERY_PREFIXES))


#: Kiss emoji: a weak familiar sign next to a familiar word ("tot morgen lieverd 😘😘 xxx"); not list entries, which
#: need a word to be found by (see :func:`_triggers`).
_KISSES = ("😘", "💋")


#: The author calling themselves a name, right before the hit: "ik voel me vandaag een [hopeloos geval]", "ik ben
#: echt zo'n [sukkel]".
_SELF_NAME = re.compile(c.WB_L + r"ik\s+(?:voel\s+(?:me|mij)|ben)\s+(?:[\w']+\s+){0,4}?(?:een|zo'n)\s+$")


def kisses(text: str, start: int, end: int) -> int:
    """1 if ``text[start:end]`` holds a kiss emoji (:data:`_KISSES`), else 0: counted as one weak familiar sign."""
    return int(any(k in text[start:end] for k in _KISSES))


def check_hurtful_language(ctx: Context) -> list[Span]:
    """``hurtful-language``: one span per sentence with an insult, swearing,
    a threat, or an over-familiar sign-off towards pupils.

    Besides the word list: an insulting adjective before an insulting noun
    ("arrogante kwal", kinds ``insult-adj`` + ``insult-noun``; not in a
    sentence about a story or play, where "een verwaande haan" is a
    character), calling a person stupid ("sommige ouders zijn gewoon dom"),
    an ultimatum with a sanction ("als ik nog één keer ... zie, laat ik
    je kind niet meer binnen"), reported as a threat, and mockery without a
    swear word (:data:`_MOCKERY`: "sommige ouders kunnen blijkbaar niet
    lezen", "gek van een moeder", "danst als een verdwaalde koe").

    Variants: ``threat``, ``familiar`` (the default message covers insults
    and swearing). Familiar words count only in a text that addresses pupils
    or where the teacher signs as "juf"/"meester" in that sentence; two weak
    ones ("schatjes", "dikke knuffel") or one strong one ("Laterzz", "xxx",
    "kusjes") are needed; a kiss emoji in the sentence counts as one weak word. A sentence about words ("scheldwoorden zoals ...")
    is skipped.
    """
    return c.memo(ctx, "hurtful-language", _hurtful)


def _hurtful(ctx: Context) -> list[Span]:
    spans = []
    sents = c.sentences(ctx)
    exact, prefixes = _triggers()
    # Each search runs only on the sentences that hold one of its own triggers (a bit per search).
    rules: dict[int, int] = {}
    for k, triggers in enumerate(_RULE_TRIGGERS):
        words, pre = triggers or (exact, prefixes)
        for i in c.sentences_with(ctx, words, pre):
            rules[i] = rules.get(i, 0) | 1 << k
    for i in sorted(rules):
        s, e = sents[i]
        hits = _hits(ctx, s, e, rules[i])
        if not hits:
            continue
        low = ctx.lower[s:e]
        if _META.search(low):
            continue
        if all(_quoted(ctx.text, s, e, a, b) for _, a, b in hits) and (
                _BULLYING_LESSON.search(ctx.lower) or _CALLING_OUT.search(low)):
            continue            # "we schreven op het bord welke woorden pijn doen: "loser", "dikke" ...",
            #                     "iemand een 'incompetente trut' noemen vind ik niet oké"
        if all(_SELF_NAME.search(ctx.lower, s, a) for _, a, _ in hits):
            continue            # "ik voel me vandaag een hopeloos geval met die app": the author mocks only themselves
        kinds = [k for k, _, _ in hits]
        variant = None
        if "threat" in kinds:
            variant = "threat"
        elif "insult" in kinds or "swear" in kinds:
            variant = None
        else:
            strong = kinds.count("familiar")
            weak = kinds.count("familiar-weak") + kisses(ctx.text, s, e)
            # (the audience of the whole text, looked up only here: most texts never get this far)
            if not (strong or weak >= 2):
                continue
            if not (strong + weak >= 2 and strong) and not ("pupils" in c.audience(ctx) or _TEACHER_SELF.search(low)):
                continue
            variant = "familiar"
        spans.append(Span(s, e, "hurtful-language", 0.8, "conduct.tone", variant))
    return spans
