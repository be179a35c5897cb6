"""Running a check over the paths of one command line.

Files named explicitly must be checkable (else a one-line error, exit 2).
Folders are walked recursively: hidden folders and ``node_modules`` are
skipped, files of unsupported type or binary content are skipped and counted,
other input errors are reported on stderr and the walk goes on (exit 2 at the
end). Output order is stable: by path, then position.
"""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass, field

from . import protocols
from .config import ConfigCache, ConfigError
from .documents import SUPPORTED_EXTENSIONS, InputError, load
from .engine import check_document
from .i18n import t
from .model import Finding, Severity
from .reporters import Result
from .roster import RosterError

_SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"})


@dataclass
class RunOptions:
    """Options of one ``socialcheck`` run (CLI flags; ``None`` = from config)."""

    paths: list[str]
    protocol: str | None = None
    fmt: str = "rich"
    output: str | None = None
    lang: str | None = None
    redact: bool = False
    fail_level: str | None = None
    min_severity: str | None = None
    config: str | None = None
    channel: str | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    stdin_filename: str | None = None
    baseline: str | None = None
    jobs: int = 0
    manifest: str | None = None

    def overrides(self) -> dict:
        """CLI values that win over config files."""
        return {"protocol": self.protocol, "language": self.lang, "fail_level": self.fail_level,
                "min_severity": self.min_severity, "channel": self.channel, "_cli_channel": self.channel,
                "select": self.select or None, "ignore": self.ignore or None}


class FatalError(Exception):
    """Stops the run with exit code 2 (config or rule-pack error)."""


def iter_files(path: str, cache: ConfigCache) -> tuple[list[str], int]:
    """Files under folder ``path`` that socialcheck reads, sorted, and the
    number of files skipped as unsupported. Symlinked folders are not followed
    (no loops)."""
    files: list[str] = []
    skipped = 0
    for root, dirs, names in os.walk(path, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in sorted(names):
            full = os.path.join(root, name)
            if name.startswith(".socialcheck"):
                continue
            ext = os.path.splitext(name)[1].lower()
            if ext in SUPPORTED_EXTENSIONS or _extra_supported(ext):
                try:
                    if cache.for_file(full).excluded(full):
                        continue
                except ConfigError:
                    pass
                files.append(full)
            else:
                skipped += 1
    return files, skipped


def _extra_supported(ext: str) -> bool:
    from .documents.extra import EXTRA_READERS
    return ext in EXTRA_READERS


def check_file(path: str, cache: ConfigCache, display: str | None = None, data: bytes | None = None,
               kind_hint: str | None = None) -> list[Finding]:
    """Findings for one file.

    Raises:
        InputError: the file cannot be read or parsed.
        FatalError: its config, rule pack or roster is invalid.
    """
    try:
        cfg = cache.for_file(path)
        doc = load(path, cfg.max_file_size, display=display, data=data, kind_hint=kind_hint)
        return check_document(doc, cfg)
    except (ConfigError, protocols.PackError, RosterError) as exc:
        raise FatalError(str(exc)) from None


def run(opts: RunOptions) -> int:
    """Check ``opts.paths``, write the report, return the exit code."""
    lang = opts.lang or "nl"
    cache = ConfigCache(opts.config, opts.overrides())
    try:
        first_cfg = cache.for_file(opts.paths[0] if opts.paths[0] != "-" else ".")
        lang = opts.lang or first_cfg.language
        protocols.load(first_cfg.protocol)
    except (ConfigError, protocols.PackError) as exc:
        return _error(str(exc), lang)
    findings: list[Finding] = []
    errors: list[str] = []
    files = skipped = 0
    for p in opts.paths:
        if p == "-":
            data = sys.stdin.buffer.read()
            name = opts.stdin_filename or "-"
            try:
                findings.extend(check_file(name, cache, display=name, data=data,
                                           kind_hint=opts.stdin_filename or "stdin.txt"))
                files += 1
            except InputError as exc:
                errors.append(str(exc))
            except FatalError as exc:
                return _error(str(exc), lang)
            continue
        if os.path.isdir(p):
            paths, sk = iter_files(p, cache)
            skipped += sk
            explicit = False
        else:
            paths, explicit = [p], True
        from .media import scan_path  # images and manifests (light import; Pillow only when needed)
        try:
            media = scan_path(p, cache, opts)
        except FatalError as exc:
            return _error(str(exc), lang)
        if media is not None:
            findings.extend(media.findings)
            errors.extend(media.errors)
            files += media.files
            skipped -= media.claimed_skips
            paths = [fp for fp in paths if fp not in media.claimed]
        for fp in paths:
            try:
                findings.extend(check_file(fp, cache))
                files += 1
            except InputError as exc:
                if exc.skippable and not explicit:
                    skipped += 1
                else:
                    errors.append(str(exc))
            except FatalError as exc:
                return _error(str(exc), lang)
    findings.sort(key=Finding.sort_key)
    baseline_path = opts.baseline or first_cfg.baseline
    if baseline_path:
        from .baseline import BaselineError, filter_new
        try:
            findings = filter_new(findings, baseline_path)
        except BaselineError as exc:
            return _error(str(exc), lang)
    result = Result(findings=findings, files=files, skipped=skipped, errors=errors)
    for e in errors:
        sys.stderr.write(t(lang, "usage_error", msg=e) + "\n")
    fmt = opts.fmt
    if fmt == "auto":
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "rich"
    from . import reporters
    reporter = reporters.get(fmt)
    if opts.output:
        buf = io.StringIO()
        reporter(result, buf, lang, opts.redact)
        try:
            _write_atomic(opts.output, buf.getvalue(), protect=[*opts.paths])
        except OSError as exc:
            return _error(f"{opts.output}: cannot write report ({exc.strerror or exc})", lang)
    else:
        reporter(result, sys.stdout, lang, opts.redact)
    if errors:
        return 2
    level = Severity.parse(opts.fail_level) if opts.fail_level else first_cfg.fail_level
    return 1 if any(f.severity >= level for f in findings) else 0


def _error(msg: str, lang: str) -> int:
    sys.stderr.write(t(lang, "usage_error", msg=msg) + "\n")
    return 2


def _write_atomic(path: str, text: str, protect: list[str] = ()) -> None:
    """Write ``text`` to ``path`` via a temporary file and rename; refuses to
    overwrite one of the input files."""
    target = os.path.abspath(path)
    for p in protect:
        if p != "-" and os.path.exists(p) and os.path.isfile(p) and os.path.samefile(p, target) if os.path.exists(target) else False:
            raise OSError(f"refusing to overwrite input file {p}")
    d = os.path.dirname(target) or "."
    tmp = os.path.join(d, f".{os.path.basename(target)}.tmp{os.getpid()}")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    os.replace(tmp, target)
