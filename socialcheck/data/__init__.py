"""Word lists written by this project, and their loader.

How each list was made (see also ``README.md`` in this folder): every list was
written by hand for socialcheck from general knowledge of Dutch naming, places
and school life; none is copied or derived from another source (in particular
not from ``../shared/data`` nor from GPL-licensed tools such as deduce).

- ``first_names.txt`` — first names in use in the Netherlands and Flanders
  across generations, including names common in Dutch families of Moroccan,
  Turkish, Surinamese, Antillean, Polish and other origin, with and without
  diacritics.
- ``first_names_ambiguous.txt`` — the first names that are also ordinary Dutch
  words (Roos, Fleur, Iris): they count as names only with extra evidence.
- ``surnames.txt`` — common surnames, written with their particles as in
  running text ("de Vries", "van den Berg", "Yilmaz").
- ``particles.txt`` — surname particles (tussenvoegsels): van, de, van der, in 't ...
- ``titles.txt`` — titles, forms of address and school roles with the role
  they imply (``juf<TAB>staff``).
- ``places.txt`` — Dutch municipalities, towns and districts, large Flemish
  towns and foreign places common in school texts.
- ``non_person_words.txt`` — capitalised school words that are not persons:
  months, weekdays, holidays and events, teaching methods and school apps,
  shops and organisations, public and fictional figures.
- ``common_words.txt`` — frequent Dutch words (lower case), used to tell a
  capitalised word at a sentence start from a name.
- ``health_terms.txt`` — words and phrases about a person's health (AVG art. 9):
  illness, injuries, treatment, diagnoses, medication, pregnancy, death.

Lists are loaded once per process (``functools.cache``); a missing list loads
as empty so a partial install still runs.
"""

from __future__ import annotations

import functools
import os

_HERE = os.path.dirname(os.path.abspath(__file__))


def _lines(name: str) -> list[str]:
    path = os.path.join(_HERE, name)
    try:
        with open(path, encoding="utf-8") as fh:
            return [ln.strip() for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    except FileNotFoundError:
        return []


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """Entries of ``<name>.txt`` as written (case kept)."""
    return frozenset(_lines(name + ".txt"))


@functools.cache
def lower_set(name: str) -> frozenset[str]:
    """Entries of ``<name>.txt`` lower-cased."""
    return frozenset(x.lower() for x in _lines(name + ".txt"))


@functools.cache
def titles() -> dict[str, str]:
    """Title or role word (lower case) → implied role (staff, parent, pupil, any)."""
    out: dict[str, str] = {}
    for ln in _lines("titles.txt"):
        word, _, role = ln.partition("\t")
        if not role:
            parts = ln.rsplit(None, 1)
            word, role = (parts[0], parts[1]) if len(parts) == 2 and parts[1] in ("staff", "parent", "pupil", "any") else (ln, "any")
        out[word.strip().lower()] = role.strip() or "any"
    return out
