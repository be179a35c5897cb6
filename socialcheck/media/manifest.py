"""Image manifests: ``manifest.yaml`` (or ``.yml``) and ``manifest.csv``.

A manifest says, per image of a media folder, where it will be published and
who is on it::

    defaults:                      # optional; every entry inherits these
      channels: [website]
      school: OBS De Regenboog
      event: Sportdag
      date: 2024-06-12
      approved_by: M. Directeur    # or approval: {by: ..., date: ...}
    images:
      - file: sportdag_01.jpg
        channels: [website, instagram]
        people: [Emma de Vries, L-2041]      # names as in the consent register, or ids
        logo: huisstijl/logo.png
        logo_approval: {by: M. Directeur, date: 2024-06-01}
        caption: Groep 5 tijdens de sportdag.
        credit: Foto: meester Kees

The YAML is parsed to nodes (:func:`socialcheck.yamlsafe.compose_limited`),
validated against ``manifest.schema.json`` with positions, and turned into
:class:`Entry` objects whose values keep their source offsets, so findings
can point at the line of the person or logo they are about.

``manifest.csv`` has one row per image and the columns ``file``,
``channels``, ``people``, ``logo``, ``logo_approval_by``,
``logo_approval_date``, ``approved_by``, ``approval_date``, ``caption``,
``credit``, ``source``, ``school``, ``event``, ``date`` (Dutch headers such as
``bestand``, ``kanalen``, ``personen``, ``bijschrift`` also work). Lists in a
cell are separated by ``|`` or by whichever of ``;`` and ``,`` is not the
CSV delimiter. A row whose ``file`` is ``*`` holds the defaults. CSV cells
become synthetic YAML nodes, so both forms share one validator.
"""

from __future__ import annotations

import csv
import io
import os
import unicodedata
from dataclasses import dataclass, field

import yaml

from ..documents import Document, InputError, decode, read_bytes
from ..yamlsafe import YamlError, compose_limited
from . import MANIFEST_NAMES
from .csvutil import rows, sniff_delimiter
from .schema import validate
from .settings import CHANNELS, normalise_channel
from .texts import mt

MAX_MANIFEST_BYTES = 5 * 1024 * 1024


class ManifestError(Exception):
    """The manifest cannot be read at all; ``str()`` is one line ``path: problem``."""


@dataclass(frozen=True)
class Value:
    """A scalar from the manifest and where it is: ``source[start:end]``
    (0-based code-point offsets; quotes excluded), 1-based ``line``/``column``."""

    text: str
    start: int
    end: int
    line: int
    column: int


@dataclass
class Entry:
    """One image of the manifest, with the defaults applied.

    Attributes:
        file: the ``file`` value as written (relative to the manifest folder).
        index: 1-based position in the manifest.
        channels: channel ids (normalised, see :mod:`.settings`) with positions.
        people: names or ids with positions.
        logo, logo_approval_by: the logo file and who approved it (``None`` if absent).
        approval_by: management approval (``approved_by`` or ``approval.by``).
        caption: caption text; ``caption_span`` is its ``(start, end)`` in the source.
        credit: ``credit`` or ``source``.
        date: ``date`` as ``YYYY-MM-DD`` text (entry, else defaults), or ``None``.
    """

    file: Value
    index: int
    channels: list[Value] = field(default_factory=list)
    people: list[Value] = field(default_factory=list)
    logo: Value | None = None
    logo_approval_by: Value | None = None
    approval_by: Value | None = None
    caption: Value | None = None
    caption_span: tuple[int, int] | None = None
    credit: Value | None = None
    date: str | None = None


@dataclass
class Manifest:
    """A parsed manifest.

    Attributes:
        path: the manifest file (display path).
        folder: the folder its ``file`` entries are relative to.
        source: decoded text of the file.
        entries: valid entries (entries with a schema problem are left out).
        listed: every ``file`` value written in the manifest (also of invalid
            entries), normalised (``/`` separators, NFC), for missing-entry checks.
        issues: one-line problems ``path:line:col: field: problem`` (exit 2).
    """

    path: str
    folder: str
    source: str
    entries: list[Entry] = field(default_factory=list)
    listed: dict[str, int] = field(default_factory=dict)
    issues: list[str] = field(default_factory=list)
    _doc: Document | None = None

    @property
    def doc(self) -> Document:
        """The manifest as a plain-text :class:`Document` (identity map), for findings."""
        if self._doc is None:
            self._doc = Document(path=self.path, source=self.source, text=self.source, kind="manifest")
        return self._doc


