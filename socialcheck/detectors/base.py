"""What every detector receives and returns.

A detector is a function ``detect(ctx: Context) -> list[Span]`` over
``ctx.text``. Presidio's pattern: a regular expression finds candidates, a
validator confirms them, context words raise or lower the score.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import regex

from ..nlp import Token, TokenTable, scan, sentences


@dataclass
class Context:
    """Input for detectors and checks.

    Attributes:
        text: the document text (``Document.text``).
        options: run options (``known_names``: a roster; ``organisations``;
            ``channel``; ``settings`` from the rule pack; ``nlp_model``...).
    """

    text: str
    options: dict = field(default_factory=dict)

    @cached_property
    def token_table(self) -> TokenTable:
        """Tokens of ``text`` as parallel lists (computed once)."""
        return scan(self.text)

    @cached_property
    def tokens(self) -> list[Token]:
        """Tokens of ``text`` as :class:`~socialcheck.nlp.Token` objects (computed once)."""
        return self.token_table.tokens()

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans of ``text`` (computed once)."""
        return sentences(self.text, self.token_table)

    @cached_property
    def lower(self) -> str:
        """``text.lower()`` (same length for the scripts we handle)."""
        low = self.text.lower()
        return low if len(low) == len(self.text) else self.text.casefold()[: len(self.text)]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, off: int) -> tuple[int, int]:
        """The sentence span containing ``off`` (or ``(off, off)``)."""
        sents = self.sentences
        i = bisect.bisect_right(self._sentence_starts, off) - 1
        if i >= 0 and sents[i][0] <= off <= sents[i][1]:
            return sents[i]
        return (off, off)


def anchored(pattern: Any, anchor: Any, text: str, lead: int = 0) -> Iterator[Any]:
    """The matches of ``pattern.finditer(text)``, found faster: ``pattern`` is
    tried only ``lead`` characters before where ``anchor`` matches (both are
    compiled ``re`` or ``regex`` patterns; yields their match objects).

    Only correct when every match of ``pattern`` starts there and matches of
    ``anchor`` never overlap. ``pattern`` may look behind its start (``match``
    sees the text before ``pos``), not past the end of the text.
    """
    return anchored_at(pattern, [a.start() for a in anchor.finditer(text)], text, lead)


def anchored_at(pattern: Any, starts: list[int], text: str, lead: int = 0) -> Iterator[Any]:
    """:func:`anchored` with the anchor's match starts given (in order)."""
    end = 0
    for a in starts:
        start = a - lead
        if start < end:
            continue
        m = pattern.match(text, start)
        if m:
            end = m.end()
            yield m


_DIGIT_RUN = regex.compile(r"\p{Nd}+")


def digit_runs(ctx: Context) -> list[tuple[int, int]]:
    """The runs of decimal digits (``\\p{Nd}+``) in ``ctx.text`` as ``(start, end)``
    character offsets, in order (found once per context and shared by the detectors)."""
    runs = ctx.__dict__.get("_digit_runs")
    if runs is None:
        runs = ctx.__dict__["_digit_runs"] = [m.span() for m in _DIGIT_RUN.finditer(ctx.text)]
    return runs


def window(text: str, start: int, end: int, before: int = 40, after: int = 40) -> tuple[str, str]:
    """Lower-cased text just before and just after ``[start, end)``, cut at line breaks."""
    left = text[max(0, start - before):start]
    right = text[end:end + after]
    if "\n" in left:
        left = left[left.rfind("\n") + 1:]
    if "\n" in right:
        right = right[: right.find("\n")]
    return left.lower(), right.lower()
