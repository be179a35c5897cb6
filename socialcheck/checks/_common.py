"""Helpers shared by the conduct checks: who writes, on which channel, under
which protocol settings, and the sentences of the text.

Everything here reads a :class:`~socialcheck.detectors.base.Context` built by
:func:`socialcheck.engine.make_context`. A check may also be given a bare
``Context(text)`` (tests, other tools); then there is no pack, no channel and
no author, and every helper falls back to a neutral default.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Final

import regex

from ..detectors.base import Context
from ..nlp import CharTest

#: Closed channels the school itself manages (login, known recipients). A post that points to one ("de foto's staan
#: in Parro") shares nothing itself; a recording posted on one still needs its consent statement.
CLOSED_CHANNELS = frozenset({"parro", "social-schools", "parnassys", "ouderportaal", "parent-group-app", "email"})

#: A thread turn's speaker label in front of a sentence, with an optional chat time: "↳ @bertvanrijn: ",
#: "[16:30] Juf Kim: ", "Linda (moeder van Ruben): ".
SPEAKER_PREFIX = re.compile(r"^\W*(?:\d{1,2}[:.]\d{2}\]?\s*)?[^\W\d_][\w .'()-]{0,40}:\s")

#: Platforms where every post is a video or a photo: a caption shows what was filmed, and the text above the
#: comments is the poster's own post.
VIDEO_CHANNELS = frozenset({"tiktok", "youtube", "instagram"})

#: Channels the school runs itself (closed apps, e-mail, its website and newsletter):
#: not a personal channel, even where a pack does not list it as official.
SCHOOL_CHANNELS = CLOSED_CHANNELS | {"website", "newsletter"}

#: What people type for ``--channel`` / ``channel:`` → the channel id the packs use.
CHANNEL_ALIASES = {
    "insta": "instagram", "ig": "instagram", "twitter": "x", "fb": "facebook", "messenger": "facebook",
    "socialschools": "social-schools", "social schools": "social-schools", "mail": "email", "e-mail": "email",
    "groepsapp": "parent-group-app", "klassenapp": "parent-group-app", "ouderapp": "parent-group-app",
    "nieuwsbrief": "newsletter", "klassenpagina": "class-page", "app": "whatsapp", "snap": "snapchat",
}

#: Front-matter ``author:`` values → author kind.
AUTHOR_KINDS = {
    "teacher": "staff", "leerkracht": "staff", "staff": "staff", "medewerker": "staff", "employee": "staff",
    "director": "staff", "directeur": "staff", "juf": "staff", "meester": "staff",
    "school": "school", "official": "school", "team": "school", "directie": "school",
    "parent": "parent", "ouder": "parent", "pupil": "pupil", "leerling": "pupil", "student": "pupil",
}

#: Words inside a free-text ``author:`` value ("Meester Kees", "Team De Bolster").
_AUTHOR_WORDS = {**{w: "staff" for w in "juf juffrouw meester leerkracht leraar lerares docent directeur ib'er".split()},
                 **{w: "parent" for w in "moeder vader ouder mama papa".split()},
                 **{w: "school" for w in "team directie redactie".split()}}

#: Letter/digit boundaries used in patterns below. Written without ``\p{..}`` so
#: that the same text works in the stdlib ``re`` module (which compiles much
#: faster than ``regex``; the checks use ``regex`` only where they need a
#: Unicode property such as ``\p{Lu}``).
WB_L = r"(?<![^\W_])"
WB_R = r"(?![^\W_])"

#: A thread or list number before a sentence: "2/", "3)", "1.", "-", "•".
_ENUMERATOR = re.compile(r"[ \t]*(?:\d{1,3}\s*[/).:](?!\d)|[-•·▪►–*])[ \t]+")
_ENUMERATOR_STARTS = " \t-•·▪►–*"
_EMOJI_RUN = regex.compile(r"[\p{So}\p{Sk}\uFE0F\u200D]+")
_PARENT_CUE = re.compile(
    WB_L + r"(?:als\s+(?:moeder|vader|ouder|mama|papa)|ik\s+ben\s+(?:een\s+)?(?:moeder|vader|ouder)\s+van"
    r"|(?:mijn|onze)\s+(?:zoon|dochter|jongste|oudste)\b[^.!?\n]{0,80}?\b(?:juf|meester|groep|klas|school|les))" + WB_R)
#: A sign-off in the school's name in the last lines ("Namens het team van CBS De Akker,", "Team obs X").
_SIGN_OFF = re.compile(
    r"^\s*(?:namens\s+(?:het\s+(?:hele\s+)?(?:school)?team|de\s+directie)|(?:het\s+)?team\s+(?:van\s+)?(?:obs|cbs|pcbs|rkbs|ikc|basisschool|de|het)\b"
    r"|directie\s+(?:van\s+)?(?:obs|cbs|pcbs|rkbs|ikc|basisschool|de|het)\b"
    r"|(?:adjunct-?)?(?:directeur|directrice|locatieleider|locatiedirecteur|schoolleider|teamleider(?:\s+\w+)?)\s*,?\s+(?:van\s+)?(?:obs|cbs|pcbs|rkbs|ikc|basisschool)\b)",
    re.M)
_SCHOOL_VOICE = re.compile(
    WB_L + r"(?:wij\s+als\s+(?:school|team|schoolteam)|namens\s+het\s+(?:hele\s+)?(?:school)?team|het\s+team\s+van\s+(?:obs|cbs|pcbs|rkbs|ikc|basisschool)|"
    r"^(?:team|directie)\s+(?:obs|cbs|pcbs|rkbs|ikc|basisschool|de|het)\b)" + WB_R, re.M)


_PARENT_CUE_WORDS = frozenset("moeder vader ouder mama papa zoon dochter jongste oudste".split())
#: The words of _PARENT_CUE that every match has besides its trigger ("als moeder", "ik ben vader van", "mijn
#: zoon"): see ``also`` of :func:`sentences_with` (school texts name mothers and sons often, parents rarely so).
_PARENT_CUE_ALSO: dict[str, tuple[frozenset[str], ...]] = {
    **{w: (frozenset({"als", "ben"}),) for w in "moeder vader ouder mama papa".split()},
    **{w: (frozenset({"mijn", "onze"}),) for w in "zoon dochter jongste oudste".split()}}
_SCHOOL_VOICE_WORDS = frozenset("school team schoolteam directie".split())


def memo(ctx: Context, key: str, fn):
    """Compute ``fn(ctx)`` once per context and check run (cached on ``ctx``).

    Checks that need another check's result (an opinion sentence that is
    already reported as hurtful) share the work this way.
    """
    store = ctx.__dict__.get("_conduct_memo")
    if store is None:
        store = ctx.__dict__.setdefault("_conduct_memo", {})
    value = store.get(key, _UNSET)
    if value is _UNSET:   # (looked up, not caught as a KeyError: most keys are missing once per text)
        value = store[key] = fn(ctx)
    return value


_UNSET = object()


def pack_setting(ctx: Context, check: str, key: str, default=None):
    """A per-check option from the rule pack's ``settings`` (``default`` without a pack)."""
    pack = ctx.options.get("pack")
    return pack.setting(check, key, default) if pack is not None else default


