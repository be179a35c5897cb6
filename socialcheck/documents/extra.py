"""Readers for formats that need optional libraries (Word drafts and others).

``extra_reader_for`` returns ``None`` for a file type no reader handles.
"""

from __future__ import annotations

import os

EXTRA_READERS: dict = {}


def extra_reader_for(path: str):
    """The reader for ``path``'s extension among the optional readers, or ``None``."""
    return EXTRA_READERS.get(os.path.splitext(path)[1].lower())
