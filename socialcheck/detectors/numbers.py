"""Citizen service numbers (BSN), bank accounts (IBAN), postal addresses and birth dates.

Sources:
- BSN: 9 digits passing the "elfproef" (weights 9..2 and -1, sum divisible by
  11), validated with ``stdnum.nl.bsn``. Usual written forms: ``123456782``,
  ``1234.56.782``, ``123 456 782``.
- IBAN: ISO 13616 with the mod-97 check (``stdnum.iban``), printed in groups
  of four or run together. Dutch IBANs are 18 characters (``NLkk BBBB 0123 4567 89``).
- Dutch postcodes (PostNL): four digits, the first not 0, then two capitals;
  the letter pairs SA, SD and SS are not issued. Written ``1234 AB``,
  ``1234AB``, ``1234 ab``.
- Street names: Dutch street-name endings (straat, laan, weg, plein, gracht ...)
  followed by a house number with optional addition (``12a``, ``12-2``, ``12 bis``).
"""

from __future__ import annotations

import bisect
import sys

import regex

from ..model import Severity, Span
from .base import Context, anchored_at, digit_runs, window

#: Where a date or a BSN can start: where a run of digits starts (they start with a
#: digit that follows no letter or digit). See :func:`.base.anchored`.
_digit_runs = digit_runs


def _bsn_starts(ctx: Context) -> list[int]:
    """Where _BSN can match: the starts of the runs of digits (see
    :func:`.base.digit_runs`) of nine digits, or of four or two digits before
    a ".", or of three before a "." or a space (each of its forms starts so)."""
    text = ctx.text
    out = []
    for r, e in _digit_runs(ctx):
        k = e - r
        if k == 9 or (k == 4 or k == 2) and text[e:e + 1] == "." or k == 3 and text[e:e + 1] in (" ", "."):
            out.append(r)
    return out


def _date_starts(ctx: Context) -> list[int]:
    """Where _DATE can match: the starts of the runs of digits (see
    :func:`.base.digit_runs`) that its forms start with: four digits "19.."
    or "20.." before a "-"; or one digit, or two the first of them 0-3, then
    "-", "/" or "." and a run of one digit or two the first of them 0 or 1
    before one of those again, or then what can follow the day of a date
    written with the month's name: "e", "ste" or "de", or spaces and the
    first three letters of a month (in any case, as _DATE ignores case; and
    "ſ" and "İ", which it takes for an "s" and an "i")."""
    text = ctx.text
    n = len(text)
    runs = _digit_runs(ctx)
    out = []
    for i, (r, e) in enumerate(runs):
        k = e - r
        if k == 4:
            if text[r:r + 2] in ("19", "20") and text[e:e + 1] == "-":
                out.append(r)
            continue
        if k > 2 or k == 2 and text[r] not in "0123" or e == n:
            continue
        c = text[e]
        if c == "-" or c == "/" or c == ".":
            if i + 1 < len(runs):
                r2, e2 = runs[i + 1]
                month = e2 - r2 == 1 or e2 - r2 == 2 and text[r2] in "01"
                if r2 == e + 1 and month and text[e2:e2 + 1] in _DATE_SEPARATORS:
                    out.append(r)
        elif c in _DAY_SUFFIX_STARTS:
            out.append(r)
        elif c == " " or c == "\u00a0":
            j = e + 1
            while j < n and (text[j] == " " or text[j] == "\u00a0"):
                j += 1
            head = text[j:j + 3]
            if head.lower() in _MONTH_HEADS or "\u017f" in head or "\u0130" in head:
                out.append(r)
    return out


#: The separators of _DATE's numeric forms (not the empty string: a text's end is none).
_DATE_SEPARATORS = frozenset("-/.")
#: The first letters of "e", "ste" and "de" after a day in _DATE (in any case, and "ſ" for "s").
_DAY_SUFFIX_STARTS = frozenset("eEsSdD\u017f")

# ------------------------------------------------------------------ BSN

