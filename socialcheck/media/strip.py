"""``socialcheck strip-metadata``: write copies of images without hidden metadata.

The pixel data is never re-encoded where the format allows a lossless edit
of its container:

* **JPEG**: markers are copied byte for byte except APP1 (EXIF, XMP), APP13
  (Photoshop/IPTC), the other APPn segments, COM, a JFIF thumbnail (APP0
  ``JFXX``) and anything after the end-of-image marker (trailers, MPF
  extra images). Kept: APP0 JFIF, APP2 ``ICC_PROFILE``, APP14 ``Adobe``
  (colour transform), tables, frame/scan headers and the entropy-coded data.
* **PNG**: ancillary chunks other than colour, transparency, physical size
  and animation chunks are dropped (``tEXt zTXt iTXt eXIf tIME`` ...); ICC
  (``iCCP``) is kept.
* **WebP**: ``EXIF`` and ``XMP `` chunks are dropped and the ``VP8X`` flags and
  RIFF size fixed; ``ICCP`` and animation are kept.
* **GIF**: comment extensions and application extensions other than looping
  (``NETSCAPE2.0``/``ANIMEXTS1.0``) and ICC (``ICCRGBG1``) are dropped.
* **TIFF**: re-saved with Pillow with the same lossless compression, only
  the image structure, resolution and ICC profile tags; the result is
  decoded and compared with the original, pixel for pixel. Pillow applies a
  TIFF's Orientation when it reads the file, so the copy stores the pixels
  upright and needs no Orientation tag (it looks the same).

Orientation (EXIF tag 0x0112) is kept: if it was not 1, a minimal EXIF
block holding only the Orientation is written back, so the photo still shows
upright.

Files are written atomically (a temporary file in the target folder, then
``os.replace``). Originals are only replaced with ``--in-place``.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import tempfile
import warnings

from . import image_extensions

MAX_INPUT_BYTES = 512 * 1024 * 1024


class StripError(Exception):
    """A file cannot be cleaned; ``str()`` is one line ``path: problem``."""


# ------------------------------------------------------------------ formats


def _orientation(data: bytes) -> int:
    """The EXIF Orientation of an image in ``data`` (1 if absent or unreadable)."""
    import io

    from PIL import Image
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # broken EXIF: Pillow warns; the block is dropped anyway
            with Image.open(io.BytesIO(data)) as im:
                return int(im.getexif().get(0x0112, 1)) or 1
    except Exception:
        return 1


def _exif_orientation_block(orientation: int) -> bytes:
    """A TIFF-structured EXIF block (big-endian) holding only Orientation (tag 0x0112, SHORT)."""
    ifd = struct.pack(">H", 1) + struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack(">I", 0)
    return b"MM\x00*" + struct.pack(">I", 8) + ifd


def strip_jpeg(data: bytes) -> bytes:
    """Clean JPEG bytes (see module docstring).

    Raises:
        ValueError: not a well-formed JPEG marker stream.
    """
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG file (no SOI marker)")
    orientation = _orientation(data)
    out = [b"\xff\xd8"]
    if orientation != 1:
        exif = b"Exif\x00\x00" + _exif_orientation_block(orientation)
        out.append(b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif)
    i, n = 2, len(data)
    while i < n:
        if data[i] != 0xFF:
            raise ValueError(f"expected a marker at byte {i}")
        while i + 1 < n and data[i + 1] == 0xFF:  # fill bytes
            i += 1
        if i + 1 >= n:
            raise ValueError("file ends inside a marker")
        m = data[i + 1]
        if m == 0xD9:  # EOI: drop anything after it
            out.append(b"\xff\xd9")
            return b"".join(out)
        if m == 0x01 or 0xD0 <= m <= 0xD7:
            out.append(data[i:i + 2])
            i += 2
            continue
        if i + 4 > n:
            raise ValueError("file ends inside a segment header")
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        end = i + 2 + length
        if length < 2 or end > n:
            raise ValueError(f"segment at byte {i} runs past the end of the file")
        body = data[i + 4:end]
        keep = True
        if 0xE0 <= m <= 0xEF:
            keep = (m == 0xE0 and body.startswith(b"JFIF\x00")) or \
                   (m == 0xE2 and body.startswith(b"ICC_PROFILE\x00")) or \
                   (m == 0xEE and body.startswith(b"Adobe"))
        elif m == 0xFE:
            keep = False
        if keep:
            out.append(data[i:end])
        i = end
        if m == 0xDA:  # entropy-coded data follows the scan header: copy up to the next real marker
            k = i
            while True:
                k = data.find(b"\xff", k)
                if k == -1 or k + 1 >= n:
                    raise ValueError("scan data has no end-of-image marker (truncated file)")
                nxt = data[k + 1]
                if nxt == 0x00 or 0xD0 <= nxt <= 0xD7:
                    k += 2
                    continue
                if nxt == 0xFF:
                    k += 1
                    continue
                break
            out.append(data[i:k])
            i = k
    raise ValueError("no end-of-image marker (truncated file)")


_PNG_SIG = b"\x89PNG\r\n\x1a\n"
_PNG_KEEP = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB", b"cICP",
             b"mDCv", b"cLLi", b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT"}


def strip_png(data: bytes) -> bytes:
    """Clean PNG bytes (see module docstring).

    Raises:
        ValueError: not a well-formed PNG chunk stream.
    """
    import zlib

    if not data.startswith(_PNG_SIG):
        raise ValueError("not a PNG file (bad signature)")
    orientation = _orientation(data)
    out = [_PNG_SIG]
    i, n = 8, len(data)
    while i < n:
        if i + 12 > n:
            raise ValueError("file ends inside a chunk")
        length = struct.unpack(">I", data[i:i + 4])[0]
        ctype = data[i + 4:i + 8]
        end = i + 12 + length
        if end > n:
            raise ValueError(f"chunk {ctype!r} runs past the end of the file")
        critical = ctype[:1].isupper()
        if ctype in _PNG_KEEP or critical:
            if ctype == b"IDAT" and orientation != 1:  # a minimal eXIf goes before the image data
                body = _exif_orientation_block(orientation)
                chunk = b"eXIf" + body
                out.append(struct.pack(">I", len(body)) + chunk + struct.pack(">I", zlib.crc32(chunk)))
                orientation = 1
            out.append(data[i:end])
        i = end
        if ctype == b"IEND":
            return b"".join(out)
    raise ValueError("no IEND chunk (truncated file)")


def strip_webp(data: bytes) -> bytes:
    """Clean WebP bytes (see module docstring).

    Raises:
        ValueError: not a well-formed RIFF/WEBP file.
    """
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ValueError("not a WebP file")
    orientation = _orientation(data)
    size = struct.unpack("<I", data[4:8])[0] + 8
    if size > len(data):
        raise ValueError("RIFF size runs past the end of the file (truncated)")
    chunks = []
    i = 12
    while i + 8 <= size:
        fourcc = data[i:i + 4]
        length = struct.unpack("<I", data[i + 4:i + 8])[0]
        end = i + 8 + length + (length & 1)
        if end > size:
            raise ValueError(f"chunk {fourcc!r} runs past the end of the file")
        if fourcc not in (b"EXIF", b"XMP "):
            chunks.append(bytearray(data[i:end]))
        i = end
    if orientation != 1:
        body = _exif_orientation_block(orientation)
        chunks.append(bytearray(b"EXIF" + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b"")))
    for c in chunks:
        if c[:4] == b"VP8X":
            c[8] = (c[8] & ~0x0C) | (0x08 if orientation != 1 else 0)
    body = b"".join(bytes(c) for c in chunks)
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def strip_gif(data: bytes) -> bytes:
    """Clean GIF bytes (see module docstring).

    Raises:
        ValueError: not a well-formed GIF block stream.
    """
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        raise ValueError("not a GIF file")
    n = len(data)
    flags = data[10]
    i = 13 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0)
    out = [data[:i]]

    def sub_blocks(j: int) -> int:
        while True:
            if j >= n:
                raise ValueError("file ends inside a data block (truncated)")
            size = data[j]
            j += 1 + size
            if size == 0:
                return j

    while i < n:
        b = data[i]
        if b == 0x3B:
            out.append(b"\x3b")
            return b"".join(out)
        if b == 0x21:
            if i + 2 > n:
                raise ValueError("file ends inside an extension")
            label = data[i + 1]
            end = sub_blocks(i + 2)
            keep = label in (0xF9, 0x01)
            if label == 0xFF:
                ident = data[i + 3:i + 3 + 11]
                keep = ident in (b"NETSCAPE2.0", b"ANIMEXTS1.0", b"ICCRGBG1012")
            if keep:
                out.append(data[i:end])
            i = end
        elif b == 0x2C:
            if i + 10 > n:
                raise ValueError("file ends inside an image descriptor")
            lflags = data[i + 9]
            j = i + 10 + (3 * (2 << (lflags & 7)) if lflags & 0x80 else 0)
            end = sub_blocks(j + 1)
            out.append(data[i:end])
            i = end
        else:
            raise ValueError(f"unexpected byte 0x{b:02x} at {i}")
    raise ValueError("no GIF trailer (truncated file)")


def strip_tiff(path: str) -> bytes:
    """Re-save a TIFF without metadata (lossless compressions only); the result
    is verified pixel for pixel.

    Raises:
        ValueError: lossy (JPEG) compression, or the pixels would change.
    """
    import io

    from PIL import Image, ImageSequence

    with Image.open(path) as im:
        comp = im.info.get("compression", "raw")
        if comp in ("jpeg", "tiff_jpeg", "webp"):
            raise ValueError(f"TIFF with lossy compression ({comp}) cannot be cleaned without re-encoding")
        frames = [f.copy() for f in ImageSequence.Iterator(im)]
        orientation = int(im.getexif().get(0x0112, 1) or 1)
        icc = im.info.get("icc_profile")
        dpi = im.info.get("dpi")
    buf = io.BytesIO()
    kw = {"compression": comp if comp != "raw" else None}
    if icc:
        kw["icc_profile"] = icc
    if dpi:
        kw["dpi"] = dpi
    if orientation != 1:
        kw["tiffinfo"] = {0x0112: orientation}
    if len(frames) > 1:
        kw["save_all"] = True
        kw["append_images"] = frames[1:]
    frames[0].save(buf, "TIFF", **{k: v for k, v in kw.items() if v is not None})
    out = buf.getvalue()
    with Image.open(io.BytesIO(out)) as check:
        for a, b in zip(frames, ImageSequence.Iterator(check)):
            if a.tobytes() != b.tobytes() or a.size != b.size or a.mode != b.mode:
                raise ValueError("re-saving the TIFF would change its pixels; not written")
    return out


_BY_EXT = {".jpg": strip_jpeg, ".jpeg": strip_jpeg, ".png": strip_png, ".webp": strip_webp, ".gif": strip_gif}


def clean_bytes(path: str) -> bytes:
    """The cleaned content of image ``path``.

    Raises:
        StripError: unsupported type, unreadable, too large or malformed.
    """
    ext = os.path.splitext(path)[1].lower()
    try:
        if ext in (".tif", ".tiff"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return strip_tiff(path)
        fn = _BY_EXT.get(ext)
        if fn is None:
            raise StripError(f"{path}: file type '{ext or path}' is not supported by strip-metadata "
                             f"(supported: jpg, jpeg, png, webp, gif, tif, tiff)")
        size = os.path.getsize(path)
        if size > MAX_INPUT_BYTES:
            raise StripError(f"{path}: file too large ({size:,} bytes; limit {MAX_INPUT_BYTES:,})")
        with open(path, "rb") as fh:
            data = fh.read()
        return fn(data)
    except StripError:
        raise
    except FileNotFoundError:
        raise StripError(f"{path}: file not found") from None
    except OSError as exc:
        raise StripError(f"{path}: cannot read ({exc.strerror or type(exc).__name__})") from None
    except Exception as exc:  # malformed container, Pillow errors
        raise StripError(f"{path}: cannot clean: {exc}") from None


def write_atomic(target: str, data: bytes, mode_from: str | None = None) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder
    and ``os.replace`` (readers never see half a file); copy permission bits
    from ``mode_from`` if given."""
    d = os.path.dirname(os.path.abspath(target))
    os.makedirs(d, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=d)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode_from:
            shutil.copymode(mode_from, tmp)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# ------------------------------------------------------------------ command


