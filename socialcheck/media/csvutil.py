"""Small CSV helpers shared by the manifest and consent-register readers."""

from __future__ import annotations

import csv


def sniff_delimiter(header: str) -> str:
    """The delimiter of a CSV file from its header line: the most frequent of ``; , TAB``."""
    return max((";", ",", "\t"), key=header.count)


def rows(reader, fail):
    """Yield every row of ``reader`` (a ``csv.reader``); a ``csv.Error`` is
    re-raised as ``fail(line_number, error)``, an exception with one line."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise fail(reader.line_num, exc) from None
        yield row
