"""Precision and recall of socialcheck's personal-data detectors, per dataset and category.

Usage::

    PYTHONPATH=. python benchmarks/quality.py [--details] [--config FILE]

Datasets (read from ``../shared/data`` relative to the project root; a dataset
that is absent is skipped with a message):

(a) ``conll2002/ned.testa`` — Dutch newspaper text; only ``PER`` entities are
    gold (``person-name``). The sentences are joined with line breaks, one
    document per ``-DOCSTART-`` article.
(b) ``deduce-regression/*.json`` — one document per example. Tag mapping:

    ===============  ==================  ==========================================
    deduce tag       our check           rule
    ===============  ==================  ==========================================
    persoon          person-name         every span
    locatie          postal-address      only if the span holds a digit (street +
                                         house number, postcode, Postbus); place,
                                         region and country names are NOT gold
                                         (a place is not personal data for us)
    telefoonnummer   phone-number        every span
    emailadres       email-address       every span
    bsn              national-id         every span
    id               —                   excluded (patient/serial numbers are
                                         not a BSN; a national-id finding on one
                                         is a false positive)
    datum            —                   excluded: no example has a birth
                                         context, so a birth-date finding is a FP
    leeftijd         —                   excluded: adult patients' ages with no
                                         name; child-age needs a child's name
    url              —                   excluded: organisation URLs, not
                                         personal profiles (social-handle FP)
    ziekenhuis,      —                   excluded: institutions are not persons
    zorginstelling                       (a person-name finding there is a FP)
    ===============  ==================  ==========================================

(c) ``nedap-dummy`` (brat ``.ann``): Name→person-name, Email→email-address,
    Phone_fax→phone-number, Address→postal-address only with a digit (the
    place-only "Address" spans are excluded), SSN/BSN→national-id. Age, Date,
    Hospital, Internal_Location, URL_IP, Other are excluded. A document whose
    ``.ann`` file is empty is not annotated and is skipped.
    In (b) and (c) health is not annotated, so ``health-data`` is not scored there.
(d) the project's own labelled school corpus ``benchmarks/corpus/school``
    (markup ``[[label:role|text]]``, see its README). It was used while the
    detectors were developed (misses were read to find classes of errors;
    no name was added to a list because it occurs there), so it is not a
    held-out set: (a)-(c) are the external checks.
(e) the sealed school test set ``benchmarks/corpus/school-test`` (same markup;
    written without seeing the detectors). It is for the final measurement
    only: ``--details`` never lists its misses or false positives, so that
    nobody tunes on it.

Which findings count as predictions: every personal-data finding of the
category *except* the functional variants (``functional`` e-mail addresses,
``service``/``org`` phone numbers, ``org`` bank accounts and social handles), which the tool
reports as warning/info for an organisation. ``-org`` gold labels of the school
corpus (``email-address-org``, ``phone-number-org``, ``postal-address-org``)
are negatives for these predictions: an error-level finding on a school's
switchboard number is a false positive. The functional findings are scored
separately in the row ``functional (org)``: TP = a functional finding that
overlaps an ``-org`` span, FP = a functional finding anywhere else (for
example a personal address reported only as a warning), FN = an ``-org`` span
that got no finding at all or only an error-level one.

Span matching: overlap counts. A gold span is found (TP) if any prediction of
the same category overlaps it by at least one character; a prediction is a
false positive if it overlaps no gold span of its category. Precision =
predictions overlapping gold / predictions; recall = gold spans found / gold
spans. (So ``TP`` counts gold spans; a prediction covering two gold names
counts once as a prediction and twice as found.) For ``person-name`` on the
school corpus the role agreement (pupil/staff/parent) among found names is
printed under the table.

Writes nothing; prints one table.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import sys
import time

import regex

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
sys.path.insert(0, ROOT)

from socialcheck.config import build  # noqa: E402
from socialcheck.documents import read_text  # noqa: E402
from socialcheck.engine import check_document  # noqa: E402
from socialcheck.model import Category  # noqa: E402
from socialcheck.registry import CHECKS  # noqa: E402

PERSONAL = [c.id for c in CHECKS.values() if c.category == Category.PERSONAL_DATA]
NOT_HEALTH = [c for c in PERSONAL if c != "health-data"]
FUNCTIONAL_VARIANTS = {"functional", "service", "org"}
MARKUP = regex.compile(r"\[\[([a-z-]+)(?::([a-z]+))?\|(.*?)\]\]", regex.S)

Gold = tuple  # (start, end, label, role)


class Doc:
    """One evaluation document: plain text and gold spans ``(start, end, label, role)``."""

    def __init__(self, name: str, text: str, gold: list[Gold]):
        self.name, self.text, self.gold = name, text, gold


# ------------------------------------------------------------------ loaders


def load_school(folder: str) -> list[Doc]:
    """The school corpus: strip ``[[label:role|text]]`` markup, keep gold spans."""
    docs = []
    for path in sorted(glob.glob(os.path.join(folder, "[0-9]*.txt"))):
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        out, gold, pos = [], [], 0
        off = 0
        for m in MARKUP.finditer(raw):
            out.append(raw[pos:m.start()])
            off += m.start() - pos
            label, role, inner = m.group(1), m.group(2), m.group(3)
            gold.append((off, off + len(inner), label, role))
            out.append(inner)
            off += len(inner)
            pos = m.end()
        out.append(raw[pos:])
        docs.append(Doc(os.path.basename(path), "".join(out), gold))
    return docs


def load_conll(path: str) -> list[Doc]:
    """CoNLL-2002: one document per article, one sentence per line, PER spans as gold."""
    docs: list[Doc] = []
    lines: list[str] = []
    gold: list[Gold] = []
    off = 0
    sent: list[tuple[str, str]] = []

    def flush_sentence():
        nonlocal off, sent
        if not sent:
            return
        words = [w for w, _ in sent]
        starts, p = [], off
        for w in words:
            starts.append(p)
            p += len(w) + 1
        i = 0
        while i < len(sent):
            if sent[i][1] == "B-PER" or (sent[i][1] == "I-PER" and (i == 0 or not sent[i - 1][1].endswith("PER"))):
                j = i + 1
                while j < len(sent) and sent[j][1] == "I-PER":
                    j += 1
                gold.append((starts[i], starts[j - 1] + len(words[j - 1]), "person-name", None))
                i = j
            else:
                i += 1
        line = " ".join(words)
        lines.append(line)
        off += len(line) + 1
        sent = []

    def flush_doc():
        nonlocal lines, gold, off
        flush_sentence()
        if lines:
            docs.append(Doc(f"conll#{len(docs) + 1}", "\n".join(lines), gold))
        lines, gold, off = [], [], 0

    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError:
        content = raw.decode("latin-1")
    for ln in content.splitlines():
        parts = ln.split()
        if not parts:
            flush_sentence()
            continue
        if parts[0] == "-DOCSTART-":
            flush_doc()
            continue
        sent.append((parts[0], parts[-1]))
    flush_doc()
    return docs


_DEDUCE_MAP = {"persoon": "person-name", "telefoonnummer": "phone-number", "emailadres": "email-address",
               "bsn": "national-id"}


def load_deduce(folder: str) -> list[Doc]:
    """deduce regression cases: one document per example, tags mapped as in the module docstring."""
    docs = []
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            examples = json.load(fh)["examples"]
        for ex in examples:
            gold = []
            for a in ex["annotations"]:
                tag = a["tag"]
                if tag == "locatie":
                    if any(ch.isdigit() for ch in a["text"]):
                        gold.append((a["start_char"], a["end_char"], "postal-address", None))
                elif tag in _DEDUCE_MAP:
                    gold.append((a["start_char"], a["end_char"], _DEDUCE_MAP[tag], None))
            docs.append(Doc(f"{os.path.basename(path)}#{ex['id']}", ex["text"], gold))
    return docs


_BRAT = regex.compile(r"T\d+\s+(\S+)\s+(\d+)\s+(?:\d+;\d+\s+)*(\d+)\s(.*)")
_NEDAP_MAP = {"Name": "person-name", "Email": "email-address", "Phone_fax": "phone-number", "SSN": "national-id",
              "BSN": "national-id"}


def load_nedap(folder: str) -> list[Doc]:
    """nedap deidentify dummy corpus (brat standoff); documents with an empty ``.ann`` are skipped."""
    docs = []
    for txt in sorted(glob.glob(os.path.join(folder, "**", "*.txt"), recursive=True)):
        ann = txt[:-4] + ".ann"
        if not os.path.exists(ann):
            continue
        with open(txt, encoding="utf-8") as fh:
            text = fh.read()
        with open(ann, encoding="utf-8") as fh:
            lines = [ln.rstrip("\n") for ln in fh if ln.strip()]
        if not lines:
            continue  # not annotated: cannot be scored
        gold = []
        for ln in lines:
            m = _BRAT.match(ln)
            if not m:
                continue
            typ, s, e, span_text = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
            if typ == "Address":
                if any(ch.isdigit() for ch in span_text):
                    gold.append((s, e, "postal-address", None))
            elif typ in _NEDAP_MAP:
                gold.append((s, e, _NEDAP_MAP[typ], None))
        docs.append(Doc(os.path.relpath(txt, folder), text, gold))
    return docs


# ------------------------------------------------------------------ scoring


class Score:
    """TP/FP/FN counters for one (dataset, category) cell."""

    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.pred_tp = self.pred = 0
        self.fp_examples: list[str] = []
        self.fn_examples: list[str] = []

    @property
    def precision(self) -> float:
        """Predictions overlapping gold / predictions (NaN without predictions)."""
        return self.pred_tp / self.pred if self.pred else float("nan")

    @property
    def recall(self) -> float:
        """Gold spans found / gold spans (NaN without gold)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(docs: list[Doc], cfg, categories: list[str] | None = None, org_labels: bool = False):
    """Score ``docs``; returns ``({category: Score}, role_pairs)``."""
    scores: dict[str, Score] = collections.defaultdict(Score)
    roles: list[tuple[str, str | None]] = []
    for doc in docs:
        findings = [f for f in check_document(read_text(doc.name, doc.text), cfg) if f.check in PERSONAL]
        preds = collections.defaultdict(list)
        functional = []
        for f in findings:
            if f.variant in FUNCTIONAL_VARIANTS:
                functional.append(f)
            else:
                preds[f.check].append(f)
        gold = collections.defaultdict(list)
        org_gold = []
        for g in doc.gold:
            if g[2].endswith("-org"):
                org_gold.append(g)
            else:
                gold[g[2]].append(g)
        cats = set(gold) | set(preds)
        if categories:
            cats &= set(categories)
        for cat in cats:
            sc = scores[cat]
            for g in gold[cat]:
                hits = [f for f in preds[cat] if _overlaps((f.start, f.end), g)]
                if hits:
                    sc.tp += 1
                    if cat == "person-name" and g[3]:
                        roles.append((g[3], hits[0].variant))
                else:
                    sc.fn += 1
                    sc.fn_examples.append(f"{doc.name}: {doc.text[g[0]:g[1]]!r}")
            for f in preds[cat]:
                sc.pred += 1
                if any(_overlaps((f.start, f.end), g) for g in gold[cat]):
                    sc.pred_tp += 1
                else:
                    sc.fp += 1
                    ctx = doc.text[max(0, f.start - 25):f.end + 25].replace("\n", "⏎")
                    sc.fp_examples.append(f"{doc.name}: {f.match!r}  …{ctx}…")
        if org_labels:
            sc = scores["functional (org)"]
            for g in org_gold:
                base = g[2][:-4]
                if any(f.check == base and _overlaps((f.start, f.end), g) for f in functional):
                    sc.tp += 1
                else:
                    sc.fn += 1
                    sc.fn_examples.append(f"{doc.name}: {doc.text[g[0]:g[1]]!r}")
            for f in functional:
                sc.pred += 1
                if any(f.check == g[2][:-4] and _overlaps((f.start, f.end), g) for g in org_gold):
                    sc.pred_tp += 1
                else:
                    sc.fp += 1
                    sc.fp_examples.append(f"{doc.name}: {f.match!r}")
    return scores, roles


