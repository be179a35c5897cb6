"""Person names in Dutch school texts (``person-name``) and a child's age next
to a name (``child-age``).

How it works (no downloadable model, no spaCy):

1. **Word lists** written by this project (:mod:`socialcheck.data`): first
   names, names that are also words, surnames, particles, titles/roles,
   places, capitalised school words that are not persons, frequent words.
2. **Blocking**: tokens inside e-mail addresses, URLs and handles; phrases
   that are places, events, methods, shops, public or fictional figures
   ("Albert Heijn", "Annie M.G. Schmidt"); street and institution names
   ("Anne Frankstraat", "Willem de Zwijgerschool"); the name of a school
   after ``OBS``/``basisschool``/``kindcentrum``; a name after a royal or
   fairy-tale title ("Prins Boris", "koningin Máxima").
3. **Candidates**: runs of name tokens — first names, initials, particles
   (``van der``, ``in 't``), capitalised surnames, hyphenated double names —
   merged into one span. Each candidate gets a strength from its words: a
   title before it (``juf``, ``meester``, ``mevrouw``, ``dhr.``) or initials
   (``J. de Boer``) are strong; a known first name is a name (at the start of
   a sentence only if it is not also a frequent word); a name that is also a
   word (Roos, Merel) is a name mid-sentence; an unknown capitalised word is
   weak.
4. **Context** confirms weak candidates and gives the role (``pupil``,
   ``staff``, ``parent``): "uit groep 5", "(8)", "8 jaar", "de moeder van X",
   "X, de vader van Y", greetings and sign-offs ("Lieve Mila,", "Groetjes,
   Anne"), a name alone on the line under "Met vriendelijke groet," (and the
   role on the line below it), lists ("Sophie, Noah en Julia"), and every
   other mention of a name confirmed elsewhere in the same document
   (``MILA`` in an ALL-CAPS heading, "Daryna" at the start of a sentence).
5. **Special forms**: possessives ("Emma's" → "Emma", "Finns moeder" →
   "Finn"), names run together by copy-paste ("bedanktIlse"), initials used
   as a name in minutes ("PvD/SdR"), ALL-CAPS headings (only known or
   confirmed names count there).

Only candidates of strength 2 or more become findings. Roster names
(``known_names``) are always found.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Final

import regex

from .. import data
from ..model import Span
from ..nlp import ABBREVIATIONS, TokenTable, _kind_of
from .base import Context

# ------------------------------------------------------------------ lexicon


class Lexicon:
    """All word lists the name detector uses, lower-cased, loaded once per process.

    Attributes (all lower case):
        first: first names; ambiguous: first names that are also words.
        common: frequent Dutch words; surname_core: last word of each surname.
        particle_words: single words that occur in particles (van, de, ter, el ...).
        titles: title/role phrase → role (staff, parent, pupil, any).
        places, nonperson: :class:`PhraseIndex` of the multi-word entries.
        place_words, nonperson_words: the one-word entries of those lists.
        phrase_starts: first words of the multi-word places and non-person phrases;
        phrase_pairs: such a first word → the second words its phrases can have → the most
            words in a phrase that starts with those two;
        phrase_longest: the most words in one of those phrases.
        title_starts: first words of the titles; title_pairs: first word of a two-word
            title → its second words.
        triggers: title starts, phrase starts, school types and figure titles.
    """

    def __init__(self) -> None:
        self.first = data.lower_set("first_names")
        self.ambiguous = data.lower_set("first_names_ambiguous")
        self.common = data.lower_set("common_words") | _EXTRA_COMMON
        particles = {p.replace("’", "'") for p in data.lower_set("particles") | _BASE_PARTICLES}
        self.particles = frozenset(particles - _NOT_ALONE)
        self.particle_words = frozenset(p for p in particles if " " not in p and p not in ("'s", "'t"))
        self.particle_starts = frozenset(_PHRASE_TOKEN.findall(p)[0] for p in particles if _PHRASE_TOKEN.findall(p))
        surnames = data.lower_set("surnames")
        self.surnames = surnames
        self.surname_core = frozenset(s.split()[-1] for s in surnames if s)
        self.titles = dict(_BASE_TITLES)
        self.titles.update({k.rstrip("."): v for k, v in data.titles().items()})
        self.places = PhraseIndex(data.word_list("places"))
        self.nonperson = PhraseIndex(data.word_list("non_person_words") | _BASE_NONPERSON)
        self.place_words = self.places.singles
        self.nonperson_words = self.nonperson.singles
        self.phrase_starts = self.places.starts | self.nonperson.starts
        #: first word of a multi-word place/non-person phrase -> the second words it can have -> the most
        #: words in a phrase that starts with those two
        self.phrase_pairs: dict[str, dict[str, int]] = {}
        for idx in (self.places, self.nonperson):
            for first, seconds in idx.pairs.items():
                pairs = self.phrase_pairs.setdefault(first, {})
                for second, most in seconds.items():
                    pairs[second] = max(pairs.get(second, 0), most)
        self.phrase_longest = max(self.places.longest, self.nonperson.longest)
        self.title_starts = frozenset(t.split()[0] for t in self.titles)
        #: first word of a two-word title ("de heer", "intern begeleider") -> its second words
        self.title_pairs: dict[str, set[str]] = {}
        for t in self.titles:
            words = t.split(" ")
            if len(words) == 2:
                self.title_pairs.setdefault(words[0], set()).add(words[1])
        #: lower-case words that make a token worth a look even in lower case
        self.triggers = self.title_starts | self.phrase_starts | _SCHOOL_TYPES | _FIGURE_TITLES
        #: token text -> what its text alone says (see _token_bits)
        self.token_bits: dict[str, int] = {}
        #: per name word: can it recognise other mentions (see _key_word)
        self.key_words: dict[str, bool] = {}


_PHRASE_TOKEN: Final = regex.compile(
    r"[\p{L}\p{M}](?:[\p{L}\p{M}\p{Nd}]|['’](?=\p{L})|-(?=[\p{L}\p{Nd}]))*|\p{Nd}+(?:[.,:/-]\p{Nd}+)*")


class PhraseIndex:
    """Lower-cased phrases split into word tokens (as :func:`socialcheck.nlp.tokenize`
    splits them), indexed for matching at a token position.

    Attributes:
        singles: the one-word phrases.
        starts: first words of the multi-word phrases.
        seconds: first word → the second words of its multi-word phrases.
        pairs: first word → second word → the most words in a phrase that starts with those two.
        longest: the most words in one phrase (0 without multi-word phrases).
    """

    def __init__(self, entries) -> None:
        by_first: dict[str, set[tuple[str, ...]]] = {}
        singles = set()
        for e in entries:
            toks = tuple(_PHRASE_TOKEN.findall(e.lower()))
            if not toks:
                continue
            if len(toks) == 1:
                singles.add(toks[0])
            else:
                by_first.setdefault(toks[0], set()).add(toks)
        self.singles = frozenset(singles)
        self.starts = frozenset(by_first)
        self._multi = {k: frozenset(v) for k, v in by_first.items()}
        self._lengths = {k: tuple(sorted({len(p) for p in v}, reverse=True)) for k, v in by_first.items()}
        self.seconds = {k: frozenset(p[1] for p in v) for k, v in by_first.items()}
        self.pairs: dict[str, dict[str, int]] = {}
        for k, v in by_first.items():
            pairs = self.pairs[k] = {}
            for p in v:
                pairs[p[1]] = max(pairs.get(p[1], 0), len(p))
        self.longest = max((len(p) for v in by_first.values() for p in v), default=0)

    def __contains__(self, words: tuple[str, ...]) -> bool:
        """Is ``words`` (lower-case word tokens) one of the phrases?"""
        if len(words) == 1:
            return words[0] in self.singles
        return bool(words) and words in self._multi.get(words[0], ())

    def lengths(self, word: str) -> tuple[int, ...]:
        """The lengths in words of the multi-word phrases that start with ``word``, longest first."""
        return self._lengths.get(word, ())

    def match_at(self, words: list[str], k: int) -> int:
        """Length in words of the longest multi-word phrase starting at ``words[k]``, or 0."""
        lengths = self._lengths.get(words[k])
        if not lengths:
            return 0
        phrases = self._multi[words[k]]
        for n in lengths:
            if k + n <= len(words) and tuple(words[k:k + n]) in phrases:
                return n
        return 0


@functools.cache
def lexicon() -> Lexicon:
    """The process-wide :class:`Lexicon` (built on first use, ~50 ms)."""
    return Lexicon()


_BASE_PARTICLES: Final = frozenset(
    "van|de|der|den|ter|ten|te|van der|van den|van de|van het|van 't|in 't|in de|in het|op de|op den|"
    "op ten|uit de|uit den|de la|von|le|la|d'|'t|aan de|bij de|onder de|over de|el|al|ben|abou|ait".split("|"))
#: Particles that are also frequent Dutch words: only inside a name run, never alone in lower case.
_NOT_ALONE: Final = frozenset("het al ben bin bou ould abu abou ait ibn bint da do di".split())
_BASE_TITLES: Final = {
    "juf": "staff", "juffrouw": "staff", "meester": "staff", "meneer": "any", "mevrouw": "any",
    "dhr": "any", "mevr": "any", "mw": "any", "mr": "any", "dr": "any", "drs": "any", "ir": "any",
    "ing": "any", "prof": "any", "de heer": "any", "mijnheer": "any",
}
# Words that never start or continue a name even if capitalised.
_EXTRA_COMMON: Final = frozenset(
    "de het een en of maar want dus als dan toen omdat zodat ik jij je hij zij ze wij we u jullie hun haar "
    "zijn mijn ons onze deze dit dat die wat wie waar wanneer hoe waarom vandaag morgen gisteren straks "
    "hoi hallo beste lieve dag dank bedankt groetjes groet liefs welkom ja nee ook nog wel niet geen "
    "alle iedereen allemaal samen groep klas school juf meester ouders kinderen leerlingen team "
    "hoera hiep hoi hai hey hee wow yes super top".split())
_BASE_NONPERSON: Final = frozenset(
    "Sinterklaas|Zwarte Piet|Pieten|Kerstman|Paashaas|Kinderboekenweek|Koningsspelen|Koningsdag|"
    "Pasen|Pinksteren|Kerst|Kerstmis|Carnaval|Ramadan|Suikerfeest|Offerfeest|Halloween|"
    "Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Januari|Februari|Maart|April|Juni|"
    "Juli|September|Oktober|November|December|God|Jezus|Allah|Google|Instagram|Facebook|"
    "WhatsApp|YouTube|TikTok|LinkedIn|Parro|Snappet|Gynzy|Teams|Zoom|Albert Heijn|HEMA|Jumbo|"
    "Nederland|Nederlands|Engels|Duits|Arabisch|Turks|Pools|PvdA|BSN|IBAN|AVG".split("|"))

#: Forms of address after which any capitalised word (even a place or a word) is a name.
_ADDRESS_FORMS: Final = frozenset("juf juffrouw juffie meester meneer mevrouw dhr mevr mw mr dr drs ir ing prof fam familie "
                           "heer mijnheer mejuffrouw invaljuf invalmeester gymjuf gymmeester muziekjuf".split())
#: Royal, religious and fairy-tale titles: the name after them is a public or fictional figure.
_FIGURE_TITLES: Final = frozenset("koning koningin prins prinses kroonprins kroonprinses keizer keizerin sint heilige "
                           "graaf gravin hertog hertogin ridder jonkheer tovenaar heks reus kabouter paus "
                           "minister premier president staatssecretaris kapitein piraat st".split())
#: Greeting words at the start of a sentence; the capitalised word after them is a name.
_GREETINGS: Final = frozenset("lieve beste hoi hallo hai hey hee hoihoi dag goedemorgen goedemiddag goedenavond welkom "
                       "gefeliciteerd proficiat bedankt dankjewel dankuwel sorry hoera".split())
_GREETING_BEFORE: Final = regex.compile(
    r"(?:^|[\n.!?:]\s*|\p{So}\s*)(?:lieve|beste|hoi|hallo|hai|hey|hee|dag|goedemorgen|goedemiddag|welkom|"
    r"gefeliciteerd|proficiat|bedankt|dankjewel|dank\s+je\s+wel|sorry|hoera|groetjes|groeten|groet|liefs|"
    r"kusjes|knuffel|namens|veel\s+liefs|(?:met\s+)?(?:vriendelijke|hartelijke|sportieve|zonnige|lieve)\s+groet(?:en)?)"
    r"\s*,?\s*(?:(?:juf|meester|mevrouw|meneer)\s+)?$", regex.I)
_SIGNOFF_LINE: Final = regex.compile(
    r"(?:met\s+)?(?:(?:vriendelijke|hartelijke|sportieve|zonnige|lieve|warme|fijne|veel)\s+)?"
    r"(?:groet(?:en|jes)?|liefs|dank|kusjes|knuffels)(?:\s+\p{L}+){0,3}|mvg|m\.v\.g\.?|gr\.?|namens(?:\s+\p{L}+){0,4}|"
    r"(?:alvast\s+)?(?:heel\s+)?(?:erg\s+)?bedankt|tot\s+(?:snel|ziens|morgen|dan|volgende\s+week)|xx+|x", regex.I)
_GROUP_AFTER: Final = regex.compile(
    r"\s*(?:\(\s*|[,–-]\s*|\s(?:uit|van|in|zit\s+in|komt\s+in|gaat\s+naar|leerling\s+van|uit\s+de)\s+)"
    r"(?:groep|gr\.?|klas|unit|de\s+klas\s+van|de\s+groep\s+van)\s*\d", regex.I)
_AGE_AFTER: Final = regex.compile(
    r"\s*(?:\(\s*(?P<a>\d{1,2})(?:\s*jaar)?\s*\)|,\s*(?P<b>\d{1,2}\s+jaar)\b|\s(?:is|werd|wordt|was)\s+(?:al\s+|pas\s+|vandaag\s+|"
    r"morgen\s+|zaterdag\s+|zondag\s+|maandag\s+|dinsdag\s+|woensdag\s+|donderdag\s+|vrijdag\s+|alweer\s+)?"
    r"(?P<c>\d{1,2})(?:\s+jaar(?:\s+oud)?)?(?!\s*(?:uur|minuten|euro|keer|procent|%|kilo|km|meter|cm|jaar\s+geleden|jaar\s+lang))"
    r"\b|\s(?P<d>\d{1,2}\s+jaar)(?:\s+(?:oud|geworden))?\b(?!\s+(?:geleden|lang)))", regex.I)


def _may_be_age_after(after: str) -> bool:
    """False if _AGE_AFTER cannot match ``after``: after its white space it needs
    "(", ",", a digit or "is"/"was"/"werd"/"wordt" (in any case; "İ" too). A cheap test first."""
    rest = after.lstrip()   # str.isspace() is true for every character of regex's \s
    if not rest:
        return False
    ch = rest[0]
    return ch in "(,iIİwW" or not ch.isascii() or ch.isdigit()


_AGE_LATER: Final = regex.compile(
    r"[^.!?\n]{0,60}?\b(?:wordt|werd|is|was)\s+(?:(?:al|alweer|pas|vandaag|morgen|straks|deze\s+week|"
    r"volgende\s+week|op\s+\p{L}+|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|net|bijna)\s+){0,2}"
    r"(?P<e>\d{1,2})(?:\s+jaar)?\b"
    r"(?!\s*(?:uur|minuten|euro|keer|procent|%|kilo|km|meter|cm)|\s+jaar\s+(?:geleden|lang)|[.,:]\d)", regex.I)
_AGE_BEFORE: Final = regex.compile(r"(?P<f>\b\d{1,2}-jarige)\s+$", regex.I)


def _may_be_age_later(after: str) -> bool:
    """False if _AGE_LATER cannot match ``after``: it needs "is", "was", "wordt"
    or "werd" in any case (its "i" also matches "İ", its "s" also "ſ"; case-folded,
    those are "i" + U+0307, dropped, and "s"). A cheap test first."""
    folded = after.casefold()
    if not after.isascii():
        folded = folded.replace("\u0307", "")
    return "is" in folded or "was" in folded or "wordt" in folded or "werd" in folded


def _may_be_age_before(before: str) -> bool:
    """False if _AGE_BEFORE cannot match ``before``: it must end in "-jarige" (in
    any case; its "i" also matches "İ") and white space. A cheap test first."""
    tail = before.rstrip()  # str.isspace() is true for every character of regex's \s
    return len(tail) < len(before) and tail[-7:].upper().replace("İ", "I") == "-JARIGE"


_FAMILY_BEFORE: Final = regex.compile(
    r"\b(?:ouders?|moeder|vader|mama|papa|mam|pap|opa|oma|broer(?:tje)?|zus(?:je)?|verzorgers?|stiefvader|"
    r"stiefmoeder|pleegouders?|pleegmoeder|pleegvader|oom|tante|nicht(?:je)?|neef(?:je)?|grootouders|"
    r"juf|meester|mentor|buurvrouw|buurman|vriend(?:je|in|innetje)?|klasgeno(?:ot|otje|ten))\s+van\s+$", regex.I)
_KIN_PARENT: Final = ("ouder", "ouders", "moeder", "vader", "mama", "papa", "mam", "pap", "verzorger", "verzorgers",
               "stiefvader", "stiefmoeder", "pleegouders", "pleegouder", "pleegmoeder", "pleegvader", "broer",
               "broertje", "zus", "zusje", "juf", "meester", "mentor", "klasgenoot", "klasgenootje")
_KIN_APPOSITION_BEFORE: Final = regex.compile(
    r"\b((?i:moeder|vader|mama|papa|ouders?|verzorgers?|opa|oma|stiefmoeder|stiefvader|pleegmoeder|pleegvader|"
    r"juf|meester|leerkracht|mentor))\s+van\s+\p{Lu}[\p{L}'’ -]{0,40},\s*$")
_IS_ROLE_AFTER: Final = regex.compile(
    r"\s(?:is|was|wordt)\s+(?:de|het|onze|ons|een|jullie)?\s*(?:nieuwe\s+|vaste\s+)?(?P<t>\p{L}[\p{L}'’-]*)"
    r"(?:\s+(?:van|in|bij|op)\b|\s*[,.!]|$)", regex.I)
_APPOSITION_AFTER: Final = regex.compile(
    r"\s*(?:,\s*|\(\s*|\s[–-]\s*)(?:de|het|onze|ons|mijn|zijn|haar|hun|jullie|een)?\s*(?:nieuwe\s+|vaste\s+|eigen\s+)?"
    r"(?P<t>\p{L}[\p{L}'’-]*(?:\s+begeleider)?)\s*(?:van|uit|bij|in|op|,|\)|$)", regex.I)
#: One of these (in any case) is in every match of _GREETING_BEFORE.
_GREETING_PARTS: Final = ("lieve", "beste", "hoi", "hallo", "hai", "hey", "hee", "dag", "goedemorgen", "welkom", "gefeliciteerd",
                   "proficiat", "bedankt", "dank", "sorry", "hoera", "groet", "liefs", "kusjes", "knuffel", "namens")


def _may_greet(before: str) -> bool:
    """False if _GREETING_BEFORE cannot match ``before``: a cheap test before
    the search. Case-insensitive as the pattern is (a letter it matches
    case-folds to the pattern's letter, except "İ": "i" + U+0307, dropped)."""
    folded = before.casefold().replace("\u0307", "")
    return any(w in folded for w in _GREETING_PARTS)


#: Last words of the texts that _GREETING_BEFORE and _PUPIL_BEFORE match (a cheap test first).
_GREETING_ENDS: Final = tuple(
    "lieve beste hoi hallo hai hey hee dag goedemorgen goedemiddag welkom gefeliciteerd proficiat bedankt dankjewel "
    "wel sorry hoera groetjes groeten groet liefs kusjes knuffel namens juf meester mevrouw meneer".split())
#: The forms of address _GREETING_BEFORE allows after the greeting ("Hoi juf ...") and its other last words.
_GREETING_TITLES: Final = ("juf", "meester", "mevrouw", "meneer")
_GREETING_WORD_ENDS: Final = tuple(w for w in _GREETING_ENDS if w not in _GREETING_TITLES)
#: The last three letters of each of _GREETING_ENDS (each has three or more).
_GREETING_SUFFIXES: Final = frozenset(w[-3:] for w in _GREETING_ENDS)


def _may_end_in_greeting(b_tail: str) -> bool:
    """False if _GREETING_BEFORE cannot match a text whose lower case without
    white space at the end is ``b_tail``: it must end in a greeting word (and a
    comma), or in one, a comma and a form of address ("hoi juf"). A cheap test."""
    tail = b_tail
    while tail.endswith(","):  # (tail.rstrip(","), without a method call in the usual case)
        tail = tail[:-1]
    if tail[-3:] not in _GREETING_SUFFIXES:
        return False  # (the usual case, found with one set look-up)
    if tail.endswith(_GREETING_WORD_ENDS):
        return True
    for title in _GREETING_TITLES:
        if b_tail.endswith(title):
            rest = b_tail[:-len(title)].rstrip()
            return rest.removesuffix(",").rstrip().endswith(_GREETING_WORD_ENDS)
    return False


_PUPIL_ENDS: Final = tuple("leerling leerlingen kleuter kleuters klasgenoot klasgenootje klasgenoten jarige jarigen "
                    "broertje zusje zoon zoontje dochter dochtertje".split())
#: The last three letters of each of _PUPIL_ENDS (each has three or more).
_PUPIL_SUFFIXES: Final = frozenset(w[-3:] for w in _PUPIL_ENDS)


def _may_end_in_pupil(b_tail: str) -> bool:
    """False if _PUPIL_BEFORE cannot match a text whose lower case without white
    space at the end is ``b_tail``: it must end in one of _PUPIL_ENDS (and colons)."""
    tail = b_tail
    while tail.endswith(":"):
        tail = tail[:-1]
    return tail[-3:] in _PUPIL_SUFFIXES and tail.endswith(_PUPIL_ENDS)


_PUPIL_BEFORE: Final = regex.compile(
    r"(?:leerling(?:en)?|kleuters?|klasgeno(?:ot|otje|ten)|jarigen?|broertje|zusje|zoon(?:tje)?|dochter(?:tje)?|"
    r"onze\s+jarige|onze\s+nieuwe\s+leerling)\s*:?\s*$", regex.I)
_SCHOOL_TYPES: Final = frozenset(
    "obs cbs rkbs pcbs ikc kc bs sbo so basisschool school kindcentrum daltonschool montessorischool "
    "jenaplanschool vrijeschool kindercentrum kinderopvang bso peuterspeelzaal peuterschool college "
    "lyceum gymnasium stichting speciaal kbs ods kindcampus brede".split())
#: Street and institution names: these endings make the whole capitalised run a place.
_STRONG_PLACE_END: Final = tuple(
    "straat laan plein singel gracht steeg plantsoen dreef kade boulevard allee school college lyceum academie "
    "museum kerk stadion ziekenhuis kliniek zwembad bibliotheek theater schouwburg sporthal".split())
_WEAK_PLACE_END: Final = tuple("weg dijk hof pad park markt wal burcht veld hoven poort".split())
#: Where an e-mail address, URL, handle or hashtag is: the whole non-space run around these marks.
#: (Written out case by case, so that every branch starts with a literal and ``re`` can skip
#: to the characters that start one: three times faster than the same pattern with re.I,
#: r"[@#]|://|www\.|\.(?:nl|com|org|net|be|eu|io|info)(?![^\W_])", whose "i" also matches "İ" and "ı".)
_URL_ANCHOR: Final = re.compile(r"@|#|://|w[wW][wW]\.|W[wW][wW]\.|\.(?:[nN][lL]|[cC][oO][mM]|[oO][rR][gG]|[nN][eE][tT]|[bB][eE]"
                         r"|[eE][uU]|[iIİı][oO]|[iIİı][nN][fF][oO])(?![^\W_])")
_CAMEL: Final = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")
#: Initials written with more than one letter: "Th.", "Chr.", "Ph." (no vowel after the capital).
_ABBREV_INITIAL: Final = regex.compile(r"\p{Lu}[bcdfghjklmnpqrstvwxz]{1,2}")
_MINUTE_INITIALS: Final = regex.compile(r"\p{Lu}(?:v|vd|vdr|vh|d|dl|t|te|vt)\p{Lu}")
#: Names that are also singular count nouns (flowers, trees, animals, things): without an article at the
#: start of a sentence and followed by a verb they are a name ("Merel las", "Beer kreeg").
_COUNT_NOUN_NAMES: Final = frozenset("aster berk dahlia iris linde lotus madelief margriet peer robijn roos roosje violet "
                              "arend beer dino lama mees merel wolf engel sultan tuba trui wiel".split())


def _is_abbrev_initial(word: str) -> bool:
    """``_ABBREV_INITIAL.fullmatch(word)``, with a cheap length test first."""
    return 2 <= len(word) <= 3 and bool(_ABBREV_INITIAL.fullmatch(word))


def _is_minute_initials(word: str) -> bool:
    """``_MINUTE_INITIALS.fullmatch(word)``, with a cheap test first (3 to 5
    characters, the second one of v, d, t)."""
    return 3 <= len(word) <= 5 and word[1] in "vdt" and bool(_MINUTE_INITIALS.fullmatch(word))


def _has_camel(word: str) -> bool:
    """``_CAMEL.search(word)``: a lower-case letter followed by an upper-case one
    and a lower-case one. An ASCII word without a capital after its first
    letter has none (the common case, tested without the regular expression)."""
    if word.isascii() and word[1:].lower() == word[1:]:
        return False
    return bool(_CAMEL.search(word))


_LOCATIVE: Final = frozenset("in uit naar te richting nabij".split())
_ARTICLES: Final = frozenset("het een deze dit elke iedere".split())
_DETERMINERS: Final = frozenset("de het een deze die dit dat elke iedere welke zo'n".split())


def _base(tok: str) -> str:
    """Token without possessive ("Emma's" → "Emma")."""
    if tok.endswith("'s") or tok.endswith("’s"):  # (endswith with one string is cheaper in compiled code)
        return tok[:-2]
    if tok.endswith("'") or tok.endswith("’"):
        return tok[:-1]
    return tok


class _Cand:
    """A name candidate over tokens ``[i, j)`` and characters ``[start, end)``."""

    __slots__ = ("i", "j", "start", "end", "strength", "role", "keys", "propagated")

    def __init__(self, i: int, j: int, start: int, end: int, strength: int, role: str | None = None) -> None:
        self.i, self.j, self.start, self.end = i, j, start, end
        self.strength, self.role = strength, role
        self.keys: tuple[str, ...] = ()
        self.propagated = False

    def lift(self, strength: int, role: str | None = None) -> None:
        self.strength = max(self.strength, strength)
        if role and role != "any" and not self.role:
            self.role = role


class _Doc:
    """Per-text arrays shared by the steps below; index ``k`` is token ``k``.

    Attributes:
        texts, starts, ends, kinds, sent: the tokens (:class:`~socialcheck.nlp.TokenTable`).
        low: the token texts lower-cased; base: ``low`` without a possessive ("emma's" → "emma").
        title, upper, cap: a capitalised word (``Sanne``), an ALL-CAPS word of two or more
            characters (``SANNE``), either of the two.
        mixed: a word that is not all lower case (so for a word token, ``not mixed[k]`` is
            ``texts[k].islower()``).
        todo: indices of the tokens :func:`_candidates` looks at, in order, and ``shapes``
            their shape bits (see _word_shape).
        block_todo: indices of the tokens :func:`_blocked` looks at (after phrases), in order.
        phrase_at: indices of the tokens that can start a multi-word place or non-person phrase.
        caps_line: the token's line is an ALL-CAPS heading.
        blocked: the token may never be part of a person's name.
    """

    def __init__(self, text: str, table: TokenTable, lex: Lexicon):
        self.text, self.lex = text, lex
        texts, starts, kinds = table.texts, table.starts, table.kinds
        self.texts, self.starts, self.ends, self.kinds, self.sent = texts, starts, table.ends, kinds, table.sent
        self.n = n = len(texts)
        self.low = low = table.lows
        base = low  # the same list until a possessive needs an entry of its own
        for m in _APOSTROPHE.finditer(text) if "'" in text or "’" in text else ():
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and kinds[k] == "word" and m.start() < table.ends[k]:
                if base is low:
                    base = list(low)
                base[k] = _base(low[k])
        self.base = base
        # One pass over the tokens, with one look-up per token of what its text alone says
        # (_token_bits; most tokens are lower-case words and punctuation that say nothing).
        title, upper, cap, mixed = [False] * n, [False] * n, [False] * n, [False] * n
        ups: list[int] = []  # the ALL-CAPS words, in order
        todo: list[int] = []
        shapes: list[int] = []
        block_todo: list[int] = []
        phrase_at: list[int] = []
        known = lex.token_bits
        for k in range(n):
            bits = known.get(texts[k], -1)
            if bits < 0:
                bits = _token_bits(lex, texts[k], low[k])
            if not bits:
                continue
            if bits & _T_MIXED:
                mixed[k] = True
                if bits & _T_UPPER:
                    upper[k] = cap[k] = True  # Token.is_upper
                    ups.append(k)
                elif bits & _T_TITLE:
                    title[k] = cap[k] = True  # Token.is_title ("Sanne", "J")
            if bits & _T_TODO:
                todo.append(k)
                shapes.append(bits & _SHAPE_BITS)
            if bits & _T_BLOCK_TODO:
                block_todo.append(k)
            if bits & _T_PHRASE:
                phrase_at.append(k)
        self.title, self.upper, self.cap, self.mixed = title, upper, cap, mixed
        self.todo, self.shapes, self.block_todo, self.phrase_at = todo, shapes, block_todo, phrase_at
        self.caps_line = _caps_lines(self, ups)
        self.blocked = _blocked(self)
        #: (candidates, their number, groups) of the last _list_groups call
        self.list_groups: tuple[list[_Cand], int, list[list[_Cand]]] | None = None

    def is_cap(self, k: int) -> bool:
        """Capitalised like a name: ``Sanne``, or ``SANNE`` in an ALL-CAPS line."""
        if not self.cap[k]:
            return False
        if self.upper[k]:
            return self.caps_line[k] or (len(self.texts[k]) >= 4 and self.base[k] in self.lex.first
                                         and self.base[k] not in self.lex.ambiguous
                                         and self.base[k] not in self.lex.common)
        return True

    def word(self, k: int) -> bool:
        return 0 <= k < self.n and self.kinds[k] == "word"

    def starts_sentence(self, k: int) -> bool:
        return self.sent[k] or self.caps_line[k]


_APOSTROPHE: Final = re.compile(r"['’]")
#: The characters for which ``str.isspace()`` is true.
_SPACES: Final = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                           "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")

