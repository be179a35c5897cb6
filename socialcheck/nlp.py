"""Tokens and sentences over ``Document.text``.

The default pipeline is a fast rule-based tokenizer written for Dutch school
text (words with inner apostrophes and hyphens, numbers, punctuation) and a
sentence splitter that knows Dutch abbreviations. It starts in milliseconds.

Why not spaCy by default: importing spaCy alone takes about 1 s on the
project's 2-core reference machine, which is the whole cold-start budget for
``socialcheck draft.txt``. spaCy is used when the user asks for an installed
pipeline (``nlp: {model: nl_core_news_md}`` in the config); see
:mod:`socialcheck.spacy_support`.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# A word: letters/digits with inner apostrophes, hyphens or dots of initials
# ("in 't", "Jan-Willem", "A.B."), or a number with separators.
_TOKEN_RE = regex.compile(
    r"""
    (?P<word>[\p{L}\p{M}](?:[\p{L}\p{M}\p{Nd}]|['’](?=[\p{L}])|-(?=[\p{L}\p{Nd}]))*)
  | (?P<num>\p{Nd}+(?:[.,:/-]\p{Nd}+)*)
  | (?P<nl>\n[ \t]*\n\s*|\n)
  | (?P<punct>[^\s\p{L}\p{M}\p{Nd}])
    """,
    regex.X,
)

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


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens and mark sentence starts.

    A sentence starts at the beginning, after a line break, after ``.``/``!``/``?``/``…``
    (unless the word before is a known abbreviation or a single letter), and
    after ``:`` followed by a capital. Returns a list; offsets index ``text``.
    """
    out: list[Token] = []
    start_next = True
    prev_word = ""
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        s, e = m.span()
        tok_text = m.group()
        if kind == "nl":
            out.append(Token(tok_text, s, e, "nl", False, len(out)))
            start_next = True
            continue
        out.append(Token(tok_text, s, e, kind, start_next and kind != "punct", len(out)))
        if kind != "punct":
            start_next = False
            prev_word = tok_text
        elif tok_text in ".!?…":
            low = prev_word.lower()
            if tok_text != "." or (low not in ABBREVIATIONS and not (len(prev_word) == 1 and prev_word.isalpha())):
                start_next = True
        elif tok_text in "•·▪►–" and (not out[:-1] or out[-2].kind == "nl"):
            start_next = True
        elif tok_text == "-" and (len(out) == 1 or out[-2].kind == "nl"):
            start_next = True
        elif tok_text in "\"“”'‘’([" and start_next:
            pass
        elif start_next and (len(out) == 1 or out[-2].kind == "nl" or out[-2].kind == "punct"):
            pass  # bullets and other marks at the start of a line: "➢ Wil je ...", "* Noah"
        else:
            if tok_text != ":":
                start_next = start_next and tok_text in "*#>"
    return out


def sentences(text: str, tokens: list[Token] | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` over ``text`` (end exclusive, stripped)."""
    if tokens is None:
        tokens = tokenize(text)
    spans: list[tuple[int, int]] = []
    cur_start = None
    last_end = None
    for t in tokens:
        if t.kind == "nl":
            if cur_start is not None:
                spans.append((cur_start, last_end))
                cur_start = None
            continue
        if t.sent_start and cur_start is not None:
            spans.append((cur_start, last_end))
            cur_start = None
        if cur_start is None and t.kind == "punct" and t.text not in "\"“‘'(":
            continue
        if cur_start is None:
            cur_start = t.start
        last_end = t.end
    if cur_start is not None:
        spans.append((cur_start, last_end))
    return spans
