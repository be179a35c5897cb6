"""The media scan: images and manifests of one command-line path → findings.

* A folder is walked like the text walk (hidden folders and ``node_modules``
  skipped, folder symlinks not followed). Every folder that holds a
  ``manifest.yaml``/``.yml``/``.csv`` (or the folder given with
  ``--manifest FILE``, or named by ``media.manifest`` in its config) is a
  *media folder*: its manifest is linted and the images in and below it get
  the per-image checks (metadata, location, file name, readability, faces)
  and are compared with the manifest. Images outside media folders are
  skipped by a folder walk, like other files it cannot read.
* An image file named on the command line gets the per-image checks, plus
  the manifest checks of its own entry when its folder has a manifest.
* A manifest file named on the command line is linted on its own (schema,
  consent, approvals, logos, captions); its images are not opened.

Per-image work (metadata and faces) runs in a process pool of ``--jobs``
workers (0 = all cores) and the results are put back in path order, so
output is stable. Findings for an image have the image's path and line 1;
findings derived from the manifest point at the manifest line of the value
they are about. A scan never writes anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import stat
import sys
from dataclasses import dataclass, field

from .. import engine, protocols, registry
from ..config import ConfigError
from ..detectors import run as run_detectors
from ..detectors.base import Context
from ..documents import Document
from ..model import Category, Finding, Severity, Span, normalise_match
from ..roster import RosterError
from . import image_extensions
from .manifest import MANIFEST_NAMES, Entry, Manifest, ManifestError, Value, caption_document, find_manifest, norm_rel
from .settings import MediaConfigError, MediaSettings, media_settings
from .texts import mt

#: Personal-data checks whose detectors run over metadata text.
_PD_CHECKS = frozenset(c.id for c in registry.CHECKS.values() if c.category == Category.PERSONAL_DATA)
#: Words that mark an organisation rather than a person in Artist/Copyright fields.
_ORG_WORDS = ("school", "stichting", "obs", "cbs", "rkbs", "pcbs", "ikc", "kindcentrum", "college", "bv", "b.v.",
              "fotografie", "photography", "studio", "media", "gemeente", "vereniging", "foundation")
_RIGHTS_NOISE = ("©", "(c)", "copyright", "all rights reserved", "alle rechten voorbehouden", "foto:", "photo:")
_ID_LIKE = re.compile(r"^[A-Za-z]{0,4}[-_ ]?\d+$")


@dataclass
class MediaRun:
    """What the media scan of one command-line path produced.

    Attributes:
        findings: media findings (unsorted; the runner sorts).
        errors: one-line input errors (manifest problems, unreadable manifest).
        files: number of images and manifests checked.
        claimed: paths the media scan handled (the text walk must not read them).
        claimed_skips: how many of those the text walk counted as skipped.
    """

    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files: int = 0
    claimed: set[str] = field(default_factory=set)
    claimed_skips: int = 0


@dataclass
class _Group:
    """A media folder: its manifest, config, register and logos."""

    root: str
    manifest_path: str | None
    manifest: Manifest | None = None
    cfg: object = None
    pack: protocols.Pack | None = None
    settings: MediaSettings | None = None
    register: object = None
    logos: object = None
    entries: dict[str, Entry] = field(default_factory=dict)
    known: object = None  # KnownNames of the manifest's people and the register


class _Fatal(Exception):
    """Config, pack, register or logo problem: the run stops with exit 2."""


def scan_path(path: str, cache, opts) -> MediaRun | None:
    """Scan one command-line path (see module docstring).

    Returns:
        A :class:`MediaRun`, or ``None`` if the path holds no image or manifest.

    Raises:
        socialcheck.runner.FatalError: invalid config, ``media:`` settings,
            rule pack, consent register or approved logo.
    """
    from ..runner import FatalError

    try:
        return _Scan(cache, opts).run(path)
    except (_Fatal, ConfigError, MediaConfigError, protocols.PackError, RosterError) as exc:
        raise FatalError(str(exc)) from None


class _Scan:
    """One media scan: groups (media folders) by folder, caches, notices shown."""

    def __init__(self, cache, opts):
        self.cache = cache
        self.opts = opts
        self.out = MediaRun()
        self.groups: dict[str, _Group] = {}
        self._registers: dict = {}
        self._logos: dict = {}
        self._cfgs: dict = {}
        self._enabled: dict = {}
        self._detected: dict = {}
        notices = getattr(opts, "_media_notices", None)
        if notices is None:
            notices = set()
            try:
                opts._media_notices = notices
            except AttributeError:
                pass
        self.notices: set = notices

    # -------------------------------------------------------------- entry
    def run(self, path: str) -> MediaRun | None:
        """Scan ``path`` (see :func:`scan_path`); ``None`` if it holds no image or manifest."""
        exts = image_extensions()
        manifest_opt = self.opts.manifest
        lint_only = False
        only: str | None = None  # an image named on the command line
        if os.path.isdir(path):
            images, group_dirs = self._walk(path)
            if manifest_opt or self._configured_manifest(path):
                group_dirs.add(path)
            # A folder walk reads the images of media folders only (folders with a
            # manifest, and below); other images are skipped, as before.
            images = [img for img in images if _inside_any(img, group_dirs)]
            walked = set(images) | {os.path.join(d, n) for d in group_dirs for n in MANIFEST_NAMES
                                    if os.path.isfile(os.path.join(d, n))}
            if not group_dirs:
                return None
            for d in sorted(group_dirs):
                self._group(d, manifest_path=manifest_opt if manifest_opt and d == path else None)
            self.out.claimed_skips = len(walked)
        else:
            if not os.path.lexists(path):
                return None
            name = os.path.basename(path).lower()
            is_manifest = name in MANIFEST_NAMES or bool(manifest_opt and _same(path, manifest_opt))
            if is_manifest:
                images, lint_only = [], True
                self._group(os.path.dirname(path) or ".", manifest_path=path)
            elif os.path.splitext(name)[1] in exts:
                images, only = [path], path
                d = os.path.dirname(path) or "."
                if manifest_opt or find_manifest(d)[0]:
                    self._group(d, manifest_path=manifest_opt)
            else:
                return None
        self.out.claimed.update(images)
        self.out.claimed.update(g.manifest_path for g in self.groups.values() if g.manifest_path)
        for g in self.groups.values():
            if g.manifest is not None:
                only_rel = norm_rel(os.path.relpath(only, g.root)) if only else None
                self._manifest_findings(g, only_rel)
        if not lint_only:
            self._image_findings(images)
        return self.out

    # -------------------------------------------------------------- walking
    def _walk(self, top: str) -> tuple[list[str], set[str]]:
        from ..runner import _SKIP_DIRS

        exts = image_extensions()
        images: list[str] = []
        group_dirs: set[str] = set()
        for root, dirs, names in os.walk(top, followlinks=False):
            dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
            if any(n in MANIFEST_NAMES for n in names):
                group_dirs.add(root)
            for name in sorted(names):
                if os.path.splitext(name)[1].lower() not in exts:
                    continue
                full = os.path.join(root, name)
                try:
                    if self._cfg(full).excluded(full):
                        continue
                except ConfigError:
                    pass
                images.append(full)
        return images, group_dirs

    # -------------------------------------------------------------- groups
    def _group(self, d: str, manifest_path: str | None = None) -> _Group:
        if d in self.groups:
            return self.groups[d]
        cfg = self._cfg(d, folder=True)
        lang = cfg.language
        settings = media_settings(cfg.raw.get("media"), cfg.path)
        if manifest_path is None:
            manifest_path, second = find_manifest(d)
            if second and ("two", d) not in self.notices:
                self.notices.add(("two", d))
                self._notice(mt(lang, "two_manifests", folder=d, a=os.path.basename(manifest_path),
                                b=os.path.basename(second)))
            if manifest_path is None:
                manifest_path = self._configured_manifest(d)
        g = _Group(root=d, manifest_path=manifest_path, cfg=cfg, settings=settings,
                   pack=protocols.load(cfg.protocol))
        self.groups[d] = g
        if manifest_path:
            self.out.files += 1
            try:
                g.manifest = _load_manifest(manifest_path, d, lang)
            except ManifestError as exc:
                self.out.errors.append(str(exc))
                return g
            self.out.errors.extend(g.manifest.issues)
            for e in g.manifest.entries:
                g.entries[norm_rel(e.file.text)] = e
        if settings.consent_register:
            g.register = self._register(settings, cfg)
        names = [v.text for e in g.entries.values() for v in e.people if not _ID_LIKE.match(v.text.strip())]
        if g.register is not None:
            names += g.register.names()
        if names:
            from .people import KnownNames
            g.known = KnownNames(names)
        return g

    def _configured_manifest(self, d: str) -> str | None:
        """``media.manifest`` of the config that lives in folder ``d`` (it names that folder's manifest)."""
        cfg = self._cfg(d, folder=True)
        if cfg.path and os.path.abspath(os.path.dirname(cfg.path)) == os.path.abspath(d):
            return media_settings(cfg.raw.get("media"), cfg.path).manifest
        return None

    def _register(self, settings: MediaSettings, cfg):
        from .consent import ConsentRegister, RegisterError

        key = (settings.consent_register, tuple(sorted(settings.columns.items())))
        if key not in self._registers:
            try:
                self._registers[key] = ConsentRegister.load(settings.consent_register, settings.columns,
                                                            where=cfg.path or ".socialcheck.yaml")
            except RegisterError as exc:
                raise _Fatal(str(exc)) from None
        return self._registers[key]

    def _approved_logos(self, settings: MediaSettings):
        from .logos import ApprovedLogos, LogoError

        key = (tuple(settings.logos), settings.logo_threshold)
        if key not in self._logos:
            try:
                self._logos[key] = ApprovedLogos.load(settings.logos, settings.logo_threshold,
                                                      settings.max_image_pixels)
            except LogoError as exc:
                raise _Fatal(f"media.logos: {exc}") from None
        return self._logos[key]

    def _cfg(self, path: str, folder: bool = False):
        """The config for a file (or a folder), cached per folder."""
        d = path if folder else (os.path.dirname(path) or ".")
        cfg = self._cfgs.get(d)
        if cfg is None:
            cfg = self._cfgs[d] = self.cache.for_file(path)
        return cfg

    def _checks(self, cfg, pack, path: str) -> frozenset[str]:
        """Enabled checks for ``path`` (cached)."""
        key = (id(cfg), pack.protocol, path)
        if key not in self._enabled:
            self._enabled[key] = engine.enabled_checks(cfg, pack, path)
        return self._enabled[key]

    def _notice(self, text: str) -> None:
        sys.stderr.write(text + "\n")

    # -------------------------------------------------------------- findings helpers
    def _emit(self, doc: Document, start: int, end: int, check: str, g_cfg, pack, path: str,
              variant: str | None = None, detail: str = "", scope: str = "manifest",
              severity: Severity | None = None) -> None:
        if check not in self._checks(g_cfg, pack, path):
            return
        dpack = protocols.load("default") if pack.protocol != "default" else pack
        ctx = Context("", {"organisation": g_cfg.school or pack.organisation})
        f = engine.to_finding(doc, Span(start, end, check, variant=variant, severity=severity), g_cfg, pack, dpack, ctx)
        if f is None:
            return
        msg = f"{f.message} ({detail})" if detail else f.message
        extra = {}
        if doc.source == "" and doc.text:
            # An image has no text lines: show the value found (masked by --redact) as its line.
            shown = doc.text.replace("\n", " ")[:200]
            extra = {"source_line": shown, "end_column": 1 + len(shown)}
        self.out.findings.append(dataclasses.replace(f, message=msg, scope=scope, **extra))

    def _at(self, g: _Group, value: Value, check: str, **kw) -> None:
        self._emit(g.manifest.doc, value.start, value.end, check, g.cfg, g.pack, g.manifest.path, **kw)

    def _on_image(self, path: str, check: str, match: str = "", scope: str = "file", **kw) -> None:
        cfg = self._cfg(path)
        pack = protocols.load(cfg.protocol)
        doc = Document(path=path, source="", text=match)
        self._emit(doc, 0, len(match), check, cfg, pack, path, scope=scope, **kw)

    # -------------------------------------------------------------- manifest checks
    def _manifest_findings(self, g: _Group, only_rel: str | None) -> None:
        m, cfg, pack, lang = g.manifest, g.cfg, g.pack, g.cfg.language
        enabled = self._checks(cfg, pack, m.path)
        need_approval = bool(pack.setting("media-consent", "management_approval", False))
        consent_age = pack.setting("media-consent", "pupil_consent_age", 16)
        for entry in m.entries:
            if only_rel is not None and norm_rel(entry.file.text) != only_rel:
                continue
            self._resolve(g, entry.file)
            if entry.people and ({"media-consent", "consent-unregistered"} & enabled):
                if g.register is not None:
                    self._consent(g, entry, consent_age)
                elif ("register", m.path) not in self.notices:
                    self.notices.add(("register", m.path))
                    self._notice(mt(lang, "no_register", manifest=m.path))
            if need_approval and entry.approval_by is None:
                self._at(g, entry.file, "media-approval")
            if entry.logo is not None:
                self._logo(g, entry, enabled)
            if entry.credit is None:
                self._at(g, entry.file, "image-credit")
            doc = caption_document(m, entry)
            if doc is not None:
                for f in engine.check_document(doc, cfg, pack):
                    self.out.findings.append(f)

    def _resolve(self, g: _Group, value: Value) -> str | None:
        """The file a manifest value names, or ``None`` after reporting why it
        cannot be used (outside the folder: never touched; missing; unreadable)."""
        raw = value.text.strip()
        rel = norm_rel(raw)
        if os.path.isabs(raw) or raw.startswith(("\\", "~")) or (len(raw) > 1 and raw[1] == ":") \
                or rel == ".." or rel.startswith("../") or "/../" in f"/{rel}/":
            self._at(g, value, "invalid-image", variant="outside")
            return None
        full = os.path.join(g.root, *rel.split("/"))
        real_root = os.path.realpath(g.root)
        real = os.path.realpath(full)
        if os.path.commonpath([real_root, real]) != real_root:
            self._at(g, value, "invalid-image", variant="outside")
            return None
        if not os.path.exists(full):
            self._at(g, value, "invalid-image", variant="unreadable" if os.path.lexists(full) else "missing")
            return None
        if not os.path.isfile(full):
            self._at(g, value, "invalid-image", variant="unreadable")
            return None
        return full

    def _consent(self, g: _Group, entry: Entry, consent_age) -> None:
        reg, settings, lang = g.register, g.settings, g.cfg.language
        when = _parse_day(entry.date) or dt.date.today()
        for person in entry.people:
            recs = reg.lookup(person.text)
            if not recs:
                # Always a warning (not the article's severity): the person may be staff
                # whose consent is recorded elsewhere; the register cannot tell.
                self._at(g, person, "consent-unregistered", severity=Severity.WARNING)
                continue
            for ch in entry.channels:
                col = ch.text if ch.text in reg.purposes else settings.purpose_for(ch.text)
                if col not in reg.purposes:
                    self._at(g, person, "media-consent", variant="no-purpose",
                             detail=mt(lang, "detail_purpose", channel=ch.text, purpose=col))
                    continue
                values = {r.consent.get(col, "unknown") for r in recs}
                if "no" in values:
                    self._at(g, person, "media-consent", detail=mt(lang, "detail_channel", channel=ch.text))
                elif "unknown" in values:
                    self._at(g, person, "media-consent", variant="unknown",
                             detail=mt(lang, "detail_channel", channel=ch.text))
            if consent_age:
                for r in recs:
                    age = r.age_on(when)
                    if age is not None and age >= consent_age and r.given_by == "parent":
                        self._at(g, person, "media-consent", variant="own-consent",
                                 detail=mt(lang, "detail_age", age=age, by=mt(lang, "by_parent")))
                        break

    def _logo(self, g: _Group, entry: Entry, enabled: frozenset[str]) -> None:
        lang = g.cfg.language
        if entry.logo_approval_by is None:
            self._at(g, entry.logo, "logo-approval")
        if "logo-design" not in enabled:
            return
        if not g.settings.logos:
            if ("logos", g.manifest.path) not in self.notices:
                self.notices.add(("logos", g.manifest.path))
                self._notice(mt(lang, "no_logos", manifest=g.manifest.path))
            return
        target = self._resolve(g, entry.logo)
        if target is None:
            return
        from .logos import LogoError, logo_hash

        approved = self._approved_logos(g.settings)
        try:
            h = logo_hash(target, g.settings.max_image_pixels)
        except LogoError as exc:
            self._at(g, entry.logo, "invalid-image", variant="corrupt", detail=str(exc).split(": ", 1)[-1])
            return
        best = approved.closest(h)
        if best is not None and best[1] > approved.threshold:
            self._at(g, entry.logo, "logo-design",
                     detail=mt(lang, "detail_logo", logo=best[0], distance=best[1], threshold=approved.threshold))

    # -------------------------------------------------------------- images
    def _group_of(self, image: str) -> _Group | None:
        d = os.path.dirname(image) or "."
        best = None
        for gd, g in self.groups.items():
            if g.manifest_path is None and g.manifest is None:
                continue
            if d == gd or d.startswith(gd.rstrip(os.sep) + os.sep) or gd in ("", "."):
                if best is None or len(gd) > len(best.root):
                    best = g
        return best

    def _image_findings(self, images: list[str]) -> None:
        tasks = []
        plan = []
        want_faces = False
        for img in images:
            g = self._group_of(img)
            entry = None
            rel = None
            if g is not None:
                rel = norm_rel(os.path.relpath(img, g.root))
            if g is not None and g.manifest is not None:
                entry = g.entries.get(rel)
            cfg = self._cfg(img)
            settings = g.settings if g is not None else media_settings(cfg.raw.get("media"), cfg.path)
            pack = protocols.load(cfg.protocol)
            enabled = self._checks(cfg, pack, img)
            problem = self._precheck(img, g)
            faces = entry is not None and settings.faces and "face-count" in enabled
            want_faces = want_faces or (faces and problem is None)
            plan.append((img, g, rel, entry, problem, settings))
            if problem is None:
                tasks.append((img, faces, settings.max_image_pixels))
        if want_faces:
            from .faces import status
            why = status()
            if why is not None:
                if why not in self.notices:
                    self.notices.add(why)
                    self._notice(mt(self._lang(images[0]), why))
                tasks = [(p, False, mp) for p, _f, mp in tasks]
        infos = dict(zip((t[0] for t in tasks), _run_tasks(tasks, self.opts.jobs)))
        self.out.files += len(images)
        for img, g, rel, entry, problem, settings in plan:
            if g is not None and g.manifest is not None and rel not in g.manifest.listed:
                self._on_image(img, "missing-manifest-entry", match=os.path.basename(img), scope="file")
            if problem is not None:
                self._on_image(img, "invalid-image", variant=problem[0], detail=problem[1])
                continue
            info = infos[img]
            self._from_info(img, info, g, entry)

    def _precheck(self, img: str, g: _Group | None) -> tuple[str, str] | None:
        """Problems found without opening the image: symlink loops and links out of the scanned folder."""
        if os.path.islink(img):
            root = g.root if g is not None else None
            if root is None:
                for p in self.opts.paths:
                    if os.path.isdir(p) and (img.startswith(p.rstrip(os.sep) + os.sep)):
                        root = p
                        break
            if root is not None:
                real_root, real = os.path.realpath(root), os.path.realpath(img)
                if os.path.commonpath([real_root, real]) != real_root:
                    return ("link-outside", os.readlink(img))
        try:
            st = os.stat(img)
        except OSError as exc:
            return ("unreadable", exc.strerror or type(exc).__name__)
        if not stat.S_ISREG(st.st_mode):
            return ("unreadable", "not a regular file")
        return None

    def _lang(self, path: str) -> str:
        """Language for notices: ``--lang``, else the config of ``path``."""
        return self.opts.lang or self._cfg(path).language

    def _from_info(self, img: str, info, g: _Group | None, entry: Entry | None) -> None:
        cfg = self._cfg(img)
        lang = cfg.language
        if info.problem is not None:
            detail = mt(lang, "detail_tail") if info.detail == "tail" else info.detail
            self._on_image(img, "invalid-image", variant=info.problem, detail=detail)
            if info.problem != "truncated":
                return
        if info.metadata_problems:
            self._on_image(img, "invalid-image", variant="metadata", detail=", ".join(info.metadata_problems))
        if info.gps is not None:
            lat, lon, label = info.gps
            self._on_image(img, "image-location", match=f"{lat:.5f}, {lon:.5f}", scope="metadata",
                           detail=label)
        if info.fields:
            self._metadata(img, info.fields, cfg, g)
        stem = os.path.splitext(os.path.basename(img))[0]
        if "image-filename" in self._checks(cfg, protocols.load(cfg.protocol), img):
            from .filenames import name_spans
            rosters = [g.known if g is not None else None]
            if cfg.known_names:
                rosters.append(engine._roster(tuple(cfg.known_names)))
            for s, e in name_spans(stem, rosters):
                self._on_image(img, "image-filename", match=stem[s:e], scope="filename")
        if entry is not None and info.faces is not None and info.faces > len(entry.people):
            self._on_image(img, "face-count", match=os.path.basename(img), scope="file",
                           detail=mt(lang, "detail_faces", faces=info.faces, people=len(entry.people)))

    def _metadata(self, img: str, fields: list[tuple[str, str, str]], cfg, g: _Group | None) -> None:
        pack = protocols.load(cfg.protocol)
        if "image-metadata" not in self._checks(cfg, pack, img):
            return
        lang = cfg.language
        hits: dict[tuple[str, str | None, str], tuple[str, list[str]]] = {}
        orgs = [o.lower() for o in (*pack.organisations, *cfg.organisations, *([cfg.school] if cfg.school else []))]
        for label, kind, value in fields:
            if kind == "device":
                key = ("device", None, normalise_match(value))
                hits.setdefault(key, (value, []))[1].append(label)
                continue
            for check, variant, match in self._detect(value, kind, cfg, pack, g, orgs, img):
                key = (check, variant, normalise_match(match))
                hits.setdefault(key, (match, []))[1].append(label)
        for (check, variant, _norm), (match, labels) in hits.items():
            labels = ", ".join(dict.fromkeys(labels))
            if check == "device":
                self._on_image(img, "image-metadata", match=match, scope="metadata", variant="device",
                               detail=labels, severity=Severity.WARNING)
            else:
                what = registry.get(check).message(lang, variant)
                self._on_image(img, "image-metadata", match=match, scope="metadata",
                               detail=f"{what[:1].lower()}{what[1:]}: {labels}")


    def _detect(self, value: str, kind: str, cfg, pack, g: _Group | None, orgs: list[str], img: str
                ) -> list[tuple[str, str | None, str]]:
        """Personal data in one metadata value: ``(check, variant, match)``; cached
        per value, because a photographer's batch repeats the same Artist and owner."""
        key = (value, kind, id(cfg), id(g))
        if key in self._detected:
            return self._detected[key]
        doc = Document(path=img, source=value, text=value)
        ctx = engine.make_context(doc, cfg, pack)
        spans = run_detectors(ctx, _PD_CHECKS)
        whole: list[Span] = []  # names that should win over a shorter detector hit inside them
        if g is not None and g.known:
            whole += [Span(a, b, "person-name", 0.99, "known", "roster") for a, b in g.known.find(value)]
        if kind in ("person", "rights"):
            name = _person_value(value, kind, orgs)
            start = value.find(name) if name else -1
            if start != -1:
                whole.append(Span(start, start + len(name), "person-name"))
        for w in whole:
            if any((s.start, s.end) == (w.start, w.end) for s in spans):
                continue
            inside = [s for s in spans if s.check == "person-name" and w.start <= s.start and s.end <= w.end]
            others = [s for s in spans if s not in inside and s.start < w.end and w.start < s.end]
            if not others:
                spans = [s for s in spans if s not in inside] + [w]
        spans = [s for s in spans if not cfg.is_allowed(value[s.start:s.end])]
        out = [(s.check, s.variant, value[s.start:s.end]) for s in spans]
        self._detected[key] = out
        return out


# ------------------------------------------------------------------ helpers


def _load_manifest(path: str, folder: str, lang: str) -> Manifest:
    from .manifest import load
    return load(path, folder=folder, lang=lang)


def _inside_any(path: str, folders: set[str]) -> bool:
    """True if ``path`` lies in one of ``folders`` or below it (paths as the walk joined them)."""
    d = os.path.dirname(path)
    return any(d == f or d.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def _same(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _parse_day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _person_value(value: str, kind: str, orgs: list[str]) -> str | None:
    """The person's name in an Artist/Creator/Copyright value, or ``None`` if
    it names an organisation or holds no name at all."""
    v = value
    if kind == "rights":
        low = v.lower()
        for noise in _RIGHTS_NOISE:
            i = low.find(noise)
            while i != -1:
                v = v[:i] + " " * len(noise) + v[i + len(noise):]
                low = v.lower()
                i = low.find(noise)
        v = re.sub(r"\b(19|20)\d\d\b", " ", v)
    v = " ".join(v.strip(" .,;:-").split())
    if sum(ch.isalpha() for ch in v) < 2 or re.search(r"[@\d/\\:<>]", v):
        return None  # not a bare name: the detectors judge it
    low = v.lower()
    words = set(re.findall(r"[\w.]+", low))
    if any(o and re.search(rf"(?<!\w){re.escape(o)}(?!\w)", low) for o in orgs) or words & set(_ORG_WORDS):
        return None
    return v


# ------------------------------------------------------------------ process pool

#: With ``--jobs 0`` (the default) and no face counting, below this many images
#: the scan runs in one process.
POOL_MIN_METADATA = 500


def _inspect_task(task):
    from .metadata import inspect_image
    path, faces, max_pixels = task
    return inspect_image(path, faces, max_pixels)


def _worker_init() -> None:
    try:
        import pillow_heif  # optional HEIC/HEIF support
        pillow_heif.register_heif_opener()
    except ImportError:
        pass


def _run_tasks(tasks: list, jobs: int) -> list:
    """Run :func:`_inspect_task` over ``tasks`` (in a pool when it pays off),
    with a progress bar on a terminal; results in task order."""
    if not tasks:
        return []
    _worker_init()
    from .metadata import preload
    preload()  # imported once here, inherited by forked workers
    n = jobs if jobs and jobs > 0 else (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                                        else os.cpu_count() or 1)
    n = max(1, min(n, len(tasks)))
    # Reading metadata takes well under a millisecond per image, less than the
    # pool's start-up and messages cost for small folders; faces take ~0.1 s.
    # --jobs N (N > 1) always uses N workers; the default (0) decides by the work.
    counting_faces = any(t[1] for t in tasks)
    use_pool = n > 1 and (jobs > 1 or (counting_faces and len(tasks) >= 2) or len(tasks) >= POOL_MIN_METADATA)
    progress = None
    if sys.stderr.isatty() and len(tasks) > 1:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
        progress = Progress(TextColumn("socialcheck"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
    results = []
    if use_pool:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        chunk = max(1, min(16, len(tasks) // (n * 8) or 1))
        from concurrent.futures.process import BrokenProcessPool

        try:
            with ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_worker_init) as ex:
                it = ex.map(_inspect_task, tasks, chunksize=chunk)
                results = _collect(it, progress, len(tasks))
        except BrokenProcessPool:
            raise _Fatal("a worker process stopped while reading images (a crash in an image library); "
                         "run with --jobs 1 to see which file") from None
    else:
        results = _collect(map(_inspect_task, tasks), progress, len(tasks))
    return results


def _collect(it, progress, total: int) -> list:
    if progress is None:
        return list(it)
    out = []
    with progress:
        bar = progress.add_task("images", total=total)
        for r in it:
            out.append(r)
            progress.advance(bar)
    return out