_TEXTS = {
    "nl": {"done": "{n} afbeelding(en) zonder metadata geschreven naar {where}.",
           "inplace": "{n} afbeelding(en) ter plekke van metadata ontdaan.",
           "none": "geen afbeeldingen gevonden in {path}",
           "same": "{path}: uitvoer zou het origineel overschrijven; gebruik --in-place of een andere -o map",
           "clash": "{path}: uitvoerbestand {out} is al geschreven voor een ander invoerbestand",
           "error": "socialcheck: fout: {msg}"},
    "en": {"done": "{n} image(s) without metadata written to {where}.",
           "inplace": "{n} image(s) stripped of metadata in place.",
           "none": "no images found in {path}",
           "same": "{path}: output would overwrite the original; use --in-place or another -o folder",
           "clash": "{path}: output file {out} was already written for another input file",
           "error": "socialcheck: error: {msg}"},
}


def _plan(inputs: list[str], outdir: str | None, in_place: bool, tx: dict
          ) -> tuple[list[tuple[str, str]], list[str]]:
    """``(source, target)`` pairs for every image under ``inputs`` and one-line problems."""
    exts = image_extensions()
    pairs: list[tuple[str, str]] = []
    problems: list[str] = []
    out_abs = os.path.abspath(outdir) if outdir else None
    for p in inputs:
        if os.path.isdir(p):
            found = []
            for root, dirs, names in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and (out_abs is None or os.path.abspath(os.path.join(root, d)) != out_abs))
                for name in sorted(names):
                    full = os.path.join(root, name)
                    if os.path.splitext(name)[1].lower() in exts and not os.path.islink(full):
                        found.append(full)
            if not found:
                problems.append(tx["none"].format(path=p))
            for f in found:
                pairs.append((f, f if in_place else os.path.join(out_abs, os.path.relpath(f, p))))
        elif os.path.isfile(p):
            pairs.append((p, p if in_place else os.path.join(out_abs, os.path.basename(p))))
        else:
            problems.append(f"{p}: file not found")
    return pairs, problems


