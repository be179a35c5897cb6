"""Readers for formats that need optional libraries (Word drafts and others).

``extra_reader_for`` returns ``None`` for a file type no reader handles.
A reader with the attribute ``binary = True`` is called as
``reader(display_path, raw_bytes)`` instead of with decoded text.

``.odt`` (LibreOffice) is not read: odfpy, the library for it, has had no
release since 2020; convert to ``.docx`` or copy the text into a ``.txt``.
"""

from __future__ import annotations

import os

from .docx import read_docx

EXTRA_READERS: dict = {".docx": read_docx}


def extra_reader_for(path: str):
    """The reader for ``path``'s extension among the optional readers, or ``None``."""
    return EXTRA_READERS.get(os.path.splitext(path)[1].lower())
