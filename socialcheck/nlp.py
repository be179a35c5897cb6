"""Tokens and sentences over ``Document.text``.

The default pipeline is a fast rule-based tokenizer written for Dutch school
text (words with inner apostrophes and hyphens, numbers, punctuation) and a
sentence splitter that knows Dutch abbreviations. It starts in milliseconds.

Why not spaCy by default: importing spaCy alone takes about 1 s on the
project's 2-core reference machine, which is the whole cold-start budget for
``socialcheck draft.txt``. spaCy is used when the user asks for an installed
pipeline (``nlp: {model: nl_core_news_md}`` in the config); see
:mod:`socialcheck.spacy_support`.

Two forms of the same tokens: :func:`scan` returns a :class:`TokenTable`
(parallel lists, what the detectors use because it is cheap to build and to
loop over), :func:`tokenize` a list of :class:`Token` objects.
"""

from __future__ import annotations

import itertools
import operator
import re
from dataclasses import dataclass

import regex

# The tokens: a word (letters/digits with inner apostrophes and hyphens: "in 't",
# "Jan-Willem"), a number with separators, a line break ("\n\n" and more is a
# block break) or one punctuation mark; each match is a token and the run of
# other white space after it, so the matches cut the text into consecutive
# pieces (after the white space before the first token, _LEAD) and ``findall``
# gives every offset without a match object per token. The kind of a token
# follows from its first character (the alternatives start with disjoint classes).
_TOKEN_SPACE_RE = regex.compile(
    r"""
    ( [\p{L}\p{M}](?:[\p{L}\p{M}\p{Nd}]|['’](?=[\p{L}])|-(?=[\p{L}\p{Nd}]))*
    | \p{Nd}+(?:[.,:/-]\p{Nd}+)*
    | \n[ \t]*\n\s*|\n
    | [^\s\p{L}\p{M}\p{Nd}]
    )([^\S\n]*)
    """,
    regex.X,
)
# The same pieces with the standard ``re`` module, about twice as fast. It cuts
# a text the same way as _TOKEN_SPACE_RE where every character of the text falls in
# the same classes under both modules (letter or mark / decimal digit / white
# space): see _re_safe. Marks, "²"-like numbers and a few control characters
# are not; a text with one of them goes through _TOKEN_SPACE_RE. Written for speed:
# a word is letters and digits, then groups that start with an apostrophe
# before a letter or a hyphen before a letter or digit (the same words); the
# alternatives start with disjoint classes, so their order is free.
_RE_TOKEN_SPACE_RE = re.compile(
    r"""
    ( [^\W\d_][^\W_]*(?:(?:['’](?=[^\W\d_])|-(?=[^\W_]))[^\W_]+)*
    | [^\s\w]|_
    | \d+(?:[.,:/-]\d+)*
    | \n[ \t]*\n\s*|\n
    )([^\S\n]*)
    """,
    re.X,
)
_LEAD = regex.compile(r"[^\S\n]*")
_RE_LEAD = re.compile(r"[^\S\n]*")
_RE_LETTER = re.compile(r"[^\W\d_]")
_RE_DIGIT = re.compile(r"\d")
_RE_SPACE = re.compile(r"\s")
_WORD_START = regex.compile(r"[\p{L}\p{M}]")
_NUM_START = regex.compile(r"\p{Nd}")
_SPACE = regex.compile(r"[^\S\n]")
_REGEX_SPACE = regex.compile(r"\s")
_KIND_OF: dict[str, str] = {}  # first character of a piece -> its kind (bounded, see _kind_of)

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """dhr mevr mw mr dr drs ir ing prof bijv bv o.a oa d.w.z dwz evt enz etc m.b.t mbt i.p.v ipv
    t.a.v tav t.n.v tnv z.s.m zsm ca blz nr tel jl jr st sr vs gr wo vr za zo ma di do nl
    jan feb mrt apr jun jul aug sep sept okt nov dec juf mej mvr""".split())


@dataclass(slots=True)
class Token:
    """One token: ``text == doc_text[start:end]``.

    Attributes:
        kind: ``word``, ``num``, ``punct`` or ``nl`` (line break; ``"\\n\\n"`` is a block break).
        sent_start: True if the token starts a sentence (or a line/block).
        i: index of the token in the token list.
    """

    text: str
    start: int
    end: int
    kind: str
    sent_start: bool
    i: int

    @property
    def is_title(self) -> bool:
        """Capitalised word (``Sanne``, ``Jan-Willem``, ``O'Neill``)."""
        t = self.text
        return self.kind == "word" and t[0].isupper() and not t.isupper() or (
            self.kind == "word" and len(t) == 1 and t.isupper())

    @property
    def is_upper(self) -> bool:
        """All-caps word of two or more letters (``SANNE``)."""
        return self.kind == "word" and len(self.text) > 1 and self.text.isupper()


