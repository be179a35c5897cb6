"""The learned sentence scorer behind the conduct checks (socialcheck.checks.learned)."""

from __future__ import annotations

import json

import pytest

from socialcheck import config, engine, protocols
from socialcheck.checks import CHECK_FUNCTIONS, learned
from socialcheck.documents import read_text
from socialcheck.model import Span

# An invented Instagram caption: pupils in a lesson, shown as it happens, in words no recording rule lists.
CAPTION = "Kijk eens hoe hard groep 6 aan het zwoegen was tijdens de rekenles vanochtend 😅 #swipe"


def conduct(text: str, protocol: str = "kalisto", channel: str | None = "instagram", **extra):
    cfg = config.build({}, None, {"protocol": protocol, "channel": channel, **extra})
    return [f for f in engine.check_document(read_text("post.txt", text), cfg) if f.category == "conduct"]


def ctx_for(text: str, protocol: str = "lithora", channel: str | None = "facebook", front: dict | None = None):
    cfg = config.build({}, None, {"protocol": protocol, "channel": channel})
    doc = read_text("post.txt", text)
    if front:
        doc.meta["front_matter"] = front
    return engine.make_context(doc, cfg, protocols.load(cfg.protocol))


def tiny_model(check: str, weights: dict[str, float], bias: float = -3.0, threshold: float = 0.5):
    return learned.ConductModel({"feature_version": learned.FEATURE_VERSION, "checks": [check],
                                 "bias": {check: bias}, "threshold": {check: threshold},
                                 "weights": {check: weights}})


# ------------------------------------------------------------------ the shipped model, end to end

def test_shipped_model_loads_and_covers_only_known_checks():
    model = learned.default_model()
    assert model is not None
    assert set(model.checks) <= set(CHECK_FUNCTIONS)
    assert all(0 < t <= 1 for t in model.threshold.values())


def test_model_reports_a_recording_the_rules_miss():
    found = conduct(CAPTION)
    assert [(f.check, f.detector) for f in found] == [("lesson-recording", "conduct.model")]
    assert found[0].line == 1 and found[0].column == 1
    assert 0.5 <= found[0].score <= 1
    assert found[0].protocol_refs, "a model finding cites the protocol article like a rule finding"


def test_model_off_in_config_leaves_the_rules_alone():
    assert conduct(CAPTION, conduct_model=False) == []


def test_model_respects_the_consent_statement():
    assert conduct(CAPTION + "\nAlle ouders hebben toestemming gegeven voor beeld op Instagram.") == []


def test_model_checks_a_closed_channel_too_and_respects_its_consent_statement():
    """A class album in Parro needs the consent statement like a post on Instagram (the rules do the same)."""
    assert [f.check for f in conduct(CAPTION, channel="parro")] == ["lesson-recording"]
    assert conduct(CAPTION + "\nAlleen kinderen met toestemming staan erop.", channel="parro") == []


def test_model_needs_a_known_channel_or_staff_author():
    """Without a channel or author, the text may be the school's own newsletter: rules only."""
    assert conduct(CAPTION, channel=None) == []


def test_json_output_names_the_detector(tmp_path, cli):
    post = tmp_path / "post.md"
    post.write_text("---\nchannel: instagram\n---\n" + CAPTION + "\n", encoding="utf-8")
    r = cli(str(post), "--protocol", "kalisto", "--format", "json", "--select", "lesson-recording")
    assert r.code == 1
    assert [(f["check"], f["detector"]) for f in r.json()["findings"]] == [("lesson-recording", "conduct.model")]


def test_config_switch_turns_the_model_off(tmp_path, cli):
    (tmp_path / ".socialcheck.yaml").write_text("conduct_model: false\nchannel: instagram\n", encoding="utf-8")
    (tmp_path / "post.txt").write_text(CAPTION + "\n", encoding="utf-8")
    r = cli(str(tmp_path / "post.txt"), "--protocol", "kalisto")
    assert r.code == 0, r.out


def test_config_rejects_a_non_boolean_switch(tmp_path, cli):
    (tmp_path / ".socialcheck.yaml").write_text("conduct_model: misschien\n", encoding="utf-8")
    (tmp_path / "post.txt").write_text(CAPTION + "\n", encoding="utf-8")
    r = cli(str(tmp_path / "post.txt"))
    assert r.code == 2
    assert "conduct_model" in r.err and "Traceback" not in r.err