# Bits of a token's text (_token_bits). The low bits are its shape (_word_shape).
_SHAPE_BITS: Final = 127
_T_MIXED: Final = 128  # a word token (its kind from its first character, see nlp.scan) not all lower case
_T_TITLE: Final = 256  # a mixed word that is capitalised ("Sanne") or one capital ("J")
_T_UPPER: Final = 512  # a mixed word of two or more characters in ALL CAPS ("SANNE")
_T_TODO: Final = 1024  # _candidates looks at it: a mixed word whose shape is not _INERT, or a title's first word
_T_BLOCK_TODO: Final = 2048  # _blocked looks at it: capitalised and not _inert_block, or a school type or figure title
_T_PHRASE: Final = 4096  # the first word of a multi-word place or non-person phrase (lex.phrase_pairs)


def _token_bits(lex: Lexicon, tx: str, low: str) -> int:
    """What the token text ``tx`` alone says (the ``_T_`` bits and its shape),
    remembered in ``lex.token_bits`` (up to a bound, for hostile input). ``low``: its lower case."""
    bits = 0
    if _kind_of(tx[0]) == "word" and not tx.islower():
        bits |= _T_MIXED
        if tx.isupper():
            bits |= _T_UPPER if len(tx) > 1 else _T_TITLE
        elif tx[0].isupper():
            bits |= _T_TITLE
    title_start = low in lex.title_starts
    if bits & _T_MIXED or title_start:
        shape = _word_shape(lex, tx, low)
        if not shape & _INERT:
            bits |= shape | _T_TODO
    if bits & (_T_TITLE | _T_UPPER) and not _inert_block(lex, low) or low in _SCHOOL_OR_FIGURE:
        bits |= _T_BLOCK_TODO
    if low in lex.phrase_pairs:
        bits |= _T_PHRASE
    if len(lex.token_bits) < 100_000:
        lex.token_bits[tx] = bits
    return bits