class TokenTable:
    """The tokens of one text as parallel lists: token ``k`` is
    ``texts[k] == text[starts[k]:ends[k]]`` of kind ``kinds[k]`` (``word``,
    ``num``, ``punct`` or ``nl``), and ``sent[k]`` is True if it starts a
    sentence. The same tokens as :func:`tokenize`, without an object per token.
    """

    __slots__ = ("text", "texts", "starts", "ends", "kinds", "sent", "_lows")

    def __init__(self, text: str, texts: list[str], starts: list[int], ends: list[int],
                 kinds: list[str], sent: list[bool]) -> None:
        self.text, self.texts, self.starts, self.ends, self.kinds, self.sent = text, texts, starts, ends, kinds, sent
        self._lows: list[str] | None = None

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def lows(self) -> list[str]:
        """``texts`` lower-cased (computed once)."""
        if self._lows is None:
            self._lows = list(map(_LOWER.__getitem__, self.texts))
        return self._lows

    def tokens(self) -> list[Token]:
        """The tokens as :class:`Token` objects (``Token.i`` is the index)."""
        return [Token(t, s, e, k, ss, i) for i, (t, s, e, k, ss)
                in enumerate(zip(self.texts, self.starts, self.ends, self.kinds, self.sent))]


class _Lowered(dict):
    """Token text -> its lower case (``str.lower``), looked up faster than it is
    made for the words a text shares with others. A missing text is lowered and
    remembered (up to a bound, for hostile input)."""

    def __missing__(self, text: str) -> str:
        low = text.lower()
        if len(self) < 100_000:
            self[text] = low
        return low


_LOWER = _Lowered()


def _kind_of(ch: str) -> str:
    """Kind of the token of :data:`_TOKEN_SPACE_RE` that starts with ``ch``: ``word``,
    ``num``, ``nl``, ``space`` or ``punct``."""
    kind = _KIND_OF.get(ch)
    if kind is None:
        kind = ("word" if _WORD_START.match(ch) else "num" if _NUM_START.match(ch) else "nl" if ch == "\n"
                else "space" if _SPACE.match(ch) else "punct")
        if len(_KIND_OF) < 20000:  # hostile input with every code point must not grow it without bound
            _KIND_OF[ch] = kind
    return kind


class CharTest:
    """``has(text)``: does ``text`` hold a character for which ``test(ch)`` is
    True? The verdict is remembered per character (up to a bound against
    hostile input), so a text costs a set of its characters and a set
    difference, plus the test of characters not seen before."""

    def __init__(self, test) -> None:
        self._test = test
        self._yes: set[str] = set()
        self._no: set[str] = set()

    def has(self, text: str) -> bool:
        unknown = set(text)
        unknown.difference_update(self._no)
        if not unknown:
            return False
        if not unknown.isdisjoint(self._yes):
            return True
        for ch in unknown:
            yes = bool(self._test(ch))
            if len(self._yes) + len(self._no) < 20000:
                (self._yes if yes else self._no).add(ch)
            if yes:
                return True
        return False


def _re_unsafe_char(ch: str) -> bool:
    return not (bool(_RE_LETTER.match(ch)) == bool(_WORD_START.match(ch))
                and bool(_RE_DIGIT.match(ch)) == bool(_NUM_START.match(ch))
                and bool(_RE_SPACE.match(ch)) == bool(_REGEX_SPACE.match(ch)))


_RE_UNSAFE = CharTest(_re_unsafe_char)
#: The ASCII characters that are safe (all but U+001C..U+001F), as UTF-8 bytes.
_ASCII_SAFE = bytes(c for c in range(128) if not _re_unsafe_char(chr(c)))


def _re_safe(text: str) -> bool:
    """True if every character of ``text`` is a letter-or-mark, a decimal digit
    and white space under ``re`` exactly when it is under ``regex`` (so that
    _RE_TOKEN_SPACE_RE cuts ``text`` as _TOKEN_SPACE_RE does).

    Only the other characters are looked at: the safe ASCII ones are dropped
    from the UTF-8 bytes of ``text`` first (one pass in C; lone surrogates
    pass through as themselves), which leaves few in most texts.
    """
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_SAFE)
    return not rest or not _RE_UNSAFE.has(rest.decode("utf-8", "surrogatepass"))


