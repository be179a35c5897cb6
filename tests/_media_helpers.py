"""Helpers for the media tests: images with real EXIF/XMP/IPTC metadata made
with Pillow, and a runner for the command line.

All people are invented.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import subprocess
import sys
from xml.sax.saxutils import escape

from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def xmp_packet(people=(), creator=None, regions=(), gps=None, description=None, email=None) -> bytes:
    """An XMP packet with Iptc4xmpExt:PersonInImage, dc:creator, MWG face
    regions (mwg-rs:Name as attributes), exif:GPS and a creator e-mail."""
    parts = []
    if people:
        lis = "".join(f"<rdf:li>{escape(p)}</rdf:li>" for p in people)
        parts.append(f"<Iptc4xmpExt:PersonInImage><rdf:Bag>{lis}</rdf:Bag></Iptc4xmpExt:PersonInImage>")
    if creator:
        parts.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(creator)}</rdf:li></rdf:Seq></dc:creator>")
    if description:
        parts.append(f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(description)}</rdf:li>'
                     "</rdf:Alt></dc:description>")
    if regions:
        lis = "".join(f'<rdf:li><rdf:Description mwg-rs:Name="{escape(n)}" mwg-rs:Type="Face"/></rdf:li>'
                      for n in regions)
        parts.append(f"<mwg-rs:Regions rdf:parseType=\"Resource\"><mwg-rs:RegionList><rdf:Bag>{lis}</rdf:Bag>"
                     "</mwg-rs:RegionList></mwg-rs:Regions>")
    if email:
        parts.append(f'<Iptc4xmpCore:CreatorContactInfo Iptc4xmpCore:CiEmailWork="{escape(email)}"/>')
    attrs = ""
    if gps:
        attrs = f' exif:GPSLatitude="{gps[0]}" exif:GPSLongitude="{gps[1]}"'
    body = "".join(parts)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"'
        ' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"'
        ' xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"'
        f' xmlns:exif="http://ns.adobe.com/exif/1.0/"{attrs}>{body}</rdf:Description></rdf:RDF></x:xmpmeta>'
        '<?xpacket end="w"?>').encode("utf-8")


def iptc_app13(fields: dict) -> bytes:
    """A JPEG APP13 segment ("Photoshop 3.0", 8BIM resource 0x0404) holding IPTC
    IIM record-2 datasets, e.g. ``{(2, 120): "caption", (2, 25): ["kw1", "kw2"]}``."""
    iim = b"\x1c\x01\x5a\x00\x03\x1b%G"  # 1:90 coded character set = UTF-8
    for (rec, ds), value in fields.items():
        for v in (value if isinstance(value, list) else [value]):
            data = v.encode("utf-8")
            iim += bytes([0x1C, rec, ds]) + struct.pack(">H", len(data)) + data
    res = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim)) + iim
    if len(iim) % 2:
        res += b"\x00"
    body = b"Photoshop 3.0\x00" + res
    return b"\xff\xed" + struct.pack(">H", len(body) + 2) + body


def make_jpeg(path, size=(96, 64), color=(40, 120, 200), artist=None, copyright=None, gps=None, xmp=None,
              iptc=None, serial=None, owner=None, orientation=None, icc=None, comment=None, noise=False) -> str:
    """Write a JPEG with the given EXIF (Artist 0x013B, Copyright 0x8298, GPS IFD,
    BodySerialNumber 0xA431, CameraOwnerName 0xA430, Orientation 0x0112), XMP, IPTC and COM."""
    im = Image.new("RGB", size, color)
    if noise:
        im = Image.effect_noise(size, 60).convert("RGB")
    exif = Image.Exif()
    if artist:
        exif[0x013B] = artist
    if copyright:
        exif[0x8298] = copyright
    if orientation:
        exif[0x0112] = orientation
    if gps:
        g = exif.get_ifd(0x8825)
        lat, lon = gps
        g[1] = "N" if lat >= 0 else "S"
        g[2] = _dms(abs(lat))
        g[3] = "E" if lon >= 0 else "W"
        g[4] = _dms(abs(lon))
    if serial or owner:
        sub = exif.get_ifd(0x8769)
        if serial:
            sub[0xA431] = serial
        if owner:
            sub[0xA430] = owner
    kw = {"exif": exif, "quality": 90}
    if xmp:
        kw["xmp"] = xmp
    if icc:
        kw["icc_profile"] = icc
    if comment:
        kw["comment"] = comment
    buf = io.BytesIO()
    im.save(buf, "JPEG", **kw)
    data = buf.getvalue()
    if iptc:
        data = data[:2] + iptc_app13(iptc) + data[2:]
    with open(path, "wb") as fh:
        fh.write(data)
    return str(path)


def _dms(value: float):
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 2)
    return (float(d), float(m), s)


def tree_hash(folder) -> str:
    """sha256 over every file (path, bytes, mtime) and symlink under ``folder``."""
    h = hashlib.sha256()
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for n in sorted(names + [d for d in dirs if os.path.islink(os.path.join(root, d))]):
            p = os.path.join(root, n)
            h.update(os.path.relpath(p, folder).encode())
            if os.path.islink(p):
                h.update(os.readlink(p).encode())
            elif os.path.isfile(p):
                st = os.stat(p)
                h.update(str(st.st_mtime_ns).encode())
                with open(p, "rb") as fh:
                    h.update(fh.read())
    return h.hexdigest()


def run_cli(*args, cwd=None, env=None, timeout=120):
    """Run ``python -m socialcheck ARGS`` as a user would; returns CompletedProcess (text)."""
    env = dict(env or {})
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join(x for x in (env.pop("PYTHONPATH", None), ROOT, e.get("PYTHONPATH")) if x)
    e.pop("GITHUB_ACTIONS", None)
    e.update(env)
    return subprocess.run([sys.executable, "-m", "socialcheck", *map(str, args)], cwd=cwd or "/", env=e,
                          capture_output=True, text=True, timeout=timeout)


def write(path, text: str) -> str:
    """Write UTF-8 text (parents created)."""
    os.makedirs(os.path.dirname(str(path)) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return str(path)
