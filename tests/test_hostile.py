"""Hostile input: YAML bombs and huge YAML, catastrophic allow-list regexes,
huge, unreadable, vanishing and non-regular files, symlink loops.

Each case must end in a one-line error (exit 2) or a finding, without a
traceback, within the generous subprocess timeout of ``conftest.cli`` (which
catches hangs; speed itself is measured in ``benchmarks/``), and a folder
scan goes on with the other files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import ENTRY, ROOT

GOOD = "Bel juf Sanne op 06-12345678.\n"


def one_line_error(r, *needles) -> str:
    assert r.code == 2, (r.out, r.err)
    lines = [ln for ln in r.err.splitlines() if ln.strip()]
    assert len(lines) == 1, r.err
    assert "Traceback" not in r.err
    for n in needles:
        assert n in lines[0], lines[0]
    return lines[0]


def repo(tmp_path, config: str | None = None):
    """A folder that is a repository root (config discovery stops here)."""
    (tmp_path / ".git").mkdir()
    if config is not None:
        (tmp_path / ".socialcheck.yaml").write_text(config, encoding="utf-8")
    return tmp_path


def billion_laughs(leaf: str = '"lol"', indent: str = "") -> str:
    """Nine levels of nine aliases: 9**8 leaves when expanded, 72 aliases (under the alias limit)."""
    rows = [f"{indent}a: &a [{', '.join([leaf] * 9)}]"]
    for prev, cur in zip("abcdefgh", "bcdefghi"):
        rows.append(f"{indent}{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    return "\n".join(rows) + "\n"


def sparse(path, size: int, head: bytes = b"") -> None:
    """A file of ``size`` bytes written in no time (a hole after ``head``)."""
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size)


def peak_rss_mb(args: list[str], stdin=None, cwd=None) -> tuple[int, float, str]:
    """Run the CLI and return ``(exit code, peak RSS in MB, stderr)``.

    A small launcher process starts the CLI and reads its ``ru_maxrss`` with
    ``os.wait4``: started from pytest directly, Linux would charge pytest's
    own peak to the child at fork+exec."""
    launcher = textwrap.dedent("""
        import os, subprocess, sys
        p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        err = p.stderr.read()
        _, status, ru = os.wait4(p.pid, 0)
        sys.stderr.buffer.write(err)
        sys.stderr.write("MAXRSS_KB=%d\\n" % ru.ru_maxrss)
        sys.exit(os.waitstatus_to_exitcode(status))
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [ROOT, os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, "-c", launcher, *ENTRY, *args], stdin=stdin, cwd=cwd, env=env,
                          capture_output=True, timeout=120)
    err = proc.stderr.decode("utf-8", "replace")
    kb = int(err.strip().splitlines()[-1].split("=")[1])
    return proc.returncode, kb / 1024, "\n".join(err.strip().splitlines()[:-1])


# ---------------------------------------------------------------- YAML bombs and huge YAML

def test_billion_laughs_in_config(cli, tmp_path):
    # the bomb as a list under an allowed key: "- &a [...]", "- &b [*a, ...]", ...
    d = repo(tmp_path, "organisations:\n" + "".join(
        f"  - {line.split(': ', 1)[1]}\n" for line in billion_laughs().splitlines()))
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    one_line_error(cli(d / "a.txt"), ".socialcheck.yaml", "organisations")


def test_alias_flood_in_config_is_refused(cli, tmp_path):
    d = repo(tmp_path, "organisations: &o [x]\nexclude: [" + ", ".join(["*o"] * 150) + "]\n")
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    one_line_error(cli(d / "a.txt"), ".socialcheck.yaml", "aliases")


def test_huge_config_is_refused_without_reading_it(cli, tmp_path):
    d = repo(tmp_path)
    sparse(d / ".socialcheck.yaml", 100 * 1024 * 1024, b"protocol: default\n# ")
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    code, rss, err = peak_rss_mb([str(d / "a.txt")])
    assert code == 2 and len(err.splitlines()) == 1, err
    assert ".socialcheck.yaml" in err and "too large" in err
    assert rss < 100, f"peak RSS {rss:.0f} MB: the 100 MB config was read"


