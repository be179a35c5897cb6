"""Person names in Dutch school texts (``person-name``) and a child's age next
to a name (``child-age``).

How it works (no downloadable model):

1. **Gazetteers** written by this project (:mod:`socialcheck.data`): first
   names, surnames, particles, titles/roles, places, capitalised school words
   that are not persons, and frequent Dutch words.
2. **Blocking**: tokens inside e-mail addresses and URLs, multi-word phrases
   that are places, events, methods, shops or public figures ("Albert Heijn",
   "Annie M.G. Schmidt"), street names and the name of a school after
   ``OBS``/``basisschool``/``kindcentrum`` are never a person.
3. **Triggers**: a title (``juf``, ``meester``, ``mevrouw``, ``dhr.``),
   initials (``J. de Boer``), a known first name, a roster name.
4. **Extension**: first name(s) + particles (``van der``, ``in 't``) +
   capitalised surname(s), hyphenated double names included, as one span.
5. **Context** confirms weak candidates (an unknown capitalised word, a first
   name that is also a word, a word at a sentence start): "uit/van groep 5",
   "(8)", "8 jaar", "de ouders/moeder/vader van X", greetings and signatures
   ("Groetjes, Anne"), lists with a confirmed name ("Sophie, Noah en Julia").
   Context also gives the role (staff, pupil, parent) used in the message.
"""

from __future__ import annotations

import functools

import regex

from .. import data
from ..model import Span
from ..nlp import Token, tokenize
from .base import Context

# ------------------------------------------------------------------ lexicon


class Lexicon:
    """All word lists the name detector uses, lower-cased, loaded once."""

    def __init__(self) -> None:
        self.first = data.lower_set("first_names")
        self.ambiguous = data.lower_set("first_names_ambiguous")
        self.common = data.lower_set("common_words") | _EXTRA_COMMON
        self.particles = data.lower_set("particles") | _BASE_PARTICLES
        self.particle_words = frozenset(w for p in self.particles for w in p.replace("'t", "t").split())
        surnames = data.lower_set("surnames")
        self.surname_core = frozenset(s.split()[-1] for s in surnames if s)
        self.titles = dict(_BASE_TITLES)
        self.titles.update(data.titles())
        self.places = _phrases(data.word_list("places"))
        self.nonperson = _phrases(data.word_list("non_person_words") | _BASE_NONPERSON)
        self.place_words = frozenset(p[0] for p in self.places.get("__single__", ()))
        self.nonperson_words = frozenset(p[0] for p in self.nonperson.get("__single__", ()))


def _phrases(entries) -> dict:
    """Index phrases by first token: ``{first: [token tuples, longest first]}``;
    one-word phrases also go under ``"__single__"``."""
    idx: dict[str, list[tuple[str, ...]]] = {}
    for e in entries:
        toks = tuple(t.text.lower() for t in tokenize(e) if t.kind in ("word", "num"))
        if not toks:
            continue
        idx.setdefault(toks[0], []).append(toks)
        if len(toks) == 1:
            idx.setdefault("__single__", []).append(toks)
    for k in idx:
        idx[k].sort(key=len, reverse=True)
    return idx


@functools.cache
def lexicon() -> Lexicon:
    """The process-wide :class:`Lexicon`."""
    return Lexicon()


_BASE_PARTICLES = frozenset("van de der den het ter ten te in 't van der van den van de van het van 't "
                            "in 't in de in het op de op den op ten uit de uit den de la le la von d' "
                            "van der de van de la".split("  ")) | frozenset(
    "van|de|der|den|ter|ten|te|van der|van den|van de|van het|van 't|in 't|in de|in het|op de|op den|"
    "op ten|uit de|uit den|de la|von|le|la|d'|'t|aan de|bij de|onder de|over de".split("|"))