# ------------------------------------------------------------------ extend() with a tiny model

def test_extend_adds_a_sentence_above_the_threshold_only():
    ctx = ctx_for("Wat een sukkels zijn het. Wat een schatjes zijn het.")
    model = tiny_model("hurtful-language", {"w:sukkels": 6.0})
    spans = learned.extend(ctx, "hurtful-language", [], model)
    assert [(s.start, s.end, s.detector) for s in spans] == [(0, 25, "conduct.model")]


def test_extend_keeps_rule_spans_and_skips_their_sentences():
    ctx = ctx_for("Wat een sukkels zijn het. Wat een sukkels.")
    rule = [Span(0, 25, "hurtful-language", 0.8, "conduct.tone")]
    spans = learned.extend(ctx, "hurtful-language", rule, tiny_model("hurtful-language", {"w:sukkels": 6.0}))
    assert [(s.start, s.detector) for s in spans] == [(0, "conduct.tone"), (26, "conduct.model")]


def test_once_per_text_check_gets_one_span_at_the_best_sentence():
    text = "Het bestuur kiest slecht. Het bestuur kiest heel erg slecht."
    ctx = ctx_for(text)
    model = tiny_model("opinion-disclaimer", {"w:slecht": 4.0, "w:erg": 2.0})
    spans = learned.extend(ctx, "opinion-disclaimer", [], model)
    assert [(s.start, s.end) for s in spans] == [(26, len(text))]


def test_once_per_text_check_keeps_the_rules_sentence_when_the_model_agrees():
    ctx = ctx_for("Het bestuur kiest slecht. Het bestuur kiest heel erg slecht.")
    rule = [Span(0, 25, "opinion-disclaimer", 0.8, "conduct.opinion")]
    model = tiny_model("opinion-disclaimer", {"w:slecht": 4.0})      # both sentences score alike: the first wins
    assert learned.extend(ctx, "opinion-disclaimer", rule, model) == rule


def test_once_per_text_check_keeps_the_rules_sentence_when_no_sentence_reaches_the_threshold():
    ctx = ctx_for("Het bestuur kiest slecht. Het bestuur kiest heel erg slecht.")
    rule = [Span(0, 25, "opinion-disclaimer", 0.8, "conduct.opinion", "capacity")]
    model = tiny_model("opinion-disclaimer", {"w:erg": 2.0})         # 1 / (1 + e) < 0.5
    assert learned.extend(ctx, "opinion-disclaimer", rule, model) == rule


def test_once_per_text_finding_moves_to_the_models_sentence_with_the_rules_variant():
    """The rules found the text (at its first sentence), which the model scores below its threshold; the
    model's sentence is the second: one finding, there, with the rules' message variant."""
    text = "Het bestuur kiest slecht. Het bestuur kiest heel erg slecht."
    ctx = ctx_for(text)
    rule = [Span(0, 25, "opinion-disclaimer", 0.8, "conduct.opinion", "capacity")]
    model = tiny_model("opinion-disclaimer", {"w:erg": 5.0})
    spans = learned.extend(ctx, "opinion-disclaimer", rule, model)
    assert [(s.start, s.end, s.detector, s.variant) for s in spans] == [(26, len(text), "conduct.model", "capacity")]


def test_once_per_text_finding_stays_at_the_rules_sentence_when_the_model_also_reports_it():
    """Both sentences reach the threshold and the second scores higher: the rules' sentence is confirmed by
    the model, so the finding stays there ("Het besluit is onbegrijpelijk. De inspectie had moeten ingrijpen.")."""
    ctx = ctx_for("Het bestuur kiest slecht. Het bestuur kiest heel erg slecht.")
    rule = [Span(0, 25, "opinion-disclaimer", 0.8, "conduct.opinion", "capacity")]
    model = tiny_model("opinion-disclaimer", {"w:slecht": 4.0, "w:erg": 2.0})
    assert learned.extend(ctx, "opinion-disclaimer", rule, model) == rule


