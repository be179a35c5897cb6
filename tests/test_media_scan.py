"""Batch scan of media folders: manifest coverage, bad input, stable output,
exit codes, progress bar, and that a scan never modifies anything."""

from __future__ import annotations

import json
import os
import struct
import zlib

import pytest
from _media_helpers import make_jpeg, run_cli, tree_hash, write


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".git").mkdir()
    return tmp_path


def parsable(proc):
    return proc.stdout.splitlines()


def png_chunk(ctype: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", zlib.crc32(ctype + data))


def bomb_png(path, w=60000, h=60000):
    """A tiny PNG whose header claims w x h pixels (a decompression bomb)."""
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(b"\x00" * 16)) \
        + png_chunk(b"IEND", b"")
    path.write_bytes(data)


def huge_exif_png(path):
    """A valid 8x8 PNG with a 2 MiB eXIf chunk."""
    from PIL import Image
    import io
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(buf, "PNG")
    raw = buf.getvalue()
    exif = b"MM\x00*\x00\x00\x00\x08" + b"\x00" * (2 * 1024 * 1024)
    i = raw.index(b"IDAT") - 4
    path.write_bytes(raw[:i] + png_chunk(b"eXIf", exif) + raw[i:])


def test_missing_manifest_entry_and_images_outside_media_folders(repo):
    media = repo / "media"
    (media / "sub").mkdir(parents=True)
    make_jpeg(media / "a.jpg")
    make_jpeg(media / "b.jpg")
    make_jpeg(media / "sub" / "c.jpg", gps=(52.1, 5.1))  # below a media folder: scanned
    make_jpeg(repo / "los.jpg", gps=(52.1, 5.1))  # no manifest here: skipped by the folder walk
    write(media / "manifest.yaml", "defaults: {channels: [website], credit: x}\nimages:\n  - file: a.jpg\n"
                                   "  - file: sub/c.jpg\n")
    proc = run_cli(repo, "-f", "parsable")
    assert proc.returncode == 1
    assert parsable(proc) == [
        f"{media}/b.jpg:1:1: error missing-manifest-entry Afbeelding staat niet in het manifest: "
        "geen toestemmingsregistratie",
        f"{media}/sub/c.jpg:1:1: error image-location GPS-locatie in de metadata van de afbeelding "
        "(EXIF GPSLatitude/GPSLongitude)"]
    data = json.loads(run_cli(repo, "-f", "json").stdout)
    assert data["summary"]["files"] == 4 and data["summary"]["skipped"] == 1  # los.jpg


def test_manifest_option_for_a_folder(repo):
    media = repo / "fotos"
    media.mkdir()
    make_jpeg(media / "a.jpg")
    make_jpeg(media / "b.jpg")
    m = write(repo / "lijst.yaml", "defaults: {channels: [website], credit: x}\nimages:\n  - file: a.jpg\n")
    proc = run_cli(media, "--manifest", m, "-f", "parsable")
    assert parsable(proc) == [
        f"{media}/b.jpg:1:1: error missing-manifest-entry Afbeelding staat niet in het manifest: "
        "geen toestemmingsregistratie"]


def test_manifest_named_in_the_config(repo):
    media = repo / "fotos"
    media.mkdir()
    make_jpeg(media / "a.jpg")
    make_jpeg(media / "b.jpg")
    write(media / "lijst.yaml", "defaults: {channels: [website], credit: x}\nimages:\n  - file: a.jpg\n")
    write(media / ".socialcheck.yaml", "media: {manifest: lijst.yaml}\n")
    proc = run_cli(media, "-f", "parsable")
    assert parsable(proc) == [
        f"{media}/b.jpg:1:1: error missing-manifest-entry Afbeelding staat niet in het manifest: "
        "geen toestemmingsregistratie"]


def test_image_named_on_the_command_line_gets_its_own_manifest_entry_checked(repo):
    media = repo / "media"
    media.mkdir()
    a = make_jpeg(media / "a.jpg", gps=(52.1, 5.1))
    make_jpeg(media / "b.jpg")
    m = write(media / "manifest.yaml", "defaults: {channels: [website]}\nimages:\n  - file: a.jpg\n"
                                       "  - file: b.jpg\n")
    proc = run_cli(a, "-f", "parsable", "-p", "default")
    assert parsable(proc) == [
        f"{a}:1:1: error image-location GPS-locatie in de metadata van de afbeelding (EXIF GPSLatitude/GPSLongitude)",
        f"{m}:3:11: warning image-credit Afbeelding zonder bron of maker (auteurs- en portretrecht)",
    ]


