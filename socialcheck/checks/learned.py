"""A small learned sentence scorer that backs up the conduct checks' rules.

The conduct checks are phrase and pattern rules: precise, but real writers
phrase an opinion, inside knowledge or an announcement in more ways than
rules can list. This module adds, per conduct check, a linear model
(logistic regression) over the words of a sentence that was trained on the
project's own labelled corpora (``benchmarks/corpus/conduct*``, invented
texts; see ``benchmarks/train_conduct.py``). It ships as
``socialcheck/data/conduct_model.json``: plain weights, scored here in pure
Python. Nothing is downloaded and no ML library is imported at run time.

How it is used (:func:`extend`): after a check's rules ran, sentences the
rules did not report are scored; a sentence whose probability reaches the
check's threshold (chosen by cross-validation for precision, stored in the
model file) becomes a finding of that check, with the same message and
protocol articles, ``detector`` ``"conduct.model"`` and its probability as
score. The model never overrides the text-level conditions the rules apply
(:func:`gate`): no opinion finding when the text has a disclaimer or the
school writes, no announcement finding on an approved channel, no recording
finding with a consent statement, and so on. Checks that report once per text
(``opinion-disclaimer``, ``role-disclosure``, ``lesson-recording``) keep one
finding: the rules' sentence when the model scores it above the threshold
too or scores no sentence that high, else the model's best-scoring sentence
(when the rules found the text too, their message variant is kept).

Turn it off with ``conduct_model: false`` in the config.

Features of a sentence (:func:`sentence_features`, shapes are lists of
strings): lower-cased words ``w:``, word pairs ``b:``, the first five letters
of longer words ``p:``, its emoji ``e:`` and scare quotes ``scare`` (irony
markers), whether it is a question ``q``, the first sentence ``first``, a thread turn ``turn``
(``Naam: ...``), the text's author kind (an unnamed author counts as staff) and channel, the words of the
sentence before ``x:``, and which of the rules' own patterns match ``L:``
(:func:`lexical_features`; only some checks' models weigh ``x:`` and ``L:``). The feature version
is stored in the model file; a mismatch raises :class:`ModelError`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import math
import operator
import os
import re

from ..detectors.base import Context
from ..model import Span
from . import _common as c
from . import threads

#: Version of :func:`sentence_features`; the model file must carry the same.
FEATURE_VERSION = 5
MODEL_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "conduct_model.json")
DETECTOR = "conduct.model"

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+|[!?]")
_TURN = re.compile(r"^[ \t]*[^\W\d_][\w .'-]{0,40}:")
#: An emoji proper (the pictograph blocks; narrower than ``_common._EMOJI_RUN``, which also takes modifier
#: symbols and joiners to strip a whole run): 🙄, 🙃 and 🤔 often mark irony.
_EMOJI = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]")
#: A few words in quotation marks, as scare quotes: het "strategisch personeelsbeleid", 'herprioriteren'.
_SCARE_QUOTE = re.compile(r"(?:^|[\s(])['\"“‘][^'\"“”‘’\n]{3,40}['\"”’](?=[\s.,;:!?)]|$)")
#: What a sentence (or, for a recording, the sentence before it) must mention before the model scores it
#: for a check: the check's subject, in words much broader than the rules' patterns. This keeps the model
#: on sentences about the check's subject (a newsletter's "de kinderen hebben flink gesport" mentions no
#: recording) and keeps the cost low. Checks without an entry are scored on every sentence.
ANCHORS: dict[str, re.Pattern] = {
    "lesson-recording": re.compile(
        r"foto|film|video|opname|opgenom|vlog|reel|beeld|camera|live|stream|clip|stor(?:y|ies)|tiktok|youtube|kiekje"
        r"|plaatje|snap|insta|montage|timelapse|vastgelegd|geschoten|album|selfie|swipe|fragment|geluid|audio|podcast"
        r"|uit\s+(?:m'n|mijn)\s+les|kijk|bekijk|upload|gepost|\bpost\b"),
    "logo-use": re.compile(r"logo(?:'s|tje|tjes)?\b|huisstijl|beeldmerk|embleem|\bkleuren\b|schoolkleur|lettertype"
                           r"|\bfonts?\b|briefpapier|sjabloon|\bopmaak|vormgev"),
    "speaking-for-school": re.compile(
        r"\bwe\b|\bwij\b|\bons\b|\bonze\b|namens|vanuit|team|directie|stichting|collega|bestuur|juffen|meesters"
        r"|leerkrachten|standpunt|officie|(?:hele|heel\s+de|voltallige|onze|mijn|alle)\s+(?:\w+\s+)?(?:school|scholen)\b"),
}
#: Subjects of an opinion about school or education in broader words than the rules' topic list
#: (``opinion._TOPIC``): "die nieuwe schooltijden", "de toetsgekte", "het toezichtskader", "de pabo's".
_OPINION_SUBJECT = re.compile(
    r"school|toets|onderwijs|leraar|leraren|leerkracht|juffen|meesters|\bklas|klassen|pabo|rooster|schooltijd"
    r"|stichting|bestuur|directie|\bmr\b|medezeggenschap|inspectie|toezicht|huisvest|gebouw|lokaal|lokalen|container"
    r"|bezuinig|invall|inval|vervang|vacature|schooladvies|doorstroom|werkdruk|salaris|\bcao\b|ministe|politiek|subsidie"
    r"|leerling|kinderen|ouderbijdrage|gym|methode|rapport|cijfer|huiswerk|overblijf|tso\b|bso\b|fusie|plannen|besluit"
    r"|beleid|regels|verbod|systeem|onderwijsassistent|ib'?er|zorgleerling|passend|\bbij\s+ons\b")
#: Checks that report at most one finding per text (one disclaimer, role statement or consent fixes all).
ONCE_PER_TEXT = frozenset({"opinion-disclaimer", "role-disclosure", "lesson-recording"})
#: Checks about the author's own conduct in a discussion: in a written-out thread whose author is clear
#: (:func:`threads.author_speaker`), only the author's turns are scored.
AUTHOR_ONLY = frozenset({"role-disclosure", "opinion-disclaimer", "confidential-info"})


class ModelError(ValueError):
    """The model file is missing, unreadable or of another feature version."""


class ConductModel:
    """Per-check logistic regression over sentence features.

    Attributes:
        checks: check ids in the order of the weight vectors.
        bias: check id -> intercept.
        threshold: check id -> probability in ``[0, 1]`` from which a sentence is reported.
        weights: feature -> list of ``(check index, weight)`` pairs (weights of
            exactly zero are not stored).
    """

    def __init__(self, data: dict):
        if data.get("feature_version") != FEATURE_VERSION:
            raise ModelError(f"feature version {data.get('feature_version')!r}, expected {FEATURE_VERSION}")
        self.checks: list[str] = list(data["checks"])
        self.bias: dict[str, float] = {k: float(v) for k, v in data["bias"].items()}
        self.threshold: dict[str, float] = {k: float(v) for k, v in data["threshold"].items()}
        index = {k: i for i, k in enumerate(self.checks)}
        self.weights: dict[str, list[tuple[int, float]]] = {}
        #: feature -> its weight per check (in ``checks`` order, 0.0 where it has none); never mutated
        self._rows: dict[str, list[float]] = {}
        zeros = [0.0] * len(self.checks)
        for check, ws in data["weights"].items():
            i = index[check]
            for feat, w in ws.items():
                w = float(w)
                self.weights.setdefault(feat, []).append((i, w))
                row = self._rows.get(feat)
                if row is None:
                    row = self._rows[feat] = zeros.copy()
                row[i] = w
        self._biases = [self.bias.get(k, 0.0) for k in self.checks]

    @classmethod
    def load(cls, path: str = MODEL_PATH) -> "ConductModel":
        """Read a model file (JSON written by ``benchmarks/train_conduct.py``).

        Raises:
            ModelError: the file cannot be read or parsed, or has another feature version.
        """
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
            return cls(data)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"{path}: {exc}") from exc

    def logits(self, features: list[str]) -> list[float]:
        """Log-odds per check (in :attr:`checks` order) for one sentence's
        features: the bias plus the weights of the features, added in the
        order of ``features``. :meth:`scores` is :func:`probability` of each."""
        # Per check, reduce() adds the weights of the features (0.0 where a feature has none) to the
        # bias in the order of ``features``: the same sums as adding each weight in a loop, since
        # x + 0.0 == x for every float but -0.0 (and the sign of a zero changes no probability).
        rows = list(filter(None, map(self._rows.get, features)))
        if not rows:
            return list(self._biases)
        return list(map(functools.reduce, itertools.repeat(operator.add), zip(*rows), self._biases))

    def scores(self, features: list[str]) -> list[float]:
        """Probability per check (in :attr:`checks` order) for one sentence's features."""
        return [probability(v) for v in self.logits(features)]


