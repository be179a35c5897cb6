"""The consent register: a CSV export from the pupil administration
(ParnasSys, Esis, Magister ...) with one row per pupil and one column per
purpose ("Foto's op website", "Sociale media", "Nieuwsbrief", "Schoolgids").

Columns are found by their header (see :data:`_ROLE_HEADERS` and
:data:`_PURPOSE_WORDS`) unless the config names them
(``media: {columns: {name: ..., website: ...}}``). Values are read as
yes / no / unknown in Dutch and English (:func:`parse_consent`): ``ja j yes
y x ✓ ✔ 1 true akkoord`` are yes, ``nee n no 0 false geen niet - ✗`` are no,
and an empty cell, ``onbekend``, ``?`` or anything else is unknown. A cross
(``x``) is yes: it is the usual mark in a ticked box.

Ages (TWijs A.5, UAVG art. 5): a ``birth_date``, ``birth_year`` or ``age``
column gives the pupil's age on the photo's date. From the pack setting
``media-consent.pupil_consent_age`` (16) a pupil consents for themselves;
if the register's ``given_by`` column says a parent gave the consent, the
consent no longer counts. With only a birth year, the pupil counts as 16 only
when they are 16 whatever their birthday (year difference of 17 or more).

Privacy: names from the register are never printed in errors.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, field

from ..documents import InputError, decode, read_bytes
from .csvutil import rows, sniff_delimiter
from .settings import ROLE_COLUMNS

YES = frozenset("ja j yes y x ✓ ✔ ☑ ✅ 1 true waar akkoord toestemming wel ok oke okay toegestaan +".split())
NO = frozenset("nee n no 0 false onwaar geen niet ✗ ✘ ☒ ❌ - weigering geweigerd nooit never".split())
UNKNOWN = frozenset("onbekend unknown ? nvt n.v.t. leeg".split())

_ROLE_HEADERS = {
    "name": ("naam", "name", "volledige naam", "full name", "leerling", "naam leerling", "leerlingnaam",
             "medewerker", "persoon"),
    "first_name": ("voornaam", "roepnaam", "first name", "firstname", "given name"),
    "middle_name": ("tussenvoegsel", "tussenvoegsels", "prefix", "voorvoegsel"),
    "last_name": ("achternaam", "last name", "lastname", "surname", "family name"),
    "id": ("id", "leerlingnummer", "leerling nummer", "leerlingnr", "nummer", "stamnummer", "studentnummer",
           "student id", "roster id", "lln nr"),
    "birth_date": ("geboortedatum", "birth date", "date of birth", "birthdate", "geb datum"),
    "birth_year": ("geboortejaar", "birth year"),
    "age": ("leeftijd", "age"),
    "given_by": ("toestemming door", "gegeven door", "given by", "consent by", "ingevuld door", "door"),
}
#: Words in a header that mark a consent column, per purpose (checked in this order).
_PURPOSE_WORDS = (
    ("social-media", ("sociale media", "social media", "socialmedia", "social", "facebook", "instagram")),
    ("website", ("website", "site", "internet")),
    ("newsletter", ("nieuwsbrief", "newsletter")),
    ("schoolgids", ("schoolgids", "drukwerk", "folder", "brochure")),
    ("yearbook", ("jaarboek", "yearbook")),
    ("closed", ("parro", "ouderportaal", "besloten", "social schools", "socialschools", "klassenpagina",
                "ouderapp", "app")),
)
_PARENT = ("ouder", "ouders", "verzorger", "verzorgers", "parent", "parents", "carer", "moeder", "vader")
_PUPIL = ("leerling", "pupil", "student", "zelf", "self")


class RegisterError(ValueError):
    """The register cannot be used; the message names the file (never a person)."""


def parse_consent(value: str) -> str:
    """``"yes"``, ``"no"`` or ``"unknown"`` for a register cell (see module docstring)."""
    v = " ".join(value.strip().lower().split())
    if v in YES:
        return "yes"
    if v in NO or v in ("geen toestemming", "niet toegestaan", "no consent"):
        return "no"
    first = re.split(r"[\s,;:(/]+", v, maxsplit=1)[0] if v else ""
    if first in YES and first not in ("x", "1", "+"):
        return "yes"
    if first in NO and first not in ("-", "0"):
        return "no"
    return "unknown"


def normalise_name(name: str) -> str:
    """Comparison key for a person's name: ``"Vries, Emma de"`` → ``"emma de vries"``
    (reordered at a comma, case-folded, accents removed, spaces collapsed)."""
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first} {last}"
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


@dataclass
class Record:
    """One row of the register.

    Attributes:
        line: 1-based line in the register file.
        consent: purpose → ``"yes"``/``"no"``/``"unknown"``.
        birth_date / birth_year / age: what the register says about age (or ``None``).
        given_by: ``"parent"``, ``"pupil"`` or ``None``.
    """

    line: int
    name: str = ""
    consent: dict[str, str] = field(default_factory=dict)
    birth_date: dt.date | None = None
    birth_year: int | None = None
    age: int | None = None
    given_by: str | None = None

    def age_on(self, when: dt.date) -> int | None:
        """Age in whole years on ``when`` (the lower bound when only the birth year is known)."""
        if self.birth_date:
            b = self.birth_date
            return when.year - b.year - ((when.month, when.day) < (b.month, b.day))
        if self.birth_year:
            return when.year - self.birth_year - 1
        return self.age


class ConsentRegister:
    """A loaded register: lookup by id or by name.

    Attributes:
        path: the register file.
        purposes: purposes that have a column.
    """

    def __init__(self, path: str, records: list[Record], by_id: dict[str, list[Record]],
                 by_name: dict[str, list[Record]], purposes: list[str]):
        self.path = path
        self.records = records
        self._by_id = by_id
        self._by_name = by_name
        self.purposes = purposes

    def names(self) -> list[str]:
        """Every name in the register (for the file-name check; never printed)."""
        return [r.name for r in self.records if r.name]

    def lookup(self, person: str) -> list[Record]:
        """Rows for a manifest ``people`` value: by id first, then by name
        (several rows when the name is not unique)."""
        key = person.strip().casefold()
        if key in self._by_id:
            return self._by_id[key]
        return self._by_name.get(normalise_name(person), [])

    @classmethod
    def load(cls, path: str, columns: dict[str, str] | None = None, where: str = "media") -> "ConsentRegister":
        """Read the register CSV.

        Args:
            path: the CSV file (``,``, ``;`` or tab separated; UTF-8, UTF-16 or Windows-1252).
            columns: configured column names: role (``name``, ``id``, ...) or purpose → header.
            where: config location for messages (``"<config>: key 'media.columns'"``).

        Raises:
            RegisterError: unreadable file, no name/id column, no consent column,
                or a configured column that is not in the file.
        """
        try:
            text, _enc = decode(path, read_bytes(path, 50 * 1024 * 1024))
        except InputError as exc:
            raise RegisterError(f"consent register: {exc}") from None
        lines = text.splitlines()
        if not lines or not lines[0].strip():
            raise RegisterError(f"{path}: consent register is empty")
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(lines[0]))
        try:
            header = next(reader)
        except (csv.Error, StopIteration) as exc:
            raise RegisterError(f"{path}: consent register is not valid CSV ({exc})") from None
        roles, purposes = _map_columns(path, header, columns or {}, where)
        if "name" not in roles and "id" not in roles and not ("first_name" in roles and "last_name" in roles):
            raise RegisterError(f"{path}: consent register has no name or id column "
                                "(set media.columns.name or media.columns.id)")
        if not purposes:
            raise RegisterError(f"{path}: consent register has no consent columns "
                                "(e.g. 'website', 'sociale media'; or set media.columns)")
        records: list[Record] = []
        by_id: dict[str, list[Record]] = {}
        by_name: dict[str, list[Record]] = {}
        def fail(line: int, exc: Exception) -> RegisterError:
            return RegisterError(f"{path}:{line}: consent register is not valid CSV ({exc})")

        for row in rows(reader, fail):
            if not any(c.strip() for c in row):
                continue

            def cell(role: str) -> str:
                i = roles.get(role)
                return row[i].strip() if i is not None and i < len(row) else ""

            name = cell("name") or " ".join(x for x in (cell("first_name"), cell("middle_name"), cell("last_name")) if x)
            rec = Record(line=reader.line_num, name=name)
            for purpose, i in purposes.items():
                rec.consent[purpose] = parse_consent(row[i]) if i < len(row) else "unknown"
            rec.birth_date = _parse_date(cell("birth_date"))
            rec.birth_year = int(cell("birth_year")) if cell("birth_year").isdigit() else None
            rec.age = int(cell("age")) if cell("age").isdigit() else None
            by = cell("given_by").lower()
            rec.given_by = "parent" if by.startswith(_PARENT) else "pupil" if by.startswith(_PUPIL) else None
            records.append(rec)
            if cell("id"):
                by_id.setdefault(cell("id").casefold(), []).append(rec)
            if name:
                by_name.setdefault(normalise_name(name), []).append(rec)
        return cls(path, records, by_id, by_name, list(purposes))


def _norm_header(h: str) -> str:
    return " ".join(re.sub(r"[^\w']+", " ", h.casefold().replace("'", "")).split())


def _map_columns(path: str, header: list[str], configured: dict[str, str], where: str
                 ) -> tuple[dict[str, int], dict[str, int]]:
    """Column index per role and per purpose."""
    norm = [_norm_header(h) for h in header]
    roles: dict[str, int] = {}
    purposes: dict[str, int] = {}
    for key, wanted in configured.items():
        w = _norm_header(wanted)
        if w not in norm:
            raise RegisterError(f"{where}: key 'media.columns.{key}': column '{wanted}' is not in {path}")
        (roles if key in ROLE_COLUMNS else purposes)[key] = norm.index(w)
    taken = set(roles.values()) | set(purposes.values())
    for i, h in enumerate(norm):
        if i in taken:
            continue
        role = next((r for r, names in _ROLE_HEADERS.items() if h in names and r not in roles), None)
        if role:
            roles[role] = i
            continue
        if configured and any(k not in ROLE_COLUMNS for k in configured):
            continue  # purposes configured explicitly: no guessing
        for purpose, words in _PURPOSE_WORDS:
            if purpose not in purposes and any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", h) for w in words):
                purposes[purpose] = i
                break
    return roles, purposes


def _parse_date(value: str) -> dt.date | None:
    """``YYYY-MM-DD``, ``DD-MM-YYYY`` or ``DD/MM/YYYY`` (Dutch order), else ``None``."""
    value = value.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", value)
        if not m:
            return None
        d, mo, y = map(int, m.groups())
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None
