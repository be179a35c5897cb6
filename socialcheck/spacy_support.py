"""Optional installed spaCy pipeline for person names (``nlp: {model: ...}``).

This is the only module that imports spaCy: importing it costs about a
second, so the default path never does. A user who has a Dutch pipeline
installed (``nl_core_news_md``, or a pipeline of their own on disk) can add
its ``PER``/``PERSON`` entities to the rule-based names::

    # .socialcheck.yaml
    nlp:
      model: nl_core_news_md      # a package name or a path to nlp.to_disk()

When spaCy or the model is not installed, ONE warning line goes to stderr
(per process) and the built-in detection runs on; the exit code does not
change. Nothing is downloaded.
"""

from __future__ import annotations

import functools
import sys
from typing import Callable

from .detectors.base import Context
from .model import Span

#: Entity labels that mean "person" in spaCy pipelines (Dutch: PER / PERSON).
PERSON_LABELS = frozenset({"PER", "PERSON"})

Detector = Callable[[Context, list], list]


@functools.cache
def person_detector(model_name_or_path: str) -> Detector | None:
    """Load an installed spaCy pipeline and return a detector for its person entities.

    Args:
        model_name_or_path: an installed package name (``nl_core_news_md``) or a
            directory written by ``nlp.to_disk()``.
    Returns:
        ``fn(ctx, spans) -> list[Span]``: ``person-name`` spans for the
        pipeline's ``PER``/``PERSON`` entities, except entities that are
        already a stronger finding (e-mail, handle) or that the project's
        word lists know as a place, event, method or public figure; or
        ``None`` when spaCy or the model is missing (after printing one
        warning line to stderr). Cached: one load and at most one warning per
        process and model.
    """
    try:
        import spacy
    except Exception:  # ImportError, or a broken install
        _warn(model_name_or_path, "spaCy is niet geïnstalleerd / spaCy is not installed")
        return None
    try:
        nlp = spacy.load(model_name_or_path, exclude=["lemmatizer", "textcat", "textcat_multilabel"])
    except Exception:  # OSError for a missing model, ValueError/KeyError for a broken one
        _warn(model_name_or_path, "model niet gevonden / model not found")
        return None
    if "ner" not in nlp.pipe_names:
        _warn(model_name_or_path, "pipeline zonder 'ner' / pipeline without 'ner'")
        return None
    # Only the components NER needs (a tok2vec/transformer it listens to).
    keep = {"ner"} | {name for name, proc in nlp.pipeline if name in ("tok2vec", "transformer")}
    disabled = [name for name in nlp.pipe_names if name not in keep]

    def detect(ctx: Context, spans: list[Span]) -> list[Span]:
        from .detectors.names import lexicon

        lex = lexicon()
        with nlp.select_pipes(disable=disabled):
            doc = nlp(ctx.text)
        taken = [(s.start, s.end) for s in spans if s.check != "person-name"]
        out = []
        for ent in doc.ents:
            if ent.label_ not in PERSON_LABELS:
                continue
            start, end = ent.start_char, ent.end_char
            text = ctx.text[start:end]
            if text.endswith(("'s", "’s")):
                end -= 2
            if end <= start or any(a < end and start < b for a, b in taken):
                continue
            if _known_non_person(text, lex):
                continue
            out.append(Span(start, end, "person-name", 0.8, "spacy"))
        return out

    return detect


def _known_non_person(text: str, lex) -> bool:
    """Is the whole entity a place, event, method or public figure from the word lists?"""
    from .detectors.names import _PHRASE_TOKEN

    words = tuple(_PHRASE_TOKEN.findall(text.lower()))
    if not words:
        return True
    return words in lex.nonperson or words in lex.places


def _warn(model: str, problem: str) -> None:
    sys.stderr.write(f"socialcheck: waarschuwing: spaCy-model '{model}': {problem}; "
                     "de ingebouwde naamherkenning wordt gebruikt / using built-in name detection\n")