_BASE_TITLES = {
    "juf": "staff", "juffrouw": "staff", "meester": "staff", "meneer": "any", "mevrouw": "any",
    "dhr": "any", "mevr": "any", "mw": "any", "mr": "any", "dr": "any", "drs": "any", "ir": "any",
    "collega": "staff", "leerkracht": "staff", "directeur": "staff", "directrice": "staff",
    "stagiair": "staff", "stagiaire": "staff", "conciërge": "staff", "concierge": "staff",
    "klassenouder": "parent", "moeder": "parent", "vader": "parent", "mama": "parent", "papa": "parent",
    "opa": "other", "oma": "other", "leerling": "pupil", "kleuter": "pupil", "broertje": "pupil",
    "zusje": "pupil", "onderwijsassistent": "staff", "gymjuf": "staff", "gymmeester": "staff",
    "ib'er": "staff", "ibér": "staff", "intern begeleider": "staff", "logopedist": "staff",
    "vrijwilliger": "other", "overblijfmoeder": "parent", "hulpmoeder": "parent", "hulpouder": "parent",
}
# Words that never start or continue a name even if capitalised.
_EXTRA_COMMON = frozenset(
    "de het een en of maar want dus als dan toen omdat zodat ik jij je hij zij ze wij we u jullie hun haar "
    "zijn mijn ons onze deze dit dat die wat wie waar wanneer hoe waarom vandaag morgen gisteren straks "
    "hoi hallo beste lieve dag dank bedankt groetjes groet liefs welkom ja nee ook nog wel niet geen "
    "alle iedereen allemaal samen groep klas school juf meester ouders kinderen leerlingen team".split())
_BASE_NONPERSON = frozenset(
    "Sinterklaas|Zwarte Piet|Piet|Pieten|Kerstman|Paashaas|Kinderboekenweek|Koningsspelen|Koningsdag|"
    "Pasen|Pinksteren|Kerst|Kerstmis|Carnaval|Ramadan|Suikerfeest|Offerfeest|Halloween|Sint|"
    "Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Januari|Februari|Maart|April|Mei|Juni|"
    "Juli|Augustus|September|Oktober|November|December|God|Jezus|Allah|Google|Instagram|Facebook|"
    "WhatsApp|YouTube|TikTok|LinkedIn|Parro|Snappet|Gynzy|Teams|Zoom|Albert Heijn|HEMA|Jumbo|"
    "Nederland|Nederlands|Engels|Frans|Duits|Arabisch|Turks|Pools".split("|"))

#: Forms of address that may be followed by a bare surname with particle ("mevrouw van Dam").
_ADDRESS_FORMS = frozenset("juf juffrouw meester meneer mevrouw dhr mevr mw mr dr drs ir ing prof fam familie "
                           "heer vrouw mevrouwe".split())
_GROUP_AFTER = regex.compile(r"^\s*(?:\(\s*)?(?:uit|van|in|,)?\s*(?:groep|gr\.?|klas|unit|de klas)\s*\d", regex.I)
_AGE_AFTER = regex.compile(r"\s*(?:\((?P<a>\d{1,2})\)|,\s*(?P<b>\d{1,2})\s+jaar\b|\s(?P<c>\d{1,2})\s+jaar(?:\s+oud)?\b)", regex.I)
_FAMILY_BEFORE = regex.compile(
    r"(?:ouders?|moeder|vader|mama|papa|opa|oma|broer(?:tje)?|zus(?:je)?|verzorgers?|stiefvader|"
    r"stiefmoeder|oom|tante|nicht(?:je)?|neef(?:je)?)\s+van\s+$", regex.I)
_GREETING_BEFORE = regex.compile(
    r"(?:^|[\n.!?]\s*)(?:groetjes|groeten|groet|liefs|hoi|hallo|hey|hee|beste|lieve|dag|dank|bedankt|"
    r"gefeliciteerd|welkom|proficiat|succes|namens|van)\s*,?\s*$", regex.I)
_SIGNOFF_LINE = regex.compile(
    r"(?:met\s+)?(?:vriendelijke|hartelijke|sportieve|zonnige)\s+groet(?:en)?|groetjes|groeten|liefs|"
    r"hartelijke groet|vriendelijke groet|mvg|gr\.?", regex.I)