_BSN = regex.compile(r"(?<![\p{L}\p{Nd}.,/-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{2}\.\d{3}\.\d{3}\.\d)(?![\p{Nd}]|[.,/-]\p{Nd})")
_NOT_DIGIT = regex.compile(r"\D")
#: An order, invoice or reference number label just before nine digits: not a BSN.
_REFERENCE_BEFORE = regex.compile(r"(?:order|factuur|klant|artikel|referentie|kenmerk|dossier)\w*\W*$")
_BSN_CONTEXT = ("bsn", "burgerservice", "sofi", "persoonsnummer", "burger service")


def detect_bsn(ctx: Context) -> list[Span]:
    """Find BSNs (``national-id``): the elfproef must hold; nine digits that
    fail it are not a BSN. Context words (BSN, burgerservicenummer) raise the score."""
    from stdnum.nl import bsn

    text = ctx.text
    spans = []
    for m in anchored_at(_BSN, _bsn_starts(ctx), text):  # a BSN starts where a run of digits starts
        digits = _NOT_DIGIT.sub("", m.group())
        if len(digits) != 9 or digits == "000000000" or not bsn.is_valid(digits):
            continue
        left, right = window(text, m.start(), m.end(), 40, 10)
        context = any(w in left for w in _BSN_CONTEXT)
        if not context and _REFERENCE_BEFORE.search(left):
            continue
        spans.append(Span(m.start(), m.end(), "national-id", 0.95 if context else 0.6, "bsn"))
    return spans


# ------------------------------------------------------------------ IBAN

_IBAN = regex.compile(r"(?<![\p{L}\p{Nd}])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![\p{L}\p{Nd}])")
#: Two digits after two letters: an IBAN can start at those letters (two such places
#: never overlap). They are the starts of the runs of two or more digits that follow two
#: ASCII letters (see _iban_anchors); the same as the matches of this pattern.
_IBAN_ANCHOR = regex.compile(r"\d{2}(?<=[A-Za-z]{2}\d{2})")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _iban_anchors(ctx: Context) -> list[int]:
    """The starts of the matches of _IBAN_ANCHOR in ``ctx.text``, from the runs of digits."""
    text, letters = ctx.text, _ASCII_LETTERS
    return [s for s, e in _digit_runs(ctx) if e - s >= 2 and s >= 2 and text[s - 1] in letters and text[s - 2] in letters]


def detect_iban(ctx: Context) -> list[Span]:
    """Find IBANs (``bank-account``) with or without spaces; mod-97 must hold."""
    from stdnum import iban

    spans = []
    for m in anchored_at(_IBAN, _iban_anchors(ctx), ctx.text, lead=2):
        raw = m.group()
        compact = raw.replace(" ", "").upper()
        # Trim trailing groups that are ordinary words ("NL91 ABNA 0417 1643 00 t.n.v.").
        if iban.is_valid(compact):
            spans.append(Span(m.start(), m.end(), "bank-account", 0.98, "iban"))
            continue
        parts = raw.split(" ")
        while len(parts) > 3:
            parts.pop()
            cand = " ".join(parts)
            if iban.is_valid(cand.replace(" ", "").upper()):
                spans.append(Span(m.start(), m.start() + len(cand), "bank-account", 0.98, "iban"))
                break
    return spans


# ------------------------------------------------------------------ addresses

_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
_POSTCODE = regex.compile(
    rf"(?<![\p{{L}}\p{{Nd}}])([1-9]\d{{3}})[ \u00a0]?([{_POSTCODE_LETTERS}]{{2}}|[{_POSTCODE_LETTERS.lower()}]{{2}})(?![\p{{L}}\p{{Nd}}])")
_NOT_POSTCODE = frozenset({"SA", "SD", "SS", "KM", "KG", "MB", "GB", "KB", "MW", "KW", "CM", "MM", "ML", "CL",
                           "DL", "HA", "PK", "AM", "PM", "BC", "NL", "EN", "ZN", "TB", "HZ", "DB"})
_STREET_SUFFIX = (
    r"straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|dreef|pad|steeg|plantsoen|ring|baan|"
    r"boulevard|markt|erf|veld|wal|haven|dam|kamp|hoeve|burg|tuin|berg|akker|meent|zoom|oord|rade|"
    r"wetering|vaart|allee|dwarsstraat|straatje|laantje|pleintje|hofje|gaarde|horst|hout|bosch|bos|"
    r"dal|rijk|wei|weide|donk|acker|brink|es|hoek|poort|kwartier|passage|promenade|galerij|kanaal|"
    r"stede|stee|oever|strand|duin|duinen|polder|lei|vliet|diep|wijk|heuvel|hove|waard|rak|zijde|"
    r"eiland|terp|wierde|schans|bolwerk|veste|vest|wall|street|road|lane|avenue")
