"""Protocol packs (``rules/*.yaml``): loading, strict validation, lookup.

A pack maps check ids to the articles of one foundation's social-media
protocol. The engine knows checks; the packs know protocols. Every article of
the protocol is listed; articles no program can check have ``checks: []`` and
a one-line ``reason``. See ``rules/README.md`` for the schema.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field

from . import registry
from .model import ProtocolRef, Severity
from .yamlsafe import YamlError, load_limited, read_limited

PACK_KEYS = {"protocol", "title", "organisation", "organisations", "adopted", "source", "numbering",
             "official_channels", "settings", "articles"}
REQUIRED_PACK_KEYS = {"protocol", "title", "articles"}
ARTICLE_KEYS = {"article", "title", "summary", "checks", "severity", "reason"}
CHANNELS = frozenset(
    "parro social-schools parnassys website email ouderportaal parent-group-app newsletter facebook instagram "
    "linkedin x tiktok whatsapp youtube snapchat blog class-page".split())
SETTINGS_SCHEMA: dict[str, dict[str, type | tuple]] = {
    "opinion-disclaimer": {"mode": str},
    "role-disclosure": {"require_function": bool, "require_school": bool, "require_org": bool},
    "pupil-contact": {"include_parents": bool, "exceptions": list, "pupil_matters": bool},
    "media-consent": {"pupil_consent_age": int, "management_approval": bool},
    "official-channel": {"no_pupil_whatsapp": bool},
}
OPINION_MODES = ("disclaimer", "capacity", "speak-for-self")


class PackError(ValueError):
    """A rule pack is invalid. ``str()`` is one line naming the file and key."""


@dataclass(frozen=True)
class Article:
    """One article of a protocol (source: the protocol document the pack cites)."""

    article: str
    title: str
    summary: str
    checks: tuple[str, ...]
    severity: Severity | None = None
    reason: str = ""


@dataclass
class Pack:
    """A loaded, validated protocol pack."""

    protocol: str
    title: str
    path: str
    organisation: str = ""
    organisations: tuple[str, ...] = ()
    adopted: str | None = None
    source: str = ""
    numbering: str = ""
    official_channels: tuple[str, ...] = ()
    settings: dict = field(default_factory=dict)
    articles: tuple[Article, ...] = ()

    def articles_for(self, check: str) -> list[Article]:
        """Articles of this pack that the check maps to (may be empty)."""
        return [a for a in self.articles if check in a.checks]

    def refs_for(self, check: str) -> tuple[ProtocolRef, ...]:
        """Protocol references for findings of ``check``."""
        return tuple(ProtocolRef(self.protocol, a.article, a.summary, a.title) for a in self.articles_for(check))

    def severity_for(self, check: str) -> Severity | None:
        """The highest severity any mapped article sets for ``check`` (or ``None``)."""
        sev = [a.severity for a in self.articles_for(check) if a.severity is not None]
        return max(sev) if sev else None

    def setting(self, check: str, key: str, default=None):
        """A per-check option from the pack's ``settings`` block."""
        return self.settings.get(check, {}).get(key, default)

    @property
    def mapped_checks(self) -> frozenset[str]:
        """All check ids that at least one article maps to (made once per ``articles`` tuple)."""
        cached = self.__dict__.get("_mapped")
        if cached is None or cached[0] is not self.articles:
            cached = self.__dict__["_mapped"] = (self.articles, frozenset(c for a in self.articles for c in a.checks))
        return cached[1]


def rules_dirs() -> list[str]:
    """Where packs are looked up: the installed package data
    (``socialcheck/rules``), then the source checkout's ``rules/``."""
    here = os.path.dirname(os.path.abspath(__file__))
    return [d for d in (os.path.join(here, "rules"), os.path.join(os.path.dirname(here), "rules")) if os.path.isdir(d)]


def available() -> list[str]:
    """Names of the packs that ship with socialcheck, sorted."""
    names = set()
    for d in rules_dirs():
        names.update(f[:-5] for f in os.listdir(d) if f.endswith(".yaml"))
    return sorted(names)


def _pack_path(name: str) -> str:
    if name.endswith((".yaml", ".yml")) or os.sep in name or "/" in name:
        return name
    for d in rules_dirs():
        p = os.path.join(d, name + ".yaml")
        if os.path.isfile(p):
            return p
    raise PackError(f"unknown protocol '{name}' (available: {', '.join(available())})")


@functools.cache
def load(name: str) -> Pack:
    """Load and validate a pack by name (``lithora``) or path (``my.yaml``).

    Raises:
        PackError: unknown name, unreadable file, invalid YAML, unknown key,
            unknown check id or wrong type; the message names file and key.
    """
    path = _pack_path(name)
    try:
        text = read_limited(path, "rule pack")
    except YamlError as exc:
        raise PackError(f"{path}: {exc}") from None
    except FileNotFoundError:
        raise PackError(f"{path}: rule pack not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: cannot read rule pack ({exc})") from None
    try:
        raw = load_limited(text, "rule pack")
    except YamlError as exc:
        raise PackError(f"{path}: {exc}") from None
    return validate(raw, path)


