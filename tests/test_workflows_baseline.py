"""Baselines: accept today's findings, report only new ones."""

from __future__ import annotations

import json

from workflows_support import MATCHES, PAGE, run, site


def test_round_trip(tmp_path):
    d = site(tmp_path, {"content/nieuws.md": PAGE, "content/over.md": "# Over ons\n\nEen basisschool.\n"})
    p = run("baseline", "create", cwd=d)
    assert p.returncode == 0, p.stderr
    assert p.stdout == "Baseline geschreven: .socialcheck-baseline.json (3 bevinding(en) in 1 bestand(en)).\n"
    raw = (d / ".socialcheck-baseline.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    assert list(data["files"]) == ["content/nieuws.md"]
    entries = data["files"]["content/nieuws.md"]
    assert sorted(e["check"] for e in entries) == ["person-name", "person-name", "phone-number"]
    assert all(set(e) == {"check", "count", "fingerprint"} for e in entries)
    for m in MATCHES:  # never the plain match, never a line number
        assert m not in raw
    assert '"line"' not in raw

    # Everything known: nothing to report, exit 0.
    p = run("content", "--baseline", ".socialcheck-baseline.json", "-f", "parsable", cwd=d)
    assert (p.returncode, p.stdout, p.stderr) == (0, "", "")

    # Moving text around (line numbers change) keeps it known; a new name is reported.
    (d / "content/nieuws.md").write_text("# Nieuw bovenaan\n\n" + PAGE + "\nOok Daan uit groep 6 was jarig.\n",
                                        encoding="utf-8")
    p = run("content", "--baseline", ".socialcheck-baseline.json", "-f", "parsable", cwd=d)
    assert p.returncode == 1
    assert p.stdout == "content/nieuws.md:7:5: error person-name Naam van een leerling\n"

    # A second occurrence of a known name in the same file is new as well.
    (d / "content/nieuws.md").write_text(PAGE + "\nOok Fenna uit groep 5 won een prijs.\n", encoding="utf-8")
    p = run("content", "--baseline", ".socialcheck-baseline.json", "-f", "parsable", cwd=d)
    assert p.stdout == "content/nieuws.md:5:5: error person-name Naam van een leerling\n"

    # The same run from another folder gives the same result (paths relative to the baseline).
    p = run("nieuws.md", "--baseline", "../.socialcheck-baseline.json", "-f", "parsable", cwd=d / "content")
    assert p.stdout == "nieuws.md:5:5: error person-name Naam van een leerling\n"


def test_output_is_stable_and_sorted(tmp_path):
    d = site(tmp_path, {"b.md": PAGE, "a.md": PAGE})
    run("baseline", "create", cwd=d)
    first = (d / ".socialcheck-baseline.json").read_bytes()
    run("baseline", "create", "--force", cwd=d)
    assert (d / ".socialcheck-baseline.json").read_bytes() == first
    data = json.loads(first)
    assert list(data["files"]) == ["a.md", "b.md"]
    assert data["version"] == 1


def test_create_refuses_to_overwrite_and_update_refreshes(tmp_path):
    d = site(tmp_path, {"a.md": PAGE, "b.md": PAGE})
    run("baseline", "create", cwd=d)
    p = run("baseline", "create", cwd=d)
    assert p.returncode == 2
    assert p.stderr == ("socialcheck: fout: .socialcheck-baseline.json: baseline bestaat al "
                        "(gebruik 'socialcheck baseline update' of --force)\n")
    # a.md fixed; update of a.md only drops its entries and keeps b.md's.
    (d / "a.md").write_text("# Jarig\n\nEen leerling was jarig.\n", encoding="utf-8")
    p = run("baseline", "update", "a.md", cwd=d)
    assert p.returncode == 0, p.stderr
    data = json.loads((d / ".socialcheck-baseline.json").read_text(encoding="utf-8"))
    assert list(data["files"]) == ["b.md"]
    # A deleted file drops out on update.
    (d / "b.md").unlink()
    run("baseline", "update", cwd=d)
    assert json.loads((d / ".socialcheck-baseline.json").read_text(encoding="utf-8"))["files"] == {}


def test_baseline_named_in_config(tmp_path):
    d = site(tmp_path, {"site/nieuws.md": PAGE, "site/.socialcheck.yaml": "baseline: ci/known.json\n"})
    (d / "site/ci").mkdir()
    p = run("baseline", "create", "site", cwd=d)
    assert p.returncode == 0, p.stderr
    assert (d / "site/ci/known.json").is_file()
    p = run("site", "-f", "parsable", cwd=d)
    assert (p.returncode, p.stdout) == (0, "")


def test_broken_baseline_is_one_line_exit_2(tmp_path):
    d = site(tmp_path, {"a.md": PAGE, "kapot.json": "{\"files\": [", "anders.json": "{\"version\": 1}"})
    p = run("a.md", "--baseline", "kapot.json", cwd=d)
    assert (p.returncode, p.stdout) == (2, "")
    assert p.stderr == ("socialcheck: fout: kapot.json: invalid JSON at line 1, column 12: "
                        "Expecting value\n")
    p = run("a.md", "--baseline", "anders.json", cwd=d)
    assert p.stderr == "socialcheck: fout: anders.json: not a socialcheck baseline (expected an object with 'files')\n"
    p = run("a.md", "--baseline", "weg.json", cwd=d)
    assert p.stderr == ("socialcheck: fout: weg.json: baseline file not found "
                        "(create it with 'socialcheck baseline create')\n")


def test_create_with_an_input_error_writes_nothing(tmp_path):
    d = site(tmp_path, {"a.md": PAGE})
    (d / "kapot.md").write_bytes(b"---\ntitle: [\n---\nx\n")
    p = run("baseline", "create", "a.md", "kapot.md", cwd=d)
    assert p.returncode == 2
    assert p.stderr.startswith("socialcheck: fout: kapot.md: front matter:")
    assert len(p.stderr.splitlines()) == 1
    assert not (d / ".socialcheck-baseline.json").exists()