#: A street name (up to four capitalised words or particles, then a capitalised word with a
#: street-name ending) and a house number. Written for speed; the same matches as the plain
#: r"(?<![\p{L}\p{Nd}])(?:(?:[\p{Lu}][\p{L}'’.-]*|van|...|bij)[ ]){0,4}[\p{Lu}][\p{L}'’-]*(?:straat|...)[ ]\d..."
#: (tests/test_fast_paths.py compares the two): a word must be followed by a space, which is
#: none of its characters, so its run of letters is taken whole (possessive ``*+``, no
#: backtracking into it) and the ending is looked for once, behind the space, instead of after
#: each shorter run. (The look-behind cannot reach the capital before the run: the endings are
#: lower case.)
_STREET = regex.compile(
    rf"(?<![\p{{L}}\p{{Nd}}])(?:(?:[\p{{Lu}}][\p{{L}}'’.-]*+|van|de|der|den|het|'t|ter|ten|te|op|aan|in|bij)[ ]){{0,4}}"
    rf"[\p{{Lu}}][\p{{L}}'’-]*+(?<=(?:{_STREET_SUFFIX}))[ ]"
    rf"(\d{{1,5}}(?:[ ]?[a-zA-Z](?![\p{{L}}])|[-/]\d{{1,4}}|[ ](?:bis|hs|I{{1,3}}|zw|rd)\b)?)(?![\p{{Nd}},.]\d)"
)
#: Cheap anchors for _STREET: a word with a street-name ending, a space and a digit (see
#: _street_anchors). _STREET only runs on the lines that hold one (it cannot match elsewhere),
#: which is much faster on long texts.
_STREET_ENDINGS = tuple(_STREET_SUFFIX.split("|"))
#: The street-name endings by their last two letters (each has two or more).
_ENDINGS_BY_LAST_TWO = {two: tuple(x for x in _STREET_ENDINGS if x.endswith(two))
                        for two in {x[-2:] for x in _STREET_ENDINGS}}
_POSTBUS = regex.compile(r"(?<![\p{L}])[Pp]ostbus[ \u00a0]+\d{1,6}(?!\p{Nd})")
#: A capitalised word (a town) after a postcode.
_CAPITALISED_AFTER = regex.compile(r"[ ,]*[\p{Lu}][\p{L}'’-]+")
_ADDR_CONTEXT = ("adres", "woont", "wonen", "postcode", "straat", "huis", "bij ons", "thuis", "verhuisd")


def detect_addresses(ctx: Context) -> list[Span]:
    """Find street + house number, Dutch postcodes and Postbus numbers
    (``postal-address``). A street, postcode and town written together
    (``Lindelaan 12, 3512 AB Utrecht``) become one span."""
    text = ctx.text
    spans: list[Span] = []
    for m in _street_matches(ctx):
        start = m.start()
        # Drop leading sentence words that are not part of the street name.
        words = text[start:m.start(1)].split(" ")
        while len(words) > 1 and (words[0][:1].islower() or (words[0][:1].isupper() and _is_common_lead(words[0]))):
            start += len(words[0]) + 1
            words.pop(0)
        spans.append(Span(start, m.end(), "postal-address", 0.85, "street"))
    for m in anchored_at(_POSTCODE, _postcode_starts(ctx), text):  # (the matches of _POSTCODE.finditer(text))
        letters = m.group(2)
        if letters.upper() in _NOT_POSTCODE:
            continue
        left, right = window(text, m.start(), m.end(), 40, 25)
        near_street = any(sp.end <= m.start() and m.start() - sp.end <= 4 for sp in spans)
        context = near_street or any(w in left for w in _ADDR_CONTEXT) or bool(
            _CAPITALISED_AFTER.match(text[m.end():m.end() + 30]))
        if letters.islower() and not context:
            continue
        if 1900 <= int(m.group(1)) <= 2099 and not context:
            continue  # "2024 ZO" style year + abbreviation
        spans.append(Span(m.start(), m.end(), "postal-address", 0.9 if context else 0.7, "postcode", "postcode"))
    for m in _POSTBUS.finditer(text) if "ostbus" in text else ():  # (a cheap test before the search)
        spans.append(Span(m.start(), m.end(), "postal-address", 0.9, "postbus", "postbus"))
    return _merge_address_parts(text, spans)


