"""Person names in image file names (``image-filename``).

``emma_de_vries_groep5.jpg`` → the stem is split on ``_ - . +`` and spaces,
at camel-case humps (``EmmaDeVries``) and between letters and digits
(``groep5``), re-capitalised (surname particles stay lower case) and given to
the name detector: ``"Emma de Vries groep 5"``. A span counts when it starts
with a known first name (the project's first-name list, minus names that are
also ordinary words) or matches a known person: the people of the manifest,
the consent register and the ``known_names`` roster. Context alone (a
capitalised word before "groep 5") is not enough, because every word of a
file name is capitalised here.
"""

from __future__ import annotations

import regex

from ..detectors.base import Context
from ..detectors.names import detect_names, lexicon

_WORD = regex.compile(r"\p{L}+(?:'\p{L}+)?|\d+")
_HUMP = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_PARTICLES = frozenset("van de der den het ter ten te in 't op uit la le von d'".split())


def words(stem: str) -> list[tuple[str, int, int]]:
    """Words of a file stem with their ``(start, end)`` offsets in ``stem``."""
    out = []
    for m in _WORD.finditer(stem):
        w, base = m.group(), m.start()
        cuts = [0, *(h.start() for h in _HUMP.finditer(w)), len(w)]
        for a, b in zip(cuts, cuts[1:]):
            if b > a:
                out.append((w[a:b], base + a, base + b))
    return out


def name_spans(stem: str, rosters=()) -> list[tuple[int, int]]:
    """``(start, end)`` offsets in ``stem`` of person names (see module docstring).

    Args:
        stem: the file name without folder and extension.
        rosters: objects with ``find(text) -> [(start, end)]`` for known people
            (:class:`socialcheck.roster.Roster`, :class:`.people.KnownNames`).
    """
    ws = words(stem)
    if not ws:
        return []
    parts, index = [], []  # text offsets of each word
    pos = 0
    for w, _s, _e in ws:
        low = w.lower()
        shown = low if low in _PARTICLES else (w if w.isdigit() else w[:1].upper() + w[1:].lower())
        parts.append(shown)
        index.append((pos, pos + len(shown)))
        pos += len(shown) + 1
    text = " ".join(parts)
    lex = lexicon()
    hits: list[tuple[int, int]] = []
    for roster in rosters:
        if roster is not None:
            hits.extend(roster.find(text))
    for span in detect_names(Context(text, {})):
        if span.check != "person-name":
            continue
        first = text[span.start:span.end].split()[0].lower()
        if first in lex.first and first not in lex.ambiguous and len(first) > 2:
            hits.append((span.start, span.end))
    out: list[tuple[int, int]] = []
    for ts, te in sorted(hits):
        covered = [k for k, (a, b) in enumerate(index) if a < te and ts < b]
        if not covered:
            continue
        last = _surname_end(ws, covered[-1], lex)
        s, e = ws[covered[0]][1], ws[last][2]
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _surname_end(ws: list[tuple[str, int, int]], k: int, lex) -> int:
    """Index of the last word of a name whose first part ends at word ``k``:
    particles plus the word after them (``emma_de_vries``), or a known surname."""
    j = k + 1
    while j < len(ws) and ws[j][0].lower() in _PARTICLES:
        j += 1
    if j > k + 1 and j < len(ws) and ws[j][0].isalpha() and len(ws[j][0]) > 1 \
            and ws[j][0].lower() not in lex.common:
        return j
    if j == k + 1 and j < len(ws) and ws[j][0].lower() in lex.surname_core:
        return j
    return k
