"""Health data about an identifiable person (``health-data``, AVG art. 9).

A sentence that says something about someone's health (ill, in hospital,
operated, pregnant, deceased, a diagnosis such as ADHD or dyslexia, a
broken leg, medication ...) is special-category personal data when the
person can be identified. Identifiable means, in the same sentence:

- a person's name (a ``person-name`` span from :mod:`.names`, with or without a
  title: "Juf Anouk ligt in het ziekenhuis");
- a relation word ("mijn collega", "haar zoon", "de opa van ...") with a name
  in the same or one of the two sentences before, or the sentence after;
- a pronoun ("ze", "hij", "haar") with a name in one of the two sentences
  before, in the same paragraph ("Juf Merel gaat met verlof. Ze is zwanger.");
- a role only one person has at a school ("onze directeur", "de conciërge",
  "de juf van groep 5").

Each such sentence gives ONE finding that covers the health phrase (from the
first to the last health word, with the verb before it and a short
complement after it: "heeft diabetes type 1", "is allergisch voor pinda's"),
never covering a name. General statements ("twee kinderen met een
notenallergie", "als uw kind ziek is ...", lice in groep 3) are not reported.

Source of the health words: ``socialcheck/data/health_terms.txt`` (written
for this project).
"""

from __future__ import annotations

import bisect
import functools
import itertools

import regex

from .. import data
from ..model import Span
from ..nlp import TokenTable
from .base import Context

_BODY = (r"arm|been|benen|enkel|pols|knie|voet|hand|vinger|teen|tenen|sleutelbeen|neus|rug|heup|schouder|"
         r"elleboog|kaak|rib|ribben|nek|hoofd|oog|ogen|oor|oren")
_INJURY = regex.compile(
    rf"\b(?:(?:zijn|haar|z'n|d'r|mijn|een|de)\s+)?(?:{_BODY})\s+(?:gebroken|gekneusd|verstuikt|verzwikt|ontwricht|"
    rf"bezeerd|geopereerd)\b|\b(?:gebroken|gekneusde|verstuikte|verzwikte|ontwrichte)\s+(?:{_BODY})\b|"
    rf"\b(?:brak|verstuikte|verzwikte|kneusde|bezeerde|ontwrichtte)\s+(?:(?:zijn|haar|z'n|d'r|de|een)\s+)?"
    rf"(?:{_BODY})\b",
    regex.I)
_NOT_COMPOUND = ("inbreuk", "onderbreuk", "doorbreuk", "uitbreuk", "weerbreuk", "dijkbreuk", "contractbreuk",
                 "woordbreuk", "stijlbreuk", "trendbreuk")
#: General statements and procedures: a condition about "your child" or "someone", "bij ziekte", "ziekmelden".
_GENERIC = regex.compile(
    r"\b(?:als|wanneer|indien|mocht|mochten|bij)\b[^.!?]{0,60}\b(?:uw|je|jouw|jullie|een|het)\s+"
    r"(?:kind|kinderen|zoon|dochter|leerling|leerlingen)\b"
    r"|\b(?:als|wanneer|indien|mocht|mochten)\s+(?:er\s+)?(?:iemand|een\s+\p{L}+|niemand)\b"
    r"|(?:^|[,;:]\s*)(?:is|wordt|heeft|voelt)\s+(?:uw|je|jouw|jullie)\s+(?:kind|zoon|dochter)\b"
    r"|\b(?:bij|in\s+geval\s+van|tijdens)\s+(?:ziekte|koorts|griep)\b"
    r"|\b(?:ziek|beter)\s*melden\b|\bziekmelding", regex.I)
_RELATION = regex.compile(
    r"\b(?:mijn|onze|ons|haar|zijn|z'n|hun|jullie|je|jouw|uw|d'r)\s+(?:(?:lieve|oude|jongste|oudste|kleine|"
    r"nieuwe)\s+)?(?:collega|zoon(?:tje)?|dochter(?:tje)?|kind|moeder|vader|mama|papa|man|vrouw|partner|vriend|"
    r"vriendin|opa|oma|broer(?:tje)?|zus(?:je)?|oom|tante|neef|nicht|schoonmoeder|schoonvader|baby|juf|meester|"
    r"buurvrouw|buurman|leerling|klasgeno(?:ot|otje))\b|"
    r"\b(?:de|het)\s+(?:moeder|vader|opa|oma|broer(?:tje)?|zus(?:je)?|ouders|oom|tante|baby)\s+van\b", regex.I)