def test_billion_laughs_in_rule_pack(cli, tmp_path):
    pack = tmp_path / "bom.yaml"
    pack.write_text("protocol: bom\ntitle: Bom\narticles:\n  - article: A.1\n    title: t\n    summary: s\n"
                    "    checks: *i\nx:\n" + billion_laughs(indent="  "), encoding="utf-8")
    p = tmp_path / "a.txt"
    p.write_text(GOOD, encoding="utf-8")
    one_line_error(cli(p, "--protocol", pack), "bom.yaml")


def test_huge_rule_pack_is_refused(cli, tmp_path):
    pack = tmp_path / "groot.yaml"
    sparse(pack, 100 * 1024 * 1024, b"protocol: groot\n# ")
    p = tmp_path / "a.txt"
    p.write_text(GOOD, encoding="utf-8")
    one_line_error(cli(p, "--protocol", pack), "groot.yaml", "too large")


def test_billion_laughs_in_front_matter_is_read_once(cli, tmp_path):
    """The alias bomb expands to 43 million strings; each node is read once."""
    d = repo(tmp_path)
    p = d / "bom.md"
    p.write_text("---\n" + billion_laughs('"Juf Sanne"') + "---\n# Nieuws\n\nGeen namen hier.\n", encoding="utf-8")
    r = cli(p, "--format", "json")
    assert r.code == 1, r.err
    names = [f for f in r.json()["findings"] if f["check"] == "person-name"]
    # one finding per leaf node written in line 2 (nine), not one per expanded leaf
    assert {(f["match"], f["line"]) for f in names} == {("Sanne", 2)}
    assert 1 <= len(names) <= 9 and len({f["start"] for f in names}) == len(names)


def test_alias_flood_in_front_matter_is_one_line(cli, tmp_path):
    d = repo(tmp_path)
    bad = d / "bom.md"
    bad.write_text("---\nx: &x [a]\ny: [" + ", ".join(["*x"] * 150) + "]\n---\nHallo\n", encoding="utf-8")
    (d / "goed.md").write_text(GOOD, encoding="utf-8")
    r = cli(d, "--format", "json")
    assert r.code == 2
    assert r.err.strip().splitlines() == [f"socialcheck: fout: {bad}: front matter: more than 100 aliases "
                                         "(possible YAML bomb); refused"]
    assert [os.path.basename(f["path"]) for f in r.json()["findings"]] == ["goed.md", "goed.md"]


def test_huge_front_matter_is_one_line(cli, tmp_path):
    d = repo(tmp_path)
    p = d / "groot.md"
    p.write_text("---\ntitle: " + "a" * (6 * 1024 * 1024) + "\n---\nHallo\n", encoding="utf-8")
    one_line_error(cli(p), "groot.md", "front matter", "too large")


# ---------------------------------------------------------------- catastrophic regex

def test_backtracking_allow_regex_warns_once_and_finishes(cli, tmp_path):
    d = repo(tmp_path, "allow:\n  - regex: '(a|aa)+$'\n  - regex: '(a+)+$'\n")
    victim = "a" * 40 + "@voorbeeld.nl"
    (d / "a.txt").write_text("".join(f"Mail {victim} of bel 06-1234567{i % 10}.\n" for i in range(30)),
                             encoding="utf-8")
    r = cli(d / "a.txt", "--format", "json")
    assert r.code == 1
    emails = [f for f in r.json()["findings"] if f["check"] == "email-address"]
    assert len(emails) == 30 and {f["match"] for f in emails} == {victim}  # not allowed: reported
    warnings = r.err.strip().splitlines()
    assert len(warnings) == 1, r.err
    assert warnings[0].startswith("socialcheck: waarschuwing: ") and "(a|aa)+$" in warnings[0]


def test_backtracking_allow_regex_in_parallel_scan_warns_once(cli, tmp_path):
    d = repo(tmp_path, "allow:\n  - regex: '(a|aa)+$'\n")
    for i in range(6):
        (d / f"p{i}.txt").write_text(f"Mail {'a' * 40}@voorbeeld.nl\n", encoding="utf-8")
    r = cli(d, "--format", "json", "--jobs", "2")
    assert r.code == 1
    assert r.json()["summary"]["files"] == 6
    assert len(r.err.strip().splitlines()) == 1 and "(a|aa)+$" in r.err