def channel(ctx: Context) -> str | None:
    """The target channel id (lower case, aliases resolved) or ``None`` if unknown."""
    return memo(ctx, "channel", _channel)


def _channel(ctx: Context) -> str | None:
    ch = ctx.options.get("channel")
    if not isinstance(ch, str) or not ch.strip():
        return None
    ch = ch.strip().lower()
    ch = CHANNEL_ALIASES.get(ch, ch)
    if ch == "website" and _NEWS_COMMENTS.search(ctx.lower, 0, 400):
        return NEWS_COMMENTS
    return ch


#: The channel id for the comments under an article on someone else's site (a local paper): given as
#: ``website``, but the writer speaks there as a private person, not as the school's website.
NEWS_COMMENTS = "news-comments"
#: A line near the top that says the text is the comment section of a news article: "Reacties onder het artikel
#: '...'", "dagbladdalwijk.nl – '...' – 9 reacties", "westerbeeksnieuws.nl – reacties onder '...'".
_NEWS_COMMENTS = re.compile(
    r"\breacties?\s+(?:onder|bij|op)\s+(?:het\s+|een\s+|dit\s+)?(?:(?:nieuws|kranten)?artikel|nieuwsbericht|krantenbericht)"
    r"|^[^\w\n]*(?:www\.)?[a-z0-9-]+\.(?:nl|be|com|nu)\b[^\n]*?\b(?:\d+\s+)?reacties?\b", re.M)


def official_channels(ctx: Context) -> tuple[str, ...]:
    """The channels the pack approves for official school communication."""
    pack = ctx.options.get("pack")
    return tuple(pack.official_channels) if pack is not None else ()


def on_school_channel(ctx: Context) -> bool:
    """True on an official channel of the pack or on a channel the school runs
    itself (:data:`SCHOOL_CHANNELS`): not a personal channel."""
    ch = channel(ctx)
    return ch is not None and (ch in official_channels(ctx) or ch in SCHOOL_CHANNELS)


def personal_voice_channel(ctx: Context) -> bool:
    """True unless the target channel is the school's voice: an official
    channel of the pack, or a channel the school runs (:data:`SCHOOL_CHANNELS`)
    other than a parents' group app. A class parents' group (WhatsApp and the
    like) is run by parents, so a teacher who writes "namens het hele team"
    there speaks on a channel that is not the school's, unless the pack names
    it as official (Kalisto: the teacher's own class group app)."""
    ch = channel(ctx)
    return not on_official_channel(ctx) and (ch not in SCHOOL_CHANNELS or ch == "parent-group-app")


def channel_or_staff(ctx: Context) -> bool:
    """True if the target channel or a staff author is known (``--channel``,
    front matter, config); without either a text may be the school's own web
    page or newsletter."""
    return channel(ctx) is not None or author_kind(ctx) == "staff"


def on_official_channel(ctx: Context) -> bool:
    """True if the target channel is one of the pack's official channels."""
    ch = channel(ctx)
    return ch is not None and ch in official_channels(ctx)


def front_matter(ctx: Context) -> dict:
    """The document's front matter (``{}`` if none)."""
    doc = ctx.options.get("doc")
    fm = getattr(doc, "meta", {}).get("front_matter") if doc is not None else None
    return fm if isinstance(fm, dict) else {}


def author_kind(ctx: Context) -> str:
    """Who writes: ``staff``, ``school`` (an official school account or
    publication), ``parent``, ``pupil`` or ``unknown``.

    From front matter ``author:`` (teacher, director, school, parent ...), else
    from the text: "als moeder", "mijn zoon ... de juf" → parent; a school
    signature or "wij als team" on the website or in a newsletter → school.
    """
    return memo(ctx, "author", _author_kind)


