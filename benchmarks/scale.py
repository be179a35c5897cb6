"""Scale benchmark: a school website of 5,000 Markdown pages, checked with 1 and N workers.

Generates (deterministically, seed 7) a content tree like a Hugo/Jekyll school
site: ``content/<section>/<year>/<slug>.md`` with YAML front matter (title,
date, author, tags, channel) and Dutch school texts built from templates and
socialcheck's own word lists (``socialcheck/data``): news items, class
letters, agendas and announcements that mention staff (juf/meester + name),
pupils, private phone numbers, e-mail addresses, tables, links and images.
About 2 KB per page, 10 MB for 5,000 pages.

Then runs the CLI as a user would (``socialcheck TREE --format json --jobs J``
with the installed console script next to this Python, else
``python -m socialcheck``) for ``--jobs 1`` and ``--jobs 0`` (all cores) and
prints one table row per run:

    jobs | files | MB | wall s | CPU s | files/s | MB/s | peak RSS largest process MB | peak RSS all processes MB | findings

``CPU s`` is user + system time of the CLI and its workers: unlike wall time
it does not grow when other programs compete for the cores (the load average
before and after the runs is printed for that reason).

Peak RSS: ``largest`` is ``ru_maxrss`` of the CLI process and the workers it
waited for (``os.wait4``); ``all processes`` is the highest sum of RSS over
the process tree, sampled from ``/proc`` every 20 ms (Linux only, else "-").
The last line says whether the JSON reports of all runs are byte-identical
(same findings, same order, same summary).

Usage: python benchmarks/scale.py [--pages 5000] [--out DIR] [--keep] [--jobs 1,0] [--runs 1]
Writes only below ``--out`` (default: a temporary folder, removed afterwards
unless ``--keep``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "socialcheck", "data")

SECTIONS = ["nieuws", "groepen", "agenda", "ouders", "mr", "oudervereniging", "sport", "projecten"]
CHANNELS = ["website", "website", "website", "newsletter", "parro", "social-schools", "facebook", "instagram"]
TAGS = ["sportdag", "schoolreisje", "musical", "ouderavond", "studiedag", "kerst", "koningsspelen", "avondvierdaagse",
        "luizencontrole", "schoolfruit", "rapport", "kamp", "juffendag", "bibliotheek", "verkeer", "techniek"]
EVENTS = ["de sportdag", "het schoolreisje", "de kerstviering", "de musical van groep 8", "de ouderavond",
          "de Koningsspelen", "het schoolkamp", "de avondvierdaagse", "de studiedag", "de projectweek",
          "de voorleeswedstrijd", "de paasbrunch", "de open dag", "het zomerfeest"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
FILLER = [
    "Wat fijn dat er zoveel ouders kwamen helpen bij {event}.",
    "De kinderen hebben hard gewerkt en het resultaat mag er zijn.",
    "In de klas hebben we het deze week gehad over de seizoenen en het weer.",
    "Vergeet niet om op {day} de gymspullen mee te geven.",
    "De bibliotheek is weer open op {day}middag na schooltijd.",
    "Wij zoeken nog hulpouders voor {event}; aanmelden kan bij de leerkracht.",
    "Het thema van deze periode is 'Ruimte'; we lezen er veel boeken over.",
    "Op {day} {date} is er geen school vanwege de studiedag.",
    "Groep {group} gaat op excursie naar het museum in {place}.",
    "De schoolfotograaf komt op {day} {date}; broertjes en zusjes mogen ook op de foto.",
    "Denk aan een gezonde pauzehap: fruit of groente en water.",
    "Na de vakantie starten we met een nieuwe methode voor rekenen.",
    "De opbrengst van de sponsorloop gaat naar een goed doel in {place}.",
    "Alle kinderen krijgen deze week hun rapport mee naar huis.",
    "We hebben genoten van {event} en bedanken iedereen die heeft geholpen.",
    "Ouders kunnen zich inschrijven voor de tien-minutengesprekken via het ouderportaal.",
]
PERSONAL = [
    "{title} {first} is {day} afwezig; {title2} {first2} neemt de groep over.",
    "Vragen? Bel {title} {first} op {mobile} of mail naar {email}.",
    "{pupil} uit groep {group} won de tekenwedstrijd, gefeliciteerd!",
    "Aanmelden voor {event} kan bij {first} {last} ({email}).",
    "Bij ziekte graag voor 8.15 uur bellen naar {landline}.",
    "Onze nieuwe collega {title} {first} {last} stelt zich voor in de volgende nieuwsbrief.",
    "Het contactadres van de oudervereniging is {email}.",
    "De moeder van {pupil} ({first} {last}) is bereikbaar op {mobile}.",
    "{title} {first} is met zwangerschapsverlof; we wensen haar veel geluk.",
    "Welkom aan {pupil} en {pupil2}, die sinds {day} bij ons in groep {group} zitten.",
]
TITLES = ["juf", "juf", "meester", "meester", "Juf", "Meester"]


def _words(name: str) -> list[str]:
    with open(os.path.join(DATA, name), encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]


class Site:
    """Deterministic page generator (templates + socialcheck word lists)."""

    def __init__(self, seed: int = 7):
        self.rnd = random.Random(seed)
        self.first = _words("first_names.txt")
        self.last = [w for w in _words("surnames.txt") if w[:1].isupper()]
        self.places = [w for w in _words("places.txt") if " " not in w][:800]

    def _fields(self) -> dict:
        r = self.rnd
        first, first2 = r.choice(self.first), r.choice(self.first)
        last = r.choice(self.last)
        mail_user = f"{first.lower()}.{last.lower().replace(' ', '')}"
        mail_user = "".join(ch for ch in mail_user if ch.isascii() and (ch.isalnum() or ch == "."))
        return {
            "title": r.choice(TITLES), "title2": r.choice(TITLES), "first": first, "first2": first2,
            "last": last, "pupil": r.choice(self.first), "pupil2": r.choice(self.first),
            "group": r.randint(1, 8), "day": r.choice(WEEKDAYS),
            "date": f"{r.randint(1, 28)} {r.choice(MONTHS)}", "event": r.choice(EVENTS),
            "place": r.choice(self.places),
            "mobile": r.choice(["06-{}", "06 {}", "+31 6 {}", "06{}"]).format(r.randint(10000000, 99999999)),
            "landline": f"0{r.randint(10, 79)}-{r.randint(1000000, 9999999)}",
            "email": r.choice([f"{mail_user}@gmail.com", f"{mail_user}@hotmail.com", "info@obsdeklimop.nl",
                               f"{mail_user}@obsdeklimop.nl"]),
        }

    def _sentence(self, personal_rate: float) -> str:
        pool = PERSONAL if self.rnd.random() < personal_rate else FILLER
        return self.rnd.choice(pool).format(**self._fields())

    def _paragraph(self, n: int, personal_rate: float = 0.12) -> str:
        return " ".join(self._sentence(personal_rate) for _ in range(n))

    def page(self, i: int) -> tuple[str, str]:
        """``(relative path, Markdown text)`` of page ``i``."""
        r = self.rnd
        section = SECTIONS[i % len(SECTIONS)]
        year = 2019 + (i // 7) % 6
        f = self._fields()
        title = r.choice([f"Terugblik op {f['event']}", f"Nieuws uit groep {f['group']}",
                          f"Agenda {f['date']}", f"Mededelingen {f['day']} {f['date']}",
                          f"Even voorstellen: {f['title']} {f['first']}"])
        slug = f"{i:05d}-" + "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:40].strip("-")
        author = r.choice([f"{f['title'].capitalize()} {f['first2']}", "De redactie", "Directie",
                           f"{f['first2']} {r.choice(self.last)}"])
        tags = r.sample(TAGS, r.randint(1, 4))
        fm = (f"---\ntitle: \"{title}\"\ndate: {year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\n"
              f"author: {author}\ntags: [{', '.join(tags)}]\nchannel: {r.choice(CHANNELS)}\n---\n\n")
        parts = [f"# {title}", self._paragraph(r.randint(5, 8))]
        for _ in range(r.randint(3, 7)):
            kind = r.random()
            if kind < 0.45:
                parts.append(f"## {r.choice(EVENTS).capitalize()}")
                parts.append(self._paragraph(r.randint(4, 7)))
            elif kind < 0.65:
                parts.append("\n".join(f"- {self._sentence(0.2)}" for _ in range(r.randint(2, 4))))
            elif kind < 0.8:
                rows = "\n".join(f"| {r.choice(WEEKDAYS)} {r.randint(1, 28)} {r.choice(MONTHS)} | "
                                 f"{r.choice(EVENTS)} | groep {r.randint(1, 8)} |" for _ in range(r.randint(2, 5)))
                parts.append("| datum | activiteit | groep |\n|---|---|---|\n" + rows)
            elif kind < 0.9:
                parts.append(f"![{f['pupil']} bij {f['event']}](/img/{slug}-{r.randint(1, 9)}.jpg) "
                             f"Meer foto's staan in [het fotoalbum](https://example.org/album/{i}).")
            else:
                parts.append(f"Contact: [{f['email']}](mailto:{f['email']}) of "
                             f"[{f['landline']}](tel:{f['landline'].replace('-', '')}).")
        parts.append(f"*{author}*")
        return f"{section}/{year}/{slug}.md", fm + "\n\n".join(parts) + "\n"


def generate(out: str, pages: int) -> tuple[int, int]:
    """Write ``pages`` pages below ``out/content``. Returns ``(files, bytes)``."""
    site = Site()
    total = 0
    for i in range(pages):
        rel, text = site.page(i)
        path = os.path.join(out, "content", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text.encode("utf-8")
        with open(path, "wb") as fh:
            fh.write(data)
        total += len(data)
    return pages, total


def _entry() -> tuple[list[str], dict]:
    exe = os.path.join(os.path.dirname(sys.executable), "socialcheck")
    env = dict(os.environ)
    if os.path.exists(exe):
        return [exe], env
    env["PYTHONPATH"] = ROOT + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return [sys.executable, "-m", "socialcheck"], env


def _tree_rss_kb(pid: int) -> int:
    """Sum of VmRSS (kB) of ``pid`` and its descendants (Linux ``/proc``)."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(d))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, ()))
        try:
            with open(f"/proc/{p}/status", encoding="ascii", errors="replace") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total