def probability(z: float) -> float:
    """The logistic function of the log-odds ``z`` (clamped to ``[-30, 30]``): a probability in ``(0, 1)``."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def logit_cut(threshold: float) -> float:
    """A log-odds value below which :func:`probability` stays under ``threshold``
    for certain: the exact log-odds of ``threshold`` less a margin (1e-6) far
    above the rounding error of the computation. ``-inf`` (no shortcut) for a
    threshold of 0 or less, or one so close to 1 that the clamp at 30 matters."""
    if not 0.0 < threshold < 1.0:
        return -math.inf
    cut = math.log(threshold / (1.0 - threshold)) - 1e-6
    return cut if -29.0 < cut < 29.0 else -math.inf


@functools.cache
def default_model() -> ConductModel | None:
    """The shipped model, loaded once; ``None`` if the file is absent (a
    source checkout without it still runs the rules)."""
    if not os.path.exists(MODEL_PATH):
        return None
    return ConductModel.load(MODEL_PATH)


def sentence_features(low: str, first: bool, turn: bool, context: tuple[str, ...]) -> list[str]:
    """Features of one lower-cased sentence (see the module docstring).

    Args:
        low: the sentence, lower case.
        first: it is the text's first sentence.
        turn: it opens a thread turn (``Naam: ...``).
        context: text-level features (author kind, channel), shared by all sentences.
    Returns: a list of feature strings (duplicates removed).
    """
    return _word_features(_WORD.findall(low), low, first, turn, context)


def _word_features(words: list[str], low: str, first: bool, turn: bool, context: tuple[str, ...]) -> list[str]:
    """:func:`sentence_features` of ``low`` whose words (``_WORD.findall(low)``) are ``words``."""
    out = {"w:" + w for w in words}
    out.update("p:" + w[:5] for w in words if len(w) > 5)
    out.update("b:" + a + "_" + b for a, b in zip(words, words[1:]))
    if c.is_question(low):
        out.add("q")
    if not low.isascii():
        out.update("e:" + ch for ch in _EMOJI.findall(low))
    if _SCARE_QUOTE.search(low):
        out.add("scare")
    if first:
        out.add("first")
    if turn:
        out.add("turn")
    out.update(lexical_features(low))
    out.update(context)
    return list(out)


def context_features(ctx: Context) -> tuple[str, str]:
    """The text-level features shared by all sentences: ``("author:KIND", "channel:NAME")``. An author the
    text does not name counts as staff, as the rules take them (:func:`_common.is_staff_voice`): every
    labelled text names its author, so ``author:unknown`` would be learned from the negatives alone (the
    ``school`` corpus), and a draft without front matter would score lower than the same draft by a teacher."""
    kind = c.author_kind(ctx)
    return ("author:" + ("staff" if kind == "unknown" else kind), "channel:" + str(c.channel(ctx)))


def document_features(ctx: Context) -> list[list[str]]:
    """Features of every sentence of :func:`socialcheck.checks._common.sentences` (for training)."""
    return [_features_at(ctx, i) for i in range(len(c.sentences(ctx)))]


def _features_at(ctx: Context, i: int) -> list[str]:
    """Features of sentence ``i``, computed once per text."""
    cache = c.memo(ctx, "learned-features", lambda cx: {})
    feats = cache.get(i)
    if feats is None:
        sp = c.sentences(ctx)[i]
        context = context_features(ctx)
        text = ctx.text
        turn = text.rfind("\n", 0, sp[0]) + 1 == sp[0] and _TURN.match(text, sp[0]) is not None
        feats = _word_features(_words_at(ctx, i), c.span_text(ctx, sp), i == 0, turn, context)
        if i > 0:
            feats = feats + ["x:" + w for w in set(_words_at(ctx, i - 1))]
        cache[i] = feats
    return feats


def lexical_features(low: str) -> list[str]:
    """``L:`` features of the lower-cased sentence ``low``: ``"L:" + name`` for
    every pattern of the rules (:func:`_lexical`) that matches somewhere in it,
    e.g. ``["L:eval", "L:topic"]`` for "die fusie is een blamage". They let the
    model weigh a partial rule match (a judgement without a topic, a sick
    colleague without a name)."""
    return [name for name, pat in _lexical() if pat.search(low)]


@functools.lru_cache(maxsize=1)
def _lexical() -> tuple[tuple[str, re.Pattern], ...]:
    """The rules' patterns behind :func:`lexical_features`, as ``(feature, pattern)`` pairs."""
    from . import channels, confidential, contact, logo, opinion, recording, role, tone
    pats = {
        "eval": opinion._EVAL, "topic": opinion._TOPIC, "disclaimer": opinion.DISCLAIMER,
        "inside": role._INSIDE, "speak": role._SPEAK, "employment": role._EMPLOYMENT, "function": role._FUNCTION,
        "discussion": role._DISCUSSION, "correction": role._CORRECTION, "about-school": role._ABOUT_SCHOOL,
        "ultimatum": tone._ULTIMATUM, "name-calling": tone._NAME_CALLING, "rhet-insult": tone._RHETORICAL_INSULT,
        "dismiss": tone._DISMISS,
        "friend": contact._FRIEND, "message": contact._MESSAGE, "private": contact._PRIVATE_HINT,
        "to-pupil": contact._TO_PUPIL, "names-pupils": contact._NAMES_PUPILS,
        "rec-noun": recording._REC_NOUN, "rec-verb": recording._REC_VERB, "photo-noun": recording._PHOTO_NOUN,
        "photo-pupils": recording._PHOTO_PUPILS, "scene": recording._SCENE, "consent": recording._CONSENT,
        "pupil-activity": recording._PUPIL_ACTIVITY,
        "sick": confidential._SICK, "hr": confidential._HR, "pay": confidential._PAY,
        "pupil-sensitive": confidential._PUPIL_SENSITIVE, "internal": confidential._INTERNAL,
        "meeting": confidential._MEETING, "dossier": confidential._DOSSIER,
        "announce": channels._ANNOUNCE, "logistics": channels._LOGISTICS, "school-event": channels._SCHOOL_EVENT,
        "when": channels._WHEN, "elsewhere": channels._ELSEWHERE, "change": channels._CHANGE,
        "logo-use": logo._LOGO_USE, "any-logo": logo._ANY_LOGO, "approved": logo._APPROVED,
    }
    return tuple(("L:" + k, v) for k, v in pats.items())