def strip_paths(inputs: list[str], outdir: str | None = None, in_place: bool = False, lang: str = "nl",
                out=None, err=None) -> int:
    """Clean every image under ``inputs``; returns the exit code (0 ok, 2 if
    any file could not be cleaned or the arguments are wrong).

    Without ``in_place`` the copies go to ``outdir`` (default ``./stripped``),
    keeping the relative layout of folder inputs. Nothing is written over an
    input file unless ``in_place`` is true.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    tx = _TEXTS.get(lang, _TEXTS["nl"])
    if not in_place:
        outdir = outdir or "stripped"
    pairs, problems = _plan(inputs, outdir, in_place, tx)
    written: dict[str, str] = {}
    ok = 0
    for src, dst in pairs:
        try:
            if not in_place:
                if os.path.exists(dst) and os.path.samefile(src, dst):
                    raise StripError(tx["same"].format(path=src))
                key = os.path.abspath(dst)
                if key in written:
                    raise StripError(tx["clash"].format(path=src, out=dst))
                written[key] = src
            data = clean_bytes(src)
            write_atomic(dst, data, mode_from=src if in_place else None)
            ok += 1
        except StripError as exc:
            problems.append(str(exc))
        except OSError as exc:
            problems.append(f"{dst}: cannot write ({exc.strerror or type(exc).__name__})")
    for p in problems:
        err.write(tx["error"].format(msg=p) + "\n")
    if ok:
        out.write((tx["inplace"].format(n=ok) if in_place else tx["done"].format(n=ok, where=outdir)) + "\n")
    return 2 if problems else 0