@pytest.mark.parametrize("text, front", [
    ("Het bestuur kiest slecht. Dit is mijn persoonlijke mening.", None),     # a disclaimer covers the text
    ("Het bestuur kiest slecht.", {"author": "school"}),                      # the school itself writes
    ("Het bestuur kiest slecht.", {"author": "parent"}),                      # parents need no disclaimer
])
def test_gate_keeps_the_texts_the_rules_exempt(text, front):
    ctx = ctx_for(text, front=front)
    assert learned.extend(ctx, "opinion-disclaimer", [], tiny_model("opinion-disclaimer", {"w:slecht": 6.0})) == []


@pytest.mark.parametrize("text", [
    "Ik spreek hier niet namens de school.",          # negated
    "Spreek jij namens de school?",                   # a question
    "Wij als team hebben genoten van de musical.",    # a shared feeling, not a position
])
def test_vetoed_sentences_are_never_scored(text):
    ctx = ctx_for(text)
    model = tiny_model("speaking-for-school", {"w:namens": 9.0, "w:team": 9.0})
    assert learned.extend(ctx, "speaking-for-school", [], model) == []


def test_anchor_limits_scoring_to_sentences_about_the_subject():
    ctx = ctx_for("De kinderen hebben flink gesport. Hier de video van de gymles.")
    assert learned.anchored_sentences(ctx, "lesson-recording") == frozenset({1})


def test_on_a_video_channel_every_sentence_may_describe_the_recording():
    text = "De kinderen hebben flink gesport. Hier de video van de gymles."
    assert learned.anchored_sentences(ctx_for(text, channel="tiktok"), "lesson-recording") == frozenset({0, 1})
    assert learned.anchored_sentences(ctx_for(text, channel="facebook"), "lesson-recording") == frozenset({1})


# ------------------------------------------------------------------ the model file

def test_lexical_features_name_the_rule_patterns_a_sentence_matches():
    """A judgement and a topic, a sick colleague: the rules' own patterns become features, even when the
    sentence as a whole matches no rule."""
    assert learned.lexical_features("die fusie is echt een blamage") == ["L:eval", "L:topic"]
    assert "L:sick" in learned.lexical_features("juf sanne is al drie weken ziek thuis met een burn-out")
    assert learned.lexical_features("de kat slaapt op de bank") == []


def test_a_model_can_weigh_a_rule_pattern_feature():
    """A tiny model that weighs only ``L:sick`` reports the sentence with the sick colleague, not its neighbour."""
    text = "Fijn weekend allemaal.\nOnze collega Bram zit al weken ziek thuis, hij is overspannen."
    ctx = ctx_for(text)
    model = tiny_model("confidential-info", {"L:sick": 6.0})
    spans = learned.extend(ctx, "confidential-info", [], model)
    assert [text[s.start:s.end] for s in spans] == ["Onze collega Bram zit al weken ziek thuis, hij is overspannen."]


def test_model_file_of_another_feature_version_is_refused(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"feature_version": 999, "checks": [], "bias": {}, "threshold": {}, "weights": {}}))
    with pytest.raises(learned.ModelError, match="feature version"):
        learned.ConductModel.load(str(path))


