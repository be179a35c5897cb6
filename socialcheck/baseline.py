"""Baselines: accept the findings a folder has today, report only new ones.

``.socialcheck-baseline.json`` (detect-secrets' idea, without its line
numbers, which churn on every edit)::

    {
      "files": {
        "content/nieuws.md": [
          {"check": "person-name", "count": 1, "fingerprint": "3f1c..."}
        ]
      },
      "generated_by": "socialcheck",
      "version": 1
    }

* Keyed by path (relative to the baseline file's folder, ``/`` separators),
  then check and fingerprint; ``count`` is how many findings share that key,
  so a second occurrence of an accepted name in the same file is new.
* ``fingerprint`` is ``sha256(check, path, normalised match)``
  (:func:`socialcheck.model.fingerprint`) with that relative path, so it equals
  ``Finding.fingerprint`` when socialcheck runs from the baseline's folder and
  does not depend on the working directory. The plain match is never stored.
* Sorted keys and entries, two-space indent, UTF-8, trailing newline: the
  same findings always give the same bytes, so the file diffs well in git.
"""

from __future__ import annotations

import json
import os
from collections import Counter

from .atomic import write_atomic
from .model import Finding, fingerprint

DEFAULT_NAME = ".socialcheck-baseline.json"
FORMAT_VERSION = 1


class BaselineError(Exception):
    """The baseline file is missing, unreadable or malformed; ``str()`` is one
    line naming the file and the problem."""


Key = tuple[str, str, str]  # (relative path, check, fingerprint)


def rel_path(path: str, base_dir: str) -> str:
    """``path`` (as shown in findings, relative to the working directory)
    relative to ``base_dir``, with ``/`` separators."""
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base_dir))
    except ValueError:  # another drive on Windows
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def key_of(f: Finding, base_dir: str) -> Key:
    """The baseline key of a finding for a baseline stored in ``base_dir``."""
    rel = rel_path(f.path, base_dir)
    return rel, f.check, fingerprint(f.check, rel, f.match)


def load(path: str) -> Counter:
    """Read a baseline file into a ``Counter`` of :data:`Key` → count.

    Raises:
        BaselineError: missing, unreadable, not JSON, or not the shape above.
    """
    try:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found (create it with 'socialcheck baseline create')") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: baseline file is not UTF-8 text") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline ({exc.strerror or exc})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        raise BaselineError(f"{path}: not a socialcheck baseline (expected an object with 'files')")
    if data.get("version") != FORMAT_VERSION:
        raise BaselineError(f"{path}: unsupported baseline version {data.get('version')!r} (expected {FORMAT_VERSION})")
    out: Counter = Counter()
    for rel, entries in data["files"].items():
        if not isinstance(entries, list):
            raise BaselineError(f"{path}: files.{rel}: must be a list of entries")
        for n, e in enumerate(entries, 1):
            ok = (isinstance(e, dict) and isinstance(e.get("check"), str) and isinstance(e.get("fingerprint"), str)
                  and isinstance(e.get("count", 1), int) and not isinstance(e.get("count", 1), bool)
                  and e.get("count", 1) >= 1)
            if not ok:
                raise BaselineError(f"{path}: files.{rel}[{n}]: needs 'check', 'fingerprint' and a positive 'count'")
            out[(rel, e["check"], e["fingerprint"])] += e.get("count", 1)
    return out


def dumps(counts: Counter) -> str:
    """The stable JSON text of a baseline (see the module docstring)."""
    files: dict[str, list[dict]] = {}
    for (rel, check, fp), n in sorted(counts.items()):
        if n > 0:
            files.setdefault(rel, []).append({"check": check, "count": n, "fingerprint": fp})
    doc = {"files": files, "generated_by": "socialcheck", "version": FORMAT_VERSION}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def counts_for(findings: list[Finding], base_dir: str) -> Counter:
    """Baseline counts for ``findings`` stored relative to ``base_dir``."""
    return Counter(key_of(f, base_dir) for f in findings)


def filter_new(findings: list[Finding], path: str) -> list[Finding]:
    """The findings not accepted by the baseline at ``path``, in their order.

    If a key occurs more often than the baseline's ``count``, the later
    occurrences (by position) are new.

    Raises:
        BaselineError: see :func:`load`.
    """
    budget = load(path)
    base_dir = os.path.dirname(os.path.abspath(path))
    out = []
    for f in findings:
        k = key_of(f, base_dir)
        if budget[k] > 0:
            budget[k] -= 1
        else:
            out.append(f)
    return out


def merged(old: Counter, findings: list[Finding], base_dir: str, scanned: set[str]) -> Counter:
    """``update``: entries of files that were scanned are replaced by the
    current findings (fixed ones drop out, new ones come in); entries of other
    files stay as they were. ``scanned`` holds relative paths."""
    out = Counter({k: n for k, n in old.items() if k[0] not in scanned})
    out.update(counts_for(findings, base_dir))
    return out


def write(path: str, counts: Counter) -> None:
    """Write the baseline atomically (temporary file + rename).

    Raises:
        OSError: the folder is not writable.
    """
    write_atomic(path, dumps(counts).encode("utf-8"))
