"""Consent register, management approval, pupils who consent themselves, and logos."""

from __future__ import annotations

import json
import textwrap

import pytest
from _media_helpers import make_jpeg, run_cli, write
from PIL import Image, ImageDraw

from socialcheck.media.consent import normalise_name, parse_consent

REGISTER = """\
Leerlingnummer;Naam;Geboortedatum;Toestemming door;Foto's website;Foto's sociale media;Nieuwsbrief
1001;Emma de Vries;2016-03-02;ouder;ja;nee;j
1002;Noah Jansen;2015-11-20;ouder;Ja;onbekend;✓
1003;Sara El Amrani;2016-07-14;ouder;x;x;
1004;Vries, Lotte de;2007-01-09;ouder;ja;ja;ja
1005;Milan Bos;2007-05-30;leerling;ja;ja;ja
"""


@pytest.fixture
def media(tmp_path):
    (tmp_path / ".git").mkdir()
    d = tmp_path / "media"
    d.mkdir()
    for n in ("a.jpg", "b.jpg", "c.jpg"):
        make_jpeg(d / n)
    write(d / "toestemming.csv", REGISTER)
    return d


def setup(d, manifest, protocol="lithora", extra=""):
    write(d / ".socialcheck.yaml", f"protocol: {protocol}\nmedia:\n  consent_register: toestemming.csv\n{extra}")
    return write(d / "manifest.yaml", textwrap.dedent(manifest).lstrip("\n"))


def findings(d, *args):
    proc = run_cli(d, "-f", "json", *args)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["findings"]


def checks(fs, *names):
    return [(f["check"], f["line"], f["column"], f["match"], f["message"]) for f in fs if f["check"] in names]


@pytest.mark.parametrize("value, expected", [
    ("ja", "yes"), ("J", "yes"), ("yes", "yes"), ("x", "yes"), ("✓", "yes"), ("1", "yes"), ("Ja, schriftelijk", "yes"),
    ("nee", "no"), ("N", "no"), ("no", "no"), ("0", "no"), ("geen toestemming", "no"), ("-", "no"),
    ("onbekend", "unknown"), ("", "unknown"), ("?", "unknown"), ("misschien", "unknown"),
])
def test_consent_values_dutch_and_english(value, expected):
    assert parse_consent(value) == expected


def test_register_names_match_in_either_order():
    assert normalise_name("Vries, Lotte de") == normalise_name("Lotte de Vries") == "lotte de vries"
    assert normalise_name("Zoë  Çelik") == "zoe celik"


def test_no_consent_for_a_channel_is_media_consent_citing_the_article(media):
    path = setup(media, """
        defaults: {credit: school}
        images:
          - file: a.jpg
            channels: [website, instagram]
            people: [Emma de Vries]
    """)
    fs = findings(media)
    assert checks(fs, "media-consent") == [
        ("media-consent", 5, 14, "Emma de Vries",
         "Persoon op beeld zonder toestemming voor dit kanaal (kanaal: instagram)")]
    f = next(f for f in fs if f["check"] == "media-consent")
    assert f["path"] == path and f["severity"] == "error" and f["scope"] == "manifest"
    assert [(r["protocol"], r["article"]) for r in f["protocol_refs"]] == [("lithora", "A.5")]


def test_unknown_consent_unregistered_person_and_ids(media):
    setup(media, """
        defaults: {credit: school, channels: [instagram, nieuwsbrief]}
        images:
          - file: a.jpg
            people: [1002, Sara El Amrani, Daan Visser]
    """)
    fs = findings(media)
    assert checks(fs, "media-consent", "consent-unregistered") == [
        ("media-consent", 4, 14, "1002",
         "Persoon op beeld: toestemming voor dit kanaal is onbekend in het register (kanaal: instagram)"),
        ("media-consent", 4, 20, "Sara El Amrani",  # empty cell: unknown
         "Persoon op beeld: toestemming voor dit kanaal is onbekend in het register (kanaal: newsletter)"),
        ("consent-unregistered", 4, 36, "Daan Visser", "Persoon op beeld staat niet in het toestemmingsregister"),
    ]
    sev = {f["check"]: f["severity"] for f in fs}
    assert sev["consent-unregistered"] == "warning"


def test_channel_without_register_column(media):
    setup(media, """
        images:
          - file: a.jpg
            credit: school
            channels: [yearbook]
            people: [Emma de Vries]
    """)
    [(check, *_rest, msg)] = checks(findings(media, "--lang", "en"), "media-consent")
    assert msg == "Person on an image: the consent register has no column for this channel " \
                  "(channel: yearbook, no column 'yearbook')"


def test_configured_columns_and_channel_purposes(media):
    write(media / "toestemming.csv", "Nr,Leerling,Jaarboek\n7,Emma de Vries,nee\n")
    setup(media, """
        images:
          - file: a.jpg
            credit: school
            channels: [print]
            people: ['7']
    """, extra="  columns: {id: Nr, name: Leerling, schoolgids: Jaarboek}\n")
    assert [c[0] for c in checks(findings(media), "media-consent")] == ["media-consent"]


def test_configured_column_missing_is_one_line_error(media):
    setup(media, "images: []\n", extra="  columns: {website: Foto op site}\n")
    proc = run_cli(media)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"socialcheck: fout: {media}/.socialcheck.yaml: key 'media.columns.website': column 'Foto op site' is not in "
        f"{media}/toestemming.csv"]