def test_broken_model_file_is_a_model_error(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(learned.ModelError, match="m.json"):
        learned.ConductModel.load(str(path))


def test_scores_are_probabilities_from_the_weights():
    model = tiny_model("hurtful-language", {"w:a": 3.0}, bias=-3.0)
    assert model.scores(["w:a"]) == [pytest.approx(0.5)]
    assert model.scores(["w:b"])[0] == pytest.approx(1 / (1 + 2.718281828 ** 3), rel=1e-6)


# ------------------------------------------------------------------ anchors, gates and context (feature version 2)

def test_opinion_anchor_takes_education_subjects_beyond_the_rules_topics():
    # "schooltijden" and "toetsgekte" are in no rule topic, but an opinion about them needs the disclaimer too
    ctx = ctx_for("Mooi weer vandaag. Die nieuwe schooltijden zijn een miskleun. En die toetsgekte ook.")
    assert learned.anchored_sentences(ctx, "opinion-disclaimer") >= frozenset({1, 2})
    assert 0 not in learned.anchored_sentences(ctx, "opinion-disclaimer")


@pytest.mark.parametrize("text, anchored", [
    ("We hebben het nieuwe schoollogo op de tassen gezet.", True),
    ("Logopedie in de klas werkt echt goed.", False),                       # not a logo
    ("Opgeven kan bij meneer Fontana, Dorpsstraat 1.", False),              # a surname, not a font
])
def test_logo_anchor_needs_a_logo_word(text, anchored):
    ctx = ctx_for(text, protocol="onderwijs-primair")
    assert (0 in learned.anchored_sentences(ctx, "logo-use")) is anchored


@pytest.mark.parametrize("text", [
    "Op de shirts stond het logo van de Koningsspelen.",                  # someone else's logo
    "In de klas ontwierpen de kinderen hun eigen logo voor de krant.",   # the pupils' own design
])
def test_someone_elses_logo_is_vetoed(text):
    ctx = ctx_for(text, protocol="onderwijs-primair")
    model = tiny_model("logo-use", {"w:logo": 9.0})
    assert learned.extend(ctx, "logo-use", [], model) == []


def test_speaking_for_school_anchor_needs_a_collective_not_just_the_word_school():
    ctx = ctx_for("Haar opa spreekt goed Duits, dus wie hem wil helpen op school: graag. "
                  "Het hele team staat hier achter.")
    assert learned.anchored_sentences(ctx, "speaking-for-school") == frozenset({1})


def test_role_gate_opens_on_a_public_post_about_the_school_without_a_thread():
    text = "Ik zit zelf bij de overleggen over het nieuwe gebouw van De Vuurtoren, en het komt echt goed."
    front = {"author": "teacher"}
    assert learned.gate(ctx_for(text, protocol="lithora", channel="facebook", front=front), "role-disclosure")
    # a personal blog column about the school joins the public discussion too
    assert learned.gate(ctx_for(text, protocol="lithora", channel="blog", front=front), "role-disclosure")
    # ... but not on the school's own channel, nor when the author says where they work and as what
    assert not learned.gate(ctx_for(text, protocol="lithora", channel="parro", front=front), "role-disclosure")
    stated = "Ik ben leerkracht van groep 5 op De Vuurtoren (Lithora). " + text
    assert not learned.gate(ctx_for(stated, protocol="lithora", channel="facebook", front=front), "role-disclosure")


def test_irony_markers_are_features():
    """An eye-roll emoji and scare quotes mark irony ("Knap hoor 🙄", het "maatwerk"); plain text has neither."""
    ironic = learned.sentence_features('weer een "briljante" zet van het bestuur, knap hoor 🙄', False, False, ())
    assert "e:🙄" in ironic and "scare" in ironic
    plain = learned.sentence_features("het bestuur heeft 's avonds vergaderd over het plan.", False, False, ())
    assert not any(f.startswith("e:") for f in plain) and "scare" not in plain, "'s avonds is no quotation"


def test_a_rhetorical_question_can_be_an_opinion_but_does_not_speak_for_the_school():
    """"Wie heeft dat nou weer bedacht?" is a judgement in question form: the opinion model may score it,
    while speaking-for-school (like recording and logo-use) still passes over questions."""
    text = "Wie heeft die nieuwe toetskalender van het bestuur nou weer bedacht?"
    ctx = ctx_for(text)
    opinion = tiny_model("opinion-disclaimer", {"w:bedacht": 9.0})
    assert [s.check for s in learned.extend(ctx, "opinion-disclaimer", [], opinion)] == ["opinion-disclaimer"]
    speaking = tiny_model("speaking-for-school", {"w:bedacht": 9.0})
    assert learned.extend(ctx, "speaking-for-school", [], speaking) == []


def test_shipped_model_reports_an_ironic_question_about_the_foundation():
    text = ("Zoveel vergaderingen over werkdrukverlaging dat er geen tijd meer is om les voor te bereiden. "
            "Wie bij de stichting heeft dit eigenlijk bedacht, en stond die ooit zelf voor de klas? 🙄")
    found = conduct(text, protocol="lithora", channel="x", author="teacher")
    assert [f.check for f in found] == ["opinion-disclaimer"]
    assert conduct(text + " Dit is mijn persoonlijke mening en niet die van mijn werkgever.",
                   protocol="lithora", channel="x", author="teacher") == []


def test_features_carry_the_words_of_the_sentence_before():
    ctx = ctx_for("Reactie op een leerling. Je had het gewoon moeten inleveren.")
    second = learned.document_features(ctx)[1]
    assert "x:leerling" in second and "w:inleveren" in second
    assert not any(f.startswith("x:") for f in learned.document_features(ctx)[0])


# ------------------------------------------------------------------ shortcuts equal what they replace

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def test_scores_are_the_probabilities_of_the_logits():
    model = learned.default_model()
    feats = learned.sentence_features("ik vind de werkdruk veel te hoog", False, False, ("author:unknown", "channel:x"))
    assert model.scores(feats) == [learned.probability(v) for v in model.logits(feats)]


@settings(max_examples=3000, deadline=None)
@given(st.floats(min_value=1e-9, max_value=1 - 1e-9), st.floats(min_value=0.0, max_value=1e-3),
       st.floats(min_value=-40.0, max_value=40.0))
def test_below_the_logit_cut_no_probability_reaches_the_threshold(thr, below, z):
    """``z < logit_cut(thr)`` implies ``probability(z) < thr``: near the cut
    (``below`` under it) and anywhere (``z``)."""
    cut = learned.logit_cut(thr)
    if cut == float("-inf"):
        return
    for v in (cut - below, z):
        if v < cut:
            assert learned.probability(v) < thr


def test_logit_cut_without_a_shortcut_at_the_ends():
    for thr in (0.0, -1.0, 1.0, 2.0, 1 - 1e-15):
        assert learned.logit_cut(thr) == float("-inf")


def _extend_reference(ctx, check, spans, model):
    """:func:`learned.extend` as it was written before its shortcuts (all
    anchored sentences scored, every probability computed; other speakers'
    turns skipped for :data:`learned.AUTHOR_ONLY` checks)."""
    if not ctx.text.strip() or not learned.gate(ctx, check):
        return spans
    once = check in learned.ONCE_PER_TEXT
    if once and len(spans) > 1:
        return spans
    if model is None or check not in model.threshold:
        return spans
    thr = model.threshold[check]
    j = model.checks.index(check)
    from socialcheck.checks import _common as c
    from socialcheck.checks import threads
    sents = c.sentences(ctx)
    taken = [] if once else [(s.start, s.end) for s in spans]
    hits = []
    for i in sorted(learned.anchored_sentences(ctx, check)):
        sp = sents[i]
        if taken and any(a < sp[1] and sp[0] < b for a, b in taken):
            continue
        if check in learned.AUTHOR_ONLY and not threads.in_author_turn(ctx, sp[0]):
            continue
        p = model.scores(learned._features_at(ctx, i))[j]
        if p >= thr:
            hits.append((p, sp))
    if not hits:
        return spans
    if once:
        if spans and any(spans[0].start < sp[1] and sp[0] < spans[0].end for _, sp in hits):
            return spans
        p, sp = max(hits, key=lambda h: (h[0], -h[1][0]))
        if spans:
            return [Span(sp[0], sp[1], check, round(p, 3), learned.DETECTOR, spans[0].variant)]
        hits = [(p, sp)]
    extra = [Span(sp[0], sp[1], check, round(p, 3), learned.DETECTOR) for p, sp in hits]
    return sorted(spans + extra, key=lambda s: (s.start, s.end))


def test_extend_equals_the_plain_scoring_of_every_anchored_sentence():
    """The shortcuts of :func:`learned.extend` (no probability below the
    logit cut; no anchor search when no sentence reaches the threshold) give
    the spans of scoring every anchored sentence, on the labelled corpora
    under several packs and channels, with and without the rules' spans."""
    import glob
    import os
    import re
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    texts = []
    for folder in ("conduct", "conduct-holdout", "conduct-dev1", "conduct-dev2"):
        for path in sorted(glob.glob(os.path.join(root, "benchmarks", "corpus", folder, "*.txt")))[:60]:
            with open(path, encoding="utf-8") as fh:
                texts.append(re.sub(r"\[\[[a-z-]+(?::[a-z]+)?\|(.*?)\]\]", r"\1", fh.read(), flags=re.S))
    assert len(texts) > 100
    model = learned.default_model()
    reported = 0
    for k, text in enumerate(texts):
        protocol, channel = [("lithora", "facebook"), ("kalisto", "instagram"), ("som", "x"), ("default", "linkedin")][k % 4]
        for check, fn in CHECK_FUNCTIONS.items():
            rules = fn(ctx_for(text, protocol, channel))
            for spans in (rules, []):
                got = learned.extend(ctx_for(text, protocol, channel), check, list(spans), model)
                want = _extend_reference(ctx_for(text, protocol, channel), check, list(spans), model)
                assert got == want, (check, text[:60])
                reported += len(got) - len(spans)
    assert reported > 0          # the model does report sentences on these texts


def _plain_logits(model, features):
    """:meth:`learned.ConductModel.logits` the plain way: each weight added in a loop."""
    z = [model.bias.get(k, 0.0) for k in model.checks]
    for f in features:
        for i, w in model.weights.get(f, ()):
            z[i] += w
    return z


_SHIPPED_FEATURES = sorted(learned.default_model().weights)[::7] if learned.default_model() else ["w:x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_SHIPPED_FEATURES), st.sampled_from(["w:zzz", "b:x_y", "q", "first"])),
                max_size=80))
