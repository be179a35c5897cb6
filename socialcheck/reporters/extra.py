"""Output formats for CI: ``sarif`` (code-scanning tools) and ``github``
(annotations in a GitHub Actions log).

Importing this module registers both in :data:`socialcheck.reporters.REPORTERS`.
Neither format ever contains a plain match when ``redact`` is true.

Sources:
    * SARIF: OASIS *Static Analysis Results Interchange Format (SARIF)
      Version 2.1.0*, Errata 01 (2023); section numbers are cited where used.
      Validated in the tests against the OASIS JSON schema
      (``../shared/data/sarif/sarif-schema-2.1.0.json``).
    * GitHub: "Workflow commands for GitHub Actions" (docs.github.com,
      ``::error file=...::``) and the escaping in ``actions/toolkit``
      ``packages/core/src/command.ts`` (``escapeData``/``escapeProperty``).
"""

from __future__ import annotations

import json
import os
import re
from urllib.parse import quote

from .. import __version__, registry
from ..i18n import t
from ..model import Finding, Severity, redact_text
from . import REPORTERS, Result

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
#: Key under ``partialFingerprints`` (SARIF §3.27.17: a versioned name is recommended).
FINGERPRINT_KEY = "socialcheck/v1"

# SARIF §3.27.10 ``level``: error | warning | note | none.
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# GitHub workflow commands: error | warning | notice.
_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def refs_text(f: Finding) -> str:
    """``"lithora art. A.2, D.4"``: the protocol articles a finding cites, one line
    (empty if none)."""
    if not f.protocol_refs:
        return ""
    by_protocol: dict[str, list[str]] = {}
    for r in f.protocol_refs:
        by_protocol.setdefault(r.protocol, []).append(r.article)
    return "; ".join(f"{p} art. {', '.join(arts)}" for p, arts in by_protocol.items())


def finding_text(f: Finding, lang: str) -> str:
    """The message of a finding with its articles and suggestion, for formats
    that show one text per finding (SARIF ``message``, GitHub annotations).
    Never contains the match."""
    text = f.message
    refs = refs_text(f)
    if refs:
        text += f" ({t(lang, 'protocol').lower()} {refs})"
    if f.suggestion:
        text += f". {t(lang, 'suggestion')}: {f.suggestion}"
    return text


# ---------------------------------------------------------------- SARIF


def _uri(path: str) -> tuple[str, str | None]:
    """A SARIF ``artifactLocation`` URI for a display path (SARIF §3.4.3: a
    URI reference; relative ones get ``uriBaseId`` ``%SRCROOT%``, §3.4.4)."""
    p = path.replace("\\", "/")
    if os.path.isabs(path):
        return "file://" + quote(p if p.startswith("/") else "/" + p, safe="/:"), None
    if p.startswith("./"):
        p = p[2:]
    return quote(p, safe="/"), "%SRCROOT%"


def _rule(check: str, findings: list[Finding], lang: str) -> dict:
    """A ``reportingDescriptor`` (SARIF §3.49) for one check, with the protocol
    articles its findings cite in ``properties``."""
    info = registry.get(check)
    title = info.title.get(lang, info.title["nl"])
    explain = info.explain.get(lang) or info.explain.get("nl") or ""
    default_message = info.message(lang)
    suggestion = info.suggestion.get(lang, info.suggestion["nl"])
    help_lines = [explain or default_message]
    if info.bad:
        help_lines.append(f"{t(lang, 'explain_bad')}: {info.bad}")
    if info.good:
        help_lines.append(f"{t(lang, 'explain_good')}: {info.good}")
    help_lines.append(f"{t(lang, 'suggestion')}: {suggestion}")
    refs: dict[tuple, dict] = {}
    for f in findings:
        for r in f.protocol_refs:
            refs.setdefault((r.protocol, r.article), r.as_dict())
    md = [f"**{title}**", "", explain or default_message, ""]
    if info.bad:
        md.append(f"- {t(lang, 'explain_bad')}: {info.bad}")
    if info.good:
        md.append(f"- {t(lang, 'explain_good')}: {info.good}")
    md.append(f"- {t(lang, 'suggestion')}: {suggestion}")
    for r in refs.values():
        md.append(f"- {t(lang, 'protocol')} {r['protocol']}, {t(lang, 'article')} {r['article']}: {r['summary']}")
    return {
        "id": check,
        "name": "".join(part.capitalize() for part in check.split("-")),
        "shortDescription": {"text": title},
        "fullDescription": {"text": explain or default_message},
        "help": {"text": "\n".join(help_lines), "markdown": "\n".join(md)},
        "defaultConfiguration": {"level": _SARIF_LEVEL[info.severity]},
        "properties": {
            "category": info.category.value,
            "tags": ["socialcheck", info.category.value],
            "protocol_articles": sorted(refs.values(), key=lambda r: (r["protocol"], r["article"])),
        },
    }