def _author_kind(ctx: Context) -> str:
    raw = front_matter(ctx).get("author")
    if isinstance(raw, str) and raw.strip():
        value = raw.strip().lower()
        if value in AUTHOR_KINDS:
            return AUTHOR_KINDS[value]
        for word in _WORD_RE.findall(value):      # "Meester Kees", "moeder van Finn"
            if word in _AUTHOR_WORDS:
                return _AUTHOR_WORDS[word]
    if matching_sentences(ctx, _PARENT_CUE, _PARENT_CUE_WORDS, first=True, also=_PARENT_CUE_ALSO):
        return "parent"
    tail = ctx.lower.rstrip()[-300:]
    # a sign-off is a short line at the end, not a sentence that starts with "Het team van ..."
    tail = "\n".join(line for line in tail.splitlines()[-4:] if len(line.split()) <= 10)
    if _SIGN_OFF.search(tail):
        return "school"
    if channel(ctx) in ("website", "newsletter") and _school_voice(ctx):
        return "school"
    return "unknown"


def is_staff_voice(ctx: Context) -> bool:
    """True if the text is (or may be) written by a staff member in a
    personal capacity: not a parent or pupil, not the school itself."""
    return author_kind(ctx) in ("staff", "unknown")


def writes_as_school(ctx: Context) -> bool:
    """True for the school's own communication: author ``school``, or a text
    on an official channel written in the school's voice ("wij als team")."""
    if author_kind(ctx) == "school":
        return True
    return on_official_channel(ctx) and _school_voice(ctx)


def _school_voice(ctx: Context) -> bool:
    return bool(matching_sentences(ctx, _SCHOOL_VOICE, _SCHOOL_VOICE_WORDS, first=True))


def sentences(ctx: Context) -> list[tuple[int, int]]:
    """Sentence spans of ``ctx.text``, refined for social-media text.

    The base splitter (:mod:`socialcheck.nlp`) does not split at an emoji
    between two sentences ("Lieve ouders! 🚌 Het schoolreisje ...") and can
    leave a lone ``#`` at a sentence end; both are fixed here so that a
    finding covers the sentence that triggers it.
    """
    return memo(ctx, "sentences", _refined_sentences)


def _refined_sentences(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    out: list[tuple[int, int]] = []
    runs = [m.span() for m in _EMOJI_RUN.finditer(text)] if _has_emoji(text) else []
    ends = [b for _, b in runs]
    for s, e in ctx.sentences if runs else ():  # (without an emoji the sentences stay as they are)
        cur = s
        k = bisect.bisect_right(ends, s)          # the first run that ends inside or after the sentence start
        while k < len(runs) and runs[k][0] < e:
            a, b = runs[k]
            k += 1
            a, b = max(a, s), min(b, e)
            j = b
            while j < e and text[j] in " \t\u00a0":
                j += 1
            if j >= e or j == b or not (text[j].isupper() or text[j] in "\"'‘“#"):
                continue
            i = a
            while i > cur and text[i - 1] in " \t\u00a0":
                i -= 1
            if i > cur:
                out.append((cur, i))
            cur = j
        out.append((cur, e))
    cleaned = []
    for s, e in out if runs else ctx.sentences:
        if e > s and text[e - 1] not in "# \t" and text[s] not in _ENUMERATOR_STARTS and not text[s].isdecimal():
            cleaned.append((s, e))  # the usual case: nothing to strip (no mark at the end, no enumerator)
            continue
        while e > s and text[e - 1] in "# \t":
            e -= 1
        # (an enumerator starts with a space, a tab, a digit or a bullet: a cheap test first)
        m = _ENUMERATOR.match(text, s, e) if e > s and (text[s] in _ENUMERATOR_STARTS or text[s].isdecimal()) else None
        if m and m.end() < e:
            s = m.end()
        while s < e and text[s] in " \t":
            s += 1
        if e > s:
            cleaned.append((s, e))
    return cleaned


_EMOJI_CHAR = regex.compile(r"[\p{So}\p{Sk}\uFE0F\u200D]")  # the class of _EMOJI_RUN
_EMOJI_CHARS = CharTest(_EMOJI_CHAR.match)
#: The ASCII characters outside that class (all but "^" and "`"), as UTF-8 bytes.
_ASCII_NOT_EMOJI = bytes(c for c in range(128) if not _EMOJI_CHAR.match(chr(c)))


def _has_emoji(text: str) -> bool:
    """True if ``text`` is not ASCII and has a character of :data:`_EMOJI_RUN`.

    Only the characters that may be one are looked at: the other ASCII ones
    are dropped from the UTF-8 bytes of ``text`` first (one pass in C; lone
    surrogates pass through as themselves)."""
    if text.isascii():
        return False
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_NOT_EMOJI)
    return _EMOJI_CHARS.has(rest.decode("utf-8", "surrogatepass"))


def is_question(text: str) -> bool:
    """True if a sentence is a question (ends with ``?``, emoji/space aside)."""
    t = text.rstrip(" \t)\"'”’")
    if not t or t[-1] == "?":
        return bool(t)
    if t[-1].isalnum() or t[-1] in ".!,:;":
        return False                    # the usual case: no emoji at the end
    t = _EMOJI_RUN.sub("", t).rstrip(" \t)\"'”’")
    return t.endswith("?")