def _err(path: str, where: str, problem: str) -> PackError:
    return PackError(f"{path}: {where}: {problem}")


def validate(raw, path: str) -> Pack:
    """Validate a parsed pack (see module docstring). Returns a :class:`Pack`.

    Raises:
        PackError: first problem found, naming ``path`` and the key.
    """
    if not isinstance(raw, dict):
        raise PackError(f"{path}: a rule pack must be a mapping with keys {sorted(REQUIRED_PACK_KEYS)}")
    for k in raw:
        if k not in PACK_KEYS:
            raise _err(path, f"key '{k}'", f"unknown key (allowed: {', '.join(sorted(PACK_KEYS))})")
    for k in REQUIRED_PACK_KEYS:
        if k not in raw:
            raise _err(path, f"key '{k}'", "missing")
    for k in ("protocol", "title", "organisation", "source", "numbering"):
        if k in raw and raw[k] is not None and not isinstance(raw[k], str):
            raise _err(path, f"key '{k}'", "must be a string")
    if "adopted" in raw and raw["adopted"] is not None and not isinstance(raw["adopted"], str):
        raise _err(path, "key 'adopted'", "must be a quoted date string or null")
    orgs = raw.get("organisations") or []
    if not isinstance(orgs, list) or not all(isinstance(o, str) for o in orgs):
        raise _err(path, "key 'organisations'", "must be a list of strings")
    chans = raw.get("official_channels") or []
    if not isinstance(chans, list) or not all(isinstance(c, str) for c in chans):
        raise _err(path, "key 'official_channels'", "must be a list of channel ids")
    for c in chans:
        if c not in CHANNELS:
            raise _err(path, "key 'official_channels'", f"unknown channel '{c}' (known: {', '.join(sorted(CHANNELS))})")
    settings = raw.get("settings") or {}
    if not isinstance(settings, dict):
        raise _err(path, "key 'settings'", "must be a mapping of check id to options")
    for check, opts in settings.items():
        if check not in SETTINGS_SCHEMA:
            raise _err(path, f"settings.{check}", f"no settings for this check (allowed: {', '.join(SETTINGS_SCHEMA)})")
        if not isinstance(opts, dict):
            raise _err(path, f"settings.{check}", "must be a mapping")
        for key, value in opts.items():
            typ = SETTINGS_SCHEMA[check].get(key)
            if typ is None:
                raise _err(path, f"settings.{check}.{key}", "unknown option")
            if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
                raise _err(path, f"settings.{check}.{key}", f"must be of type {typ.__name__}")
        mode = opts.get("mode")
        if check == "opinion-disclaimer" and mode is not None and mode not in OPINION_MODES:
            raise _err(path, "settings.opinion-disclaimer.mode", f"must be one of {', '.join(OPINION_MODES)}")
    arts = raw["articles"]
    if not isinstance(arts, list):
        raise _err(path, "key 'articles'", "must be a list")
    seen: set[str] = set()
    articles = []
    for n, a in enumerate(arts, 1):
        where = f"articles[{n}]"
        if not isinstance(a, dict):
            raise _err(path, where, "must be a mapping")
        for k in a:
            if k not in ARTICLE_KEYS:
                raise _err(path, f"{where}.{k}", f"unknown key (allowed: {', '.join(sorted(ARTICLE_KEYS))})")
        art = a.get("article")
        if isinstance(art, (int, float)) and not isinstance(art, bool):
            art = str(art)
        if not isinstance(art, str) or not art:
            raise _err(path, f"{where}.article", "missing or not a string")
        where = f"article {art}"
        if art in seen:
            raise _err(path, where, "duplicate article id")
        seen.add(art)
        for k in ("title", "summary"):
            if not isinstance(a.get(k), str) or not a[k].strip():
                raise _err(path, f"{where}.{k}", "missing or not a string")
        checks = a.get("checks")
        if not isinstance(checks, list) or not all(isinstance(c, str) for c in checks):
            raise _err(path, f"{where}.checks", "must be a list of check ids")
        for c in checks:
            if not registry.is_known(c):
                raise _err(path, f"{where}.checks", f"unknown check id '{c}'")
        if not checks and not (isinstance(a.get("reason"), str) and a["reason"].strip()):
            raise _err(path, f"{where}.reason", "required when checks is empty (why no program can check it)")
        sev = a.get("severity")
        if sev is not None:
            try:
                sev = Severity.parse(sev)
            except ValueError as exc:
                raise _err(path, f"{where}.severity", str(exc)) from None
        articles.append(Article(art, a["title"].strip(), a["summary"].strip(), tuple(checks), sev,
                                (a.get("reason") or "").strip()))
    return Pack(
        protocol=raw["protocol"], title=raw["title"], path=path,
        organisation=raw.get("organisation") or "", organisations=tuple(orgs),
        adopted=raw.get("adopted"), source=raw.get("source") or "", numbering=raw.get("numbering") or "",
        official_channels=tuple(chans), settings=settings, articles=tuple(articles))
