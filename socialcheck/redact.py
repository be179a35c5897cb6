"""``socialcheck redact``: an anonymised copy of a draft.

Every personal-data finding is replaced in the decoded *source* at its source
offsets (``Finding.start``/``end``), so Markdown and HTML markup stay intact:

* person names → the initial (``Sanne`` → ``S.``) or, with
  ``names="placeholder"``, ``[naam]``;
* contact data, identifiers, dates of birth, ages and health details →
  a placeholder naming what was there (``[telefoonnummer]``,
  ``[e-mailadres]``, ``[gezondheid]`` ...; English with ``lang="en"``).

Findings of other categories (conduct, media) are not text that can be cut
out; they are counted so the user knows to look at them. Placeholders contain
no spaces, so they stay valid inside Markdown link targets.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .model import Category, Finding

PLACEHOLDERS = {
    "nl": {
        "person-name": "[naam]", "phone-number": "[telefoonnummer]", "email-address": "[e-mailadres]",
        "postal-address": "[adres]", "postal-address/postcode": "[postcode]", "postal-address/postbus": "[postbus]",
        "national-id": "[bsn]", "bank-account": "[rekeningnummer]", "birth-date": "[geboortedatum]",
        "health-data": "[gezondheid]", "social-handle": "[account]", "child-age": "[leeftijd]",
        "*": "[verwijderd]",
    },
    "en": {
        "person-name": "[name]", "phone-number": "[phone]", "email-address": "[email]",
        "postal-address": "[address]", "postal-address/postcode": "[postcode]", "postal-address/postbus": "[po-box]",
        "national-id": "[id-number]", "bank-account": "[bank-account]", "birth-date": "[birth-date]",
        "health-data": "[health]", "social-handle": "[handle]", "child-age": "[age]",
        "*": "[removed]",
    },
}
NAME_STYLES = ("initials", "placeholder")


@dataclass
class Redaction:
    """Result of :func:`redact_source`.

    Attributes:
        text: the redacted source text.
        replaced: per check id, how many spans were replaced.
        remaining: findings that are not personal data (not replaced).
    """

    text: str
    replaced: Counter
    remaining: list[Finding]


def initial(match: str) -> str:
    """``"Sanne"`` → ``"S."``, ``"van Dam"`` → ``"D."`` (first capitalised
    word, else the first letter); ``"[naam]"``-like text without letters → ``""``."""
    words = [w for w in match.split() if w[:1].isalpha()]
    for w in words:
        if w[0].isupper():
            return w[0] + "."
    return (words[0][0].upper() + ".") if words else ""


def replacement(f: Finding, lang: str = "nl", names: str = "initials") -> str:
    """The text that replaces finding ``f``'s match."""
    table = PLACEHOLDERS.get(lang) or PLACEHOLDERS["nl"]
    if f.check == "person-name" and names == "initials":
        return initial(f.match) or table["person-name"]
    return table.get(f"{f.check}/{f.variant}") or table.get(f.check) or table["*"]


def redact_source(source: str, findings: list[Finding], lang: str = "nl", names: str = "initials") -> Redaction:
    """Replace every personal-data finding in ``source`` (the decoded source the
    findings' ``start``/``end`` point into). Overlapping findings: the first
    (by position, then the longest) wins."""
    spans = sorted((f for f in findings if f.category == Category.PERSONAL_DATA.value and f.end > f.start),
                   key=lambda f: (f.start, -(f.end - f.start)))
    out: list[str] = []
    pos = 0
    replaced: Counter = Counter()
    for f in spans:
        if f.start < pos:
            continue
        out.append(source[pos:f.start])
        out.append(replacement(f, lang, names))
        replaced[f.check] += 1
        pos = f.end
    out.append(source[pos:])
    remaining = [f for f in findings if f.category != Category.PERSONAL_DATA.value]
    return Redaction("".join(out), replaced, remaining)


def encode(text: str, encoding: str | None) -> bytes:
    """Encode redacted text like the input was (``utf-8-sig`` and ``utf-16``
    keep their byte-order mark; ``cp1252`` falls back to UTF-8 if a
    character does not fit)."""
    enc = encoding or "utf-8"
    if enc == "utf-16":
        return text.encode("utf-16")
    try:
        return text.encode(enc)
    except UnicodeEncodeError:
        return text.encode("utf-8")