def run_cli(tree: str, jobs: int, out_file: str) -> dict:
    """Run the CLI once; returns wall time, rusage peak, sampled tree RSS and the JSON report."""
    cmd, env = _entry()
    cmd = [*cmd, tree, "--format", "json", "--jobs", str(jobs)]
    peak_tree = [0]
    with open(out_file, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, env=env)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak_tree[0] = max(peak_tree[0], _tree_rss_kb(proc.pid))
                done.wait(0.02)

        sampler = threading.Thread(target=sample, daemon=True)
        if os.path.isdir("/proc"):
            sampler.start()
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        done.set()
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"socialcheck exited {proc.returncode}: {err.decode('utf-8', 'replace')[:500]}")
    # Not json.load: a large report held here would be inherited as "peak RSS"
    # by the next run's child (Linux counts the parent's peak at fork+exec).
    digest = hashlib.sha256()
    with open(out_file, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
        fh.seek(max(0, fh.tell() - 8192))
        tail = fh.read().decode("utf-8", "replace")
    summary = json.loads(tail[tail.rindex('"summary": ') + 11:].rstrip().rstrip("}").rstrip())
    return {"jobs": jobs, "wall": wall, "maxrss_mb": usage.ru_maxrss / 1024, "cpu": usage.ru_utime + usage.ru_stime,
            "tree_mb": peak_tree[0] / 1024 if peak_tree[0] else None, "summary": summary,
            "sha256": digest.hexdigest(), "cmd": cmd}


def _load() -> str:
    """The 1/5/15-minute load averages (other processes compete for the cores)."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover
        return "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--out", help="folder for the generated site (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the generated site")
    ap.add_argument("--jobs", default="1,0", help="comma-separated --jobs values to run (0 = all cores)")
    ap.add_argument("--runs", type=int, default=1, help="runs per --jobs value (the fastest is reported)")
    args = ap.parse_args(argv)
    out = args.out or tempfile.mkdtemp(prefix="socialcheck-scale-")
    try:
        t0 = time.perf_counter()
        files, size = generate(out, args.pages)
        print(f"generated {files:,} pages, {size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s below {out}")
        tree = os.path.join(out, "content")
        rows = []
        load_before = _load()
        for j in (int(x) for x in args.jobs.split(",")):
            best = None
            for _ in range(args.runs):
                r = run_cli(tree, j, os.path.join(out, f"report-{j}.json"))
                if best is None or r["wall"] < best["wall"]:
                    best = r
            rows.append(best)
        print(f"command: {' '.join(rows[0]['cmd'][:-2])} --jobs J   ({os.cpu_count()} cores)")
        print(f"load average before: {load_before}")
        print("| jobs | files | MB | wall s | CPU s | files/s | MB/s | peak RSS largest process MB "
              "| peak RSS all processes MB | findings |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for r in rows:
            s = r["summary"]
            tree_mb = f"{r['tree_mb']:.0f}" if r["tree_mb"] else "-"
            print(f"| {r['jobs']} ({os.cpu_count() if r['jobs'] == 0 else r['jobs']} workers) | {s['files']:,} "
                  f"| {size / 1e6:.1f} | {r['wall']:.2f} | {r['cpu']:.1f} | {s['files'] / r['wall']:.0f} | "
                  f"{size / 1e6 / r['wall']:.2f} | {r['maxrss_mb']:.0f} | {tree_mb} | {s['findings']:,} |")
        print(f"load average after: {_load()}")
        same = all(r["sha256"] == rows[0]["sha256"] for r in rows[1:])
        print(f"JSON reports (findings and summary) byte-identical for all --jobs values: {'yes' if same else 'NO'}")
        return 0 if same else 1
    finally:
        if not args.keep and not args.out:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