@functools.lru_cache(maxsize=64)
def org_pattern(orgs: tuple[str, ...]) -> re.Pattern | None:
    """One pattern for the organisation names, whole words (a hyphenated
    compound such as "Lithora-scholen" counts, and so do "Kalistoschool" and
    "Lithorascholen" written as one word). Short all-caps acronyms
    (``SOM``) match case-sensitively, because "som" is also a Dutch word; the
    other names match in any case. ``None`` if there are no names."""
    parts = []
    for name in sorted({o.strip() for o in orgs if o and o.strip()}, key=len, reverse=True):
        esc = re.escape(name).replace(r"\ ", r"\s+")
        if name.isupper() and len(name) <= 5:
            parts.append(f"(?-i:{esc})")
        elif " " not in name and len(name) >= 5:
            parts.append(esc + "(?:scholen|school)?")     # "een Kalistoschool", "de Lithorascholen"
        else:
            parts.append(esc)
    if not parts:
        return None
    return re.compile(WB_L + "(?:" + "|".join(parts) + ")" + WB_R, re.I)


def organisations(ctx: Context) -> tuple[str, ...]:
    """Names of the school/foundation from the pack and the config."""
    orgs = ctx.options.get("organisations") or ()
    return tuple(orgs)


def mentions_org(ctx: Context, start: int, end: int) -> bool:
    """True if ``ctx.text[start:end]`` names the school or the foundation."""
    pat = org_pattern(organisations(ctx))
    return bool(pat and pat.search(ctx.text, start, end))


def span_text(ctx: Context, span: tuple[int, int]) -> str:
    """Lower-cased text of a sentence span."""
    return ctx.lower[span[0]:span[1]]


#: A named school: "obs De Wilgenhoek", "basisschool Het Kompas", "op De Vlinderhof", "Twents Lyceum".
_UPPER = "A-ZÀ-ÖØ-ÞĆČĐŁŃŒŚŞŠŢŽŻŹ"
#: A capitalised word of three or more letters, not inside an address or handle ("Jens", "Özlem"; not "@Jens",
#: "mail.Jens"): a first-name candidate, see :func:`first_names_in`.
_CAP_WORD = re.compile(r"(?<![\w@.])([" + _UPPER + r"][^\W\d_]{2,})\b")


def first_names_in(ctx: Context, start: int, end: int) -> list[str]:
    """The capitalised words of ``ctx.text[start:end]`` that are first names of the project's list, lower-cased
    ("Roel is sinds dinsdag thuis" -> ["roel"])."""
    from .. import data
    first = data.lower_set("first_names")
    return [w for w in (m.group(1).lower() for m in _CAP_WORD.finditer(ctx.text, start, end)) if w in first]
SCHOOL_NAME = re.compile(
    r"(?:(?i:(?<![^\W\d_])(?:obs|cbs|pcbs|rkbs|ikc|ibs|kbs|sbo|so|basisschool|kindcentrum|daltonschool|montessorischool|jenaplanschool))"
    r"\s+(?:(?:De|de|Het|het|'t|’t)\s+)?[" + _UPPER + r"](?:[^\W\d_]|['-])+"
    r"|(?<![^\W\d_])(?i:op|van|bij)\s+(?:De|Het|'t|’t)\s+[" + _UPPER + r"][a-zß-öø-ÿ](?:[^\W\d_]|-)+"
    # secondary schools: "het Twents Lyceum Noord", "Stedelijk Gymnasium", "College De Heemlanden"
    r"|[" + _UPPER + r"][a-zß-öø-ÿ]+\s+(?:Lyceum|College|Gymnasium|Scholengemeenschap|Atheneum)"
    r"|(?:Lyceum|College|Gymnasium|Scholengemeenschap)\s+(?:(?:De|Het|'t)\s+)?[" + _UPPER + r"][a-zß-öø-ÿ]+)")


def configured_school(ctx: Context) -> str | None:
    """The school name from the config (``school:``), if it is not just the pack's foundation name."""
    org = ctx.options.get("organisation")
    pack = ctx.options.get("pack")
    if isinstance(org, str) and org and (pack is None or org != pack.organisation):
        return org
    return None


def names_school(ctx: Context, start: int, end: int) -> bool:
    """True if ``ctx.text[start:end]`` names a particular school (not only the foundation)."""
    if SCHOOL_NAME.search(ctx.text, start, end):
        return True
    school = configured_school(ctx)
    return bool(school and school.lower() in ctx.lower[start:end])


def is_mapped(ctx: Context, check: str) -> bool:
    """True if the pack maps ``check`` to an article (always True without a pack)."""
    pack = ctx.options.get("pack")
    return pack is None or check in pack.mapped_checks


