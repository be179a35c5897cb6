"""Pool the one-time measurements of the sealed conduct test sets, per check.

Usage (from the repository root)::

    PYTHONPATH=. python benchmarks/sealed.py                  # every conduct-testNN with a recorded measurement
    PYTHONPATH=. python benchmarks/sealed.py --last 6         # the six most recent ones
    PYTHONPATH=. python benchmarks/sealed.py conduct-test37 conduct-test38

Each sealed set was measured once, while sealed, with the code and scorer of
that day (``benchmarks/conduct.py conduct-testNN --totals``), and the result
was written into the set's ``README.md`` history as "Per check (rules +
model, P/R): check P/R, ...". This script reads those recorded figures, so
it measures nothing again: the code has changed since and most of these sets
are training data now. It only adds them up, to give per-check figures on
more labels than one set of 90 texts holds (12 to 20 labels per check, where
one error moves a figure by 0.05 to 0.08).

Counts are rebuilt from the recorded precision and recall and the number of
labels of each check in the set (counted from its texts): ``TP = round(R *
labels)``, ``FP = round(TP / P - TP)``. With three decimals and fewer than
100 labels per check this gives back the exact counts.

Output: a table of TP, FP, FN, precision and recall per check and overall,
and the sets it pooled. Sets whose README records no measurement (the set
sealed now) are skipped.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from conduct import CONDUCT, parse  # noqa: E402

BASE = os.path.join(HERE, "corpus")
_RECORD = re.compile(r"Per check \(rules \+ model, P/R\):(.*?)\.\s+Its", re.S)


def recorded(name: str) -> dict[str, tuple[float, float]] | None:
    """The recorded per-check ``{check: (precision, recall)}`` of sealed set ``name``, or None when its README
    holds no measurement. Raises ValueError when a measurement is recorded but a check is missing from it."""
    with open(os.path.join(BASE, name, "README.md"), encoding="utf-8") as fh:
        text = " ".join(fh.read().split())
    m = _RECORD.search(text)
    if m is None:
        return None
    out = {}
    for check in CONDUCT:
        pm = re.search(re.escape(check) + r" ([\d.]+)/([\d.]+)", m.group(1))
        if pm is None:
            raise ValueError(f"{name}: no recorded figure for {check}")
        out[check] = (float(pm.group(1)), float(pm.group(2)))
    return out


def label_counts(name: str) -> dict[str, int]:
    """Labels per check in corpus ``name``."""
    n = dict.fromkeys(CONDUCT, 0)
    for path in glob.glob(os.path.join(BASE, name, "*.txt")):
        for check, _s, _e in parse(path)[2]:
            n[check] += 1
    return n


def pool(names: list[str]) -> tuple[dict[str, list[int]], list[str]]:
    """``({check: [TP, FP, FN]}, pooled set names)`` over the sets in ``names`` that have a recorded measurement."""
    tot = {c: [0, 0, 0] for c in CONDUCT}
    used = []
    for name in names:
        rec = recorded(name)
        if rec is None:
            continue
        used.append(name)
        n = label_counts(name)
        for check, (p, r) in rec.items():
            tp = round(r * n[check])
            fp = round(tp / p - tp) if p else 0
            tot[check][0] += tp
            tot[check][1] += fp
            tot[check][2] += n[check] - tp
    return tot, used


def _number(name: str) -> int:
    return int(re.sub(r"\D", "", name) or 0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="sealed sets to pool (default: every conduct-testNN)")
    ap.add_argument("--last", type=int, help="only the N most recent sets that have a recorded measurement")
    args = ap.parse_args()
    names = args.sets or sorted((os.path.basename(p) for p in glob.glob(os.path.join(BASE, "conduct-test*"))), key=_number)
    if args.last:
        names = [n for n in names if recorded(n) is not None][-args.last:]
    tot, used = pool(names)
    if not used:
        print("no recorded measurement in these sets", file=sys.stderr)
        return 2
    print(f"{'check':22} {'TP':>5} {'FP':>4} {'FN':>4}  precision  recall")
    t = [0, 0, 0]
    for check, (tp, fp, fn) in tot.items():
        t = [t[0] + tp, t[1] + fp, t[2] + fn]
        print(f"{check:22} {tp:5} {fp:4} {fn:4}  {tp / max(tp + fp, 1):9.3f}  {tp / max(tp + fn, 1):6.3f}")
    print(f"{'overall':22} {t[0]:5} {t[1]:4} {t[2]:4}  {t[0] / max(t[0] + t[1], 1):9.3f}  {t[0] / max(t[0] + t[2], 1):6.3f}")
    print(f"pooled {len(used)} sets, each measured once while sealed: {', '.join(used)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
