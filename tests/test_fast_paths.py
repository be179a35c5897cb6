"""Fast paths must give what the plain way gives: each shortcut below is
checked against the computation it replaces, on generated texts that reach
the corner cases (marks, non-ASCII digits, emoji, "İ", hyphens, line breaks)."""

from __future__ import annotations

import itertools
import random
import re

import regex

from socialcheck.checks import _common, role
from socialcheck.detectors import contact, names, numbers
from socialcheck.detectors.base import Context, anchored_at, digit_runs
from socialcheck.nlp import ABBREVIATIONS, _kind_of, scan

_PIECES = ["ik", "Ik", "mijn", "mij", "me", "meer", "mijnheer", "IK", "İk", "ik-zelf", "m'n", "dik", "Jan", "J",
           "dhr", "mr", "12", "3e", "٣", "²", "a\u0301", "1.", "2)", "-", "•", "#", "#ik", "😀", "🚌", "\ufe0f",
           "\u200d", "^", "©", ".", ",", ":", "!", "?", "…", "'", "’", "\"", "(", "*", ">", "_", "@", "@ik",
           "NL91ABNA0417164300", "ab12", "AB 12", "x1", "06-12345678", "facebook.com/x", "FACEBOOK.COM",
           "İnstagram.com", "lİnkedin.com/in/x", "Lieve", "BESTE", "groetjes", "juf", "meester", "Hallo juf",
           " ", "  ", "\t", "\u00a0", "\n", "\n\n", " \n ", "\r\n", "\u2028"]


def _texts(seed: int, n: int = 3000, most: int = 14):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, most)))


# ------------------------------------------------------------------ tokenizer

_REF_PIECE = regex.compile(
    r"""
    [\p{L}\p{M}](?:[\p{L}\p{M}\p{Nd}]|['’](?=[\p{L}])|-(?=[\p{L}\p{Nd}]))*
  | \p{Nd}+(?:[.,:/-]\p{Nd}+)*
  | \n[ \t]*\n\s*|\n
  | [^\s\p{L}\p{M}\p{Nd}]
  | [^\S\n]+
    """,
    regex.X,
)


def _reference_scan(text: str):
    """The tokenizer written the plain way: one piece (token or white space) at a time."""
    texts, starts, kinds, sent = [], [], [], []
    pos, start_next, prev_word, prev_kind = 0, True, "", "nl"
    for piece in _REF_PIECE.findall(text):
        kind = _kind_of(piece[0])
        if kind == "space":
            pos += len(piece)
            continue
        texts.append(piece)
        starts.append(pos)
        kinds.append(kind)
        pos += len(piece)
        if kind in ("word", "num"):
            glued = texts[-2:-1] == ["."] and starts[-2] + 1 == starts[-1] and piece[0].islower()
            sent.append(start_next and not (glued and prev_kind == "punct"))
            start_next, prev_word = False, piece
        elif kind == "nl":
            sent.append(False)
            start_next = True
        else:
            sent.append(False)
            if piece in ".!?…":
                if piece != "." or (prev_word.lower() not in ABBREVIATIONS
                                    and not (len(prev_word) == 1 and prev_word.isalpha())):
                    start_next = True
            elif piece in "•·▪►–-" and prev_kind == "nl":
                start_next = True
            elif piece in "\"“”'‘’([" and start_next:
                pass
            elif start_next and prev_kind in ("nl", "punct"):
                pass
            elif piece != ":":
                start_next = start_next and piece in "*#>"
        prev_kind = kind
    return texts, starts, [s + len(t) for s, t in zip(starts, texts)], kinds, sent


def test_scan_matches_the_plain_tokenizer():
    for text in _texts(1, 5000):
        t = scan(text)
        assert (t.texts, t.starts, t.ends, t.kinds, t.sent) == _reference_scan(text), repr(text)


_LINE_PIECES = ["Hallo", "juf", "Sanne", "mei.", "@lieke.opdefiets", "juf.mo", "a.B", "Hallo,", "jij?", "zo!", "a:", "b;", "(c)", "d)", 'e"', "f'", "g’",
                "h”", "12", "3.5", "2024-2025", "١٢", "x2", "zo’n", "Emma's", "a-b", "a-", "-", "–", "•", "*", "...", "…",
                "dhr.", "J.", "'t", "«", "_", "#", "@", "😀", "é", "İ", "ǅ", " ", " ", "  ", "\t", "\xa0", "\u2009",
                "\n", "\n\n", " \n ", "\n \n", "\n\t\n  ", "\r\n", "\u2028", "\x0b"]


def test_scan_by_lines_and_spaces_is_the_pattern_scan():
    """nlp._scan_lines (texts where ``re`` cuts as ``regex`` does) gives the
    tokens of the plain scan with the pattern, and scan() picks the path by
    the characters of the text."""
    from socialcheck import nlp
    rng = random.Random(26)
    fast = 0
    for _ in range(6000):
        text = "".join(rng.choice(_LINE_PIECES) for _ in range(rng.randint(0, 24)))
        want = nlp._scan_pieces(text, nlp._RE_TOKEN_SPACE_RE, nlp._RE_LEAD)
        if nlp._re_safe(text):
            got = nlp._scan_lines(text)
            assert (got.texts, got.starts, got.ends, got.kinds, got.sent) == \
                (want.texts, want.starts, want.ends, want.kinds, want.sent), repr(text)
            fast += 1
        t = scan(text)
        assert (t.texts, t.starts, t.ends, t.kinds, t.sent) == _reference_scan(text), repr(text)
    assert fast > 3000


