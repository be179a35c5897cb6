"""Table-driven detector tests: (text, expected matches), near misses included."""

from __future__ import annotations

import pytest

from conftest import findings_for, spans_of

# ---------------------------------------------------------------- phone-number

PHONES = [
    ("Bel me op 06-12345678.", ["06-12345678"]),
    ("Mobiel: 06 - 12 34 56 78", ["06 - 12 34 56 78"]),
    ("App gerust: +31 6 12345678", ["+31 6 12345678"]),
    ("Bereikbaar op +31(0)6-1234 5678.", ["+31(0)6-1234 5678"]),
    ("Thuis: (030) 123 45 67", ["(030) 123 45 67"]),
    ("Oma woont in Duitsland: +49 30 1234567", ["+49 30 1234567"]),
    ("06.12.34.56.78 is mijn nummer", ["06.12.34.56.78"]),
    # near misses: time, amount, school year, date, order number
    ("We beginnen om 14.30 uur en stoppen om 15.15 uur.", []),
    ("De ouderbijdrage is € 45,50 per kind.", []),
    ("Schooljaar 2024-2025 begint op 1-9-2024.", []),
    ("Ordernummer 1234567890 is verzonden.", []),
]


@pytest.mark.parametrize("text,expected", PHONES)
def test_phone_numbers(text, expected):
    assert spans_of(text, "phone-number") == expected


@pytest.mark.parametrize("number", ["0800-1234", "0900-1234567", "088-1234567", "0900 1113111"])
def test_service_numbers_are_info_only(number):
    found = [f for f in findings_for(f"Bel de helpdesk op {number}.") if f.check == "phone-number"]
    assert len(found) == 1
    assert found[0].severity.label == "info"
    assert "Servicenummer" in found[0].message


def test_short_candidates_skip_parsing_without_changing_matches():
    """The matcher skips parsing candidates with fewer letters and digits than
    any valid number has; it must find what phonenumbers' own matcher finds."""
    import itertools

    import phonenumbers
    from phonenumbers import Leniency, PhoneNumberMatcher
    from phonenumbers.phonemetadata import PhoneMetadata

    from socialcheck.detectors.contact import MIN_NUMBER_CHARS, _matcher

    # the bound still holds for the installed metadata: shortest country code + shortest national number
    def shortest(metas):
        return min(x for m in metas for d in (m.general_desc, m.fixed_line, m.mobile, m.toll_free, m.premium_rate,
                                              m.shared_cost, m.personal_number, m.voip, m.pager, m.uan, m.voicemail)
                   if d is not None for x in (d.possible_length or ()) if x > 0)

    metas = [PhoneMetadata.metadata_for_region(r) for r in phonenumbers.SUPPORTED_REGIONS]
    metas += [PhoneMetadata.metadata_for_nongeo_region(c) for c in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS]
    # with a country code (one digit at least), or a Dutch number without one
    assert MIN_NUMBER_CHARS <= min(1 + shortest(metas), shortest([PhoneMetadata.metadata_for_region("NL")]))
    pieces = ["06-12345678", "14020", "14 020", "+43 1234", "0800-1234", "8.30", "€ 45,00", "2024", "12-03-2017",
              "12/03/2017", "1x2x3x4", "0800-FLOWERS", "+31 (0)6 1234 5678", "(020) 123 4567", "5", "19.30 uur",
              "0612345678 06-12345678", "123", "1234", "+683 1234", "٠٦١٢٣٤٥٦٧٨", "-", "/"]
    matcher = _matcher()
    for a, b, c in itertools.product(pieces, repeat=3):
        line = f"Bel {a} of {b} {c}."
        want = [(m.start, m.end) for m in PhoneNumberMatcher(line, "NL", leniency=Leniency.VALID)]
        assert [(m.start, m.end) for m in matcher(line, "NL", leniency=Leniency.VALID)] == want, line


def test_personal_mobile_is_error():
    [f] = [f for f in findings_for("Bel mij op 06-12345678") if f.check == "phone-number"]
    assert f.severity.label == "error"


# ---------------------------------------------------------------- email-address

def test_personal_email_is_error_functional_is_warning():
    fs = [f for f in findings_for("Mail sanne.devries@gmail.com of info@obsdebolster.nl.") if f.check == "email-address"]
    assert [(f.match, f.severity.label) for f in fs] == [
        ("sanne.devries@gmail.com", "error"), ("info@obsdebolster.nl", "warning")]


@pytest.mark.parametrize("addr", ["administratie@school.nl", "groep5@kbsdeakker.nl", "FG@onderwijsprimair.nl",
                                  "directie@basisschool.nl"])
def test_functional_addresses(addr):
    [f] = [f for f in findings_for(f"Vragen? {addr}") if f.check == "email-address"]
    assert f.severity.label == "warning"


def test_email_not_double_reported_as_name():
    fs = findings_for("Mail naar emma.jansen@hotmail.com voor vragen.")
    assert [f.check for f in fs] == ["email-address"]


# ---------------------------------------------------------------- postal-address