def _words_at(ctx: Context, i: int) -> list[str]:
    """``_WORD.findall`` of sentence ``i`` (lower case), found once per text: the
    features of a sentence and of the one after it both use them."""
    cache = c.memo(ctx, "learned-words", lambda cx: {})
    words = cache.get(i)
    if words is None:
        words = cache[i] = _WORD.findall(c.span_text(ctx, c.sentences(ctx)[i]))
    return words


def anchored(ctx: Context, check: str, i: int) -> bool:
    """True if sentence ``i`` mentions the subject of ``check`` (see
    :func:`anchored_sentences`)."""
    return i in anchored_sentences(ctx, check)


def anchored_sentences(ctx: Context, check: str) -> frozenset[int] | range:
    """Indices of the sentences the model may score for ``check``: those that
    mention its subject (:data:`ANCHORS`; a recording also counts when the
    sentence before mentions it, and on a picture or video channel
    (:data:`_common.VIDEO_CHANNELS`) every sentence does; for ``opinion-disclaimer`` a topic of the
    rules, an organisation or a school name in the sentence or the one
    before). All sentences for a check without an anchor. Cached per text."""
    return c.memo(ctx, "learned-anchor-" + check, lambda cx: _anchored_sentences(cx, check))


def _anchored_sentences(ctx: Context, check: str) -> frozenset[int] | range:
    sents = c.sentences(ctx)
    if check == "opinion-disclaimer":
        from .opinion import _TOPIC
        hits = [m.start() for m in _TOPIC.finditer(ctx.lower)]
        org = c.org_pattern(c.organisations(ctx))
        if org is not None:
            hits += [m.start() for m in org.finditer(ctx.text)]
        hits += [m.start() for m in c.SCHOOL_NAME.finditer(ctx.text)]
        hits += [m.start() for m in _OPINION_SUBJECT.finditer(ctx.lower)]
        school = c.configured_school(ctx)
        if school:
            hits += [m.start() for m in re.finditer(re.escape(school.lower()), ctx.lower)]
        follow = True
    else:
        pattern = ANCHORS.get(check)
        if pattern is None and check not in _NEEDS_WORDS:
            return range(len(sents))
        # on a picture or video channel the post's words describe the recording ("de battle tussen groep 7 en 8
        # in de gymzaal 🔥"): every sentence is scored (CV on 3081 texts: recording 0.908/0.878 -> 0.906/0.893)
        if pattern is None or (check == "lesson-recording" and c.channel(ctx) in c.VIDEO_CHANNELS):
            return frozenset(i for i in range(len(sents)) if not vetoed(ctx, check, c.span_text(ctx, sents[i])))
        hits = [m.start() for m in pattern.finditer(ctx.lower)]
        follow = check == "lesson-recording"
    if not hits:
        return frozenset()
    ends = [e for _, e in sents]
    out = set()
    for pos in hits:
        i = bisect.bisect_right(ends, pos)
        if i < len(sents) and sents[i][0] <= pos:
            out.add(i)
            if follow and i + 1 < len(sents):
                out.add(i + 1)
    return frozenset(i for i in out if not vetoed(ctx, check, c.span_text(ctx, sents[i])))


