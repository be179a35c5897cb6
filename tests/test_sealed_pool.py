"""benchmarks/sealed.py: pooling the recorded one-time measurements of sealed test sets (invented texts only)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _module():
    sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
    spec = importlib.util.spec_from_file_location("sealed_bench", os.path.join(ROOT, "benchmarks", "sealed.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _set(base, name, labels, record):
    d = base / name
    d.mkdir()
    for i in range(labels):
        (d / f"{i:03}.txt").write_text("---\nprotocol: lithora\nchannel: facebook\nauthor: teacher\n---\n"
                                       f"[[opinion-disclaimer|Het bestuur van Lithora snapt er niets van, deel {i}.]]\n",
                                       encoding="utf-8")
    (d / "README.md").write_text("# set\n\n## History\n\n" + record, encoding="utf-8")


def test_counts_are_rebuilt_from_recorded_precision_and_recall(tmp_path, monkeypatch):
    mod = _module()
    others = ", ".join(f"{c} 1.000/1.000" for c in mod.CONDUCT if c != "opinion-disclaimer") + "."
    # 4 labels, recall 0.75 -> 3 found, 1 missed; precision 0.75 -> 1 false alarm
    _set(tmp_path, "conduct-test1", 4, f"- measured: Per check (rules + model, P/R): opinion-disclaimer 0.750/0.750,\n  {others} Its texts were not read.\n")
    # 2 labels, everything right
    _set(tmp_path, "conduct-test2", 2, f"- measured: Per check (rules + model, P/R): opinion-disclaimer 1.000/1.000, {others} Its texts.\n")
    # sealed now: no measurement recorded, so not pooled
    _set(tmp_path, "conduct-test3", 5, "- written blind, imported unread.\n")
    monkeypatch.setattr(mod, "BASE", str(tmp_path))
    tot, used = mod.pool(["conduct-test1", "conduct-test2", "conduct-test3"])
    assert used == ["conduct-test1", "conduct-test2"]
    assert tot["opinion-disclaimer"] == [5, 1, 1]
    assert tot["logo-use"] == [0, 0, 0]


def test_command_prints_the_pooled_table_of_the_repository_sets():
    out = subprocess.run([sys.executable, os.path.join(ROOT, "benchmarks", "sealed.py"), "--last", "2"],
                         capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": ROOT})
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[-1].startswith("pooled 2 sets, each measured once while sealed: conduct-test")
    overall = next(ln for ln in lines if ln.startswith("overall")).split()
    assert int(overall[1]) > 0 and 0.0 < float(overall[4]) <= 1.0
