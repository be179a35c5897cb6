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
import stat
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
    (no loops); FIFOs, sockets and devices are skipped and counted (reading
    them could block); broken links stay in the list so reading reports them."""
    files: list[str] = []
    count = skipped = 0
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
                if not _regular_or_unreadable(full):
                    skipped += 1  # FIFO, socket, device: reading could block forever
                    continue
                files.append(full)
            else:
                skipped += 1
    return files, skipped


def _regular_or_unreadable(path: str) -> bool:
    """False only for an existing non-regular file (FIFO, socket, device)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


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


#: State of one worker process (or of this process with ``--jobs 1``), set by :func:`_init_worker`.
_WORKER: dict = {}


def _init_worker(explicit: str | None, overrides: dict, warm_up: bool = True) -> None:
    """Worker initializer: the config cache, and (``warm_up``) the lexicon,
    rule pack and parsers built once, by checking a small warm-up text, for
    all the files this worker will check. Inline (``--jobs 1``) there is
    nothing to gain: they are built on first use."""
    cache = ConfigCache(explicit, overrides)
    _WORKER["cache"] = cache
    if not warm_up:
        return
    try:
        from .config import build
        from .documents import read_markdown
        check_document(read_markdown("warm-up.md", "# Warm-up\n\nJuf Anna, 06-12345678, [a](mailto:a@b.nl).\n"),
                       build({}, None))
    except Exception:  # noqa: BLE001 - warming up is an optimisation only
        pass


def _check_task(task: tuple[str, bool]) -> tuple[str, object, bool, list[str]]:
    """Check one file in a worker. Returns ``(kind, payload, skippable, warnings)``:
    ``("ok", findings, False, w)``, ``("input", message, skippable, w)`` or
    ``("fatal", message, False, w)`` (plain values: exceptions do not cross
    process boundaries reliably). An unexpected exception becomes an input
    error for that file (set ``SOCIALCHECK_DEBUG=1`` to get the traceback)."""
    from .config import drain_warnings
    path = task[0]
    try:
        out = ("ok", check_file(path, _WORKER["cache"]), False)
    except InputError as exc:
        out = ("input", str(exc), exc.skippable)
    except FatalError as exc:
        out = ("fatal", str(exc), False)
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - one bad file must not stop the scan
        if os.environ.get("SOCIALCHECK_DEBUG"):
            raise
        out = ("input", f"{path}: internal error while checking ({type(exc).__name__}: "
                        f"{str(exc)[:200]}); please report this", False)
    return (*out, drain_warnings())


def _check_many(tasks: list[tuple[str, bool]], opts: RunOptions):
    """Results of :func:`_check_task` for ``tasks``, in order, on ``opts.jobs``
    worker processes (:func:`socialcheck.parallel.map_ordered`)."""
    from .parallel import effective_jobs, map_ordered
    jobs = min(effective_jobs(opts.jobs), max(1, len(tasks)))
    chunk = max(1, min(16, len(tasks) // (jobs * 8) if jobs > 1 else 1))
    try:
        yield from map_ordered(_check_task, tasks, jobs, initializer=_init_worker,
                               initargs=(opts.config, opts.overrides(), jobs > 1), chunksize=chunk)
    except Exception as exc:  # noqa: BLE001 - a crashed worker: report, exit 2
        yield ("fatal", f"checking stopped: {exc}", False, [])


@dataclass
class Collected:
    """What one run found: findings (sorted), the paths checked (for a
    baseline's scanned set), the number of files checked (images and manifests
    of a media folder count one each), how many files were skipped, and
    one-line input errors."""

    findings: list[Finding]
    files: list[str]
    count: int
    skipped: int
    errors: list[str]


def collect(opts: RunOptions, cache: ConfigCache, first_cfg, lang: str) -> Collected:
    """Check every path of ``opts`` (stdin, files, folders, media folders) on
    ``opts.jobs`` workers; warnings go to stderr once each.

    Raises:
        FatalError: an invalid config, rule pack or roster (exit 2).
    """
    findings: list[Finding] = []
    errors: list[str] = []
    files: list[str] = []
    count = skipped = 0
    tasks: list[tuple[str, bool]] = []  # (path, named explicitly); checked after the walk, on --jobs workers
    for p in opts.paths:
        if p == "-":
            name = opts.stdin_filename or "-"
            try:
                limit = cache.for_file(name).max_file_size
            except ConfigError:
                limit = first_cfg.max_file_size  # check_file reports the config error
            data = sys.stdin.buffer.read(limit + 1)  # never more: load() refuses what is over the limit
            try:
                findings.extend(check_file(name, cache, display=name, data=data,
                                           kind_hint=opts.stdin_filename or "stdin.txt"))
                files.append(name)
                count += 1
            except InputError as exc:
                errors.append(str(exc))
            continue
        if os.path.isdir(p):
            paths, sk = iter_files(p, cache)
            skipped += sk
            explicit = False
        else:
            paths, explicit = [p], True
        from .media import scan_path  # images and manifests (light import; Pillow only when needed)
        media = scan_path(p, cache, opts)
        if media is not None:
            findings.extend(media.findings)
            errors.extend(media.errors)
            files.extend(sorted(media.claimed))
            count += media.files
            skipped -= media.claimed_skips
            paths = [fp for fp in paths if fp not in media.claimed]
        for fp in paths:
            tasks.append((fp, explicit))
    from .config import drain_warnings
    warned: list[str] = drain_warnings()  # stdin
    results = _check_many(tasks, opts)
    try:
        for (fp, explicit), (kind, payload, skippable, warnings) in zip(tasks, results):
            warned.extend(w for w in warnings if w not in warned)
            if kind == "ok":
                findings.extend(payload)
                files.append(fp)
                count += 1
            elif kind == "fatal":
                raise FatalError(payload)
            elif skippable and not explicit:
                skipped += 1
            else:
                errors.append(payload)
    finally:
        results.close()  # stops the workers at once on an early return
        for w in warned:
            sys.stderr.write(t(lang, "usage_warning", msg=w) + "\n")
    findings.sort(key=Finding.sort_key)
    return Collected(findings, files, count, skipped, errors)


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
    try:
        got = collect(opts, cache, first_cfg, lang)
    except FatalError as exc:
        return _error(str(exc), lang)
    findings, files, skipped, errors = got.findings, got.count, got.skipped, got.errors
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
