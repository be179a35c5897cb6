"""The optional installed spaCy pipeline (``nlp: {model: ...}``), through the CLI.

The test trains its own tiny Dutch pipeline (blank "nl" + "ner" with one PER
label) on invented sentences, writes it with ``nlp.to_disk`` and points a
config at it. Nothing is downloaded.
"""

from __future__ import annotations

import json
import random

import pytest

spacy = pytest.importorskip("spacy")

# Invented surnames-only "names" the word lists cannot know, in a context the
# rule-based detector does not confirm (a lone unknown capitalised word).
TRAIN_NAMES = ["Quorbel", "Vendrix", "Zwaluma", "Pretolia", "Gimbart", "Olvenaar"]
TEMPLATES = [
    "Gisteren heeft {} de prijs gewonnen.",
    "Vanochtend kwam {} te laat op school.",
    "Wij feliciteren {} met het mooie resultaat.",
    "Het werkstuk van {} hangt in de hal.",
    "Na de pauze vertelde {} over de vakantie.",
    "Morgen neemt {} de klassenknuffel mee naar huis.",
]
DRAFT = "Vanochtend kwam Quorbel te laat op school.\n"


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    from spacy.training import Example

    spacy.util.fix_random_seed(7)
    rng = random.Random(7)
    nlp = spacy.blank("nl")
    ner = nlp.add_pipe("ner")
    ner.add_label("PER")
    examples = []
    for template in TEMPLATES:
        for name in TRAIN_NAMES:
            text = template.format(name)
            start = text.index(name)
            examples.append(Example.from_dict(nlp.make_doc(text),
                                              {"entities": [(start, start + len(name), "PER")]}))
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(20):
        rng.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.1)
    path = tmp_path_factory.mktemp("spacy") / "tiny_nl"
    nlp.to_disk(path)
    # sanity: the pipeline itself finds the name
    assert [e.text for e in spacy.load(path)(DRAFT).ents] == ["Quorbel"]
    return path


def _names(result) -> list[str]:
    return [f["match"] for f in result.json()["findings"] if f["check"] == "person-name"]


def _write_config(folder, model: str) -> str:
    path = folder / "socialcheck.yaml"
    path.write_text(f"nlp:\n  model: {json.dumps(str(model))}\n", encoding="utf-8")
    return str(path)


def test_default_detector_misses_the_unknown_name(cli, tmp_path):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    result = cli(tmp_path / "draft.txt", "--format", "json")
    assert result.code == 0
    assert _names(result) == []


def test_installed_pipeline_adds_its_person_entities(cli, tmp_path, tiny_model):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    cfg = _write_config(tmp_path, tiny_model)
    result = cli(tmp_path / "draft.txt", "--format", "json", "--config", cfg)
    assert _names(result) == ["Quorbel"]
    assert result.code == 1
    assert result.err == ""


def test_pipeline_names_merge_with_rule_based_names(cli, tmp_path, tiny_model):
    (tmp_path / "draft.txt").write_text("Vanochtend kwam Quorbel te laat op school. Juf Sanne was er al.\n",
                                        encoding="utf-8")
    cfg = _write_config(tmp_path, tiny_model)
    result = cli(tmp_path / "draft.txt", "--format", "json", "--config", cfg)
    assert _names(result) == ["Quorbel", "Sanne"]


def test_missing_model_warns_once_and_default_detection_goes_on(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Groetjes van juf Sanne!\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Vandaag was Lotte (8) jarig.\n", encoding="utf-8")
    cfg = _write_config(tmp_path, tmp_path / "no-such-model")
    result = cli(tmp_path / "a.txt", tmp_path / "b.txt", "--format", "json", "--jobs", "1", "--config", cfg)
    warnings = [ln for ln in result.err.splitlines() if ln.strip()]
    assert len(warnings) == 1
    assert "no-such-model" in warnings[0] and "waarschuwing" in warnings[0]
    assert sorted(_names(result)) == ["Lotte", "Sanne"]
    assert result.code == 1  # the findings decide the exit code, not the missing model


def test_missing_model_without_findings_exits_zero(cli, tmp_path):
    (tmp_path / "c.txt").write_text("De gymles is morgen in de sporthal.\n", encoding="utf-8")
    cfg = _write_config(tmp_path, "nl_no_such_package_sm")
    result = cli(tmp_path / "c.txt", "--format", "json", "--config", cfg)
    assert result.code == 0
    assert result.json()["findings"] == []
    assert len(result.err.strip().splitlines()) == 1
