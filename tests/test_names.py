"""Person names (``person-name``), roles in the message, child ages and the roster.

Table-driven: (text, names the user sees). Every person here is invented.
"""

from __future__ import annotations

import pytest

from conftest import findings_for, spans_of


def names(text: str, **cfg) -> list[str]:
    return spans_of(text, "person-name", **cfg)


def roles(text: str) -> list[tuple[str, str]]:
    return [(f.match, f.message) for f in findings_for(text) if f.check == "person-name"]


PUPIL, STAFF, PARENT, ANY = ("Naam van een leerling", "Naam van een medewerker",
                             "Naam van een ouder of verzorger", "Naam van een persoon")

# ---------------------------------------------------------------- title + name

TITLES = [
    ("Morgen is juf Sanne er niet.", ["Sanne"]),
    ("Meester Joost leest voor.", ["Joost"]),
    ("Vraag het aan mevrouw van Dam.", ["van Dam"]),
    ("Mevr. De Wit komt langs.", ["De Wit"]),
    ("Dhr. Bakker is de nieuwe conciërge.", ["Bakker"]),
    ("Gesprek met dr. Hoogland over de planning.", ["Hoogland"]),   # a place name used as surname
    ("Onze intern begeleider Ilse Verduin start maandag.", ["Ilse Verduin"]),
    ("De klassenouder Fatima regelt de traktaties.", ["Fatima"]),
    ("Collega Mark Jansen gaat met pensioen.", ["Mark Jansen"]),
    ("Juf Roos en juf Hatice gaan mee op kamp.", ["Roos", "Hatice"]),   # a name that is also a word
    ("Bedankt juf anouk voor alles!", ["anouk"]),                       # typed in lower case
    # near misses
    ("De juf van groep 3 is er morgen niet.", []),
    ("De directeur van de Spoorwegen kwam kijken.", []),
    ("Ik voelde me een echte juf. Na de pauze ging het mis.", []),
    ("Koningin Máxima en Prins Boris zwaaiden naar de kinderen.", []),
    ("In de musical speelt Noah de rol van Prins Florentijn.", ["Noah"]),
]


@pytest.mark.parametrize("text,expected", TITLES)
def test_title_and_name(text, expected):
    assert names(text) == expected


# ---------------------------------------------------------------- initials and particles

STRUCTURE = [
    ("Betaal aan J. de Boer.", ["J. de Boer"]),
    ("Notulen: P.J. van Dongen (oudergeleding) was aanwezig.", ["P.J. van Dongen"]),
    ("De voorzitter, Th. Bakker, opende de vergadering.", ["Th. Bakker"]),
    ("Opgeven kan bij Wendela ten Brink.", ["Wendela ten Brink"]),         # unknown first name + particle
    ("Onze gast was Yvonne in 't Veld.", ["Yvonne in 't Veld"]),
    ("Dank aan Marieke van der Berg-Jansen voor de hulp.", ["Marieke van der Berg-Jansen"]),
    ("Het dossier van Shurendy Cijntje komt volgende week.", ["Shurendy Cijntje"]),
    ("Jan-Willem de Graaf en Anne-Sophie Mulder lazen voor.", ["Jan-Willem de Graaf", "Anne-Sophie Mulder"]),
    ("Op de foto staat Jens K. met zijn tekening.", ["Jens K."]),
    # near misses: enumerations, places, abbreviations, organisations
    ("A. Voor alle ouders geldt: gymspullen mee.", []),
    ("We gaan naar Bergen op Zoom en daarna naar Den Haag.", []),
    ("Het St. Antonius ziekenhuis is verbouwd.", []),
    ("Patiënten van het Verenigd Bevrijdingsfront van Asom zijn er niet.", []),
    ("Zaterdag was de Quiz van de Eeuw.", []),
]


@pytest.mark.parametrize("text,expected", STRUCTURE)
def test_initials_particles_and_double_names(text, expected):
    assert names(text) == expected


# ---------------------------------------------------------------- context: group, age, family

CONTEXT = [
    ("Gefeliciteerd Daryna uit groep 6!", ["Daryna"]),
    ("Quinzel (groep 4) won de tekenwedstrijd.", ["Quinzel"]),            # unknown name, group context
    ("Vandaag werd Lotte (8) gehuldigd.", ["Lotte"]),
    ("Mirthe, 7 jaar, las een gedicht voor.", ["Mirthe"]),
    ("De moeder van Finn haalt hem op.", ["Finn"]),
    ("De ouders van Zyrena hebben taart gebracht.", ["Zyrena"]),            # unknown name after "ouders van"
    ("Gio, de vader van Tavin, hielp mee.", ["Gio", "Tavin"]),
    ("Speciale dank aan Geesje Hulst, de oma van Sanne uit groep 6.", ["Geesje Hulst", "Sanne"]),
    # near misses
    ("De burgemeester van Zwalm opende het plein.", []),
    ("LEESFEEST IN GROEP 3", []),
    ("Sporttoernooi groep 7 gaat door.", []),
    ("Groep 8 gaat 3 dagen op kamp.", []),
]