_PUPIL_AUDIENCE = re.compile(
    WB_L + r"(?:(?:lieve|beste|hey|hé|hee|hoi|hallo|dag|hi|wat\s+een\s+jaar,\s+lieve)\s+(?:toppers|kanjers|kinderen|kids|leerlingen|jongens|meiden|groep\s+\d+)"
    r"|toppers|kanjers|jongens\s+en\s+meiden|juff{2,}\w*|meesterr+\w*|oud-leerlingen|(?:maak|maken|leer|leren)\s+jullie\s+(?:\w+\s+)?huiswerk"
    r"|huiswerk\s+(?:maken|leren)\s+jullie|aan\s+jullie\s+huiswerk|zit\s+jij\s+(?:bij\s+mij\s+)?in\s+groep|(?:met|aan)\s+(?:de|mijn|alle)\s+leerlingen"
    r"|(?:jullie|top|toppers?)[^.!?\n]{0,30},\s*groep\s+\d+\s*[!.]|(?:^|\n)\s*groep\s+\d+\s*(?:!|,(?!\s*(?:obs|cbs|pcbs|rkbs|kbs|ikc|basisschool|school|de|het|'t)\s+[\w'-]+(?:\s+[\w'-]+)?\s*$))|wat\s+heb\s+ik\s+genoten\s+van\s+jullie"
    r"|(?:oud-)?leerlingen?\s+(?:van|uit)\s+(?:mijn|groep)|^\W*(?:kinderen|jongens\s+en\s+meiden)\s+(?:van|uit)\s+(?:groep|klas)|(?:jongen|meisje|leerling)\s+uit\s+mijn\s+(?:vorige\s+)?(?:groep|klas)"
    # "En groep 8: stuur me ...", "En jongens van groep 8: vragen?": the class turned to after the parents
    r"|^\W*en\s+groep\s+\d+[a-z]?\s*[,!:]|^\W*(?:en\s+)?(?:jongens|meiden|kids)\s+(?:en\s+meiden\s+)?van\s+groep\s+\d+"
    # "Kids, stuur me ...", "... op Insta, jongens, dan ...": pupils called by a group word
    r"|(?:^|\n|,)\W*(?:kids|jongens|meiden|toppers|kanjers)\s*[,!]"
    # "Zit je bij mij in de klas?", "Leerlingen van mij", "Kinderen die thuis vragen hebben", "iedereen van 8b"
    r"|zit\s+(?:je|jij)\s+(?:bij\s+mij\s+)?in\s+(?:mijn|de|groep|klas)|(?:leerlingen|kinderen)\s+van\s+mij|kinderen\s+die\s+(?:thuis\s+)?(?:nog\s+)?vragen"
    # "kinderen die over de schouder van papa of mama meelezen: ..."
    r"|(?:kinderen|kids)\s+die\s+(?:\w+\s+){0,8}?(?:meelezen|meeleest|meekijken|meekijkt)"
    r"|iedereen\s+(?:van|uit)\s+(?:groep\s+|klas\s+)?\d+\s?[a-z]?"
    # the reader's own school work: "hulp met je werkstuk", "vragen over jullie profielwerkstuk"
    r"|(?:je|jouw|jullie)\s+(?:\w+\s+)?(?:profielwerkstuk|werkstuk|spreekbeurt|boekverslag|huiswerk\w*|boekbespreking|presentatie)"
    # pupils answering the teacher in a group chat: "ok meester", "dankjewel juf"
    r"|(?:(?<=:)|^)\s*(?:ok|oké|oke|okee|ja|jaa|nee|top|dankjewel|dankuwel|bedankt|thanks|thx)\s+(?:meester|juf|mevrouw|meneer)\b"
    # a chat header that names a pupil: "Chat met: Lotte (5 havo)", "Chat met Daan (groep 8)", "Privéchat: Dhr. Bakker ↔
    # Milan (4 havo)"
    r"|(?:chat\s+met\s*:?|privéchat\s*:)\s*[^\n()]{1,60}\(\s*(?:groep\s+\d+[a-z]?|klas\s+\d\w?|\d\s*(?:havo|vwo|vmbo|mavo|gymnasium|atheneum))\s*\))" + WB_R)
_PARENT_AUDIENCE = re.compile(
    WB_L + r"(?:(?:beste|lieve|hallo|hoi|dag|goedemorgen|goedemiddag|goedenavond|hi)\s+ouders|ouders\s+van\s+groep|(?:^|\n|[.!?]\s)ouders\s*[,:!]"
    # "Ouders die nog vragen hebben over het kamp: stuur me ...", "Ouders met vragen over de paklijst: ..."
    r"|(?:^|\n|[.!?]\s)\W*ouders\s+(?:die|met)\s+[^.!?\n:]{1,80}:"
    r"|uw\s+kind|u\s+(?:kunt|kan|wilt|bent|heeft|hebt)|(?:kunt|kan|wilt|bent|heeft|hebt)\s+u"
    # who helps on a trip is a parent: "wie mee wil als begeleider", "hulpouders gezocht", "rijders voor vrijdag"
    r"|(?:als|voor)\s+begeleider|hulpouders?|rij-?ouders?|(?:ouders|ouder)\s+die\s+(?:\w+\s+)?(?:willen|wil|kunnen|kan)\s+(?:rijden|helpen|begeleiden))" + WB_R)


_PUPIL_WORDS = frozenset("toppers kanjers kinderen kids leerlingen leerling jongens meiden groep jij genoten jongen meisje huiswerk"
                         " meester juf mevrouw meneer chat privéchat"
                         " zit iedereen je jouw jullie".split())
#: Frequent trigger words of _PUPIL_WORDS -> the words of which a sentence must also hold one for them to count
#: (see :func:`sentences_with`): a title is a pupil cue only in a pupil's short answer ("ok meester").
_ANSWERS = (frozenset("ok oké oke okee ja jaa nee top dankjewel dankuwel bedankt thanks thx".split()),)
_PUPIL_ALSO: dict[str, tuple[frozenset[str], ...]] = {"meester": _ANSWERS, "juf": _ANSWERS, "mevrouw": _ANSWERS, "meneer": _ANSWERS}
_PARENT_WORDS = frozenset("ouders ouder uw u begeleider hulpouder hulpouders rijouder rijouders rij-ouder rij-ouders".split())


