"""Inline suppressions in Markdown and HTML comments.

Plain-text drafts have none: the text is what gets published; use the config
allow-list or a baseline there.
"""

from __future__ import annotations


def apply_suppressions(doc, findings, cfg, pack):
    """Drop findings suppressed by comments in ``doc`` (none for plain text)."""
    return findings
