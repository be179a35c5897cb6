"""Health data about an identifiable person (``health-data``, AVG art. 9).

(text, the health phrases the user sees). Every person here is invented.
"""

from __future__ import annotations

import pytest

from conftest import findings_for, spans_of


def health(text: str, **cfg) -> list[str]:
    return spans_of(text, "health-data", **cfg)


POSITIVE = [
    ("Juf Anouk ligt in het ziekenhuis na haar operatie.", ["ligt in het ziekenhuis na haar operatie"]),
    ("Meester Ruben heeft sinds vrijdag een longontsteking.", ["heeft sinds vrijdag een longontsteking"]),
    ("Noor heeft dyslexie.", ["heeft dyslexie"]),
    ("Julian heeft diabetes type 1.", ["heeft diabetes type 1"]),
    ("Hiba is allergisch voor pinda's.", ["is allergisch voor pinda's"]),
    ("Rayan heeft de diagnose ADHD gekregen.", ["heeft de diagnose ADHD gekregen"]),
    ("Kacper verstuikte zijn enkel bij het verspringen.", ["verstuikte zijn enkel"]),
    ("Bram heeft zijn arm gebroken.", ["heeft zijn arm gebroken"]),
    ("Sem liep een hersenschudding op.", ["liep een hersenschudding"]),
    ("Juf Kim is zwanger van haar tweede kindje!", ["is zwanger"]),
    ("Collega Mark zit al maanden thuis met een burn-out.", ["zit al maanden thuis met een burn-out"]),
    ("De opa van Thijmen, Hendrik Bosma, is vorige week overleden.", ["overleden"]),
    ("Lars is in quarantaine.", ["is in quarantaine"]),
    ("Sanne krijgt chemo.", ["krijgt chemo"]),
    ("Emma heeft epilepsie en autisme.", ["heeft epilepsie en autisme"]),
    # a pronoun with a name in the sentence before
    ("Juf Merel gaat na de meivakantie met verlof. Ze is inmiddels 30 weken zwanger.",
     ["is inmiddels 30 weken zwanger"]),
    # a relation word near a name
    ("Giovanni is een vrolijke jongen. Zijn oma is ernstig ziek.", ["is ernstig ziek"]),
    ("Mijn collega heeft kanker. Groetjes, Anne", ["heeft kanker"]),
    # a role only one person has at the school
    ("Onze directeur is geopereerd aan zijn knie.", ["is geopereerd aan zijn knie"]),
    ("De juf van groep 5 heeft een hersenschudding.", ["heeft een hersenschudding"]),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_health_about_an_identifiable_person(text, expected):
    assert health(text) == expected


NEGATIVE = [
    # nobody identifiable
    ("Er heerst hoofdluis in groep 3 en 4.", []),
    ("In de klas zitten twee kinderen met een notenallergie.", []),
    ("Veel kinderen zijn ziek door de griep.", []),
    ("We zamelen geld in voor KWF Kankerbestrijding.", []),
    # general rules and procedures, even with a name in the sentence
    ("Is uw kind ziek, meld het dan bij juf Sanne.", []),
    ("Als een collega ziek is, springt meester Joost in.", []),
    ("Ziekmelden kan via Parro of bij Fatima van de administratie.", []),
    # words that only look medical
    ("De privacy-inbreuk is gemeld door Tim.", []),
    ("Noah heeft de ruit gebroken.", []),
    ("Het schoolreisje is Lotte goed bevallen.", []),
    ("We wensen juf Marjolein veel beterschap!", []),
    # the name is far away (another paragraph)
    ("Juf Sanne leest voor.\n\nHij is ziek.", []),
]


@pytest.mark.parametrize("text,expected", NEGATIVE)
def test_no_health_finding_without_identifiable_person_or_health(text, expected):
    assert health(text) == expected


def test_one_finding_per_phrase_and_the_name_stays_separate():
    fs = findings_for("Noor is vannacht wakker geworden met hoge koorts en oorpijn.")
    assert [(f.check, f.match) for f in fs] == [("person-name", "Noor"), ("health-data", "met hoge koorts en oorpijn")]


def test_health_is_an_error_with_article_9_message():
    [f] = [f for f in findings_for("Noor heeft astma.") if f.check == "health-data"]
    assert f.severity.label == "error"
    assert "AVG art. 9" in f.message


def test_health_is_found_even_when_names_are_ignored():
    # (the conduct check confidential-info may also cite the colleague's illness)
    fs = findings_for("Juf Anouk ligt in het ziekenhuis.", ignore=["person-name", "confidential-info"])
    assert [(f.check, f.match) for f in fs] == [("health-data", "ligt in het ziekenhuis")]


def test_health_can_be_ignored():
    fs = findings_for("Juf Anouk ligt in het ziekenhuis.", ignore=["health-data", "confidential-info"])
    assert [f.check for f in fs] == ["person-name"]


def test_two_people_in_one_sentence_give_separate_phrases():
    text = "Sanne heeft griep en Noah heeft een gebroken pols."
    assert health(text) == ["heeft griep", "heeft een gebroken pols"]
