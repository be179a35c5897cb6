"""The command line as a user runs it: the installed entry point in a subprocess."""

from __future__ import annotations

import hashlib
import os

import pytest

from conftest import ROOT

EX = os.path.join(ROOT, "examples")


def test_draft_reports_findings_with_articles(cli):
    r = cli(os.path.join(EX, "draft.txt"), "--protocol", "lithora")
    assert r.code == 1
    assert "Telefoonnummer van een privépersoon" in r.out
    assert "Protocol lithora, art. A.2" in r.out
    assert "06-12345678" in r.out and "^^^^^^^^^^^" in r.out
    assert "Wat kan wel:" in r.out


def test_clean_draft_exits_zero(cli):
    r = cli(os.path.join(EX, "clean.txt"))
    assert r.code == 0, r.out
    assert "Geen bevindingen" in r.out


def test_json_shape_is_stable(cli):
    r = cli(os.path.join(EX, "draft.txt"), "--format", "json", "--protocol", "twijs")
    data = r.json()
    assert data["version"] == 1
    f = next(x for x in data["findings"] if x["check"] == "phone-number")
    for key in ("path", "line", "column", "end_line", "end_column", "start", "end", "check", "category",
                "severity", "message", "match", "protocol_refs", "suggestion", "fingerprint"):
        assert key in f
    assert f["match"] == "06-12345678"
    assert {"protocol", "article", "summary"} <= set(f["protocol_refs"][0])
    assert f["protocol_refs"][0]["protocol"] == "twijs"
    src = open(os.path.join(EX, "draft.txt"), encoding="utf-8").read()
    assert src[f["start"]:f["end"]] == "06-12345678"
    assert src.splitlines()[f["line"] - 1][f["column"] - 1:f["end_column"] - 1] == "06-12345678"
    assert data["summary"]["by_severity"]["error"] >= 5


def test_parsable_format(cli):
    r = cli(os.path.join(EX, "draft.txt"), "--format", "parsable")
    lines = r.out.splitlines()
    assert any(line.endswith("error phone-number Telefoonnummer van een privépersoon") for line in lines)
    assert all(line.count(":") >= 3 for line in lines)


def test_redact_masks_every_match(cli):
    for fmt in ("json", "rich", "parsable"):
        r = cli(os.path.join(EX, "draft.txt"), "--format", fmt, "--redact")
        assert "06-12345678" not in r.out
        assert "sanne.devries@gmail.com" not in r.out
        assert "NL91 ABNA" not in r.out


def test_english_messages(cli):
    r = cli(os.path.join(EX, "draft.txt"), "--lang", "en", "--format", "parsable")
    assert "Phone number of a private person" in r.out


def test_fail_level(cli):
    r = cli(os.path.join(EX, "draft.txt"), "--select", "email-address", "--ignore", "email-address")
    assert r.code == 0
    r = cli("-", "--fail-level", "warning", stdin="Mail info@school.nl".encode())
    assert r.code == 1
    r = cli("-", stdin="Mail info@school.nl".encode())
    assert r.code == 0


def test_markdown_and_html_examples(cli):
    md = cli(os.path.join(EX, "nieuws.md"), "--format", "json").json()
    checks = {(f["check"], f["match"]) for f in md["findings"]}
    assert ("person-name", "Daan") in checks and ("phone-number", "06-98765432") in checks
    html = cli(os.path.join(EX, "bericht.html"), "--format", "json").json()
    checks = {(f["check"], f["match"]) for f in html["findings"]}
    assert ("national-id", "111222333") in checks


def test_stdin(cli):
    r = cli("-", "--format", "parsable", stdin="Bel juf Sanne op 06-12345678".encode())
    assert r.code == 1
    assert r.out.startswith("-:1:")


# ---------------------------------------------------------------- bad input: exit 2, one line

def _one_line_error(r, *needles):
    assert r.code == 2, (r.out, r.err)
    lines = [ln for ln in r.err.splitlines() if ln.strip()]
    assert len(lines) == 1, r.err
    assert "Traceback" not in r.err
    for n in needles:
        assert n in lines[0]


def test_missing_file(cli, tmp_path):
    _one_line_error(cli(tmp_path / "nope.txt"), "nope.txt", "file not found")


def test_binary_file(cli, tmp_path):
    p = tmp_path / "foto.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    _one_line_error(cli(p), "foto.txt", "binary")


def test_invalid_bytes(cli, tmp_path):
    p = tmp_path / "kapot.txt"
    p.write_bytes(b"Hallo \x81\x8d\x90 daar")
    _one_line_error(cli(p), "kapot.txt", "invalid bytes")