_UNIQUE_ROLE = regex.compile(
    r"\b(?:onze|de|jullie|ons)\s+(?:directeur|directrice|conciërge|concierge|intern\s+begeleider|ib'er|"
    r"locatieleider|adjunct-directeur)\b|"
    r"\b(?:de|onze|jullie)\s+(?:juf|meester|leerkracht|groepsleerkracht)\s+van\s+(?:groep|klas)\s*\d", regex.I)
_CARE_PROVIDER = regex.compile(r"\p{L}*(?:arts|loog|therapeut|fysio|psychiater|specialist)", regex.I)
_PRONOUN = regex.compile(r"\b(?:hij|zij|ze|hem|haar|zijn|z'n|d'r)\b", regex.I)
_LEAD = frozenset(
    "is was ligt lag zit zat heeft had hebben kreeg krijgt kregen werd wordt gaat ging herstelt herstelde gebruikt "
    "neemt nam moet moest met in het de een aan van nog inmiddels al sinds pas flink flinke ernstig ernstige zwaar "
    "hoge helaas zijn haar z'n eigen thuis na kort liep loopt opgelopen".split())
_LAST_WORD = regex.compile(r"([\p{L}'’]+|\d{1,3}\s+weken)\s+$")
_WEEKS = regex.compile(r"\d{1,3}\s+weken")
_SINCE = regex.compile(r"\b(?:sinds|vanaf|al)\s+[\p{L}\d]+\s+$")
_TRAIL = regex.compile(
    r"(?:\s+type\s+\d|\s+(?:voor|aan)\s+(?:(?:zijn|haar|z'n|d'r|de|het|een)\s+)?[\p{L}'’-]+|"
    r"\s+(?:gekregen|gehad|geconstateerd|vastgesteld|bij\s+zich|thuis\s+ligt|ligt|is|heeft|ingenomen|inneemt))*", regex.I)


class _Terms:
    """The health words of ``health_terms.txt``, matched on tokens (fast: set lookups)."""

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.caps: set[str] = set()
        prefixes, suffixes = [], []
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        for entry in data.word_list("health_terms"):
            if regex.fullmatch(r"[\p{Lu}\d-]+", entry):
                self.caps.add(entry)
            elif " " in entry:
                words = tuple(entry.lower().split())
                self.phrases.setdefault(words[0], []).append(words)
            elif entry.startswith("*"):
                suffixes.append(entry[1:].lower())
            elif entry.endswith("*"):
                prefixes.append(entry[:-1].lower())
            else:
                self.exact.add(entry.lower())
        for v in self.phrases.values():
            v.sort(key=len, reverse=True)
        self.prefixes, self.suffixes = tuple(prefixes), tuple(suffixes)
        self._phrase_firsts = frozenset(self.phrases)
        self._caps_lows = frozenset(c.lower() for c in self.caps)
        self._hits: set[str] = set()  # words known to be (not to be) a health word alone
        self._misses: set[str] = set()

    def hits(self, table: TokenTable, present: set[str] | None = None) -> list[tuple[int, int]]:
        """Character spans of health words and phrases among the word tokens of
        ``table``, in no particular order. A word that starts a phrase of the
        list counts alone only where the phrase does not follow. ``present``:
        ``set(table.lows)``, if the caller has it."""
        lows, kinds = table.lows, table.kinds
        if present is None:
            present = set(lows)
        singles = self._singles(present)
        # a phrase's first word counts only where all the phrase's words are in the text ("in" for
        # "in het gips"): elsewhere no phrase can follow it, and it is no health word alone
        # unless it is in ``singles`` or ``caps`` (and so a key anyway)
        firsts = {w for w in present & self._phrase_firsts if any(present.issuperset(p) for p in self.phrases[w])}
        keys = singles | firsts | (present & self._caps_lows)
        if not keys:
            return []
        texts, starts, ends = table.texts, table.starts, table.ends
        phrases, caps = self.phrases, self.caps
        n = len(kinds)
        out = []
        for k in itertools.compress(range(n), map(keys.__contains__, lows)):
            if kinds[k] != "word":
                continue
            low = lows[k]
            for phrase in phrases.get(low, ()):
                following = [k]  # the word tokens from k on (other tokens in between are skipped)
                q = k + 1
                while q < n and len(following) < len(phrase):
                    if kinds[q] == "word":
                        following.append(q)
                    q += 1
                if tuple(lows[q] for q in following) == phrase:
                    out.append((starts[k], ends[following[-1]]))
                    break
            else:
                if low in singles or texts[k] in caps:
                    out.append((starts[k], ends[k]))
        return out

    def _singles(self, words: set[str]) -> set[str]:
        """The members of ``words`` (lower case) that are a health word on their
        own: listed, or with a listed prefix or suffix. Verdicts are remembered
        per word (up to a bound, for hostile input)."""
        hits, misses = self._hits, self._misses
        found = words & hits
        # (a loop rather than words.difference(hits, misses), which makes a set of the words in
        # misses, nearly all of them, to take them out again)
        for low in [w for w in words if w not in misses and w not in hits]:
            hit = low in self.exact or bool(self.prefixes and low.startswith(self.prefixes)) or bool(
                self.suffixes and low.endswith(self.suffixes) and not low.endswith(_NOT_COMPOUND)
                and any(low.endswith(x) and len(low) > len(x) + 1 for x in self.suffixes))
            if hit:
                found.add(low)
            if len(hits) + len(misses) < 200_000:
                (hits if hit else misses).add(low)
        return found


