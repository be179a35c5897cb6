"""Output formats: ``rich`` (terminal), ``json``, ``parsable`` (and more added
by later modules). A reporter is ``report(result, out, lang, redact)`` writing
text to the file object ``out``.

``result`` is a :class:`Result`: findings sorted by path and position, plus
counts for the summary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..i18n import t
from ..model import Finding, Severity, redact_text


@dataclass
class Result:
    """Everything a reporter needs.

    Attributes:
        findings: sorted findings.
        files: number of files checked.
        skipped: number of files skipped (binary/unsupported) in folder walks.
        errors: one-line input errors for files that could not be checked in a
            folder walk (the CLI exits 2 if there are any).
    """

    findings: list[Finding]
    files: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        """Counts by severity and by check, for JSON and the terminal."""
        by_sev = {s.label: 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
        by_check: dict[str, int] = {}
        for f in self.findings:
            by_sev[f.severity.label] += 1
            by_check[f.check] = by_check.get(f.check, 0) + 1
        return {"files": self.files, "skipped": self.skipped, "findings": len(self.findings),
                "by_severity": by_sev, "by_check": dict(sorted(by_check.items())),
                "input_errors": len(self.errors)}


def report_json(result: Result, out, lang: str, redact: bool) -> None:
    """``{"version": 1, "findings": [...], "summary": {...}}`` (stable field names)."""
    doc = {"version": 1, "findings": [f.as_dict(redact) for f in result.findings], "summary": result.summary()}
    if result.errors:
        doc["errors"] = result.errors
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")


def report_parsable(result: Result, out, lang: str, redact: bool) -> None:
    """One line per finding: ``path:line:col: severity check message``."""
    for f in result.findings:
        out.write(f"{f.path}:{f.line}:{f.column}: {f.severity.label} {f.check} {f.message}\n")


def report_rich(result: Result, out, lang: str, redact: bool, color: bool | None = None) -> None:
    """Findings grouped per file: position, severity, check, message, the
    source line with the span underlined, protocol articles and a suggestion."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=True,
                      force_terminal=color if color is not None else None,
                      no_color=(color is False) or None)
    styles = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold blue"}
    masks: dict[tuple[str, int], list[tuple[int, int]]] = {}
    if redact:
        for f in result.findings:
            for ln in range(f.line, f.end_line + 1):
                a = f.column - 1 if ln == f.line else 0
                b = f.end_column - 1 if ln == f.end_line else 10**9
                masks.setdefault((f.path, ln), []).append((a, b))
    current = None
    for f in result.findings:
        if f.path != current:
            if current is not None:
                console.print()
            console.print(Text(f.path, style="bold underline"))
            current = f.path
        head = Text()
        head.append(f"{f.path}:{f.line}:{f.column}: ", style="bold")
        head.append(t(lang, f.severity.label), style=styles[f.severity])
        head.append(f" [{f.check}] ", style="cyan")
        head.append(f.message)
        console.print(head)
        line = f.source_line
        if line and len(line) <= 400:
            for a, b in masks.get((f.path, f.line), ()):
                line = line[:a] + redact_text(line[a:b]) + line[b:]
            gutter = f"{f.line:>5} | "
            console.print(Text(gutter, style="dim") + Text(line.expandtabs(1)))
            width = (f.end_column - f.column) if f.end_line == f.line else max(1, len(line) - f.column + 1)
            console.print(Text(" " * (len(gutter) + f.column - 1) + "^" * max(1, width), style=styles[f.severity]))
        for r in f.protocol_refs[:3]:
            console.print(Text(f"      {t(lang, 'protocol')} {r.protocol}, {t(lang, 'article')} {r.article}: ",
                               style="dim") + Text(r.summary))
        if len(f.protocol_refs) > 3:
            more = ", ".join(r.article for r in f.protocol_refs[3:])
            console.print(Text(f"      (+ {more})", style="dim"))
        if f.suggestion:
            console.print(Text(f"      {t(lang, 'suggestion')}: ", style="green") + Text(f.suggestion))
    s = result.summary()
    if result.findings or result.files:
        console.print()
    if result.findings:
        console.print(t(lang, "summary", n=s["findings"], files=s["files"], errors=s["by_severity"]["error"],
                        warnings=s["by_severity"]["warning"], infos=s["by_severity"]["info"]))
    else:
        console.print(t(lang, "no_findings", files=s["files"]))
    if result.skipped:
        console.print(t(lang, "skipped", n=result.skipped))


REPORTERS = {"rich": report_rich, "json": report_json, "parsable": report_parsable}


def get(name: str):
    """The reporter function for a format name (``KeyError`` if unknown)."""
    if name not in REPORTERS:
        from . import extra  # noqa: F401  (registers sarif/github)
    return REPORTERS[name]
