"""Train the learned sentence scorer of the conduct checks.

Usage (from the repository root; needs scikit-learn, a development-only
dependency: ``pip install '.[train]'``)::

    PYTHONPATH=. python benchmarks/train_conduct.py            # cross-validate, then write the model
    PYTHONPATH=. python benchmarks/train_conduct.py --cv-only  # cross-validate only
    PYTHONPATH=. python benchmarks/train_conduct.py --holdout conduct-dev2   # train without it, score it
    PYTHONPATH=. python benchmarks/train_conduct.py --holdout conduct-train6,conduct-train7   # several

Data: every labelled conduct corpus in ``benchmarks/corpus/conduct*`` except
the sealed test sets (:data:`SEALED`), read like ``benchmarks/conduct.py``
reads them, plus the personal-data corpus ``school`` as negatives
(:data:`NEGATIVE_CORPORA`). ``school-test`` stays out: it measures what the
model adds on school text nobody wrote for these checks. Unit: a sentence as the checks split it. For each check a text
takes part only when the check is mapped by its protocol's pack and the
text-level conditions of the check hold (:func:`socialcheck.checks.learned.gate`),
and only sentences that mention the check's subject
(:func:`socialcheck.checks.learned.anchored`) are samples; a sentence is
positive when it overlaps a label of that check.

Model: per check a logistic regression (scikit-learn ``LogisticRegression``,
L2, balanced class weights) over :func:`socialcheck.checks.learned.sentence_features`.
The threshold per check comes from 5-fold cross-validation grouped by text:
the probability with the best recall at which the rules plus the model's
added sentences keep precision >= :data:`MIN_PRECISION` (or, when the rules
alone are below that, at most :data:`PRECISION_SLACK` below the rules) and
the added sentences alone >= :data:`MIN_ADDED_PRECISION` (scored like
``benchmarks/conduct.py``: span overlap with a label of the same check). A check that cannot reach that gets
no weights and the rules work alone.

Output: ``socialcheck/data/conduct_model.json`` (weights rounded to 4
decimals; weights below :data:`PRUNE` in absolute value dropped) and a
cross-validation table on stdout. Deterministic: same data, same model.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

from conduct import CONDUCT, parse  # noqa: E402

from socialcheck import config, engine, protocols  # noqa: E402
from socialcheck.checks import CHECK_FUNCTIONS, learned  # noqa: E402
from socialcheck.documents import read_text  # noqa: E402

#: Corpora never used for training: the sealed test sets.
SEALED = frozenset({"conduct-test40"})
MIN_PRECISION = 0.9
MIN_ADDED_PRECISION = 0.85
#: How far the rules + model may fall below the rules' own precision (when that is under MIN_PRECISION).
PRECISION_SLACK = 0.02
PRUNE = 0.02
GRID = [round(0.30 + 0.05 * i, 2) for i in range(14)] + [0.97, 0.98, 0.99, 0.995]      # 0.30 ... 0.95, then finer
FOLDS = 5
C = 1.0
#: Checks whose model also sees the words of the sentence before (``x:`` features). Chosen by
#: cross-validation on the training corpora: they help where the sentence before sets the scene ("Reactie
#: op een bericht van een leerling:", "Even onder ons:") and hurt the others.
CONTEXT_CHECKS = frozenset({"pupil-contact", "speaking-for-school", "confidential-info", "official-channel"})
#: Checks whose model also sees which of the rules' patterns match the sentence (``L:`` features, see
#: :func:`socialcheck.checks.learned.lexical_features`). Chosen by cross-validation on 2671 texts: recall
#: at the same precision floor rose for confidential-info (0.862 -> 0.906), official-channel (0.853 -> 0.880)
#: and speaking-for-school (0.841 -> 0.848); it fell for pupil-contact and changed nothing elsewhere.
LEXICAL_CHECKS = frozenset({"confidential-info", "official-channel", "speaking-for-school"})


#: Texts written for another purpose (the personal-data corpus: newsletters, class posts, e-mails, columns),
#: used as conduct negatives: read as Facebook posts under each protocol in turn. Their sentences that the
#: rules report are left out (nobody labelled them for conduct), every other sentence is a negative.
NEGATIVE_CORPORA = ("school",)
_PROTOCOLS = ("lithora", "kalisto", "twijs", "onderwijs-primair", "som")
_PERSON_LABEL = re.compile(r"\[\[[a-z-]+(?::[a-z]+)?\|(.*?)\]\]")


class Item:
    """One labelled text with its context, rule spans and sentence features.

    ``negative``: a text of :data:`NEGATIVE_CORPORA` (no conduct labels; the
    rules' own findings there are neither samples nor scored)."""

    def __init__(self, corpus: str, path: str, negative: int | None = None):
        self.corpus, self.name = corpus, os.path.basename(path)
        self.negative = negative is not None
        if self.negative:
            with open(path, encoding="utf-8") as fh:
                self.text = _PERSON_LABEL.sub(r"\1", fh.read())
            header, self.labels = {"protocol": _PROTOCOLS[negative % len(_PROTOCOLS)], "channel": "facebook"}, []
        else:
            header, self.text, self.labels = parse(path)
        doc = read_text(self.name, self.text)
        doc.meta["front_matter"] = {k: v for k, v in header.items() if isinstance(v, str)}
        cfg = config.build({}, None, {"protocol": header.get("protocol"), "channel": header.get("channel")})
        pack = protocols.load(cfg.protocol)
        self.mapped = pack.mapped_checks & set(CONDUCT)
        self.ctx = engine.make_context(doc, cfg, pack)
        self.rules = {ch: CHECK_FUNCTIONS[ch](self.ctx) for ch in CONDUCT if ch in self.mapped}
        self.sents = learned.c.sentences(self.ctx)
        self.features = learned.document_features(self.ctx)
        self.gates = {ch: learned.gate(self.ctx, ch) for ch in self.mapped}
        self.anchored = {ch: [learned.anchored(self.ctx, ch, i) for i in range(len(self.sents))] for ch in self.mapped}

    def usable(self, check: str) -> list[bool]:
        """Per sentence: may it be a training sample of ``check``? (anchored;
        in a negative text also not reported by the rules)."""
        ok = self.anchored[check]
        if not self.negative:
            return ok
        rule = [(s.start, s.end) for s in self.rules.get(check, [])]
        return [a and not any(x < e and s < y for x, y in rule) for a, (s, e) in zip(ok, self.sents)]

    def y(self, check: str) -> list[int]:
        """Per sentence: 1 if it overlaps a label of ``check``."""
        labs = [(s, e) for k, s, e in self.labels if k == check]
        return [int(any(a < e and s < b for a, b in labs)) for s, e in self.sents]


def load(names: list[str]) -> list[Item]:
    """All texts of the named corpora (``benchmarks/corpus/NAME/*.txt``)."""
    items = []
    for name in names:
        for i, path in enumerate(sorted(glob.glob(os.path.join(HERE, "corpus", name, "*.txt")))):
            items.append(Item(name, path, i if name in NEGATIVE_CORPORA else None))
    return items


def corpora() -> list[str]:
    """Names of the training corpora: every ``conduct*`` corpus that is not
    sealed, and :data:`NEGATIVE_CORPORA`."""
    return sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "corpus", "conduct*"))
                  if os.path.isdir(p) and os.path.basename(p) not in SEALED) + list(NEGATIVE_CORPORA)