def test_re_safe_looks_at_every_character_that_is_not_safe_ascii():
    from socialcheck import nlp
    assert [c for c in range(128) if nlp._re_unsafe_char(chr(c))] == [0x1c, 0x1d, 0x1e, 0x1f]
    rng = random.Random(27)
    chars = [chr(c) for c in range(0x300)] + ["\ud800", "\udfff", "😀", "\u0301", "²", "٣", "\u2028", "İ", "ʼ",
                                              "\U000e0001", "\u3000", "\U0001d7ce"]
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 8)))
        assert nlp._re_safe(text) == (not any(map(nlp._re_unsafe_char, text))), repr(text)


# ------------------------------------------------------------------ detectors


def test_iban_anchors_are_the_anchor_pattern_matches():
    for text in _texts(2):
        ctx = Context(text)
        assert numbers._iban_anchors(ctx) == [m.start() for m in numbers._IBAN_ANCHOR.finditer(text)], repr(text)


def test_profile_url_gate_never_hides_a_match():
    for text in _texts(3):
        if contact._PROFILE_URL.search(text):
            assert contact._may_have_profile_url(text), repr(text)


def test_greeting_gate_never_hides_a_match():
    for text in _texts(4):
        for cut in range(0, len(text) + 1, 3):
            before = text[:cut]
            if names._GREETING_BEFORE.search(before):
                assert names._may_greet(before), repr(before)


_NUMBER_PIECES = ["+", "(", ")", "+(", "+31", "0031", "00", "0", "06", "020", "12", "1234", "123456", "12345678",
                  "٣", "٣٣٣٣", "²", " ", "  ", "\t", "\n", "\u00a0", "\u2028", "\x1c", "-", "/", ".", ",", ":", "@",
                  "a", "X", "é", "straat", "laan", "weg", "Dorps", " 12", "a 1", "Z 1", "ü 1", "10a", "bis"]


def _number_texts(seed: int, n: int = 6000):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_NUMBER_PIECES) for _ in range(rng.randint(0, 16)))


def test_phone_candidates_from_digit_runs_are_the_pattern_matches():
    """contact._phone_candidates tries the candidate pattern only at the starts
    of digit runs (and a "+", "(" or "+(" before one): the same matches as
    searching the whole text."""
    matched = 0
    for text in itertools.chain(_number_texts(16), _texts(17)):
        want = [m.span() for m in contact._PHONE_CANDIDATE.finditer(text)]
        assert [m.span() for m in contact._phone_candidates(Context(text))] == want, repr(text)
        matched += bool(want)
    assert matched > 500


def test_bsn_and_date_patterns_tried_at_fewer_digit_runs_find_every_match():
    """detect_bsn and detect_birth_dates try their patterns only at the digit
    runs of the lengths their forms start with: the matches of finditer."""
    dates = ["12 maart 2017", "3e mei", "1ste", "12-03-2017", "1/3/17", "2017-03-12", "1917-1-1", "31 DEC. 2020",
             "1234.56.782", "123 456 782", "123.456.782", "12.345.678.9", "123456782", "1234567820", "99", "42",
             "1 ſept", "2 meİ", "4 MRT", "5  oKt", "6\u00a0Jan", "7 op", "8.30", "1-12-", "3/1٣/2020"]
    rng = random.Random(28)
    found = [0, 0]
    for text in itertools.chain(_number_texts(29, 4000), ("".join(rng.choice(dates + _NUMBER_PIECES)
                                                                  for _ in range(rng.randint(0, 8)))
                                                          for _ in range(6000))):
        ctx = Context(text)
        for k, (pattern, starts) in enumerate(((numbers._BSN, numbers._bsn_starts(ctx)),
                                               (numbers._DATE, numbers._date_starts(ctx)))):
            want = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in anchored_at(pattern, starts, text)] == want, repr(text)
            found[k] += bool(want)
    assert min(found) > 300