def test_missing_register_is_one_line_error(media):
    (media / "toestemming.csv").unlink()
    setup(media, "images: []\n")
    proc = run_cli(media)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"socialcheck: fout: consent register: {media}/toestemming.csv: file not found" or \
        proc.stderr.strip().startswith("socialcheck: fout: consent register:")
    assert "Traceback" not in proc.stderr


def test_unknown_media_key_is_one_line_error(media):
    write(media / ".socialcheck.yaml", "media:\n  consent: x.csv\n")
    proc = run_cli(media)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"socialcheck: fout: {media}/.socialcheck.yaml: key 'media.consent': unknown key")


def test_no_register_configured_is_one_notice(media):
    write(media / "manifest.yaml", "defaults: {channels: [website], credit: x}\nimages:\n"
                                   "  - {file: a.jpg, people: [Emma de Vries]}\n  - {file: b.jpg, people: [Noah]}\n")
    proc = run_cli(media)
    assert proc.stderr.count("geen toestemmingsregister ingesteld") == 1


def test_management_approval_only_where_the_pack_requires_it(media):
    manifest = """
        defaults: {credit: school, channels: [website]}
        images:
          - file: a.jpg
            people: [Emma de Vries]
          - file: b.jpg
            people: [Emma de Vries]
            approved_by: M. Directeur
          - file: c.jpg
            approval: {by: M. Directeur, date: 2024-06-01}
    """
    setup(media, manifest, protocol="onderwijs-primair")
    fs = findings(media)
    [(check, line, col, match, msg)] = checks(fs, "media-approval")
    assert (line, match) == (3, "a.jpg") and msg == "Beeld zonder vastgelegde goedkeuring van de directie"
    f = next(f for f in fs if f["check"] == "media-approval")
    assert [r["article"] for r in f["protocol_refs"]] == ["PB.1", "GR-VISUALS.2"]
    setup(media, manifest, protocol="lithora")
    assert checks(findings(media), "media-approval") == []


def test_twijs_pupils_from_16_consent_themselves(media):
    setup(media, """
        defaults: {credit: school, channels: [website], date: 2024-06-12}
        images:
          - file: a.jpg
            people: [Lotte de Vries, Milan Bos, Emma de Vries]
    """, protocol="twijs")
    got = checks(findings(media), "media-consent")
    assert got == [("media-consent", 4, 14, "Lotte de Vries",
                    "Leerling is oud genoeg om zelf toestemming te geven; het register toont alleen toestemming "
                    "van ouders (leeftijd 17, toestemming door ouder/verzorger)")]


# ------------------------------------------------------------------ logos


def draw_logo(path, shape="circle", size=400, fmt=None):
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    s = size
    if shape == "circle":
        d.ellipse((s * .1, s * .1, s * .9, s * .9), fill=(200, 30, 40, 255))
        d.rectangle((s * .4, s * .2, s * .6, s * .8), fill=(255, 255, 255, 255))
    else:
        d.polygon([(s * .5, s * .05), (s * .95, s * .95), (s * .05, s * .95)], fill=(20, 90, 200, 255))
        d.rectangle((s * .05, s * .05, s * .3, s * .3), fill=(20, 90, 200, 255))
    if fmt == "JPEG":
        bg = Image.new("RGB", im.size, "white")
        bg.paste(im, mask=im.split()[3])
        bg.save(path, "JPEG", quality=70)
    else:
        im.save(path)
    return str(path)


def test_logo_without_approval_and_wrong_design(media):
    (media / "huisstijl").mkdir()
    draw_logo(media / "huisstijl" / "logo.png")
    draw_logo(media / "logo-klein.jpg", size=120, fmt="JPEG")  # same design, resized and recompressed
    draw_logo(media / "logo-oud.png", shape="triangle")
    setup(media, """
        defaults: {credit: school, channels: [website]}
        images:
          - file: a.jpg
            logo: logo-klein.jpg
          - file: b.jpg
            logo: logo-klein.jpg
            logo_approval: {by: M. Directeur, date: 2024-06-01}
          - file: c.jpg
            logo: logo-oud.png
            logo_approval: {by: M. Directeur, date: 2024-06-01}
    """, protocol="onderwijs-primair", extra="  logos: [huisstijl/logo.png]\n")
    fs = findings(media)
    got = [(c, line, match) for c, line, _col, match, _m in checks(fs, "logo-approval", "logo-design")]
    assert got == [("logo-approval", 4, "logo-klein.jpg"), ("logo-design", 9, "logo-oud.png")]
    msg = next(f["message"] for f in fs if f["check"] == "logo-design")
    assert msg.startswith("Logo komt met geen enkel goedgekeurd ontwerp overeen (dichtstbijzijnde ontwerp logo.png: "
                          "afstand ")
    assert all([r["article"] for r in f["protocol_refs"]] == ["GR-VISUALS.2"]
               for f in fs if f["check"].startswith("logo-"))


def test_unreadable_approved_logo_is_one_line_error(media):
    write(media / "logo.png", "not a png")
    setup(media, "defaults: {channels: [website]}\nimages:\n  - {file: a.jpg, logo: logo.png}\n",
          extra="  logos: [logo.png]\n")
    proc = run_cli(media)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"socialcheck: fout: media.logos: {media}/logo.png: not a readable image " \
                                  "(UnidentifiedImageError)"