def norm_rel(path: str) -> str:
    """Normalise a relative file name for comparison: NFC, ``/`` separators, no ``./``."""
    p = unicodedata.normalize("NFC", path.replace("\\", "/"))
    parts = [x for x in p.split("/") if x not in ("", ".")]
    return "/".join(parts)


def find_manifest(folder: str) -> tuple[str | None, str | None]:
    """The manifest file in ``folder`` (first of :data:`MANIFEST_NAMES`) and a
    second one that is ignored, if both a YAML and a CSV manifest exist."""
    found = [os.path.join(folder, n) for n in MANIFEST_NAMES if os.path.isfile(os.path.join(folder, n))]
    if not found:
        return None, None
    return found[0], (found[1] if len(found) > 1 else None)


def load(path: str, folder: str | None = None, lang: str = "nl", display: str | None = None) -> Manifest:
    """Read, validate and interpret a manifest.

    Args:
        path: ``manifest.yaml``/``.yml``/``.csv`` (a ``.csv`` extension selects CSV).
        folder: the folder entries are relative to (default: the manifest's folder).
        lang: language of the problems in :attr:`Manifest.issues`.
        display: the path to show (default ``path``).

    Raises:
        ManifestError: unreadable, not text, invalid YAML or CSV, or empty.
    """
    display = display or path
    try:
        source, _enc = decode(display, read_bytes(path, MAX_MANIFEST_BYTES))
    except InputError as exc:
        raise ManifestError(str(exc)) from None
    folder = folder or os.path.dirname(path) or "."
    m = Manifest(path=display, folder=folder, source=source)
    if path.lower().endswith(".csv"):
        node = _csv_nodes(source, display, m, lang)
    else:
        try:
            node = compose_limited(source, "manifest", fast=True)
        except YamlError as exc:
            raise ManifestError(f"{display}: invalid YAML: {exc}") from None
    if node is None:
        raise ManifestError(f"{display}: {mt(lang, 'm_empty')}")
    bad_entries: set[int] = set()
    bad_defaults = False
    for issue in validate(node, lang=lang):
        m.issues.append(f"{display}:{issue.line}:{issue.column}: {issue.path}: {issue.message}")
        idx = _entry_index(issue.path)
        if idx is None:
            bad_defaults = True
        else:
            bad_entries.add(idx)
    _interpret(node, m, bad_entries, bad_defaults, lang)
    m.issues.sort(key=lambda issue: _issue_pos(issue, display))
    return m


def _issue_pos(issue: str, path: str) -> tuple[int, int]:
    """``(line, column)`` of an issue formatted as ``path:line:col: ...``, for sorting."""
    parts = issue[len(path) + 1:].split(":", 2)
    try:
        return int(parts[0]), int(parts[1])
    except (ValueError, IndexError):
        return (0, 0)


def _entry_index(path: str) -> int | None:
    """1-based entry number an issue path is about, or ``None`` (defaults/top level)."""
    for prefix in ("images[", "["):
        if path.startswith(prefix):
            num = path[len(prefix):].split("]", 1)[0]
            if num.isdigit():
                return int(num)
    return None


# ------------------------------------------------------------------ interpretation


def _mapping(node: yaml.Node) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _value(node: yaml.Node | None, source: str) -> Value | None:
    if not isinstance(node, yaml.ScalarNode):
        return None
    s, e = node.start_mark.index, node.end_mark.index
    if node.style in ('"', "'") and e - s >= 2:
        s, e = s + 1, e - 1
    if e <= s or e > len(source):
        s = e = min(s, len(source))
    return Value(str(node.value), s, e, node.start_mark.line + 1, node.start_mark.column + 1)


def _values(node: yaml.Node | None, source: str) -> list[Value]:
    if isinstance(node, yaml.SequenceNode):
        return [v for v in (_value(x, source) for x in node.value) if v is not None]
    v = _value(node, source)
    return [v] if v is not None else []