def test_postcode_pattern_tried_at_fewer_digit_runs_finds_every_match():
    pieces = _NUMBER_PIECES + ["1234 AB", "1234AB", "9999 zz", "0123 AB", "1234\u00a0AB", "AB", "ab", "SA", "Ab", "1٣34 AB"]
    rng = random.Random(31)
    found = 0
    for _ in range(10000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        want = [m.span() for m in numbers._POSTCODE.finditer(text)]
        assert [m.span() for m in anchored_at(numbers._POSTCODE, numbers._postcode_starts(Context(text)), text)] \
            == want, repr(text)
        found += bool(want)
    assert found > 500


def test_sentence_at_from_the_sentence_spans_is_the_context_s():
    for text in itertools.chain(_texts(32, 500), _number_texts(33, 500)):
        ctx = Context(text)
        for off in range(len(text) + 1):
            assert numbers._sentence_at(ctx.sentences, off) == ctx.sentence_at(off), (repr(text), off)


def test_digit_runs_are_the_decimal_digit_runs():
    for text in _number_texts(18, 2000):
        assert digit_runs(Context(text)) == [m.span() for m in regex.finditer(r"\p{Nd}+", text)], repr(text)


def test_street_anchors_from_digit_runs_are_every_letter_space_digit():
    plain = re.compile(r"[a-z] \d")
    for text in itertools.chain(_number_texts(19), _texts(20)):
        assert numbers._street_anchors(Context(text)) == [m.start() for m in plain.finditer(text)], repr(text)


def test_street_pattern_written_for_speed_is_the_plain_pattern():
    """numbers._STREET takes a word's letters whole and looks for the ending
    behind the space: the same matches and house numbers as the plain pattern,
    searched from anywhere in a text to anywhere."""
    plain = regex.compile(
        r"(?<![\p{L}\p{Nd}])(?:(?:[\p{Lu}][\p{L}'’.-]*|van|de|der|den|het|'t|ter|ten|te|op|aan|in|bij)[ ]){0,4}"
        rf"[\p{{Lu}}][\p{{L}}'’-]*(?:{numbers._STREET_SUFFIX})[ ]"
        r"(\d{1,5}(?:[ ]?[a-zA-Z](?![\p{L}])|[-/]\d{1,4}|[ ](?:bis|hs|I{1,3}|zw|rd)\b)?)(?![\p{Nd},.]\d)")
    pieces = ["Linde", "laan", "Kerk", "straat", "straatje", "weg", "es", "hof", "Van", "van", "der", "de", "'t", "St.",
              "Burg.", "Wal", "Oude", "Hoog", "Straat", "Laan", "LAAN", "Ā", "ǅ", "é", "'", "’", "-", ".", " ", " ",
              "  ", "12", "3", "123456", "a", "A", "bis", "hs", "II", "-2", "/4", ",", ",5", "\n", "\u00a0", "x"]
    endings = numbers._STREET_SUFFIX.split("|")
    lead = ["Van", "van", "de", "der", "'t", "St.", "Burg.", "Oude", "Hoog", "Ā", "ǅe", "op", "x", "12", "Wal-"]
    tail = ["12", "3", "4a", "4 a", "4A", "12-2", "7/1", "9 bis", "9 II", "9 hs", "123456", "5,5", "5.1", "1ab", "é"]
    rng = random.Random(24)
    matched = 0
    for _ in range(20000):
        if rng.random() < 0.3:
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        else:   # words, a street-like word, a number, each mangled now and then
            words = [rng.choice(lead) for _ in range(rng.randint(0, 6))]
            words.append(rng.choice(["K", "Linde", "Ā", "Hoog", "É", "Dorps", "l", "Kerk-", "Sint'"]) + rng.choice(endings))
            words.append(rng.choice(tail))
            text = rng.choice(["", "Wij wonen aan de ", "\n", "x"]) + "".join(
                w + rng.choice([" ", " ", " ", "  ", "", ",", "\u00a0"]) for w in words) + rng.choice(pieces)
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        for args in ((text,), (text, a, b)):
            got, want = numbers._STREET.search(*args), plain.search(*args)
            assert (got and (got.span(), got.span(1))) == (want and (want.span(), want.span(1))), repr(args)
            matched += want is not None
    assert matched > 1000


def test_street_matches_searched_from_near_the_anchors_are_the_finditer_matches():
    """numbers._street_matches searches only the lines with a street anchor, from
    the start of the stretch of letters and single spaces before each: the
    matches of _STREET.finditer over the whole text."""
    words = ["Linde", "laan", "Kerkstraat", "Dorpsstraat", "weg", "es", "Hof", "Van", "van", "der", "de", "'t", "St.",
             "Burg.", "Oude", "Ā", "ǅe", "x", "aan", "Bij", "(Kerk", "Kwok,", "12", "3", "4a", "9 bis", "-2", "/4",
             "5,5", "é", "ß", "’s-Hertogen", "Wal-", "٣", "\u00a0"]
    seps = [" ", " ", " ", " ", "  ", "", ",", "\n", "\t", "\u00a0", ".", "'"]
    rng = random.Random(30)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
        if rng.random() < 0.5:  # a street name and a house number in it
            text += rng.choice(["Kerkstraat ", "Linde laan ", "Hoge Hof ", "Ā es "]) + rng.choice(["12", "3a", "4 bis"]) \
                + "".join(rng.choice(seps) + rng.choice(words) for _ in range(rng.randint(0, 6)))
        want = [m.span() for m in numbers._STREET.finditer(text)]
        assert [m.span() for m in numbers._street_matches(Context(text))] == want, repr(text)
        matched += bool(want)
    assert matched > 1000


def test_token_bits_give_the_plain_token_filters(monkeypatch):
    """The per-text bits of the lexicon (_token_bits) give _Doc the plain filters over
    the token table (mixed words, capitals, the tokens _candidates and _blocked look at),
    also once the cache is full."""
    lex = names.lexicon()

    class Full(dict):
        def __len__(self):
            return 10 ** 6

    for bound_hit in (False, True):
        if bound_hit:
            monkeypatch.setattr(lex, "token_bits", Full())
        for text in itertools.chain(_texts(21, 2000), _number_texts(22, 500)):
            table = Context(text).token_table
            doc = names._Doc(text, table, lex)
            texts, kinds, lows = table.texts, table.kinds, table.lows
            mixed = [k for k, t in enumerate(texts) if not t.islower() and kinds[k] == "word"]
            assert doc.mixed == [k in mixed for k in range(len(texts))]
            assert doc.cap == [k in mixed and (t.isupper() or t[0].isupper()) for k, t in enumerate(texts)]
            assert doc.upper == [k in mixed and t.isupper() and len(t) > 1 for k, t in enumerate(texts)]
            assert doc.title == [doc.cap[k] and not doc.upper[k] for k in range(len(texts))]
            shapes = {k: names._word_shape(lex, texts[k], lows[k]) for k in range(len(texts))}
            assert doc.todo == [k for k in range(len(texts)) if lows[k] in lex.title_starts
                                or k in mixed and not shapes[k] & names._INERT]
            assert doc.shapes == [shapes[k] for k in doc.todo]
            assert doc.block_todo == [k for k in range(len(texts)) if lows[k] in names._SCHOOL_OR_FIGURE
                                      or doc.cap[k] and not names._inert_block(lex, lows[k])]
            assert doc.phrase_at == [k for k in range(len(texts)) if lows[k] in lex.phrase_pairs]
        assert len(dict.keys(lex.token_bits)) == 0 if bound_hit else len(lex.token_bits) > 0


def test_health_hits_are_the_plain_token_filter():
    from socialcheck.detectors import health
    terms = health._terms()
    words = sorted(terms.exact)[:40] + sorted({w for ps in terms.phrases.values() for p in ps for w in p})[:80] \
        + sorted(terms.caps)[:10] + sorted(" ".join(p) for ps in terms.phrases.values() for p in ps)[:40]
    rng = random.Random(23)
    phrases = 0
    for _ in range(2000):
        text = " ".join(rng.choice(words + ["de", "Sanne", ",", "\n", "12"]) for _ in range(rng.randint(0, 12)))
        table = Context(text).token_table
        got = sorted(terms.hits(table))
        want = []
        keys = set(table.lows)
        for k in [k for k, low in enumerate(table.lows) if low in keys]:
            if table.kinds[k] != "word":
                continue
            low = table.lows[k]
            for phrase in terms.phrases.get(low, ()):
                following = [q for q in range(k, len(table)) if table.kinds[q] == "word"][:len(phrase)]
                if tuple(table.lows[q] for q in following) == phrase:
                    want.append((table.starts[k], table.ends[following[-1]]))
                    break
            else:
                if low in terms._singles({low}) or table.texts[k] in terms.caps:
                    want.append((table.starts[k], table.ends[k]))
        assert got == sorted(want), repr(text)
        phrases += any(b > a and " " in text[a:b] for a, b in got)
    assert phrases > 100


def test_injury_test_from_the_tokens_leaves_the_injury_matches():
    """health._may_have_injury decides from the tokens whether to search for
    _INJURY: the same matches as the plain test (a core word in the lower-cased text)."""
    from socialcheck.detectors import health
    words = ["arm", "been", "zijn", "haar", "de", "Sanne", "is", "gebroken", "Gebroken", "GEBROKEN", "gebrokene",
             "brak", "bezeerde", "verstuikt", "verstuikte", "verſtuikt", "İnzwikt", "verzwİkt", "verzwikt",
             "gekneuſd", "kneusde", "ontwrichtte", "geopereerd", "ex-", "-", "'", "’", "\u0301", "12", "x", "K", "pols",
             "knie", "a\u0301"]
    seps = [" ", " ", " ", "", "-", "'", "’", ".", "\n", "  "]
    rng = random.Random(34)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 8)))
        ctx = Context(text)
        plain = any(w in ctx.lower for w in health._INJURY_CORES)
        want = [m.span() for m in health._INJURY.finditer(text)] if plain else []
        got = [m.span() for m in health._INJURY.finditer(text)] if health._may_have_injury(
            ctx, set(ctx.token_table.lows)) else []
        assert got == want, repr(text)
        found += bool(want)
    assert found > 1000