def detect_names(ctx: Context) -> list[Span]:
    """Find person names; returns ``person-name`` spans (variant = ``pupil``,
    ``staff`` or ``parent`` when the context says so, ``roster`` for a roster
    name without other role) and ``child-age`` spans for a child's age written
    next to the name ("Lotte (8)", "Mila is 7 jaar", "Tobias wordt zaterdag 7").
    Spans may overlap each other only across checks."""
    lex = lexicon()
    doc = _Doc(ctx.text, ctx.token_table, lex)
    cands = _candidates(doc)
    _apply_context(doc, cands)
    _apply_lists(doc, cands)
    _propagate(doc, cands)
    _apply_lists(doc, cands)
    spans = _to_spans(doc, cands)
    roster = ctx.options.get("roster")
    if roster:
        spans = _merge_roster(spans, roster.find(ctx.text))
    return spans


# ------------------------------------------------------------------ candidates


def _candidates(doc: _Doc) -> list[_Cand]:
    lex, blocked, n = doc.lex, doc.blocked, doc.n
    texts, starts, ends, kinds, low_of = doc.texts, doc.starts, doc.ends, doc.kinds, doc.low
    cands: list[_Cand] = []
    minutes = None  # does the text use initials as names ("PvD")? Looked at when first needed.
    titles, title_pairs = lex.titles, lex.title_pairs
    # An ordinary lower-case word starts nothing: visit the other words and the title words only,
    # and of those not the words that start nothing in any context (doc.todo, with their shapes).
    todo, shapes = doc.todo, doc.shapes
    i = 0  # the first token not yet part of a candidate
    for t in range(len(todo)):
        i0 = todo[t]
        if i0 < i or blocked[i0] or kinds[i0] != "word":
            continue
        i = i0
        shape = shapes[t]
        low, base = low_of[i], doc.base[i]
        # ---- greeting word before a capitalised word: "Lieve Mila," — not part of the name
        if low in _GREETINGS and doc.starts_sentence(i) and i + 1 < n and doc.is_cap(i + 1) \
                and not _is_particle_run(doc, i + 1):
            continue
        # ---- title: "juf Sanne", "mevrouw van Dam", "Dr. A.B. Visser", "intern begeleider Ilse"
        if low in titles or low in title_pairs and i + 1 < n and kinds[i + 1] == "word" \
                and low_of[i + 1] in title_pairs[low]:
            k, role, address = _title_run(doc, i)
            if k > i:
                c = _after_title(doc, k, role, address)
                if c is not None:
                    cands.append(c)
                    i = c.j
                    continue
        if shape & _TITLE_ONLY:
            continue  # a word that may start a title and nothing else ("De" of "De heer")
        # ---- initials: "J. de Boer", "P.J. van Dongen", "Th. Bakker"
        if shape & _INITIAL and doc.cap[i] and i + 1 < n and texts[i + 1] == ".":
            j = _initials_surname(doc, i)
            if j:
                cands.append(_Cand(i, j, starts[i], ends[j - 1], 3))
                i = j
                continue
        # ---- initials used as a name in minutes: "PvD", "SdR", "JvdB"; then also "- RW: ..."
        if minutes is None and shape & _OWNER:
            # (every word with initials like "PvD" has that shape, and is one that _candidates visits)
            minutes = any(s & _MINUTES_NAME for s in shapes)
        if (shape & _MINUTES_NAME or shape & _OWNER and minutes and _minute_owner(doc, i)) \
                and base not in lex.nonperson_words:
            cands.append(_Cand(i, i + 1, starts[i], ends[i], 2))
            i += 1
            continue
        # ---- possessive without apostrophe: "Finns moeder"
        if shape & _POSSESSIVE and doc.word(i + 1) and not doc.mixed[i + 1]:  # (texts[i + 1].islower())
            cands.append(_Cand(i, i + 1, starts[i], ends[i] - 1, 2))
            i += 1
            continue
        # ---- names run together by copy-paste: "bedanktIlse", "SanneVermeulen"
        if shape & _CAMEL_NAME:
            c = _camel_candidate(doc, i)
            if c is not None:
                cands.append(c)
                i += 1
                continue
        # ---- capitalised word(s) (doc.is_cap(i), called only for an ALL-CAPS word)
        if doc.cap[i] and (not doc.upper[i] or doc.is_cap(i)):
            c = _cap_candidate(doc, i)
            if c is not None:
                cands.append(c)
                i = c.j
                continue
    return cands


