"""Image manifests (YAML and CSV): schema errors with file, line and field;
captions checked as text at their manifest position; the published JSON Schema."""

from __future__ import annotations

import json
import textwrap

import pytest
import yaml
from _media_helpers import make_jpeg, run_cli, write


@pytest.fixture
def media(tmp_path):
    (tmp_path / ".git").mkdir()
    d = tmp_path / "media"
    d.mkdir()
    make_jpeg(d / "sportdag_01.jpg")
    make_jpeg(d / "sportdag_02.jpg")
    return d


def manifest(d, text, name="manifest.yaml"):
    return write(d / name, textwrap.dedent(text).lstrip("\n"))


def test_valid_manifest_has_no_findings(media):
    manifest(media, """
        defaults:
          channels: [website]
          credit: Foto door de school
        images:
          - file: sportdag_01.jpg
          - file: sportdag_02.jpg
            channels: nieuwsbrief
            caption: De sportdag was een groot succes.
    """)
    proc = run_cli(media)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Geen bevindingen in 3 bestand(en)." in proc.stdout
    assert proc.stderr == ""


def test_schema_errors_name_file_line_and_field(media):
    path = manifest(media, """
        defaults:
          channels: [website]
          date: 12-06-2024
        images:
          - file: sportdag_01.jpg
            people: Emma de Vries
            colour: blue
          - channels: [instagram]
          - file: sportdag_02.jpg
            channels: [instagramm]
            logo_approval: {by: M. Directeur}
    """)
    proc = run_cli(media)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert lines == [
        f"socialcheck: fout: {path}:3:9: defaults.date: moet een datum JJJJ-MM-DD zijn",
        f"socialcheck: fout: {path}:6:13: images[1].people: moet een lijst van tekst of een geheel getal zijn, niet tekst",
        f"socialcheck: fout: {path}:7:5: images[1].colour: onbekend veld 'colour' (toegestaan: file, channel, "
        "channels, people, logo, logo_approval, approved_by, approval, caption, credit, source, school, event, date)",
        f"socialcheck: fout: {path}:8:5: images[2]: verplicht veld 'file' ontbreekt",
        f"socialcheck: fout: {path}:10:16: images[3].channels: onbekend kanaal 'instagramm' (bekend: blog, "
        "class-page, email, facebook, instagram, linkedin, newsletter, ouderportaal, parent-group-app, parnassys, "
        "parro, print, schoolgids, snapchat, social-media, social-schools, tiktok, website, whatsapp, x, yearbook, "
        "youtube)",
        f"socialcheck: fout: {path}:11:20: images[3].logo_approval: verplicht veld 'date' ontbreekt",
    ]
    assert "Traceback" not in proc.stderr


def test_schema_errors_in_english(media):
    path = manifest(media, """
        images:
          - file: sportdag_01.jpg
            people: [Emma de Vries]
          - file: sportdag_01.jpg
    """)
    proc = run_cli(media, "--lang", "en")
    assert proc.returncode == 2
    assert f"socialcheck: error: {path}:4:11: images[2].file: file is already in the manifest (line 2)" in proc.stderr
    assert f"socialcheck: error: {path}:2:11: images[1]: no channel (set channels in the entry or in defaults)" \
        in proc.stderr


def test_invalid_yaml_is_one_line(media):
    path = manifest(media, "images:\n  - file: [unclosed\n")
    proc = run_cli(media)
    assert proc.returncode == 2
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith(f"socialcheck: fout: {path}: invalid YAML: line ")


def test_caption_is_checked_as_text_at_its_manifest_position(media):
    path = manifest(media, """
        images:
          - file: sportdag_01.jpg
            channels: [website]
            credit: school
            caption: "Groep 5 met juf Sanne, bel 06-12345678."
          - file: sportdag_02.jpg
            channels: [website]
            credit: school
            caption: >
              Een lange tekst
              met meester Kees erin.
    """)
    proc = run_cli(media, "-f", "parsable")
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        f"{path}:5:31: error person-name Naam van een medewerker",
        f"{path}:5:42: error phone-number Telefoonnummer van een privépersoon",
        f"{path}:11:19: error person-name Naam van een medewerker",
    ]
    data = json.loads(run_cli(media, "-f", "json").stdout)
    assert {f["scope"] for f in data["findings"]} == {"caption"}


def test_csv_manifest(media):
    path = manifest(media, """
        bestand;kanalen;personen;bijschrift;credit
        *;website;;;
        sportdag_01.jpg;website|nieuwsbrief;;Sportdag met juf Sanne;school
        sportdag_02.jpg;;;;school
    """, name="manifest.csv")
    proc = run_cli(media, "-f", "parsable")
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.splitlines() == [f"{path}:3:55: error person-name Naam van een medewerker"]