@pytest.mark.parametrize("text,expected", CONTEXT)
def test_group_age_and_family_context(text, expected):
    assert names(text) == expected


# ---------------------------------------------------------------- lists, greetings, signatures

LISTS = [
    ("Sophie, Noah en Julia hebben gewonnen.", ["Sophie", "Noah", "Julia"]),
    ("Lieve Bas, Iris, Omar en Fenna, welkom!", ["Bas", "Iris", "Omar", "Fenna"]),
    ("Groetjes van Sanne, Mehmet, Ilse, Precious en Noor", ["Sanne", "Mehmet", "Ilse", "Precious", "Noor"]),
    ("We verwelkomen Lisa en Kerem in ons team. Lisa komt van de pabo, Kerem werkte in Apeldoorn.",
     ["Lisa", "Kerem", "Lisa", "Kerem"]),
    # near misses: lists of places, methods and events
    ("We werken met Snappet, Gynzy en Nieuwsbegrip.", []),
    ("Op het programma: Kinderboekenweek, Koningsspelen en Pasen.", []),
    ("Wij komen uit Utrecht, Zwolle en Lelystad.", []),
    ("De kinderen kenden de namen: Iris, Tulp en Narcis.", []),   # a name that is a word, among words
]


@pytest.mark.parametrize("text,expected", LISTS)
def test_lists(text, expected):
    assert names(text) == expected


GREETINGS = [
    ("Lieve Joke,\n\nBedankt voor alles.", ["Joke"]),
    ("Hoi Yordy, kun je morgen helpen?", ["Yordy"]),
    ("Bedankt voor de hulp!\n\nGroetjes, Anne", ["Anne"]),
    ("Tot morgen!\n\nLiefs, Jess", ["Jess"]),
    ("Vragen? Bel gerust.\n\nMet vriendelijke groet,\n\nAnneloes Koeiman\nanneloes@example.org", ["Anneloes Koeiman"]),
    ("Met vriendelijke groet,\nHanneke Verbeek\ndirecteur", ["Hanneke Verbeek"]),
    ("Hartelijke groet,\nFamilie Oudejans", ["Oudejans"]),
    # near misses
    ("Beste ouders,\n\nMorgen is er geen gym.", []),
    ("Met vriendelijke groet,\nHet team van OBS De Regenboog", []),
    ("Groetjes,\nGroep 5", []),
]


@pytest.mark.parametrize("text,expected", GREETINGS)
def test_greetings_and_signatures(text, expected):
    assert names(text) == expected


# ---------------------------------------------------------------- capitals, sentence start, headings

CAPITALS = [
    ("HOERA, MILA IS JARIG!\n\nVandaag is onze Mila 7 jaar geworden.", ["MILA", "Mila"]),
    ("WELKOM DARYNA EN BOHDAN!\n\nDaryna (9) komt in groep 6.", ["DARYNA", "BOHDAN", "Daryna"]),
    ("Olivier slaapt nog niet door.", ["Olivier"]),
    ("In de jas staat met stift \"JENS K\".", ["JENS K"]),
    ("Vandaag las Merel een gedicht voor en Fleur deed mee met Iris.", ["Merel", "Fleur", "Iris"]),
    ("Merel (groep 4) las een gedicht voor.", ["Merel"]),
    ("Merel las een gedicht voor.", ["Merel"]),           # a bare count noun at the start is a name
    ("Roos is vandaag jarig!", ["Roos"]),
    ("De merel zong en de roos bloeide.", []),
    # near misses: months and weekdays at the start, headings, words that are names
    ("Maandag gaan we naar de Efteling.", []),
    ("Mei is een drukke maand.", []),
    ("MUSICALNIEUWS GROEP 8", []),
    ("De roos bij het hek bloeit en een merel zingt.", []),
    ("Ben je er morgen ook?", []),
    ("Storm en regen: de buitenschoolse activiteit gaat niet door.", []),
    ("Elke dag lezen we een kwartier.", []),
    ("Wij werken met Kwink en Veilig Leren Lezen.", []),
    ("Morgen komt Sinterklaas op school met Zwarte Piet.", []),
    ("De boeken van Annie M.G. Schmidt en Roald Dahl liggen klaar.", []),
    ("Boodschappen doen bij Albert Heijn en HEMA.", []),
]


