"""User-facing texts of the command line, Dutch (default) and English."""

from __future__ import annotations

TEXTS = {
    "nl": {
        "error": "fout", "warning": "waarschuwing", "info": "info",
        "protocol": "Protocol", "article": "art.", "suggestion": "Wat kan wel",
        "no_findings": "Geen bevindingen in {files} bestand(en).",
        "summary": "{n} bevinding(en) in {files} bestand(en): {errors} fout(en), {warnings} waarschuwing(en), {infos} info.",
        "skipped": "{n} bestand(en) overgeslagen (binair of niet ondersteund).",
        "usage_error": "socialcheck: fout: {msg}",
        "usage_warning": "socialcheck: waarschuwing: {msg}",
        "no_inputs": "geen bestanden opgegeven (gebruik: socialcheck BESTAND... of - voor stdin)",
        "not_found": "bestand niet gevonden",
        "col_article": "Artikel", "col_title": "Titel", "col_summary": "Samenvatting", "col_checks": "Checks",
        "not_checkable": "niet automatisch te controleren",
        "explain_bad": "Fout voorbeeld", "explain_good": "Goed voorbeeld", "explain_articles": "Artikelen per protocol",
        "unknown_check": "onbekende check '{check}' (zie 'socialcheck rules')",
        "severity": "Ernst", "category": "Categorie",
        "in_protocol": "{title} ({protocol}), art. {article}",
    },
    "en": {
        "error": "error", "warning": "warning", "info": "info",
        "protocol": "Protocol", "article": "art.", "suggestion": "Instead",
        "no_findings": "No findings in {files} file(s).",
        "summary": "{n} finding(s) in {files} file(s): {errors} error(s), {warnings} warning(s), {infos} info.",
        "skipped": "{n} file(s) skipped (binary or unsupported).",
        "usage_error": "socialcheck: error: {msg}",
        "usage_warning": "socialcheck: warning: {msg}",
        "no_inputs": "no files given (usage: socialcheck FILE... or - for stdin)",
        "not_found": "file not found",
        "col_article": "Article", "col_title": "Title", "col_summary": "Summary", "col_checks": "Checks",
        "not_checkable": "not machine-checkable",
        "explain_bad": "Bad example", "explain_good": "Good example", "explain_articles": "Articles per protocol",
        "unknown_check": "unknown check '{check}' (see 'socialcheck rules')",
        "severity": "Severity", "category": "Category",
        "in_protocol": "{title} ({protocol}), art. {article}",
    },
}


def t(lang: str, key: str, **kw) -> str:
    """The text ``key`` in ``lang`` (falls back to Dutch), formatted with ``kw``."""
    table = TEXTS.get(lang) or TEXTS["nl"]
    s = table.get(key) or TEXTS["nl"][key]
    return s.format(**kw) if kw else s