def test_handle_tests_before_the_patterns_leave_their_matches():
    """detect_handles tests for ".com"/".net" and for a platform's name before a
    colon before it searches for profile URLs and labelled handles: the same
    matches as with only the plain tests (a platform's name in the text, and a
    profile site's domain or a colon)."""
    words = ["Insta", "instagram", "INSTAGRAM", "İnsta", "ınsta", "inſta", "Snapchat", "snap", "TikTok", "tiKtok",
             "twitter", "Threads", "fb", "facebook", "x", "youtube", "linkedin", "foo.bar", "juf_sanne", "noah_b2014",
             "instagram.com/", "x.com/", "Threads.NET/@", "fb.COM/", "youtube.com/@", ".com", ".net", "@juf.s", "de",
             "İİİİİİİİİİİİİİİİ"]
    seps = [":", " : ", ":\x1c", "\x1c:", "\u2028:", "\u00a0: ", " ", " ", "", "/", "\n", ": "]
    rng = random.Random(35)
    found = [0, 0]
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 8)))
        ctx = Context(text)
        low = ctx.lower
        platforms = any(p in low for p in contact._PLATFORM_WORDS)
        old = (platforms and contact._may_have_profile_url(text), platforms and ":" in text)
        may_url = contact._may_have_domain_end(text, low)
        may_label = ":" in text and contact._may_have_label(text, low)
        new = (platforms and may_url and contact._may_have_profile_url(text), platforms and may_label)
        for k, pattern in enumerate((contact._PROFILE_URL, contact._LABELLED_HANDLE)):
            matches = [m.span() for m in pattern.finditer(text)]
            assert (matches if new[k] else []) == (matches if old[k] else []), (k, repr(text))
            found[k] += bool(old[k] and matches)
    assert min(found) > 1000


