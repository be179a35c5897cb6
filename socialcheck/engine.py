"""From a :class:`Document` and a :class:`Config` to findings.

Order: detectors and checks produce spans over the reader text → spans become
findings at source positions, with message, protocol articles and suggestion
→ filters: select/ignore, severity threshold, allow-list, inline suppressions.
(The baseline is applied by the caller, over all files.)
"""

from __future__ import annotations

import functools
import operator
from bisect import bisect_right
from typing import Any

from . import detectors, protocols, registry
from .config import Config
from .detectors.base import Context
from .documents import Document
from .model import Category, Finding, Severity, Span, fingerprinter


@functools.cache
def _roster(paths: tuple[str, ...]):
    from .roster import Roster
    return Roster.from_files(list(paths))


def enabled_checks(cfg: Config, pack: protocols.Pack, path: str) -> frozenset[str]:
    """Checks that run for ``path``: personal-data, media and tool checks
    always (unless ignored); conduct checks only where the pack maps them to
    an article; then ``select``/``ignore``/``per_file_ignores``."""
    out = set(_NOT_CONDUCT)
    out.update(_CONDUCT & pack.mapped_checks)
    if cfg.select:
        out &= cfg.select
    out -= cfg.ignore
    out -= cfg.ignored_for(path)
    return frozenset(out)


#: The conduct checks of the catalogue, and all its other checks (the catalogue is fixed at import).
_CONDUCT = frozenset(c.id for c in registry.CHECKS.values() if c.category == Category.CONDUCT)
_NOT_CONDUCT = frozenset(registry.CHECKS).difference(_CONDUCT)


def make_context(doc: Document, cfg: Config, pack: protocols.Pack) -> Context:
    """Detector context for ``doc``: roster, organisation names, channel, pack settings."""
    fm = doc.meta.get("front_matter") or {}
    channel = cfg.raw.get("_cli_channel") or (fm.get("channel") if isinstance(fm.get("channel"), str) else None) \
        or cfg.channel
    opts: dict[str, Any] = {
        "organisations": tuple(dict.fromkeys([*pack.organisations, *cfg.organisations,
                                              *([cfg.school] if cfg.school else [])])),
        "organisation": cfg.school or pack.organisation,
        "channel": channel.lower() if isinstance(channel, str) else None,
        "pack": pack,
        "doc": doc,
        "lang": cfg.language,
        "conduct_model": cfg.conduct_model,
    }
    if cfg.known_names:
        opts["roster"] = _roster(tuple(cfg.known_names))
    if cfg.nlp.get("model"):
        from .spacy_support import person_detector
        det = person_detector(cfg.nlp["model"])
        if det is not None:
            opts["extra_detectors"] = (det,)
    return Context(doc.text, opts)


def check_document(doc: Document, cfg: Config, pack: protocols.Pack | None = None) -> list[Finding]:
    """All findings for one document, filtered by config and sorted by position.

    Raises:
        protocols.PackError: the configured pack is invalid.
        roster.RosterError: a ``known_names`` file cannot be read.
    """
    pack = pack or protocols.load(cfg.protocol)
    enabled = enabled_checks(cfg, pack, doc.path)
    ctx = make_context(doc, cfg, pack)
    spans = detectors.run(ctx, enabled)  # already resolved: no two overlap
    from .checks import run_checks
    spans = spans + run_checks(ctx, enabled)
    default_pack = protocols.load("default") if pack.protocol != "default" else pack
    findings = to_findings(doc, spans, cfg, pack, default_pack, ctx)
    findings = _drop_link_echoes(findings)
    from .suppress import apply_suppressions
    findings = apply_suppressions(doc, findings, cfg, pack)
    findings.sort(key=_SORT_KEY)
    return findings


#: ``Finding.sort_key`` as one C call per finding.
_SORT_KEY = operator.attrgetter("path", "start", "end", "check")


_ECHO_CHECKS = frozenset({"email-address", "phone-number", "social-handle"})


