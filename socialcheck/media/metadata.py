"""Reading an image's hidden metadata without decoding its pixels.

``PIL.Image.open`` is lazy: it parses the file header and metadata segments
(JPEG APPn/COM markers up to the first scan, PNG chunks before IDAT, WebP
RIFF chunks, TIFF IFDs) and stops; pixel data is decoded only by ``load()``,
which this module calls only for face counting.

Sources (tag numbers from the EXIF 2.32 specification, CIPA DC-008-2019):

* EXIF IFD0: ImageDescription 0x010E, Artist 0x013B, Copyright 0x8298,
  Orientation 0x0112, Windows XPTitle/XPComment/XPAuthor/XPKeywords/XPSubject
  0x9C9B-0x9C9F (UTF-16LE); Exif IFD (pointer 0x8769): UserComment 0x9286,
  CameraOwnerName 0xA430, BodySerialNumber 0xA431, LensSerialNumber 0xA435;
  GPS IFD (pointer 0x8825): GPSLatitudeRef 1, GPSLatitude 2,
  GPSLongitudeRef 3, GPSLongitude 4.
* XMP (parsed with defusedxml): ``dc:`` http://purl.org/dc/elements/1.1/
  (creator, rights, description, title, subject); ``Iptc4xmpExt:``
  http://iptc.org/std/Iptc4xmpExt/2008-02-29/ (PersonInImage); ``Iptc4xmpCore:``
  http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/ (CreatorContactInfo Ci*);
  ``mwg-rs:`` http://www.metadataworkinggroup.com/schemas/regions/ (face
  region Name); ``MPReg:`` http://ns.microsoft.com/photo/1.2/t/Region#
  (PersonDisplayName); ``photoshop:`` http://ns.adobe.com/photoshop/1.0/
  (Headline, CaptionWriter, Credit); ``xmpRights:``
  http://ns.adobe.com/xap/1.0/rights/ (Owner); ``exif:``
  http://ns.adobe.com/exif/1.0/ (GPSLatitude, GPSLongitude, UserComment);
  ``exifEX:`` http://cipa.jp/exif/1.0/ and ``aux:``
  http://ns.adobe.com/exif/1.0/aux/ (owner name, serial numbers).
* IPTC IIM record 2 (JPEG APP13 "Photoshop 3.0" resource 0x0404, TIFF tag
  33723): ObjectName 2:05, Keywords 2:25, By-line 2:80, Headline 2:105,
  Credit 2:110, Copyright Notice 2:116, Contact 2:118, Caption/Abstract 2:120,
  Writer/Editor 2:122.
* JPEG/GIF comments, PNG text chunks (Author, Copyright, Description, Comment, Title).

Every field has a *kind*: ``person`` (the value is a person's name),
``rights`` (copyright/credit: a person or an organisation), ``device`` (a
serial number that ties photos to one camera and its owner) or ``text``
(free text, checked with the personal-data detectors).
"""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass, field

#: Metadata blocks larger than this are not parsed (reported as unreadable metadata).
MAX_METADATA_BYTES = 1024 * 1024
#: Values longer than this are cut before the text detectors see them.
MAX_VALUE_CHARS = 4096
#: At most this many metadata fields per image are returned.
MAX_FIELDS = 500

