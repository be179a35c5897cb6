"""Hidden metadata in images: GPS, names in EXIF/XMP/IPTC, camera serials,
names in file names. Images are made with Pillow by the test helpers; all
people are invented."""

from __future__ import annotations

import json

import pytest
from _media_helpers import make_jpeg, run_cli, write, xmp_packet
from PIL import Image


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".git").mkdir()  # stops config discovery here
    return tmp_path


def findings(proc):
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["findings"]


def by_check(fs, check):
    return [f for f in fs if f["check"] == check]


def test_gps_position_is_image_location(repo):
    img = make_jpeg(repo / "foto.jpg", gps=(52.0907, 5.1214))
    proc = run_cli(img, "-f", "json")
    assert proc.returncode == 1
    [f] = by_check(findings(proc), "image-location")
    assert f["path"] == img and (f["line"], f["column"]) == (1, 1)
    lat, lon = (float(x) for x in f["match"].split(","))
    assert lat == pytest.approx(52.0907, abs=1e-4) and lon == pytest.approx(5.1214, abs=1e-4)
    assert "EXIF GPSLatitude" in f["message"] and f["scope"] == "metadata"
    assert f["severity"] == "error"


def test_gps_in_xmp_is_image_location(repo):
    img = make_jpeg(repo / "foto.jpg", xmp=xmp_packet(gps=("52,5.44N", "4,18.6E")))
    [f] = by_check(findings(run_cli(img, "-f", "json")), "image-location")
    assert "XMP exif:GPSLatitude" in f["message"]
    assert f["match"].startswith("52.09067")


def test_southern_western_coordinates_are_negative(repo):
    img = make_jpeg(repo / "foto.jpg", gps=(-33.9, -18.4))
    [f] = by_check(findings(run_cli(img, "-f", "json")), "image-location")
    assert f["match"].startswith("-33.9") and ", -18.4" in f["match"]


def test_no_metadata_no_findings(repo):
    img = make_jpeg(repo / "zonsondergang.jpg")
    proc = run_cli(img)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Geen bevindingen in 1 bestand(en)." in proc.stdout


@pytest.mark.parametrize("kwargs, field", [
    ({"xmp": xmp_packet(people=["Fenna Bakker"])}, "XMP Iptc4xmpExt:PersonInImage"),
    ({"xmp": xmp_packet(creator="Joris Verhoeven")}, "XMP dc:creator"),
    ({"xmp": xmp_packet(regions=["Daan Smit"])}, "XMP mwg-rs:Name"),
    ({"artist": "Mirjam Kuipers"}, "EXIF Artist"),
    ({"owner": "Sven Mulder"}, "EXIF CameraOwnerName"),
    ({"copyright": "(c) 2024 Ilse de Graaf"}, "EXIF Copyright"),
    ({"iptc": {(2, 80): "Ruben Hoekstra"}}, "IPTC 2:80 By-line"),
])
def test_person_fields_are_image_metadata(repo, kwargs, field):
    img = make_jpeg(repo / "foto.jpg", **kwargs)
    fs = by_check(findings(run_cli(img, "-f", "json")), "image-metadata")
    assert len(fs) == 1, fs
    f = fs[0]
    assert field in f["message"] and f["path"] == img and f["line"] == 1
    assert f["message"].startswith("Persoonsgegevens verborgen in de metadata van de afbeelding")
    assert " " in f["match"] and f["match"][0].isupper()


def test_copyright_of_the_school_is_not_a_person(repo):
    img = make_jpeg(repo / "foto.jpg", copyright="© 2024 OBS De Regenboog", artist="Stichting Lithora")
    assert by_check(findings(run_cli(img, "-f", "json")), "image-metadata") == []


def test_same_name_in_several_fields_is_one_finding_naming_every_field(repo):
    img = make_jpeg(repo / "foto.jpg", artist="Fenna Bakker",
                    xmp=xmp_packet(creator="Fenna Bakker", people=["Fenna Bakker"]))
    [f] = by_check(findings(run_cli(img, "-f", "json")), "image-metadata")
    for field in ("EXIF Artist", "XMP dc:creator", "XMP Iptc4xmpExt:PersonInImage"):
        assert field in f["message"]


def test_iptc_caption_and_keywords_run_the_text_detectors(repo):
    img = make_jpeg(repo / "foto.jpg", iptc={(2, 120): "Bel juf Sanne op 06-12345678 voor de foto's.",
                                            (2, 25): ["sportdag", "groep 5"]})
    fs = by_check(findings(run_cli(img, "-f", "json")), "image-metadata")
    matches = {f["match"]: f["message"] for f in fs}
    assert "06-12345678" in matches and "IPTC 2:120 Caption" in matches["06-12345678"]
    assert "telefoonnummer" in matches["06-12345678"]
    assert "Sanne" in matches