# Bits of a word's shape (_word_shape): what its text alone allows in _candidates.
_INERT: Final = 1  # starts no candidate, whatever stands around it
_INITIAL: Final = 2  # an initial: "J", "Th"
_MINUTES_NAME: Final = 4  # initials used as a name in minutes: "PvD"
_OWNER: Final = 8  # 2-3 capitals, may own an action point in minutes: "RW"
_POSSESSIVE: Final = 16  # a first name with a possessive s: "Finns"
_CAMEL_NAME: Final = 32  # names run together: "bedanktIlse"
_TITLE_ONLY: Final = 64  # starts a title ("De heer", "Moeder van"), else as _INERT: no candidate of its own


def _word_shape(lex: Lexicon, tx: str, low: str) -> int:
    """The shape bits of the word ``tx`` (``low``: its lower case). ``_INERT``:
    the word is no title or initial, has none of the other shapes, and
    :func:`_cap_candidate` rejects it for its text alone (a place, a
    non-person word, a frequent word that is no first name or surname).
    ``_TITLE_ONLY``: the same, but the word starts a title."""
    base = _base(low) if "'" in low or "’" in low else low
    up = tx.isupper()
    title = tx[0].isupper() and (not up or len(tx) == 1)
    shape = 0
    if len(tx) == 1 or _is_abbrev_initial(tx):
        shape |= _INITIAL
    if _is_minute_initials(tx):
        shape |= _MINUTES_NAME
    if 2 <= len(tx) <= 3 and up and tx.isalpha():
        shape |= _OWNER
    if title and low.endswith("s") and len(low) > 3 and low[:-1] in lex.first \
            and low[:-1] not in lex.ambiguous and low not in lex.first and low not in lex.common \
            and low not in lex.surname_core and low not in lex.place_words:
        shape |= _POSSESSIVE
    if base not in lex.nonperson_words and base not in lex.first and base not in lex.surname_core \
            and _has_camel(tx):
        shape |= _CAMEL_NAME
    is_first = base in lex.first
    if not is_first and "-" in base:
        parts = base.split("-")
        is_first = parts[0] in lex.first and parts[0] not in lex.ambiguous and tx.split("-")[-1][:1].isupper()
    if not shape and (len(base) < 2 or base in lex.nonperson_words or base in lex.place_words and not is_first
                      or base in lex.common and not is_first and base not in lex.surname_core):
        shape = _TITLE_ONLY if low in lex.title_starts else _INERT
    return shape


def _minute_owner(doc: _Doc, i: int) -> bool:
    """An ALL-CAPS 2-3 letter token owning an action point in minutes:
    "- RW: brief aan ..." or "PvD/RW:" (only in texts that use initials as names)."""
    texts, kinds = doc.texts, doc.kinds
    tx = texts[i]
    if not (2 <= len(tx) <= 3 and tx.isupper() and tx.isalpha()):
        return False
    if doc.base[i] in doc.lex.common or doc.base[i] in doc.lex.nonperson_words:
        return False
    nxt = texts[i + 1] if i + 1 < doc.n else ""
    if nxt not in (":", "/"):
        return False
    if i == 0 or kinds[i - 1] == "nl":
        return True
    if kinds[i - 1] == "punct" and texts[i - 1] in "-•*–/" and (i < 2 or kinds[i - 2] in ("nl", "word")):
        return True
    return False


