"""Inline suppressions: Markdown/HTML comments and YAML manifest comments.

Markdown and HTML (comments in the source; a comment inside a code block or
code span is an example, not a directive)::

    <!-- socialcheck: disable-next-line person-name,child-age -- toestemming ouders 2024 -->
    <!-- socialcheck: disable person-name -- namen uit het jaarboek, toestemming in map X -->
    ...
    <!-- socialcheck: enable person-name -->

``disable-next-line`` covers the first non-blank source line after the
comment; ``disable`` covers everything from the end of the comment to the
start of the matching ``enable`` (or to the end of the file). ``enable``
without checks closes every open range. A reason after `` -- `` is required
for ``disable`` and ``disable-next-line``.

Problems are findings, not errors, so a page can still be checked:

* ``invalid-suppression`` (error): no reason, no or unknown check id, unknown
  directive, ``enable`` without an open ``disable``. An invalid directive
  suppresses nothing.
* ``unused-suppression`` (warning): a directive (per check) that suppressed
  nothing, as ruff's RUF100. Not reported for checks that are not enabled for
  the file.

Plain-text drafts and Word documents have none: the text is what gets
published; use the config allow-list or a baseline there.

YAML manifests use a line comment, on the line itself or alone on the line
before it: ``# socialcheck: ignore[media-consent,face-count] -- reden``.
:func:`yaml_line_suppressions` parses these; documents of kind ``yaml`` or
``manifest`` get them applied by :func:`apply_suppressions`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import registry
from .model import Category, Finding, Severity, fingerprint

_MARKUP_KINDS = ("markdown", "html")
_YAML_KINDS = ("yaml", "manifest")
_KEYWORD = re.compile(r"\s*socialcheck\s*:", re.I)
_DIRECTIVE = re.compile(r"\s*socialcheck\s*:\s*(?P<verb>[A-Za-z-]+)(?P<rest>.*)\Z", re.I | re.S)
_YAML_COMMENT = re.compile(
    r"(?:^|(?<=\s))#\s*socialcheck\s*:\s*(?P<verb>[A-Za-z-]+)\s*(?:\[(?P<checks>[^\]]*)\])?(?P<rest>.*)$",
    re.I)

_PROBLEMS = {
    "nl": {
        "no_reason": "reden ontbreekt (schrijf '-- reden' na de check)",
        "no_checks": "geen check opgegeven",
        "unknown_check": "onbekende check '{check}'",
        "unknown_verb": "onbekende opdracht '{verb}' (gebruik disable-next-line, disable of enable)",
        "unknown_verb_yaml": "onbekende opdracht '{verb}' (gebruik ignore[CHECK] -- reden)",
        "enable_without_disable": "enable zonder voorafgaande disable voor '{check}'",
        "no_next_line": "er volgt geen regel meer",
    },
    "en": {
        "no_reason": "reason missing (write '-- reason' after the check)",
        "no_checks": "no check given",
        "unknown_check": "unknown check '{check}'",
        "unknown_verb": "unknown directive '{verb}' (use disable-next-line, disable or enable)",
        "unknown_verb_yaml": "unknown directive '{verb}' (use ignore[CHECK] -- reason)",
        "enable_without_disable": "enable without a preceding disable for '{check}'",
        "no_next_line": "no line follows",
    },
}


def _problem(lang: str, key: str, **kw) -> str:
    table = _PROBLEMS.get(lang) or _PROBLEMS["nl"]
    return table[key].format(**kw)


@dataclass
class Directive:
    """One suppression comment in a source file.

    Attributes:
        start, end: source offsets of the whole comment (``end`` exclusive).
        verb: ``disable-next-line``, ``disable``, ``enable`` or ``ignore`` (YAML).
        checks: the check ids it names.
        reason: the text after `` -- `` (may be empty).
        problem: why it is invalid (``None`` when valid).
        ranges: per check, the source ranges ``[(a, b)]`` it covers.
        used: checks that suppressed at least one finding.
    """

    start: int
    end: int
    verb: str
    checks: tuple[str, ...] = ()
    reason: str = ""
    problem: str | None = None
    ranges: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)


# ---------------------------------------------------------------- parsing


def _split_reason(rest: str) -> tuple[str, str]:
    """``" person-name, x -- reason "`` → ``("person-name, x", "reason")``."""
    head, sep, reason = rest.partition("--")
    return head.strip(), reason.strip() if sep else ""


def _parse_checks(head: str) -> list[str]:
    return [c for c in re.split(r"[\s,]+", head.strip()) if c]


def parse_comment(body: str, start: int, end: int, lang: str = "nl") -> Directive | None:
    """Parse the inside of one ``<!-- ... -->`` comment at ``source[start:end]``.

    Returns ``None`` if the comment is not meant for socialcheck, else a
    :class:`Directive` (with ``problem`` set when it is invalid).
    """
    if not _KEYWORD.match(body):
        return None
    m = _DIRECTIVE.match(body)
    if not m:
        return Directive(start, end, "", problem=_problem(lang, "unknown_verb", verb=""))
    verb = m.group("verb").lower()
    head, reason = _split_reason(m.group("rest"))
    checks = tuple(_parse_checks(head))
    d = Directive(start, end, verb, checks, reason)
    if verb not in ("disable-next-line", "disable", "enable"):
        d.problem = _problem(lang, "unknown_verb", verb=m.group("verb"))
    elif not checks and verb != "enable":
        d.problem = _problem(lang, "no_checks")
    elif unknown := [c for c in checks if not registry.is_known(c)]:
        d.problem = _problem(lang, "unknown_check", check=unknown[0])
    elif verb != "enable" and not reason:
        d.problem = _problem(lang, "no_reason")
    return d


def markup_comments(doc) -> list[tuple[int, int, str]]:
    """``(start, end, inner text)`` of every HTML comment in ``doc.source``,
    in source order. In Markdown only comments the parser sees as HTML count
    (not the text of a code block or code span, where a directive is an example)."""
    src = doc.source
    if "<!--" not in src:
        return []
    if doc.kind == "html":
        out = []
        for a, body in doc.meta.get("comments") or ():
            if src.startswith("<!--", a):
                out.append((a, min(a + 4 + len(body) + 3, len(src)), body))
        return out
    return _markdown_comments(src)


def _markdown_comments(src: str) -> list[tuple[int, int, str]]:
    """Comments in HTML blocks and inline HTML of a Markdown source."""
    from .documents.readers import _FRONT_MATTER, _markdown_parser

    m = _FRONT_MATTER.match(src)
    body = re.sub(r"[^\n]", " ", src[:m.end()]) + src[m.end():] if m else src
    line_starts = [0] + [i + 1 for i, ch in enumerate(src) if ch == "\n"] + [len(src)]

    def off(n: int) -> int:
        return line_starts[min(n, len(line_starts) - 1)]

    found: dict[int, tuple[int, int, str]] = {}
    for tok in _markdown_parser().parse(body):
        if tok.type == "html_block" and tok.map:
            lo, hi = off(tok.map[0]), off(tok.map[1])
            pos = lo
            while (a := src.find("<!--", pos, hi)) != -1:
                b = src.find("-->", a + 4, hi)
                if b == -1:
                    break
                found[a] = (a, b + 3, src[a + 4:b])
                pos = b + 3
        elif tok.type == "inline" and tok.map:
            cursor, hi = off(tok.map[0]), off(tok.map[1])
            for c in tok.children or ():
                if c.type == "html_inline" and c.content.startswith("<!--"):
                    a = src.find(c.content, cursor, hi)
                    if a == -1:
                        continue
                    found[a] = (a, a + len(c.content), c.content[4:-3])
                    cursor = a + len(c.content)
    return [found[k] for k in sorted(found)]


def _next_line_range(doc, off: int) -> tuple[int, int] | None:
    """Source range of the first non-blank line after the line holding ``off``."""
    starts = doc.line_starts
    i = bisect.bisect_right(starts, off) - 1
    for j in range(i + 1, len(starts)):
        a = starts[j]
        b = starts[j + 1] if j + 1 < len(starts) else len(doc.source)
        if doc.source[a:b].strip():
            return a, b
    return None


def markup_directives(doc, lang: str = "nl") -> list[Directive]:
    """All socialcheck directives in a Markdown/HTML document, with the
    source ranges each covers per check."""
    directives = [d for a, b, body in markup_comments(doc) if (d := parse_comment(body, a, b, lang))]
    open_ranges: dict[str, Directive] = {}
    for d in directives:
        if d.problem:
            continue
        if d.verb == "disable-next-line":
            rng = _next_line_range(doc, d.end)
            if rng is None:
                d.problem = _problem(lang, "no_next_line")
                continue
            for c in d.checks:
                d.ranges.setdefault(c, []).append(rng)
        elif d.verb == "disable":
            for c in d.checks:
                if c in open_ranges:  # a second disable while open: restart the range here
                    prev = open_ranges[c]
                    prev.ranges[c][-1] = (prev.ranges[c][-1][0], d.start)
                d.ranges.setdefault(c, []).append((d.end, len(doc.source)))
                open_ranges[c] = d
        elif d.verb == "enable":
            for c in d.checks or tuple(open_ranges):
                opener = open_ranges.pop(c, None)
                if opener is None:
                    d.problem = _problem(lang, "enable_without_disable", check=c)
                    break
                opener.ranges[c][-1] = (opener.ranges[c][-1][0], d.start)
    return directives


def yaml_line_suppressions(source: str, problems: list | None = None) -> dict[int, tuple[tuple[str, ...], str]]:
    """Line suppressions in a YAML file (image manifests).

    ``# socialcheck: ignore[CHECK,CHECK] -- reason`` at the end of a line
    covers that line; alone on a line it covers the next line that is neither
    blank nor a comment.

    Args:
        source: the decoded YAML text.
        problems: if given, invalid comments are appended to it as
            ``(line, column, problem_key, detail)`` with ``problem_key`` one of
            ``no_reason``, ``no_checks``, ``unknown_check``, ``unknown_verb_yaml``
            (detail: the check or verb), and are left out of the result.

    Returns:
        ``{line (1-based): (checks, reason)}`` for valid comments only.
    """
    out: dict[int, tuple[tuple[str, ...], str]] = {}
    pending: list[tuple[tuple[str, ...], str]] = []
    for n, line in enumerate(source.splitlines(), 1):
        stripped = line.strip()
        m = _YAML_COMMENT.search(line)
        if m:
            verb = m.group("verb").lower()
            checks = tuple(_parse_checks((m.group("checks") or "").replace(",", " ")))
            _head, reason = _split_reason(m.group("rest"))
            problem = None
            if verb != "ignore":
                problem = ("unknown_verb_yaml", m.group("verb"))
            elif not checks:
                problem = ("no_checks", "")
            elif unknown := [c for c in checks if not registry.is_known(c)]:
                problem = ("unknown_check", unknown[0])
            elif not reason:
                problem = ("no_reason", "")
            if problem:
                if problems is not None:
                    problems.append((n, m.start() + 1, *problem))
            elif stripped.startswith("#"):
                pending.append((checks, reason))
            else:
                out[n] = _merge(out.get(n), (checks, reason))
            if stripped.startswith("#"):
                continue
        if not stripped or stripped.startswith("#"):
            continue
        for p in pending:
            out[n] = _merge(out.get(n), p)
        pending = []
    return out


def _merge(a, b):
    if a is None:
        return b
    return tuple(dict.fromkeys(a[0] + b[0])), "; ".join(x for x in (a[1], b[1]) if x)


def _yaml_directives(doc, lang: str) -> list[Directive]:
    problems: list = []
    table = yaml_line_suppressions(doc.source, problems)
    starts = doc.line_starts
    n_lines = len(starts)

    def line_range(n: int) -> tuple[int, int]:
        a = starts[n - 1]
        return a, (starts[n] if n < n_lines else len(doc.source))

    out = []
    for n, (checks, reason) in sorted(table.items()):
        a, b = line_range(n)
        out.append(Directive(a, b, "ignore", checks, reason, ranges={c: [(a, b)] for c in checks}))
    for n, col, key, detail in problems:
        a, b = line_range(n)
        kw = {"check": detail} if key == "unknown_check" else {"verb": detail}
        out.append(Directive(a + col - 1, b, "ignore", problem=_problem(lang, key, **kw)))
    return out


# ---------------------------------------------------------------- applying


def apply_suppressions(doc, findings: list[Finding], cfg, pack) -> list[Finding]:
    """Drop findings suppressed by comments in ``doc`` and add
    ``invalid-suppression``/``unused-suppression`` findings for the comments.

    Markdown and HTML use ``<!-- socialcheck: ... -->`` comments; documents of
    kind ``yaml``/``manifest`` use :func:`yaml_line_suppressions`; every other
    kind (plain text, Word) is returned unchanged.
    """
    lang = getattr(cfg, "language", "nl")
    if doc.kind in _MARKUP_KINDS:
        directives = markup_directives(doc, lang)
    elif doc.kind in _YAML_KINDS:
        directives = _yaml_directives(doc, lang)
    else:
        return findings
    if not directives:
        return findings
    from .engine import enabled_checks
    enabled = enabled_checks(cfg, pack, doc.path)
    kept = []
    for f in findings:
        if _suppressed(f, directives):
            continue
        kept.append(f)
    for d in directives:
        if d.problem:
            kept.extend(_tool_finding(doc, d, "invalid-suppression", d.problem, cfg, pack, enabled))
            continue
        for c in d.checks:
            if d.verb == "enable" or c in d.used or c not in enabled:
                continue
            kept.extend(_tool_finding(doc, d, "unused-suppression", c, cfg, pack, enabled))
    return kept


def _suppressed(f: Finding, directives: list[Directive]) -> bool:
    if registry.get(f.check).category == Category.TOOL:
        return False
    hit = False
    for d in directives:
        if d.problem:
            continue
        for a, b in d.ranges.get(f.check, ()):
            if a <= f.start < b:
                d.used.add(f.check)
                hit = True
    return hit


def _tool_finding(doc, d: Directive, check: str, detail: str, cfg, pack, enabled) -> list[Finding]:
    """A finding about a suppression comment, honouring ignore/select,
    per-check severity and ``min_severity`` like any other finding. The
    message is the check's title (invalid) or message (unused) plus ``detail``."""
    if check not in enabled:
        return []
    info = registry.get(check)
    sev = cfg.severity.get(check) or pack.severity_for(check) or info.severity
    if sev < cfg.min_severity:
        return []
    lang = cfg.language
    head = info.title.get(lang, info.title["nl"]) if check == "invalid-suppression" else info.message(lang)
    line, col = doc.line_col(d.start)
    end_line, end_col = doc.line_col(d.end)
    text = doc.source[d.start:d.end]
    return [Finding(
        path=doc.path, check=check, category=info.category.value, severity=Severity(sev),
        message=f"{head}: {detail}", line=line, column=col, end_line=end_line,
        end_column=end_col, start=d.start, end=d.end, match=text, scope="comment",
        suggestion=info.suggestion.get(lang, info.suggestion["nl"]),
        protocol_refs=pack.refs_for(check), fingerprint=fingerprint(check, doc.path, text),
        source_line=doc.line_text(line), detector="suppression")]
