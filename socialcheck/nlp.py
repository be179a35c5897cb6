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

import re
from dataclasses import dataclass
from typing import Final

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

    ``cuts`` (optional): the indices ``k`` in order where ``sent[k]`` is True or
    ``kinds[k] == "nl"`` (where :func:`sentences` cuts), if the caller has them.
    """

    __slots__ = ("text", "texts", "starts", "ends", "kinds", "sent", "_lows", "_cuts")

    def __init__(self, text: str, texts: list[str], starts: list[int], ends: list[int],
                 kinds: list[str], sent: list[bool], cuts: list[int] | None = None) -> None:
        self.text, self.texts, self.starts, self.ends, self.kinds, self.sent = text, texts, starts, ends, kinds, sent
        self._lows: list[str] | None = None
        self._cuts = cuts

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
    t = _Table(text)
    # the text start counts as a line start
    _add_pieces(token_space.findall(text), lead.match(text).end(), (True, "", "nl"), t)
    return t.done()


class _Table:
    """The lists of a :class:`TokenTable` being filled, and its ``cuts``."""

    __slots__ = ("text", "texts", "starts", "ends", "kinds", "sent", "cuts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.texts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.kinds: list[str] = []
        self.sent: list[bool] = []
        self.cuts: list[int] = []

    def done(self) -> TokenTable:
        return TokenTable(self.text, self.texts, self.starts, self.ends, self.kinds, self.sent, self.cuts)


def _add_pieces(pieces: list[tuple[str, str]], pos: int, state: tuple[bool, str, str],
                t: _Table) -> tuple[bool, str, str]:
    """Append the tokens of ``pieces`` (``(token, white space after it)`` pairs,
    as _TOKEN_SPACE_RE cuts them, the first token at offset ``pos``) to ``t``.

    ``state`` is ``(start_next, prev_word, prev_kind)`` before the first of
    them: does the next word start a sentence, the last word or number, the
    kind of the last token (see :func:`_after_mark`). Returns it after the last.
    """
    texts, starts, ends, kinds, sent, cuts = t.texts, t.starts, t.ends, t.kinds, t.sent, t.cuts
    start_next, prev_word, prev_kind = state
    for piece, space in pieces:
        kind = _KIND_OF.get(piece[0]) or _kind_of(piece[0])
        texts.append(piece)
        starts.append(pos)
        kinds.append(kind)
        pos += len(piece)
        ends.append(pos)
        pos += len(space)
        if kind == "word" or kind == "num":
            if start_next and prev_kind == "punct" and piece[0].islower() and texts[-2] == "." \
                    and starts[-2] + 1 == starts[-1]:
                start_next = False  # a dot inside a handle or an address ("@lieke.opdefiets") ends no sentence
            sent.append(start_next)
            if start_next:
                cuts.append(len(sent) - 1)
            start_next = False
            prev_word = piece
        elif kind == "nl":
            cuts.append(len(sent))
            sent.append(False)
            start_next = True
        else:  # punct: one character
            sent.append(False)
            start_next = _after_mark(piece, start_next, prev_word, prev_kind)
        prev_kind = kind
    return start_next, prev_word, prev_kind


#: Punctuation marks that often end a word's stretch of text (each one token of kind ``punct``).
_MARKS_AFTER_WORDS: Final = ".,!?:;)\"'’”"
# The str methods, called without looking them up on the str each time (mypyc calls them directly).
_ISALPHA: Final = str.isalpha
_ISDECIMAL: Final = str.isdecimal
_ISALNUM: Final = str.isalnum
_ISSPACE: Final = str.isspace


def _scan_lines(text: str) -> TokenTable:
    """:func:`scan` of a text that _RE_TOKEN_SPACE_RE cuts as _TOKEN_SPACE_RE
    does (see :func:`_re_safe`), found faster: the same tokens as
    ``_scan_pieces(text, _RE_TOKEN_SPACE_RE, _RE_LEAD)``.

    The tokens of a line (up to a line break token) are cut by the spaces in
    it: the pieces between two spaces are found without the pattern when they
    are one word (letters only), one number (decimal digits only), a word
    and one common punctuation mark ("mei.", "Hallo,") or one mark ("-"),
    which covers most of them; the pattern cuts the others. (No token but a
    line break holds a space, and the pattern reads no further than a space:
    what it does with a piece between spaces it does with the piece alone.)
    The line break tokens are found from the lines of ``text.split("\\n")``:
    a block break runs over the lines that hold only white space after it.
    """
    t = _Table(text)
    texts, starts, ends, kinds, sent, cuts = t.texts, t.starts, t.ends, t.kinds, t.sent, t.cuts
    marks = _MARKS_AFTER_WORDS
    start_next = True
    prev_word = ""
    prev_kind = "nl"  # kind of the token before this one; the text start counts as a line start
    lines: list[str] = text.split("\n")
    last = len(lines) - 1
    i = 0  # the line
    a = 0  # where it starts in text
    line = lines[0]
    body = line.lstrip()  # (the white space before the first token is no token)
    while True:
        if body:
            q = a + len(line) - len(body)  # where the next piece between spaces starts
            chunks: list[str] = body.split(" ")
            for chunk in chunks:
                size = len(chunk)
                # one word (letters only: the most frequent piece, tested first) or one number (decimal digits)
                kind = "word" if _ISALPHA(chunk) else "num" if _ISDECIMAL(chunk) else ""
                if kind:
                    texts.append(chunk)
                    starts.append(q)
                    q += size
                    ends.append(q)
                    kinds.append(kind)
                    if start_next:
                        cuts.append(len(sent))
                    sent.append(start_next)
                    start_next = False
                    prev_word = chunk
                    prev_kind = kind
                elif not size:
                    pass
                elif chunk[-1] in marks and _ISALPHA(chunk[:-1]):  # a word and a mark
                    word, mark = chunk[:-1], chunk[-1]
                    texts.append(word)
                    starts.append(q)
                    q += size - 1
                    ends.append(q)
                    kinds.append("word")
                    if start_next:
                        cuts.append(len(sent))
                    sent.append(start_next)
                    texts.append(mark)
                    starts.append(q)
                    q += 1
                    ends.append(q)
                    kinds.append("punct")
                    sent.append(False)
                    # _after_mark(mark, False, word, "word"), inlined: only a full stop after a word that is
                    # neither an abbreviation nor a single letter, "!" and "?" end a sentence
                    start_next = mark == "!" or mark == "?" or (
                        mark == "." and size > 2 and word.lower() not in ABBREVIATIONS)
                    prev_word = word
                    prev_kind = "punct"
                elif size == 1 and not _ISALNUM(chunk) and not _ISSPACE(chunk):  # one mark
                    texts.append(chunk)
                    starts.append(q)
                    q += 1
                    ends.append(q)
                    kinds.append("punct")
                    sent.append(False)
                    start_next = _after_mark(chunk, start_next, prev_word, prev_kind)
                    prev_kind = "punct"
                else:  # cut by the pattern, after the white space (not a space) it starts with
                    start_next, prev_word, prev_kind = _add_pieces(
                        _RE_TOKEN_SPACE_RE.findall(chunk), q + size - len(chunk.lstrip()),
                        (start_next, prev_word, prev_kind), t)
                    q += size
                q += 1  # (the space)
        if i == last:
            break
        b = a + len(line)  # the line break after the line
        i += 1
        a = b + 1
        line = lines[i]
        if i < last and (not line or line[0] in " \t" and not line.strip(" \t")):
            # a block break, "\n[ \t]*\n\s*": up to the first line that holds more than white space
            i += 1
            a += len(line) + 1
            line = lines[i]
            while i < last and (not line or _ISSPACE(line)):
                i += 1
                a += len(line) + 1
                line = lines[i]
            body = line.lstrip()
            e = a + len(line) - len(body)
            texts.append(text[b:e])
            ends.append(e)
        else:  # "\n"; the white space after it (up to the line's first token) is no token
            # (no ASCII character after the space and before U+0085 is white space)
            body = line.lstrip() if line and not " " < line[0] < "\x85" else line
            texts.append("\n")
            ends.append(b + 1)
        starts.append(b)
        kinds.append("nl")
        cuts.append(len(sent))
        sent.append(False)
        start_next = True
        prev_kind = "nl"
    return t.done()


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
    cuts = tokens._cuts
    if cuts is None:
        cuts = [k for k in range(n) if sent[k] or kinds[k] == "nl"]
    spans: list[tuple[int, int]] = []
    a = 0
    for b in [*cuts, n]:
        k = a
        while k < b and kinds[k] == "punct" and texts[k] not in "\"“‘'(":
            k += 1
        if k < b:
            spans.append((starts[k], ends[b - 1]))
        a = b + 1 if b < n and kinds[b] == "nl" else b
    return spans