def _postcode_starts(ctx: Context) -> list[int]:
    """Where _POSTCODE can match: the starts of the runs of digits (see
    :func:`.base.digit_runs`) of four digits, the first of them 1-9, before a
    space or a letter of a postcode (its only form)."""
    text = ctx.text
    return [r for r, e in _digit_runs(ctx) if e - r == 4 and text[r] in "123456789" and text[e:e + 1] in _POSTCODE_NEXT]


#: What can follow the digits of a postcode in _POSTCODE (not the empty string: a text's end cannot).
_POSTCODE_NEXT = frozenset(" \u00a0" + _POSTCODE_LETTERS + _POSTCODE_LETTERS.lower())


def _street_anchors(ctx: Context) -> list[int]:
    r"""Where r"[a-z] \d" matches in ``ctx.text`` (with ``re``, whose ``\d`` is
    ``str.isdecimal``), in order: the starts of the runs of digits (see
    :func:`.base.digit_runs`) that follow a space after a letter a-z, less two."""
    text = ctx.text
    return [r - 2 for r, _e in _digit_runs(ctx)
            if r >= 2 and text[r - 1] == " " and "a" <= text[r - 2] <= "z" and text[r].isdecimal()]


def _street_matches(ctx: Context):
    """The matches of ``_STREET.finditer(text, lo, hi)`` over the lines that
    hold a street anchor (a street-name ending, a space and a digit).

    A match ends in a street-name ending at an anchor, and from its start to
    that ending it holds only letters, "'", "’", ".", "-" and at most four
    single spaces. So on a line it can only start after the last character
    before an anchor that breaks such a stretch (another character, a second
    space in a row, the fifth space). The search for the next match starts
    there (or where the last match ended, if that is later): the same matches
    as a scan of the whole line, without trying the rest of it, nor the words
    before the stretch (which each cost the pattern several tries).
    """
    text = ctx.text
    lines: list[list] = []  # [lo, hi, anchors] per line with an anchor
    for a in _street_anchors(ctx):  # (the letter before the space)
        # (the endings that end in the word's last two letters: a word shorter than that has none)
        if a == 0 or not text.endswith(_ENDINGS_BY_LAST_TWO.get(text[a - 1:a + 1], ()), max(0, a - 15), a + 1):
            continue
        lo = text.rfind("\n", 0, a) + 1
        hi = text.find("\n", a + 3)
        hi = len(text) if hi == -1 else hi
        if lines and lo <= lines[-1][1]:
            lines[-1][1] = max(lines[-1][1], hi)
            lines[-1][2].append(a)
        else:
            lines.append([lo, hi, [a]])
    for lo, hi, anchors in lines:
        cur = lo
        for a in anchors:
            if a < cur:
                continue  # inside the last match
            start, spaces = a, 0
            while start > lo:
                c = text[start - 1]
                if c == " ":
                    if spaces == 4 or start - 2 >= lo and text[start - 2] == " ":
                        break
                    spaces += 1
                elif c < "\x80" and not (c.isalpha() or c in "'.-"):
                    break  # (outside ASCII, where \p{L} and str.isalpha may differ, every character is passed)
                start -= 1
            m = _STREET.search(text, max(cur, start), hi)
            if m is None:
                break
            yield m
            cur = m.end()


_COMMON_LEADS = frozenset("wij we ik jij je hij zij ze u het de een op in naar bij van voor aan uit "
                          "adres woont wonen welkom kom komt vanaf tot via langs".split())


def _is_common_lead(word: str) -> bool:
    return word.lower() in _COMMON_LEADS