# ---------------------------------------------------------------- huge files

def test_200_mb_file_is_refused_fast_and_small(tmp_path):
    d = repo(tmp_path)
    big = d / "groot.txt"
    sparse(big, 200 * 1024 * 1024, GOOD.encode() * 10)
    code, rss, err = peak_rss_mb([str(big)])
    assert code == 2
    assert err.splitlines() == [f"socialcheck: fout: {big}: file too large (209,715,200 bytes; limit 20,971,520; "
                                "raise max_file_size in .socialcheck.yaml)"]
    assert rss < 100, f"peak RSS {rss:.0f} MB"


def test_200_mb_on_stdin_is_read_only_up_to_the_limit(tmp_path):
    big = tmp_path / "groot.txt"
    sparse(big, 200 * 1024 * 1024, GOOD.encode() * 10)
    with open(big, "rb") as fh:
        code, rss, err = peak_rss_mb(["-"], stdin=fh, cwd=tmp_path)
    assert code == 2 and "too large" in err and len(err.splitlines()) == 1, err
    assert rss < 150, f"peak RSS {rss:.0f} MB: stdin was read whole"


def test_folder_with_huge_file_goes_on(cli, tmp_path):
    d = repo(tmp_path)
    sparse(d / "groot.md", 30 * 1024 * 1024, b"# Groot\n")
    (d / "klein.txt").write_text(GOOD, encoding="utf-8")
    r = cli(d, "--format", "json")
    assert r.code == 2
    assert len(r.err.strip().splitlines()) == 1 and "groot.md: file too large" in r.err
    data = r.json()
    assert data["summary"]["files"] == 1
    assert {f["match"] for f in data["findings"]} == {"Sanne", "06-12345678"}


# ---------------------------------------------------------------- unreadable, vanishing, odd files

@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="running as root: chmod 000 does not stop root from reading "
                           "(test_unreadable_file_in_process simulates it)")
def test_unreadable_file_chmod(cli, tmp_path):
    d = repo(tmp_path)
    p = d / "geheim.txt"
    p.write_text(GOOD, encoding="utf-8")
    p.chmod(0)
    try:
        one_line_error(cli(p), "geheim.txt", "Permission denied")
    finally:
        p.chmod(0o644)


def _run_in_process(monkeypatch, capsys, paths, **kw):
    from socialcheck.runner import RunOptions, run
    code = run(RunOptions(paths=[str(p) for p in paths], fmt="json", jobs=1, **kw))
    cap = capsys.readouterr()
    return code, json.loads(cap.out), cap.err


def test_unreadable_file_in_process(monkeypatch, capsys, tmp_path):
    """Permission denied on open (simulated: tests may run as root) is one line; the scan goes on."""
    d = repo(tmp_path)
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    (d / "geheim.txt").write_text(GOOD, encoding="utf-8")
    real_open = os.open

    def fake_open(path, flags, *a, **k):
        if os.path.basename(os.fspath(path)) == "geheim.txt":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(os, "open", fake_open)
    code, data, err = _run_in_process(monkeypatch, capsys, [d])
    assert code == 2
    assert err.splitlines() == [f"socialcheck: fout: {d / 'geheim.txt'}: cannot read file (Permission denied)"]
    assert [os.path.basename(f["path"]) for f in data["findings"]] == ["a.txt", "a.txt"]


def test_file_vanishing_mid_scan(monkeypatch, capsys, tmp_path):
    """A file deleted after the walk listed it (while another is checked) is one line; the scan goes on."""
    import socialcheck.runner as runner

    d = repo(tmp_path)
    for name in ("a.txt", "b.txt", "c.txt"):
        (d / name).write_text(GOOD, encoding="utf-8")
    real = runner.check_file

    def check_and_delete(path, *a, **k):
        if path.endswith("a.txt") and (d / "b.txt").exists():
            (d / "b.txt").unlink()
        return real(path, *a, **k)

    monkeypatch.setattr(runner, "check_file", check_and_delete)
    code, data, err = _run_in_process(monkeypatch, capsys, [d])
    assert code == 2
    assert err.splitlines() == [f"socialcheck: fout: {d / 'b.txt'}: file not found"]
    assert sorted({os.path.basename(f["path"]) for f in data["findings"]}) == ["a.txt", "c.txt"]