def _title_run(doc: _Doc, i: int) -> tuple[int, str | None, bool]:
    """Skip titles starting at ``i`` ("mevrouw dr.", "Prof. Dr.", "intern begeleider");
    return (index after them, role, whether one was a form of address)."""
    kinds, lows, n, lex = doc.kinds, doc.low, doc.n, doc.lex
    titles, title_pairs = lex.titles, lex.title_pairs
    k, role, address = i, None, False
    while k < n and kinds[k] == "word":
        low = lows[k]
        if low in title_pairs and k + 1 < n and kinds[k + 1] == "word" and lows[k + 1] in title_pairs[low]:
            step, r = 2, titles[f"{low} {lows[k + 1]}"]
        elif low in titles:
            step, r = 1, titles[low]
        else:
            break
        if doc.upper[k] and not doc.caps_line[k] and low not in ("dr", "dhr", "mw", "mr", "ir"):
            break  # "IB" alone in a sentence is an abbreviation, not a title
        if low in _ADDRESS_FORMS:
            address = True
        if r != "any" or role is None:
            role = r if r != "any" else role
        k += step
        if k < n and doc.texts[k] == "." and (low in ABBREVIATIONS or low in _ADDRESS_FORMS):
            k += 1  # "dhr.", "Dr.", "fam." — but "zijn moeder. Hiba ..." is a new sentence
    return k, role, address


def _after_title(doc: _Doc, k: int, role: str | None, address: bool) -> _Cand | None:
    """The name after a title at token ``k``, or None."""
    texts, lex, blocked = doc.texts, doc.lex, doc.blocked
    if k >= doc.n or blocked[k] or doc.kinds[k] != "word":
        return None
    tx, start = texts[k], doc.starts[k]
    low = doc.base[k]
    # "de moeder van Finn": Finn is the child, found by context
    if role in ("parent", "pupil") and low == "van" and not address:
        return None
    if (doc.low[k] in lex.particle_starts or doc.low[k] in _NOT_ALONE) and _is_particle_run(doc, k):
        if not address:
            return None  # "directeur van de Spoorwegen"
        j = _extend(doc, k)
        return _Cand(k, j, start, doc.ends[j - 1], 3, role) if j > k else None
    if doc.cap[k] and k + 1 < doc.n and texts[k + 1] == "." and (len(tx) == 1 or _is_abbrev_initial(tx)):
        j = _initials_surname(doc, k)
        if j:
            return _Cand(k, j, start, doc.ends[j - 1], 3, role)
    if doc.cap[k]:
        if low in lex.nonperson_words and low not in lex.first:
            return None
        if not address and low in lex.common and low not in lex.first and low not in lex.surname_core:
            return None  # "collega Groep 7", "moeder Natuur"
        if address and (low in _EXTRA_COMMON or low in lex.common and low not in lex.first
                        and low not in lex.surname_core):
            return None  # "juf. Na de pauze"
        j = _extend(doc, k)
        return _Cand(k, j, start, doc.ends[j - 1], 3, role)
    # informal lower case after juf/meester: "juf sanne"
    if address and role == "staff" and low in lex.first and low not in lex.ambiguous and low not in lex.common:
        return _Cand(k, k + 1, start, doc.ends[k], 2, role)
    return None


_PRONOUNS: Final = frozenset("je jij u ik we wij ze zij hij het jullie hen hun ons mij me jou".split())


def _cap_candidate(doc: _Doc, i: int) -> _Cand | None:
    """A candidate starting at the capitalised word ``i`` with its lexical strength."""
    texts, kinds, lex = doc.texts, doc.kinds, doc.lex
    base = doc.base[i]
    if len(base) < 2 or base in lex.nonperson_words:
        return None
    sent_start = doc.sent[i] or doc.caps_line[i]  # doc.starts_sentence(i)
    is_first = base in lex.first
    if not is_first and "-" in base:  # "Jan-Willem", "Anne-Sophie", "Jan-Onbekend"
        parts = base.split("-")
        is_first = parts[0] in lex.first and parts[0] not in lex.ambiguous and texts[i].split("-")[-1][:1].isupper()
    if base in lex.place_words and not is_first:
        return None
    if base in lex.common and not is_first and base not in lex.surname_core:
        return None
    if sent_start and base in lex.common and not is_first:
        return None
    if doc.low[i] in lex.particle_words and not _is_particle_run(doc, i):
        return None
    j = _extend(doc, i)
    if j <= i:
        return None
    end = doc.ends[j - 1]
    multi = j - i > 1
    surname_evidence = multi and _surname_evidence(doc, i, j)
    if is_first and base not in lex.ambiguous:
        strength = 1 if (sent_start and base in lex.common) else 2
    elif is_first:  # a name that is also a word: Roos, Merel, Storm, Ben
        prev = doc.low[i - 1] if i > 0 and kinds[i - 1] == "word" else ""
        if prev in _DETERMINERS:
            strength = 0
        elif sent_start:
            strength = 1 if base in lex.common else 2
            # verb-first question or imperative: "Wil je ...", "Ben jij ...", "Toon ze ..."
            if j == i + 1 and doc.word(j) and doc.low[j] in _PRONOUNS:
                strength = 0
            # a singular count noun needs an article: "Merel las ..." is a girl, "De merel zong" a bird
            if strength == 1 and base in _COUNT_NOUN_NAMES and j == i + 1 and doc.word(j) \
                    and not doc.mixed[j] and doc.low[j] not in ("en", "of"):
                strength = 2
        else:
            strength = 2
    elif _is_particle_run(doc, i):  # "Van Dongen" alone
        strength = 1
    elif base in lex.surname_core:
        strength = 1
    else:
        strength = 0
    if surname_evidence:
        strength = max(strength, 2 if not sent_start or is_first or _has_particle(doc, i, j) else 1)
    elif multi and strength == 0 and not sent_start:
        strength = 1
    if doc.upper[i] and not is_first:
        strength = min(strength, 1)
    prev = doc.low[i - 1] if i > 0 and kinds[i - 1] == "word" else ""
    if prev in _DETERMINERS and (not is_first or prev in _ARTICLES):
        strength = 0  # "de Vliegende Hollander", "het Rode Kruis", "een Concorde"
    if is_first and base in lex.place_words and prev in _LOCATIVE:
        strength = 0  # "in Peer", "naar Brecht"
    return _Cand(i, j, doc.starts[i], end, strength)


def _camel_candidate(doc: _Doc, i: int) -> _Cand | None:
    tx, start = doc.texts[i], doc.starts[i]
    lex = doc.lex
    cuts = [0] + [m.start() for m in _CAMEL.finditer(tx)] + [len(tx)]
    parts = [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1)]
    for k, (a, b) in enumerate(parts):
        part = _base(tx[a:b]).lower()
        if part in lex.first and part not in lex.ambiguous and len(part) >= 3 and tx[a].isupper():
            end = b
            for a2, b2 in parts[k + 1:]:
                if tx[a2].isupper():
                    end = b2
                else:
                    break
            seg = tx[a:end]
            end -= len(seg) - len(_base(seg))
            return _Cand(i, i + 1, start + a, start + end, 2)
    return None


def _is_particle_run(doc: _Doc, k: int, inside: bool = False) -> bool:
    """True if a particle phrase starts at ``k`` and a capitalised surname
    follows ("van der Berg", "in 't Veld", "El Amrani"); a place after the
    particle counts only when the whole is a known surname ("van Dongen")."""
    if k < doc.n and doc.low[k] not in doc.lex.particle_starts and doc.low[k] not in _NOT_ALONE:
        return False  # what _skip_particles finds first
    q = _skip_particles(doc, k, inside)
    if q <= k or q >= doc.n or doc.kinds[q] != "word" or not doc.title[q] or doc.blocked[q]:
        return False
    b = doc.base[q]
    lex = doc.lex
    if b in lex.nonperson_words or b in _EXTRA_COMMON:
        return False
    if b in lex.place_words and b not in lex.surname_core:
        return False
    if b in lex.common and b not in lex.surname_core and b not in lex.first:
        return False
    return True


def _skip_particles(doc: _Doc, k: int, inside: bool = False) -> int:
    """Index after the longest particle phrase starting at ``k`` ("van der",
    "in 't", "Van", "El"), or ``k``. Particles that are also frequent words
    (al, ben, het ...) count only ``inside`` a name or when capitalised."""
    kinds, lex = doc.kinds, doc.lex
    if k >= doc.n or kinds[k] != "word" or doc.sent[k] and not doc.title[k]:
        return k
    if doc.low[k] not in lex.particle_starts and doc.low[k] not in _NOT_ALONE:
        return k
    best = k
    q = k
    while q < doc.n and q - k < 5:
        kind = kinds[q]
        if kind == "nl" or (q > k and doc.title[q]) or kind == "num":
            break
        if kind == "punct" and doc.texts[q] not in "'’":
            break
        phrase = " ".join(doc.text[doc.starts[k]:doc.ends[q]].lower().replace("’", "'").split())
        phrase = phrase.replace(" '", " '")
        if kind == "word" and (phrase in lex.particles or
                               ((inside or doc.title[k]) and phrase in _NOT_ALONE and q == k)):
            best = q + 1
        q += 1
    return best


def _extend(doc: _Doc, i: int) -> int:
    """End token index (exclusive) of the name starting at ``i``: first
    names, initials, particles and capitalised surnames, as one run."""
    texts, kinds, lex, blocked, n = doc.texts, doc.kinds, doc.lex, doc.blocked, doc.n
    j = i
    particle_starts = lex.particle_starts
    if (doc.low[j] in particle_starts or doc.low[j] in _NOT_ALONE) and _is_particle_run(doc, j):
        j = _skip_particles(doc, j)
    if j >= n or kinds[j] != "word" or blocked[j] or not (doc.title[j] or doc.upper[j]):
        return i
    j += 1
    if _possessive(texts[j - 1]):
        return j
    first_upper = doc.upper[i]
    while j < n:
        tx = texts[j]
        if kinds[j] != "word" or blocked[j] or doc.sent[j]:
            # "Jens K." : an initial after a first name
            if kinds[j] == "punct" and tx == "." and len(texts[j - 1]) == 1 and texts[j - 1].isupper():
                j += 1
                continue
            break
        low = doc.low[j]
        if not doc.mixed[j] or low in lex.particle_words or low in _NOT_ALONE:  # (not mixed: tx.islower())
            # particles stand between given names/initials and the surname, not after a surname
            # (only a word that can start particles starts a particle run: a cheap test first)
            if (low in particle_starts or low in _NOT_ALONE) and _given_only(doc, i, j) \
                    and _is_particle_run(doc, j, inside=True):
                j = _skip_particles(doc, j, inside=True) + 1
                if _possessive(texts[j - 1]):
                    break
                continue
            break
        if doc.title[j] or (doc.upper[j] and (first_upper or len(tx) == 1)):
            b = doc.base[j]
            if b in lex.nonperson_words and b not in lex.first:
                break
            if b in lex.common and b not in lex.surname_core and b not in lex.first:
                break
            if len(tx) == 1 and not (j + 1 < n and texts[j + 1] == ".") and \
                    doc.word(j + 1) and doc.title[j + 1]:
                break
            j += 1
            if _possessive(tx):
                break
            continue
        break
    return j


