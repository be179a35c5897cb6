"""Output formats for CI: SARIF 2.1.0 (schema-valid), GitHub annotations, and
``--redact`` in every format."""

from __future__ import annotations

import json

import pytest

from workflows_support import MATCHES, PAGE, SARIF_SCHEMA, run, site

ALL_FORMATS = ("rich", "json", "parsable", "sarif", "github")


@pytest.fixture
def page(tmp_path):
    return site(tmp_path, {"content/nieuws.md": PAGE})


def sarif_of(page, *extra):
    p = run("content/nieuws.md", "-f", "sarif", "--protocol", "lithora", *extra, cwd=page)
    assert p.returncode == 1, p.stderr
    return json.loads(p.stdout)


def test_sarif_validates_against_the_oasis_schema(page):
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA} (../shared/data is not present)")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    for extra in ((), ("--redact",), ("--lang", "en")):
        log = sarif_of(page, *extra)
        jsonschema.validate(log, schema, cls=jsonschema.Draft4Validator)
    # A folder walk with an unreadable file, odd file names and an absolute path.
    (page / "content" / "week 3, #1.md").write_text(PAGE, encoding="utf-8")
    (page / "content" / "kapot.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    for target in ("content", str(page / "content" / "week 3, #1.md")):
        p = run(target, "-f", "sarif", cwd=page)
        log = json.loads(p.stdout)
        jsonschema.validate(log, schema, cls=jsonschema.Draft4Validator)
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
        assert ("content/week%203%2C%20%231.md" in uris) or (
            f"file://{page}/content/week%203%2C%20%231.md".replace(" ", "%20") in uris), uris
    inv = log["runs"][0]["invocations"][0]
    assert inv == {"executionSuccessful": True}
    p = run("content", "-f", "sarif", cwd=page)
    assert p.returncode == 2
    inv = json.loads(p.stdout)["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"][0]["message"]["text"].startswith("content/kapot.md: front matter:")


def test_sarif_content(page):
    log = sarif_of(page)
    assert log["version"] == "2.1.0"
    run_ = log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["person-name", "phone-number"]
    name_rule = rules[0]
    assert name_rule["help"]["text"]
    articles = name_rule["properties"]["protocol_articles"]
    assert articles and all(a["protocol"] == "lithora" for a in articles)
    results = run_["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("person-name", "error"), ("person-name", "error"), ("phone-number", "error")]
    first = results[0]
    assert rules[first["ruleIndex"]]["id"] == "person-name"
    loc = first["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "content/nieuws.md"
    assert loc["region"] == {"startLine": 3, "startColumn": 13, "endLine": 3, "endColumn": 18,
                             "snippet": {"text": "Fenna"}}
    assert first["message"]["text"].startswith("Naam van een leerling (protocol lithora art. ")
    fp = first["partialFingerprints"]["socialcheck/v1"]
    assert len(fp) == 64 and "Fenna" not in fp
    # The same fingerprints as the JSON format.
    j = json.loads(run("content/nieuws.md", "-f", "json", "--protocol", "lithora", cwd=page).stdout)
    assert [r["partialFingerprints"]["socialcheck/v1"] for r in results] == [f["fingerprint"] for f in j["findings"]]


def test_sarif_with_no_findings_is_valid_and_empty(tmp_path):
    d = site(tmp_path, {"leeg.md": "# Welkom\n\nDe school begint om half negen.\n"})
    p = run("leeg.md", "-f", "sarif", cwd=d)
    assert p.returncode == 0, p.stderr
    log = json.loads(p.stdout)
    assert log["runs"][0]["results"] == [] and log["runs"][0]["tool"]["driver"]["rules"] == []


def test_github_annotations(page):
    p = run("content/nieuws.md", "-f", "github", cwd=page)
    assert p.returncode == 1
    lines = p.stdout.splitlines()
    assert lines[0].startswith(
        "::error file=content/nieuws.md,line=3,col=13,endLine=3,endColumn=18,title=socialcheck person-name::"
        "Naam van een leerling (protocol default art. AVG.4). Wat kan wel: ")
    assert lines[2].startswith("::error file=content/nieuws.md,line=3,col=57,endLine=3,endColumn=68,"
                               "title=socialcheck phone-number::Telefoonnummer van een privépersoon")
    assert lines[-1] == "3 bevinding(en) in 1 bestand(en): 3 fout(en), 0 waarschuwing(en), 0 info."


def test_format_auto_is_github_under_github_actions(page):
    p = run("content/nieuws.md", "-f", "auto", cwd=page, env={"GITHUB_ACTIONS": "true"})
    assert p.stdout.startswith("::error file=content/nieuws.md,line=3,col=13,")


def test_github_escaping_follows_the_toolkit_rules():
    from socialcheck.reporters.extra import escape_data, escape_property

    assert escape_data("50% klaar\r\nregel 2") == "50%25 klaar%0D%0Aregel 2"
    assert escape_property("map,met:tekens%") == "map%2Cmet%3Atekens%25"


def test_github_file_property_escapes_comma_and_colon(tmp_path):
    d = site(tmp_path, {"nieuws, week 3.md": PAGE})
    p = run("nieuws, week 3.md", "-f", "github", cwd=d)
    assert p.stdout.startswith("::error file=nieuws%2C week 3.md,line=3,")


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_redact_masks_every_match_in_every_format(page, fmt):
    plain = run("content/nieuws.md", "-f", fmt, cwd=page)
    redacted = run("content/nieuws.md", "-f", fmt, "--redact", cwd=page)
    assert plain.returncode == redacted.returncode == 1
    if fmt in ("rich", "json", "sarif"):  # these show matches when not redacting
        assert all(m in plain.stdout for m in MATCHES)
    for m in MATCHES:
        assert m not in redacted.stdout, f"{m!r} visible in --format {fmt} --redact"
    # Masking keeps the shape, so the user can still find the spot.
    if fmt in ("rich", "json", "sarif"):
        assert "F••••" in redacted.stdout


def test_report_to_file_with_output(page):
    p = run("content/nieuws.md", "-f", "sarif", "-o", "socialcheck.sarif", cwd=page)
    assert p.returncode == 1 and p.stdout == ""
    assert json.loads((page / "socialcheck.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
