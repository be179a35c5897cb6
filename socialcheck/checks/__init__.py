"""Document-level conduct checks (opinion without disclaimer, unofficial
channel, ...). Each check is ``check(ctx) -> list[Span]`` and reports at the
sentence that triggers it. Conduct checks run only where the rule pack maps
them to an article of the protocol.
"""

from __future__ import annotations

from ..detectors.base import Context
from ..model import Span

#: check id → function(ctx) -> list[Span]
CHECK_FUNCTIONS: dict = {}


def run_checks(ctx: Context, enabled: frozenset[str]) -> list[Span]:
    """Run every enabled document-level check; spans sorted by position."""
    out: list[Span] = []
    for check_id, fn in CHECK_FUNCTIONS.items():
        if check_id in enabled:
            out.extend(fn(ctx))
    out.sort(key=lambda s: (s.start, s.end))
    return out