def audience(ctx: Context, start: int | None = None, end: int | None = None) -> set[str]:
    """Whom the text (or the sentence ``[start, end)``) addresses: a subset of
    ``{"pupils", "parents"}``. The sentence is looked at first, then the
    sentence before it in the same paragraph ("Ouders: nog vragen? Stuur me
    een DM"); if neither gives a cue, the whole text decides. Empty if
    nothing tells."""
    if start is not None:
        out = _audience_of(ctx.lower[start:end])
        if out:
            return out
        sents = sentences(ctx)
        starts = memo(ctx, "sentence_starts", lambda _c: [s for s, _ in sents])
        i = bisect.bisect_right(starts, start) - 1
        if i > 0 and "\n\n" not in ctx.text[sents[i - 1][1]:start].replace("\r", ""):
            out = _audience_of(span_text(ctx, sents[i - 1]))
            if out:
                return out
    return memo(ctx, "audience", _doc_audience)


def _audience_of(low: str) -> set[str]:
    out = set()
    if _PUPIL_AUDIENCE.search(low):
        out.add("pupils")
    if _PARENT_AUDIENCE.search(low):
        out.add("parents")
    return out


def _doc_audience(ctx: Context) -> set[str]:
    out = set()
    if matching_sentences(ctx, _PUPIL_AUDIENCE, _PUPIL_WORDS, first=True, also=_PUPIL_ALSO):
        out.add("pupils")
    if matching_sentences(ctx, _PARENT_AUDIENCE, _PARENT_WORDS, first=True):
        out.add("parents")
    return out


# ------------------------------------------------------------------ fast pre-filter

_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_PART_RE = re.compile(r"[^-'’]+")
#: Marks often found at either end of a word between spaces ("(ook", "zeker!", "'t", "“nee”,"), stripped
#: before the rest is taken as one word (see :func:`_word_index`). Any character that is no letter or digit
#: would do; these are the frequent ones.
_EDGE_MARKS = ".,;:!?\"'’‘“”()[]*#-–—…/&+=<>|~%"
# (str.isalnum is exactly the class [^\W_] of _WORD_RE: called without a look-up on each word under mypyc)
_ISALNUM: Final = str.isalnum


def word_set(ctx: Context) -> frozenset[str]:
    """The distinct lower-cased words of the text (built once per text).

    Hyphenated and apostrophe words are there whole and by their parts
    ("cao-afspraken", "cao", "afspraken"), so a pattern that matches part of a
    compound still finds its trigger word.
    """
    return memo(ctx, "word_set", lambda cx: frozenset(_word_index(cx)))


def has_any_word(ctx: Context, words: frozenset[str]) -> bool:
    """False if no word of ``words`` (lower case letters, no hyphen or
    apostrophe) stands whole in ``ctx.lower`` (between characters that are no
    letter or digit); True if one does, or may (a text whose lower case is
    not aligned with it, see :attr:`Context.lower`).

    A pattern whose every match holds one of ``words`` whole cannot match a
    text for which this is False: every letter of the text lies in one of
    :func:`sentences`, so each such word is in :func:`word_set`.
    """
    return not word_set(ctx).isdisjoint(words) or not memo(ctx, "lower_aligned", _lower_aligned)


def _lower_aligned(ctx: Context) -> bool:
    return ctx.text.isascii() or len(ctx.text.lower()) == len(ctx.text)


def _word_index(ctx: Context) -> dict[str, list[int]]:
    """Each word of the text -> the indices into :func:`sentences` of the
    sentences that hold it, in order (built once per text).

    A sentence's words are the matches of :data:`_WORD_RE` in its lower-cased
    text, and the parts of those with a hyphen or an apostrophe
    (:data:`_PART_RE`). They are found faster than by that pattern: from the
    text's tokens (:attr:`Context.token_table`, lower-cased once for the
    detectors already) where they give the same words (:func:`_index_from_tokens`),
    else from the pieces between white space (:func:`_index_from_pieces`).
    """
    return memo(ctx, "word_index", _build_word_index)


def _build_word_index(ctx: Context) -> dict[str, list[int]]:
    # The tokens' lower case is that of ctx.lower where the text's lower case has its length and no "Σ" (the
    # one letter str.lower writes by its neighbours: a final sigma).
    if memo(ctx, "lower_aligned", _lower_aligned) and "Σ" not in ctx.text:
        index = _index_from_tokens(ctx)
        if index is not None:
            return index
    return _index_from_pieces(ctx)