def test_unsupported_file_named_explicitly(cli, tmp_path):
    p = tmp_path / "tabel.xlsx"
    p.write_bytes(b"PK\x03\x04")
    _one_line_error(cli(p), "tabel.xlsx", "unsupported")


def test_broken_config(cli, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".socialcheck.yaml").write_text("protocol: [lithora\n", encoding="utf-8")
    p = tmp_path / "a.txt"
    p.write_text("Hallo", encoding="utf-8")
    _one_line_error(cli(p), ".socialcheck.yaml", "invalid YAML", "line")


def test_config_unknown_key(cli, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".socialcheck.yaml").write_text("protocl: lithora\n", encoding="utf-8")
    p = tmp_path / "a.txt"
    p.write_text("Hallo", encoding="utf-8")
    _one_line_error(cli(p), "key 'protocl'", "unknown key")


def test_unknown_protocol(cli):
    _one_line_error(cli(os.path.join(EX, "clean.txt"), "--protocol", "nope"), "unknown protocol 'nope'")


def test_invalid_pack_file(cli, tmp_path):
    pack = tmp_path / "mijn.yaml"
    pack.write_text("protocol: mijn\ntitle: T\narticles:\n  - article: A.1\n    title: x\n    summary: y\n"
                    "    checks: [telefoon]\n", encoding="utf-8")
    _one_line_error(cli(os.path.join(EX, "clean.txt"), "--protocol", str(pack)), "mijn.yaml",
                    "unknown check id 'telefoon'")


def test_huge_input_refused(cli, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".socialcheck.yaml").write_text("max_file_size: 1000\n", encoding="utf-8")
    p = tmp_path / "groot.txt"
    p.write_text("Hallo allemaal. " * 200, encoding="utf-8")
    _one_line_error(cli(p), "groot.txt", "too large")


def test_errors_modify_nothing(cli, tmp_path):
    p = tmp_path / "kapot.txt"
    p.write_bytes(b"Hallo \x81\x8d\x90 daar")
    before = hashlib.sha256(p.read_bytes()).hexdigest()
    cli(p)
    cli(os.path.join(EX, "draft.txt"), "--output", tmp_path / "rapport.json", "--format", "json")
    assert hashlib.sha256(p.read_bytes()).hexdigest() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["kapot.txt", "rapport.json"]


# ---------------------------------------------------------------- folders

def test_folder_walk_skips_and_counts(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Bel 06-12345678", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.md").write_text("# Hoi\n\nJuf Sanne zegt hallo", encoding="utf-8")
    (sub / "c.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (sub / "d.txt").write_bytes(b"\x00\x01\x02binary")
    r = cli(tmp_path, "--format", "json")
    data = r.json()
    assert data["summary"]["files"] == 2
    assert data["summary"]["skipped"] == 2
    assert [os.path.basename(f["path"]) for f in data["findings"]] == ["a.txt", "b.md"]
    assert r.code == 1


# ---------------------------------------------------------------- subcommands

def test_rules_table(cli):
    r = cli("rules", "--protocol", "lithora")
    assert r.code == 0
    assert "D.4" in r.out and "A.2" in r.out
    assert "niet automatisch te controleren" in r.out


@pytest.mark.parametrize("pack", ["lithora", "twijs", "som", "kalisto", "onderwijs-primair", "default"])
def test_every_pack_loads(cli, pack):
    r = cli("rules", "--protocol", pack, "--format", "json")
    assert r.code == 0
    data = r.json()
    assert data["articles"]
    for a in data["articles"]:
        assert a["checks"] or a["reason"]


def test_explain(cli):
    r = cli("explain", "person-name")
    assert r.code == 0 and "Fout voorbeeld" in r.out and "lithora" in r.out
    r = cli("explain", "phone-number", "--lang", "en")
    assert "Bad example" in r.out
    r = cli("explain", "bestaat-niet")
    assert r.code == 2


def test_config_discovery_and_allow_list(cli, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".socialcheck.yaml").write_text(
        "protocol: som\nlanguage: en\nallow:\n  - 030 123 4567\n  - regex: 'info@.*'\n", encoding="utf-8")
    sub = tmp_path / "posts"
    sub.mkdir()
    p = sub / "post.txt"
    p.write_text("Bel school: 030-1234567 of info@school.nl. Privé: 06-12345678", encoding="utf-8")
    r = cli(p, "--format", "json")
    data = r.json()
    assert [f["match"] for f in data["findings"]] == ["06-12345678"]
    assert data["findings"][0]["message"] == "Phone number of a private person"
    assert data["findings"][0]["protocol_refs"][0]["protocol"] == "som"
