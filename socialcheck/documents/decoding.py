"""Reading files safely: size limit, binary detection and text decoding.

Decoding order (Word exports and Notepad files are the usual suspects):
UTF-8 with BOM, UTF-16 LE/BE with BOM, UTF-8, then Windows-1252 (cp1252) if
the bytes are plausible text in it. Anything else is an :class:`InputError`.
"""

from __future__ import annotations

import codecs
import os
import re
import stat

from .base import InputError

#: Default refusal limit for one input file, in bytes (``max_file_size`` in config).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Control characters that never occur in real text files (keep \t \n \r \f).
_BAD_CONTROLS = set(range(0, 32)) - {9, 10, 12, 13}
_BAD_CONTROL_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_BAD_CONTROLS)) + "]")


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a whole file, refusing files over ``max_bytes``.

    The size is checked before reading (a 200 MB file costs no memory) and
    at most ``max_bytes + 1`` bytes are ever read. FIFOs, sockets and devices
    are refused without blocking (the file is opened non-blocking and checked
    with ``fstat``, so a file swapped for a FIFO after the check is caught too).

    Raises:
        InputError: missing file (or broken link), a directory, not a regular
            file, unreadable (permissions), too large.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "broken symbolic link" if os.path.islink(path) else "file not found") from None
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
    _check_stat(path, st, max_bytes)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(path, "file disappeared before it could be read") from None
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
    try:
        with open(fd, "rb", closefd=True) as fh:
            _check_stat(path, os.fstat(fd), max_bytes)
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(path, f"file too large (over {max_bytes:,} bytes)")
    return data


def _check_stat(path: str, st: os.stat_result, max_bytes: int) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        kind = "a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) \
            else "a device"
        raise InputError(path, f"is {kind}, not a regular file; not read")
    if st.st_size > max_bytes:
        raise InputError(path, f"file too large ({st.st_size:,} bytes; limit {max_bytes:,}; "
                               "raise max_file_size in .socialcheck.yaml)")


def decode(path: str, data: bytes) -> tuple[str, str]:
    """Decode file bytes to text.

    Returns:
        ``(text, encoding)`` where encoding is one of ``utf-8``, ``utf-8-sig``,
        ``utf-16``, ``cp1252``. A BOM is removed from the text.

    Raises:
        InputError: binary content (``skippable=True``) or bytes that are neither
            UTF-8 nor plausible Windows-1252.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return _check_text(path, data[3:].decode("utf-8")), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-8 after the byte-order mark at byte {exc.start + 3}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _check_text(path, data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-16 text at byte {exc.start}") from None
    if b"\x00" in data[:8192] or b"\x00" in data[-8192:]:
        raise InputError(path, "binary file (contains NUL bytes), not text", skippable=True)
    try:
        return _check_text(path, data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(path, f"invalid bytes: not UTF-8 (byte {utf8_error}) and not Windows-1252 text") from None
    return _check_text(path, text, f"invalid bytes: not UTF-8 (byte {utf8_error}) and not plausible "
                                    "Windows-1252 text"), "cp1252"


def _check_text(path: str, text: str, problem: str | None = None) -> str:
    """Reject decoded text that is full of control characters (binary data)."""
    sample = text[:65536]
    if not _BAD_CONTROL_RE.search(sample):  # the usual case, in C speed
        return text
    bad = len(_BAD_CONTROL_RE.findall(sample))
    if bad and (bad > 8 or bad * 100 > len(sample)):
        raise InputError(path, problem or "binary file (control characters), not text", skippable=problem is None)
    return text