def _index_from_tokens(ctx: Context) -> dict[str, list[int]] | None:
    """:func:`_word_index` from the tokens, or None where they may not give
    the same words: a token across a sentence boundary, a letter or digit
    the tokens take for a mark, or two tokens that :data:`_WORD_RE` reads as
    one word (a word or number right after another, or after a hyphen or
    apostrophe right after one: "8jarige", "2-jarige", "groep'8").

    Otherwise every match of the pattern lies in one word or number token
    (tokens are cut at white space and marks, which no word holds but for
    those hyphens and apostrophes), so the words of a sentence are those of
    its tokens: most are one word (letters and digits only), the others go
    through the pattern. Tokens outside the sentences are left out, as the
    pattern never sees them.
    """
    table = ctx.token_table
    lows, starts, ends, kinds = table.lows, table.starts, table.ends, table.kinds
    sents = sentences(ctx)
    index: dict[str, list[int]] = {}
    if not sents:
        return index
    last = len(sents) - 1
    i = 0
    s, e = sents[0]
    glued_end = -1      # where the last word or number, or a hyphen/apostrophe right after one, ends
    for k in range(len(lows)):
        start = starts[k]
        while start >= e and i < last:
            i += 1
            s, e = sents[i]
        end = ends[k]
        if start < s or start >= e:     # outside the sentences
            if end > s and start < e:
                return None
            continue
        if end > e:
            return None
        kind = kinds[k]
        word = lows[k]
        if kind == "word" or kind == "num":
            if start == glued_end:
                return None
            glued_end = end
            if _ISALNUM(word):
                where = index.get(word)
                if where is None:
                    index[word] = [i]
                elif where[-1] != i:
                    where.append(i)
            else:
                _add_words(index, _words_of(word), i)
        elif word == "-" or word == "'" or word == "’":
            if start == glued_end:
                glued_end = end
        elif _ISALNUM(word):
            return None
    return index


def _index_from_pieces(ctx: Context) -> dict[str, list[int]]:
    """:func:`_word_index` from the pieces between white space: most are one
    word, possibly with marks at either end ("zeker!", "(ook"); only the
    others go through the pattern."""
    low = ctx.lower
    index: dict[str, list[int]] = {}
    for i, (s, e) in enumerate(sentences(ctx)):
        for piece in low[s:e].split():
            if not _ISALNUM(piece):
                core = piece.strip(_EDGE_MARKS)
                if not core:
                    continue                # marks only: no word
                if not _ISALNUM(core):      # more than one word, or one with a hyphen or an apostrophe
                    _add_words(index, _words_of(core), i)
                    continue
                piece = core
            where = index.get(piece)
            if where is None:
                index[piece] = [i]
            elif where[-1] != i:
                where.append(i)
    return index


def _add_words(index: dict[str, list[int]], words: list[str], i: int) -> None:
    """Add sentence ``i`` to the index entries of ``words`` (the sentences are added in order)."""
    for word in words:
        where = index.get(word)
        if where is None:
            index[word] = [i]
        elif where[-1] != i:
            where.append(i)


def _words_of(piece: str) -> list[str]:
    """The words of :data:`_WORD_RE` in ``piece``, with the parts of those that have a hyphen or an apostrophe."""
    words = _WORD_RE.findall(piece)
    for w in words[:]:
        if "-" in w or "'" in w or "’" in w:
            words.extend(_PART_RE.findall(w))
    return words


def _sentence_words(ctx: Context) -> list[frozenset[str]]:
    """The words of each sentence of :func:`sentences` (those of :func:`_word_index`)."""
    out: list[set[str]] = [set() for _ in sentences(ctx)]
    for word, where in _word_index(ctx).items():
        for i in where:
            out[i].add(word)
    return [frozenset(ws) for ws in out]


@functools.lru_cache(maxsize=128)
def _trigger_re(prefixes: tuple[str, ...], contains: tuple[str, ...]) -> re.Pattern:
    """One pattern that finds, in the newline-joined word list, every word
    that starts with one of ``prefixes`` or contains one of ``contains``."""
    alts = [re.escape(p) + r"[^\n]*" for p in prefixes] + [r"[^\n]*" + re.escape(c) + r"[^\n]*" for c in contains]
    return re.compile(r"^(?:" + "|".join(alts) + r")$", re.M)


def sentences_with(ctx: Context, words: frozenset[str] = frozenset(), prefixes: tuple[str, ...] = (),
                   contains: tuple[str, ...] = (), also: dict[str, tuple[frozenset[str], ...]] | None = None) -> list[int]:
    """Indices into :func:`sentences` of the sentences holding a word that is
    in ``words``, starts with one of ``prefixes`` or contains one of
    ``contains``. A check runs its full patterns only on these sentences,
    which keeps it fast; the trigger words must be chosen so that every match
    of the full pattern holds one of them. Most texts hold no trigger of most
    checks, and then this costs one set intersection.

    ``also`` (optional): frequent trigger words of ``words`` -> word sets of
    which a sentence must also hold one word each for that trigger to count
    ("veel" in "veel te druk" comes with "te"). Every match of the pattern
    must then hold a trigger that is not in ``also`` or one whose sets it
    meets (a word found through ``prefixes`` or ``contains`` always counts).
    """
    present = word_set(ctx)
    if prefixes or contains:
        loose = _words_matching(present, tuple(prefixes), tuple(contains))
        found = set(words & present) if words else set()
        found.update(loose)
        if not found:
            return []
    elif not words or words.isdisjoint(present):
        return []  # (the usual case: no trigger word in the text, found without a new set)
    else:
        loose = set()
        found = set(words & present)
    index = _word_index(ctx)
    conditional = [w for w in found if w in also and w not in loose] if also else []
    hits: set[int] = set()
    for w in found:
        if not conditional or w not in conditional:
            hits.update(index[w])
    for w in conditional:
        # the sentences that hold w and a word of each of its sets (and are not hits already)
        keep = set(index[w]).difference(hits)
        for group in also[w] if also else ():
            if not keep:
                break
            meets: set[int] = set()
            for g in group:
                where = index.get(g)
                if where is not None:
                    meets.update(where)
            keep.intersection_update(meets)
        hits.update(keep)
    return sorted(hits)