@functools.cache
def _terms() -> _Terms:
    return _Terms()


_INJURY_TRIGGER = frozenset("gebroken gekneusd verstuikt verzwikt ontwricht bezeerd geopereerd gekneusde verstuikte "
                            "verzwikte ontwrichte brak kneusde bezeerde ontwrichtte".split())
#: The trigger words that hold no other one: a text holds a trigger word exactly when it holds one of these
#: ("gekneusde" holds "gekneusd", "ontwrichtte" holds "ontwricht"), which takes fewer searches of the text.
_INJURY_CORES = tuple(sorted(w for w in _INJURY_TRIGGER if not any(v != w and v in w for v in _INJURY_TRIGGER)))


def _health_hits(ctx: Context) -> list[tuple[int, int, bool]]:
    """All health words of the document as ``(start, end, weak)``, sorted; words
    for care providers ("kinderarts", "psycholoog") are weak: they count only
    in a sentence without a stronger health word."""
    table = ctx.token_table
    present = set(table.lows)
    spans = _terms().hits(table, present)
    if _may_have_injury(ctx, present):
        spans.extend(m.span() for m in _INJURY.finditer(ctx.text))
    text = ctx.text
    return sorted((a, b, _is_care_provider(text[a:b])) for a, b in set(spans))


def _may_have_injury(ctx: Context, present: set[str]) -> bool:
    """Whether ``ctx.lower`` holds one of _INJURY_CORES, the test before
    _INJURY is searched for; or False where it does but _INJURY cannot match
    (which leaves its matches the same).

    Mostly from the tokens, without a search of the text for each word
    (``present``: the tokens in lower case, ``set(table.lows)``). A match of
    _INJURY holds a trigger word between word boundaries: a token that is
    that word, or a part of a token that hyphens or apostrophes join (the
    only characters in a token that are no word characters), next to one of
    them ("ex-gebroken"). Either way the lower-cased text holds one of
    _INJURY_CORES. Unless the trigger holds "ſ" or "İ", which _INJURY takes
    for an "s" and an "i" and ``str.lower`` does not: the text is searched
    the plain way when it holds one."""
    low = ctx.lower
    text = ctx.text
    if "\u0130" in text or "\u017f" in text:
        return any(w in low for w in _INJURY_CORES)
    if not present.isdisjoint(_INJURY_TRIGGER):
        return True
    for joiner in _JOINERS:
        i = low.find(joiner)
        while i != -1:
            if low.startswith(_INJURY_TRIGGERS, i + 1) or low.endswith(_INJURY_TRIGGERS, 0, i):
                return True
            i = low.find(joiner, i + 1)
    return False


#: What joins words into one token (see :mod:`socialcheck.nlp`), and the trigger words in order.
_JOINERS = ("-", "'", "’")
_INJURY_TRIGGERS = tuple(sorted(_INJURY_TRIGGER))


