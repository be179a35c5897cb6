"""Shared test helpers: run the installed CLI in a subprocess, build documents."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def _entry_point() -> list[str]:
    """The installed ``socialcheck`` console script next to this Python, else ``python -m``."""
    exe = os.path.join(os.path.dirname(sys.executable), "socialcheck")
    if os.path.exists(exe):
        return [exe]
    found = shutil.which("socialcheck")
    if found and os.path.dirname(found) == os.path.dirname(sys.executable):
        return [found]
    return [sys.executable, "-m", "socialcheck"]


ENTRY = _entry_point()


class CliResult:
    def __init__(self, proc: subprocess.CompletedProcess):
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    def json(self) -> dict:
        return json.loads(self.out)


@pytest.fixture
def cli():
    """Run ``socialcheck ARGS`` as a user would; returns code/out/err."""

    def run(*args, stdin: bytes | None = None, cwd: str | None = None, env: dict | None = None) -> CliResult:
        e = dict(os.environ)
        e.pop("GITHUB_ACTIONS", None)
        e.setdefault("COLUMNS", "200")
        if e.get("PYTHONPATH"):  # PYTHONPATH=. must still work with cwd= elsewhere
            e["PYTHONPATH"] = os.pathsep.join(os.path.abspath(x) for x in e["PYTHONPATH"].split(os.pathsep) if x)
        if env:
            e.update(env)
        proc = subprocess.run([*ENTRY, *map(str, args)], input=stdin, capture_output=True, cwd=cwd, env=e,
                              timeout=120)
        return CliResult(subprocess.CompletedProcess(proc.args, proc.returncode,
                                                     proc.stdout.decode("utf-8", "replace"),
                                                     proc.stderr.decode("utf-8", "replace")))

    return run


def findings_for(text: str, kind: str = "txt", **cfg):
    """Findings for an in-memory document (no file, default config + ``cfg``)."""
    from socialcheck.config import build
    from socialcheck.documents import read_html, read_markdown, read_text
    from socialcheck.engine import check_document

    reader = {"txt": read_text, "md": read_markdown, "html": read_html}[kind]
    doc = reader(f"test.{kind}", text)
    return check_document(doc, build({}, None, cfg))


def spans_of(text: str, check: str, **cfg) -> list[str]:
    """Matched texts of ``check`` in ``text``."""
    return [f.match for f in findings_for(text, **cfg) if f.check == check]