EXIF_IFD, GPS_IFD = 0x8769, 0x8825
ORIENTATION = 0x0112
_IFD0_FIELDS = {
    0x010E: ("EXIF ImageDescription", "text"), 0x013B: ("EXIF Artist", "person"),
    0x8298: ("EXIF Copyright", "rights"), 0x9C9B: ("EXIF XPTitle", "text"), 0x9C9C: ("EXIF XPComment", "text"),
    0x9C9D: ("EXIF XPAuthor", "person"), 0x9C9E: ("EXIF XPKeywords", "text"), 0x9C9F: ("EXIF XPSubject", "text"),
}
_EXIF_FIELDS = {
    0x9286: ("EXIF UserComment", "text"), 0xA430: ("EXIF CameraOwnerName", "person"),
    0xA431: ("EXIF BodySerialNumber", "device"), 0xA435: ("EXIF LensSerialNumber", "device"),
}

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "mwg-rs": "http://www.metadataworkinggroup.com/schemas/regions/",
    "MPReg": "http://ns.microsoft.com/photo/1.2/t/Region#",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "exifEX": "http://cipa.jp/exif/1.0/",
    "aux": "http://ns.adobe.com/exif/1.0/aux/",
}
_XMP_FIELDS = {
    ("dc", "creator"): "person", ("dc", "rights"): "rights", ("dc", "description"): "text",
    ("dc", "title"): "text", ("dc", "subject"): "text",
    ("Iptc4xmpExt", "PersonInImage"): "person", ("mwg-rs", "Name"): "person",
    ("MPReg", "PersonDisplayName"): "person", ("photoshop", "Headline"): "text",
    ("photoshop", "CaptionWriter"): "person", ("photoshop", "Credit"): "rights",
    ("xmpRights", "Owner"): "person", ("exif", "UserComment"): "text",
    ("exifEX", "CameraOwnerName"): "person", ("exifEX", "BodySerialNumber"): "device",
    ("exifEX", "LensSerialNumber"): "device", ("aux", "OwnerName"): "person",
    ("aux", "SerialNumber"): "device", ("aux", "LensSerialNumber"): "device",
}
_XMP_BY_CLARK = {f"{{{NS[p]}}}{local}": (f"XMP {p}:{local}", kind) for (p, local), kind in _XMP_FIELDS.items()}
_XMP_GPS = {f"{{{NS['exif']}}}GPSLatitude": "lat", f"{{{NS['exif']}}}GPSLongitude": "lon"}
_IPTC_CORE = f"{{{NS['Iptc4xmpCore']}}}"

_IPTC_FIELDS = {
    (2, 5): ("IPTC 2:05 ObjectName", "text"), (2, 25): ("IPTC 2:25 Keywords", "text"),
    (2, 80): ("IPTC 2:80 By-line", "person"), (2, 105): ("IPTC 2:105 Headline", "text"),
    (2, 110): ("IPTC 2:110 Credit", "rights"), (2, 116): ("IPTC 2:116 CopyrightNotice", "rights"),
    (2, 118): ("IPTC 2:118 Contact", "text"), (2, 120): ("IPTC 2:120 Caption", "text"),
    (2, 122): ("IPTC 2:122 Writer", "person"),
}
_PNG_TEXT = {"Author": "person", "Copyright": "rights", "Description": "text", "Comment": "text", "Title": "text"}


@dataclass
class ImageInfo:
    """What one image holds, as read by a worker process (picklable).

    Attributes:
        path: the file that was read.
        problem: ``None`` if readable, else an ``invalid-image`` variant
            (``corrupt``, ``truncated``, ``bomb``, ``unreadable``) and ``detail``
            a short technical reason.
        format, width, height: from the image header.
        gps: ``(latitude, longitude)`` in decimal degrees and the field it came from.
        fields: ``(field label, kind, value)`` triples (see module docstring).
        metadata_problems: labels of metadata blocks that were too large or broken.
        faces: number of faces found, or ``None`` if not counted.
    """

    path: str
    problem: str | None = None
    detail: str = ""
    format: str | None = None
    width: int = 0
    height: int = 0
    gps: tuple[float, float, str] | None = None
    fields: list[tuple[str, str, str]] = field(default_factory=list)
    metadata_problems: list[str] = field(default_factory=list)
    faces: int | None = None


def preload() -> None:
    """Import Pillow with all its format plugins, the IPTC reader and defusedxml
    (done once in the parent, so forked worker processes start warm)."""
    from defusedxml import ElementTree  # noqa: F401
    from PIL import Image, IptcImagePlugin  # noqa: F401

    Image.init()