def test_logits_by_rows_are_the_plain_sums(features):
    """The per-check sums over feature rows are bit for bit the sums of the
    plain loop, features repeated or unknown."""
    model = learned.default_model()
    assert model.logits(features) == _plain_logits(model, features)
    assert model.logits([]) == _plain_logits(model, [])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=12),
       st.lists(st.floats(min_value=-50, max_value=50, allow_subnormal=False), min_size=4, max_size=4))
def test_logits_by_rows_on_a_small_model(features, ws):
    data = {"feature_version": learned.FEATURE_VERSION, "checks": ["x", "y"], "bias": {"x": 0.0, "y": -1.5},
            "threshold": {"x": 0.5, "y": 0.5},
            "weights": {"x": {"a": ws[0], "b": ws[1]}, "y": {"b": ws[2], "c": ws[3]}}}
    model = learned.ConductModel(data)
    assert model.logits(features) == _plain_logits(model, features)


def test_all_below_is_all_over_the_sentences():
    model = learned.default_model()
    text = CAPTION + " Ik vind de werkdruk veel te hoog. Wat een mislukking, dat beleid van de stichting!"
    for check in model.checks:
        j = model.checks.index(check)
        for cut in (-50.0, -3.0, 0.0, 2.0, 50.0):
            ctx = ctx_for(text)
            want = all(learned.logits(ctx, model, i)[j] < cut for i in range(len(learned.c.sentences(ctx))))
            assert learned.all_below(ctx_for(text), model, j, cut) == want