class _TriggerWords:
    """Which words start with given prefixes or contain given strings, shared
    by all texts (most words of one text occur in the others too).

    For each ``(prefixes, contains)`` key asked for so far, ``hits[key]`` holds
    the words of ``seen`` that match it: every key has looked at every word of
    ``seen`` (a key asked for later looks at them all when it comes). A text's
    words are looked up in ``seen`` and in ``any_hit`` (the words that match
    some key) once, not once per key. A text's new words go through two
    patterns for all keys together (:meth:`_candidates`); only the few they
    find are then tested per key. Bounded by :data:`_SEEN_MAX` words and 256
    keys (then it starts again).
    """

    def __init__(self) -> None:
        self.hits: dict[tuple[tuple[str, ...], tuple[str, ...]], set[str]] = {}
        self.seen: set[str] = set()
        self.any_hit: set[str] = set()
        self.last: frozenset[str] | None = None  # the word set of the last text looked at
        self.last_hits: frozenset[str] = frozenset()  # its words that match some key
        # the words that start with a prefix of some key of hits / the contained strings of all keys
        self.start_re: re.Pattern | None = None
        self.inner_re: re.Pattern | None = None
        self.any_stale = False  # a key was added since they were made

    def clear(self) -> None:
        self.hits.clear()
        self.seen.clear()
        self.any_hit.clear()
        self.last = None
        self.any_stale = True

    def _candidates(self, joined: str) -> set[str]:
        """The words of ``joined`` (one per line) that match some key: those
        that start with a prefix of one (a pattern that looks only at the
        prefixes with the line's first letter) and those around a match of
        the strings to contain (a search of the whole text). The patterns are
        made when new words come after a key was added, not at each key (a
        text asks for its keys one after another)."""
        if self.any_stale:
            prefixes = sorted({p for k in self.hits for p in k[0]})
            contains = sorted({c for k in self.hits for c in k[1]}, key=len, reverse=True)
            self.start_re = _prefix_re(tuple(prefixes)) if prefixes else None
            self.inner_re = re.compile("|".join(map(re.escape, contains))) if contains else None
            self.any_stale = False
        found = set(self.start_re.findall(joined)) if self.start_re is not None else set()
        if self.inner_re is not None:
            for m in self.inner_re.finditer(joined):
                end = joined.find("\n", m.end())
                found.add(joined[joined.rfind("\n", 0, m.start()) + 1:end if end >= 0 else len(joined)])
        return found

    def matching(self, present: frozenset[str], key: tuple[tuple[str, ...], tuple[str, ...]]) -> set[str]:
        hits = self.hits.get(key)
        if hits is None:
            if len(self.hits) >= 256:
                self.clear()
            hits = self.hits[key] = set(_trigger_re(*key).findall("\n".join(self.seen)))
            self.any_hit.update(hits)
            self.last = None
            self.any_stale = True
        if present is not self.last:
            new = present - self.seen
            if new:
                if len(self.seen) + len(new) > _SEEN_MAX:
                    keys = list(self.hits)
                    self.clear()
                    self.hits.update((k, set()) for k in keys)
                    self.any_stale = True
                    hits = self.hits[key]
                    new = present
                for w in self._candidates("\n".join(new)):
                    self.any_hit.add(w)
                    for (prefixes, contains), h in self.hits.items():
                        if w.startswith(prefixes) or _holds_any(w, contains):
                            h.add(w)
                self.seen.update(new)
            self.last, self.last_hits = present, present & self.any_hit
        return hits & self.last_hits


def _holds_any(word: str, parts: tuple[str, ...]) -> bool:
    for part in parts:
        if part in word:
            return True
    return False


@functools.lru_cache(maxsize=16)
def _prefix_re(prefixes: tuple[str, ...]) -> re.Pattern:
    """One pattern that finds, in a newline-joined word list, every word that
    starts with one of ``prefixes``; the prefixes are grouped by their first
    letter, so that a word is held against the few with its own."""
    if "" in prefixes:
        return re.compile(r"^[^\n]+", re.M)      # (every word starts with "")
    groups: dict[str, list[str]] = {}
    for p in prefixes:
        groups.setdefault(p[0], []).append(re.escape(p[1:]))
    return re.compile("^(?:" + "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")"
                                        for first, rests in groups.items()) + ")[^\n]*", re.M)


_TRIGGER_WORDS = _TriggerWords()
_SEEN_MAX = 200_000


def _words_matching(present: frozenset[str], prefixes: tuple[str, ...], contains: tuple[str, ...]) -> set[str]:
    """The words of ``present`` that start with one of ``prefixes`` or contain
    one of ``contains`` (only words not seen in earlier texts go through the
    pattern; see :class:`_TriggerWords`)."""
    return _TRIGGER_WORDS.matching(present, (prefixes, contains))


def matching_sentences(ctx: Context, pattern: re.Pattern, words: frozenset[str] = frozenset(),
                       prefixes: tuple[str, ...] = (), contains: tuple[str, ...] = (),
                       first: bool = False, also: dict[str, tuple[frozenset[str], ...]] | None = None
                       ) -> list[tuple[int, int]]:
    """Sentences (spans) whose lower-cased text matches ``pattern``, looking
    only at sentences that hold a trigger word (see :func:`sentences_with`,
    also for ``also``). With ``first``, stop at the first one."""
    sents = sentences(ctx)
    out = []
    for i in sentences_with(ctx, words, prefixes, contains, also):
        if pattern.search(span_text(ctx, sents[i])):
            out.append(sents[i])
            if first:
                break
    return out