def inspect_image(path: str, count_faces: bool = False, max_pixels: int = 89_478_485) -> ImageInfo:
    """Read the metadata of one image (and count faces if asked).

    Never raises for a bad file: problems come back in :attr:`ImageInfo.problem`.
    Decompression bombs (more than ``max_pixels`` pixels, Pillow's
    ``DecompressionBombWarning``/``Error``) are refused before any pixel is decoded.
    """
    from PIL import Image, UnidentifiedImageError

    info = ImageInfo(path)
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings(record=True) as caught:
            # Pillow warns (and goes on) about broken EXIF; such warnings must not reach
            # stderr as tracebacks-like noise: they become a metadata problem instead.
            warnings.simplefilter("always")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                info.format = im.format
                info.width, info.height = im.size
                if im.size[0] * im.size[1] > max_pixels:
                    raise Image.DecompressionBombError("too many pixels")
                _read_metadata(im, info)
                if _looks_truncated(path, im.format):
                    info.problem, info.detail = "truncated", "tail"
                elif count_faces:
                    from .faces import count_faces as _count
                    info.faces = _count(im)
            if any("TiffImagePlugin" in (w.filename or "") for w in caught) \
                    and "EXIF" not in info.metadata_problems:
                info.metadata_problems.append("EXIF")  # Pillow read the EXIF block only partly
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        info.problem, info.detail = "bomb", f"> {max_pixels:,} pixels"
    except UnidentifiedImageError:
        info.problem, info.detail = "corrupt", "not an image"
    except OSError as exc:
        if "truncated" in str(exc).lower():
            info.problem, info.detail = "truncated", "decode"
        elif exc.errno is not None:
            info.problem, info.detail = "unreadable", exc.strerror or type(exc).__name__
        else:
            info.problem, info.detail = "corrupt", _short(exc)
    except Exception as exc:  # Pillow raises many types (SyntaxError, ValueError, struct.error ...)
        info.problem, info.detail = "corrupt", _short(exc)
    return info


def _short(exc: Exception) -> str:
    msg = str(exc).splitlines()[0][:120] if str(exc) else ""
    return f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__


# ------------------------------------------------------------------ metadata


def _read_metadata(im, info: ImageInfo) -> None:
    fields: list[tuple[str, str, str]] = []
    _read_exif(im, info, fields)
    xmp = _xmp_bytes(im)
    if xmp:
        if len(xmp) > MAX_METADATA_BYTES:
            info.metadata_problems.append("XMP")
        else:
            try:
                _read_xmp(xmp, info, fields)
            except Exception:
                info.metadata_problems.append("XMP")
    _read_iptc(im, info, fields)
    for key in ("comment",):
        v = im.info.get(key)
        if v:
            fields.append((f"{im.format or ''} COM".strip(), "text", _text(v)))
    if im.format == "PNG":
        for k, kind in _PNG_TEXT.items():
            v = im.info.get(k)
            if isinstance(v, str) and v.strip():
                fields.append((f"PNG {k}", kind, v))
    seen = set()
    for label, kind, value in fields:
        value = " ".join(value.replace("\x00", " ").split())[:MAX_VALUE_CHARS]
        if value and (label, value) not in seen and len(info.fields) < MAX_FIELDS:
            seen.add((label, value))
            info.fields.append((label, kind, value))


def _read_exif(im, info: ImageInfo, fields: list) -> None:
    raw = im.info.get("exif")
    if isinstance(raw, (bytes, bytearray)) and len(raw) > MAX_METADATA_BYTES:
        info.metadata_problems.append("EXIF")
        return
    try:
        exif = im.getexif()
    except Exception:
        info.metadata_problems.append("EXIF")
        return
    if not exif:
        return
    sub = _sub_ifd(exif, EXIF_IFD, info, "EXIF")
    for table, ifd in ((_IFD0_FIELDS, exif), (_EXIF_FIELDS, sub)):
        for tag, (label, kind) in table.items():
            if tag in ifd:
                fields.append((label, kind, _exif_text(ifd[tag], tag)))
    gps = _sub_ifd(exif, GPS_IFD, info, "EXIF GPS")
    if gps:
        lat = _dms(gps.get(2), gps.get(1), "S")
        lon = _dms(gps.get(4), gps.get(3), "W")
        if lat is not None and lon is not None and (lat, lon) != (0.0, 0.0):
            info.gps = (lat, lon, "EXIF GPSLatitude/GPSLongitude")