def test_bad_input_becomes_findings_and_the_scan_goes_on_without_modifying_anything(repo):
    media = repo / "media"
    media.mkdir()
    good = make_jpeg(media / "goed.jpg", gps=(52.1, 5.1))
    (media / "kapot.jpg").write_bytes(os.urandom(2000))
    full = open(make_jpeg(media / "tmp.jpg", size=(400, 300), noise=True), "rb").read()
    os.unlink(media / "tmp.jpg")
    (media / "afgekapt.jpg").write_bytes(full[: len(full) // 2])
    bomb_png(media / "bom.png")
    huge_exif_png(media / "groot.png")
    os.symlink("lus2.jpg", media / "lus1.jpg")
    os.symlink("lus1.jpg", media / "lus2.jpg")
    (media / "leeg.gif").write_bytes(b"")
    write(media / "manifest.yaml", "defaults: {channels: [website], credit: x}\nimages:\n"
          + "".join(f"  - file: {n}\n" for n in ("goed.jpg", "kapot.jpg", "afgekapt.jpg", "bom.png", "groot.png",
                                                  "lus1.jpg", "lus2.jpg", "leeg.gif")))
    before = tree_hash(repo)
    proc = run_cli(media, "-f", "json")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    fs = json.loads(proc.stdout)["findings"]
    got = {(os.path.basename(f["path"]), f["check"], f["message"].split(" (")[0]) for f in fs}
    assert got == {
        ("goed.jpg", "image-location", "GPS-locatie in de metadata van de afbeelding"),
        ("kapot.jpg", "invalid-image", "Afbeelding is beschadigd of geen geldig beeldbestand"),
        ("leeg.gif", "invalid-image", "Afbeelding is beschadigd of geen geldig beeldbestand"),
        ("afgekapt.jpg", "invalid-image", "Afbeelding is afgekapt"),
        ("bom.png", "invalid-image", "Afbeelding heeft te veel pixels om veilig te openen"),
        ("groot.png", "invalid-image", "Metadata kan niet"),  # split at " (volledig)"
        ("lus1.jpg", "invalid-image", "Bestand kan niet gelezen worden"),
        ("lus2.jpg", "invalid-image", "Bestand kan niet gelezen worden"),
        ("manifest.yaml", "invalid-image", "Bestand kan niet gelezen worden"),  # its entries for the loop
    }
    assert all(f["line"] == 1 and f["column"] == 1 for f in fs if not f["path"].endswith(".yaml"))
    assert json.loads(proc.stdout)["summary"]["files"] == 9
    assert good in {f["path"] for f in fs}
    assert tree_hash(repo) == before


def test_max_image_pixels_setting(repo):
    write(repo / ".socialcheck.yaml", "media: {max_image_pixels: 1000}\n")
    img = make_jpeg(repo / "a.jpg", size=(100, 100))
    proc = run_cli(img, "-f", "parsable")
    assert parsable(proc) == [f"{img}:1:1: error invalid-image Afbeelding heeft te veel pixels om veilig te openen "
                              "(mogelijke decompressiebom) (> 1,000 pixels)"]


def test_output_is_stable_and_the_same_with_one_or_many_workers(repo):
    media = repo / "media"
    media.mkdir()
    lines = []
    for i in range(12):
        make_jpeg(media / f"foto_{i:02d}.jpg", gps=(52 + i / 100, 5.0), artist="Fenna Bakker" if i % 3 == 0 else None)
        if i % 2:
            lines.append(f"  - file: foto_{i:02d}.jpg\n")
    write(media / "manifest.yaml", "defaults: {channels: [website], credit: x}\nimages:\n" + "".join(lines))
    one = run_cli(media, "-j", "1", "-f", "parsable")
    many = run_cli(media, "-j", "4", "-f", "parsable")
    assert one.returncode == many.returncode == 1
    assert one.stdout == many.stdout
    out = parsable(one)
    assert out == sorted(out, key=lambda ln: (ln.split(":")[0], ln))
    assert len(out) == 12 + 4 + 6  # locations, names, missing entries


def test_exit_codes_follow_fail_level(repo):
    img = make_jpeg(repo / "a.jpg", serial="SN-123")  # only a warning
    assert run_cli(img).returncode == 0
    assert run_cli(img, "--fail-level", "warning").returncode == 1
    assert run_cli(img, "--ignore", "image-metadata", "--fail-level", "warning").returncode == 0


def test_text_files_in_a_media_folder_are_still_checked(repo):
    media = repo / "media"
    media.mkdir()
    make_jpeg(media / "a.jpg")
    write(media / "manifest.yaml", "defaults: {channels: [website], credit: x}\nimages:\n  - file: a.jpg\n")
    t = write(media / "leesmij.txt", "Bel juf Sanne op 06-12345678.\n")
    (media / "data.bin").write_bytes(b"\x00\x01")
    proc = run_cli(media, "-f", "json")
    data = json.loads(proc.stdout)
    assert {f["path"] for f in data["findings"]} == {t}
    assert data["summary"]["files"] == 3 and data["summary"]["skipped"] == 1


def test_text_only_folder_is_unchanged(repo):
    t = write(repo / "post.txt", "Hallo allemaal.\n")
    (repo / "x.bin").write_bytes(b"\x00")
    data = json.loads(run_cli(repo, "-f", "json").stdout)
    assert data["summary"]["files"] == 1 and data["summary"]["skipped"] == 1 and data["findings"] == []
    assert os.path.exists(t)


def test_missing_image_named_on_the_command_line(repo):
    proc = run_cli(repo / "weg.jpg")
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith(f"socialcheck: fout: {repo}/weg.jpg:")


def test_progress_bar_only_on_a_terminal(repo):
    import pty
    import subprocess
    import sys

    media = repo / "media"
    media.mkdir()
    for i in range(6):
        make_jpeg(media / f"f{i}.jpg")
    write(media / "manifest.yaml", "defaults: {channels: [website], credit: x}\nimages:\n"
          + "".join(f"  - file: f{i}.jpg\n" for i in range(6)))
    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
               COLUMNS="80", TERM="xterm")
    proc = subprocess.run([sys.executable, "-m", "socialcheck", str(media), "-f", "json"], stdout=subprocess.PIPE,
                          stderr=slave, env=env, timeout=60)
    os.close(slave)
    chunks = []
    while True:
        try:
            b = os.read(master, 65536)
        except OSError:
            break
        if not b:
            break
        chunks.append(b)
    os.close(master)
    tty_err = b"".join(chunks).decode("utf-8", "replace")
    assert "socialcheck" in tty_err and "/6" in tty_err
    json.loads(proc.stdout)  # stdout stays clean JSON
    piped = run_cli(media, "-f", "json")
    assert piped.stderr == ""


def test_random_bytes_never_crash_the_image_reader(tmp_path):
    """Damaged files (random bytes after a valid-looking header) come back as a problem, never an exception."""
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    from socialcheck.media.metadata import inspect_image

    good = open(make_jpeg(tmp_path / "goed.jpg", gps=(52.1, 5.1), artist="Fenna Bakker"), "rb").read()

    @hypothesis.settings(max_examples=200, deadline=None, database=None)
    @hypothesis.given(st.integers(0, len(good)), st.binary(max_size=64), st.sampled_from(["jpg", "png", "gif"]))
    def check(cut, junk, ext):
        p = tmp_path / f"x.{ext}"
        p.write_bytes(good[:cut] + junk + good[cut + len(junk):])
        info = inspect_image(str(p), count_faces=False)
        assert info.problem in (None, "corrupt", "truncated", "bomb", "unreadable")

    check()


def test_broken_exif_is_one_finding_without_warnings_on_stderr(repo):
    data = bytearray(open(make_jpeg(repo / "ok.jpg", gps=(52.1, 5.1), artist="Fenna Bakker"), "rb").read())
    tiff = data.index(b"Exif\x00\x00") + 6
    data[tiff + 14:tiff + 22] = b"\xff" * 8  # first IFD0 entry: absurd count and offset
    bad = repo / "kapot_exif.jpg"
    bad.write_bytes(bytes(data))
    proc = run_cli(bad, "-f", "parsable")
    assert proc.stderr == ""
    assert f"{bad}:1:1: error invalid-image Metadata kan niet (volledig) gelezen worden en is niet gecontroleerd " \
           "(EXIF)" in parsable(proc)
