"""Precision and recall of the conduct checks on the labelled corpus.

Usage (from the repository root, no arguments)::

    PYTHONPATH=. python benchmarks/conduct.py                    # tuning corpus
    PYTHONPATH=. python benchmarks/conduct.py conduct-holdout    # a development corpus
    PYTHONPATH=. python benchmarks/conduct.py conduct-test40 --totals   # the sealed set: totals only
    PYTHONPATH=. python benchmarks/conduct.py conduct-dev2 --rules-only # without the learned scorer

Corpus: ``benchmarks/corpus/conduct/*.txt`` (format in its ``README.md``): a
YAML header with ``protocol``, ``channel`` and ``author``, then the text with
inline labels ``[[check|text]]``. The header is given to socialcheck the way a
user gives it in Markdown front matter (``channel:``, ``author:``) and the
protocol as ``--protocol``; the markup is stripped, so the checks see the
plain text.

Scoring (span level, as the project brief asks): a finding is a true positive
if its check equals a label's check and its span overlaps that label's span.
``TP`` counts labels that some finding matches, ``FN`` labels that none
matches, ``FP`` findings that match no label. Precision = matched findings /
all findings; recall = TP / labels. The corpus README also suggests a
text-level score (does the check fire on a text that has a label of that
check?); it is printed as a second line.

Caveat: the checks were written and tuned with these texts in view (the
labels were never edited), so the numbers are a regression measure, not a
held-out estimate. The same now holds for ``conduct-holdout``: it was written
without seeing the checks, but its errors were then read and used as a
development set (classes of missed wording were fixed with general patterns,
not with its phrases), so it too is no longer held out. A fair estimate needs
text nobody tuned on. For precision on text nobody wrote for these checks,
run them on ``benchmarks/corpus/school/`` or the protocol texts themselves.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import time

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from socialcheck import config, engine, protocols, registry  # noqa: E402
from socialcheck.documents import read_text  # noqa: E402
from socialcheck.model import Category  # noqa: E402

CORPUS = os.path.join(HERE, "corpus", "conduct")
LABEL = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]", re.S)
CONDUCT = [c.id for c in registry.CHECKS.values() if c.category == Category.CONDUCT]


def parse(path: str) -> tuple[dict, str, list[tuple[str, int, int]]]:
    """Header, plain text and labels ``(check, start, end)`` over the plain text."""
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    m = re.match(r"\A---\n(.*?)\n---\n", raw, re.S)
    if not m:
        raise ValueError(f"{path}: no YAML header")
    header = yaml.safe_load(m.group(1)) or {}
    body = raw[m.end():]
    text, labels, pos = [], [], 0
    out_len = 0
    for lm in LABEL.finditer(body):
        text.append(body[pos:lm.start()])
        out_len += lm.start() - pos
        labels.append((lm.group(1), out_len, out_len + len(lm.group(2))))
        text.append(lm.group(2))
        out_len += len(lm.group(2))
        pos = lm.end()
    text.append(body[pos:])
    return header, "".join(text), labels


def run() -> int:
    """Check every corpus text, print the table and the error list; returns 0."""
    corpus = CORPUS
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    totals_only = "--totals" in sys.argv[1:]    # a sealed set: print the table, never the error list
    rules_only = "--rules-only" in sys.argv[1:]  # without the learned sentence scorer (config conduct_model: false)
    if args:
        corpus = os.path.join(HERE, "corpus", args[0]) if not os.path.isdir(args[0]) else args[0]
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    stats = {c: {"tp": 0, "fp": 0, "fn": 0, "mf": 0, "nf": 0, "t_tp": 0, "t_fp": 0, "t_fn": 0} for c in CONDUCT}
    details = []
    t0 = time.perf_counter()
    nbytes = 0
    for path in files:
        header, text, labels = parse(path)
        nbytes += len(text.encode("utf-8"))
        doc = read_text(os.path.basename(path), text)
        doc.meta["front_matter"] = {k: v for k, v in header.items() if isinstance(v, str)}
        cfg = config.build({}, None, {"protocol": header.get("protocol"), "channel": header.get("channel"),
                                      "conduct_model": False if rules_only else None})
        findings = [f for f in engine.check_document(doc, cfg, protocols.load(cfg.protocol)) if f.check in stats]
        for check in CONDUCT:
            labs = [(s, e) for c, s, e in labels if c == check]
            fnds = [(f.start, f.end) for f in findings if f.check == check]
            matched_labels = sum(1 for s, e in labs if any(a < e and s < b for a, b in fnds))
            matched_findings = sum(1 for a, b in fnds if any(a < e and s < b for s, e in labs))
            st = stats[check]
            st["tp"] += matched_labels
            st["fn"] += len(labs) - matched_labels
            st["fp"] += len(fnds) - matched_findings
            st["mf"] += matched_findings
            st["nf"] += len(fnds)
            st["t_tp"] += bool(labs) and bool(fnds)
            st["t_fp"] += (not labs) and bool(fnds)
            st["t_fn"] += bool(labs) and not fnds
            for a, b in fnds:
                if not any(a < e and s < b for s, e in labs):
                    details.append(f"  FP {os.path.basename(path)} {check}: {text[a:b][:90]!r}")
            for s, e in labs:
                if not any(a < e and s < b for a, b in fnds):
                    details.append(f"  FN {os.path.basename(path)} {check}: {text[s:e][:90]!r}")
    elapsed = time.perf_counter() - t0

    def ratio(n, d):
        """``n / d``, or 1.0 when there is nothing to count."""
        return n / d if d else 1.0

    print(f"{'check':<22}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}")
    tot = {k: 0 for k in ("tp", "fp", "fn", "mf", "nf", "t_tp", "t_fp", "t_fn")}
    for check in CONDUCT:
        st = stats[check]
        for k in tot:
            tot[k] += st[k]
        print(f"{check:<22}{st['tp']:>5}{st['fp']:>5}{st['fn']:>5}"
              f"{ratio(st['mf'], st['nf']):>11.3f}{ratio(st['tp'], st['tp'] + st['fn']):>8.3f}")
    print(f"{'overall':<22}{tot['tp']:>5}{tot['fp']:>5}{tot['fn']:>5}"
          f"{ratio(tot['mf'], tot['nf']):>11.3f}{ratio(tot['tp'], tot['tp'] + tot['fn']):>8.3f}")
    print(f"text level (check fires on a text with such a label): precision "
          f"{ratio(tot['t_tp'], tot['t_tp'] + tot['t_fp']):.3f}, recall {ratio(tot['t_tp'], tot['t_tp'] + tot['t_fn']):.3f}")
    print(f"{len(files)} texts, {nbytes / 1024:.1f} KB, {elapsed:.2f} s for reading and all checks")
    if details and not totals_only:
        print("errors:")
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(run())