ADDRESSES = [
    ("Het feest is bij ons thuis, Lindelaan 12, 3512 AB Utrecht.", ["Lindelaan 12, 3512 AB"]),
    ("Wij wonen op de Burgemeester de Withstraat 4a.", ["Burgemeester de Withstraat 4a"]),
    ("Postcode: 1234AB", ["1234AB"]),
    ("Postcode 1234 ab graag invullen", ["1234 ab"]),
    ("Stuur het naar Postbus 123, 3500 AC Utrecht.", ["Postbus 123, 3500 AC"]),
    # near misses: street without number, distances, years
    ("We liepen langs de Julianalaan naar het park.", []),
    ("De wandeling was 1200 km lang.", []),
    ("In 2024 en 2025 gaan we weer.", []),
]


@pytest.mark.parametrize("text,expected", ADDRESSES)
def test_addresses(text, expected):
    assert spans_of(text, "postal-address") == expected


# ---------------------------------------------------------------- national-id

BSNS = [
    ("BSN: 111222333", ["111222333"]),
    ("burgerservicenummer 1112.22.333", ["1112.22.333"]),
    ("Haar BSN is 111 222 333.", ["111 222 333"]),
    ("BSN 123456789 (foute controle)", []),  # fails the elfproef
    ("Ordernummer 1112223334", []),            # ten digits
    ("Factuurnummer 111222333", []),           # valid elfproef but an invoice number
]


@pytest.mark.parametrize("text,expected", BSNS)
def test_bsn(text, expected):
    assert spans_of(text, "national-id") == expected


# ---------------------------------------------------------------- bank-account

IBANS = [
    ("Maak het over naar NL91ABNA0417164300.", ["NL91ABNA0417164300"]),
    ("Rekening NL91 ABNA 0417 1643 00 t.n.v. de ouderraad", ["NL91 ABNA 0417 1643 00"]),
    ("IBAN nl91abna0417164300", ["nl91abna0417164300"]),
    ("Rekening NL92 ABNA 0417 1643 00 (typfout)", []),  # bad check digits
]


@pytest.mark.parametrize("text,expected", IBANS)
def test_iban(text, expected):
    assert spans_of(text, "bank-account") == expected


# ---------------------------------------------------------------- birth-date

DATES = [
    ("Emma is geboren op 12 maart 2017.", ["12 maart 2017"]),
    ("Geboortedatum: 03-04-2016", ["03-04-2016"]),
    ("Daan is jarig op 5 mei!", ["5 mei"]),
    ("De ouderavond is op 12 maart 2025.", []),  # a date without birth context
    ("Op 03-04-2016 gingen we naar Artis.", []),
]


@pytest.mark.parametrize("text,expected", DATES)
def test_birth_dates(text, expected):
    assert spans_of(text, "birth-date") == expected


# ---------------------------------------------------------------- person-name (first version)

NAMES = [
    ("Vandaag was juf Sanne jarig.", ["Sanne"]),
    ("Meester Kees gaat met pensioen.", ["Kees"]),
    ("Dit is geregeld door dhr. Jansen en mevr. De Boer.", ["Jansen", "De Boer"]),
    ("Mevrouw van der Meer is de nieuwe directeur.", ["van der Meer"]),
    ("Emma uit groep 5 won de tekenwedstrijd.", ["Emma"]),
    ("Gefeliciteerd Lotte (8)!", ["Lotte"]),
    ("Sophie, Noah en Julia hebben een spreekbeurt gehouden.", ["Sophie", "Noah", "Julia"]),
    ("Bedankt aan Marieke van den Berg voor het rijden.", ["Marieke van den Berg"]),
    ("J. de Boer heeft de foto's gemaakt.", ["J. de Boer"]),
    ("De moeder van Finn heeft taart gebakken.", ["Finn"]),
    ("Groetjes,\nAnne", ["Anne"]),
    # near misses: capitalised sentence start, places, events, methods, months, shops
    ("Maandag gaan we naar Utrecht.", []),
    ("Tijdens de Kinderboekenweek lezen we veel.", []),
    ("In december vieren we Sinterklaas op school.", []),
    ("We oefenen met Snappet en Nieuwsbegrip.", []),
    ("Boodschappen haalden we bij Albert Heijn.", []),
    ("Fijn weekend allemaal!", []),
]


@pytest.mark.parametrize("text,expected", NAMES)
def test_person_names(text, expected):
    assert spans_of(text, "person-name") == expected


def test_name_role_in_message():
    fs = findings_for("Vandaag was juf Sanne jarig en Emma uit groep 5 ook.")
    msgs = {f.match: f.message for f in fs if f.check == "person-name"}
    assert msgs["Sanne"] == "Naam van een medewerker"
    assert msgs["Emma"] == "Naam van een leerling"


def test_child_age_next_to_name():
    fs = findings_for("Lotte (8) won de tekenwedstrijd.")
    assert ("child-age", "8") in [(f.check, f.match) for f in fs]


def test_allow_list_exact_and_regex():
    text = "Bel school op 030-1234567 of mail info@school.nl. Burgemeester Jan Pietersen opent het feest."
    fs = findings_for(text, allow=["030 123 4567", "info@school.nl", {"regex": r"jan pietersen"}])
    assert [f.check for f in fs] == []


def test_english_messages():
    [f] = [f for f in findings_for("Bel 06-12345678", language="en") if f.check == "phone-number"]
    assert f.message == "Phone number of a private person"