def _drop_link_echoes(findings: list[Finding]) -> list[Finding]:
    """A ``mailto:``/``tel:`` target that repeats the visible link text is one
    finding, not two: drop the link-target copy. Only contact checks can echo
    (a name said twice on one line is two findings)."""
    contact = [f for f in findings if f.check in _ECHO_CHECKS]
    if len(contact) < 2:
        return findings
    # The echoes are found among the contact findings in order of position; the first of each
    # kind is kept. The findings are returned in their order otherwise (the caller sorts them by
    # position, stably: two findings never tie in that order unless they are of one check at one
    # place, and so echoes of which one is left).
    seen: set = set()
    echoes: set[int] = set()
    for f in sorted(contact, key=_LINE_START):
        key = (f.check, f.line, _norm_contact(f.match))
        if key in seen:
            echoes.add(id(f))
        else:
            seen.add(key)
    if not echoes:
        return findings
    return [f for f in findings if id(f) not in echoes]


_LINE_START = operator.attrgetter("line", "start")


def _norm_contact(match: str) -> str:
    """What two contact findings on one line share when one echoes the other: the digits of a
    match without "@" that has six or more, else the case-folded match."""
    if "@" in match:
        return match.casefold()
    digits = "".join([ch for ch in match if ch.isdigit()])
    return digits if len(digits) >= 6 else match.casefold()


def to_finding(doc: Document, span: Span, cfg: Config, pack: protocols.Pack,
               default_pack: protocols.Pack, ctx: Context, memo: dict | None = None) -> Finding | None:
    """Turn one span into a finding, or ``None`` if filtered (allow-list, threshold).

    ``memo``: see :func:`to_findings`, which this calls with the one span.
    """
    found = to_findings(doc, (span,), cfg, pack, default_pack, ctx, memo)
    return found[0] if found else None


def to_findings(doc: Document, spans, cfg: Config, pack: protocols.Pack,
                default_pack: protocols.Pack, ctx: Context, memo: dict | None = None) -> list[Finding]:
    """Turn spans (an iterable of :class:`Span` over ``doc.text``) into
    findings, in the same order, leaving out those filtered (allow-list,
    severity threshold).

    ``memo``: a dict the caller keeps while it converts the spans of one
    document with the same ``cfg``, packs and ``ctx`` (one is made per call
    without it); the fingerprint's hash of check and path is then made once
    per check instead of once per span, a fingerprint once per check and
    match, a source line once per line. (What depends only on the check, the
    packs, the language and the organisation is shared between documents
    anyway: see :func:`_check_facts`.)
    """
    if memo is None:
        memo = {}
    lines = memo.get(_LINES)
    if lines is None:
        lines = memo[_LINES] = {}
    path, source, text, pieces = doc.path, doc.source, doc.text, doc.pieces
    n = len(source)
    allow, severity, min_severity = cfg.has_allow_list, cfg.severity, cfg.min_severity
    out: list[Finding] = []
    line_starts: list[int] = doc.line_starts
    n_lines = len(line_starts)
    # A source line is the slice between two line starts, as ``Document.line_text`` cuts it
    # (inlined below), unless a subclass cuts it otherwise (a Word document's paragraph).
    own_lines = type(doc).line_text is not Document.line_text
    i = 0  # the line of the last span (a line index)
    for span in spans:
        check = span.check
        entry = memo.get(check)
        if entry is None:
            fingerprints: dict[str, str] = {}
            entry = memo[check] = (_check_facts(check, cfg, pack, default_pack, ctx), fingerprinter(check, path),
                                   fingerprints)
        facts, fingerprint_of, fingerprints = entry
        t0: int = span.start
        t1: int = span.end
        s, e = t0, t1
        if pieces is None:          # plain text: the identity map (Document.to_source, inlined)
            if not 0 <= s <= n or not 0 <= e <= n:   # (a span outside the text: clamped to it)
                s, e = max(0, min(s, n)), max(0, min(e, n))
        else:
            s, e = doc.to_source(s, e)
        match = source[s:e] if e > s else text[t0:t1]
        if facts.personal and allow:
            text_match = text[t0:t1]
            if cfg.is_allowed(text_match) or cfg.is_allowed(match):
                continue
        if check in severity:
            sev = severity[check]
        elif span.severity is not None:
            sev = span.severity
        else:
            sev = facts.severity
        if sev < min_severity:
            continue
        # the line holding s, bisect_right(line_starts, s) - 1; looked for from the last span's line on when
        # it is at most a few lines further (usually: the spans are mostly sorted, and close together)
        if line_starts[i] > s or i + 4 < n_lines and line_starts[i + 4] <= s:
            i = bisect_right(line_starts, s) - 1
        else:
            while i + 1 < n_lines and line_starts[i + 1] <= s:
                i += 1
        a = line_starts[i]
        # doc.span_lines(s, e), inlined for the usual span on one line
        if a <= e and (i + 1 == n_lines or e < line_starts[i + 1]):
            line, col, end_line, end_col = i + 1, s - a + 1, i + 1, e - a + 1
        else:
            line, col, end_line, end_col = doc.span_lines(s, e)
        variant = span.variant
        message = facts.messages.get(variant)
        if message is None:
            message = facts.messages[variant] = facts.info.message(cfg.language, variant)
        fingerprint = fingerprints.get(match)
        if fingerprint is None:
            fingerprint = fingerprints[match] = fingerprint_of(match)
        source_line = lines.get(line)
        if source_line is None:
            if own_lines:
                source_line = doc.line_text(line)
            else:               # Document.line_text, inlined
                b = line_starts[line] - 1 if line < n_lines else len(source)
                source_line = source[line_starts[line - 1]:b].rstrip("\r")
            lines[line] = source_line
        # (positional: the fields in their order, see Finding)
        out.append(Finding(path, check, facts.category, sev, message, line, col, end_line, end_col, s, e, match,
                           doc.scope_at(t0) if pieces else "text", span.score, facts.suggestion,
                           facts.refs, fingerprint, variant, source_line, span.detector))
    return out


