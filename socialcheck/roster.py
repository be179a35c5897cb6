"""The school's own roster (``known_names`` in the config).

A roster file is either a CSV export with a name column (``naam``, ``name``,
``volledige naam``, or ``voornaam`` + ``achternaam`` with optional
``tussenvoegsel``) or a plain list with one name per line. Every name and its
usual variants — first name alone, initial + surname (``E. de Vries``),
surname with particle — is always found in a text.

Privacy: the roster's contents are never printed, logged or written anywhere.
Errors name the file and the problem, never a name from it.
"""

from __future__ import annotations

import csv
import io
import os

import regex

from .documents.decoding import decode, read_bytes

_NAME_COLS = ("naam", "name", "volledige naam", "full name", "roepnaam en achternaam", "leerling", "medewerker")
_FIRST_COLS = ("voornaam", "roepnaam", "first name", "firstname", "given name")
_LAST_COLS = ("achternaam", "last name", "lastname", "surname", "family name")
_MID_COLS = ("tussenvoegsel", "tussenvoegsels", "prefix")


class RosterError(ValueError):
    """A roster file cannot be read; the message names the file, never a name."""


def _variants(full: str) -> set[str]:
    parts = full.split()
    out = {full}
    if len(parts) >= 2:
        first = parts[0]
        rest = " ".join(parts[1:])
        if len(first) > 2:
            out.add(first)
        out.add(f"{first[0]}. {rest}")
        out.add(f"{first[0]}.{rest}")
        # surname with particle ("de Vries") only when it is distinctive
        if len(parts) >= 3 or len(parts[-1]) > 3:
            out.add(rest)
    return {v for v in out if len(v) >= 2}


def read_names(path: str) -> list[str]:
    """Names in a roster file (CSV with a name column, or one per line).

    Raises:
        RosterError: missing/unreadable file or a CSV without a name column.
    """
    try:
        data = read_bytes(path, 50 * 1024 * 1024)
        text, _enc = decode(path, data)
    except Exception as exc:  # InputError carries path + problem only
        raise RosterError(f"known_names: {exc}") from None
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return []
    first = lines[0]
    is_csv = path.lower().endswith(".csv") or any(sep in first for sep in (";", ",", "\t"))
    if not is_csv:
        return [ln.strip() for ln in lines if not ln.lstrip().startswith("#")]
    try:
        dialect = csv.Sniffer().sniff(first, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    fields = {(f or "").strip().lower(): f for f in reader.fieldnames or []}
    name_col = next((fields[c] for c in _NAME_COLS if c in fields), None)
    first_col = next((fields[c] for c in _FIRST_COLS if c in fields), None)
    last_col = next((fields[c] for c in _LAST_COLS if c in fields), None)
    mid_col = next((fields[c] for c in _MID_COLS if c in fields), None)
    if not name_col and not (first_col and last_col):
        raise RosterError(f"{path}: known_names: no name column (expected one of: naam, name, or voornaam + achternaam)")
    names = []
    for row in reader:
        if name_col:
            n = (row.get(name_col) or "").strip()
        else:
            n = " ".join(x for x in ((row.get(first_col) or "").strip(), (row.get(mid_col) or "").strip() if mid_col else "",
                                     (row.get(last_col) or "").strip()) if x)
        if n:
            names.append(n)
    return names


class Roster:
    """Compiled matcher for roster names and their variants."""

    def __init__(self, names: list[str]):
        variants: set[str] = set()
        for n in names:
            variants |= _variants(" ".join(n.split()))
        alts = sorted(variants, key=len, reverse=True)
        if alts:
            body = "|".join(regex.escape(a).replace(r"\ ", r"\s+") for a in alts)
            self._rx = regex.compile(rf"(?<![\p{{L}}\p{{Nd}}])(?:{body})(?![\p{{L}}\p{{Nd}}])", regex.I | regex.V1)
        else:
            self._rx = None
        self.size = len(names)

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of roster names in ``text`` (longest variant wins)."""
        if self._rx is None:
            return []
        return [(m.start(), m.end()) for m in self._rx.finditer(text)]

    @classmethod
    def from_files(cls, paths: list[str]) -> "Roster":
        """Build from one or more roster files.

        Raises:
            RosterError: see :func:`read_names`.
        """
        names: list[str] = []
        for p in paths:
            if not os.path.exists(p):
                raise RosterError(f"{p}: known_names: file not found")
            names.extend(read_names(p))
        return cls(names)
