"""Speed of the media scan, side by side with exiftool.

Generates N photos (default 200) of 4000x3000 pixels as JPEG with EXIF
(Artist, GPS position) and XMP (Iptc4xmpExt:PersonInImage) in a temporary
folder with a ``manifest.yaml``, then times, as a user would run them:

* ``socialcheck DIR --ignore face-count`` — the metadata scan (no pixel decoding);
* ``socialcheck DIR`` — with face counting, if opencv (``socialcheck[faces]``) works;
* ``exiftool -json -r DIR`` — reading all metadata (Debian package
  ``libimage-exiftool-perl``; skipped with a message if absent);
* ``socialcheck`` on an empty media folder — the fixed start-up cost, which
  is subtracted for the per-image rate printed under the table.

Run by hand: ``PYTHONPATH=. python benchmarks/media.py [-n 200] [--jobs 0] [--repeat 3]``.
Times are seconds of the whole command (start-up included), best of
``--repeat`` runs: wall-clock, and CPU (user + system, worker processes
included; steadier than wall time on a shared machine). images/s = N / time.
Invented names only.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIRST = ["Emma", "Noah", "Sara", "Daan", "Fenna", "Milan", "Lotte", "Bram", "Yara", "Sem"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Dekker"]


def base_photo(width: int, height: int) -> bytes:
    """One JPEG (quality 90) of a synthetic scene; a real face is pasted in if
    scikit-image's sample photo is available (so face detection has work)."""
    from PIL import Image, ImageDraw, ImageFilter

    im = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    d = ImageDraw.Draw(im)
    for k in range(40):
        x, y = (k * 997) % width, (k * 613) % height
        d.rectangle((x, y, x + width // 12, y + height // 14), fill=((k * 53) % 255, (k * 91) % 255, (k * 17) % 255))
    im = im.filter(ImageFilter.GaussianBlur(3))
    try:
        from skimage import data
        face = Image.fromarray(data.astronaut()).resize((width // 4, width // 4))
        im.paste(face, (width // 3, height // 4))
    except ImportError:
        pass
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def with_metadata(jpeg: bytes, i: int) -> bytes:
    """``jpeg`` with a fresh APP1 EXIF (Artist, GPS) and APP1 XMP (PersonInImage) after SOI."""
    from PIL import Image

    name = f"{FIRST[i % 10]} {LAST[(i // 10) % 10]}"
    exif = Image.Exif()
    exif[0x013B] = name
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (52.0, 5.0, float(i % 60)), "E", (5.0, 7.0, 3.0)
    exif_bytes = exif.tobytes()
    xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           '<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">'
           f'<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>{name}</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>'
           '</rdf:Description></rdf:RDF></x:xmpmeta>').encode()
    xmp_body = b"http://ns.adobe.com/xap/1.0/\x00" + xmp

    def app1(body: bytes) -> bytes:
        return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body

    return jpeg[:2] + app1(exif_bytes) + app1(xmp_body) + jpeg[2:]


def generate(folder: str, n: int, width: int, height: int) -> None:
    """Write ``n`` photos and a manifest listing each with one person."""
    base = base_photo(width, height)
    lines = ["defaults: {channels: [website], credit: benchmark}", "images:"]
    for i in range(n):
        name = f"foto_{i:04d}.jpg"
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(with_metadata(base, i))
        lines.append(f"  - {{file: {name}, people: [Persoon {i}]}}")
    with open(os.path.join(folder, "manifest.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def timed(cmd: list[str], repeat: int, env=None) -> tuple[float, float]:
    """Best wall time and best CPU time (user + system of the command and its
    worker processes) over ``repeat`` runs of ``cmd``, in seconds."""
    import resource

    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        wall = time.perf_counter() - t
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
        if proc.returncode not in (0, 1):
            sys.stderr.write(proc.stderr.decode(errors="replace"))
    return best_wall, best_cpu


def main(argv=None) -> int:
    """Generate the photos, time the commands, print a table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=200, help="number of photos (default 200)")
    ap.add_argument("--size", default="4000x3000", help="photo size WxH (default 4000x3000)")
    ap.add_argument("--jobs", type=int, default=0, help="socialcheck --jobs (0 = all cores)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per command; the best counts (default 3)")
    ap.add_argument("--keep", action="store_true", help="keep the generated folder")
    args = ap.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))
    folder = tempfile.mkdtemp(prefix="socialcheck-bench-")
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        t = time.perf_counter()
        generate(folder, args.n, width, height)
        size_mb = sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder)) / 1e6
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        print(f"{args.n} photos {width}x{height} ({size_mb:.0f} MB) generated in {time.perf_counter() - t:.1f} s "
              f"in {folder}; {cores} cores; --jobs {args.jobs}")
        sc = [sys.executable, "-m", "socialcheck", folder, "-f", "json", "-j", str(args.jobs)]
        empty = tempfile.mkdtemp(prefix="socialcheck-bench-empty-")
        with open(os.path.join(empty, "manifest.yaml"), "w", encoding="utf-8") as fh:
            fh.write("images: []\n")
        start = timed([sys.executable, "-m", "socialcheck", empty, "-f", "json"], args.repeat, env)
        shutil.rmtree(empty, ignore_errors=True)
        rows = []
        rows.append(("socialcheck metadata scan", *timed([*sc, "--ignore", "face-count"], args.repeat, env)))
        from socialcheck.media.faces import status
        why = status()
        if why is None:
            rows.append(("socialcheck with face count", *timed(sc, 1, env)))
        else:
            print(f"face count skipped: {why} (pip install 'socialcheck[faces]')")
        exiftool = shutil.which("exiftool")
        if exiftool:
            rows.append(("exiftool -json -r", *timed([exiftool, "-json", "-r", folder], args.repeat)))
        else:
            print("exiftool skipped: not installed (apt-get install libimage-exiftool-perl)")
        print()
        print(f"| {'command':<28} | {'wall s':>7} | {'images/s':>8} | {'CPU s':>6} | {'images/CPU s':>12} |")
        print(f"|{'-' * 30}|{'-' * 9}|{'-' * 10}|{'-' * 8}|{'-' * 14}|")
        for label, wall, cpu in rows:
            print(f"| {label:<28} | {wall:>7.2f} | {args.n / wall:>8.1f} | {cpu:>6.2f} | {args.n / cpu:>12.1f} |")
        print(f"| {'socialcheck start-up only':<28} | {start[0]:>7.2f} | {'':>8} | {start[1]:>6.2f} | {'':>12} |")
        meta = rows[0]
        if meta[1] > start[0] and meta[2] > start[1]:
            print(f"\nmetadata scan without start-up: {args.n / (meta[1] - start[0]):.0f} images/s wall, "
                  f"{args.n / (meta[2] - start[1]):.0f} images per CPU second")
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