#: Only checks with an anchor are vetoed at all (see :func:`anchored_sentences`).
#: Checks whose subject a personal-view statement itself denies: such a sentence is never their finding.
_NOT_IN_DISCLAIMER = frozenset({"opinion-disclaimer", "speaking-for-school"})
#: Checks whose rules skip questions ("Wie heeft de video van de les?"); an invitation or an insult can be one,
#: and so can an opinion ("Wie heeft dat nou weer bedacht?"): ``opinion-disclaimer`` scores questions.
_NO_QUESTIONS = frozenset({"speaking-for-school", "lesson-recording", "logo-use"})
#: A subject word after a negation in the same clause: "ik spreek niet namens de school", "deel geen opnames".
_NEG_BEFORE = re.compile(r"\b(?:niet|geen|nooit)\s+(?:[^\s,;:.!?]+\s+){0,6}$")
#: "wij als team hebben genoten", "wij als school zijn trots", "het hele team heeft genoten": a shared feeling is
#: not a position.
_SHARED_FEELING = re.compile(r"\b(?:(?:wij|we)\s+als\s+(?:\w+\s+){1,3}?(?:hebben|zijn|waren)"
                             r"|(?:het\s+(?:hele\s+)?|ons\s+(?:hele\s+)?|heel\s+het\s+)team\s+(?:heeft|is|was))\s+(?:\w+\s+){0,2}?"
                             r"(?:genoten|trots|blij|dankbaar|onder\s+de\s+indruk|verrast|ontroerd)\b")


