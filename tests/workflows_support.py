"""Helpers for the workflow tests: run the command line as a user would."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import ENTRY  # the installed console script, else python -m socialcheck

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = ROOT.parent / "shared" / "data" / "sarif" / "sarif-schema-2.1.0.json"

#: An invented page: a pupil, a teacher and a private phone number.
PAGE = "# Jarig\n\nVandaag was Fenna uit groep 5 jarig. Bel juf Marloes op 06-24681357.\n"
MATCHES = ("Fenna", "Marloes", "06-24681357")


def run(*args: str, cwd: Path, stdin: bytes | str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """``socialcheck ARGS`` in ``cwd`` (this checkout's code: ``PYTHONPATH``
    points at it); stdout/stderr as text."""
    e = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "200"}
    e.pop("GITHUB_ACTIONS", None)
    e.update(env or {})
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    p = subprocess.run([*ENTRY, *args], cwd=cwd, env=e, input=data,
                       capture_output=True, timeout=120)
    p.stdout = p.stdout.decode("utf-8", "replace")
    p.stderr = p.stderr.decode("utf-8", "replace")
    return p


def site(tmp_path: Path, files: dict[str, str]) -> Path:
    """A folder with ``.git`` (so config discovery stops there) and ``files``."""
    (tmp_path / ".git").mkdir(exist_ok=True)
    for rel, text in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return tmp_path