def test_symlink_loops(cli, tmp_path):
    d = repo(tmp_path)
    (d / "sub").mkdir()
    (d / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    os.symlink("..", d / "sub" / "terug")          # folder loop: not followed
    os.symlink(".", d / "hier")                     # folder loop: not followed
    os.symlink("lus2.txt", d / "lus1.txt")          # file loop: cannot be read
    os.symlink("lus1.txt", d / "lus2.txt")
    r = cli(d, "--format", "json")
    assert r.code == 2
    assert sorted(r.err.strip().splitlines()) == [
        f"socialcheck: fout: {d / name}: cannot read file (Too many levels of symbolic links)"
        for name in ("lus1.txt", "lus2.txt")]
    data = r.json()
    assert [f["path"] for f in data["findings"]] == [str(d / "sub" / "a.txt")] * 2  # once, not via the loops
    assert data["summary"]["files"] == 1


def test_directory_named_like_a_file(cli, tmp_path):
    d = repo(tmp_path)
    (d / "bericht.txt").mkdir()
    (d / "bericht.txt" / "echt.md").write_text(GOOD, encoding="utf-8")
    r = cli(d / "bericht.txt", "--format", "json")  # named explicitly: a folder, so walked
    assert r.code == 1, r.err
    assert {os.path.basename(f["path"]) for f in r.json()["findings"]} == {"echt.md"}
    r = cli(d, "--format", "json")
    assert r.code == 1 and r.json()["summary"]["files"] == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_named_explicitly_is_refused_without_blocking(cli, tmp_path):
    d = repo(tmp_path)
    os.mkfifo(d / "pijp.txt")
    one_line_error(cli(d / "pijp.txt"), "pijp.txt", "FIFO")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_in_folder_is_skipped(cli, tmp_path):
    d = repo(tmp_path)
    os.mkfifo(d / "pijp.md")
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    r = cli(d, "--format", "json")
    assert r.code == 1, r.err
    assert not r.err
    assert r.json()["summary"]["skipped"] == 1 and r.json()["summary"]["files"] == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_as_config_is_refused_without_blocking(cli, tmp_path):
    d = repo(tmp_path)
    os.mkfifo(d / "conf.yaml")
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    one_line_error(cli(d / "a.txt", "--config", d / "conf.yaml"), "conf.yaml", "not a regular file")


def test_broken_symlink_named_explicitly(cli, tmp_path):
    d = repo(tmp_path)
    os.symlink("weg.txt", d / "link.txt")
    one_line_error(cli(d / "link.txt"), "link.txt", "broken symbolic link")


def test_internal_error_in_one_file_is_one_line(monkeypatch, capsys, tmp_path):
    """A bug hit by one file (simulated) is reported for that file; the others are checked."""
    import socialcheck.engine as engine
    import socialcheck.runner as runner

    d = repo(tmp_path)
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    (d / "b.txt").write_text("BOEM " + GOOD, encoding="utf-8")
    real = engine.check_document

    def flaky(doc, cfg, *a, **k):
        if doc.text.startswith("BOEM"):
            raise IndexError("list index out of range")
        return real(doc, cfg, *a, **k)

    monkeypatch.setattr(runner, "check_document", flaky)
    monkeypatch.delenv("SOCIALCHECK_DEBUG", raising=False)
    code, data, err = _run_in_process(monkeypatch, capsys, [d])
    assert code == 2
    assert err.splitlines() == [f"socialcheck: fout: {d / 'b.txt'}: internal error while checking "
                                "(IndexError: list index out of range); please report this"]
    assert {os.path.basename(f["path"]) for f in data["findings"]} == {"a.txt"}


def test_stdout_closed_early_is_not_a_traceback(tmp_path):
    """``socialcheck big-folder | head -1``: the reader goes away; no traceback."""
    d = repo(tmp_path)
    for i in range(40):
        (d / f"p{i:02}.txt").write_text(GOOD * 20, encoding="utf-8")
    proc = subprocess.Popen([*ENTRY, str(d), "--format", "parsable"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=120)
    assert first.startswith(str(d).encode())
    assert "Traceback" not in err
