"""Face counting (optional extra ``socialcheck[faces]``) on a real photo that
ships in a PyPI wheel: scikit-image's ``data.astronaut()`` (public domain,
NASA). The person on it is not named in these tests."""

from __future__ import annotations

import json

import pytest
from _media_helpers import run_cli, write

skimage_data = pytest.importorskip("skimage.data", reason="scikit-image is not installed (pip install scikit-image)")
cv2 = pytest.importorskip("cv2", reason="opencv is not installed (pip install 'socialcheck[faces]')")

from PIL import Image  # noqa: E402

from socialcheck.media import faces  # noqa: E402

if faces.status() is not None:
    pytest.skip(f"opencv cannot count faces here ({faces.status()}: OpenCV 5 wheels ship no Haar cascades)",
                allow_module_level=True)


@pytest.fixture
def media(tmp_path):
    (tmp_path / ".git").mkdir()
    d = tmp_path / "media"
    d.mkdir()
    photo = Image.fromarray(skimage_data.astronaut())
    photo.save(d / "portret.jpg", quality=92)
    group = Image.new("RGB", (1536, 512))
    for k in range(3):
        group.paste(photo, (512 * k, 0))
    group.save(d / "groep.jpg", quality=92)
    big = photo.resize((3000, 3000))
    exif = Image.Exif()
    exif[0x0112] = 8  # stored rotated: the viewer turns it upright
    big.rotate(-90, expand=True).save(d / "gedraaid.jpg", quality=85, exif=exif)
    return d


def face_findings(d, manifest):
    write(d / "manifest.yaml", "defaults: {channels: [website], credit: NASA}\n" + manifest)
    proc = run_cli(d, "-f", "json")
    assert proc.returncode in (0, 1), proc.stderr
    return [(f["path"].rsplit("/", 1)[1], f["message"]) for f in json.loads(proc.stdout)["findings"]
            if f["check"] == "face-count"]


def test_more_faces_than_people_listed(media):
    got = face_findings(media, "images:\n  - {file: portret.jpg}\n  - {file: groep.jpg, people: [Anna, Bram]}\n"
                               "  - {file: gedraaid.jpg}\n")
    assert got == [
        ("gedraaid.jpg", "Persoon op foto zonder toestemmingsregistratie (meer gezichten dan vermelde personen) "
                         "(1 gezicht(en), 0 persoon/personen vermeld)"),
        ("groep.jpg", "Persoon op foto zonder toestemmingsregistratie (meer gezichten dan vermelde personen) "
                      "(3 gezicht(en), 2 persoon/personen vermeld)"),
        ("portret.jpg", "Persoon op foto zonder toestemmingsregistratie (meer gezichten dan vermelde personen) "
                        "(1 gezicht(en), 0 persoon/personen vermeld)"),
    ]


def test_everyone_listed_no_finding(media):
    got = face_findings(media, "images:\n  - {file: portret.jpg, people: [Anna Visser]}\n"
                               "  - {file: groep.jpg, people: [Anna, Bram, Cas]}\n"
                               "  - {file: gedraaid.jpg, people: [Anna Visser]}\n")
    assert got == []


def test_faces_can_be_switched_off(media):
    write(media / ".socialcheck.yaml", "media: {faces: false}\n")
    assert face_findings(media, "images:\n  - {file: portret.jpg}\n") == []


def test_without_opencv_one_notice_and_the_scan_goes_on(media, tmp_path):
    fake = tmp_path / "no_cv2"
    fake.mkdir()
    write(fake / "cv2.py", "raise ImportError('opencv hidden for this test')\n")
    write(media / "manifest.yaml", "defaults: {channels: [website], credit: NASA}\nimages:\n"
                                   "  - {file: portret.jpg}\n  - {file: groep.jpg}\n  - {file: gedraaid.jpg}\n")
    proc = run_cli(media, "-f", "json", env={"PYTHONPATH": str(fake)})
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "socialcheck: let op: gezichtsherkenning overgeslagen (installeer 'socialcheck[faces]' voor opencv)"]
    assert json.loads(proc.stdout)["summary"]["files"] == 4