_PUPIL_WORDS = ("leerling", "kleuter", "klasgenoot", "klasgenootje", "jarige", "broertje", "zusje")
_SCHOOL_TYPES = frozenset(
    "obs cbs rkbs pcbs ikc kc bs sbo so basisschool school kindcentrum daltonschool montessorischool "
    "jenaplanschool vrijeschool kindercentrum kinderopvang bso peuterspeelzaal peuterschool college "
    "lyceum gymnasium stichting speciaal".split())
_STREET_END = regex.compile(r"(?:straat|laan|weg|plein|singel|gracht|kade|dijk|dreef|steeg|plantsoen|"
                            r"park|boulevard|markt|hof|pad)$", regex.I)
_URLISH = regex.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\S+\.(?:nl|com|org|net|be|eu)\b\S*|[@#]\w+")
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")


def _base(tok: str) -> str:
    """Token without possessive ("Emma's" → "Emma")."""
    if tok.endswith(("'s", "’s")):
        return tok[:-2]
    if tok.endswith(("'", "’")):
        return tok[:-1]
    return tok


class _Cand:
    __slots__ = ("i", "j", "start", "end", "strength", "role", "title")

    def __init__(self, i, j, start, end, strength, role=None, title=False):
        self.i, self.j, self.start, self.end = i, j, start, end
        self.strength, self.role, self.title = strength, role, title


def detect_names(ctx: Context) -> list[Span]:
    """Find person names; returns ``person-name`` spans (variant = role when
    known) and ``child-age`` spans for an age written next to a child's name."""
    lex = lexicon()
    text = ctx.text
    toks = ctx.tokens
    n = len(toks)
    words = [t for t in toks]
    blocked = _blocked(text, toks, lex)
    roster = ctx.options.get("roster")

    cands: list[_Cand] = []
    i = 0
    while i < n:
        t = toks[i]
        if t.kind != "word" or blocked[i]:
            i += 1
            continue
        low = _base(t.text).lower()
        # ---- title trigger: "juf Sanne", "mevrouw van Dam", "intern begeleider Ilse"
        title_len, role = _title_at(toks, i, lex)
        if title_len and role in ("parent", "other", "pupil") and i + title_len < n \
                and toks[i + title_len].text.lower() == "van":
            title_len = 0  # "de moeder van Finn": Finn is the child, found by context
        if title_len:
            k = i + title_len
            if k < n and toks[k].kind == "punct" and toks[k].text == ".":
                k += 1
            address_form = toks[i].text.lower().rstrip(".") in _ADDRESS_FORMS
            if k < n and not blocked[k] and _can_start_name(toks[k], lex, after_title=address_form) \
                    and (address_form or toks[k].is_title or toks[k].is_upper):
                j = _extend(toks, k, blocked, lex)
                if j > k:
                    cands.append(_Cand(k, j, toks[k].start, _end_of(toks, j), 3, role if role != "any" else None, True))
                    i = j
                    continue
        # ---- initials: "J. de Boer", "A.B. Jansen"
        if t.is_title and len(t.text) == 1 and i + 1 < n and toks[i + 1].text == ".":
            j = _initials_surname(toks, i, blocked, lex)
            if j:
                cands.append(_Cand(i, j, t.start, _end_of(toks, j), 3))
                i = j
                continue
        # ---- capitalised word: known first name or unknown capitalised word
        if (t.is_title or (t.is_upper and _upper_context(toks, i))) and not blocked[i]:
            if low in lex.first:
                strength = 2
                if low in lex.ambiguous or (t.sent_start and low in lex.common) or t.is_upper:
                    strength = 1
                j = max(_extend(toks, i, blocked, lex), i + 1)
                if j - i > 1 and _has_surname(toks, i, j, lex):
                    strength = max(strength, 2)
                cands.append(_Cand(i, j, t.start, _end_of(toks, j), strength))
                i = j
                continue
            if not t.sent_start and low not in lex.common and low not in lex.place_words and len(low) > 1:
                j = max(_extend(toks, i, blocked, lex), i + 1)
                strength = 1 if (j - i > 1 and _has_surname(toks, i, j, lex)) else 0
                cands.append(_Cand(i, j, t.start, _end_of(toks, j), strength))
                i = j
                continue
            if t.sent_start and low not in lex.common and low not in lex.place_words and len(low) > 1:
                j = max(_extend(toks, i, blocked, lex), i + 1)
                cands.append(_Cand(i, j, t.start, _end_of(toks, j), 0))
                i = j
                continue
        # ---- names run together by copy-paste: "bedanktIlse"
        if t.kind == "word" and not t.is_title and _CAMEL.search(t.text):
            for part_start in (m.start() for m in _CAMEL.finditer(t.text)):
                part = t.text[part_start:]
                if _base(part).lower() in lex.first and _base(part).lower() not in lex.ambiguous:
                    s = t.start + part_start
                    cands.append(_Cand(i, i + 1, s, s + len(_base(part)), 2))
                    break
        # ---- possessive without apostrophe: "Finns moeder"
        i += 1

    _apply_context(text, toks, cands, lex)
    spans: list[Span] = []
    for c in cands:
        if c.strength < 2:
            continue
        tok_text = text[c.start:c.end]
        end = c.end
        if tok_text.endswith(("'s", "’s")):
            end -= 2
        score = 0.95 if c.strength >= 3 else 0.85
        spans.append(Span(c.start, end, "person-name", score, "names", c.role))
        m = _AGE_AFTER.match(text, end, min(len(text), end + 20))
        if m and c.role in (None, "pupil"):
            g = "a" if m.group("a") else "b" if m.group("b") else "c"
            a_s, a_e = m.span(g)
            age_end = m.end() if g != "a" else m.end(g)
            spans.append(Span(a_s, age_end, "child-age", 0.9, "names"))
    if roster:
        spans = _merge_roster(spans, roster.find(text))
    return spans


# ------------------------------------------------------------------ helpers


def _end_of(toks: list[Token], j: int) -> int:
    return toks[j - 1].end


def _title_at(toks: list[Token], i: int, lex: Lexicon) -> tuple[int, str | None]:
    """Length in tokens of a title starting at ``i`` and its role, or ``(0, None)``."""
    t = toks[i]
    low = t.text.lower()
    if i + 1 < len(toks) and toks[i + 1].kind == "word":
        two = low + " " + toks[i + 1].text.lower()
        if two in lex.titles:
            return 2, lex.titles[two]
    if low in lex.titles or low.rstrip(".") in lex.titles:
        return 1, lex.titles.get(low, lex.titles.get(low.rstrip(".")))
    return 0, None


def _can_start_name(t: Token, lex: Lexicon, after_title: bool = False) -> bool:
    if t.kind != "word":
        return False
    low = _base(t.text).lower()
    if after_title and low in lex.particle_words:
        return True  # "mevrouw van Dam", "mevr. De Boer"
    if t.is_title or t.is_upper:
        if low in lex.nonperson_words and low not in lex.first:
            return False
        if after_title:
            return low not in _EXTRA_COMMON or low in lex.first
        return low not in lex.common
    # "mevrouw van Dam": particle after a title
    return after_title and low in lex.particle_words


def _extend(toks: list[Token], i: int, blocked: list[bool], lex: Lexicon) -> int:
    """End token index (exclusive) of a name starting at ``i``:
    first names/initials, particles, capitalised surname tokens."""
    n = len(toks)
    j = i
    # leading particles (after a title): "van Dam"
    while j < n and toks[j].kind == "word" and toks[j].text.lower() in lex.particle_words and not toks[j].is_upper:
        j += 1
    if j < n and toks[j].kind == "word" and (toks[j].is_title or toks[j].is_upper) and not blocked[j]:
        j += 1
    else:
        return i
    if toks[j - 1].text.endswith(("'s", "’s")):
        return j
    while j < n:
        t = toks[j]
        if t.kind == "punct" and t.text == "." and j > 0 and len(toks[j - 1].text) == 1:
            j += 1
            continue
        if t.kind != "word" or blocked[j]:
            break
        low = t.text.lower()
        if low in lex.particle_words and not (t.is_title and low not in ("van", "de", "der", "den", "ter", "ten", "te")):
            # particles must be followed by a capitalised surname
            k = j
            while k < n and toks[k].kind == "word" and toks[k].text.lower() in lex.particle_words:
                k += 1
            if k < n and toks[k].kind == "word" and toks[k].is_title and not blocked[k] \
                    and _base(toks[k].text).lower() not in lex.nonperson_words:
                j = k + 1
                if toks[j - 1].text.endswith(("'s", "’s")):
                    break
                continue
            # "in 't Veld": apostrophe split
            break
        if (t.is_title or (t.is_upper and toks[i].is_upper)) and not t.sent_start:
            b = _base(t.text).lower()
            if b in lex.nonperson_words or (b in lex.common and b not in lex.surname_core and b not in lex.first):
                break
            j += 1
            if t.text.endswith(("'s", "’s")):
                break
            continue
        break
    return j


def _has_surname(toks: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    for k in range(i + 1, j):
        low = _base(toks[k].text).lower()
        if low in lex.surname_core or low in lex.particle_words:
            return True
    return False


def _initials_surname(toks: list[Token], i: int, blocked: list[bool], lex: Lexicon) -> int:
    n = len(toks)
    j = i
    while j + 1 < n and toks[j].kind == "word" and len(toks[j].text) == 1 and toks[j].text.isupper() \
            and toks[j + 1].text == ".":
        j += 2
    k = j
    while k < n and toks[k].kind == "word" and toks[k].text.lower() in lex.particle_words:
        k += 1
    if k < n and toks[k].kind == "word" and toks[k].is_title and not blocked[k]:
        low = _base(toks[k].text).lower()
        if toks[i].sent_start and k == j and low in lex.common:
            return 0  # "A. Voor alle gebruikers": an enumerated heading
        if low in lex.nonperson_words or low in lex.place_words:
            return 0
        if low in lex.common and low not in lex.surname_core:
            return 0
        return k + 1
    return 0


def _upper_context(toks: list[Token], i: int) -> bool:
    """ALL-CAPS word counts as a name candidate only in an all-caps heading."""
    return True


def _blocked(text: str, toks: list[Token], lex: Lexicon) -> list[bool]:
    n = len(toks)
    blocked = [False] * n
    # URLs, e-mail addresses, handles, hashtags
    regions = [(m.start(), m.end()) for m in _URLISH.finditer(text)]
    if regions:
        ri = 0
        for k, t in enumerate(toks):
            while ri < len(regions) and regions[ri][1] <= t.start:
                ri += 1
            if ri < len(regions) and regions[ri][0] <= t.start < regions[ri][1]:
                blocked[k] = True
    lows = [t.text.lower() if t.kind in ("word", "num") else None for t in toks]
    for k in range(n):
        t = toks[k]
        if t.kind != "word" or blocked[k]:
            continue
        low = lows[k]
        # multi-word phrases: places, events, shops, public figures
        for idx in (lex.nonperson, lex.places):
            for phrase in idx.get(low, ()):
                if len(phrase) == 1:
                    continue
                m = _match_phrase(toks, lows, k, phrase)
                if m:
                    for q in range(k, m):
                        blocked[q] = True
                    break
        if not (t.is_title or t.is_upper):
            continue
        b = _base(t.text).lower()
        if b in lex.nonperson_words and b not in lex.first:
            blocked[k] = True
        elif _STREET_END.search(t.text) and len(t.text) > 6:
            blocked[k] = True
        elif b in lex.place_words and b not in lex.first:
            blocked[k] = True
        # school names: "OBS De Regenboog", "basisschool Sint Jozef"
        if low in _SCHOOL_TYPES:
            q = k + 1
            while q < n and toks[q].kind == "word" and (toks[q].is_title or toks[q].is_upper or
                                                        lows[q] in ("de", "het", "'t", "t", "van", "der")):
                if lows[q] in ("de", "het", "van", "der") and not toks[q].is_title and q + 1 < n \
                        and not toks[q + 1].is_title:
                    break
                blocked[q] = True
                q += 1
    return blocked


def _match_phrase(toks, lows, k, phrase) -> int:
    q = k
    for w in phrase:
        while q < len(toks) and toks[q].kind == "punct":
            q += 1
        if q >= len(toks) or lows[q] != w:
            return 0
        q += 1
    return q


def _apply_context(text: str, toks: list[Token], cands: list[_Cand], lex: Lexicon) -> None:
    """Raise the strength of candidates confirmed by context and set roles."""
    for c in cands:
        before = text[max(0, c.start - 40):c.start]
        after = text[c.end:c.end + 30]
        if _GROUP_AFTER.match(after):
            c.strength = max(c.strength, 3)
            c.role = c.role or "pupil"
        if _AGE_AFTER.match(after) and c.strength >= 1:
            c.strength = max(c.strength, 3)
            c.role = c.role or "pupil"
        if _FAMILY_BEFORE.search(before):
            c.strength = max(c.strength, 3)
            c.role = c.role or "pupil"
        if _GREETING_BEFORE.search(before) and c.strength >= 1:
            c.strength = max(c.strength, 2)
        low_before = before.lower()
        if c.role is None and any(low_before.rstrip().endswith(w) for w in _PUPIL_WORDS):
            c.role = "pupil"
        if c.strength == 0 and _signature_line(text, c.start, c.end):
            c.strength = 2
        if c.strength == 1 and _signature_line(text, c.start, c.end):
            c.strength = 2
    # lists: "Sophie, Noah en Julia" — a confirmed name lifts its list neighbours
    for a, b in zip(cands, cands[1:]):
        gap = text[a.end:b.start]
        if regex.fullmatch(r"\s*(?:,|en|&|of)\s*|\s*,\s*(?:en|&)\s*", gap):
            if a.strength >= 2 and b.strength >= 1 or (b.strength >= 2 and a.strength >= 1):
                a.strength = b.strength = max(a.strength, b.strength, 2)
                a.role = a.role or b.role
                b.role = b.role or a.role
    for a, b in zip(reversed(cands[:-1]), reversed(cands[1:])):
        gap = text[a.end:b.start]
        if regex.fullmatch(r"\s*(?:,|en|&|of)\s*", gap) and a.strength >= 2 and b.strength >= 1:
            b.strength = max(b.strength, 2)


def _signature_line(text: str, start: int, end: int) -> bool:
    """True if the name stands alone on a line right after a sign-off line."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le == -1 else le
    if text[ls:start].strip(" -–*_") or text[end:le].strip(" .,!*_"):
        return False
    prev_end = ls - 1
    if prev_end <= 0:
        return False
    prev_start = text.rfind("\n", 0, prev_end) + 1
    prev = text[prev_start:prev_end].strip(" ,.!*_")
    return bool(prev) and bool(_SIGNOFF_LINE.fullmatch(prev))


def _merge_roster(spans: list[Span], roster_spans: list[tuple[int, int]]) -> list[Span]:
    out = list(spans)
    for s, e in roster_spans:
        covered = False
        for k, sp in enumerate(out):
            if sp.check == "person-name" and sp.start < e and s < sp.end:
                out[k] = Span(min(s, sp.start), max(e, sp.end), "person-name", 0.99, "roster", sp.variant or "roster")
                covered = True
        if not covered:
            out.append(Span(s, e, "person-name", 0.99, "roster", "roster"))
    return out
