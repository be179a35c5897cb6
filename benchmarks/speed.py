"""Speed and memory of socialcheck next to deduce and presidio-analyzer.

Usage::

    python benchmarks/speed.py [--no-others] [--runs 5] [--size-kb 1024]

What it measures (all on this machine, printed as one table):

- **cold start**: wall time of one command on a 2 KB draft, median of
  ``--runs`` runs (socialcheck: the installed console script if it sits next
  to this Python, else ``python -m socialcheck``; deduce/presidio: a
  ``python -c`` that imports the tool, builds it and processes the draft).
  CPU time (user + system of the child) is printed too: on a busy machine
  the wall time is noisy, the CPU time much less.
- **throughput**: KB/s (CPU time) over a generated ~1 MB corpus of school texts (about
  500 documents of ~2 KB: newsletters, class posts, e-mails built from this
  script's own templates and the project's word lists; seeded, so every run
  gets the same text). Each tool runs in its own process, builds once, then
  processes every document; socialcheck runs its whole engine (all
  personal-data detectors, the conduct checks of the default rule pack,
  findings), and once more with only its personal-data checks selected
  (row ``sc-personal``: the job deduce does), imported like the cold
  start runs it: the installed package (what ``pip install .`` gave, with
  its mypyc-compiled modules if the build could compile them) when the
  console script sits next to this Python, else the source tree. The notes
  say which, and whether the imported modules were compiled. Two numbers: *steady* (CPU
  time of the processing only, start-up excluded) and *1 MB total* (CPU time
  of start-up + processing, what a user waits for on 1 MB). CPU time is used
  because other work on a shared machine inflates wall time.
- **peak RSS**: ``ru_maxrss`` of that throughput process.

deduce and presidio-analyzer are installed BY THIS SCRIPT into a separate
venv ``benchmarks/_out/venv`` (``pip install deduce presidio-analyzer``; the
first run needs the package index, later runs reuse the venv). presidio
normally needs a downloaded spaCy model; here it gets a blank spaCy pipeline
written to ``benchmarks/_out/blank_en`` (no download), so it runs its pattern
recognisers only and finds no person names: its numbers are a lower bound of
its real cost. When a measurement cannot be made the table says why.

Outputs go to ``benchmarks/_out/`` (git-ignored): the generated corpus and
the venv. Nothing else is written.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "benchmarks", "_out")
CORPUS = os.path.join(OUT, "corpus")
DRAFT = os.path.join(OUT, "draft.txt")
VENV = os.path.join(OUT, "venv")
sys.path.insert(0, ROOT)

# ------------------------------------------------------------------ corpus

_PARAGRAPHS = [
    "Beste ouders en verzorgers,\n\nDe {event} staat voor de deur! Groep {group} werkt deze weken met {method}. "
    "Juf {staff} en meester {staff2} hebben er veel zin in.",
    "Vandaag was {pupil} ({age}) jarig. {pupil} trakteerde op fruitspiesjes en de hele klas zong. "
    "Ook {pupil2} en {pupil3} uit groep {group} hielpen mee met versieren.",
    "Op {weekday} gaan we met groep {group} naar {place}. We vertrekken om 8.30 uur bij school. "
    "Rijders: {parent_full} en {parent2_full}. Vragen? Bel {parent_first} op {phone}.",
    "Nieuwe collega\nVanaf {month} versterkt {staff_full} ons team als intern begeleider. "
    "Zij is bereikbaar via {email}. Loop gerust eens binnen!",
    "De moeder van {pupil} heeft de bibliotheek opgeruimd. Veel dank daarvoor! "
    "De ouderbijdrage is dit jaar € 45,00 per kind; u ontvangt een betaalverzoek via Parro.",
    "Afwezigheid\nJuf {staff} is deze week afwezig. Meester {staff2} neemt groep {group} over. "
    "We wensen juf {staff} een fijne week.",
    "Het schoolreisje naar {outing} was een groot succes. {pupil} en {pupil2} durfden zelfs in de grootste "
    "achtbaan. Bedankt aan alle begeleiders!",
    "Oproep: wie wil er helpen bij de {event}? Opgeven kan bij {parent_full}, {street} in {place}.",
    "Belangrijke data\n- {weekday} {day} {month}: studiedag, alle kinderen vrij\n- {weekday2} {day2} {month}: "
    "informatieavond over de Cito-toetsen om 19.30 uur",
    "Met vriendelijke groet,\n\n{staff_full}\ndirecteur {school}",
    "Groetjes,\n{parent_first} (moeder van {pupil})\nklassenouder groep {group}",
    "In groep {group} lezen we dit jaar boeken van Annie M.G. Schmidt en Roald Dahl. "
    "{pupil} vond het voorlezen het leukst; {pupil2} maakte een mooie tekening bij het verhaal.",
    "Op {weekday} is er gym in de sporthal aan de {street_name}. Vergeet de gymspullen niet! "
    "Juf {staff} controleert of iedereen gymschoenen heeft.",
    "Wij feliciteren {staff_full} met de geboorte van een dochter. Moeder en kind maken het goed.",
    "De kinderen van groep {group} hebben tijdens de Koningsspelen flink gesport. Het team van {school} "
    "bedankt de ouders voor de hulp.",
]


def _word_lists():
    from socialcheck import data

    first = sorted(x for x in data.word_list("first_names") if x.isalpha())
    surnames = sorted(data.word_list("surnames"))
    places = sorted(p for p in data.word_list("places") if " " not in p)
    nonperson = sorted(data.word_list("non_person_words"))
    return first, surnames, places, nonperson


def generate_corpus(size_kb: int, seed: int = 2024) -> list[str]:
    """School-like documents of ~2 KB each until ``size_kb`` KB; deterministic.

    Sources: this script's templates and the project's own word lists
    (``socialcheck/data``); phone numbers, e-mail addresses and streets are
    generated. Returns the texts; also writes them under ``benchmarks/_out/corpus``.
    """
    rng = random.Random(seed)
    first, surnames, places, nonperson = _word_lists()
    events = ["Kinderboekenweek", "Koningsspelen", "Avondvierdaagse", "kerstviering", "sportdag", "musical"]
    methods = ["Snappet", "Nieuwsbegrip", "Gynzy", "Kwink", "Veilig Leren Lezen", "Pluspunt"]
    outings = ["de Efteling", "Artis", "Naturalis", "het Rijksmuseum", "Burgers' Zoo", "Walibi"]
    weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
    months = ["september", "oktober", "november", "januari", "februari", "maart", "april", "mei", "juni"]
    schools = ["OBS De Regenboog", "CBS De Wegwijzer", "Kindcentrum Het Anker", "IKC De Vlinder"]

    def full():
        return f"{rng.choice(first)} {rng.choice(surnames)}"

    def fill(tpl: str) -> str:
        f_parent = rng.choice(first)
        street_name = rng.choice(surnames).split()[-1] + "straat"
        values = {
            "event": rng.choice(events), "method": rng.choice(methods), "outing": rng.choice(outings),
            "group": rng.randint(1, 8), "staff": rng.choice(first), "staff2": rng.choice(first),
            "staff_full": full(), "pupil": rng.choice(first), "pupil2": rng.choice(first),
            "pupil3": rng.choice(first), "age": rng.randint(4, 12), "parent_full": f"{f_parent} {rng.choice(surnames)}",
            "parent2_full": full(), "parent_first": f_parent, "phone": f"06-{rng.randint(10000000, 99999999)}",
            "email": f"{rng.choice(first).lower()}.{rng.choice(surnames).split()[-1].lower()}@example.nl",
            "place": rng.choice(places), "weekday": rng.choice(weekdays), "weekday2": rng.choice(weekdays),
            "month": rng.choice(months), "day": rng.randint(1, 28), "day2": rng.randint(1, 28),
            "street": f"{street_name} {rng.randint(1, 150)}, {rng.randint(1000, 9999)} "
                      f"{rng.choice('ABCDEFGHJKLMNPRTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRTVWXZ')}",
            "street_name": street_name, "school": rng.choice(schools), "thing": rng.choice(nonperson),
        }
        return tpl.format(**values)

    docs: list[str] = []
    total = 0
    while total < size_kb * 1024:
        parts: list[str] = []
        while sum(len(p) for p in parts) < 1900:
            parts.append(fill(rng.choice(_PARAGRAPHS)))
        doc = "\n\n".join(parts) + "\n"
        docs.append(doc)
        total += len(doc.encode("utf-8"))
    os.makedirs(CORPUS, exist_ok=True)
    for name in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, name))
    for k, doc in enumerate(docs):
        with open(os.path.join(CORPUS, f"doc{k:04d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(doc)
    draft = docs[0].encode("utf-8")[:2048].decode("utf-8", "ignore")
    with open(DRAFT, "w", encoding="utf-8") as fh:
        fh.write(draft)
    return docs


# ------------------------------------------------------------------ workers (run in a child process)

_WORKER = r'''
import json, os, resource, sys, time
tool, corpus = sys.argv[1], sys.argv[2]
names = sorted(os.listdir(corpus))
texts = [open(os.path.join(corpus, n), encoding="utf-8").read() for n in names]
c0 = time.process_time()
if tool.startswith("socialcheck"):
    if sys.argv[3]:  # the source tree; "" = the package installed into this Python
        sys.path.insert(0, sys.argv[3])
    else:  # ("-c" put the working directory first on the path: it may be the source tree)
        sys.path[:] = [p for p in sys.path if p not in ("", os.getcwd())]
    import socialcheck.nlp
    print("socialcheck.nlp: " + os.path.basename(socialcheck.nlp.__file__), file=sys.stderr)
    from socialcheck.config import build
    from socialcheck.documents import read_text
    from socialcheck.engine import check_document
    if tool == "socialcheck-pd":  # the personal-data checks only: the job deduce does
        from socialcheck import registry
        from socialcheck.model import Category
        cfg = build({"select": [c.id for c in registry.CHECKS.values() if c.category == Category.PERSONAL_DATA]}, None)
    else:
        cfg = build({}, None)
    def process(i, t):
        return len(check_document(read_text(names[i], t), cfg))
elif tool == "deduce":
    from deduce import Deduce
    d = Deduce()
    def process(i, t):
        return len(d.deidentify(t).annotations)
elif tool == "presidio":
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": sys.argv[3]}])
    a = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    def process(i, t):
        return len(a.analyze(text=t, language="en"))
process(0, texts[0])
c1 = time.process_time()
t1 = time.perf_counter()
found = sum(process(i, t) for i, t in enumerate(texts))
t2 = time.perf_counter()
c2 = time.process_time()
kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
print(json.dumps({"setup_s": c1 - c0, "seconds": c2 - c1, "wall_s": t2 - t1, "kb": kb, "found": found,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
'''

_COLD = {
    "deduce": "import sys\nfrom deduce import Deduce\nDeduce().deidentify(open(sys.argv[1], encoding='utf-8').read())",
    "presidio": ("import sys\nfrom presidio_analyzer import AnalyzerEngine\n"
                 "from presidio_analyzer.nlp_engine import SpacyNlpEngine\n"
                 "e = SpacyNlpEngine(models=[{'lang_code': 'en', 'model_name': sys.argv[2]}])\n"
                 "AnalyzerEngine(nlp_engine=e, supported_languages=['en']).analyze("
                 "text=open(sys.argv[1], encoding='utf-8').read(), language='en')"),
}


def _timed(cmd: list[str], env: dict | None = None) -> tuple[float, float, int]:
    """(wall seconds, child CPU seconds, exit code) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, timeout=600)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["failed"])
    return wall, cpu, proc.returncode