def test_emails_searched_from_the_local_part_are_the_finditer_matches():
    words = ["juf", "j.devries", "o'brien", "a+b", "x_y", "%", "müller", "ǅ", "٣", "²", "@", "@@", "@school.nl", "@x",
             "school.nl", "gmail.com", "x.y.z", "-", ".", "a" * 70, "é" * 30, "\u0301", "😀", "mailto:"]
    seps = ["", "", "@", " ", ",", "\n", "(", "<", ":", "'"]
    rng = random.Random(36)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 10)))
        want = [m.span() for m in contact._EMAIL.finditer(text)]
        assert [m.span() for m in contact._emails(text)] == want, repr(text)
        found += bool(want)
    assert found > 800


def test_birth_dates_with_the_word_tests_first_are_the_plain_ones():
    """detect_birth_dates looks for the context patterns' words in the lower-cased
    text before it searches for the patterns: the same birth dates as the patterns alone."""
    def plain(ctx):
        text, out = ctx.text, []
        for m in numbers._DATE.finditer(text):
            s0, s1 = ctx.sentence_at(m.start())
            left = text[max(s0, m.start() - 60):m.start()]
            right = text[m.end():min(s1 if s1 > m.end() else m.end() + 40, m.end() + 40)]
            if numbers._BIRTH_BEFORE.search(left) or numbers._BIRTH_AFTER.search(right):
                out.append((m.start(), m.end()))
        return out

    words = ["geboren", "GEBOREN", "Geb.", "geboortedatum", "jarig", "JARİG", "verjaardag", "levensliCht", "levenſlicht",
             "born", "Birthday", "date of birth", "DOB", "op", "12 maart 2017", "3e mei", "12-03-2017", "2017-03-12",
             "31 DEC. 2020", "1 ſept", "İİİİİİİİ", "x" * 50, "Sanne", "is", ".", "\n\n", "K", "gebKoren"]
    seps = [" ", " ", ": ", ", ", "", "\n"]
    rng = random.Random(37)
    found = 0
    for _ in range(10000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 12)))
        want = plain(Context(text))
        assert [(s.start, s.end) for s in numbers.detect_birth_dates(Context(text))] == want, repr(text)
        found += bool(want)
    assert found > 1000


def test_link_echoes_dropped_without_reordering_are_the_plain_ones():
    """engine._drop_link_echoes leaves the findings in their order (less the echoes): after the
    caller's sort by position the same findings, in the same order, as the plain way (contact
    findings sorted by line, the first of each kind kept, after all others)."""
    from socialcheck import engine
    from socialcheck.model import Finding, Severity

    def plain(findings):
        contact = [f for f in findings if f.check in engine._ECHO_CHECKS]
        if not contact:
            return findings
        seen, out = set(), [f for f in findings if f.check not in engine._ECHO_CHECKS]
        for f in sorted(contact, key=lambda f: (f.line, f.start)):
            key = (f.check, f.line, engine._norm_contact(f.match))
            if key not in seen:
                seen.add(key)
                out.append(f)
        return out

    checks = ["email-address", "phone-number", "social-handle", "person-name", "hurtful-language"]
    matches = ["a@b.nl", "A@B.nl", "06-12345678", "0612345678", "tel:0612345678", "@juf", "@JUF", "Sanne", "123"]
    rng = random.Random(38)
    dropped = 0
    for n in range(3000):
        findings = []
        for k in range(rng.randint(0, 12)):   # (a place has one line and one match, as in a document)
            start = rng.randint(0, 30)
            end = start + rng.randint(0, 3)
            findings.append(Finding("p", rng.choice(checks), "x", Severity.ERROR, "m%d" % k, start // 8 + 1, 1, 1, 1,
                                    start, end, matches[(start * 7 + end) % len(matches)]))
        want = sorted(plain(list(findings)), key=engine._SORT_KEY)
        got = sorted(engine._drop_link_echoes(list(findings)), key=engine._SORT_KEY)
        assert [f.message for f in got] == [f.message for f in want], n
        dropped += len(want) < len(findings)
    assert dropped > 300


# ------------------------------------------------------------------ conduct helpers


