"""``.socialcheck.yaml``: discovery, validation and merging.

Discovery (as yamllint): for each checked file, the nearest
``.socialcheck.yaml`` (or ``.socialcheck.yml``) in its folder or a parent
folder, stopping at the repository root (a folder holding ``.git``). An
explicit ``--config FILE`` wins. ``extends:`` names another config file
(relative to this one) whose values this one refines.

Every key is validated; an unknown key or a wrong type is a :class:`ConfigError`
whose message names the file and the key.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field

import regex

from . import registry
from .model import Severity, normalise_match
from .yamlsafe import YamlError, load_limited, read_limited

CONFIG_NAMES = (".socialcheck.yaml", ".socialcheck.yml")

#: key → (type, description); types are checked on load.
KEYS: dict[str, tuple[type | tuple, str]] = {
    "protocol": (str, "rule pack name (lithora, twijs, som, kalisto, onderwijs-primair, default) or a path"),
    "language": (str, "nl or en"),
    "channel": (str, "where the text will be published (facebook, parro, website ...)"),
    "school": (str, "the school's name"),
    "organisations": (list, "extra names of the school/foundation"),
    "allow": (list, "strings or {regex: ...} that are fine to publish"),
    "select": (list, "only these checks"),
    "ignore": (list, "never these checks"),
    "severity": (dict, "check id → error/warning/info"),
    "fail_level": (str, "error, warning or info"),
    "min_severity": (str, "hide findings below this severity"),
    "max_file_size": (int, "refuse input files larger than this many bytes"),
    "exclude": (list, "glob patterns of paths a folder walk skips"),
    "per_file_ignores": (dict, "glob → list of check ids"),
    "known_names": ((str, list), "roster file(s): CSV with a name column or one name per line"),
    "nlp": (dict, "{model: nl_core_news_md} to use an installed spaCy pipeline"),
    "conduct_model": (bool, "false turns off the learned sentence scorer behind the conduct checks"),
    "extends": (str, "another config file this one refines"),
    "media": (dict, "media settings (consent register, logos)"),
    "baseline": (str, "baseline file"),
}
LANGS = ("nl", "en")
#: Seconds one allow-list regex may spend on one match before it is skipped.
REGEX_TIMEOUT = 0.2

_WARNINGS: list[str] = []


def _warn(msg: str) -> None:
    if msg not in _WARNINGS:
        _WARNINGS.append(msg)


def drain_warnings() -> list[str]:
    """One-line warnings raised while applying configs since the last call
    (e.g. an allow-list regex that timed out), in order, without duplicates.
    The runner prints them on stderr; they do not change the exit code."""
    out = list(_WARNINGS)
    _WARNINGS.clear()
    return out


class ConfigError(ValueError):
    """Invalid configuration; ``str()`` is one line naming the file and key."""


@dataclass
class Config:
    """Effective configuration for one file (after ``extends`` and CLI flags)."""

    path: str | None = None
    root: str = "."
    protocol: str = "default"
    language: str = "nl"
    channel: str | None = None
    school: str | None = None
    organisations: list[str] = field(default_factory=list)
    allow_exact: frozenset[str] = frozenset()
    allow_digits: frozenset[str] = frozenset()
    allow_regex: tuple = ()
    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_level: Severity = Severity.ERROR
    min_severity: Severity = Severity.INFO
    max_file_size: int = 20 * 1024 * 1024
    exclude: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    known_names: list[str] = field(default_factory=list)
    nlp: dict = field(default_factory=dict)
    conduct_model: bool = True
    media: dict = field(default_factory=dict)
    baseline: str | None = None
    raw: dict = field(default_factory=dict)
    _slow_regex: set = field(default_factory=set, repr=False, compare=False)

    @property
    def has_allow_list(self) -> bool:
        """True if the allow-list has any entry (else nothing is allowed)."""
        return bool(self.allow_exact or self.allow_digits or self.allow_regex)

    def is_allowed(self, match: str) -> bool:
        """True if ``match`` is on the allow-list (exact, digits-only for
        numbers, or a full regex match). Regexes run with a time limit."""
        if not self.has_allow_list:
            return False
        norm = normalise_match(match)
        if norm in self.allow_exact:
            return True
        digits = "".join(ch for ch in match if ch.isdigit())
        if len(digits) >= 6 and (digits in self.allow_digits or _phone_core(digits) in self.allow_digits):
            return True
        for rx in self.allow_regex:
            if rx.pattern in self._slow_regex:
                continue
            try:
                if rx.fullmatch(match, timeout=REGEX_TIMEOUT) or rx.fullmatch(norm, timeout=REGEX_TIMEOUT):
                    return True
            except TimeoutError:
                # Catastrophic backtracking: skip this pattern from now on, say so once.
                self._slow_regex.add(rx.pattern)
                _warn(f"{self.path or 'config'}: allow regex {rx.pattern!r} took over {REGEX_TIMEOUT} s "
                      "on one match (catastrophic backtracking?); it is skipped for the rest of this run")
        return False

    def ignored_for(self, path: str) -> frozenset[str]:
        """Checks ignored for ``path`` by ``per_file_ignores`` globs."""
        if not self.per_file_ignores:
            return _NONE_IGNORED
        rel = _rel(path, self.root)
        out: set[str] = set()
        for pattern, checks in self.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
                out.update(checks)
        return frozenset(out)

    def excluded(self, path: str) -> bool:
        """True if a folder walk should skip ``path`` (``exclude`` globs)."""
        rel = _rel(path, self.root)
        return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(os.path.basename(path), p) for p in self.exclude)


_NONE_IGNORED: frozenset[str] = frozenset()


def _phone_core(digits: str) -> str:
    if digits.startswith("0031"):
        return "0" + digits[4:]
    if digits.startswith("31") and len(digits) == 11:
        return "0" + digits[2:]
    return digits


def _rel(path: str, root: str) -> str:
    try:
        return os.path.relpath(os.path.abspath(path), os.path.abspath(root)).replace(os.sep, "/")
    except ValueError:
        return path.replace(os.sep, "/")


def find_config(start: str) -> str | None:
    """Nearest config file for ``start`` (a file or folder), searching upward
    to the repository root (a folder with ``.git``) or the filesystem root."""
    d = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    while True:
        for name in CONFIG_NAMES:
            p = os.path.join(d, name)
            if os.path.isfile(p):
                return p
        if os.path.exists(os.path.join(d, ".git")):
            return None
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def read_raw(path: str, _seen: tuple = ()) -> dict:
    """Read one config file and everything it ``extends`` (merged, this file wins).

    Raises:
        ConfigError: unreadable, invalid YAML, not a mapping, unknown key,
            wrong type, or an ``extends`` cycle.
    """
    apath = os.path.abspath(path)
    if apath in _seen:
        raise ConfigError(f"{path}: extends: cycle ({' -> '.join(_seen + (apath,))})")
    try:
        text = read_limited(path, "config file")
    except YamlError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config file is not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror or exc})") from None
    try:
        raw = load_limited(text, "config") or {}
    except YamlError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: the config must be a mapping of keys (see 'socialcheck init')")
    _validate(path, raw)
    base_dir = os.path.dirname(apath)
    for k in ("known_names", "baseline"):
        if isinstance(raw.get(k), str):
            raw[k] = os.path.join(base_dir, raw[k])
        elif isinstance(raw.get(k), list):
            raw[k] = [os.path.join(base_dir, x) for x in raw[k]]
    model = (raw.get("nlp") or {}).get("model") if isinstance(raw.get("nlp"), dict) else None
    if isinstance(model, str) and (model.startswith((".", "~")) or "/" in model or os.sep in model):
        raw["nlp"] = {**raw["nlp"], "model": os.path.join(base_dir, os.path.expanduser(model))}
    if isinstance(raw.get("media"), dict):
        m = dict(raw["media"])
        for k in ("consent_register", "manifest"):
            if isinstance(m.get(k), str):
                m[k] = os.path.join(base_dir, m[k])
        if isinstance(m.get("logos"), list):
            m["logos"] = [os.path.join(base_dir, x) if isinstance(x, str) else x for x in m["logos"]]
        raw["media"] = m
    if "extends" in raw:
        parent = os.path.join(base_dir, raw["extends"])
        merged = read_raw(parent, _seen + (apath,))
        for k, v in raw.items():
            if k == "extends":
                continue
            if k in ("allow", "organisations", "exclude") and isinstance(merged.get(k), list):
                merged[k] = merged[k] + v
            elif k in ("severity", "per_file_ignores", "nlp", "media") and isinstance(merged.get(k), dict):
                merged[k] = {**merged[k], **v}
            else:
                merged[k] = v
        raw = merged
    return raw


def _validate(path: str, raw: dict) -> None:
    for k, v in raw.items():
        if k not in KEYS:
            raise ConfigError(f"{path}: key '{k}': unknown key (allowed: {', '.join(sorted(KEYS))})")
        typ = KEYS[k][0]
        if v is None:
            continue
        if not isinstance(v, typ) or (typ is int and isinstance(v, bool)):
            names = typ.__name__ if isinstance(typ, type) else " or ".join(t.__name__ for t in typ)
            raise ConfigError(f"{path}: key '{k}': must be of type {names} ({KEYS[k][1]})")
    if raw.get("language") not in (None, *LANGS):
        raise ConfigError(f"{path}: key 'language': must be 'nl' or 'en'")
    for k in ("fail_level", "min_severity"):
        if raw.get(k) is not None:
            try:
                Severity.parse(raw[k])
            except ValueError as exc:
                raise ConfigError(f"{path}: key '{k}': {exc}") from None
    for k in ("select", "ignore"):
        for c in raw.get(k) or []:
            if not isinstance(c, str) or not registry.is_known(c):
                raise ConfigError(f"{path}: key '{k}': unknown check id {c!r}")
    for c, s in (raw.get("severity") or {}).items():
        if not registry.is_known(c):
            raise ConfigError(f"{path}: key 'severity': unknown check id {c!r}")
        try:
            Severity.parse(s)
        except ValueError as exc:
            raise ConfigError(f"{path}: key 'severity.{c}': {exc}") from None
    for g, cs in (raw.get("per_file_ignores") or {}).items():
        if not isinstance(cs, list) or not all(isinstance(c, str) and registry.is_known(c) for c in cs):
            raise ConfigError(f"{path}: key 'per_file_ignores.{g}': must be a list of known check ids")
    for n, item in enumerate(raw.get("allow") or [], 1):
        if isinstance(item, str):
            continue
        if isinstance(item, dict) and set(item) == {"regex"} and isinstance(item["regex"], str):
            try:
                regex.compile(item["regex"])
            except regex.error as exc:
                raise ConfigError(f"{path}: key 'allow[{n}].regex': invalid regular expression ({exc})") from None
            continue
        raise ConfigError(f"{path}: key 'allow[{n}]': must be a string or {{regex: PATTERN}}")
    for k in ("organisations", "exclude"):
        if raw.get(k) is not None and not all(isinstance(x, str) for x in raw[k]):
            raise ConfigError(f"{path}: key '{k}': must be a list of strings")
    if isinstance(raw.get("known_names"), list) and not all(isinstance(x, str) for x in raw["known_names"]):
        raise ConfigError(f"{path}: key 'known_names': must be a file name or a list of file names")
    nlp = raw.get("nlp") or {}
    for k in nlp:
        if k not in ("model",):
            raise ConfigError(f"{path}: key 'nlp.{k}': unknown key (allowed: model)")
    if raw.get("max_file_size") is not None and raw["max_file_size"] <= 0:
        raise ConfigError(f"{path}: key 'max_file_size': must be a positive number of bytes")


def build(raw: dict, path: str | None, overrides: dict | None = None) -> Config:
    """Turn validated raw config (+ CLI overrides, which win) into a :class:`Config`."""
    merged = dict(raw)
    for k, v in (overrides or {}).items():
        if v is not None and v != () and v != []:
            merged[k] = v
    allow_exact, allow_digits, allow_regex = set(), set(), []
    for item in merged.get("allow") or []:
        if isinstance(item, dict):
            allow_regex.append(regex.compile(item["regex"], regex.I))
        else:
            allow_exact.add(normalise_match(item))
            digits = "".join(ch for ch in item if ch.isdigit())
            if len(digits) >= 6 and not any(ch.isalpha() for ch in item.replace("+", "")):
                allow_digits.add(_phone_core(digits))
                allow_digits.add(digits)
    known = merged.get("known_names") or []
    if isinstance(known, str):
        known = [known]
    root = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
    return Config(
        path=path, root=root,
        protocol=merged.get("protocol") or "default",
        language=merged.get("language") or "nl",
        channel=merged.get("channel"),
        school=merged.get("school"),
        organisations=list(merged.get("organisations") or []),
        allow_exact=frozenset(allow_exact), allow_digits=frozenset(allow_digits), allow_regex=tuple(allow_regex),
        select=frozenset(merged.get("select") or ()), ignore=frozenset(merged.get("ignore") or ()),
        severity={c: Severity.parse(s) for c, s in (merged.get("severity") or {}).items()},
        fail_level=Severity.parse(merged.get("fail_level") or "error"),
        min_severity=Severity.parse(merged.get("min_severity") or "info"),
        max_file_size=int(merged.get("max_file_size") or 20 * 1024 * 1024),
        exclude=list(merged.get("exclude") or []),
        per_file_ignores=dict(merged.get("per_file_ignores") or {}),
        known_names=list(known), nlp=dict(merged.get("nlp") or {}),
        conduct_model=merged.get("conduct_model") is not False, media=dict(merged.get("media") or {}),
        baseline=merged.get("baseline"), raw=merged)


class ConfigCache:
    """Finds and caches the effective config per folder.

    Args:
        explicit: ``--config FILE`` (used for every file when given).
        overrides: CLI values that win over any file.
    """

    def __init__(self, explicit: str | None = None, overrides: dict | None = None):
        self.explicit = explicit
        self.overrides = overrides or {}
        self._by_path: dict[str | None, Config] = {}
        self._by_dir: dict[str, str | None] = {}  # folder -> its config file (one lookup per folder)

    def for_file(self, path: str) -> Config:
        """Effective config for ``path`` (``-`` means the current folder).

        Raises:
            ConfigError: the config found is invalid.
        """
        cfg_path = self.explicit
        if not cfg_path:
            start = os.getcwd() if path == "-" else path
            folder = start if os.path.isdir(start) else os.path.dirname(start) or "."
            if folder not in self._by_dir:
                self._by_dir[folder] = find_config(folder)
            cfg_path = self._by_dir[folder]
        if cfg_path not in self._by_path:
            raw = read_raw(cfg_path) if cfg_path else {}
            self._by_path[cfg_path] = build(raw, cfg_path, self.overrides)
        return self._by_path[cfg_path]
