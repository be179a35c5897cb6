"""Degraded environments: one worker or many, no terminal, NO_COLOR, a
read-only or missing HOME, the C locale and ASCII streams. Everything still
works and the output is the same, Dutch characters included."""

from __future__ import annotations

import json
import os
import re

import pytest

TEXT = "Juf Zoë van groep 3 (café de Hoek): bel 06-12345678 of mail zoe.devries@gmail.com.\n"
SGR = re.compile(r"\x1b\[([0-9;]*)m")


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    (root / ".git").mkdir(parents=True)
    for i in range(24):
        sub = root / f"groep{i % 4}"
        sub.mkdir(exist_ok=True)
        kind = ("txt", "md", "html")[i % 3]
        body = TEXT if kind != "html" else f"<p>{TEXT}</p>"
        if kind == "md":
            body = f"---\ntitle: Nieuws {i}\nauthor: Meester Kees\n---\n# Nieuws {i}\n\n{TEXT}"
        (sub / f"bericht{i:02}.{kind}").write_text(body * (1 + i % 3), encoding="utf-8")
    (root / "groep0" / "kapot.txt").write_bytes(b"Hallo \x81\x8d\x90 daar")
    return root


def test_jobs_give_identical_reports(cli, site):
    """--jobs 1, 2, 3 and 0 (all cores): byte-identical JSON, same order, same errors."""
    outs = {}
    for jobs in ("1", "2", "3", "0"):
        r = cli(site, "--format", "json", "--jobs", jobs)
        assert r.code == 2  # kapot.txt
        outs[jobs] = (r.out, r.err)
    assert len(set(outs.values())) == 1
    data = json.loads(outs["1"][0])
    assert data["summary"]["files"] == 24
    assert outs["1"][1].strip().endswith("kapot.txt: invalid bytes: not UTF-8 (byte 6) and not Windows-1252 text")
    paths = [f["path"] for f in data["findings"]]
    assert paths == sorted(paths)


def test_parsable_output_identical_across_jobs(cli, site):
    one = cli(site, "--format", "parsable", "--jobs", "1")
    many = cli(site, "--format", "parsable", "--jobs", "2")
    assert one.out == many.out and one.out.count("\n") >= 24 * 3


def test_no_terminal_means_no_escape_codes(cli, site):
    r = cli(site)  # stdout and stderr are pipes
    assert "\x1b[" not in r.out and "\x1b[" not in r.err
    assert "Zoë" in r.out


def test_no_color(cli, site):
    """NO_COLOR wins even when colour is forced: no colour codes (bold may stay)."""
    r = cli(site, env={"NO_COLOR": "1", "FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert r.code == 2
    for params in SGR.findall(r.out):
        codes = {int(c) for c in params.split(";") if c}
        assert not codes & (set(range(30, 50)) | set(range(90, 108))), params
    forced = cli(site, env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert any({31, 33, 36} & {int(c) for c in p.split(";") if c} for p in SGR.findall(forced.out))


@pytest.mark.parametrize("home", ["readonly", "missing"])
def test_read_only_or_missing_home(cli, site, tmp_path, home):
    """HOME read-only (chmod 555; root could still write, so the test also asserts
    HOME stays empty) or missing: same report, nothing written there."""
    h = tmp_path / "home"
    if home == "readonly":
        h.mkdir()
        h.chmod(0o555)
    env = {"HOME": str(h), "XDG_CACHE_HOME": "", "XDG_CONFIG_HOME": ""}
    try:
        r = cli(site, "--format", "json", env=env)
        ref = cli(site, "--format", "json")
        assert (r.code, r.out, r.err) == (ref.code, ref.out, ref.err)
        assert cli("rules", "--protocol", "lithora", env=env).code == 0
        if home == "readonly":
            assert os.listdir(h) == []
        else:
            assert not h.exists()
    finally:
        if h.exists():
            h.chmod(0o755)


@pytest.mark.parametrize("env", [
    {"LANG": "C"},
    {"LC_ALL": "C"},
    {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"},  # ASCII streams: Python's own UTF-8 mode off
    {"PYTHONIOENCODING": "ascii"},
    {"LC_ALL": "POSIX", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"},
], ids=["LANG=C", "LC_ALL=C", "LC_ALL=C-no-utf8-mode", "PYTHONIOENCODING=ascii", "POSIX-no-coercion"])
def test_c_locale_keeps_dutch_output_correct(cli, site, env):
    ref_json = cli(site, "--format", "json")
    r = cli(site, "--format", "json", env=env)
    assert "Traceback" not in r.err
    assert r.code == ref_json.code == 2
    assert r.out == ref_json.out
    matches = {f["match"] for f in json.loads(r.out)["findings"]}
    assert "Zoë" in matches
    rich = cli(site, env=env)
    assert "Traceback" not in rich.err
    assert "Juf Zoë van groep 3 (café de Hoek)" in rich.out
    assert rich.out == cli(site).out
    parsable = cli("-", "--format", "parsable", stdin=TEXT.encode(), env=env)
    assert parsable.code == 1 and parsable.out.startswith("-:1:")


def test_c_locale_error_messages_with_accents(cli, tmp_path):
    """An error line naming a file with an accent is printed, not a crash."""
    p = tmp_path / "café.txt"
    p.write_bytes(b"\x00\x01\x02")
    r = cli(p, env={"LC_ALL": "C", "PYTHONUTF8": "0"})
    assert r.code == 2 and "Traceback" not in r.err
    assert len(r.err.strip().splitlines()) == 1 and "caf" in r.err and "binary" in r.err


def test_narrow_dumb_terminal(cli, site):
    r = cli(site, env={"TERM": "dumb", "COLUMNS": "20"})
    assert r.code == 2 and "Traceback" not in r.err
    assert "06-12345678" in r.out