def _interpret(root: yaml.Node, m: Manifest, bad_entries: set[int], bad_defaults: bool, lang: str) -> None:
    src = m.source
    if isinstance(root, yaml.MappingNode):
        top = _mapping(root)
        defaults = {} if bad_defaults else _mapping(top.get("defaults"))
        items = top.get("images")
    else:
        defaults, items = {}, root
    if bad_defaults and isinstance(root, yaml.SequenceNode):
        bad_entries = bad_entries | set(range(1, len(root.value) + 1))
    if not isinstance(items, yaml.SequenceNode):
        return
    d_channels = _values(defaults.get("channels") or defaults.get("channel"), src)
    m.issues.extend(_channel_issues(d_channels, m.path, "defaults.channels", lang))
    for idx, item in enumerate(items.value, 1):
        fields = _mapping(item)
        fv = _value(fields.get("file"), src)
        if fv is not None and fv.text.strip():
            key = norm_rel(fv.text)
            if key in m.listed:
                m.issues.append(f"{m.path}:{fv.line}:{fv.column}: images[{idx}].file: "
                                + mt(lang, "m_duplicate_file", line=m.listed[key]))
                bad_entries.add(idx)
            else:
                m.listed[key] = fv.line
        own = _values(fields.get("channels") or fields.get("channel"), src)
        issues = _channel_issues(own, m.path, f"images[{idx}].channels", lang)
        if idx in bad_entries or fv is None or bad_defaults:
            m.issues.extend(issues)
            continue

        def pick(*names: str) -> yaml.Node | None:
            for n in names:
                if n in fields:
                    return fields[n]
            for n in names:
                if n in defaults:
                    return defaults[n]
            return None

        channels = own or d_channels
        if not channels:
            issues.append(f"{m.path}:{fv.line}:{fv.column}: images[{idx}]: " + mt(lang, "m_no_channel"))
        m.issues.extend(issues)
        if issues:
            continue
        entry = Entry(file=fv, index=idx)
        entry.channels = [Value(normalise_channel(c.text) or c.text, c.start, c.end, c.line, c.column)
                          for c in channels]
        entry.people = _values(fields.get("people"), src)
        entry.logo = _value(pick("logo"), src)
        la = pick("logo_approval")
        entry.logo_approval_by = _value(_mapping(la).get("by"), src) if la is not None else None
        ap = pick("approval")
        entry.approval_by = _value(_mapping(ap).get("by"), src) if ap is not None else _value(pick("approved_by"), src)
        cap = fields.get("caption")
        if isinstance(cap, yaml.ScalarNode):
            entry.caption = _value(cap, src)
            entry.caption_span = (cap.start_mark.index, cap.end_mark.index)
        entry.credit = _value(pick("credit", "source"), src)
        date = _value(pick("date"), src)
        entry.date = date.text.strip()[:10] if date else None
        m.entries.append(entry)


def _channel_issues(values: list[Value], path: str, where: str, lang: str) -> list[str]:
    out = []
    for v in values:
        if normalise_channel(v.text) is None:
            out.append(f"{path}:{v.line}:{v.column}: {where}: "
                       + mt(lang, "m_channel", value=v.text, known=", ".join(sorted(CHANNELS))))
    return out


# ------------------------------------------------------------------ CSV


_CSV_COLUMNS = ("file", "channels", "channel", "people", "logo", "logo_approval_by", "logo_approval_date",
                "approved_by", "approval_date", "caption", "credit", "source", "school", "event", "date")
_CSV_ALIASES = {
    "bestand": "file", "bestandsnaam": "file", "foto": "file", "afbeelding": "file", "image": "file",
    "kanalen": "channels", "kanaal": "channels", "personen": "people", "namen": "people", "persons": "people",
    "bijschrift": "caption", "onderschrift": "caption", "maker": "credit", "fotograaf": "credit",
    "bron": "source", "datum": "date", "school": "school", "activiteit": "event",
    "goedgekeurd_door": "approved_by", "goedkeuring_datum": "approval_date",
    "logo_goedgekeurd_door": "logo_approval_by", "logo_goedkeuring_datum": "logo_approval_date",
}
_LIST_COLUMNS = ("channels", "people")
_STR = "tag:yaml.org,2002:str"