def test_csv_manifest_unknown_column(media):
    path = manifest(media, """
        file,channels,kleur
        sportdag_01.jpg,website,blauw
    """, name="manifest.csv")
    proc = run_cli(media)
    assert proc.returncode == 2
    assert f"socialcheck: fout: {path}:1:15: kleur: onbekende kolom 'kleur'" in proc.stderr


def test_manifest_file_named_on_the_command_line_is_linted_alone(media):
    path = manifest(media, """
        images:
          - file: sportdag_01.jpg
            channels: [website]
            caption: Met juf Sanne.
    """)
    (media / "kapot.jpg").write_bytes(b"not an image")
    proc = run_cli(path, "-f", "json")
    data = json.loads(proc.stdout)
    assert {(f["path"], f["check"]) for f in data["findings"]} == {(path, "person-name"), (path, "image-credit")}
    assert data["summary"]["files"] == 1


def test_missing_and_outside_files_in_the_manifest(media, tmp_path):
    import os
    secret = tmp_path / "geheim.jpg"
    os.mkfifo(secret)  # opening it would hang the scan: proves it is never read
    os.symlink(secret, media / "link.jpg")
    path = manifest(media, """
        defaults: {channels: [website], credit: school}
        images:
          - file: sportdag_01.jpg
          - file: sportdag_02.jpg
          - file: ../../etc/passwd
          - file: ../geheim.jpg
          - file: /etc/hostname
          - file: link.jpg
          - file: weg.jpg
    """)
    proc = run_cli(media, "-f", "parsable", timeout=60)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    outside = "error invalid-image Het manifest verwijst naar een bestand buiten de map; niet gelezen"
    assert f"{path}:5:11: {outside}" in lines
    assert f"{path}:6:11: {outside}" in lines
    assert f"{path}:7:11: {outside}" in lines
    assert f"{path}:8:11: {outside}" in lines
    assert f"{path}:9:11: error invalid-image Bestand uit het manifest bestaat niet" in lines
    assert f"{media}/link.jpg:1:1: error invalid-image Koppeling (symlink) naar een bestand buiten de map; " \
        f"niet gelezen ({secret})" in lines


def test_published_schema_is_valid_and_agrees_with_the_validator():
    jsonschema = pytest.importorskip("jsonschema")
    from socialcheck.media.schema import manifest_schema, validate

    schema = manifest_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    samples = [
        {"images": [{"file": "a.jpg", "channels": ["website"], "people": ["Emma", 1234]}]},
        [{"file": "a.jpg", "channel": "website", "logo_approval": {"by": "X", "date": "2024-06-01"}}],
        {"defaults": {"channels": "website"}, "images": []},
        {"images": [{"file": ""}]},
        {"images": [{"file": "a.jpg", "people": "Emma"}]},
        {"images": [{"file": "a.jpg", "approval": {"by": "X"}}]},
        {"images": [{"file": "a.jpg", "extra": 1}]},
        {"defaults": {"date": "2024-6-1"}, "images": []},
        {"pictures": []},
    ]
    checker = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for sample in samples:
        node = yaml.compose(json.dumps(sample))
        ours = validate(node) == []
        theirs = checker.is_valid(sample)
        assert ours == theirs, sample


def test_any_yaml_gives_issues_never_a_crash(tmp_path):
    """Whatever the manifest holds, loading it gives entries and one-line issues, no exception."""
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    from socialcheck.media.manifest import load

    keys = st.sampled_from(["file", "channels", "channel", "people", "logo", "logo_approval", "approval",
                            "approved_by", "caption", "credit", "date", "images", "defaults", "by", "x"])
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8),
                        st.sampled_from(["website", "a.jpg", "../x.jpg", "2024-06-01"]))
    values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                           st.dictionaries(keys, inner, max_size=4)),
                          max_leaves=12)

    @hypothesis.settings(max_examples=150, deadline=None, database=None)
    @hypothesis.given(values)
    def check(value):
        p = tmp_path / "manifest.yaml"
        p.write_text(yaml.safe_dump(value, allow_unicode=True), encoding="utf-8")
        try:
            m = load(str(p))
        except Exception as exc:  # only the documented one-line error is allowed
            from socialcheck.media.manifest import ManifestError
            assert isinstance(exc, ManifestError) and "\n" not in str(exc)
            return
        assert all("\n" not in i and i.startswith(str(p) + ":") for i in m.issues)

    check()


def test_a_line_break_in_a_manifest_value_stays_on_one_line(tmp_path):
    """Regression (found by hypothesis): an unknown channel "\\n" was printed
    with a raw line break, splitting the one-line issue in two."""
    from socialcheck.media.manifest import load
    p = tmp_path / "manifest.yaml"
    p.write_text(yaml.safe_dump([{"file": "a.jpg", "channels": "x\ny"}]), encoding="utf-8")
    issues = load(str(p)).issues
    assert issues and all("\n" not in i for i in issues)
    assert any("x\\ny" in i for i in issues)