def _possessive(tok: str) -> bool:
    """Does ``tok`` end in "'s" or "’s"? (With one string each, cheaper in compiled code than a tuple.)"""
    return tok.endswith("'s") or tok.endswith("’s")


def _given_only(doc: _Doc, i: int, j: int) -> bool:
    """Are the tokens ``(i, j)`` of a name run given names or initials only,
    with no lower-case word from ``i - 1`` on (so that particles may follow)?"""
    first, texts, kinds = doc.lex.first, doc.texts, doc.kinds
    return all(doc.base[q] in first or len(texts[q]) <= 2 or kinds[q] == "punct"
               for q in range(i + 1, j)) and not _has_particle(doc, i - 1, j)


def _surname_evidence(doc: _Doc, i: int, j: int) -> bool:
    """Does the run ``[i, j)`` end in something that looks like a surname: a
    known surname, a capitalised double name ("Berg-Jansen"), or particles
    after a known first name ("Sanne van Wijk")?"""
    lex = doc.lex
    first_known = doc.base[i] in lex.first
    after_particle = False
    for k in range(i + 1, j):
        if doc.kinds[k] != "word":
            continue
        tx = doc.texts[k]
        b = doc.base[k]
        if not doc.mixed[k] or (b in lex.particle_words and k + 1 < j):  # (not mixed: tx.islower())
            after_particle = True
            continue
        if b in lex.surname_core:
            return True
        parts = [p for p in tx.split("-") if p]
        if len(parts) > 1 and parts[0][0].isupper() and parts[-1][0].isupper() \
                and all(p[0].isupper() or p.lower() in lex.particle_words for p in parts):
            return True
        if after_particle and (first_known or b in lex.first):
            return True
    return False


def _has_particle(doc: _Doc, i: int, j: int) -> bool:
    return any(doc.kinds[k] == "word" and not doc.mixed[k] for k in range(i + 1, j))  # (not mixed: islower())


def _initials_surname(doc: _Doc, i: int) -> int:
    """End of "J. de Boer" / "A.B.C. Visser" / "Th. Bakker" starting at ``i``, or 0."""
    texts, kinds, sent, lex, n = doc.texts, doc.kinds, doc.sent, doc.lex, doc.n
    if doc.low[i] in ABBREVIATIONS and len(texts[i]) > 1:
        return 0  # "St. Antonius", "Nr. 5"
    j = i
    while j + 1 < n and kinds[j] == "word" and len(texts[j]) <= 3 and texts[j][0].isupper() \
            and (len(texts[j]) == 1 or _is_abbrev_initial(texts[j])) and texts[j + 1] == ".":
        j += 2
    if j == i:
        return 0
    if j - i == 2 and len(texts[i]) > 1 and doc.low[i] in lex.titles:
        return 0
    k = _skip_particles(doc, j)
    if k < n and kinds[k] == "word" and (doc.title[k] or doc.upper[k]) and not doc.blocked[k] \
            and not (sent[k] and k == j and sent[i] and doc.low[k] in lex.common):
        low = doc.base[k]
        if low in lex.nonperson_words and low not in lex.surname_core:
            return 0
        if k == j and low in lex.common and low not in lex.surname_core and low not in lex.first:
            return 0  # "A. Voor alle gebruikers": an enumerated heading
        if k == j and sent[i] and len(texts[i]) == 1 and j - i == 2 and low in lex.common \
                and low not in lex.surname_core:
            return 0
        return _extend(doc, k)
    return 0


def _caps_lines(doc: _Doc, ups: list[int]) -> list[bool]:
    """Per token: is its line an ALL-CAPS heading (two or more words of two or
    more characters, at least 80 % of them upper case)? Only the lines of the
    upper-case words ``ups`` (the indices ``k`` of ``doc.upper[k]``, in order) are looked at."""
    out = [False] * doc.n
    if len(ups) < 2:
        return out
    text, texts, starts, kinds = doc.text, doc.texts, doc.starts, doc.kinds
    line_end = -1  # token index of the end of the last line looked at
    for u in range(len(ups)):
        k = ups[u]
        if k < line_end:
            continue
        # the tokens of k's line: between the line breaks around it (every "\n" is in an nl token)
        le = text.find("\n", starts[k])
        line_end = b = doc.n if le == -1 else bisect.bisect_left(starts, le)
        if u + 1 == len(ups) or ups[u + 1] >= b:
            continue  # 80 % of two or more words are two upper-case words at least: k's is alone
        a = bisect.bisect_left(starts, text.rfind("\n", 0, starts[k]) + 1)
        words = [q for q in range(a, b) if kinds[q] == "word" and len(texts[q]) > 1]
        if len(words) >= 2 and sum(1 for q in words if texts[q].isupper()) >= 0.8 * len(words):
            out[a:b] = [True] * (b - a)
    return out


# ------------------------------------------------------------------ blocking


def _blocked(doc: _Doc) -> list[bool]:
    """Per token: may it never be part of a person's name?"""
    text, lex, lows, n = doc.text, doc.lex, doc.low, doc.n
    texts, starts, kinds, sent = doc.texts, doc.starts, doc.kinds, doc.sent
    blocked = [False] * n
    for ua, ub in _url_regions(text):  # tokens that start inside an address, URL or handle
        for k in range(bisect.bisect_left(starts, ua), bisect.bisect_left(starts, ub)):
            blocked[k] = True
    # multi-word phrases: places, events, shops, public figures ("Albert Heijn", "Den Haag");
    # punctuation inside a phrase is skipped ("Annie M.G. Schmidt")
    phrase_pairs = lex.phrase_pairs
    for k in doc.phrase_at:
        if blocked[k] or kinds[k] != "word":
            continue
        q = k + 1  # a cheap test first: can the next word (or number) continue a phrase?
        while q < n and kinds[q] != "word" and kinds[q] != "num":
            q += 1
        most = phrase_pairs[lows[k]].get(lows[q]) if q < n else None
        if most is None:
            continue
        # as many words as the longest phrase that starts with these two (most are two words long)
        pos = [k, q] + _next_words(doc, q + 1, most - 2) if most > 2 else [k, q]
        words = [lows[q] for q in pos]
        for idx in (lex.nonperson, lex.places):
            m = idx.match_at(words, 0)
            if m and _phrase_gap_ok(doc, pos, m) and (doc.cap[k] or not texts[pos[m - 1]].islower()):
                for q in range(k, pos[m - 1] + 1):
                    blocked[q] = True
                break
    # capitalised words, except those that block nothing in any context, and school types and figure titles
    for k in doc.block_todo:
        if blocked[k]:
            continue
        low = lows[k]
        if kinds[k] != "word":
            continue
        b = doc.base[k]
        # school names: "OBS De Regenboog", "basisschool Al Amal", "OBS Jan Ligthart"
        if low in _SCHOOL_TYPES or b in _SCHOOL_TYPES:
            q = k + 1
            while q < n and kinds[q] == "word" and (doc.title[q] or doc.upper[q] or
                                                   lows[q] in ("de", "het", "t", "van", "der", "den")):
                if not doc.mixed[q] and not (q + 1 < n and doc.title[q + 1]):  # (texts[q].islower())
                    break
                if sent[q]:
                    break
                blocked[q] = True
                q += 1
        if not doc.cap[k]:
            continue
        if b in lex.nonperson_words and b not in lex.first:
            blocked[k] = True
        if len(b) > 6 and b not in lex.first and b not in lex.surname_core and b.endswith(_STRONG_PLACE_END) \
                or len(b) > 5 and b not in lex.first and b.endswith(_WEAK_PLACE_END) and _street_context(doc, k):
            _block_run_before(doc, blocked, k)
        # public or fictional figure: "Prins Boris", "koningin Máxima", "Sint Maarten"
        if low in _FIGURE_TITLES:
            q = k + 1
            if q < n and texts[q] == "." and low in ("st", "h"):
                q += 1
            while q < n and kinds[q] == "word" and (doc.title[q] or doc.upper[q]) and not sent[q]:
                blocked[q] = True
                q += 1
        if low in _FIGURE_TITLES and not doc.title[k]:  # "prins Boris" in lower case
            q = k + 1
            while q < n and kinds[q] == "word" and doc.title[q] and not sent[q]:
                blocked[q] = True
                q += 1
    return blocked


_SCHOOL_OR_FIGURE: Final = _SCHOOL_TYPES | _FIGURE_TITLES


def _inert_block(lex: Lexicon, low: str) -> bool:
    """True if the capitalised word ``low`` (lower-cased) blocks nothing in
    :func:`_blocked`, whatever stands around it: no school type, non-person
    word, street or institution ending, or figure title."""
    b = _base(low) if "'" in low or "’" in low else low
    inert = not (
        low in _SCHOOL_TYPES or b in _SCHOOL_TYPES or low in _FIGURE_TITLES
        or b in lex.nonperson_words and b not in lex.first
        # (the endings last: a test against each of them costs more than a set look-up)
        or len(b) > 6 and b not in lex.first and b not in lex.surname_core and b.endswith(_STRONG_PLACE_END)
        or len(b) > 5 and b not in lex.first and b.endswith(_WEAK_PLACE_END))
    return inert


def _next_words(doc: _Doc, k: int, m: int) -> list[int]:
    """Indices of up to ``m`` word or number tokens from ``k`` on (other tokens skipped)."""
    kinds, n = doc.kinds, doc.n
    out: list[int] = []
    while k < n and len(out) < m:
        if kinds[k] == "word" or kinds[k] == "num":
            out.append(k)
        k += 1
    return out


