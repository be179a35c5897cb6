"""socialcheck never modifies its input: every command that is not explicitly a
writing command leaves the input tree exactly as it was (same files, bytes,
modes and modification times; no file created and removed again, which would
change a folder's modification time)."""

from __future__ import annotations

import hashlib
import os

import pytest

MD = """---
title: "Terugblik sportdag"
author: Meester Kees
tags: [sportdag, groep 6]
channel: website
---
# Sportdag

Daan uit groep 6 won de sprint. Bel meester Kees op [06-98765432](tel:0698765432) of mail
[kees.jansen@gmail.com](mailto:kees.jansen@gmail.com). ![Daan bij de finish](daan.jpg)
"""
HTML = """<!doctype html><html><head><title>Nieuws</title>
<meta name="description" content="Juf Sanne vertelt"></head>
<body><h1>Nieuws</h1><p>Caf&eacute; met juf Sanne, 06-12345678 &amp; <a href="mailto:s@x.nl">mail</a>.</p>
<img src="a.jpg" alt="Yasmina El Amrani in groep 5"></body></html>
"""


def snapshot(root) -> dict:
    """Path -> (kind, size, mode, mtime_ns, sha256) for every file and folder below ``root``."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            digest = ""
            if os.path.isfile(p) and not os.path.islink(p):
                with open(p, "rb") as fh:
                    digest = hashlib.sha256(fh.read()).hexdigest()
            out[os.path.relpath(p, root)] = (st.st_mode, st.st_size, st.st_mtime_ns, digest)
    st = os.stat(root)
    out["."] = (st.st_mode, st.st_mtime_ns)
    return out


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "site"
    (root / ".git").mkdir(parents=True)
    (root / ".socialcheck.yaml").write_text("protocol: lithora\nallow:\n  - info@school.nl\n", encoding="utf-8")
    (root / "posts").mkdir()
    (root / "posts" / "draft.txt").write_text("Bel juf Sanne op 06-12345678 of mail info@school.nl\n",
                                              encoding="utf-8")
    (root / "posts" / "windows.txt").write_bytes("Juf Zoë – café\r\nBel 06-87654321\r\n".encode("cp1252"))
    (root / "posts" / "nieuws.md").write_text(MD, encoding="utf-8")
    (root / "web").mkdir()
    (root / "web" / "index.html").write_text(HTML, encoding="utf-8")
    (root / "web" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return root


def commands(root, out_dir):
    """Every non-writing command, as a user would type it (``--output`` outside the tree)."""
    return [
        [root],
        [root, "--format", "json"],
        [root, "--format", "parsable"],
        [root, "--format", "json", "--jobs", "2"],
        [root, "--redact", "--lang", "en"],
        [root / "posts" / "draft.txt", root / "web" / "index.html", "--protocol", "twijs"],
        [root, "--format", "json", "--output", out_dir / "rapport.json"],
        [root, "--config", root / ".socialcheck.yaml", "--min-severity", "warning"],
        ["rules"],
        ["rules", "--protocol", "som", "--format", "json"],
        ["explain", "person-name"],
        [root, "--protocol", "bestaat-niet"],  # an error must not write either
    ]


def test_commands_never_modify_the_input_tree(cli, tree, tmp_path):
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    for args in commands(tree, out_dir):
        before = snapshot(tree)
        r = cli(*args, cwd=tree)  # run inside the tree: relative writes would land in it
        assert r.code in (0, 1, 2), (args, r.err)
        assert "Traceback" not in r.err
        assert snapshot(tree) == before, f"socialcheck {' '.join(map(str, args))} changed the input tree"
    assert sorted(os.listdir(out_dir)) == ["rapport.json"]


def test_stdin_check_does_not_touch_the_tree(cli, tree):
    before = snapshot(tree)
    data = (tree / "posts" / "nieuws.md").read_bytes()
    r = cli("-", "--stdin-filename", tree / "posts" / "nieuws.md", "--format", "json", stdin=data, cwd=tree)
    assert r.code == 1
    assert snapshot(tree) == before


def test_output_refuses_to_overwrite_an_input_file(cli, tree):
    before = snapshot(tree)
    target = tree / "posts" / "draft.txt"
    r = cli(target, "--format", "json", "--output", target)
    assert r.code == 2 and "draft.txt" in r.err
    assert snapshot(tree) == before
