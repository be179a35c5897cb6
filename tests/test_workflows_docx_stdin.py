"""Word drafts (.docx) and text piped in from an editor (``-`` with ``--stdin-filename``)."""

from __future__ import annotations

import json

import pytest

from workflows_support import PAGE, run, site

docx = pytest.importorskip("docx", reason="python-docx is not installed")


def make_docx(path, blocks):
    """A .docx with paragraphs (str), headings (('h', text)), empty paragraphs ('')
    and tables (lists of rows)."""
    d = docx.Document()
    for b in blocks:
        if isinstance(b, tuple):
            d.add_heading(b[1], level=1)
        elif isinstance(b, list):
            t = d.add_table(rows=len(b), cols=len(b[0]))
            for i, row in enumerate(b):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            d.add_paragraph(b)
    d.save(path)


def test_docx_findings_by_paragraph(tmp_path):
    d = site(tmp_path, {})
    make_docx(d / "concept.docx", [
        ("h", "Verslag schoolreisje"),
        "Wat een mooie dag in de dierentuin.",
        "",
        "Vandaag was Fenna uit groep 5 jarig.",
        [["Contact", "Bel juf Marloes op 06-24681357."]],
    ])
    p = run("concept.docx", "-f", "parsable", cwd=d)
    assert p.returncode == 1, p.stderr
    # line = paragraph number (empty paragraphs do not count), column = character in it
    assert p.stdout == ("concept.docx:3:13: error person-name Naam van een leerling\n"
                        "concept.docx:5:9: error person-name Naam van een medewerker\n"
                        "concept.docx:5:20: error phone-number Telefoonnummer van een privépersoon\n")
    rich = run("concept.docx", cwd=d).stdout
    assert "    5 | Bel juf Marloes op 06-24681357." in rich


def test_docx_in_a_folder_walk_and_word_lock_files(tmp_path):
    d = site(tmp_path, {"map/notitie.txt": "Geen namen hier.\n"})
    make_docx(d / "map" / "brief.docx", ["Bel juf Marloes op 06-24681357."])
    (d / "map" / "~$brief.docx").write_bytes(b"\x06Marloes" + bytes(150))  # Word's lock file
    p = run("map", "-f", "json", cwd=d)
    out = json.loads(p.stdout)
    assert [f["check"] for f in out["findings"]] == ["person-name", "phone-number"]
    assert out["summary"]["files"] == 2 and out["summary"]["skipped"] == 1
    assert p.stderr == ""


def test_broken_docx_is_one_line_exit_2(tmp_path):
    d = site(tmp_path, {"oud.docx": "dit is geen Word-bestand"})
    p = run("oud.docx", cwd=d)
    assert p.returncode == 2
    assert p.stderr == ("socialcheck: fout: oud.docx: not a valid .docx file "
                        "(an old .doc, a password-protected or a damaged file?)\n")


def test_docx_redact_writes_text(tmp_path):
    d = site(tmp_path, {})
    make_docx(d / "concept.docx", ["Vandaag was Fenna uit groep 5 jarig.", "Groetjes, juf Marloes"])
    p = run("redact", "concept.docx", "-o", "concept.veilig.txt", cwd=d)
    assert p.returncode == 0, p.stderr
    assert (d / "concept.veilig.txt").read_text(encoding="utf-8") == (
        "Vandaag was F. uit groep 5 jarig.\n\nGroetjes, juf M.\n")
    p = run("redact", "concept.docx", "--in-place", cwd=d)
    assert p.returncode == 2 and "kan niet ter plekke" in p.stderr


def test_docx_from_stdin(tmp_path):
    d = site(tmp_path, {})
    make_docx(d / "concept.docx", ["Bel juf Marloes op 06-24681357."])
    p = run("-", "--stdin-filename", "concept.docx", "-f", "parsable", cwd=d,
            stdin=(d / "concept.docx").read_bytes())
    assert p.stdout == ("concept.docx:1:9: error person-name Naam van een medewerker\n"
                        "concept.docx:1:20: error phone-number Telefoonnummer van een privépersoon\n")


# ---------------------------------------------------------------- stdin


def test_stdin_filename_chooses_the_reader_and_the_path(tmp_path):
    d = site(tmp_path, {})
    page = ("# Jarig\n\n<!-- socialcheck: disable-next-line person-name -- toestemming ouders -->\n"
            "Vandaag was Fenna uit groep 5 jarig. Bel juf Marloes op 06-24681357.\n")
    p = run("-", "--stdin-filename", "content/nieuws.md", "-f", "parsable", cwd=d, stdin=page)
    assert p.returncode == 1
    # Markdown: the comment is a suppression and is not part of the text.
    assert p.stdout == "content/nieuws.md:4:57: error phone-number Telefoonnummer van een privépersoon\n"
    # The same bytes as a plain-text draft: no suppressions there.
    p = run("-", "--stdin-filename", "bericht.txt", "-f", "parsable", cwd=d, stdin=page)
    assert p.stdout == ("bericht.txt:4:13: error person-name Naam van een leerling\n"
                        "bericht.txt:4:46: error person-name Naam van een medewerker\n"
                        "bericht.txt:4:57: error phone-number Telefoonnummer van een privépersoon\n")


def test_stdin_uses_the_config_and_per_file_ignores_of_the_named_file(tmp_path):
    d = site(tmp_path, {".socialcheck.yaml": 'per_file_ignores:\n  "archief/*.md": [person-name]\n'})
    p = run("-", "--stdin-filename", "archief/oud.md", "-f", "parsable", cwd=d, stdin=PAGE)
    assert p.stdout == "archief/oud.md:3:57: error phone-number Telefoonnummer van een privépersoon\n"


def test_stdin_html_vs_text(tmp_path):
    d = site(tmp_path, {})
    html = "<p>Bel <b>juf Marloes</b> op 06-24681357.</p>\n"
    p = run("-", "--stdin-filename", "post.html", "-f", "json", cwd=d, stdin=html)
    f = json.loads(p.stdout)["findings"]
    assert [(x["path"], x["check"], x["line"], x["column"]) for x in f] == [
        ("post.html", "person-name", 1, 15), ("post.html", "phone-number", 1, 30)]
    p = run("-", "-f", "parsable", cwd=d, stdin="Bel juf Marloes op 06-24681357.\n")
    assert p.stdout.startswith("-:1:9: error person-name")