def test_features_reuse_the_words_of_the_sentence_before():
    """:func:`learned._features_at` (words found once per sentence) gives the very
    lists of the plain computation, in the same order (the order of the sums)."""
    import re
    from socialcheck.checks import _common as c
    texts = [CAPTION, "Reactie op een leerling. Je had het gewoon moeten inleveren!\nJuf Kim: ik vind dat niet oké?",
             "Ik vind de werkdruk veel te hoog... Wat een mislukking, dat beleid van de stichting! 😡 #onderwijs"]
    for text in texts:
        ctx = ctx_for(text)
        sents = c.sentences(ctx)
        context = learned.context_features(ctx)
        assert context == ("author:staff", "channel:facebook")     # no author named: taken for staff
        for i, sp in enumerate(sents):
            turn = ctx.text.rfind("\n", 0, sp[0]) + 1 == sp[0] and learned._TURN.match(ctx.text, sp[0]) is not None
            want = learned.sentence_features(c.span_text(ctx, sp), i == 0, turn, context)
            if i > 0:
                want = want + ["x:" + w for w in set(re.findall(learned._WORD, c.span_text(ctx, sents[i - 1])))]
            assert learned._features_at(ctx, i) == want


def test_a_bare_greeting_is_never_a_pupil_contact_sentence():
    """The model does not score "Juf Kim: Hoi Sandra!" for pupil-contact (a greeting invites nothing);
    an invitation of a few words still is scored, and other checks still score greetings."""
    from socialcheck.detectors.base import Context
    ctx = Context("x")
    assert learned.vetoed(ctx, "pupil-contact", "juf kim: hoi sandra!")
    assert learned.vetoed(ctx, "pupil-contact", "fijne avond allemaal!")
    assert not learned.vetoed(ctx, "pupil-contact", "juf kim: stuur me een dm!")
    assert not learned.vetoed(ctx, "hurtful-language", "hoi sukkel!")