#: Checks whose finding needs more than a greeting: a sentence of at most :data:`_MIN_WORDS` words (not
#: counting the thread speaker or punctuation) is not scored for them. Chosen by cross-validation: on
#: 2371 texts pupil-contact went from P 0.891 R 0.752 to P 0.897 R 0.767.
_NEEDS_WORDS = frozenset({"pupil-contact"})
_MIN_WORDS = 3
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")
#: Someone else's logo: "het logo van de Koningsspelen", "het logo van een sponsor" (the rules pass over these).
_LOGO_WORD = re.compile(r"\blogo(?:'s)?\b")
_OTHERS_LOGO = re.compile(r"\blogo(?:'s)?\s+van\s+(?:de|het|een|onze|ons)\s+(?!school|stichting|schoolbestuur|bestuur)\w+"
                          r"|\b(?:hun|jullie|zijn|haar)\s+(?:eigen\s+)?(?:\w+\s+)?logo(?:'s)?\b")


def vetoed(ctx: Context, check: str, low: str) -> bool:
    """True if the rules of ``check`` deliberately pass over sentences like
    ``low`` (lower case), so the model must not report it either: a question
    (for checks whose rules skip questions), every mention of the subject
    negated ("ik spreek niet namens de school", "maak geen filmpjes"), and per
    check the rules' own exceptions (a personal-view statement for the
    opinion and speaking-for-school checks, a video of oneself, a film that was
    watched, "voortaan", an empty classroom; a sentence about the rule itself; a shared feeling
    "wij als team hebben genoten"; under SOM the statement of capacity "namens Stichting SOM" with its agreement; someone else's
    logo), and for
    pupil-contact a bare greeting of three words or fewer ("Juf Kim: Hoi!")."""
    if check in _NO_QUESTIONS and c.is_question(low):
        return True
    if check in _NOT_IN_DISCLAIMER:
        from .opinion import DISCLAIMER
        if DISCLAIMER.search(low):
            return True         # "dit is mijn eigen kijk, ik spreek hier niet voor de school": the fix, not the fault
    pattern = ANCHORS.get(check)
    if pattern is not None:
        found = [m.start() for m in pattern.finditer(low)]
        if found and all(_NEG_BEFORE.search(low, 0, pos) for pos in found):
            return True
    if check in _NEEDS_WORDS and len(_PLAIN_WORD.findall(c.SPEAKER_PREFIX.sub("", low, count=1))) <= _MIN_WORDS:
        return True             # "Juf Kim: Hoi!", "Fijne avond allemaal!": a greeting invites nothing
    if check == "lesson-recording":
        from .recording import _LATER, _WATCHED, NO_PUPILS, self_video
        return bool(self_video(low) or _WATCHED.search(low) or _LATER.search(low) or NO_PUPILS.search(low))
    if check == "logo-use":
        mentions = _LOGO_WORD.findall(low)
        return bool(mentions) and len(_OTHERS_LOGO.findall(low)) >= len(mentions)
    if check == "speaking-for-school":
        from .role import _ABOUT_RULE, _WE, states_capacity
        return bool((_ABOUT_RULE.search(low) and not _WE.search(low)) or _SHARED_FEELING.search(low)
                    or states_capacity(ctx, low))
    return False


