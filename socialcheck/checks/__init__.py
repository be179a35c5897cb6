"""Document-level conduct checks (opinion without disclaimer, unofficial
channel, ...). Each check is ``check(ctx) -> list[Span]`` and reports at the
sentence that triggers it. Conduct checks run only where the rule pack maps
them to an article of the protocol. After a check's rules, the learned
sentence scorer (:mod:`.learned`) may add sentences the rules missed, unless
the config says ``conduct_model: false``.
"""

from __future__ import annotations

from dataclasses import replace

from ..detectors.base import Context
from ..model import Span

#: check id → function(ctx) -> list[Span]
CHECK_FUNCTIONS: dict = {}


def run_checks(ctx: Context, enabled: frozenset[str]) -> list[Span]:
    """Run every enabled document-level check; spans sorted by position.

    One sentence, one finding for a private-message invitation: when
    ``pupil-contact`` reports a sentence, an ``official-channel`` finding of
    variant ``steer`` on the same sentence is dropped ("stuur me een DM op
    Insta" to pupils is contact with pupils, not official news sent through
    the wrong channel); likewise an announcement-variant ``official-channel``
    finding on a sentence that ``lesson-recording`` reports ("in deze vlog
    neem ik jullie mee in mijn rekenles van dinsdag" shows a lesson, it
    announces nothing); and a ``lesson-recording`` finding on a sentence that
    ``pupil-contact`` reports ("voeg me toe op Facebook, dan zien jullie ook
    de foto's uit de klas": the invitation is the finding); and a
    ``role-disclosure`` finding without variant on a sentence that
    ``speaking-for-school`` reports ("Officieel bericht van De Duinpieper:
    ..." shows the insider by speaking for the school), as is an
    announcement-variant ``official-channel`` finding there ("Onze school
    vindt het belangrijk dat elk kind meedoet, dus vanaf dit jaar vragen wij
    geen bijdrage meer": the school's position, voiced on a personal channel).

    In a written-out thread whose author is clear (:func:`.threads.author_speaker`),
    a finding outside the author's own turns is dropped: a pupil's question
    or a parent's angry reply pasted above the author's answer is not the
    author's conduct. Not so for a parent author: in a parents' thread every
    speaker is a parent, and which one wrote the text cannot be told (a staff
    title or inside knowledge marks a staff author; nothing marks one parent
    among others), so every turn counts, unless the author's turns are marked "Ik:". A finding that starts on a turn's speaker label
    ("[12-03 19:59] Juf Lotte: ...") starts after it, at the words themselves."""
    out: list[Span] = []
    # (the model adds nothing to a text that learned.may_add rules out: asked once, not per check)
    use_model = ctx.options.get("conduct_model", True) and learned.may_add(ctx)
    for check_id, fn in CHECK_FUNCTIONS.items():
        if check_id in enabled:
            spans = fn(ctx)
            out.extend(learned.extend(ctx, check_id, spans) if use_model else spans)
    # (a parent author is not told apart from the other parents in a parents' thread: every turn counts)
    if out and (who := threads.author_speaker(ctx)) is not None and (
            _common.author_kind(ctx) != "parent" or threads.is_self(who)):
        out = [s for s in out if threads.in_author_turn(ctx, s.start)]
    tl = threads.turns(ctx) if out else ()
    if tl:
        out = [_past_speaker(s, tl) for s in out]
    for check_id, variant, owner in _LEFT_TO:
        owned = [(s.start, s.end) for s in out if s.check == owner]
        if owned:
            out = [s for s in out if not (s.check == check_id and s.variant == variant
                                          and any(a < s.end and s.start < b for a, b in owned))]
    out.sort(key=lambda s: (s.start, s.end))
    return out


def _past_speaker(span: Span, tl) -> Span:
    """``span`` moved to start after the speaker label of the turn it starts in, if it starts on one."""
    for t in tl:
        if t.start <= span.start < t.body < span.end:
            return replace(span, start=t.body)
    return span


#: ``(check, variant, other check)``: a finding of that check and variant on a sentence the other check
#: reports is left to the other check (see :func:`run_checks`).
_LEFT_TO = (("official-channel", "steer", "pupil-contact"), ("official-channel", None, "lesson-recording"),
            ("lesson-recording", None, "pupil-contact"), ("role-disclosure", None, "speaking-for-school"),
            ("official-channel", None, "speaking-for-school"))


# Registration (imports at the end: the check modules import this package's helpers).
from .channels import check_official_channel  # noqa: E402
from .confidential import check_confidential_info  # noqa: E402
from .contact import check_pupil_contact  # noqa: E402
from .logo import check_logo_use  # noqa: E402
from .opinion import check_opinion_disclaimer  # noqa: E402
from .recording import check_lesson_recording  # noqa: E402
from .role import check_role_disclosure, check_speaking_for_school  # noqa: E402
from .tone import check_hurtful_language  # noqa: E402
from . import _common, learned, threads  # noqa: E402

CHECK_FUNCTIONS.update({
    "opinion-disclaimer": check_opinion_disclaimer,
    "role-disclosure": check_role_disclosure,
    "speaking-for-school": check_speaking_for_school,
    "official-channel": check_official_channel,
    "pupil-contact": check_pupil_contact,
    "lesson-recording": check_lesson_recording,
    "hurtful-language": check_hurtful_language,
    "confidential-info": check_confidential_info,
    "logo-use": check_logo_use,
})