def scan(text: str) -> TokenTable:
    """Split ``text`` into tokens and mark sentence starts (see :func:`tokenize`).

    Returns a :class:`TokenTable` of ``text`` (offsets are indices into ``text``).
    """
    if _re_safe(text):
        return _scan_lines(text)
    return _scan_pieces(text, _TOKEN_SPACE_RE, _LEAD)


def _after_mark(piece: str, start_next: bool, prev_word: str, prev_kind: str) -> bool:
    """Does a sentence start at the next word after the punctuation mark
    ``piece``? ``start_next``: whether one did before the mark; ``prev_word``:
    the last word or number before it; ``prev_kind``: the kind of the token before it."""
    if piece in ".!?…":
        if piece != "." or (prev_word.lower() not in ABBREVIATIONS
                            and not (len(prev_word) == 1 and prev_word.isalpha())):
            return True
        return start_next
    if piece in "•·▪►–-" and prev_kind == "nl":
        return True
    if piece in "\"“”'‘’([" and start_next:
        return True
    if start_next and (prev_kind == "nl" or prev_kind == "punct"):
        return True  # bullets and other marks at the start of a line: "➢ Wil je ...", "* Noah"
    if piece != ":":
        return start_next and piece in "*#>"
    return start_next


def _scan_pieces(text: str, token_space, lead) -> TokenTable:
    """:func:`scan` with the pattern ``token_space`` (_TOKEN_SPACE_RE, or
    _RE_TOKEN_SPACE_RE for a text where it cuts the same) and ``lead`` (the
    white space before the first token)."""
    texts: list[str] = []
    starts: list[int] = []
    kinds: list[str] = []
    sent: list[bool] = []
    # the text start counts as a line start
    _add_pieces(token_space.findall(text), lead.match(text).end(), (True, "", "nl"), texts, starts, kinds, sent)
    ends = list(map(operator.add, starts, map(len, texts)))
    return TokenTable(text, texts, starts, ends, kinds, sent)


def _add_pieces(pieces, pos: int, state: tuple[bool, str, str], texts: list[str], starts: list[int],
                kinds: list[str], sent: list[bool]) -> tuple[bool, str, str]:
    """Append the tokens of ``pieces`` (``(token, white space after it)`` pairs,
    as _TOKEN_SPACE_RE cuts them, the first token at offset ``pos``) to the
    lists of a :class:`TokenTable`.

    ``state`` is ``(start_next, prev_word, prev_kind)`` before the first of
    them: does the next word start a sentence, the last word or number, the
    kind of the last token (see :func:`_after_mark`). Returns it after the last.
    """
    add_text, add_start, add_kind, add_sent = texts.append, starts.append, kinds.append, sent.append
    kind_get = _KIND_OF.get
    start_next, prev_word, prev_kind = state
    for piece, space in pieces:
        kind = kind_get(piece[0]) or _kind_of(piece[0])
        add_text(piece)
        add_start(pos)
        add_kind(kind)
        pos += len(piece) + len(space)
        if kind == "word" or kind == "num":
            if start_next and prev_kind == "punct" and piece[0].islower() and texts[-2] == "." \
                    and starts[-2] + 1 == starts[-1]:
                start_next = False  # a dot inside a handle or an address ("@lieke.opdefiets") ends no sentence
            add_sent(start_next)
            start_next = False
            prev_word = piece
        elif kind == "nl":
            add_sent(False)
            start_next = True
        else:  # punct: one character
            add_sent(False)
            start_next = _after_mark(piece, start_next, prev_word, prev_kind)
        prev_kind = kind
    return start_next, prev_word, prev_kind


#: A line break token (see _TOKEN_SPACE_RE) and the white space after it.
_RE_NL_SPACE = re.compile(r"(\n[ \t]*\n\s*|\n)[^\S\n]*")
#: Punctuation marks that often end a word's stretch of text (each one token of kind ``punct``).
_MARKS_AFTER_WORDS = frozenset(".,!?:;)\"'’”")


