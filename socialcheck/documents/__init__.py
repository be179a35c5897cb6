"""Readers that turn files into :class:`Document` objects with a source map."""

from __future__ import annotations

import os

from .base import Document, InputError, Piece, TextBuilder
from .decoding import DEFAULT_MAX_BYTES, decode, read_bytes
from .readers import READERS, read_html, read_markdown, read_text, reader_for

#: File extensions a folder walk picks up (other files are skipped and counted).
SUPPORTED_EXTENSIONS = frozenset(READERS)


def load(path: str, max_bytes: int = DEFAULT_MAX_BYTES, display: str | None = None,
         data: bytes | None = None, kind_hint: str | None = None) -> Document:
    """Read, decode and parse one file.

    Args:
        path: file to read (ignored for reading when ``data`` is given).
        max_bytes: refuse files larger than this.
        display: path to show in findings (default ``path``).
        data: raw bytes (stdin); ``path``/``kind_hint`` still choose the reader.
        kind_hint: a file name whose extension chooses the reader.

    Raises:
        InputError: missing, unreadable, binary, badly encoded, unsupported or
            malformed input.
    """
    display = display or path
    name = kind_hint or path
    reader = reader_for(name)
    if reader is None:
        from .extra import extra_reader_for
        reader = extra_reader_for(name)
    if reader is None:
        raise InputError(display, f"unsupported file type '{os.path.splitext(name)[1] or name}'",
                         skippable=True)
    if data is None:
        data = read_bytes(path, max_bytes)
    elif len(data) > max_bytes:
        raise InputError(display, f"input too large (over {max_bytes:,} bytes)")
    if getattr(reader, "binary", False):
        return reader(display, data)
    source, encoding = decode(display, data)
    doc = reader(display, source)
    doc.meta["encoding"] = encoding
    return doc


__all__ = ["Document", "InputError", "Piece", "TextBuilder", "load", "read_text", "read_markdown",
           "read_html", "SUPPORTED_EXTENSIONS", "decode", "read_bytes"]