def test_emoji_test_agrees_with_the_emoji_pattern():
    for text in _texts(5):
        assert _common._has_emoji(text) == (not text.isascii() and bool(_common._EMOJI_RUN.search(text))), repr(text)


def test_first_person_words_are_in_the_word_set_whenever_the_pattern_matches():
    for text in _texts(6):
        ctx = Context(text)
        if role._FIRST_PERSON.search(ctx.lower):
            assert _common.has_any_word(ctx, role._FIRST_PERSON_WORDS), repr(text)


def test_trigger_words_found_through_the_shared_cache_are_the_pattern_matches():
    prefixes, contains = ("mij", "ik-", "gr"), ("ee", "’")
    plain = re.compile("|".join([re.escape(p) + ".*" for p in prefixes] + [".*" + re.escape(c) + ".*" for c in contains]))
    for text in _texts(7, 500):
        ctx = Context(text)
        present = _common.word_set(ctx)
        assert _common._words_matching(present, prefixes, contains) == {w for w in present if plain.fullmatch(w)}


def test_list_gap_in_re_is_the_regex_pattern():
    """names._LIST_GAP is written for ``re``; it must match what the ``regex``
    pattern it replaces matches (``\\s`` differs between the two modules)."""
    ws = re.compile(names._WS)
    space = regex.compile(r"\s")
    assert [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF
            and bool(ws.match(chr(c))) != bool(space.match(chr(c)))] == []
    original = regex.compile(r"\s*(?:,|en|&|of|/|\+)\s*|\s*,\s*(?:en|&)\s*|\s+")
    rng = random.Random(8)
    parts = [" ", "  ", "\t", "\n", "\u00a0", "\x1c", "\u2028", ",", "en", "&", "of", "/", "+", "e", "n", "x", "-"]
    for _ in range(20000):
        gap = "".join(rng.choice(parts) for _ in range(rng.randint(0, 5)))
        text = "Sanne" + gap + "Noah"
        assert bool(names._LIST_GAP.fullmatch(text, 5, 5 + len(gap))) == bool(original.fullmatch(text, 5, 5 + len(gap))), \
            repr(gap)


def test_url_anchor_written_out_is_the_case_insensitive_pattern():
    original = re.compile(r"[@#]|://|www\.|\.(?:nl|com|org|net|be|eu|io|info)(?![^\W_])", re.I)
    for letter in "wnlcomrgetbuif":   # what re.I lets each letter match, besides itself in both cases
        ci = re.compile(letter, re.I)
        extra = {chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and ci.fullmatch(chr(c))}
        assert extra == ({letter, letter.upper(), "İ", "ı"} if letter == "i" else {letter, letter.upper()})
    rng = random.Random(9)
    parts = ["www.", "WwW.", "wWw", ".nl", ".NL", ".İnfo", ".ınfo", ".io", ".com", "x", "@", "#", "://", ":/", ".",
             "nl", "a", "1", "_", " ", "é"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 8)))
        assert [m.span() for m in names._URL_ANCHOR.finditer(text)] == [m.span() for m in original.finditer(text)], \
            repr(text)


def test_url_regions_found_from_the_marks_are_the_runs_of_the_pattern_matches():
    def plain(text):
        out = []
        for m in names._URL_ANCHOR.finditer(text):
            a, b = m.start(), m.end()
            while a > 0 and not text[a - 1].isspace():
                a -= 1
            while b < len(text) and not text[b].isspace():
                b += 1
            if out and a < out[-1][1]:
                out[-1] = (out[-1][0], max(b, out[-1][1]))
            else:
                out.append((a, b))
        return out

    assert [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF
            and bool(names._NON_SPACE_RUN.fullmatch(chr(c))) == chr(c).isspace()] == []
    rng = random.Random(11)
    parts = ["www.", "WwW.", "wWw", "ww", "w", ".nl", ".NL", ".İnfo", ".ınfo", ".io", ".com", ".c", ".", "..", "x", "@",
             "#", "://", ":/", "nl", "a", "1", "_", " ", "  ", "\n", "\t", "\u00a0", "\x1c", "\u2028", "é", "school", "-"]
    found = 0
    for _ in range(50000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        want = plain(text)
        assert names._url_regions(text) == want, repr(text)
        found += bool(want)
    assert found > 10000


def test_space_characters_are_those_of_isspace():
    assert names._SPACES == {chr(c) for c in range(0x110000) if chr(c).isspace()}


def test_list_gap_characters_are_those_the_pattern_matches():
    ws = regex.compile(r"\s")
    assert names._GAP_CHARS == {chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and ws.match(chr(c))} \
        | set(",en&of/+")


def test_cheap_tests_before_age_digit_and_enumerator_patterns():
    rng = random.Random(10)
    parts = [" ", "\t", "\x1c", "\u00a0", "(", ")", ",", "8", "12", "٣", "jaar", " jaar", "is", "IS", "İs", "iſ", "was",
             "Werd", "wordt", "al", "oud", "uur", "-", "•", "*", "1.", "2)", "x", "é", "Noah", "\n", "-jarige ",
             "-JARİGE", "jarige", "straks ", "op zondag ", "leerling", "Jarige:", "zusje :", "ZOON", "kleuters", "onze "]
    for _ in range(30000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 7)))
        if names._AGE_AFTER.match(text):
            assert names._may_be_age_after(text), repr(text)
        if names._AGE_LATER.match(text):
            assert names._may_be_age_later(text), repr(text)
        if names._AGE_BEFORE.search(text):
            assert names._may_be_age_before(text), repr(text)
        assert bool((names._ASCII_DIGIT if text.isascii() else names._DIGITS).search(text)) \
            == bool(names._DIGITS.search(text)), repr(text)
        tail = text.lower().rstrip()
        assert names._may_end_in_pupil(tail) == tail.rstrip(":").endswith(names._PUPIL_ENDS), repr(text)
        if _common._ENUMERATOR.match(text):
            assert text[0] in _common._ENUMERATOR_STARTS or text[0].isdecimal(), repr(text)


