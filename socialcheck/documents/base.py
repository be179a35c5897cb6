"""The :class:`Document` every reader produces, and its source map.

A reader turns a file into the plain text a reader of the post would see
(``Document.text``) plus a map from every character of that text back to the
decoded source (``Document.source``). Detectors work on ``text``; findings are
reported at source offsets and 1-based line/column of the file the user opened.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

#: Scopes a piece of text can come from (Vale's idea): body text, headings,
#: image alt texts, link texts and mailto/tel targets, YAML front matter,
#: captions, manifest fields, image metadata, code, page title/meta.
SCOPES = ("text", "heading", "alt", "link", "front_matter", "caption", "manifest",
          "metadata", "code", "title", "meta", "filename")


class InputError(Exception):
    """A file cannot be checked. ``str(err)`` is one line: ``"<path>: <problem>"``.

    Attributes:
        path: the file as the user named it.
        problem: what is wrong, one line, in English (the CLI translates known ones).
        skippable: True for binary/unsupported files, which a folder walk skips
            and counts instead of failing.
    """

    def __init__(self, path: str, problem: str, skippable: bool = False):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.skippable = skippable


@dataclass
class Piece:
    """``text[t_start:t_end]`` comes from ``source[s_start:s_end]``.

    If both lengths are equal the map is character by character; otherwise
    (an entity ``&amp;`` → ``&``, a separator inserted by the reader) the piece
    maps as a whole.
    """

    t_start: int
    t_end: int
    s_start: int
    s_end: int
    scope: str = "text"

    @property
    def identity(self) -> bool:
        return (self.t_end - self.t_start) == (self.s_end - self.s_start)


class TextBuilder:
    """Builds ``Document.text`` piece by piece, recording the source map.

    Usage: ``add(text, src_start, src_end, scope)`` for text taken from the
    source; ``sep(text, src_pos)`` for separators the reader inserts (block
    breaks), which map to a zero-width point in the source.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.pieces: list[Piece] = []
        self.length = 0

    def add(self, text: str, s_start: int, s_end: int | None = None, scope: str = "text") -> None:
        """Append ``text`` taken from ``source[s_start:s_end]`` (default: same length)."""
        if not text:
            return
        if s_end is None:
            s_end = s_start + len(text)
        t_start = self.length
        self._parts.append(text)
        self.length += len(text)
        self.pieces.append(Piece(t_start, self.length, s_start, s_end, scope))

    def sep(self, text: str, s_pos: int) -> None:
        """Append a separator (e.g. ``"\\n\\n"`` between blocks) mapped to ``s_pos``.

        Consecutive separators are merged and never start the text.
        """
        if not self.length:
            return
        tail = self._parts[-1] if self._parts else ""
        if tail.endswith("\n\n") or (text == "\n" and tail.endswith("\n")):
            return
        if text == "\n\n" and tail.endswith("\n"):
            text = "\n"
        self.add(text, s_pos, s_pos, "sep")

    def text(self) -> str:
        """The text built so far."""
        return "".join(self._parts)


@dataclass
class Document:
    """A file as the detectors see it.

    Attributes:
        path: display path (as given on the command line, ``-`` or the stdin name).
        source: the decoded source text (after BOM removal), as in the file.
        text: the reader-visible text (``source`` itself for plain text).
        pieces: the source map, sorted by ``t_start``; ``None`` means identity.
        kind: reader name (``text``, ``markdown``, ``html``, ``docx``, ...).
        meta: reader metadata, e.g. front-matter fields (``channel``) or the encoding.
    """

    path: str
    source: str
    text: str
    pieces: list[Piece] | None = None
    kind: str = "text"
    meta: dict = field(default_factory=dict)
    _line_starts: list[int] | None = field(default=None, repr=False)
    _piece_starts: list[int] | None = field(default=None, repr=False)

    # ----------------------------------------------------------- source map
    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a text span ``[start, end)`` to a source span ``[s, e)``.

        Offsets are 0-based code points; ``end`` exclusive. Zero-width and
        inserted separators map to a point. Raises nothing: offsets are clamped.
        """
        if self.pieces is None:
            n = len(self.source)
            return max(0, min(start, n)), max(0, min(end, n))
        s = self._map(start, is_end=False)
        e = self._map(end, is_end=True) if end > start else s
        if e < s:
            # The span crosses pieces whose source order differs from the text order (a Markdown
            # link target is placed before the link text): cover every source range it touches.
            return self._cover(start, end)
        return (s, e)

    def _cover(self, start: int, end: int) -> tuple[int, int]:
        """The smallest source span holding every piece that ``[start, end)`` touches."""
        lo, hi = len(self.source), 0
        for p in self.pieces:
            if p.t_start < end and start < p.t_end:
                if p.identity:
                    a = p.s_start + max(0, start - p.t_start)
                    b = p.s_start + min(p.t_end, end) - p.t_start
                else:
                    a, b = p.s_start, p.s_end
                lo, hi = min(lo, a), max(hi, b)
        return (lo, hi) if lo <= hi else (0, 0)

    def _map(self, off: int, is_end: bool) -> int:
        pieces = self.pieces
        if not pieces:
            return 0
        if self._piece_starts is None:
            self._piece_starts = [p.t_start for p in pieces]
        probe = off - 1 if is_end else off
        i = bisect.bisect_right(self._piece_starts, max(probe, 0)) - 1
        i = max(0, min(i, len(pieces) - 1))
        p = pieces[i]
        if p.identity:
            return p.s_start + max(0, min(off - p.t_start, p.t_end - p.t_start))
        return p.s_end if is_end else p.s_start

    def scope_at(self, off: int) -> str:
        """The scope of the text character at ``off`` (``"text"`` for plain text)."""
        if not self.pieces:
            return "text"
        if self._piece_starts is None:
            self._piece_starts = [p.t_start for p in self.pieces]
        i = bisect.bisect_right(self._piece_starts, off) - 1
        if i < 0:
            return "text"
        scope = self.pieces[i].scope
        if scope == "sep" and i + 1 < len(self.pieces):
            scope = self.pieces[i + 1].scope
        return scope

    # ----------------------------------------------------------- lines
    @property
    def line_starts(self) -> list[int]:
        """Source offsets at which each line starts (lines end at ``\\n``)."""
        if self._line_starts is None:
            starts = [0]
            src = self.source
            i = src.find("\n")
            while i != -1:
                starts.append(i + 1)
                i = src.find("\n", i + 1)
            self._line_starts = starts
        return self._line_starts

    def line_col(self, src_off: int) -> tuple[int, int]:
        """1-based ``(line, column)`` of source offset ``src_off`` (columns in code points)."""
        starts = self.line_starts
        i = bisect.bisect_right(starts, src_off) - 1
        return i + 1, src_off - starts[i] + 1

    def span_lines(self, start: int, end: int) -> tuple[int, int, int, int]:
        """``line_col(start) + line_col(end)`` (source offsets), with one search
        when both are on the same line."""
        starts = self.line_starts
        i = bisect.bisect_right(starts, start) - 1
        if starts[i] <= end and (i + 1 == len(starts) or end < starts[i + 1]):
            return i + 1, start - starts[i] + 1, i + 1, end - starts[i] + 1
        return (i + 1, start - starts[i] + 1) + self.line_col(end)

    def line_text(self, line: int) -> str:
        """The source line ``line`` (1-based) without its line break."""
        starts = self.line_starts
        if line < 1 or line > len(starts):
            return ""
        a = starts[line - 1]
        b = starts[line] - 1 if line < len(starts) else len(self.source)
        return self.source[a:b].rstrip("\r")
