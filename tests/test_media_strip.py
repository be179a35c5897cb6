"""``socialcheck strip-metadata``: cleaned copies keep pixels, ICC profile and
orientation; originals are untouched unless ``--in-place``."""

from __future__ import annotations

import hashlib
import io
import json
import os

import pytest
from _media_helpers import make_jpeg, run_cli, xmp_packet
from PIL import Image, ImageCms, PngImagePlugin

ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def sha(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def pixels(path) -> bytes:
    with Image.open(path) as im:
        return im.convert("RGBA").tobytes()


def full_jpeg(path):
    return make_jpeg(path, size=(120, 80), noise=True, artist="Fenna Bakker", gps=(52.1, 5.1), serial="SN-77",
                     xmp=xmp_packet(people=["Daan Smit"], creator="Joris Verhoeven"), orientation=6, icc=ICC,
                     iptc={(2, 120): "Daan Smit uit groep 5", (2, 25): ["sportdag"]}, comment="Daan")


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".git").mkdir()
    return tmp_path


def test_jpeg_copy_without_metadata(repo):
    src = full_jpeg(repo / "foto.jpg")
    before = sha(src)
    out = repo / "schoon"
    proc = run_cli("strip-metadata", src, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"1 afbeelding(en) zonder metadata geschreven naar {out}."
    dst = out / "foto.jpg"
    assert sha(src) == before  # original untouched
    assert pixels(dst) == pixels(src)
    with Image.open(dst) as im:
        assert dict(im.getexif()) == {0x0112: 6}  # only the orientation is left
        assert im.info.get("icc_profile") == ICC
        assert "xmp" not in im.info and "comment" not in im.info and "photoshop" not in im.info
    data = open(dst, "rb").read()
    for secret in (b"Fenna", b"Daan", b"Joris", b"SN-77"):
        assert secret not in data
    # and the scan agrees
    scan = run_cli(dst, "-f", "json")
    assert scan.returncode == 0 and json.loads(scan.stdout)["findings"] == []


def test_scan_data_is_byte_identical(repo):
    """The JPEG entropy-coded data is copied, not re-encoded."""
    src = full_jpeg(repo / "foto.jpg")
    run_cli("strip-metadata", src, "-o", repo / "out")
    a, b = open(src, "rb").read(), open(repo / "out" / "foto.jpg", "rb").read()
    sos = a.index(b"\xff\xda")
    assert a[sos:] in b


@pytest.mark.parametrize("fmt, ext, kw", [
    ("PNG", "png", {}),
    ("WEBP", "webp", {"lossless": True}),
    ("GIF", "gif", {"comment": b"Fenna Bakker"}),
    ("TIFF", "tif", {"compression": "tiff_lzw"}),
])
def test_other_formats(repo, fmt, ext, kw):
    im = Image.effect_noise((64, 48), 50).convert("RGB" if fmt != "GIF" else "P")
    exif = Image.Exif()
    exif[0x013B] = "Fenna Bakker"
    extra = dict(kw)
    if fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Author", "Fenna Bakker")
        info.add_itxt("XML:com.adobe.xmp", xmp_packet(people=["Daan Smit"]).decode())
        extra.update(pnginfo=info, exif=exif, icc_profile=ICC)
    elif fmt in ("WEBP", "TIFF"):
        extra.update(exif=exif)
        if fmt == "WEBP":
            extra.update(xmp=xmp_packet(people=["Daan Smit"]), icc_profile=ICC)
    src = repo / f"foto.{ext}"
    im.save(src, fmt, **extra)
    proc = run_cli("strip-metadata", src, "-o", repo / "out")
    assert proc.returncode == 0, proc.stderr
    dst = repo / "out" / f"foto.{ext}"
    assert pixels(dst) == pixels(src)
    data = open(dst, "rb").read()
    assert b"Fenna" not in data and b"Daan" not in data
    if fmt in ("PNG", "WEBP"):
        with Image.open(dst) as out:
            assert out.info.get("icc_profile") == ICC


def test_png_orientation_kept(repo):
    exif = Image.Exif()
    exif[0x0112] = 3
    exif[0x013B] = "Fenna Bakker"
    src = repo / "foto.png"
    Image.new("RGB", (10, 6), "red").save(src, exif=exif)
    run_cli("strip-metadata", src, "-o", repo / "out")
    with Image.open(repo / "out" / "foto.png") as im:
        assert dict(im.getexif()) == {0x0112: 3}


def test_folder_keeps_layout_and_in_place(repo):
    media = repo / "media"
    (media / "sub").mkdir(parents=True)
    a = full_jpeg(media / "a.jpg")
    b = full_jpeg(media / "sub" / "b.jpg")
    os.chmod(b, 0o640)
    before = (sha(a), sha(b))
    proc = run_cli("strip-metadata", media, "-o", repo / "out")
    assert proc.returncode == 0
    assert (repo / "out" / "a.jpg").exists() and (repo / "out" / "sub" / "b.jpg").exists()
    assert (sha(a), sha(b)) == before
    pix = pixels(b)
    proc = run_cli("strip-metadata", media, "--in-place")
    assert proc.returncode == 0 and proc.stdout.strip() == "2 afbeelding(en) ter plekke van metadata ontdaan."
    assert pixels(b) == pix and b"Fenna" not in open(b, "rb").read()
    assert os.stat(b).st_mode & 0o777 == 0o640
    assert [n for n in os.listdir(media / "sub") if n.endswith(".tmp")] == []


def test_bad_files_are_one_line_errors_and_the_rest_is_written(repo):
    good = full_jpeg(repo / "goed.jpg")
    bad = repo / "kapot.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe1\x00\x10abc")
    trunc = repo / "half.jpg"
    trunc.write_bytes(open(good, "rb").read()[:-300])
    proc = run_cli("strip-metadata", good, bad, trunc, repo / "weg.jpg", "-o", repo / "out")
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"socialcheck: fout: {repo}/weg.jpg: file not found",
        f"socialcheck: fout: {bad}: cannot clean: segment at byte 2 runs past the end of the file",
        f"socialcheck: fout: {trunc}: cannot clean: scan data has no end-of-image marker (truncated file)",
    ]
    assert os.listdir(repo / "out") == ["goed.jpg"]


def test_refuses_to_overwrite_originals_without_in_place(repo):
    src = full_jpeg(repo / "foto.jpg")
    before = sha(src)
    proc = run_cli("strip-metadata", src, "-o", repo)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"socialcheck: fout: {src}: uitvoer zou het origineel overschrijven; " \
                                  "gebruik --in-place of een andere -o map"
    assert sha(src) == before
    both = run_cli("strip-metadata", src, "-o", repo / "x", "--in-place")
    assert both.returncode == 2 and "exclude each other" in both.stderr


def test_unsupported_type(repo):
    p = repo / "foto.bmp"
    Image.new("RGB", (4, 4)).save(p)
    proc = run_cli("strip-metadata", p, "-o", repo / "out", "--lang", "en")
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"socialcheck: error: {p}: file type '.bmp' is not supported by strip-metadata")


def test_orientation_block_is_valid_exif():
    from socialcheck.media.strip import strip_jpeg
    buf = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 8
    Image.new("RGB", (8, 8)).save(buf, "JPEG", exif=exif)
    out = strip_jpeg(buf.getvalue())
    with Image.open(io.BytesIO(out)) as im:
        assert im.getexif()[0x0112] == 8