def _url_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of e-mail addresses, URLs, handles and hashtags (merged,
    sorted): the runs of non-space characters that hold a match of _URL_ANCHOR.

    (A match holds no white space, so its run is the run around any of its
    characters. Rather than let ``re`` try the pattern at every character, the
    marks that start one are found faster: "@", "#" and "://" with ``str.find``,
    and the "." of "www." and of a top-level domain with _URL_DOT, a pattern
    that starts with a literal, which ``re`` skips to; the domain is then
    checked with the pattern itself.)"""
    at: list[int] = []  # a character of each match, maybe of more than one per match
    for mark in ("@", "#", "://"):
        p = text.find(mark)
        while p >= 0:
            at.append(p)
            p = text.find(mark, p + 1)
    for m in _URL_DOT.finditer(text):
        p = m.start()
        if p >= 3 and text[p - 3:p].lower() == "www" or _URL_ANCHOR.match(text, p) is not None:
            at.append(p)
    if not at:
        return []
    at.sort()
    out: list[tuple[int, int]] = []
    for p in at:
        if out and p < out[-1][1]:
            continue  # in the run of the one before
        out.append(_run_around(text, p))
    return out


#: The "." of "www." (w in any case) and a "." before a letter that starts a top-level domain of _URL_ANCHOR.
_URL_DOT: Final = re.compile(r"\.(?:(?=[nNcCoObBeEiIİı])|(?<=[wW][wW][wW]\.))")
#: A run of characters that are not white space (``re``'s ``\S`` is ``not str.isspace()``).
_NON_SPACE_RUN: Final = re.compile(r"\S*")


def _run_around(text: str, p: int) -> tuple[int, int]:
    """The run of non-space characters (``str.isspace``) around ``text[p]``, which is none."""
    m = _NON_SPACE_RUN.match(text, p)
    end = m.end() if m is not None else p
    # the last space before p: most likely " ", a line break or a tab; else walk back
    q = max(text.rfind(" ", 0, p), text.rfind("\n", 0, p), text.rfind("\t", 0, p))
    if _NON_SPACE_RUN.fullmatch(text, q + 1, p) is None:
        q = p - 1
        while q >= 0 and not text[q].isspace():
            q -= 1
    return q + 1, end


def _street_context(doc: _Doc, k: int) -> bool:
    """A weak street ending ("-weg", "-dijk") is a street when a house number
    follows or an article/preposition of place comes before."""
    kinds = doc.kinds
    if k + 1 < doc.n and kinds[k + 1] == "num":
        return True
    q = k - 1
    while q >= 0 and kinds[q] == "word" and (doc.title[q] or doc.texts[q] in ("de", "van", "der")) \
            and not doc.sent[q + 1]:
        q -= 1
    return q >= 0 and kinds[q] == "word" and doc.low[q] in ("de", "het", "op", "aan", "naar", "via", "langs", "over")


def _block_run_before(doc: _Doc, blocked: list[bool], k: int) -> None:
    """Block a street/institution token and the capitalised words, initials
    and particles that make up its name ("Burgemeester de Withstraat")."""
    kinds, texts = doc.kinds, doc.texts
    blocked[k] = True
    q = k - 1
    while q >= 0 and not doc.sent[q + 1]:
        if kinds[q] == "word" and (doc.cap[q] or doc.low[q] in doc.lex.particle_words):
            blocked[q] = True
        elif kinds[q] == "punct" and texts[q] == "." and q > 0 and len(texts[q - 1]) <= 3:
            pass
        else:
            break
        q -= 1


def _phrase_gap_ok(doc: _Doc, pos: list[int], m: int) -> bool:
    """Only light punctuation ("." "-" "'" "&" ",") may stand between the first
    ``m`` words of a phrase (at token indices ``pos``)."""
    for a, b in zip(pos[:m - 1], pos[1:m]):
        for q in range(a + 1, b):
            if doc.kinds[q] != "punct" or doc.texts[q] not in ".-'’&,":
                return False
    return True


# ------------------------------------------------------------------ context


def _line_before(text: str, start: int, width: int = 60) -> str:
    left = text[max(0, start - width):start]
    nl = left.rfind("\n")
    return left[nl + 1:] if nl >= 0 else left


def _line_after(text: str, end: int, width: int = 60) -> str:
    right = text[end:end + width]
    nl = right.find("\n")
    return right[:nl] if nl >= 0 else right


def _apply_context(doc: _Doc, cands: list[_Cand]) -> None:
    """Raise the strength of candidates confirmed by context and set roles.
    (Each regular expression runs only when a cheap test says it can match.)"""
    text, lex = doc.text, doc.lex
    for c in cands:
        if c.strength >= 3 and c.role is not None:
            c.keys = _keys(doc, c)  # "juf Sanne": strength 3 and a role, which nothing below can change
            continue
        # _line_before(text, c.start) and _line_after(text, c.end), inlined (with one slice each)
        start, end = c.start, c.end
        lo = start - 60 if start > 60 else 0
        nl = text.rfind("\n", lo, start)
        before = text[nl + 1 if nl >= 0 else lo:start]
        nl = text.find("\n", end, end + 60)
        after = text[end:nl if nl >= 0 else end + 60]
        plain = c.strength >= 1 or (_plausible_unknown(doc, c) and not doc.caps_line[c.i])
        if plain:
            a_low = after[:30].lower()
            b_tail = before.rstrip().lower()  # (the same as before.lower().rstrip(): no white space changes case)
            if ("gr" in a_low or "klas" in a_low or "unit" in a_low) and _GROUP_AFTER.match(after):
                c.lift(3, "pupil")
            # (the cheapest test first: the first character after the white space)
            if _may_be_age_after(after) and (_ASCII_DIGIT if a_low.isascii() else _DIGITS).search(a_low) is not None \
                    and _AGE_AFTER.match(after):
                c.lift(3, "pupil")
            if b_tail.endswith("jarige") and _AGE_BEFORE.search(before):
                c.lift(3, "pupil")
            if b_tail.endswith("van"):
                m = _FAMILY_BEFORE.search(before)
                if m:
                    kin = m.group().split()[0].lower()
                    c.lift(3, "pupil" if kin in _KIN_PARENT else None)
            if b_tail.endswith(",") and " van " in before.lower():
                m = _KIN_APPOSITION_BEFORE.search(before)
                if m:
                    c.lift(3, _role_of(m.group(1).lower()))
            if a_low.startswith(" is ") or a_low.startswith(" was ") or a_low.startswith(" wordt "):
                m = _IS_ROLE_AFTER.match(after)
                if m and lex.titles.get(m.group("t").lower()) in ("staff", "parent", "pupil"):
                    c.lift(3, lex.titles[m.group("t").lower()])
            first = a_low[:1]  # the first character that is no white space (a_low.lstrip()[:1]), found cheaply
            if first in _SPACES:
                first = a_low[1:2] if a_low[1:2] not in _SPACES else a_low.lstrip()[:1]
            if first in (",", "(", "–", "-"):
                m = _APPOSITION_AFTER.match(after)
                if m and lex.titles.get(m.group("t").lower()) is not None:
                    c.lift(3, lex.titles[m.group("t").lower()])
            if _may_end_in_greeting(b_tail) and _may_greet(before) and _GREETING_BEFORE.search(before) \
                    and _greeting_shape(text, c.end):
                c.lift(2)
            if c.role is None and _may_end_in_pupil(b_tail) and _PUPIL_BEFORE.search(before):
                c.role = "pupil"
        # (a name after other text on its line is neither: a cheap test on ``before`` first; when its
        # first or last character is none of the marks stripped below, neither strip leaves it empty)
        lead = not before or before[-1] in " -–*_>\t\u2022" and before[0] in " -–*_>\t\u2022"
        if lead and not before.strip(" -–*_>\t") and _signature_line(doc, c):
            c.lift(2)
            role = _signature_role(text, c.end)
            if role:
                c.lift(2, role)
        elif lead and c.strength >= 2 and c.role is None and not before.strip(" -–*_>\t\u2022") \
                and _alone_on_line(text, c):
            role = _signature_role(text, c.end)  # "Wendy Schouten\nDirecteur Kindcentrum De Vlinder"
            if role:
                c.role = role
        c.keys = _keys(doc, c)


def _plausible_unknown(doc: _Doc, c: _Cand) -> bool:
    """An unknown capitalised word that may be a name when context says so."""
    lex = doc.lex
    for k in range(c.i, c.j):
        b = doc.base[k]
        if doc.kinds[k] != "word":
            continue
        if b in lex.common and b not in lex.first and b not in lex.surname_core:
            return False
        if (b in lex.place_words or b in lex.nonperson_words) and b not in lex.first and k == c.i:
            return False
    return True


def _greeting_shape(text: str, end: int) -> bool:
    """After a greeting the name ends the phrase: a comma, "!", a list, the line end."""
    rest = text[end:end + 40]
    return bool(_AFTER_GREETED.match(rest))


def _signature_line(doc: _Doc, c: _Cand) -> bool:
    """True if the name stands alone on its line under a sign-off line
    ("Met vriendelijke groet,"), blank lines allowed in between."""
    text = doc.text
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.end)
    le = len(text) if le == -1 else le
    if text[ls:c.start].strip(" -–*_>\t"):
        return False
    tail = text[c.end:le].strip(" .,!*_\t")
    if tail and not _SIGNATURE_TAIL.fullmatch(tail):
        return False
    if not _plausible_unknown(doc, c) and c.strength < 1:
        return False
    pos = ls - 1
    for _ in range(3):
        if pos <= 0:
            return False
        ps = text.rfind("\n", 0, pos) + 1
        prev = text[ps:pos].strip(" ,.!*_>\t")
        if prev:
            # (an ASCII line holds no emoji: no _EMOJI.sub to run)
            return bool(_SIGNOFF_LINE.fullmatch(prev if prev.isascii() else _EMOJI.sub("", prev)))
        pos = ps - 1
    return False


def _alone_on_line(text: str, c: _Cand) -> bool:
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.end)
    le = len(text) if le == -1 else le
    return not text[ls:c.start].strip(" -–*_>\t\u2022") and not text[c.end:le].strip(" .,!*_\t")


def _signature_role(text: str, end: int) -> str | None:
    """Role from what follows a signature: "(moeder van Defne)" on the same
    line, or "directeur OBS ...", "juf groep 6", "klassenouder" on the next."""
    le = text.find("\n", end)
    same = text[end:le if le != -1 else len(text)]
    m = _PAREN_WORD.match(same)
    lex = lexicon()
    if m and m.group(1).lower() in lex.titles:
        return _role_of(m.group(1).lower())
    if le == -1:
        return None
    nxt = text[le + 1:le + 80].split("\n", 1)[0].strip(" -–*_").lower()
    words = nxt.split()
    if not words:
        return None
    two = " ".join(words[:2])
    if two in lex.titles:
        return _role_of(two)
    return _role_of(words[0].rstrip(",")) if words[0].rstrip(",") in lex.titles else None


def _role_of(title: str) -> str | None:
    r = lexicon().titles.get(title)
    return r if r in ("staff", "parent", "pupil") else None


def _keys(doc: _Doc, c: _Cand) -> tuple[str, ...]:
    """Name words of a candidate usable to recognise other mentions in the document."""
    base, kinds, is_key = doc.base, doc.kinds, doc.lex.key_words
    if c.j == c.i + 1:  # one word, as most candidates are: no loop
        b = base[c.i]
        key = is_key.get(b)
        return (b,) if kinds[c.i] == "word" and (key or key is None and _key_word(doc.lex, b)) else ()
    out = []
    for k in range(c.i, c.j):
        if kinds[k] != "word":
            continue
        b = base[k]
        key = is_key.get(b)
        if key is None:
            key = _key_word(doc.lex, b)
        if key:
            out.append(b)
    return tuple(out)


def _key_word(lex: Lexicon, b: str) -> bool:
    """Can the name word ``b`` (lower case, no possessive) recognise other mentions:
    three letters or more, no particle, frequent word, place or non-person word?
    (Remembered in ``lex.key_words``, up to a bound.)"""
    key = not (len(b) < 3 or b in lex.particle_words or b in lex.common or b in lex.place_words
               or b in lex.nonperson_words)
    if len(lex.key_words) < 100_000:
        lex.key_words[b] = key
    return key


_AFTER_GREETED: Final = regex.compile(r"\s*(?:[,!:.)\n]|$|\p{So}|en\s|&|\(|x\b)")
_SIGNATURE_TAIL: Final = regex.compile(r"\((?:[^()]{1,60})\)|[|–-].{0,60}|\p{So}+")
_EMOJI: Final = regex.compile(r"\s*\p{So}+\s*")
_PAREN_WORD: Final = regex.compile(r"\s*\(\s*(\p{L}+)")
_LIST_JOINER: Final = regex.compile(r"\b(?:en|of)\b|&|/")
_DIGITS: Final = re.compile(r"\d+")
_ASCII_DIGIT: Final = re.compile(r"[0-9]")
_OTHER_SUBJECT: Final = regex.compile(r"\b(?:en|maar)\s+\p{Lu}")
#: ``regex``'s ``\s`` (Unicode White_Space) in ``re``, which also counts U+001C..U+001F as space.
_WS: Final = r"[^\S\x1c-\x1f]"
#: What may stand between two names of a list. ``re`` rather than ``regex`` (twice as fast
#: per call); the same pattern as regex.compile(r"\s*(?:,|en|&|of|/|\+)\s*|\s*,\s*(?:en|&)\s*|\s+").
_LIST_GAP: Final = re.compile(rf"{_WS}*(?:,|en|&|of|/|\+){_WS}*|{_WS}*,{_WS}*(?:en|&){_WS}*|{_WS}+")
#: The characters of the texts _LIST_GAP matches: its marks and words, and white space (``regex``'s ``\s``).
_GAP_CHARS: Final = frozenset(",en&of/+\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                              "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def _apply_lists(doc: _Doc, cands: list[_Cand]) -> None:
    """"Sophie, Noah en Julia": a confirmed name lifts its list neighbours;
    in a list with two confirmed names even unknown capitalised words count.
    A name that is also a word, listed next to a capitalised ordinary word,
    is that word ("Iris, Tulp en Narcis")."""
    text = doc.text
    for c in cands:
        if c.strength == 2 and not c.role and not c.propagated and c.j - c.i == 1 and doc.base[c.i] in doc.lex.ambiguous \
                and _listed_with_a_word(doc, c):
            c.strength = 1
    for g in _list_groups(doc, cands):
        confirmed = [c for c in g if c.strength >= 2]
        if not confirmed:
            continue
        roles = {c.role for c in confirmed if c.role}
        role = roles.pop() if len(roles) == 1 else None
        # "de moeder van Tijn, Selin Kaya, ..." is an apposition, not a list: no shared role
        if role is not None and len(g) == 2 and not _LIST_JOINER.search(text[g[0].end:g[1].start]):
            role = None
        for c in g:
            if c.strength == 1 or (c.strength == 0 and len(confirmed) >= 2 and _plausible_unknown(doc, c)):
                c.strength = 2
            if c.strength >= 2 and role and not c.role:
                c.role = role


def _list_groups(doc: _Doc, cands: list[_Cand]) -> list[list[_Cand]]:
    """The runs of two or more candidates separated only by list gaps (", ",
    " en ", ...; a bare space only on an ALL-CAPS line). They depend on the
    candidates' places alone, so they are found once per list of candidates."""
    cached = doc.list_groups
    if cached is not None and cached[0] is cands and cached[1] == len(cands):
        return cached[2]
    text = doc.text
    groups: list[list[_Cand]] = []
    run = 0  # the first candidate of the current run
    for x in range(1, len(cands)):
        # the gap is matched in place (fullmatch with pos/endpos), not copied out of the text; most gaps
        # are words, and a cheap test first looks at three of their characters (the second one first: after
        # the space that follows most names)
        a, b = cands[x - 1].end, cands[x].start
        if a < b and (b - a < 3 or text[a + 1] in _GAP_CHARS) and text[a] in _GAP_CHARS and text[b - 1] in _GAP_CHARS \
                and _LIST_GAP.fullmatch(text, a, b) and not (text[a:b].isspace() and not doc.caps_line[cands[x].i]):
            continue  # the run goes on
        if x - run > 1:
            groups.append(cands[run:x])
        run = x
    if len(cands) - run > 1:
        groups.append(cands[run:])
    doc.list_groups = (cands, len(cands), groups)
    return groups