def _csv_nodes(source: str, display: str, m: Manifest, lang: str) -> yaml.Node | None:
    """Turn ``manifest.csv`` into the node tree ``{defaults: ..., images: [...]}``."""
    lines = source.splitlines(keepends=True)
    if not lines:
        return None
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln)
    starts.append(pos)
    header = lines[0]
    delim = sniff_delimiter(header)
    seps = [s for s in ("|", ";", ",") if s != delim]
    reader = csv.reader(iter(lines), delimiter=delim)
    try:
        head = next(reader)
    except (csv.Error, StopIteration) as exc:
        raise ManifestError(f"{display}: invalid CSV: {exc}") from None
    cols = []
    for c in head:
        key = "_".join(c.strip().lower().replace("-", " ").split())
        key = _CSV_ALIASES.get(key, key)
        if key == "channel":
            key = "channels"
        cols.append(key)
    hdr_col = 1
    for raw, key in zip(head, cols):
        if key not in _CSV_COLUMNS:
            m.issues.append(f"{display}:1:{hdr_col}: {raw.strip()}: "
                            + mt(lang, "m_csv_column", key=raw.strip(), allowed=", ".join(_CSV_COLUMNS)))
        hdr_col += len(raw) + 1
    if "file" not in cols:
        raise ManifestError(f"{display}:1:1: {mt(lang, 'm_csv_file')}")

    def mark(off: int):
        line = _bisect(starts, off)
        return yaml.Mark(display, off, line, off - starts[line], None, None)

    def scalar(text: str, s: int, e: int):
        return yaml.ScalarNode(_STR, text, mark(s), mark(e))

    images, defaults = [], None
    prev_line = reader.line_num
    def fail(line: int, exc: Exception) -> ManifestError:
        return ManifestError(f"{display}:{line}: invalid CSV: {exc}")

    for row in rows(reader, fail):
        row_start, row_end = starts[prev_line], starts[min(reader.line_num, len(lines))]
        prev_line = reader.line_num
        if not any(c.strip() for c in row):
            continue
        cursor = row_start
        pairs = []
        cells: dict[str, tuple[str, int, int]] = {}
        for key, cell in zip(cols, row):
            found = source.find(cell, cursor, row_end) if cell else -1
            s = found if found != -1 else cursor
            e = s + len(cell) if found != -1 else s
            cursor = max(cursor, e)
            nxt = source.find(delim, cursor, row_end)
            if key in _CSV_COLUMNS and cell.strip():
                cells[key] = (cell, s, e)
            cursor = nxt + 1 if nxt != -1 else cursor
        for key, (cell, s, e) in cells.items():
            if key in ("logo_approval_by", "logo_approval_date", "approval_date"):
                continue
            if key == "approved_by" and "approval_date" in cells:
                continue
            k = scalar(key, s, s)
            if key in _LIST_COLUMNS:
                items = []
                sub_cursor = s
                for part in _split(cell, seps):
                    ps = source.find(part, sub_cursor, e) if part else -1
                    ps = ps if ps != -1 else sub_cursor
                    sub_cursor = ps + len(part)
                    items.append(scalar(part, ps, ps + len(part)))
                pairs.append((k, yaml.SequenceNode("tag:yaml.org,2002:seq", items, mark(s), mark(e))))
            else:
                pairs.append((k, scalar(cell.strip() if key != "caption" else cell, s, e)))
        for target, by_key, date_key in (("logo_approval", "logo_approval_by", "logo_approval_date"),
                                         ("approval", "approved_by", "approval_date")):
            if date_key in cells or (target == "logo_approval" and by_key in cells):
                sub = [(scalar(k2, cells[c][1], cells[c][1]), scalar(cells[c][0].strip(), cells[c][1], cells[c][2]))
                       for k2, c in (("by", by_key), ("date", date_key)) if c in cells]
                first = cells[by_key if by_key in cells else date_key]
                pairs.append((scalar(target, first[1], first[1]),
                              yaml.MappingNode("tag:yaml.org,2002:map", sub, mark(first[1]), mark(first[2]))))
        node = yaml.MappingNode("tag:yaml.org,2002:map", pairs, mark(row_start), mark(row_end))
        if cells.get("file", ("",))[0].strip() == "*":
            node.value = [(k, v) for k, v in pairs if k.value != "file"]
            defaults = node
        else:
            images.append(node)
    top = []
    if defaults is not None:
        top.append((scalar("defaults", 0, 0), defaults))
    top.append((scalar("images", 0, 0), yaml.SequenceNode("tag:yaml.org,2002:seq", images, mark(0), mark(0))))
    return yaml.MappingNode("tag:yaml.org,2002:map", top, mark(0), mark(len(source)))


def _split(cell: str, seps: list[str]) -> list[str]:
    parts = [cell]
    for sep in seps:
        parts = [p for x in parts for p in x.split(sep)]
    return [p.strip() for p in parts if p.strip()]


def _bisect(starts: list[int], off: int) -> int:
    """0-based line of offset ``off`` (``starts``: line starts plus the total length)."""
    import bisect
    return max(0, min(bisect.bisect_right(starts, off) - 1, len(starts) - 2))


def caption_document(m: Manifest, entry: Entry) -> Document | None:
    """The caption of ``entry`` as a :class:`Document` over the manifest source,
    mapped to its line/column in the manifest (scope ``caption``); the
    entry's first channel is the document's channel."""
    if entry.caption is None or not entry.caption.text.strip() or entry.caption_span is None:
        return None
    from ..documents.base import TextBuilder
    from ..documents.readers import _align

    b = TextBuilder()
    s, e = entry.caption_span
    _align(b, entry.caption.text, m.source, s, max(e, s), "caption")
    doc = Document(path=m.path, source=m.source, text=b.text(), pieces=b.pieces, kind="manifest",
                   meta={"front_matter": {"channel": entry.channels[0].text} if entry.channels else {}})
    doc._line_starts = m.doc.line_starts
    return doc