@functools.lru_cache(maxsize=4096)
def _is_care_provider(word: str) -> bool:
    """Is ``word`` a care provider ("kinderarts", "psycholoog")? (Remembered per word.)"""
    return bool(_CARE_PROVIDER.fullmatch(word))


def detect_health(ctx: Context, spans: list[Span]) -> list[Span]:
    """Find health data about an identifiable person.

    Args:
        ctx: the document context.
        spans: spans found so far; the ``person-name`` spans among them are
            the identifiable persons.
    Returns:
        ``health-data`` spans, at most one per sentence per stretch between
        names.
    """
    text = ctx.text
    all_hits = _health_hits(ctx)
    if not all_hits:
        return []
    names = sorted((s.start, s.end) for s in spans if s.check == "person-name")
    sents = ctx.sentences
    sent_starts = [s for s, _e in sents]
    starts = [a for a, _b, _w in all_hits]
    out: list[Span] = []
    # only the sentences that hold a health word (in order)
    for si in sorted({bisect.bisect_right(sent_starts, a) - 1 for a in starts} - {-1}):
        s, e = sents[si]
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if lo == hi:
            continue
        strong = [(a, b) for a, b, weak in all_hits[lo:hi] if not weak]
        hits = strong or [(a, b) for a, b, _w in all_hits[lo:hi]]
        sentence = text[s:e]
        if _GENERIC.search(sentence):
            continue
        in_sent = [n for n in names if n[0] < e and s < n[1]]
        if not (in_sent or _UNIQUE_ROLE.search(sentence) or _near_name(text, sents, si, names, sentence)):
            continue
        out.extend(_phrases(text, s, e, hits, in_sent))
    return out


def _near_name(text: str, sents: list[tuple[int, int]], si: int, names: list[tuple[int, int]],
               sentence: str) -> bool:
    """A relation word or pronoun in the sentence refers to a name nearby."""
    relation = bool(_RELATION.search(sentence))
    pronoun = bool(_PRONOUN.search(sentence))
    if not (relation or pronoun):
        return False
    lo = si
    for _ in range(2):  # two sentences back, within the paragraph
        if lo == 0 or "\n\n" in text[sents[lo - 1][1]:sents[lo][0]]:
            break
        lo -= 1
    hi = si
    if relation and si + 1 < len(sents) and "\n\n" not in text[sents[si][1]:sents[si + 1][0]]:
        hi = si + 1
    a, b = sents[lo][0], sents[hi][1]
    return any(n[0] < b and a < n[1] for n in names)


def _phrases(text: str, s: int, e: int, hits: list[tuple[int, int]], names: list[tuple[int, int]]) -> list[Span]:
    """Merge the health words of one sentence into one span (split only where a
    name stands between them), widened to the verb before and the complement after."""
    groups: list[list[int]] = []
    for a, b in hits:
        if groups and not any(groups[-1][1] <= n[0] and n[1] <= a for n in names):
            groups[-1][1] = max(groups[-1][1], b)
        else:
            groups.append([a, b])
    out = []
    for a, b in groups:
        a = _widen_left(text, s, a, names)
        m = _TRAIL.match(text, b, e)
        if m and m.end() > b and not any(b < n[1] and n[0] < m.end() for n in names):
            b = m.end()
        b = len(text[:b].rstrip(" ,;:"))
        out.append(Span(a, b, "health-data", 0.85, "health"))
    return out


def _widen_left(text: str, s: int, a: int, names: list[tuple[int, int]]) -> int:
    """Move ``a`` left over up to five lead words ("is inmiddels 30 weken", "heeft een")."""
    pos = a
    for _ in range(5):
        m = _LAST_WORD.search(text[max(s, pos - 30):pos])
        if not m:
            break
        word = m.group(1).lower()
        start = pos - len(m.group(0))
        if any(n[0] < pos and start < n[1] for n in names):
            break
        if word in _LEAD or _WEEKS.fullmatch(word):
            pos = start
            continue
        m2 = _SINCE.search(text[max(s, pos - 30):pos])
        if m2 and not any(n[0] < pos and pos - len(m2.group(0)) < n[1] for n in names):
            pos -= len(m2.group(0))  # "sinds vrijdag", "al weken"
            continue
        break
    return pos