_LIST_NEXT: Final = regex.compile(r"\s*(?:,|en|&|of)\s*(\p{Lu}[\p{Ll}-]+)")
_LIST_PREV: Final = regex.compile(r"(\p{Lu}[\p{Ll}-]+)\s*(?:,|en|&|of)\s*$")


def _listed_with_a_word(doc: _Doc, c: _Cand) -> bool:
    lex = doc.lex
    for m in (_LIST_NEXT.match(doc.text, c.end, c.end + 40), _LIST_PREV.search(doc.text, max(0, c.start - 40), c.start)):
        if m:
            w = m.group(1).lower()
            if w not in lex.first and (w in lex.common or w in lex.nonperson_words or w in lex.place_words):
                return True
    return False


def _propagate(doc: _Doc, cands: list[_Cand]) -> None:
    """A name confirmed anywhere in the document confirms its other mentions
    (and shares its role when it has one)."""
    known: dict[str, str | None] = {}
    for c in cands:
        if c.strength >= 3 or (c.strength >= 2 and (doc.base[c.i] in doc.lex.first or c.j - c.i > 1)):
            for key in c.keys:
                if key not in known or (c.role and not known[key]):
                    known[key] = c.role
    if not known:
        return
    for c in cands:
        hit = None  # the first of its keys that is known
        for key in c.keys:
            if key in known:
                hit = key
                break
        if hit is None:
            continue
        if c.strength < 2:
            c.strength = 2
            c.propagated = True
        if not c.role:
            c.role = known[hit]


# ------------------------------------------------------------------ output


def _to_spans(doc: _Doc, cands: list[_Cand]) -> list[Span]:
    text = doc.text
    spans: list[Span] = []
    for c in cands:
        if c.strength < 2:
            continue
        end = c.end
        if text[end - 1] not in "s'’":
            pass  # (the usual case: no possessive to cut off, found with one test)
        elif text.endswith(("'s", "’s"), c.start, end):
            end -= 2
        elif text.endswith(("'", "’"), c.start, end):
            end -= 1
        if end <= c.start:
            continue
        role = c.role
        variant = role if role == "pupil" or role == "staff" or role == "parent" else None
        score = 0.95 if c.strength >= 3 else 0.85
        spans.append(Span(c.start, end, "person-name", score, "names", variant))
        if role is None or role == "pupil" or role == "any":
            age = _child_age(text, c.start, end)
            if age:
                spans.append(Span(age[0], age[1], "child-age", 0.9, "names"))
    return spans


def _child_age(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The age written next to a child's name, or None."""
    nl = text.find("\n", end, end + 80)  # _line_after(text, end, 80), inlined
    after = text[end:nl if nl >= 0 else end + 80]
    # no digit after the name (in an ASCII text the only digits are 0-9, which ``re`` finds faster than
    # ``\d``, a Unicode look-up per character)
    if (_DIGITS if not after.isascii() else _ASCII_DIGIT).search(after) is None:
        # an age before the name needs "jarige" there (a cheap test first)
        if "jarige" not in text[start - 30 if start > 30 else 0:start]:
            return None
        before = _line_before(text, start, 30)
        m = _AGE_BEFORE.search(before) if "jarige" in before else None
        if m:
            off = start - len(before)
            return off + m.start("f"), off + m.end("f")
        return None
    m = _AGE_AFTER.match(after) if _may_be_age_after(after) else None
    if m:
        g = next(g for g in "abcd" if m.group(g))
        digits = _DIGITS.match(m.group(g))
        assert digits is not None  # (every age group starts with a digit)
        age = int(digits.group())
        if 0 < age <= 18:
            return end + m.start(g), end + m.end(g)
    m = _AGE_LATER.match(after) if _may_be_age_later(after) else None
    if m and int(m.group("e")) <= 18 and not _OTHER_SUBJECT.search(after[:m.start("e")]):
        return end + m.start("e"), end + m.end("e")
    before = _line_before(text, start, 30)
    m = _AGE_BEFORE.search(before) if _may_be_age_before(before) else None
    if m:
        off = start - len(before)
        return off + m.start("f"), off + m.end("f")
    return None


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


__all__ = ["detect_names", "lexicon", "Lexicon", "PhraseIndex"]