# ------------------------------------------------------------------ triggers that need a second word

_EVAL_PIECES = ["veel", "te", "is", "zijn", "wordt", "groot", "klein", "vol", "hoog", "grootste", "beste", "ergste",
                "plan", "idee", "blunder", "werkt", "niet", "gewoon", "eens", "ben", "ik", "het", "oneens", "moet",
                "nu", "mag", "meer", "wakker", "nooit", "nog", "klas", "klaslokaal", "gezien", "van", "binnen", "voor",
                "de", "een", "gestaan", "ver", "houdt", "houden", "zelf", "op", "school", "druk", "echt",
                # pieces of the phrases these triggers stand in
                "is te", "zijn te", "wordt echt te", "veel te", "de grootste", "het beste", "ik ben het",
                "ik ben het niet", "nooit een", "nog nooit", "nooit voor de klas", "van binnen gezien", "werkt gewoon",
                "moet nu eens", "probleem", "fout", "het grootste probleem", "beste fout", "nooit een klaslokaal"]
_DISCUSSION_PIECES = ["groep", "in", "deze", "de", "in deze", "in de", "facebook", "whatsapp", "buurt", "wijk",
                      "dorps", "app", "-groep", "wie", "iedereen", "degenen", "voor", "die", "zich", "afvraagt",
                      "afvragen", "vraagt", "vroeg", "voor wie die", "voor iedereen die zich", "vragen", "alle",
                      "veel", "jullie", "over", "hier", "ik zie", "ik zie hier veel", "de vragen", "reacties", "wat",
                      "gezegd", "wordt", "draad", "school", "5", "in de facebook", "in de whatsapp", "in de wijk",
                      "in de facebook-groep", "in de whatsapp-groep"]
_ALSO_GLUE = [" ", " ", " ", "  ", ", ", ". ", "-", "\n", "'", "? ", "_"]


def _also_texts(seed: int, pieces: list[str], n: int = 4000):
    rng = random.Random(seed)
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            w = rng.choice(pieces)
            parts.append(w.capitalize() if rng.random() < 0.1 else w)
            parts.append(rng.choice(_ALSO_GLUE))
        yield "".join(parts)


def test_sentences_with_also_is_the_plain_filter():
    """``also`` keeps a sentence when it holds a trigger outside ``also`` (or one
    found by prefix), or one of ``also`` together with a word of each of its sets."""
    from socialcheck.checks import opinion
    words, prefixes, also = opinion._EVAL_WORDS, ("gewo",), opinion._EVAL_ALSO
    for text in _also_texts(11, _EVAL_PIECES, 1500):
        ctx = Context(text)
        sw = _common._sentence_words(ctx)
        want = []
        for i, ws in enumerate(sw):
            by_prefix = {w for w in ws if w.startswith(prefixes)}
            if by_prefix or any(w in ws and (w not in also or all(g & ws for g in also[w])) for w in words):
                want.append(i)
        assert _common.sentences_with(ctx, words, prefixes, (), also) == want, repr(text)


def _assert_gate_never_hides_a_match(pattern, words, prefixes, also, pieces, seed):
    """Every sentence that ``pattern`` matches and that the trigger words let
    through is one the gate with ``also`` lets through, on generated sentences
    made of the words the gate is about."""
    seen = 0
    for text in _also_texts(seed, pieces):
        ctx = Context(text)
        plain = set(_common.sentences_with(ctx, words, prefixes))
        got = set(_common.sentences_with(ctx, words, prefixes, (), also))
        for i, sp in enumerate(_common.sentences(ctx)):
            if i in plain and pattern.search(_common.span_text(ctx, sp)):
                seen += 1
                assert i in got, repr(_common.span_text(ctx, sp))
    assert seen > 200


def test_opinion_marker_gate_never_hides_a_match():
    from socialcheck.checks import opinion
    _assert_gate_never_hides_a_match(opinion._EVAL, opinion._EVAL_WORDS, opinion._EVAL_PREFIXES, opinion._EVAL_ALSO,
                                     _EVAL_PIECES, 12)


def test_discussion_gate_never_hides_a_match():
    _assert_gate_never_hides_a_match(role._DISCUSSION, role._DISCUSSION_WORDS, (), role._DISCUSSION_ALSO,
                                     _DISCUSSION_PIECES, 13)