def probabilities(ctx: Context, model: ConductModel, i: int) -> list[float]:
    """The model's probability per check (model order) for sentence ``i`` (cached per text)."""
    cache = c.memo(ctx, "learned-scores", lambda cx: {})
    probs = cache.get(i)
    if probs is None:
        probs = cache[i] = [probability(v) for v in logits(ctx, model, i)]
    return probs


def logits(ctx: Context, model: ConductModel, i: int) -> list[float]:
    """The model's log-odds per check (model order) for sentence ``i`` (cached per
    text); ``probabilities(ctx, model, i)`` is :func:`probability` of each."""
    cache = c.memo(ctx, "learned-logits", lambda cx: {})
    z = cache.get(i)
    if z is None:
        z = cache[i] = model.logits(_features_at(ctx, i))
    return z


def all_below(ctx: Context, model: ConductModel, j: int, cut: float) -> bool:
    """True if the log-odds of check index ``j`` stay below ``cut`` in every
    sentence: ``all(logits(ctx, model, i)[j] < cut for i in range(len(sentences)))``,
    reading the per-text cache of :func:`logits` directly (it stops at the
    first sentence that reaches ``cut``, as ``all`` does)."""
    get = c.memo(ctx, "learned-logits", lambda cx: {}).get
    for i in range(len(c.sentences(ctx))):
        z = get(i)
        if z is None:
            z = logits(ctx, model, i)
        if not z[j] < cut:
            return False
    return True


