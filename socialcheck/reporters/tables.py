"""Tables for ``socialcheck rules`` and ``socialcheck explain``."""

from __future__ import annotations

import json
import sys

from .. import protocols
from ..i18n import t
from ..registry import CheckInfo


def print_rules(pack: protocols.Pack, lang: str, fmt: str = "rich", out=None) -> None:
    """Print every article of ``pack``: id, title, summary, mapped checks (or
    why it is not machine-checkable) and severity."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump({"protocol": pack.protocol, "title": pack.title, "source": pack.source,
                   "official_channels": list(pack.official_channels),
                   "articles": [{"article": a.article, "title": a.title, "summary": a.summary,
                                 "checks": list(a.checks), "severity": a.severity.label if a.severity else None,
                                 "reason": a.reason or None} for a in pack.articles]},
                  out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, highlight=False)
    table = Table(title=f"{pack.title} ({pack.protocol})", show_lines=False, expand=False)
    table.add_column(t(lang, "col_article"), no_wrap=True, style="bold")
    table.add_column(t(lang, "col_title"))
    table.add_column(t(lang, "col_summary"))
    table.add_column(t(lang, "col_checks"))
    for a in pack.articles:
        if a.checks:
            checks = ", ".join(a.checks) + (f" ({t(lang, a.severity.label)})" if a.severity else "")
        else:
            checks = f"— {t(lang, 'not_checkable')}: {a.reason}"
        table.add_row(a.article, a.title, a.summary, checks)
    console.print(table)
    if pack.official_channels:
        console.print(("Officiële kanalen: " if lang == "nl" else "Official channels: ")
                      + ", ".join(pack.official_channels))
    if pack.source:
        console.print(("Bron: " if lang == "nl" else "Source: ") + pack.source)


def print_explain(info: CheckInfo, lang: str, out=None) -> None:
    """Explain one check: title, category, default severity, what it means,
    a bad and a good Dutch example, and the articles per protocol."""
    out = out or sys.stdout
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False)
    console.print(Text(f"{info.id} — {info.title.get(lang, info.title['nl'])}", style="bold"))
    console.print(f"{t(lang, 'category')}: {info.category.value}   {t(lang, 'severity')}: {t(lang, info.severity.label)}")
    console.print()
    console.print(info.explain.get(lang) or info.message(lang))
    console.print()
    sug = info.suggestion.get(lang, info.suggestion["nl"]).format(
        organisation="<stichting>" if lang == "nl" else "<foundation>",
        channels="<officiële kanalen>" if lang == "nl" else "<official channels>")
    console.print(Text(f"{t(lang, 'suggestion')}: ", style="green") + Text(sug))
    if info.bad:
        console.print(Text(f"{t(lang, 'explain_bad')}: ", style="red") + Text(info.bad))
    if info.good:
        console.print(Text(f"{t(lang, 'explain_good')}: ", style="green") + Text(info.good))
    console.print()
    console.print(Text(t(lang, "explain_articles") + ":", style="bold"))
    for name in protocols.available():
        try:
            pack = protocols.load(name)
        except protocols.PackError:
            continue
        arts = pack.articles_for(info.id)
        listing = "; ".join(f"{a.article} {a.title}" for a in arts) or "—"
        console.print(f"  {name}: {listing}")