def test_trigger_word_cache_across_texts_keys_and_its_bound(monkeypatch):
    """The shared cache of trigger words gives the plain matches whatever the
    order of texts and keys: keys asked for late, a text asked again after
    others, and a bound small enough to start again several times."""
    plain = {}
    keys = [(("mij", "ik-"), ("ee",)), (("gr",), ()), ((), ("’", "e")), (("j", "i"), ())]
    for key in keys:
        prefixes, contains = key
        plain[key] = re.compile("|".join([re.escape(p) + ".*" for p in prefixes]
                                         + [".*" + re.escape(c) + ".*" for c in contains]))
    for bound in (_common._SEEN_MAX, 40, 7):
        monkeypatch.setattr(_common, "_SEEN_MAX", bound)
        monkeypatch.setattr(_common, "_TRIGGER_WORDS", _common._TriggerWords())
        rng = random.Random(bound)
        sets = [_common.word_set(Context(text)) for text in _texts(8, 300)]
        present = sets[0]
        for step in range(1500):
            if rng.random() < 0.5:      # else the same text again, as the checks of one text ask in turn
                present = rng.choice(sets)
            key = rng.choice(keys[:1 + step // 300])     # later keys come in later
            want = {w for w in present if plain[key].fullmatch(w)}
            assert _common._words_matching(present, *key) == want


def test_phrase_blocking_reads_only_as_many_words_as_the_longest_phrase_of_its_first_two(monkeypatch):
    """_blocked looks at as many words after a phrase start as the longest
    place or non-person phrase with those first two words has: the same
    blocked tokens as looking at as many words as the longest phrase of all."""
    lex = names.lexicon()
    starts = sorted(lex.phrase_starts)
    phrases = sorted(p for idx in (lex.places, lex.nonperson) for w in idx.starts for p in idx._multi[w])
    rng = random.Random(14)
    texts = []
    for _ in range(600):
        words = []
        for _ in range(rng.randint(1, 14)):
            pick = rng.random()
            if pick < 0.3:      # a whole phrase, maybe cut short or with a word too many
                words.extend(rng.choice(phrases)[:rng.randint(1, 8)])
                continue
            w = rng.choice(starts) if pick < 0.5 else rng.choice(sorted(lex.phrase_pairs[rng.choice(starts)])) \
                if pick < 0.7 else rng.choice(["Sanne", "de", "M.", "G.", "Schmidt", "-", ",", "&", "5", "\n"])
            words.append(w)
        texts.append(" ".join(w.capitalize() if rng.random() < 0.5 else w for w in words))
    want = []
    longest = {w: dict.fromkeys(seconds, lex.phrase_longest) for w, seconds in lex.phrase_pairs.items()}
    with monkeypatch.context() as m:
        m.setattr(lex, "phrase_pairs", longest)
        for text in texts:
            want.append(names._blocked(names._Doc(text, Context(text).token_table, lex)))
    got = [names._blocked(names._Doc(text, Context(text).token_table, lex)) for text in texts]
    assert got == want
    assert sum(map(sum, got)) > 100


# ------------------------------------------------------------------ value types

def _stock_dataclass(cls):
    """``cls`` as plain ``@dataclass(frozen=True, slots=True)`` writes it (its own ``__init__``)."""
    import dataclasses
    ns = {"__annotations__": {f.name: f.type for f in dataclasses.fields(cls)}, "__module__": cls.__module__}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            ns[f.name] = dataclasses.field(default=f.default, compare=f.compare)
    return dataclasses.dataclass(frozen=True, slots=True)(type(cls.__name__, (), ns))


def test_fast_frozen_init_builds_what_the_dataclass_init_builds():
    """Span, ProtocolRef and Finding set their fields through the slot
    descriptors: the same signature, and the same field values for
    positional, keyword and default arguments, as the stock ``__init__``;
    still frozen, hashable and equal by value."""
    import dataclasses
    import inspect

    from socialcheck.model import Finding, ProtocolRef, Severity, Span
    rng = random.Random(15)
    values = [0, 7, -1, 0.5, "", "x", "person-name", None, (), ("a",), Severity.ERROR, Severity.INFO]
    for cls in (Span, ProtocolRef, Finding):
        stock = _stock_dataclass(cls)
        assert inspect.signature(cls.__init__) == inspect.signature(stock.__init__)
        fields = dataclasses.fields(cls)
        required = [f for f in fields if f.default is dataclasses.MISSING]
        for _ in range(300):
            n = rng.randint(len(required), len(fields))
            args = [rng.choice(values) for _ in range(n)]
            cut = rng.randint(len(required), n)      # the rest as keywords
            kwargs = {f.name: v for f, v in zip(fields[cut:n], args[cut:])}
            got, want = cls(*args[:cut], **kwargs), stock(*args[:cut], **kwargs)
            assert [getattr(got, f.name) for f in fields] == [getattr(want, f.name) for f in fields]
            assert got == cls(*args[:cut], **kwargs) and hash(got) == hash(cls(*args[:cut], **kwargs))
            try:
                got.__setattr__(fields[0].name, 1)
            except dataclasses.FrozenInstanceError:
                pass
            else:
                raise AssertionError(f"{cls.__name__} is not frozen")
