"""``socialcheck redact``: an anonymised copy, never touching the input
unless ``--in-place``."""

from __future__ import annotations

import os

from workflows_support import run, site

DRAFT = ("Vandaag was Fenna uit groep 5 jarig. Bel juf Marloes op 06-24681357 "
         "of mail marloes.jansen@example.nl.\n")


def test_prints_to_stdout_and_leaves_the_input_alone(tmp_path):
    d = site(tmp_path, {"concept.txt": DRAFT})
    p = run("redact", "concept.txt", cwd=d)
    assert p.returncode == 0, p.stderr
    assert p.stdout == "Vandaag was F. uit groep 5 jarig. Bel juf M. op [telefoonnummer] of mail [e-mailadres].\n"
    assert p.stderr == "4 gegeven(s) vervangen (email-address 1, person-name 2, phone-number 1).\n"
    assert (d / "concept.txt").read_text(encoding="utf-8") == DRAFT
    assert sorted(os.listdir(d)) == [".git", "concept.txt"]


def test_output_file_with_placeholders_passes_the_check(tmp_path):
    d = site(tmp_path, {"concept.txt": DRAFT})
    p = run("redact", "concept.txt", "-o", "concept.veilig.txt", "--names", "placeholder", cwd=d)
    assert (p.returncode, p.stdout) == (0, "")
    out = (d / "concept.veilig.txt").read_text(encoding="utf-8")
    assert out == "Vandaag was [naam] uit groep 5 jarig. Bel juf [naam] op [telefoonnummer] of mail [e-mailadres].\n"
    p = run("concept.veilig.txt", "-f", "parsable", cwd=d)
    assert (p.returncode, p.stdout) == (0, "")


def test_markdown_keeps_its_markup_and_english_placeholders(tmp_path):
    page = ("---\ntitle: Nieuws\n---\n\n# Jarig\n\n**Fenna** uit groep 5 was jarig. "
            "[Mail juf Marloes](mailto:marloes.jansen@example.nl).\n")
    d = site(tmp_path, {"p.md": page})
    p = run("redact", "p.md", "--lang", "en", "--names", "placeholder", cwd=d)
    assert p.stdout == ("---\ntitle: Nieuws\n---\n\n# Jarig\n\n**[name]** uit groep 5 was jarig. "
                        "[Mail juf [name]](mailto:[email]).\n")
    assert p.stderr == "3 item(s) replaced (email-address 1, person-name 2).\n"


def test_in_place_is_atomic_and_keeps_a_backup(tmp_path):
    d = site(tmp_path, {})
    (d / "concept.txt").write_bytes(DRAFT.replace("\n", "\r\n").encode("cp1252"))
    os.chmod(d / "concept.txt", 0o640)
    p = run("redact", "concept.txt", "--in-place", cwd=d)
    assert (p.returncode, p.stdout) == (0, "")
    assert (d / "concept.txt.bak").read_bytes() == DRAFT.replace("\n", "\r\n").encode("cp1252")
    assert (d / "concept.txt").read_bytes() == (
        b"Vandaag was F. uit groep 5 jarig. Bel juf M. op [telefoonnummer] of mail [e-mailadres].\r\n")
    assert os.stat(d / "concept.txt").st_mode & 0o777 == 0o640
    assert sorted(os.listdir(d)) == [".git", "concept.txt", "concept.txt.bak"]


def test_refuses_to_overwrite_the_input_with_o(tmp_path):
    d = site(tmp_path, {"concept.txt": DRAFT})
    p = run("redact", "concept.txt", "-o", "./concept.txt", cwd=d)
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr == ("socialcheck: fout: ./concept.txt: -o is het invoerbestand; "
                        "gebruik --in-place om het te overschrijven\n")
    assert (d / "concept.txt").read_text(encoding="utf-8") == DRAFT


def test_bad_input_is_one_line_and_writes_nothing(tmp_path):
    d = site(tmp_path, {})
    (d / "foto.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    p = run("redact", "foto.txt", "-o", "uit.txt", cwd=d)
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr == "socialcheck: fout: foto.txt: binary file (contains NUL bytes), not text\n"
    p = run("redact", "weg.txt", cwd=d)
    assert p.stderr == "socialcheck: fout: weg.txt: file not found\n"
    p = run("redact", "-", "--in-place", cwd=d, stdin=DRAFT)
    assert p.stderr == "socialcheck: fout: --in-place kan niet met '-' (stdin)\n"
    assert sorted(os.listdir(d)) == [".git", "foto.txt"]


def test_stdin(tmp_path):
    d = site(tmp_path, {})
    p = run("redact", "-", "--stdin-filename", "post.md", cwd=d, stdin="Bel juf Marloes op 06-24681357.\n")
    assert p.stdout == "Bel juf M. op [telefoonnummer].\n"


def test_allowed_school_data_stays(tmp_path):
    d = site(tmp_path, {".socialcheck.yaml": 'allow: ["030 123 45 67"]\n',
                        "concept.txt": "Bel school op 030 123 45 67 of juf Marloes op 06-24681357.\n"})
    p = run("redact", "concept.txt", cwd=d)
    assert p.stdout == "Bel school op 030 123 45 67 of juf M. op [telefoonnummer].\n"


def test_findings_that_are_not_text_are_counted_not_changed(tmp_path):
    page = "<!-- socialcheck: disable-next-line person-name -->\nDaan uit groep 6.\n"
    d = site(tmp_path, {"p.md": page})
    p = run("redact", "p.md", cwd=d)
    assert p.stdout == "<!-- socialcheck: disable-next-line person-name -->\nD. uit groep 6.\n"
    assert p.stderr == ("1 gegeven(s) vervangen (person-name 1).\n"
                        "1 andere bevinding(en) zijn geen tekst om weg te halen; controleer met 'socialcheck p.md'.\n")


def test_placeholders_for_every_kind_of_personal_data():
    """The detectors for health data and some identifiers live elsewhere; the
    redaction of their findings is checked here with findings made by hand."""
    from socialcheck.model import Finding, Severity
    from socialcheck.redact import redact_source

    text = "Noor (8) heeft diabetes. Postcode 3512 AB, BSN 111222333. Mevrouw van Dam belde."

    def f(check, s, e, variant=None, category="personal-data"):
        return Finding(path="x", check=check, category=category, severity=Severity.ERROR, message="",
                       line=1, column=s + 1, end_line=1, end_column=e + 1, start=s, end=e,
                       match=text[s:e], variant=variant)

    findings = [f("person-name", 0, 4), f("child-age", 5, 8), f("health-data", 15, 23),
                f("postal-address", 34, 41, "postcode"), f("national-id", 47, 56),
                f("person-name", 66, 73), f("opinion-disclaimer", 0, 24, category="conduct")]
    r = redact_source(text, findings)
    assert r.text == "N. [leeftijd] heeft [gezondheid]. Postcode [postcode], BSN [bsn]. Mevrouw D. belde."
    assert [x.check for x in r.remaining] == ["opinion-disclaimer"]
    r = redact_source(text, findings, lang="en", names="placeholder")
    assert r.text == "[name] [age] heeft [health]. Postcode [postcode], BSN [id-number]. Mevrouw [name] belde."
