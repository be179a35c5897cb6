"""Phone numbers, e-mail addresses and social-media handles.

Sources:
- Dutch numbering plan (ACM / Nummerplan): 06 mobile, 0800 free-phone,
  0900/0906/0909 paid information numbers, 084/087 personal/VoIP, 085/088
  company numbers. Parsing and validation are done by ``phonenumbers``
  (Google libphonenumber metadata), region NL, international numbers too.
- Functional mailbox names (info@, administratie@ ...) are a list written for
  this project from how Dutch schools name their shared mailboxes.
"""

from __future__ import annotations

import functools
import re

import regex

from ..model import Severity, Span
from .base import Context, anchored_at, digit_runs, window

# ------------------------------------------------------------------ phones

# Cheap pre-filter: a run of digits with the separators people type, at least
# 7 digits long. Only these windows are handed to phonenumbers (which is slow
# on long texts).
_PHONE_CANDIDATE = regex.compile(r"(?<![\p{L}\p{Nd}@])(?:\+|00)?\(?\d[\d\s().\-/]{5,24}\d(?!\p{Nd})")
# Dutch mobile shape (06 + 8 digits), reported even where the range is not
# (yet) issued according to the phonenumbers metadata.
_NL_MOBILE = regex.compile(r"(?<![\p{L}\p{Nd}+])(?:(?:\+|00)31[\s-]?(?:\(0\))?[\s-]?|0)6[\s-]{0,3}(?:\d[\s.-]?){7}\d(?!\p{Nd})")
_SERVICE_PREFIXES = ("+31800", "+31900", "+31906", "+31909", "+3188", "+3185", "+3114")
#: Seven characters that a match of _PHONE_CANDIDATE can start with (it is seven or more characters of
#: "+", "(", digits and its separators), tested with ``re`` (cheaper per call than ``regex``): an ASCII
#: digit or white space (``re``'s \s holds every ASCII character of ``regex``'s), "().-/+", or any
#: character outside ASCII (so that no Unicode digit or space ``regex`` knows is left out).
_PHONE_HEAD = re.compile(r"[\d\s().\-/+\x80-\U0010ffff]{7}")


def _phone_candidates(ctx: Context):
    """The matches of ``_PHONE_CANDIDATE.finditer(ctx.text)``, found faster.

    A match starts with a digit that follows no letter or digit (the start of a
    run of digits: see :func:`.base.digit_runs`), or with "+" or "(" just before
    such a digit, or with "+(" just before it. The pattern is tried only there
    (see :func:`.base.anchored_at`) instead of at every character of the text,
    and only where _PHONE_HEAD matches (most runs of digits are followed by a
    letter within seven characters: "groep 7 naar").
    """
    text = ctx.text
    starts: list[int] = []
    for r, _e in digit_runs(ctx):
        if r and text[r - 1] in "+(":
            if r > 1 and text[r - 2] == "+" and text[r - 1] == "(":
                starts.append(r - 2)
            starts.append(r - 1)
        starts.append(r)
    head = _PHONE_HEAD.match
    return anchored_at(_PHONE_CANDIDATE, [s for s in starts if head(text, s)], text)


def detect_phones(ctx: Context) -> list[Span]:
    """Find phone numbers (``phone-number``).

    Mobile and landline numbers of persons are errors; 0800/0900/0906/0909
    service numbers and 085/088 company numbers are reported as ``info``
    (variant ``service``). Times (14.30), amounts, dates and school years are
    not phone numbers (``phonenumbers`` does not validate them).
    """
    import phonenumbers
    from phonenumbers import Leniency

    matcher = _matcher()
    text = ctx.text
    spans: list[Span] = []
    # Hand whole lines that hold a candidate to the matcher (it needs the
    # surroundings to split "0612345678 06-12345678" into two numbers).
    windows: list[tuple[int, int]] = []
    for cand in _phone_candidates(ctx):
        if sum(ch.isdigit() for ch in cand.group()) < 7:
            continue
        a = text.rfind("\n", 0, cand.start()) + 1
        b = text.find("\n", cand.end())
        b = len(text) if b == -1 else b
        a, b = max(a, cand.start() - 200), min(b, cand.end() + 200)
        if windows and a < windows[-1][1]:
            windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
        else:
            windows.append((a, b))
    for a, b in windows:
        for m in matcher(text[a:b], "NL", leniency=Leniency.VALID):
            s, e = a + m.start, a + m.end
            if text[s] == "(" and ")" not in text[s:e]:
                s += 1
            if _looks_like_date_or_amount(text, s, e):
                continue
            e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            if e164.startswith(_SERVICE_PREFIXES):
                spans.append(Span(s, e, "phone-number", 0.9, "phonenumbers", "service", Severity.INFO))
            else:
                left, _ = window(text, s, e, 30, 0)
                score = 0.95 if any(w in left for w in ("bel", "tel", "mobiel", "nummer", "06", "app")) else 0.85
                spans.append(Span(s, e, "phone-number", score, "phonenumbers"))
        for m in _NL_MOBILE.finditer(text, a, b):
            if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
                spans.append(Span(m.start(), m.end(), "phone-number", 0.8, "mobile-shape"))
    return spans