def _fmt(x: float) -> str:
    return "  -  " if x != x else f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    """Score every available dataset and print one table; returns the exit code (0)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--details", action="store_true", help="list false positives and misses")
    ap.add_argument("--only", help="comma-separated dataset names (school, school-test, conll, deduce, nedap)")
    args = ap.parse_args(argv)
    cfg = build({}, None)
    only = set(args.only.split(",")) if args.only else None
    sets = [
        ("conll2002 ned.testa", "conll", os.path.join(SHARED, "conll2002", "ned.testa"), load_conll,
         ["person-name"], False),
        ("deduce-regression", "deduce", os.path.join(SHARED, "deduce-regression"), load_deduce, NOT_HEALTH, False),
        ("nedap-dummy", "nedap", os.path.join(SHARED, "nedap-dummy"), load_nedap, NOT_HEALTH, False),
        ("school corpus", "school", os.path.join(ROOT, "benchmarks", "corpus", "school"), load_school, None, True),
        ("school-test (sealed)", "school-test", os.path.join(ROOT, "benchmarks", "corpus", "school-test"), load_school,
         None, True),
    ]
    rows = []
    notes = []
    role_report = None
    for title, key, path, loader, cats, org in sets:
        if only and key not in only:
            continue
        if not os.path.exists(path):
            notes.append(f"{title}: skipped ({os.path.relpath(path, ROOT)} not found)")
            continue
        t0 = time.perf_counter()
        docs = loader(path)
        scores, roles = evaluate(docs, cfg, cats, org)
        notes.append(f"{title}: {len(docs)} documents, {sum(len(d.text) for d in docs):,} chars, "
                     f"{time.perf_counter() - t0:.1f} s")
        for cat in sorted(scores, key=lambda c: (c == "functional (org)", PERSONAL.index(c) if c in PERSONAL else 99)):
            rows.append((title, cat, scores[cat]))
        if key == "school" and roles:
            role_report = roles
        if key == "school-test" and roles:
            given = [(g, p) for g, p in roles if g in ("pupil", "staff", "parent") and p in ("pupil", "staff", "parent")]
            with_role = [r for r in roles if r[0] in ("pupil", "staff", "parent")]
            right = sum(1 for g, p in given if g == p)
            notes.append(f"school-test person-name roles: {len(given)} of {len(with_role)} found pupil/staff/parent "
                         f"names got a role, {right} of those correct")
    print(f"{'dataset':<20} {'category':<17} {'TP':>5} {'FP':>5} {'FN':>5} {'P':>6} {'R':>6}")
    print("-" * 70)
    for title, cat, sc in rows:
        print(f"{title:<20} {cat:<17} {sc.tp:>5} {sc.fp:>5} {sc.fn:>5} {_fmt(sc.precision):>6} {_fmt(sc.recall):>6}")
    print()
    for n in notes:
        print(n)
    if role_report:
        c = collections.Counter(role_report)
        with_role = [(g, p) for g, p in role_report if g in ("pupil", "staff", "parent")]
        given = [(g, p) for g, p in with_role if p in ("pupil", "staff", "parent")]
        right = sum(1 for g, p in given if g == p)
        print(f"school corpus person-name roles: {len(given)} of {len(with_role)} found pupil/staff/parent names "
              f"got a role, {right} of those correct"
              f" ({right / len(given):.0%})" if given else "")
        if args.details:
            print("  (gold, predicted) counts:", dict(c.most_common()))
    if args.details:
        for title, cat, sc in rows:
            if title.endswith("(sealed)"):
                continue  # final measurement only: no error lists to tune on
            if sc.fp_examples or sc.fn_examples:
                print(f"\n== {title} / {cat}")
                for x in sc.fp_examples:
                    print("  FP", x)
                for x in sc.fn_examples:
                    print("  FN", x)
    return 0


if __name__ == "__main__":
    sys.exit(main())
