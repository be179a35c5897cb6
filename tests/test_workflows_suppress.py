"""Suppression comments in Markdown and HTML (and the YAML helper for manifests).

Each case is a page and the ``parsable`` output the user sees.
"""

from __future__ import annotations

import pytest

from workflows_support import run, site

CASES = {
    "next line, with a reason: suppressed": (
        "<!-- socialcheck: disable-next-line person-name -- ouders gaven toestemming (formulier 2024-09) -->\n"
        "Vandaag was Fenna uit groep 5 jarig.\n",
        ""),
    "only the named check is suppressed": (
        "<!-- socialcheck: disable-next-line person-name -- toestemming -->\n"
        "Bel juf Marloes op 06-24681357.\n",
        "p.md:2:20: error phone-number Telefoonnummer van een privépersoon\n"),
    "several checks, comma separated": (
        "<!-- socialcheck: disable-next-line person-name, phone-number -- toestemming -->\n"
        "Bel juf Marloes op 06-24681357.\n",
        ""),
    "next line skips blank lines, and only that line": (
        "<!-- socialcheck: disable-next-line person-name -- toestemming -->\n\n"
        "Vandaag was Fenna uit groep 5 jarig.\n"
        "Ook Daan uit groep 5.\n",
        "p.md:4:5: error person-name Naam van een leerling\n"),
    "disable ... enable range": (
        "Fenna uit groep 5.\n\n"
        "<!-- socialcheck: disable person-name -- jaarboek, toestemming in het dossier -->\n"
        "Daan uit groep 6.\n\nJuf Marloes en meester Pieter.\n"
        "<!-- socialcheck: enable person-name -->\n\n"
        "Ook Noor uit groep 7.\n",
        "p.md:1:1: error person-name Naam van een leerling\n"
        "p.md:9:5: error person-name Naam van een leerling\n"),
    "disable without enable runs to the end of the file": (
        "<!-- socialcheck: disable person-name -- jaarboek -->\nDaan uit groep 6.\n\nNoor uit groep 7.\n",
        ""),
    "missing reason: invalid, and suppresses nothing": (
        "Vandaag was Fenna uit groep 5 jarig. <!-- socialcheck: disable-next-line person-name -->\n"
        "Daan uit groep 6.\n",
        "p.md:1:13: error person-name Naam van een leerling\n"
        "p.md:1:38: error invalid-suppression Ongeldige uitzondering: reden ontbreekt "
        "(schrijf '-- reden' na de check)\n"
        "p.md:2:1: error person-name Naam van een leerling\n"),
    "unknown check id: invalid": (
        "<!-- socialcheck: disable-next-line pupil-name -- toestemming -->\nDaan uit groep 6.\n",
        "p.md:1:1: error invalid-suppression Ongeldige uitzondering: onbekende check 'pupil-name'\n"
        "p.md:2:1: error person-name Naam van een leerling\n"),
    "unknown directive: invalid": (
        "<!-- socialcheck: disable-line person-name -- toestemming -->\nDe school is dicht.\n",
        "p.md:1:1: error invalid-suppression Ongeldige uitzondering: onbekende opdracht 'disable-line' "
        "(gebruik disable-next-line, disable of enable)\n"),
    "enable without disable: invalid": (
        "De school is dicht.\n<!-- socialcheck: enable person-name -->\n",
        "p.md:2:1: error invalid-suppression Ongeldige uitzondering: enable zonder voorafgaande disable "
        "voor 'person-name'\n"),
    "unused suppression: warning": (
        "<!-- socialcheck: disable-next-line phone-number -- stond hier vroeger -->\nDe school is dicht.\n",
        "p.md:1:1: warning unused-suppression Uitzondering (socialcheck: disable) onderdrukt niets: phone-number\n"),
    "directives in code are examples, not directives": (
        "Schrijf `<!-- socialcheck: disable-next-line person-name -->` boven de regel.\n\n"
        "```html\n<!-- socialcheck: disable person-name -->\n```\n",
        ""),
    "a comment for someone else is ignored": (
        "<!-- TODO: foto toevoegen -->\nDe school is dicht.\n",
        ""),
}


@pytest.mark.parametrize("name", list(CASES))
def test_markdown_suppressions(tmp_path, name):
    page, expected = CASES[name]
    d = site(tmp_path, {"p.md": page})
    p = run("p.md", "-f", "parsable", cwd=d)
    assert p.stderr == ""
    assert p.stdout == expected
    assert p.returncode == (1 if " error " in expected else 0)


def test_html_page(tmp_path):
    d = site(tmp_path, {"p.html": (
        "<html><body>\n<!-- socialcheck: disable-next-line person-name -- toestemming ouders -->\n"
        "<p>Vandaag was Fenna uit groep 5 jarig.</p>\n<p>Daan uit groep 6.</p>\n"
        "<script>var x = '<!-- socialcheck: disable person-name -->';</script>\n</body></html>\n")})
    p = run("p.html", "-f", "parsable", cwd=d)
    assert p.stdout == "p.html:4:4: error person-name Naam van een leerling\n"


def test_plain_text_has_no_suppressions(tmp_path):
    d = site(tmp_path, {"bericht.txt": "<!-- socialcheck: disable-next-line person-name -- x -->\n"
                                       "Vandaag was Fenna uit groep 5 jarig.\n"})
    p = run("bericht.txt", "-f", "parsable", cwd=d)
    assert p.stdout == "bericht.txt:2:13: error person-name Naam van een leerling\n"


def test_unused_is_not_reported_for_a_check_that_is_off(tmp_path):
    d = site(tmp_path, {"p.md": "<!-- socialcheck: disable-next-line phone-number -- x -->\nDe school is dicht.\n"})
    assert run("p.md", "-f", "parsable", "--ignore", "phone-number", cwd=d).stdout == ""
    assert run("p.md", "-f", "parsable", "--ignore", "unused-suppression", cwd=d).stdout == ""


def test_english_messages(tmp_path):
    d = site(tmp_path, {"p.md": "<!-- socialcheck: disable-next-line person-name -->\nDaan uit groep 6.\n"})
    p = run("p.md", "-f", "parsable", "--lang", "en", cwd=d)
    assert "p.md:1:1: error invalid-suppression Invalid suppression: reason missing" in p.stdout


def test_yaml_line_suppressions_for_manifests():
    from socialcheck.suppress import yaml_line_suppressions

    source = (
        "photos:\n"
        "  - file: sportdag-01.jpg   # socialcheck: ignore[media-consent] -- toestemming op papier, map 2024\n"
        "    people: [Fenna]\n"
        "  # socialcheck: ignore[face-count, image-credit] -- eigen foto, groep op afstand\n"
        "\n"
        "  - file: sportdag-02.jpg\n"
        "  - file: x.jpg  # socialcheck: ignore[media-consent]\n"
        "  - file: y.jpg  # socialcheck: ignore[no-such-check] -- reden\n"
        "  - title: 'kanaal #1'\n"
    )
    problems: list = []
    assert yaml_line_suppressions(source, problems) == {
        2: (("media-consent",), "toestemming op papier, map 2024"),
        6: (("face-count", "image-credit"), "eigen foto, groep op afstand"),
    }
    assert problems == [(7, 18, "no_reason", ""), (8, 18, "unknown_check", "no-such-check")]