#: Fewer letters and digits than this cannot be a valid number (the shortest in the
#: phonenumbers metadata: a 1-digit country code and a 4-digit national number, or a
#: 5-digit Dutch number such as 14020 written without country code).
MIN_NUMBER_CHARS = 5


@functools.cache
def _matcher() -> type:
    """``phonenumbers.PhoneNumberMatcher`` that does not parse a candidate with
    fewer than :data:`MIN_NUMBER_CHARS` letters and digits (times, amounts and
    group numbers on the line of a phone number: "8.30", "45", "5"), which
    phonenumbers would parse and reject. Letters count because phonenumbers
    reads vanity letters as digits. Same matches, found without the parse."""
    from phonenumbers import PhoneNumberMatcher

    class Matcher(PhoneNumberMatcher):
        def _parse_and_verify(self, candidate, *args, **kwargs):
            if isinstance(candidate, str) and (len(candidate) < MIN_NUMBER_CHARS or
                                               sum(map(str.isalnum, candidate)) < MIN_NUMBER_CHARS):
                return None
            return super()._parse_and_verify(candidate, *args, **kwargs)

    return Matcher


_DATE_SHAPE = regex.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
_SCHOOL_YEAR_SHAPE = regex.compile(r"(19|20)\d\d\s?[-/]\s?(19|20)\d\d")


def _looks_like_date_or_amount(text: str, s: int, e: int) -> bool:
    raw = text[s:e]
    if _DATE_SHAPE.fullmatch(raw):
        return True
    if _SCHOOL_YEAR_SHAPE.fullmatch(raw):
        return True
    before = text[max(0, s - 2):s]
    return "€" in before or "$" in before


# ------------------------------------------------------------------ e-mail

_EMAIL = regex.compile(
    r"(?<![\p{L}\p{Nd}._%+-])[\p{L}\p{Nd}][\p{L}\p{Nd}._%+'-]{0,63}@(?:[\p{L}\p{Nd}](?:[\p{L}\p{Nd}-]{0,61}[\p{L}\p{Nd}])?\.)+\p{L}{2,24}(?![\p{L}\p{Nd}])"
)
#: The last character (searched backwards) that is none of a local part's in _EMAIL: an ASCII
#: character other than a letter, digit or one of "._%+'-". (Every character outside ASCII passes,
#: for \p{L} and \p{Nd} are not tested here.)
_NOT_LOCAL = regex.compile(r"(?r)[^A-Za-z0-9._%+'\-\x80-\U0010ffff]")
#: Local parts of shared mailboxes: not a person's address (warning, not error).
FUNCTIONAL_LOCAL_PARTS = frozenset(
    """info informatie administratie admin directie directeur secretariaat contact post mail office
    receptie balie ouderraad or mr gmr medezeggenschapsraad fg privacy avg noreply no-reply donotreply
    leerlingzaken leerlingadministratie personeelszaken hr p-zaken planning roosters rooster facturen
    factuur financien financiën crediteuren debiteuren boekhouding zorg ib ibteam zorgteam bestuur
    communicatie pers klachten aanmelden aanmelding aanmeldingen inschrijving inschrijvingen school
    team teams kinderopvang bso tso overblijf ict helpdesk support servicedesk webmaster website
    nieuwsbrief redactie vacatures sollicitatie werkenbij stage stages kantoor algemeen service
    absentie ziekmelding verzuim verlof ouders mediatheek bibliotheek bieb sport gym facilitair
    conciergerie vertrouwenspersoon""".split())
_FUNCTIONAL_PATTERNS = regex.compile(r"^(?:groep|klas|unit|team|bouw|locatie|school)[-_.]?\w{0,12}$|^(?:info|mr|or)[-_.]\w+$")


