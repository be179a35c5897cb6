"""User-facing texts of the media scan (notices, details appended to finding
messages, manifest validation problems), Dutch (default) and English.

Finding messages themselves come from :mod:`socialcheck.registry`; the media
code appends a short detail in parentheses (the metadata field, the channel,
the number of faces) taken from this table.
"""

from __future__ import annotations

TEXTS = {
    "nl": {
        # notices (stderr, once per run)
        "no_opencv": "socialcheck: let op: gezichtsherkenning overgeslagen (installeer 'socialcheck[faces]' voor opencv)",
        "no_cascade": "socialcheck: let op: gezichtsherkenning overgeslagen: deze opencv-versie bevat geen "
                      "Haar-cascades (OpenCV 5 heeft ze verwijderd; installeer opencv-python-headless<5)",
        "no_register": "socialcheck: let op: {manifest}: geen toestemmingsregister ingesteld "
                       "(media.consent_register); toestemming niet gecontroleerd",
        "no_logos": "socialcheck: let op: {manifest}: geen goedgekeurde logo's ingesteld (media.logos); "
                    "logo-ontwerp niet gecontroleerd",
        "two_manifests": "socialcheck: let op: {folder}: zowel {a} als {b}; alleen {a} wordt gebruikt",
        # details appended to messages
        "detail_channel": "kanaal: {channel}",
        "detail_purpose": "kanaal: {channel}, geen kolom '{purpose}'",
        "detail_age": "leeftijd {age}, toestemming door {by}",
        "detail_faces": "{faces} gezicht(en), {people} persoon/personen vermeld",
        "detail_logo": "dichtstbijzijnde ontwerp {logo}: afstand {distance} > {threshold}",
        "detail_tail": "geen eindmarkering gevonden",
        "by_parent": "ouder/verzorger",
        # manifest validation
        "m_type": "moet {expected} zijn, niet {actual}",
        "m_required": "verplicht veld '{key}' ontbreekt",
        "m_unknown": "onbekend veld '{key}' (toegestaan: {allowed})",
        "m_min_length": "mag niet leeg zijn",
        "m_min_items": "moet minstens {n} element(en) hebben",
        "m_date": "moet een datum JJJJ-MM-DD zijn",
        "m_enum": "moet een van {values} zijn",
        "m_channel": "onbekend kanaal '{value}' (bekend: {known})",
        "m_duplicate_key": "veld '{key}' staat er twee keer",
        "m_duplicate_file": "bestand staat al in het manifest (regel {line})",
        "m_csv_column": "onbekende kolom '{key}' (toegestaan: {allowed})",
        "m_csv_file": "kolom 'file' ontbreekt",
        "m_empty": "manifest is leeg",
        "m_no_channel": "geen kanaal (zet channels in de entry of in defaults)",
        "t_string": "tekst", "t_integer": "een geheel getal", "t_boolean": "ja/nee (true/false)",
        "t_null": "leeg", "t_array": "een lijst", "t_object": "een mapping (sleutel: waarde)",
        "t_number": "een getal", "t_date": "een datum",
        "or": " of ", "list_of": "een lijst van {what}",
    },
    "en": {
        "no_opencv": "socialcheck: note: face detection skipped (install 'socialcheck[faces]' for opencv)",
        "no_cascade": "socialcheck: note: face detection skipped: this opencv build ships no Haar cascades "
                      "(OpenCV 5 removed them; install opencv-python-headless<5)",
        "no_register": "socialcheck: note: {manifest}: no consent register configured (media.consent_register); "
                       "consent not checked",
        "no_logos": "socialcheck: note: {manifest}: no approved logos configured (media.logos); logo design not checked",
        "two_manifests": "socialcheck: note: {folder}: both {a} and {b}; only {a} is used",
        "detail_channel": "channel: {channel}",
        "detail_purpose": "channel: {channel}, no column '{purpose}'",
        "detail_age": "age {age}, consent given by {by}",
        "detail_faces": "{faces} face(s), {people} person/people listed",
        "detail_logo": "closest design {logo}: distance {distance} > {threshold}",
        "detail_tail": "no end marker found",
        "by_parent": "parent/carer",
        "m_type": "must be {expected}, not {actual}",
        "m_required": "required field '{key}' is missing",
        "m_unknown": "unknown field '{key}' (allowed: {allowed})",
        "m_min_length": "must not be empty",
        "m_min_items": "must have at least {n} item(s)",
        "m_date": "must be a date YYYY-MM-DD",
        "m_enum": "must be one of {values}",
        "m_channel": "unknown channel '{value}' (known: {known})",
        "m_duplicate_key": "field '{key}' appears twice",
        "m_duplicate_file": "file is already in the manifest (line {line})",
        "m_csv_column": "unknown column '{key}' (allowed: {allowed})",
        "m_csv_file": "column 'file' is missing",
        "m_empty": "manifest is empty",
        "m_no_channel": "no channel (set channels in the entry or in defaults)",
        "t_string": "text", "t_integer": "a whole number", "t_boolean": "true/false",
        "t_null": "empty", "t_array": "a list", "t_object": "a mapping (key: value)",
        "t_number": "a number", "t_date": "a date",
        "or": " or ", "list_of": "a list of {what}",
    },
}


def mt(lang: str, text_id: str, **kw) -> str:
    """The media text ``text_id`` in ``lang`` (falls back to Dutch), formatted with ``kw``.

    Line breaks and other control characters in the values (a manifest value
    such as ``"\n"``) are shown escaped, so a message stays one line.
    """
    table = TEXTS.get(lang) or TEXTS["nl"]
    s = table.get(text_id) or TEXTS["nl"][text_id]
    return s.format(**{k: _one_line(v) for k, v in kw.items()}) if kw else s


def _one_line(value):
    """``value`` with control characters escaped ("\n" → "\\n"); non-strings unchanged."""
    if isinstance(value, str) and not value.isprintable():
        return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in value)
    return value