@pytest.mark.parametrize("text,expected", CAPITALS)
def test_capitals_sentence_start_and_headings(text, expected):
    assert names(text) == expected


# ---------------------------------------------------------------- possessives, copy-paste, minutes

FORMS = [
    ("Emma's tekening hangt in de hal.", ["Emma"]),
    ("Finns moeder bakte een taart.", ["Finn"]),
    ("En niet te vergeten Marcins dochter Maja.", ["Marcin", "Maja"]),
    ("Heel erg bedanktIlse voor alles!", ["Ilse"]),
    ("Foto door SanneVermeulen gemaakt.", ["SanneVermeulen"]),
    ("Actiepunten:\n- PvD/SdR: concept privacyhoofdstuk\n- RW: brief aan de gemeente", ["PvD", "SdR", "RW"]),
    # near misses: brands written in camel case, plurals, acronyms
    ("Berichten gaan via WhatsApp en ParnasSys.", []),
    ("Joris en de Draak is een achtbaan.", ["Joris"]),
    ("De MR en de GGD waren er ook.", []),
    ("Het BSN van Elif staat op het formulier.", ["Elif"]),
]


@pytest.mark.parametrize("text,expected", FORMS)
def test_possessives_run_together_and_minutes(text, expected):
    assert names(text) == expected


# ---------------------------------------------------------------- streets, schools, institutions

PLACES = [
    ("We liepen door de Anne Frankstraat naar school.", []),
    ("Hij werkte op de Willem de Zwijgerschool.", []),
    ("Basisschool Al Amal in Rotterdam doet ook mee.", []),
    ("OBS Jan Ligthart en CBS De Wegwijzer spelen de finale.", []),
    ("Kindcentrum Het Anker zoekt een overblijfkracht.", []),
    ("De Burgemeester de Withstraat is afgesloten.", []),
    ("We gaan met de bus naar Peer en daarna naar Brecht.", []),
]


@pytest.mark.parametrize("text,expected", PLACES)
def test_places_schools_and_streets_are_not_persons(text, expected):
    assert names(text) == expected


# ---------------------------------------------------------------- roles in the message

def test_roles_from_context_reach_the_message():
    text = ("Juf Anouk gaat met verlof. De moeder van Tijn, Selin Kaya, helpt mee. "
            "Jasmijn uit groep 4 las voor.")
    assert roles(text) == [("Anouk", STAFF), ("Tijn", PUPIL), ("Selin Kaya", PARENT), ("Jasmijn", PUPIL)]


def test_role_from_signature_lines():
    text = ("Tot ziens!\n\nGroetjes,\nSelin Kaya (moeder van Defne)\nklassenouder groep 6\n\n"
            "Met vriendelijke groet,\n\nHanneke Verbeek\ndirecteur OBS De Regenboog\n")
    assert roles(text) == [("Selin Kaya", PARENT), ("Defne", PUPIL), ("Hanneke Verbeek", STAFF)]


def test_role_is_shared_by_other_mentions_of_the_same_name():
    text = "Welkom Daryna (9) in groep 6!\n\nDaryna houdt van tekenen."
    assert roles(text) == [("Daryna", PUPIL), ("Daryna", PUPIL)]


def test_role_from_is_sentence_and_from_the_line_under_a_name():
    text = ("Dank voor de samenwerking.\n\nWendy Schouten-Baars\nDirecteur Kindcentrum De Vlinder\n\n"
            "Yvonne is leerkracht van groep 5.")
    assert roles(text) == [("Wendy Schouten-Baars", STAFF), ("Yvonne", STAFF)]


def test_a_full_stop_ends_a_role_word():
    # "moeder." ends the sentence: Hiba is not the mother
    assert roles("Iris is geïnstrueerd door zijn moeder. Hiba is allergisch voor pinda's.") == [
        ("Iris", ANY), ("Hiba", ANY)]


def test_unknown_role_gives_the_general_message():
    assert roles("Dank aan Hendrik Bosma voor de bloemen.") == [("Hendrik Bosma", ANY)]


def test_english_role_message():
    fs = [f for f in findings_for("Meester Thijs heeft groep 6.", language="en") if f.check == "person-name"]
    assert [(f.match, f.message) for f in fs] == [("Thijs", "Name of a staff member")]


# ---------------------------------------------------------------- child-age