def _merge_address_parts(text: str, spans: list[Span]) -> list[Span]:
    spans.sort(key=lambda s: s.start)
    out: list[Span] = []
    for sp in spans:
        if out and 0 <= sp.start - out[-1].end <= 3 and text[out[-1].end:sp.start].strip(" ,\u00a0") == "":
            prev = out[-1]
            out[-1] = Span(prev.start, sp.end, "postal-address", max(prev.score, sp.score), "address", None)
            continue
        if out and sp.start < out[-1].end:
            continue
        out.append(sp)
    return out


# ------------------------------------------------------------------ birth dates

_MONTHS = (r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
           r"jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
#: The first three letters of the month names of _DATE, in lower case (_DATE also takes "ſ" for
#: an "s" and "İ", whose lower case is two characters, for an "i").
_MONTH_HEADS = frozenset(m[:3] for m in _MONTHS.split("|"))
_DATE = regex.compile(
    rf"(?<![\p{{L}}\p{{Nd}}])(?:"
    rf"(?:[0-3]?\d)(?:e|ste|de)?[ \u00a0]+(?:{_MONTHS})\.?(?:[ \u00a0]+(?:19|20)\d\d)?"
    rf"|[0-3]?\d[-/.][01]?\d[-/.](?:19|20)?\d\d"
    rf"|(?:19|20)\d\d-[01]\d-[0-3]\d"
    rf")(?![\p{{L}}\p{{Nd}}])", regex.I)
_BIRTH_BEFORE = regex.compile(
    r"(?:geboren|geb\.|geboortedatum|geboorte|jarig|verjaardag|verjaart|levenslicht|born|birthday|date of birth|dob)"
    r"\W+(?:\w+\W+){0,4}$", regex.I)
_BIRTH_AFTER = regex.compile(r"^\W{0,3}(?:\w+\W+){0,3}(?:geboren|jarig|verjaardag)", regex.I)


def detect_birth_dates(ctx: Context) -> list[Span]:
    """Find dates with birth context (``birth-date``): "geboren op 12 maart
    2017", "geboortedatum: 12-03-2017", "jarig op 3 mei". Dates without such
    context are not reported."""
    text = ctx.text
    spans = []
    sents = ctx.sentences
    # The words that the context patterns need are looked for first, in the lower-cased text; not
    # in a text with "ſ" or "İ", which the patterns take for an "s" and an "i" and str.lower does not.
    low = None if "\u017f" in text or "\u0130" in text else ctx.lower
    for m in anchored_at(_DATE, _date_starts(ctx), text):
        start, end = m.start(), m.end()
        s0, s1 = _sentence_at(sents, start)
        a, b = max(s0, start - 60), min(s1 if s1 > end else end + 40, end + 40)
        if low is not None and not (_holds_any(low, a, start, _BEFORE_WORDS) or _holds_any(low, end, b, _AFTER_WORDS)):
            continue
        if _BIRTH_BEFORE.search(text[a:start]) or _BIRTH_AFTER.search(text[end:b]):
            spans.append(Span(start, end, "birth-date", 0.9, "date-context"))
    return spans


#: Words (in lower case) of which every match of _BIRTH_BEFORE holds one, and of _BIRTH_AFTER.
_BEFORE_WORDS = ("geb", "jarig", "verjaar", "levenslicht", "born", "birthday", "date of birth", "dob")
_AFTER_WORDS = ("geboren", "jarig", "verjaardag")


def _holds_any(low: str, a: int, b: int, words: tuple[str, ...]) -> bool:
    """Does ``low[a:b]`` hold one of ``words``?"""
    for w in words:
        if low.find(w, a, b) != -1:
            return True
    return False


def _sentence_at(sents: list[tuple[int, int]], off: int) -> tuple[int, int]:
    """``Context.sentence_at(off)`` given ``ctx.sentences``: the sentence holding ``off``, or
    ``(off, off)``.
    (A search among the spans themselves, without the list of their starts that ``sentence_at``
    builds first: a document holds far fewer dates than sentences.)"""
    i = bisect.bisect_right(sents, (off, sys.maxsize)) - 1
    if i >= 0 and sents[i][0] <= off <= sents[i][1]:
        return sents[i]
    return (off, off)


__all__ = ["detect_bsn", "detect_iban", "detect_addresses", "detect_birth_dates", "Severity"]