def detect_emails(ctx: Context) -> list[Span]:
    """Find e-mail addresses (``email-address``).

    A personal address is an error; a functional mailbox (info@,
    administratie@, groep5@ ...) is a warning (variant ``functional``).
    """
    spans = []
    for m in _emails(ctx.text):
        local = m.group().split("@", 1)[0].lower()
        if local in FUNCTIONAL_LOCAL_PARTS or _FUNCTIONAL_PATTERNS.match(local):
            spans.append(Span(m.start(), m.end(), "email-address", 0.9, "email", "functional", Severity.WARNING))
        else:
            spans.append(Span(m.start(), m.end(), "email-address", 0.95, "email"))
    return spans


def _emails(text: str):
    """The matches of ``_EMAIL.finditer(text)``, found faster: only from the
    start of the local part before each "@" on (at most 64 characters before
    it), and not at all in a text without one.

    Every match holds an "@" with at most 64 characters of the match before
    it, all of them characters of a local part (no "@" among them). So the
    next match (the first that starts at or after the end of the last one)
    starts no earlier than 64 characters before the first "@" at or after that
    end, nor before a character there that no local part holds, and a search
    from there finds it (the pattern may look behind where the search starts,
    as it does in ``finditer``). Without a further "@" there is no further match.
    """
    end = 0
    at = text.find("@")
    while at >= 0:
        lo = max(end, at - 64)
        stop = _NOT_LOCAL.search(text, lo, at)
        m = _EMAIL.search(text, stop.end() if stop else lo)
        if m is None:
            return
        yield m
        end = m.end()
        at = text.find("@", end)


# ------------------------------------------------------------------ social handles

_PROFILE_URL = regex.compile(
    r"(?:https?://)?(?:www\.|m\.|nl\.)?(?:instagram\.com|facebook\.com|fb\.com|tiktok\.com/@?|x\.com|twitter\.com|"
    r"linkedin\.com/in|youtube\.com/@|snapchat\.com/add|threads\.net/@?)/?@?([\p{L}\p{Nd}._-]{2,60})/?",
    regex.I)
_HANDLE = regex.compile(r"(?<![\p{L}\p{Nd}._%+-])@([\p{L}\p{Nd}_][\p{L}\p{Nd}._]{1,29})(?![\p{L}\p{Nd}_@])")
#: Profile paths that are not a person (site sections).
_NOT_PROFILES = frozenset("share sharer home login groups events pages watch explore reel p hashtag search "
                          "intent i policies help about legal".split())
_PLATFORM_WORDS = ("insta", "facebook", "fb", "tiktok", "x.com", "twitter", "linkedin", "youtube", "snap", "threads")
#: A handle written without "@" after the platform's name: "Snapchat: noah_b2014".
_LABELLED_HANDLE = regex.compile(
    r"\b(?:insta(?:gram)?|snap(?:chat)?|tiktok|twitter|threads|facebook|fb)\s*:\s*"
    r"(?P<h>[\p{L}\p{Nd}][\p{L}\p{Nd}._]{2,29})(?![\p{L}\p{Nd}_@])", regex.I)
#: Handles of schools and school organisations (reported as info, variant ``org``).
_ORG_HANDLE = regex.compile(
    r"^(?:obs|cbs|rkbs|pcbs|kbs|ikc|sbo|bs|kc|ods)[._]?\p{L}|school|kindcentrum|kindcampus|stichting|"
    r"kinderopvang|onderwijs|college|lyceum|ouderraad|bso", regex.I)
#: "@school", "@home": the word "at", not a handle.
_AT_WORDS = frozenset("school home thuis kamp work werk gym sporthal zwembad kerk bieb bibliotheek".split())


def detect_handles(ctx: Context) -> list[Span]:
    """Find ``@handles`` and personal profile URLs (``social-handle``).

    Handles listed as the school's own in the config allow-list are filtered
    later by the allow-list; e-mail addresses are not handles. A handle that
    names a school or school organisation (``@obsderegenboog``, one of the
    configured ``organisations``) is reported as info (variant ``org``);
    "@school" and "@home" (the word "at") are not handles.
    """
    text = ctx.text
    spans = []
    low = ctx.lower
    # Cheap tests before the regular expressions: a platform's name in the text, and before that
    # what each expression needs (see _may_have_profile_url and _may_have_label).
    may_url = _may_have_domain_end(text, low)
    may_label = ":" in text and _may_have_label(text, low)
    platforms = (may_url or may_label) and any(p in low for p in _PLATFORM_WORDS)
    for m in _PROFILE_URL.finditer(text) if platforms and may_url and _may_have_profile_url(text) else ():
        if m.group(1).lower() in _NOT_PROFILES:
            continue
        spans.append(_handle_span(ctx, m.start(), m.end(), m.group(1), 0.9, "profile-url"))
    taken = [(s.start, s.end) for s in spans]
    for m in anchored_at(_HANDLE, _at_signs(text), text):  # a handle starts at its "@"
        if any(a <= m.start() < b for a, b in taken):
            continue
        handle = m.group(1)
        if handle.isdigit() or handle.endswith(".") or handle.lower() in _AT_WORDS:
            continue
        spans.append(_handle_span(ctx, m.start(), m.end(), handle, 0.85, "handle"))
    for m in _LABELLED_HANDLE.finditer(text) if platforms and may_label else ():
        h = m.group("h")
        if any(a <= m.start("h") < b for a, b in taken) or not _HANDLE_MARK.search(h) or h.endswith("."):
            continue
        spans.append(_handle_span(ctx, m.start("h"), m.end("h"), h, 0.8, "labelled-handle"))
    return spans


