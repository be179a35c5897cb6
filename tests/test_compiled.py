"""The installed package finds exactly what the source tree finds.

``pip install .`` compiles the hot modules with mypyc when it can (see
``hatch_build.py`` and the README's "Speed" note). The rest of the suite
imports the source tree (pure Python) in-process; the CLI tests run the
installed console script. This test runs the same engine over the example
texts, two labelled corpora and a few awkward texts with every protocol, once
with the installed package (``python -I``: no source tree on the path) and
once with the source tree, and compares every field of every finding.
Skipped when socialcheck is not installed into this Python.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_WORKER = r"""
import glob, json, os, re, sys
import socialcheck, socialcheck.nlp
from socialcheck import config, engine, protocols
from socialcheck.documents import read_html, read_markdown, read_text

root = sys.argv[1]
texts = []
for path in sorted(glob.glob(os.path.join(root, "examples", "*"))):
    texts.append((os.path.basename(path), open(path, encoding="utf-8").read()))
for corpus in ("school", "conduct"):
    for path in sorted(glob.glob(os.path.join(root, "benchmarks", "corpus", corpus, "*.txt"))):
        texts.append((corpus + "/" + os.path.basename(path), open(path, encoding="utf-8").read()))
awkward = ["", "\n\n", "🎉", "Hoi? 🎉🎉", "Juf Sanne\u0301 en Lotte\u00b2 (8)\x1c\x1d", "JUF SANNE EN MEESTER BOB\n" * 3,
           "Sophie, Noah en Julia; e-mail: a.b@c.nl; tel 06-12345678; NL91ABNA0417164300; 1234 AB",
           "x" * 5000 + " Sanne de Vries", "'s Morgens ’t Hart. Dhr. J.P. van der Berg-Jansen (groep 5) ...\r\n"]
texts += [("awkward%d.txt" % i, t) for i, t in enumerate(awkward)]
readers = {".md": read_markdown, ".html": read_html}
out = []
for protocol in ("default", "lithora", "twijs", "som", "kalisto", "onderwijs-primair"):
    cfg = config.build({}, None, {"protocol": protocol, "channel": "facebook"})
    pack = protocols.load(cfg.protocol)
    for name, text in texts:
        doc = readers.get(os.path.splitext(name)[1], read_text)(name, text)
        for f in engine.check_document(doc, cfg, pack):
            out.append([protocol, name, f.check, f.start, f.end, f.line, f.column, f.end_line, f.end_column,
                        int(f.severity), f.message, f.match, f.scope, f.score, f.suggestion, f.fingerprint,
                        f.variant, f.detector, f.source_line, [r.as_dict() for r in f.protocol_refs]])
print(json.dumps({"file": socialcheck.__file__, "compiled": not socialcheck.nlp.__file__.endswith(".py"),
                  "findings": out}))
"""


def _run(args: list[str], cwd: str) -> dict:
    proc = subprocess.run([sys.executable, *args, "-c", _WORKER, ROOT], cwd=cwd, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_installed_package_finds_what_the_source_tree_finds(tmp_path):
    probe = subprocess.run([sys.executable, "-I", "-c", "import socialcheck; print(socialcheck.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip("socialcheck is not installed into this Python")
    installed_file = os.path.realpath(probe.stdout.strip())
    # (a virtual environment inside the checkout, as CI's .ci-venv, is an install, not the source tree)
    if installed_file.startswith(os.path.join(os.path.realpath(ROOT), "socialcheck") + os.sep):
        pytest.skip("the installed socialcheck is this source tree (an editable install)")
    installed = _run(["-I"], str(tmp_path))
    source = _run([], ROOT)          # "-c" puts the working directory (the source tree) first on the path
    assert os.path.realpath(source["file"]).startswith(os.path.realpath(ROOT) + os.sep)
    assert not source["compiled"]
    assert len(source["findings"]) > 1000
    print(f"installed package: {installed['file']} ({'compiled' if installed['compiled'] else 'pure Python'})")
    if installed["findings"] != source["findings"]:
        diff = [f for f in installed["findings"] if f not in source["findings"]][:5] + \
            [f for f in source["findings"] if f not in installed["findings"]][:5]
        pytest.fail(f"installed package ({installed['file']}) differs from the source tree: {diff}")