def cold_start(cmd: list[str], runs: int, env: dict | None = None) -> tuple[float, float]:
    """Median wall and CPU seconds of ``runs`` runs (after one unmeasured run that warms the disk cache)."""
    _timed(cmd, env)
    walls, cpus = [], []
    for _ in range(runs):
        w, c, _code = _timed(cmd, env)
        walls.append(w)
        cpus.append(c)
    return statistics.median(walls), statistics.median(cpus)


def throughput(python: str, tool: str, extra: str, env: dict | None = None) -> dict:
    """Run the worker for ``tool`` in its own process; returns its JSON result."""
    proc = subprocess.run([python, "-c", _WORKER, tool, CORPUS, extra], capture_output=True, env=env, timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError((proc.stderr.decode("utf-8", "replace").strip().splitlines() or ["failed"])[-1])
    result = json.loads(proc.stdout.decode().strip().splitlines()[-1])
    for line in proc.stderr.decode("utf-8", "replace").splitlines():
        if line.startswith("socialcheck.nlp: "):  # which socialcheck.nlp the worker imported: .py or compiled
            result["imported"] = line.split(": ", 1)[1]
            result["compiled"] = not result["imported"].endswith(".py")
    return result


def socialcheck_command() -> tuple[list[str], dict]:
    """The command that runs socialcheck as a user would, and its environment."""
    exe = os.path.join(os.path.dirname(sys.executable), "socialcheck")
    env = dict(os.environ)
    if os.path.exists(exe):
        return [exe], env
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
    return [sys.executable, "-m", "socialcheck"], env


def ensure_others_venv() -> str | None:
    """The venv python with deduce and presidio-analyzer, installing them if needed; None (with a message) on failure."""
    py = os.path.join(VENV, "bin", "python")
    check = "import deduce, presidio_analyzer, spacy"
    if os.path.exists(py) and subprocess.run([py, "-c", check], capture_output=True).returncode == 0:
        return py
    print("installing deduce and presidio-analyzer into benchmarks/_out/venv (one time) ...", flush=True)
    try:
        if not os.path.exists(py):
            subprocess.run([sys.executable, "-m", "venv", VENV], check=True, capture_output=True)
        subprocess.run([py, "-m", "pip", "install", "-q", "deduce", "presidio-analyzer"], check=True,
                       capture_output=True, timeout=1800)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        err = getattr(exc, "stderr", b"") or b""
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [str(exc)]
        print(f"could not install deduce/presidio: {last[0]}")
        return None
    return py


def blank_spacy_model(py: str) -> str:
    """A blank English spaCy pipeline on disk for presidio (no download)."""
    path = os.path.join(OUT, "blank_en")
    if not os.path.exists(os.path.join(path, "meta.json")):
        subprocess.run([py, "-c", f"import spacy; spacy.blank('en').to_disk({path!r})"], check=True,
                       capture_output=True)
    return path


def main(argv: list[str] | None = None) -> int:
    """Generate the corpus, measure every tool, print one table; returns the exit code (0)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="cold-start runs (median)")
    ap.add_argument("--size-kb", type=int, default=1024, help="corpus size")
    ap.add_argument("--no-others", action="store_true", help="measure socialcheck only")
    args = ap.parse_args(argv)

    docs = generate_corpus(args.size_kb)
    size = sum(len(d.encode("utf-8")) for d in docs) / 1024
    print(f"corpus: {len(docs)} documents, {size:,.0f} KB (benchmarks/_out/corpus); draft: "
          f"{os.path.getsize(DRAFT):,} bytes\n", flush=True)
    rows: dict[str, dict] = {}
    notes: list[str] = []

    cmd, env = socialcheck_command()
    row = rows["socialcheck"] = {}
    row["cold"] = cold_start([*cmd, DRAFT], args.runs, env)
    installed = cmd[0] != sys.executable  # the console script next to this Python: measure what it imports
    row.update(throughput(sys.executable, "socialcheck", "" if installed else ROOT))
    # the same engine with the personal-data checks only (names, contact details, numbers, health): what deduce does;
    # the full engine also runs the conduct checks, which deduce has no counterpart for
    pd = rows["sc-personal"] = {"cold": row["cold"]}
    pd.update(throughput(sys.executable, "socialcheck-pd", "" if installed else ROOT))
    pd.pop("imported", None)
    notes.append("sc-personal: socialcheck with only its personal-data checks selected (config select:), the same "
                 "job as deduce's; cold start copied from the full run (the same command)")
    notes.append(f"socialcheck cold start command: {' '.join(os.path.basename(c) for c in cmd)} draft.txt")
    notes.append(f"socialcheck throughput: {'the installed package' if installed else 'the source tree'} "
                 f"({row.pop('imported', '?')}: {'compiled' if row.get('compiled') else 'pure Python'})")

    if not args.no_others:
        py = ensure_others_venv()
        if py is None:
            notes.append("deduce, presidio: not measured (installing them into benchmarks/_out/venv failed; "
                         "see the message above)")
        else:
            for tool in ("deduce", "presidio"):
                try:
                    extra = blank_spacy_model(py) if tool == "presidio" else ""
                    r = rows[tool] = {}
                    r["cold"] = cold_start([py, "-c", _COLD[tool], DRAFT, extra], args.runs)
                    r.update(throughput(py, tool, extra))
                except Exception as exc:  # report, do not crash the other measurements
                    rows.pop(tool, None)
                    notes.append(f"{tool}: not measured ({exc})")
            if "presidio" in rows:
                notes.append("presidio: blank spaCy pipeline (no model download), so pattern recognisers only "
                             "and no person names; a real model (en_core_web_lg) makes it slower and bigger")
            if "deduce" in rows:
                notes.append("deduce: default Deduce() (its lookup tables are built/loaded at start-up)")

    base = rows.get("deduce")
    print(f"{'tool':<12} {'cold start':>10} {'cold CPU':>9} {'setup CPU':>9} {'steady KB/s':>11} {'1 MB total':>10} "
          f"{'peak RSS':>9} {'steady x':>8} {'1 MB x':>7} {'findings':>8}")
    print("-" * 101)

    def steady(r):
        return r["kb"] / r["seconds"] if r["seconds"] else float("inf")

    def total(r):
        return r["setup_s"] + r["seconds"]

    for tool, r in rows.items():
        x1 = f"{steady(r) / steady(base):.1f}x" if base else "-"
        x2 = f"{total(base) / total(r):.1f}x" if base else "-"
        print(f"{tool:<12} {r['cold'][0]:>8.2f} s {r['cold'][1]:>7.2f} s {r['setup_s']:>7.2f} s {steady(r):>11.0f} "
              f"{total(r):>8.2f} s {r['maxrss_mb']:>6.0f} MB {x1:>8} {x2:>7} {r['found']:>8}")
    print()
    sc = rows["socialcheck"]
    print(f"targets: cold start <= 1.0 s: median wall {sc['cold'][0]:.2f} s (CPU {sc['cold'][1]:.2f} s); "
          f"peak RSS <= 300 MB: {sc['maxrss_mb']:.0f} MB"
          + (f"; throughput >= 5x deduce: {steady(sc) / steady(base):.1f}x steady state (start-up excluded), "
             f"{total(base) / total(sc):.1f}x for the whole 1 MB (start-up included); personal-data checks only "
             f"{steady(rows['sc-personal']) / steady(base):.1f}x steady" if base else ""))
    notes.append("steady KB/s = corpus KB / CPU seconds of processing after start-up; 1 MB total = CPU seconds of "
                 "start-up (imports, lists, models) + processing; x = relative to deduce (higher is better)")
    try:
        load = os.getloadavg()[0]
        notes.append(f"load average during the run: {load:.1f} on {os.cpu_count()} CPUs (wall times are noisy "
                     "when the machine is busy)")
    except OSError:
        pass
    for n in notes:
        print(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
