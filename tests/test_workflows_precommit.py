"""End to end: socialcheck as a pre-commit hook in a school website's repo.

Runs the real ``pre-commit run --all-files``, which clones this project at a
commit, pip-installs it into its own environment (from the package registry:
slow, a minute or more) and runs the hook from ``.pre-commit-hooks.yaml``.

If this checkout has uncommitted changes, the test commits a snapshot of the
working tree into a temporary repository first, so it tests what is on disk.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None,
                                reason="pre-commit is not installed (pip install -e '.[test]')")

GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
           "GIT_CONFIG_NOSYSTEM": "1"}

PAGE_BAD = """\
---
title: Nieuws uit de klas
---

# Een verjaardag in de klas

Vandaag was Fenna uit groep 5 jarig. Vragen? Bel juf Marloes op 06-24681357.
"""

PAGE_FIXED = """\
---
title: Nieuws uit de klas
---

# Een verjaardag in de klas

Vandaag vierden we een verjaardag in groep 5. Vragen? Stel ze via Parro.
"""


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True,
                          text=True).stdout.strip()


def project_repo(tmp: Path) -> tuple[str, str]:
    """``(repo, rev)`` for the hook: this checkout at HEAD when it is clean,
    else a temporary repository holding a commit of the working tree."""
    try:
        dirty = git("status", "--porcelain", cwd=ROOT)
        head = git("rev-parse", "HEAD", cwd=ROOT)
    except (subprocess.CalledProcessError, FileNotFoundError):
        dirty, head = "no git", ""
    if not dirty:
        return str(ROOT), head
    snap = tmp / "socialcheck-snapshot"
    try:
        files = git("ls-files", "--cached", "--others", "--exclude-standard", "-z", cwd=ROOT).split("\0")
    except (subprocess.CalledProcessError, FileNotFoundError):
        files = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file()
                 and not any(part in (".git", "__pycache__", ".venv", ".pytest_cache") for part in p.parts)]
    for rel in filter(None, files):
        src = ROOT / rel
        if src.is_file():
            (snap / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, snap / rel)
    git("init", "-q", cwd=snap)
    git("add", "-A", cwd=snap)
    git("commit", "-q", "-m", "snapshot of the working tree", cwd=snap)
    return str(snap), git("rev-parse", "HEAD", cwd=snap)


def pre_commit(site: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home), "PIP_DISABLE_PIP_VERSION_CHECK": "1",
           "NO_COLOR": "1", "PRE_COMMIT_COLOR": "never"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
                          cwd=site, env=env, capture_output=True, text=True, timeout=1800)


def test_pre_commit_hook_blocks_a_page_with_a_pupil_name_and_phone_number(tmp_path):
    repo, rev = project_repo(tmp_path)
    site = tmp_path / "website"
    (site / "content").mkdir(parents=True)
    git("init", "-q", cwd=site)
    (site / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n      - id: socialcheck\n", encoding="utf-8")
    page = site / "content" / "nieuws.md"
    page.write_text(PAGE_BAD, encoding="utf-8")
    (site / "content" / "over-ons.md").write_text("# Over ons\n\nWij zijn een basisschool.\n", encoding="utf-8")
    git("add", "-A", cwd=site)

    first = pre_commit(site, tmp_path / "pre-commit-home")
    out = first.stdout + first.stderr
    assert first.returncode == 1, out
    assert "Failed" in out
    assert "content/nieuws.md:7:13: fout [person-name] Naam van een leerling" in out
    assert "content/nieuws.md:7:54: fout [person-name] Naam van een medewerker" in out
    assert "content/nieuws.md:7:65: fout [phone-number] Telefoonnummer van een privépersoon" in out
    assert "over-ons.md:" not in out

    page.write_text(PAGE_FIXED, encoding="utf-8")
    git("add", "-A", cwd=site)
    second = pre_commit(site, tmp_path / "pre-commit-home")
    out = second.stdout + second.stderr
    assert second.returncode == 0, out
    assert "Passed" in out
    assert page.read_text(encoding="utf-8") == PAGE_FIXED  # the hook never edits a page