def fit(items: list[Item]) -> dict:
    """Train one logistic regression per check; returns the model file's dict (threshold 0.5 for now)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    out = {"feature_version": learned.FEATURE_VERSION, "checks": [], "bias": {}, "threshold": {}, "weights": {}}
    for check in CONDUCT:
        X, y = [], []
        for it in items:
            if check in it.mapped and it.gates.get(check):
                for fs, yy, ok in zip(it.features, it.y(check), it.usable(check)):
                    if ok:
                        X.append({f: 1 for f in fs if (check in CONTEXT_CHECKS or not f.startswith("x:"))
                                  and (check in LEXICAL_CHECKS or not f.startswith("L:"))})
                        y.append(yy)
        if sum(y) < 5:
            continue
        vec = DictVectorizer()
        A = vec.fit_transform(X)
        lr = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
        lr.fit(A, y)
        names = vec.get_feature_names_out()
        ws = {str(n): round(float(w), 4) for n, w in zip(names, lr.coef_[0]) if abs(w) >= PRUNE}
        out["checks"].append(check)
        out["bias"][check] = round(float(lr.intercept_[0]), 4)
        out["threshold"][check] = 0.5
        out["weights"][check] = dict(sorted(ws.items()))
    return out


def score(items: list[Item], model: learned.ConductModel, check: str, thr: float | None) -> dict:
    """Counts of the rules plus the model's additions for ``check`` on
    ``items`` at threshold ``thr`` (``None``: rules only)."""
    st = {"tp": 0, "fn": 0, "mf": 0, "nf": 0, "add": 0, "add_ok": 0}
    for it in items:
        if check not in it.mapped:
            continue
        rule = it.rules[check]
        spans = rule
        if thr is not None and check in model.threshold:
            model.threshold[check] = thr
            spans = learned.extend(it.ctx, check, rule, model)
        labs = [(s, e) for k, s, e in it.labels if k == check]
        fnd = [(s.start, s.end) for s in spans]
        ruleset = {(s.start, s.end) for s in rule}
        if it.negative:         # only what the model adds counts here (a false positive)
            fnd = [sp for sp in fnd if sp not in ruleset]
        for s, e in labs:
            hit = any(a < e and s < b for a, b in fnd)
            st["tp" if hit else "fn"] += 1
        for a, b in fnd:
            ok = any(a < e and s < b for s, e in labs)
            st["mf"] += ok
            st["nf"] += 1
            if (a, b) not in ruleset:
                st["add"] += 1
                st["add_ok"] += ok
    return st


def _pr(st: dict) -> tuple[float, float]:
    p = st["mf"] / st["nf"] if st["nf"] else 1.0
    r = st["tp"] / (st["tp"] + st["fn"]) if st["tp"] + st["fn"] else 1.0
    return p, r


def _pooled(folds: list[list[Item]], models: list, check: str, thr: float | None) -> dict:
    """:func:`score` summed over the folds, each fold scored by its own model."""
    tot = {"tp": 0, "fn": 0, "mf": 0, "nf": 0, "add": 0, "add_ok": 0}
    for fold, model in zip(folds, models):
        for key, v in score(fold, model, check, thr).items():
            tot[key] += v
    return tot


def cross_validate(items: list[Item]) -> tuple[dict, dict]:
    """Out-of-fold model per fold (grouped by text); returns the chosen
    threshold per check and the per-check counts at that threshold."""
    folds = [[it for i, it in enumerate(items) if i % FOLDS == k] for k in range(FOLDS)]
    fold_models = []          # each text is scored by one fold's model only, so cached scores stay valid
    for k in range(FOLDS):
        train = [it for j, f in enumerate(folds) if j != k for it in f]
        fold_models.append(learned.ConductModel(fit(train)))
    chosen, table = {}, {}
    for check in CONDUCT:
        rules = _pooled(folds, fold_models, check, None)
        floor = min(MIN_PRECISION, _pr(rules)[0]) - PRECISION_SLACK
        best = None
        for thr in GRID:
            tot = _pooled(folds, fold_models, check, thr)
            p, r = _pr(tot)
            added_p = tot["add_ok"] / tot["add"] if tot["add"] else 1.0
            if p >= floor and added_p >= MIN_ADDED_PRECISION and (best is None or r > best[1] + 1e-9):
                best = (thr, r, tot)
        chosen[check] = best[0] if best and best[2]["add"] else None
        table[check] = (rules, best[2] if best else rules, chosen[check])
    return chosen, table


def print_table(table: dict) -> None:
    """One line per check: rules alone vs rules + model, cross-validated."""
    print(f"{'check':<22}{'rules P':>8}{'rules R':>8}{'+model P':>9}{'+model R':>9}{'added':>6}{'ok':>4}  threshold")
    tr = {"tp": 0, "fn": 0, "mf": 0, "nf": 0}
    tm = {"tp": 0, "fn": 0, "mf": 0, "nf": 0}
    for check, (rules, mod, thr) in table.items():
        for key in tr:
            tr[key] += rules[key]
            tm[key] += mod[key]
        rp, rr = _pr(rules)
        mp, mr = _pr(mod)
        print(f"{check:<22}{rp:>8.3f}{rr:>8.3f}{mp:>9.3f}{mr:>9.3f}{mod.get('add', 0):>6}{mod.get('add_ok', 0):>4}  "
              f"{thr if thr is not None else '-'}")
    rp, rr = _pr(tr)
    mp, mr = _pr(tm)
    print(f"{'overall':<22}{rp:>8.3f}{rr:>8.3f}{mp:>9.3f}{mr:>9.3f}")


def main() -> int:
    """Cross-validate, print the table, write the model (unless ``--cv-only``)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--holdout", help="train on the other corpora, print the score on these (comma-separated "
                                      "corpus names), write nothing")
    ap.add_argument("--out", default=learned.MODEL_PATH)
    args = ap.parse_args()
    names = corpora()
    if args.holdout:
        held = args.holdout.split(",")
        train = load([n for n in names if n not in held])
        test = load(held)
        chosen, _ = cross_validate(train)
        model = learned.ConductModel(_with_thresholds(fit(train), chosen))
        table = {}
        for check in CONDUCT:
            thr = model.threshold.get(check)
            table[check] = (score(test, model, check, None), score(test, model, check, thr) if thr else
                            score(test, model, check, None), thr)
        print(f"trained on {len(train)} texts, scored on {args.holdout} ({len(test)} texts)")
        print_table(table)
        return 0
    items = load(names)
    print(f"{len(items)} texts from {', '.join(names)}")
    chosen, table = cross_validate(items)
    print(f"{FOLDS}-fold cross-validation (grouped by text):")
    print_table(table)
    if args.cv_only:
        return 0
    data = _with_thresholds(fit(items), chosen)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        fh.write("\n")
    n = sum(len(w) for w in data["weights"].values())
    print(f"wrote {args.out}: {len(data['checks'])} checks, {n} weights, {os.path.getsize(args.out) // 1024} KB")
    return 0


def _with_thresholds(data: dict, chosen: dict) -> dict:
    """Keep only checks with a cross-validated threshold, and set it."""
    keep = [ch for ch in data["checks"] if chosen.get(ch) is not None]
    return {"feature_version": data["feature_version"], "checks": keep,
            "bias": {ch: data["bias"][ch] for ch in keep},
            "threshold": {ch: chosen[ch] for ch in keep},
            "weights": {ch: data["weights"][ch] for ch in keep}}


if __name__ == "__main__":
    sys.exit(main())