def test_creator_email_in_xmp_contact_info(repo):
    img = make_jpeg(repo / "foto.jpg", xmp=xmp_packet(email="k.dijkstra@gmail.com"))
    [f] = by_check(findings(run_cli(img, "-f", "json")), "image-metadata")
    assert f["match"] == "k.dijkstra@gmail.com" and "CiEmailWork" in f["message"]


def test_camera_serial_number_is_a_device_warning(repo):
    img = make_jpeg(repo / "foto.jpg", serial="SN-0042-7781")
    [f] = by_check(findings(run_cli(img, "-f", "json")), "image-metadata")
    assert f["severity"] == "warning"
    assert f["message"].startswith("Serienummer of eigenaar van de camera") and "BodySerialNumber" in f["message"]


def test_png_author_text_chunk(repo):
    from PIL import PngImagePlugin
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Tess van Leeuwen")
    p = str(repo / "foto.png")
    Image.new("RGB", (20, 20), "red").save(p, pnginfo=info)
    [f] = by_check(findings(run_cli(p, "-f", "json")), "image-metadata")
    assert f["match"] == "Tess van Leeuwen" and "PNG Author" in f["message"]


def test_allow_list_applies_to_metadata(repo):
    write(repo / ".socialcheck.yaml", "allow: [Mirjam Kuipers]\n")
    img = make_jpeg(repo / "foto.jpg", artist="Mirjam Kuipers")
    assert by_check(findings(run_cli(img, "-f", "json")), "image-metadata") == []


def test_english_messages(repo):
    img = make_jpeg(repo / "foto.jpg", gps=(52.1, 5.1), artist="Mirjam Kuipers")
    fs = findings(run_cli(img, "-f", "json", "--lang", "en"))
    msgs = {f["check"]: f["message"] for f in fs}
    assert msgs["image-location"].startswith("GPS location in the image metadata")
    assert msgs["image-metadata"].startswith("Personal data hidden in the image metadata")


def test_redact_masks_metadata_values(repo):
    img = make_jpeg(repo / "foto.jpg", artist="Mirjam Kuipers")
    out = run_cli(img, "--redact", "-f", "rich").stdout
    assert "Mirjam" not in out and "M•••••" in out
    out = run_cli(img, "-f", "rich").stdout
    assert "Mirjam Kuipers" in out


def test_name_in_file_name_from_roster(repo):
    write(repo / "leerlingen.txt", "Emma de Vries\nNoah Jansen\n")
    write(repo / ".socialcheck.yaml", "known_names: leerlingen.txt\n")
    named = make_jpeg(repo / "emma_de_vries_groep5.jpg")
    camel = make_jpeg(repo / "SportdagNoahJansen.jpg")
    neutral = make_jpeg(repo / "sportdag_groep5_2024.jpg")
    fs = by_check(findings(run_cli(named, camel, neutral, "-f", "json")), "image-filename")
    got = {(f["path"], f["match"]) for f in fs}
    assert got == {(named, "emma_de_vries"), (camel, "NoahJansen")}
    assert all(f["scope"] == "filename" and f["line"] == 1 for f in fs)
    assert neutral not in {f["path"] for f in fs}


def test_protocol_article_is_cited(repo):
    img = make_jpeg(repo / "foto.jpg", gps=(52.1, 5.1))
    [f] = by_check(findings(run_cli(img, "-f", "json", "-p", "lithora")), "image-location")
    assert [r["article"] for r in f["protocol_refs"]] == ["A.2", "D.1"]


def test_empty_xmp_packet_is_fine_and_an_entity_bomb_is_refused(repo):
    empty = make_jpeg(repo / "leeg.jpg", xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/"/>')
    bomb = make_jpeg(repo / "bom.jpg", xmp=b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                                           b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                                           b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&b;</x:xmpmeta>')
    proc = run_cli(empty, bomb, "-f", "json")
    fs = findings(proc)
    assert [(f["path"], f["check"], f["message"]) for f in fs] == [
        (bomb, "invalid-image", "Metadata kan niet (volledig) gelezen worden en is niet gecontroleerd (XMP)")]
    assert empty not in proc.stdout


def test_name_in_file_name_from_the_first_name_list(repo):
    files = [make_jpeg(repo / n) for n in ("IMG_20240612_fenna.jpg", "fenna_bakker_sportdag.jpg",
                                           "roos_in_de_tuin.jpg", "kerstviering-groep-3.jpg")]
    fs = by_check(findings(run_cli(*files, "-f", "json")), "image-filename")
    assert [(f["path"].rsplit("/", 1)[1], f["match"]) for f in fs] == [
        ("IMG_20240612_fenna.jpg", "fenna"), ("fenna_bakker_sportdag.jpg", "fenna_bakker")]
