"""Social-media handles and profile URLs (``social-handle``). Invented accounts only."""

from __future__ import annotations

import pytest

from conftest import findings_for, spans_of

HANDLES = [
    ("Volg @lotte_2015 op Instagram!", ["@lotte_2015"]),
    ("Stuur een DM naar @noah.b!", ["@noah.b"]),
    ("instagram: @lieke.tekent", ["@lieke.tekent"]),
    ("Zie instagram.com/sanne.devries voor de foto's.", ["instagram.com/sanne.devries"]),
    ("https://www.instagram.com/sanne.devries/", ["https://www.instagram.com/sanne.devries/"]),
    ("Mijn cv: linkedin.com/in/jan-de-vries-123", ["linkedin.com/in/jan-de-vries-123"]),
    ("Kanaal: youtube.com/@meesterbram", ["youtube.com/@meesterbram"]),
    ("tiktok.com/@juf.anne", ["tiktok.com/@juf.anne"]),
    ("Voeg me toe op Snapchat: noah_b2014", ["noah_b2014"]),
    # near misses: e-mail, times, hashtags, site sections, "@school" meaning "at school"
    ("Mail naar info@school.nl of anne@ziggo.nl.", []),
    ("Afspraak @ 14.00 uur.", []),
    ("Deel je foto's met #kinderboekenweek", []),
    ("De ouders zitten in facebook.com/groups/ouders", []),
    ("Zie www.youtube.com/watch?v=abc123", []),
    ("We zien elkaar morgen @school!", []),
    ("Instagram: volg ons!", []),
]


@pytest.mark.parametrize("text,expected", HANDLES)
def test_handles(text, expected):
    assert spans_of(text, "social-handle") == expected


def test_personal_handle_is_an_error():
    [f] = [f for f in findings_for("Volg @juf_sanne!") if f.check == "social-handle"]
    assert f.severity.label == "error"
    assert f.message == "Account of profiel-URL van een privépersoon"


@pytest.mark.parametrize("text", ["Volg ons via @obsderegenboog", "Kijk op facebook.com/kindcentrumhetanker",
                                  "Op youtube.com/@OBSDeRegenboog staat de film"])
def test_school_account_is_info(text):
    [f] = [f for f in findings_for(text) if f.check == "social-handle"]
    assert f.severity.label == "info"
    assert f.message == "Account van een school of organisatie"


def test_configured_organisation_account_is_info():
    [f] = [f for f in findings_for("Volg @lithora_scholen voor nieuws.", organisations=["Lithora"])
           if f.check == "social-handle"]
    assert f.severity.label == "info"


def test_handle_is_not_also_a_name():
    fs = findings_for("Volg @Sanne_Jansen op TikTok.")
    assert [(f.check, f.match) for f in fs] == [("social-handle", "@Sanne_Jansen")]