CHILD_AGE = [
    ("Vandaag was Lotte (8) jarig.", ["8"]),
    ("Vandaag is onze Mila 7 jaar geworden!", ["7 jaar"]),
    ("Tobias wordt zaterdag 7!", ["7"]),
    ("Mirthe, 6 jaar, won de prijs.", ["6 jaar"]),
    ("De 9-jarige Bram won de wedstrijd.", ["9-jarige"]),
    ("- Noah Veenstra (groep 2) – jarig op 3 maart, wordt 6", ["6"]),
    # near misses: no name, an adult, durations, groups, times
    ("Groep 8 is 3 dagen op kamp.", []),
    ("Meester Joost werkt hier al 25 jaar.", []),
    ("Juf Sanne (34) gaat trouwen.", []),
    ("Sanne werkt hier al 10 jaar.", []),
    ("Daarna werd groep 7 kampioen.", []),
    ("Noah is om 8 uur op school.", []),
]


@pytest.mark.parametrize("text,expected", CHILD_AGE)
def test_child_age(text, expected):
    assert spans_of(text, "child-age") == expected


def test_child_age_is_reported_next_to_the_name():
    fs = findings_for("Vandaag was Lotte (8) jarig.")
    assert [(f.check, f.match, f.message) for f in fs] == [
        ("person-name", "Lotte", PUPIL), ("child-age", "8", "Leeftijd van een kind naast de naam")]


# ---------------------------------------------------------------- roster (known_names) through the CLI

@pytest.fixture
def roster_setup(tmp_path):
    roster = tmp_path / "leerlingen.csv"
    roster.write_text("voornaam;tussenvoegsel;achternaam\nQuillan;van;Oordt\nZebediah;;Farnwick\n", encoding="utf-8")
    cfg = tmp_path / "socialcheck.yaml"
    cfg.write_text("known_names: leerlingen.csv\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    # lower case or without context: the word lists alone would never find these
    draft.write_text("vandaag speelde quillan met de bal en won Zebediah de race.\n", encoding="utf-8")
    return tmp_path, cfg, draft


def test_roster_names_always_found_through_cli(cli, roster_setup):
    _folder, cfg, draft = roster_setup
    plain = cli(draft, "--format", "json")
    assert [f["match"] for f in plain.json()["findings"] if f["check"] == "person-name"] == []
    result = cli(draft, "--format", "json", "--config", cfg)
    found = [(f["match"], f["message"]) for f in result.json()["findings"] if f["check"] == "person-name"]
    assert [m for m, _ in found] == ["quillan", "Zebediah"]
    assert all(msg == "Naam uit de leerling- of personeelslijst van de school" for _, msg in found)
    assert result.code == 1


def test_roster_contents_never_printed_in_errors(cli, tmp_path):
    roster = tmp_path / "team.csv"
    roster.write_text("functie;telefoon\nleerkracht Quillan Oordt;0612345678\n", encoding="utf-8")
    cfg = tmp_path / "socialcheck.yaml"
    cfg.write_text("known_names: team.csv\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Hallo allemaal.\n", encoding="utf-8")
    result = cli(draft, "--config", cfg)
    assert result.code == 2
    assert "team.csv" in result.err
    assert "Quillan" not in result.err + result.out and "Oordt" not in result.err + result.out


def test_missing_roster_names_the_file_only(cli, tmp_path):
    cfg = tmp_path / "socialcheck.yaml"
    cfg.write_text("known_names: bestaat-niet.txt\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Hallo.\n", encoding="utf-8")
    result = cli(draft, "--config", cfg)
    assert result.code == 2
    assert "bestaat-niet.txt" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_roster_plain_list_with_redact_does_not_leak(cli, tmp_path):
    roster = tmp_path / "namen.txt"
    roster.write_text("Zebediah Farnwick\n", encoding="utf-8")
    cfg = tmp_path / "socialcheck.yaml"
    cfg.write_text("known_names: [namen.txt]\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Zebediah won de race.\n", encoding="utf-8")
    result = cli(draft, "--config", cfg, "--redact", "--format", "json")
    assert "Zebediah" not in result.out
    assert [f["check"] for f in result.json()["findings"]] == ["person-name"]


# ---------------------------------------------------------------- the word lists stay consistent

def test_word_lists_keep_their_documented_rules():
    from socialcheck import data

    for name in ("first_names", "first_names_ambiguous", "surnames", "particles", "titles", "places",
                 "non_person_words", "common_words", "health_terms"):
        entries = data._lines(name + ".txt")
        assert entries, name
        assert len(entries) == len(set(entries)), f"{name}.txt has duplicate entries"
    first, ambiguous = data.lower_set("first_names"), data.lower_set("first_names_ambiguous")
    assert ambiguous <= first
    # a frequent word that is also a first name must be marked ambiguous
    assert data.lower_set("common_words") & first <= ambiguous
    assert set(data.titles().values()) <= {"staff", "parent", "pupil", "any"}