def _scan_lines(text: str) -> TokenTable:
    """:func:`scan` of a text that _RE_TOKEN_SPACE_RE cuts as _TOKEN_SPACE_RE
    does (see :func:`_re_safe`), found faster: the same tokens as
    ``_scan_pieces(text, _RE_TOKEN_SPACE_RE, _RE_LEAD)``.

    The tokens of a line (up to a line break token) are cut by the spaces in
    it: the pieces between two spaces are found without the pattern when they
    are one word (letters only), one number (decimal digits only) or a word
    and one common punctuation mark ("mei.", "Hallo,"), which covers most of
    them; the pattern cuts the others. (No token but a line break holds a
    space, and the pattern reads no further than a space: what it does with
    a piece between spaces it does with the piece alone.)
    """
    texts: list[str] = []
    starts: list[int] = []
    kinds: list[str] = []
    sent: list[bool] = []
    add_text, add_start, add_kind, add_sent = texts.append, starts.append, kinds.append, sent.append
    findall = _RE_TOKEN_SPACE_RE.findall
    marks = _MARKS_AFTER_WORDS
    start_next = True
    prev_word = ""
    prev_kind = "nl"  # kind of the token before this one; the text start counts as a line start
    n = len(text)
    lead = _RE_LEAD.match(text)
    assert lead is not None  # (it matches the empty string)
    pos = lead.end()
    while True:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        q = pos  # where the next piece between spaces starts
        for chunk in text[pos:end].split(" ") if pos < end else ():
            if chunk.isalpha():  # one word (letters only): the most frequent piece, tested first
                add_text(chunk)
                add_start(q)
                add_kind("word")
                add_sent(start_next)
                start_next = False
                prev_word = chunk
                prev_kind = "word"
            elif not chunk:
                q += 1
                continue
            elif chunk.isdecimal():  # one number (decimal digits only)
                add_text(chunk)
                add_start(q)
                add_kind("num")
                add_sent(start_next)
                start_next = False
                prev_word = chunk
                prev_kind = "num"
            elif chunk[-1] in marks and chunk[:-1].isalpha():  # a word and a mark
                word, mark = chunk[:-1], chunk[-1]
                add_text(word)
                add_start(q)
                add_kind("word")
                add_sent(start_next)
                add_text(mark)
                add_start(q + len(word))
                add_kind("punct")
                add_sent(False)
                # _after_mark(mark, False, word, "word"), inlined: only a full stop after a word that is
                # neither an abbreviation nor a single letter, "!" and "?" end a sentence
                start_next = mark in "!?" or mark == "." and len(word) > 1 and word.lower() not in ABBREVIATIONS
                prev_word = word
                prev_kind = "punct"
            else:  # cut by the pattern, after the white space (not a space) it starts with
                start_next, prev_word, prev_kind = _add_pieces(
                    findall(chunk), q + len(chunk) - len(chunk.lstrip()), (start_next, prev_word, prev_kind),
                    texts, starts, kinds, sent)
            q += len(chunk) + 1
        if nl < 0:
            break
        m = _RE_NL_SPACE.match(text, nl)
        assert m is not None  # (text[nl] is a line break)
        add_text(m.group(1))
        add_start(nl)
        add_kind("nl")
        add_sent(False)
        start_next = True
        prev_kind = "nl"
        pos = m.end()
    ends = list(map(operator.add, starts, map(len, texts)))
    return TokenTable(text, texts, starts, ends, kinds, sent)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens and mark sentence starts.

    A sentence starts at the beginning, after a line break, after ``.``/``!``/``?``/``…``
    (unless the word before is a known abbreviation or a single letter, or a
    lower-case word follows the dot without a space: "@lieke.opdefiets"), and
    after ``:`` followed by a capital. Returns a list; offsets index ``text``.
    """
    return scan(text).tokens()


def sentences(text: str, tokens: list[Token] | TokenTable | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` over ``text`` (end exclusive, stripped).

    ``tokens`` (a list of :class:`Token` or a :class:`TokenTable` of ``text``)
    saves tokenizing again.
    """
    if tokens is None:
        tokens = scan(text)
    if not isinstance(tokens, TokenTable):
        tokens = TokenTable(text, [t.text for t in tokens], [t.start for t in tokens], [t.end for t in tokens],
                            [t.kind for t in tokens], [t.sent_start for t in tokens])
    texts, starts, ends, kinds, sent = tokens.texts, tokens.starts, tokens.ends, tokens.kinds, tokens.sent
    n = len(texts)
    # A sentence is a run of tokens up to the next line break or sentence start,
    # without the punctuation (other than an opening quote or bracket) it starts with.
    cuts = list(itertools.compress(range(n), map(operator.or_, sent, map("nl".__eq__, kinds))))
    cuts.append(n)
    spans: list[tuple[int, int]] = []
    a = 0
    for b in cuts:
        k = a
        while k < b and kinds[k] == "punct" and texts[k] not in "\"“‘'(":
            k += 1
        if k < b:
            spans.append((starts[k], ends[b - 1]))
        a = b + 1 if b < n and kinds[b] == "nl" else b
    return spans