def _sub_ifd(exif, pointer: int, info: ImageInfo, label: str) -> dict:
    """The sub-IFD at ``pointer`` (Exif 0x8769, GPS 0x8825), or ``{}`` after noting a broken block."""
    try:
        return exif.get_ifd(pointer)
    except Exception:
        info.metadata_problems.append(label)
        return {}


def _dms(value, ref, negative: str) -> float | None:
    """Degrees/minutes/seconds rationals → decimal degrees (``None`` if unusable)."""
    try:
        parts = [float(x) for x in value]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not parts or any(p != p for p in parts):  # NaN from a 0/0 rational
        return None
    deg = parts[0] + (parts[1] / 60 if len(parts) > 1 else 0) + (parts[2] / 3600 if len(parts) > 2 else 0)
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "replace")
    if isinstance(ref, str) and ref.strip().upper().startswith(negative):
        deg = -deg
    return round(deg, 6)


def _exif_text(value, tag: int) -> str:
    if 0x9C9B <= tag <= 0x9C9F:  # Windows XP tags: UTF-16LE bytes (or a tuple of byte values)
        if isinstance(value, tuple):
            value = bytes(value)
        if isinstance(value, (bytes, bytearray)):
            return bytes(value).decode("utf-16-le", "replace").rstrip("\x00")
    if tag == 0x9286 and isinstance(value, (bytes, bytearray)):  # UserComment: 8-byte character code
        code, body = bytes(value[:8]), bytes(value[8:])
        if code.startswith(b"UNICODE"):
            for enc in ("utf-16-be", "utf-16-le"):
                text = body.decode(enc, "replace")
                if text.isprintable() or not body:
                    return text
            return body.decode("utf-16-le", "replace")
        return body.decode("utf-8", "replace") if code.startswith(b"ASCII") or not code.strip(b"\x00") else ""
    return _text(value)


def _text(value) -> str:
    if isinstance(value, (bytes, bytearray)):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return bytes(value).decode("cp1252", "replace")
    if isinstance(value, (tuple, list)):
        return " ".join(_text(v) for v in value)
    return str(value)


def _xmp_bytes(im) -> bytes | None:
    for key in ("xmp", "XML:com.adobe.xmp"):
        v = im.info.get(key)
        if v:
            return v.encode("utf-8") if isinstance(v, str) else bytes(v)
    tags = getattr(im, "tag_v2", None)
    if tags is not None:
        v = tags.get(700)
        if v:
            return v if isinstance(v, bytes) else bytes(v) if isinstance(v, (tuple, bytearray)) else str(v).encode()
    return None