#: Key of the per-document cache of source lines in ``to_findings``' ``memo`` (not a check id).
_LINES = 0


class _CheckFacts:
    """What every finding of one check shares for given packs, language and
    organisation: the catalogue entry, its category, the protocol references,
    the severity from the pack or the catalogue, the suggestion and the
    messages per variant (filled as they are used)."""

    __slots__ = ("info", "category", "personal", "refs", "severity", "suggestion", "messages")

    def __init__(self, check: str, lang: str, pack: protocols.Pack, default_pack: protocols.Pack,
                 org: str) -> None:
        info = self.info = registry.get(check)
        self.category = info.category.value
        self.personal = info.category == Category.PERSONAL_DATA
        refs = pack.refs_for(check)
        if not refs and pack is not default_pack:
            refs = default_pack.refs_for(check)
        self.refs = refs
        self.severity = pack.severity_for(check) or info.severity
        channels = ", ".join(pack.official_channels) or ("de officiële kanalen van school" if lang == "nl"
                                                         else "the school's official channels")
        suggestion = info.suggestion.get(lang, info.suggestion["nl"])
        try:
            suggestion = suggestion.format(organisation=org, channels=channels)
        except (KeyError, IndexError):
            pass
        self.suggestion = suggestion
        self.messages: dict[str | None, str] = {}


#: (check, id(pack), id(default pack), language, organisation) -> (pack, default pack, facts);
#: the packs are kept in the entry, so their ids cannot be reused while it exists.
_FACTS: dict[tuple, tuple] = {}


def _check_facts(check: str, cfg: Config, pack: protocols.Pack, default_pack: protocols.Pack,
                 ctx: Context) -> _CheckFacts:
    """The :class:`_CheckFacts` of ``check`` (made once per check, packs,
    language and organisation)."""
    org = ctx.options.get("organisation") or "de school"
    key = (check, id(pack), id(default_pack), cfg.language, org)
    hit = _FACTS.get(key)
    if hit is None or hit[0] is not pack or hit[1] is not default_pack:
        if len(_FACTS) > 512:
            _FACTS.clear()
        hit = _FACTS[key] = (pack, default_pack, _CheckFacts(check, cfg.language, pack, default_pack, org))
    return hit[2]


def exit_code(findings: list[Finding], fail_level: Severity) -> int:
    """``1`` if any finding is at or above ``fail_level``, else ``0``."""
    return 1 if any(f.severity >= fail_level for f in findings) else 0
