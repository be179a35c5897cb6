"""Known people of a media folder (the manifest's ``people`` and the consent
register's names), matched as word sequences.

A regular expression over hundreds of names (:class:`socialcheck.roster.Roster`)
takes a noticeable time to compile; a set of word tuples is built in
microseconds and matches file names and metadata values just as well.
Variants per name: the full name and the first name alone when it has at
least three letters. Matching ignores case
and accents. Names with digits (ids such as ``L-2041``) are skipped.
"""

from __future__ import annotations

import unicodedata

import regex

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class KnownNames:
    """Matcher for a list of person names (see module docstring)."""

    def __init__(self, names: list[str]):
        phrases: set[tuple[str, ...]] = set()
        for name in names:
            if any(ch.isdigit() for ch in name):
                continue
            if "," in name:  # "Vries, Emma de"
                last, _, first = name.partition(",")
                name = f"{first} {last}"
            words = tuple(_fold(w) for w in _WORD.findall(name))
            if not words:
                continue
            phrases.add(words)
            if len(words) >= 2 and len(words[0]) >= 3:
                phrases.add(words[:1])
        self._phrases = phrases
        self._longest = max((len(p) for p in phrases), default=0)

    def __bool__(self) -> bool:
        return bool(self._phrases)

    def find(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` offsets in ``text`` of known names, longest match first, not overlapping."""
        if not self._phrases:
            return []
        words = [(m.start(), m.end(), _fold(m.group())) for m in _WORD.finditer(text)]
        out = []
        i = 0
        while i < len(words):
            for n in range(min(self._longest, len(words) - i), 0, -1):
                if tuple(w[2] for w in words[i:i + n]) in self._phrases:
                    out.append((words[i][0], words[i + n - 1][1]))
                    i += n
                    break
            else:
                i += 1
        return out
