"""Word drafts (``.docx``) via python-docx.

``Document.text`` is the text of every non-empty paragraph of the body, in
document order, joined by blank lines: body paragraphs, table cells (each
cell paragraph on its own) and content controls. Headers, footers,
footnotes, comments and text boxes are not read (they are rarely what gets
posted). ``Document.source`` is the same text, so offsets are offsets into it.

Positions: a Word file has no lines a user can see, so a finding's ``line``
is the **paragraph number** (1-based, counting non-empty paragraphs) and
``column`` the character within that paragraph. ``line_text`` returns the
paragraph (soft line breaks shown as spaces).
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass

from .base import Document, InputError, Piece

#: Refuse a .docx whose main part unpacks to more than this (zip bombs).
MAX_DOCUMENT_XML = 64 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


@dataclass
class ParagraphDocument(Document):
    """A :class:`Document` whose "lines" are paragraphs (see the module docstring)."""

    def line_text(self, line: int) -> str:
        """Paragraph ``line`` (1-based), soft line breaks as spaces."""
        starts = self.line_starts
        if line < 1 or line > len(starts):
            return ""
        a = starts[line - 1]
        b = self.source.find("\n\n", a)
        return self.source[a:b if b != -1 else len(self.source)].replace("\n", " ")


def _check_zip(path: str, data: bytes) -> None:
    """Refuse what is not a .docx package, or one that would unpack too large.

    Raises:
        InputError: lock file, not a zip (an old .doc, a password-protected
            file), no ``word/document.xml``, or a main part over the limit.
    """
    if os.path.basename(path).startswith("~$"):
        raise InputError(path, "Word lock file (the document is open in Word), not a document", skippable=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            info = z.getinfo("word/document.xml")
    except zipfile.BadZipFile:
        raise InputError(path, "not a valid .docx file (an old .doc, a password-protected or a damaged file?)") from None
    except KeyError:
        raise InputError(path, "not a Word document (no word/document.xml in the .docx package)") from None
    if info.file_size > MAX_DOCUMENT_XML:
        raise InputError(path, f"Word document too large when unpacked ({info.file_size:,} bytes; "
                               f"limit {MAX_DOCUMENT_XML:,})")


def paragraphs(data: bytes) -> list[tuple[str, str]]:
    """``(text, scope)`` of every non-empty paragraph in the body, in order;
    scope is ``heading`` for heading styles, else ``text``.

    Raises:
        ImportError: python-docx is not installed.
        Exception: whatever python-docx raises for a broken package.
    """
    import docx
    from docx.text.paragraph import Paragraph

    d = docx.Document(io.BytesIO(data))
    body = d.element.body
    out = []
    for p in body.iter(f"{_W}p"):
        if any(a.tag == _MC_FALLBACK for a in p.iterancestors()):
            continue  # the fallback copy of a drawing's content
        para = Paragraph(p, d)
        text = para.text.replace("\r", "")
        if not text.strip():
            continue
        try:
            style = (para.style.name or "") if para.style is not None else ""
        except (KeyError, AttributeError, ValueError):
            style = ""
        scope = "heading" if style.lower().startswith(("heading", "kop", "title", "titel")) else "text"
        out.append((text, scope))
    return out


def read_docx(path: str, data: bytes) -> Document:
    """Read a ``.docx`` from its bytes (``binary`` reader: called with the raw bytes).

    Raises:
        InputError: not a .docx, damaged, too large unpacked, or python-docx
            missing.
    """
    _check_zip(path, data)
    try:
        paras = paragraphs(data)
    except ImportError:
        raise InputError(path, "reading .docx needs python-docx (pip install python-docx)") from None
    except Exception as exc:  # python-docx/lxml raise many types for broken packages
        first = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        raise InputError(path, f"damaged Word document ({first})") from None
    parts: list[str] = []
    pieces: list[Piece] = []
    starts: list[int] = []
    pos = 0
    for text, scope in paras:
        if parts:
            parts.append("\n\n")
            pieces.append(Piece(pos, pos + 2, pos, pos + 2, "sep"))
            pos += 2
        starts.append(pos)
        parts.append(text)
        pieces.append(Piece(pos, pos + len(text), pos, pos + len(text), scope))
        pos += len(text)
    text = "".join(parts)
    doc = ParagraphDocument(path=path, source=text, text=text, pieces=pieces or None, kind="docx",
                            meta={"encoding": "docx", "positions": "paragraphs"})
    doc._line_starts = starts or [0]
    return doc


read_docx.binary = True  # type: ignore[attr-defined]