def _at_signs(text: str) -> list[int]:
    """The offsets of the "@"s in ``text``, in order."""
    out = []
    i = text.find("@")
    while i != -1:
        out.append(i)
        i = text.find("@", i + 1)
    return out


#: One of these (in any case) is in every match of _PROFILE_URL.
_PROFILE_DOMAINS = ("instagram.com", "facebook.com", "fb.com", "tiktok.com", "x.com", "twitter.com", "linkedin.com/in",
                    "youtube.com/@", "snapchat.com/add", "threads.net")


def _may_have_profile_url(text: str) -> bool:
    """False if _PROFILE_URL cannot match ``text`` (no profile site's domain in
    it): a cheap test before the expensive search. Case-insensitive as the
    pattern is: a letter it matches case-folds to the pattern's letter, except
    "İ", which matches "i" and folds to "i" + U+0307 (dropped here)."""
    folded = text.casefold().replace("\u0307", "")
    return any(d in folded for d in _PROFILE_DOMAINS)


def _may_have_domain_end(text: str, low: str) -> bool:
    """False if _PROFILE_URL cannot match ``text`` (``low``: ``ctx.lower``) as
    it holds no ".com" or ".net" in any case, which every profile site's domain
    ends in (and which only ASCII letters match: no "ſ", "K" or "İ", which the
    pattern takes for an "s", "k" or "i"). With an "İ", whose lower case is two
    characters, ``low`` is not ``text.lower()`` (see ``Context.lower``): True then."""
    return _DOMAIN_END.search(low) is not None or "\u0130" in text


#: ".com" or ".net": one search, which ``re`` runs as a scan for the dots (two searches for the words
#: themselves take longer).
_DOMAIN_END = re.compile(r"\.(?:com|net)")


#: The platform names of _LABELLED_HANDLE, in lower case: before the colon of every match.
_LABEL_WORDS = ("insta", "instagram", "snap", "snapchat", "tiktok", "twitter", "threads", "facebook", "fb")


def _may_have_label(text: str, low: str) -> bool:
    """False if _LABELLED_HANDLE cannot match ``text`` (``low``: ``ctx.lower``)
    as no colon in it follows one of _LABEL_WORDS (in any case), past white
    space (skipped as ``str.isspace``, which holds every white space character
    of the pattern). The pattern takes "ſ" and "İ" for an "s" and an "i",
    ``str.lower`` does not: True for a text with one of them."""
    if "\u017f" in text or "\u0130" in text:
        return True
    i = text.find(":")
    while i != -1:
        j = i
        while j and text[j - 1].isspace():
            j -= 1
        if low.endswith(_LABEL_WORDS, 0, j):
            return True
        i = text.find(":", i + 1)
    return False


#: A digit, dot or underscore: a labelled handle ("Insta: juf.sanne") has one, a plain word does not.
_HANDLE_MARK = regex.compile(r"[\d._]")
_NOT_ALNUM = regex.compile(r"[\W_]+")


def _handle_span(ctx: Context, start: int, end: int, handle: str, score: float, detector: str) -> Span:
    """A ``social-handle`` span; variant ``org`` (info) for a school's or organisation's account."""
    flat = _NOT_ALNUM.sub("", handle.lower())
    orgs = {_NOT_ALNUM.sub("", o.lower()) for o in ctx.options.get("organisations") or () if o}
    if _ORG_HANDLE.search(handle) or any(o and (o in flat or flat in o) and len(flat) >= 4 for o in orgs):
        return Span(start, end, "social-handle", score, detector, "org", Severity.INFO)
    return Span(start, end, "social-handle", score, detector)
