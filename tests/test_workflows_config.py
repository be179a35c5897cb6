"""Config: discovery vs ``--config``, ``per_file_ignores``, ``extends``; and
``socialcheck init``."""

from __future__ import annotations

import json

from workflows_support import PAGE, run, site


def checks_of(p) -> list[tuple[str, str]]:
    return [(f["path"], f["check"]) for f in json.loads(p.stdout)["findings"]]


def test_discovered_config_and_explicit_override(tmp_path):
    d = site(tmp_path, {
        ".socialcheck.yaml": 'allow: ["06-24681357"]\n',
        "content/nieuws.md": PAGE,
        "content/.socialcheck.yaml": 'allow: ["06 24 68 13 57", "Marloes"]\n',
        "ander.yaml": "protocol: lithora\n",
    })
    # The nearest config (content/) applies; the number matches in any notation.
    assert checks_of(run("content/nieuws.md", "-f", "json", cwd=d)) == [("content/nieuws.md", "person-name")]
    # --config wins over every discovered file.
    p = run("content/nieuws.md", "-f", "json", "--config", "ander.yaml", cwd=d)
    assert checks_of(p) == [("content/nieuws.md", "person-name"), ("content/nieuws.md", "person-name"),
                            ("content/nieuws.md", "phone-number")]
    assert {r["protocol"] for f in json.loads(p.stdout)["findings"] for r in f["protocol_refs"]} == {"lithora"}


def test_per_file_ignores_by_glob(tmp_path):
    d = site(tmp_path, {
        ".socialcheck.yaml": 'per_file_ignores:\n  "archief/*.md": [person-name]\n  "*.html": [phone-number]\n',
        "archief/2019.md": PAGE,
        "content/nieuws.md": PAGE,
        "content/oud.html": "<p>Bel juf Marloes op 06-24681357.</p>\n",
    })
    found = checks_of(run(".", "-f", "json", cwd=d))
    assert found == [
        ("./archief/2019.md", "phone-number"),
        ("./content/nieuws.md", "person-name"), ("./content/nieuws.md", "person-name"),
        ("./content/nieuws.md", "phone-number"),
        ("./content/oud.html", "person-name"),
    ]


def test_extends_merges_lists_and_lets_the_child_win(tmp_path):
    d = site(tmp_path, {
        "stichting.yaml": 'protocol: lithora\nallow: ["06-24681357"]\nseverity: {person-name: warning}\n',
        "school/.socialcheck.yaml": 'extends: ../stichting.yaml\nallow: ["Marloes"]\n',
        "school/nieuws.md": PAGE,
        "andere/.socialcheck.yaml": "extends: ../stichting.yaml\nprotocol: twijs\n",
        "andere/nieuws.md": PAGE,
    })
    p = run("school/nieuws.md", "-f", "json", cwd=d)
    f = json.loads(p.stdout)["findings"]
    assert [(x["check"], x["match"], x["severity"]) for x in f] == [("person-name", "Fenna", "warning")]
    assert f[0]["protocol_refs"][0]["protocol"] == "lithora"
    assert p.returncode == 0  # a warning does not fail the run
    f = json.loads(run("andere/nieuws.md", "-f", "json", cwd=d).stdout)["findings"]
    assert {r["protocol"] for x in f for r in x["protocol_refs"]} == {"twijs"}


def test_config_errors_are_one_line_exit_2(tmp_path):
    d = site(tmp_path, {
        "a/.socialcheck.yaml": "extends: ../b/.socialcheck.yaml\n",
        "b/.socialcheck.yaml": "extends: ../a/.socialcheck.yaml\n",
        "a/p.md": PAGE,
        "c/.socialcheck.yaml": "per_file_ignores:\n  '*.md': [pupil-name]\n",
        "c/p.md": PAGE,
    })
    p = run("a/p.md", cwd=d)
    assert p.returncode == 2 and p.stdout == "" and len(p.stderr.splitlines()) == 1
    assert "extends: cycle" in p.stderr
    p = run("c/p.md", cwd=d)
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.endswith(".socialcheck.yaml: key 'per_file_ignores.*.md': must be a list of known check ids\n")


