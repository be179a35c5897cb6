"""Personal-data detectors and the merge of their spans.

Each detector is ``detect(ctx) -> list[Span]`` over ``ctx.text``. When spans
of different detectors overlap, the more specific one wins (an IBAN over the
digits inside it, an e-mail address over the name inside it), then the longer.
"""

from __future__ import annotations

import bisect
import operator

from ..model import Span
from .base import Context
from .contact import detect_emails, detect_handles, detect_phones
from .health import detect_health
from .names import detect_names
from .numbers import detect_addresses, detect_birth_dates, detect_bsn, detect_iban

#: Detectors in run order, with the checks each can produce.
DETECTORS = [
    (detect_emails, ("email-address",)),
    (detect_handles, ("social-handle",)),
    (detect_iban, ("bank-account",)),
    (detect_bsn, ("national-id",)),
    (detect_phones, ("phone-number",)),
    (detect_addresses, ("postal-address",)),
    (detect_birth_dates, ("birth-date",)),
    (detect_names, ("person-name", "child-age")),
]

#: Detectors that read the spans found so far: ``fn(ctx, spans)``, run after
#: :data:`DETECTORS` and the extra (spaCy) detectors, with the checks they
#: produce and the checks whose detectors they need even when those are off.
POST_DETECTORS = [
    (detect_health, ("health-data",), ("person-name",)),
]

#: Higher wins when spans overlap.
PRIORITY = {
    "email-address": 90, "social-handle": 85, "bank-account": 80, "national-id": 75, "phone-number": 70,
    "birth-date": 60, "postal-address": 50, "health-data": 45, "child-age": 40, "person-name": 30,
}


_START = operator.attrgetter("start")


def run(ctx: Context, enabled: frozenset[str] | None = None) -> list[Span]:
    """Run every detector whose checks are enabled; return non-overlapping spans
    sorted by position (overlaps resolved by :data:`PRIORITY`, then length)."""
    post = [(fn, checks, needs) for fn, checks, needs in POST_DETECTORS
            if enabled is None or not enabled.isdisjoint(checks)]
    # the checks whose detectors run: the enabled ones and those the post-detectors need
    wanted = None if enabled is None else enabled.union(*(needs for _fn, _checks, needs in post))
    spans: list[Span] = []
    for fn, checks in DETECTORS:
        if wanted is None or not wanted.isdisjoint(checks):
            spans.extend(fn(ctx))
    extra = ctx.options.get("extra_detectors") or ()
    for extra_fn in extra:
        spans.extend(extra_fn(ctx, spans))
    for post_fn, _checks, _needs in post:
        spans.extend(post_fn(ctx, spans))
    return resolve(spans if enabled is None else [s for s in spans if s.check in enabled])


def resolve(spans: list[Span]) -> list[Span]:
    """Drop spans that overlap a stronger one (see :data:`PRIORITY`) and empty
    spans; the others sorted by start."""
    live = sorted((s for s in spans if s.end > s.start), key=_START)
    if all(a.end <= b.start for a, b in zip(live, live[1:])):
        return live  # the usual case: no two overlap, all are kept
    ranked = sorted(spans, key=lambda s: (-PRIORITY.get(s.check, 10), -(s.end - s.start), s.start))
    starts: list[int] = []
    kept: list[Span] = []  # sorted by start, non-overlapping
    for s in ranked:
        if s.end <= s.start:
            continue
        i = bisect.bisect_left(starts, s.start)
        if i > 0 and kept[i - 1].end > s.start:
            continue
        if i < len(kept) and kept[i].start < s.end:
            continue
        starts.insert(i, s.start)
        kept.insert(i, s)
    return kept


__all__ = ["Context", "run", "resolve", "DETECTORS", "POST_DETECTORS"]