#: Public channels where a post about the school joins the public discussion, thread or not (a personal
#: blog column too: CV role-disclosure on 3081 texts 0.878/0.761 -> 0.874/0.774).
_PUBLIC_DISCUSSION = frozenset({"x", "facebook", "linkedin", "instagram", "blog"})


def gate(ctx: Context, check: str) -> bool:
    """True if the text-level conditions of ``check`` hold, so that a
    sentence of this text may be reported by the model.

    These mirror the rules' own preconditions (see each check's docstring):
    the model decides *which sentence*, never *whether the text is exempt*.
    One more condition holds for every check: the target channel or a staff
    author must be known (``--channel``, front matter, config). Without
    either, a text may as well be the school's own newsletter ("Het team van
    OBS De Regenboog bedankt de ouders"), so only the rules run.
    """
    if not c.channel_or_staff(ctx):
        return False
    if check == "opinion-disclaimer":
        from .opinion import needs_disclaimer
        return needs_disclaimer(ctx)
    if check == "role-disclosure":
        from .channels import greets_parents
        from .role import _ABOUT_SCHOOL, _OWN_CLASS, _role_statement, in_discussion, own_sentences
        discussion = in_discussion(ctx)
        about_school = (_ABOUT_SCHOOL.search(ctx.lower) or c.mentions_org(ctx, 0, len(ctx.text))
                        or c.SCHOOL_NAME.search(ctx.text))
        return (c.is_staff_voice(ctx) and c.personal_voice_channel(ctx) and bool(discussion or c.channel(ctx) in _PUBLIC_DISCUSSION)
                and bool(about_school) and not _OWN_CLASS.search(ctx.lower) and not greets_parents(ctx)
                and _role_statement(ctx, own_sentences(ctx)) is None)
    if check == "speaking-for-school":
        from .role import _MANDATE, front_role
        # (a director may speak for the school; one who states no mandate anywhere is checked like a teacher)
        return (not c.writes_as_school(ctx) and c.author_kind(ctx) in ("staff", "unknown")
                and c.personal_voice_channel(ctx)
                and (front_role(ctx) not in ("director", "directeur") or not _MANDATE.search(ctx.lower)))
    if check == "official-channel":
        ch = c.channel(ctx)
        return (c.author_kind(ctx) not in ("parent", "pupil") and ch is not None and ch != "newsletter"
                and ch not in c.official_channels(ctx))
    if check == "pupil-contact":
        exceptions = set(c.pack_setting(ctx, "pupil-contact", "exceptions", []) or [])
        return c.is_staff_voice(ctx) and c.channel(ctx) not in exceptions and not c.on_school_channel(ctx)
    if check == "lesson-recording":
        from .recording import _ACTIVITY, has_consent_statement
        from .role import _ABOUT_SCHOOL
        school = _ACTIVITY.search(ctx.lower) or _ABOUT_SCHOOL.search(ctx.lower)     # a film of one's garden is not
        return bool(school) and not has_consent_statement(ctx)
    if check == "logo-use":
        from .logo import approved
        return c.author_kind(ctx) != "school" and not approved(ctx)
    return True                 # hurtful-language, confidential-info: no text-level condition