def _read_xmp(data: bytes, info: ImageInfo, fields: list) -> None:
    from defusedxml import ElementTree

    try:  # a packet: <?xpacket begin?> <x:xmpmeta>...</x:xmpmeta> <?xpacket end?> + padding
        root = ElementTree.fromstring(data.strip(b"\x00 \t\r\n"))
    except ElementTree.ParseError:  # junk around the packet: cut out the xmpmeta/RDF element
        start = data.find(b"<x:xmpmeta")
        if start == -1:
            start = data.find(b"<rdf:RDF")
        end_tag = b"</x:xmpmeta>" if data[start:start + 10] == b"<x:xmpmeta" else b"</rdf:RDF>"
        end = data.rfind(end_tag)
        if start == -1 or end == -1:
            raise ValueError("no XMP packet") from None
        root = ElementTree.fromstring(data[start:end + len(end_tag)])
    gps: dict[str, float] = {}
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        hit = _XMP_BY_CLARK.get(tag)
        if hit is None and tag.startswith(_IPTC_CORE) and tag[len(_IPTC_CORE):].startswith("Ci"):
            hit = (f"XMP Iptc4xmpCore:{tag[len(_IPTC_CORE):]}", "text")
        if hit is not None:
            items = [li.text for li in el.iter(f"{{{RDF}}}li") if li.text and li.text.strip()]
            if not items and el.text and el.text.strip():
                items = [el.text]
            for v in items:
                fields.append((hit[0], hit[1], v))
        if tag in _XMP_GPS and el.text:
            val = _xmp_coord(el.text)
            if val is not None:
                gps[_XMP_GPS[tag]] = val
        for attr, v in el.attrib.items():
            hit = _XMP_BY_CLARK.get(attr)
            if hit is None and attr.startswith(_IPTC_CORE) and attr[len(_IPTC_CORE):].startswith("Ci"):
                hit = (f"XMP Iptc4xmpCore:{attr[len(_IPTC_CORE):]}", "text")
            if hit is not None and v.strip():
                fields.append((hit[0], hit[1], v))
            elif attr in _XMP_GPS:
                val = _xmp_coord(v)
                if val is not None:
                    gps[_XMP_GPS[attr]] = val
    if info.gps is None and "lat" in gps and "lon" in gps and (gps["lat"], gps["lon"]) != (0.0, 0.0):
        info.gps = (gps["lat"], gps["lon"], "XMP exif:GPSLatitude/GPSLongitude")


_XMP_COORD = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)(?:\s*,\s*(\d+(?:\.\d+)?))?\s*([NSEWnsew])\s*$")


def _xmp_coord(text: str) -> float | None:
    """XMP GPSCoordinate ``"DDD,MM.mmk"`` or ``"DDD,MM,SSk"`` → decimal degrees."""
    m = _XMP_COORD.match(text)
    if not m:
        return None
    d, mi, s, hemi = m.groups()
    val = float(d) + float(mi) / 60 + (float(s) / 3600 if s else 0)
    return round(-val if hemi.upper() in "SW" else val, 6)


def _read_iptc(im, info: ImageInfo, fields: list) -> None:
    from PIL import IptcImagePlugin

    block = (im.info.get("photoshop") or {}).get(0x0404) if isinstance(im.info.get("photoshop"), dict) else None
    if block is not None and len(block) > MAX_METADATA_BYTES:
        info.metadata_problems.append("IPTC")
        return
    try:
        iptc = IptcImagePlugin.getiptcinfo(im)
    except Exception:
        info.metadata_problems.append("IPTC")
        return
    if not iptc:
        return
    utf8 = iptc.get((1, 90)) in (b"\x1b%G", [b"\x1b%G"])
    for key, (label, kind) in _IPTC_FIELDS.items():
        v = iptc.get(key)
        if v is None:
            continue
        for item in (v if isinstance(v, list) else [v]):
            fields.append((label, kind, item.decode("utf-8", "replace") if utf8 else _text(item)))


def _looks_truncated(path: str, fmt: str | None) -> bool:
    """Cheap check that the file ends like a complete image (no pixel decode):
    JPEG end-of-image marker FFD9, PNG IEND chunk, GIF trailer 0x3B, WebP RIFF size."""
    if fmt not in ("JPEG", "PNG", "GIF", "WEBP", "MPO"):
        return False
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            if fmt == "WEBP":
                head = fh.read(12)
                return len(head) < 12 or int.from_bytes(head[4:8], "little") + 8 > size
            fh.seek(max(0, size - 65536))
            tail = fh.read()
    except OSError:
        return False
    if fmt in ("JPEG", "MPO"):
        return b"\xff\xd9" not in tail
    if fmt == "PNG":
        return b"IEND" not in tail
    return not tail.rstrip(b"\x00").endswith(b";")