def _result(f: Finding, rule_index: int, lang: str, redact: bool) -> dict:
    """A ``result`` (SARIF §3.27) at a text region in code points (§3.30)."""
    uri, base = _uri(f.path)
    artifact = {"uri": uri}
    if base:
        artifact["uriBaseId"] = base
    region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}
    if f.match:
        region["snippet"] = {"text": redact_text(f.match) if redact else f.match}
    props = {"category": f.category, "scope": f.scope, "score": round(f.score, 3),
             "protocol_refs": [r.as_dict() for r in f.protocol_refs]}
    if f.suggestion:
        props["suggestion"] = f.suggestion
    out = {
        "ruleId": f.check,
        "ruleIndex": rule_index,
        "level": _SARIF_LEVEL[f.severity],
        "message": {"text": finding_text(f, lang)},
        "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": region}}],
        "properties": props,
    }
    if f.fingerprint:
        out["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
    return out


def sarif_log(result: Result, lang: str, redact: bool) -> dict:
    """The SARIF 2.1.0 log (a ``sarifLog`` object, §3.13) for ``result``.

    One run; ``tool.driver.rules`` holds a rule for each check that has a
    finding, in first-seen order, and results point at it by ``ruleIndex``.
    Input errors become ``toolExecutionNotifications`` (§3.20.21) and set
    ``executionSuccessful`` to false.
    """
    order: list[str] = []
    by_check: dict[str, list[Finding]] = {}
    for f in result.findings:
        if f.check not in by_check:
            order.append(f.check)
            by_check[f.check] = []
        by_check[f.check].append(f)
    index = {c: i for i, c in enumerate(order)}
    invocation = {"executionSuccessful": not result.errors}
    if result.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": e}} for e in result.errors]
    run = {
        "tool": {"driver": {
            "name": "socialcheck",
            "version": __version__,
            "semanticVersion": __version__,
            "language": lang,
            "rules": [_rule(c, by_check[c], lang) for c in order],
        }},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.check], lang, redact) for f in result.findings],
        "properties": {"summary": result.summary()},
    }
    return {"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def report_sarif(result: Result, out, lang: str, redact: bool) -> None:
    """Write ``result`` as a SARIF 2.1.0 log (JSON, UTF-8, stable key order)."""
    json.dump(sarif_log(result, lang, redact), out, ensure_ascii=False, indent=2)
    out.write("\n")


# ---------------------------------------------------------------- GitHub


def escape_data(s: str) -> str:
    """Escape a workflow-command message (actions/toolkit ``escapeData``)."""
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    """Escape a workflow-command property value (actions/toolkit ``escapeProperty``)."""
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


_SAFE_PATH = re.compile(r"^\./")


def github_line(f: Finding, lang: str) -> str:
    """``::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message``
    for one finding (no match in it, so nothing to redact)."""
    props = {
        "file": _SAFE_PATH.sub("", f.path.replace("\\", "/")),
        "line": str(f.line), "col": str(f.column),
        "endLine": str(f.end_line), "endColumn": str(f.end_column),
        "title": f"socialcheck {f.check}",
    }
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{_GITHUB_LEVEL[f.severity]} {head}::{escape_data(finding_text(f, lang))}"


def report_github(result: Result, out, lang: str, redact: bool) -> None:
    """One workflow command per finding, one ``::error::`` per input error,
    then the summary as a plain log line."""
    for f in result.findings:
        out.write(github_line(f, lang) + "\n")
    for e in result.errors:
        out.write(f"::error title=socialcheck::{escape_data(e)}\n")
    s = result.summary()
    if result.findings:
        out.write(t(lang, "summary", n=s["findings"], files=s["files"], errors=s["by_severity"]["error"],
                    warnings=s["by_severity"]["warning"], infos=s["by_severity"]["info"]) + "\n")
    else:
        out.write(t(lang, "no_findings", files=s["files"]) + "\n")


REPORTERS["sarif"] = report_sarif
REPORTERS["github"] = report_github
