"""Run socialcheck on real text nobody on this project wrote, and report what it flags.

(a) the five protocol documents in ../shared/seeds/ (they contain an
organisation's e-mail address and a service phone number);
(b) N sentences of ../shared/data/conll2002/ned.testa turned into plain text,
with the PER annotations used to judge person-name findings.

Usage: python benchmarks/realtext.py [N_SENTENCES]   (default 400)
Reads ../shared relative to the project root; prints a summary; writes nothing.
"""

from __future__ import annotations

import collections
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
sys.path.insert(0, ROOT)

from socialcheck.config import build  # noqa: E402
from socialcheck.documents import read_text  # noqa: E402
from socialcheck.engine import check_document  # noqa: E402


def seeds() -> None:
    folder = os.path.join(SHARED, "seeds")
    if not os.path.isdir(folder):
        print("../shared/seeds not found; skipped")
        return
    cfg = build({}, None)
    print("== protocol documents (../shared/seeds)")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            text = fh.read()
        fs = check_document(read_text(name, text), cfg)
        print(f"{name}: {len(fs)} finding(s)")
        for f in fs:
            print(f"   {f.line}:{f.column} {f.severity.label:7} {f.check:15} {f.match!r}")


def conll(n: int) -> None:
    path = os.path.join(SHARED, "data", "conll2002", "ned.testa")
    if not os.path.exists(path):
        print("../shared/data/conll2002/ned.testa not found; skipped")
        return
    sents, cur = [], []
    with open(path, encoding="latin-1") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split()
            if parts[0] == "-DOCSTART-":
                continue
            cur.append((parts[0], parts[-1]))
    sents = sents[:n]
    text_parts, gold = [], []
    off = 0
    for s in sents:
        line = " ".join(w for w, _ in s)
        # PER entity spans
        i = 0
        while i < len(s):
            if s[i][1] == "B-PER":
                j = i + 1
                while j < len(s) and s[j][1] == "I-PER":
                    j += 1
                start = off + len(" ".join(w for w, _ in s[:i])) + (1 if i else 0)
                end = start + len(" ".join(w for w, _ in s[i:j]))
                gold.append((start, end))
                i = j
            else:
                i += 1
        text_parts.append(line)
        off += len(line) + 1
    text = "\n".join(text_parts)
    fs = check_document(read_text("conll.txt", text), build({}, None))
    by_check = collections.Counter(f.check for f in fs)
    names = [f for f in fs if f.check == "person-name"]
    tp = sum(1 for f in names if any(f.start < e and s < f.end for s, e in gold))
    hit = sum(1 for s, e in gold if any(f.start < e and s < f.end for f in names))
    print(f"\n== CoNLL-2002 ned.testa, first {len(sents)} sentences ({len(text):,} chars, {len(gold)} PER entities)")
    print("findings by check:", dict(sorted(by_check.items())))
    p = tp / len(names) if names else 0.0
    r = hit / len(gold) if gold else 0.0
    print(f"person-name: {len(names)} flagged, {tp} overlap a PER entity -> precision {p:.2f}; "
          f"recall of PER entities {r:.2f}")
    fps = collections.Counter(f.match for f in names if not any(f.start < e and s < f.end for s, e in gold))
    print("most frequent person-name findings that are not PER:", fps.most_common(15))
    others = [f for f in fs if f.check != "person-name"]
    for f in others[:20]:
        print(f"   {f.check:15} {f.match!r}")


if __name__ == "__main__":
    seeds()
    conll(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