# ---------------------------------------------------------------- init


def test_init_with_flags_writes_a_working_config(tmp_path):
    d = site(tmp_path, {"nieuws.md": "Bel gerust naar school: 030 123 45 67 of info@obsdelinde.nl.\n"})
    p = run("init", "--protocol", "lithora", "--school", "OBS De Linde", "--allow", "030 123 45 67",
            "--allow", "info@obsdelinde.nl", "--channel", "website", cwd=d)
    assert p.returncode == 0, p.stderr
    assert p.stdout == "Geschreven: ./.socialcheck.yaml. Probeer nu: socialcheck .\n"
    text = (d / ".socialcheck.yaml").read_text(encoding="utf-8")
    assert "protocol: lithora\n" in text and 'school: "OBS De Linde"\n' in text and "channel: website\n" in text
    assert 'allow:\n  - "030 123 45 67"\n  - "info@obsdelinde.nl"\n' in text
    assert text.startswith("# socialcheck: instellingen")
    p = run("nieuws.md", "-f", "parsable", cwd=d)
    assert (p.returncode, p.stdout, p.stderr) == (0, "", "")


def test_init_asks_when_no_flags_are_given(tmp_path):
    d = site(tmp_path, {})
    answers = "twijs\nOBS De Linde\n030 123 45 67\n\nLindelaan 12\n3512 AB\n\n"
    p = run("init", cwd=d, stdin=answers)
    assert p.returncode == 0, p.stderr
    assert "Stichting / protocol (default, kalisto, lithora, onderwijs-primair, som, twijs) [default]:" in p.stdout
    text = (d / ".socialcheck.yaml").read_text(encoding="utf-8")
    assert "protocol: twijs\n" in text
    assert 'allow:\n  - "030 123 45 67"\n  - "Lindelaan 12"\n  - "3512 AB"\n' in text
    assert "# channel: website\n" in text  # left out: given per post


def test_init_yes_uses_defaults_and_english(tmp_path):
    d = site(tmp_path, {})
    p = run("init", "--yes", "--lang", "en", cwd=d)
    assert p.returncode == 0
    text = (d / ".socialcheck.yaml").read_text(encoding="utf-8")
    assert "protocol: default\nlanguage: en\n" in text and text.startswith("# socialcheck: settings")


def test_init_refuses_to_overwrite_without_force(tmp_path):
    d = site(tmp_path, {".socialcheck.yaml": "protocol: som\n"})
    p = run("init", "--yes", cwd=d)
    assert p.returncode == 2 and len(p.stderr.splitlines()) == 1
    assert "bestaat al (gebruik --force" in p.stderr
    assert (d / ".socialcheck.yaml").read_text(encoding="utf-8") == "protocol: som\n"
    p = run("init", "--yes", "--force", "--protocol", "kalisto", cwd=d)
    assert p.returncode == 0
    assert (d / ".socialcheck.yaml.bak").read_text(encoding="utf-8") == "protocol: som\n"
    assert "protocol: kalisto\n" in (d / ".socialcheck.yaml").read_text(encoding="utf-8")


def test_init_bad_answers_write_nothing(tmp_path):
    d = site(tmp_path, {})
    p = run("init", "--protocol", "stichting-x", cwd=d)
    assert p.returncode == 2
    assert p.stderr.startswith("socialcheck: fout: unknown protocol 'stichting-x' (available: default,")
    p = run("init", "--channel", "myspace", cwd=d)
    assert p.returncode == 2 and p.stderr.startswith("socialcheck: fout: onbekend kanaal 'myspace'")
    p = run("init", cwd=d, stdin="")  # end of input while asking
    assert p.returncode == 2
    assert p.stderr == "socialcheck: fout: init afgebroken (gebruik --yes of flags om zonder vragen te werken)\n"
    assert not (d / ".socialcheck.yaml").exists()