def may_add(ctx: Context) -> bool:
    """Can the model add a span to the findings of any check of this text?
    Not of an empty (or white-space) text, nor where neither the target
    channel nor a staff author is known (the first condition of :func:`gate`)."""
    return bool(ctx.text) and not ctx.text.isspace() and c.channel_or_staff(ctx)


def extend(ctx: Context, check: str, spans: list[Span], model: ConductModel | None = None) -> list[Span]:
    """``spans`` (the rules' findings of ``check``) plus the model's.

    Returns ``spans`` unchanged when there is no model, the model has no
    weights for ``check``, or :func:`gate` is false; otherwise adds a span
    per sentence whose probability reaches the check's threshold and that no
    rule span overlaps. A :data:`ONCE_PER_TEXT` check reports one span: the
    model's best sentence when the rules found none; when the rules found
    one, that span when its sentence reaches the threshold too (or when no
    sentence does), else a span at the model's best sentence instead (with
    the rules' message variant: the rules found the text, the model picks the
    sentence that shows it).
    """
    if not may_add(ctx) or not gate(ctx, check):
        return spans
    # A once-per-text check: the rules found the text; the model may pick a better sentence for the finding.
    rule = spans[0] if check in ONCE_PER_TEXT and len(spans) == 1 else None
    if check in ONCE_PER_TEXT and spans and rule is None:
        return spans
    model = model if model is not None else default_model()      # loaded only when a text passes a gate
    if model is None or check not in model.threshold:
        return spans
    thr = model.threshold[check]
    cut = logit_cut(thr)        # log-odds below this cannot reach thr: no probability needed
    j = model.checks.index(check)
    sents = c.sentences(ctx)
    # A sentence is reported only if it reaches the threshold: when no sentence of the text does,
    # which sentences mention the check's subject (a search of the whole text) does not matter.
    if cut > -math.inf and all_below(ctx, model, j, cut):
        return spans
    taken = [] if rule is not None else [(s.start, s.end) for s in spans]
    own_only = check in AUTHOR_ONLY
    hits = []
    for i in sorted(anchored_sentences(ctx, check)):
        sp = sents[i]
        if taken and any(a < sp[1] and sp[0] < b for a, b in taken):
            continue
        if own_only and not threads.in_author_turn(ctx, sp[0]):
            continue            # another speaker's turn in a written-out thread
        z = logits(ctx, model, i)[j]
        if z < cut:
            continue
        p = probability(z)
        if p >= thr:
            hits.append((p, sp))
    if not hits:
        return spans
    if check in ONCE_PER_TEXT:
        if rule is not None and any(rule.start < sp[1] and sp[0] < rule.end for _, sp in hits):
            return spans            # the model agrees with the rules' sentence
        p, sp = max(hits, key=lambda h: (h[0], -h[1][0]))
        if rule is not None:
            return [Span(sp[0], sp[1], check, round(p, 3), DETECTOR, rule.variant)]
        hits = [(p, sp)]
    extra = [Span(sp[0], sp[1], check, round(p, 3), DETECTOR) for p, sp in hits]
    return sorted(spans + extra, key=lambda s: (s.start, s.end))
