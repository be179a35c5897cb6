"""Readers: decoding, and exact line/column of findings in txt, md and html."""

from __future__ import annotations

import codecs
import re

import pytest

from socialcheck.documents import InputError, decode, read_html, read_markdown, read_text


def _pos(doc, word):
    i = doc.text.index(word)
    s, e = doc.to_source(i, i + len(word))
    return doc.source[s:e], doc.line_col(s)


# ---------------------------------------------------------------- decoding

@pytest.mark.parametrize("data,encoding", [
    ("Juf Sanne\n".encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + "Juf Sanne\n".encode("utf-8"), "utf-8-sig"),
    ("Juf Sanne\n".encode("utf-16"), "utf-16"),
    ("Juf Zoë – café\n".encode("cp1252"), "cp1252"),
])
def test_decoding(data, encoding):
    text, enc = decode("x.txt", data)
    assert enc == encoding
    assert text.startswith("Juf")
    assert "\ufeff" not in text


def test_binary_is_refused_as_skippable():
    with pytest.raises(InputError) as err:
        decode("foto.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert err.value.skippable
    assert "binary" in str(err.value)


def test_invalid_bytes_are_refused():
    with pytest.raises(InputError) as err:
        decode("x.txt", b"abc \x81\x8d\x8f\x90 def")  # undefined in cp1252, invalid UTF-8
    assert "invalid bytes" in str(err.value)
    assert str(err.value).startswith("x.txt: ")


# ---------------------------------------------------------------- plain text

def test_text_identity_map():
    doc = read_text("d.txt", "Regel een\r\nTwee: juf Sanne\n")
    assert _pos(doc, "Sanne") == ("Sanne", (2, 11))


# ---------------------------------------------------------------- markdown

MD = """---
title: Feest bij juf Sanne
tags: [groep 5, "Noah"]
channel: facebook
---
# Kop met Emma

Tekst met **juf Anouk** en [mail haar](mailto:anouk@gmail.com) &amp; ![foto van Lotte](x.jpg "titel")
volgende regel\\* met Daan.

| naam | groep |
|------|-------|
| Finn | 5     |

- lijst met `Mees`
"""


@pytest.mark.parametrize("word,line,col", [
    ("Sanne", 2, 22), ("Noah", 3, 18), ("Emma", 6, 11), ("Anouk", 8, 17), ("anouk@gmail.com", 8, 47),
    ("Lotte", 8, 81), ("Daan", 9, 22), ("Finn", 13, 3), ("Mees", 15, 14),
])
def test_markdown_positions(word, line, col):
    doc = read_markdown("p.md", MD)
    src, pos = _pos(doc, word)
    assert src == word
    assert pos == (line, col)


def test_markdown_scopes_and_front_matter():
    doc = read_markdown("p.md", MD)
    assert doc.scope_at(doc.text.index("Sanne")) == "front_matter"
    assert doc.scope_at(doc.text.index("Emma")) == "heading"
    assert doc.scope_at(doc.text.index("Lotte")) == "alt"
    assert doc.scope_at(doc.text.index("anouk@gmail.com")) == "link"
    assert doc.meta["front_matter"]["channel"] == "facebook"
    assert "mailto" not in doc.text and "**" not in doc.text and "|" not in doc.text


def test_markdown_entity_maps_to_whole_entity():
    doc = read_markdown("p.md", "Jan &amp; Piet")
    i = doc.text.index("&")
    s, e = doc.to_source(i, i + 1)
    assert doc.source[s:e] in ("&amp;", "&")


def test_markdown_entity_before_the_same_character_maps_to_the_entity():
    """An entity decodes to a character that also stands later in the line: the text maps to the entity, so a
    name after it keeps its place in the source (a fuzz case: the name mapped to zero width at the line end)."""
    source = "# &#x1F600; juf Sanne 😀"
    doc = read_markdown("post.md", source)
    start = doc.text.index("Sanne")
    assert doc.to_source(start, start + 5) == (source.index("Sanne"), source.index("Sanne") + 5)
    assert doc.to_source(0, 1) == (2, len("# &#x1F600;"))


def test_broken_front_matter_is_input_error():
    with pytest.raises(InputError) as err:
        read_markdown("p.md", "---\ntitle: [unclosed\n---\nTekst\n")
    assert str(err.value).startswith("p.md: front matter: line ")


# ---------------------------------------------------------------- html

HTML = """<!doctype html>
<html><head><title>Nieuws</title><style>.x{color:red}</style>
<script>var naam = "Geheim";</script></head>
<body>
<h1>Welkom juf Anouk</h1>
<p>Hallo &amp; welkom, bel <b>06-12345678</b> of
<a href="mailto:anouk@gmail.com">mail</a>.</p>
<img src="a.jpg" alt="Lotte op het podium">
<figure><figcaption>Noah &eacute;n Daan</figcaption></figure>
</body></html>
"""


@pytest.mark.parametrize("word,line,col,scope", [
    ("Anouk", 5, 16, "heading"), ("06-12345678", 6, 31, "text"), ("anouk@gmail.com", 7, 17, "link"),
    ("Lotte", 8, 23, "alt"), ("Noah", 9, 21, "caption"), ("Daan", 9, 36, "caption"),
])
def test_html_positions(word, line, col, scope):
    doc = read_html("p.html", HTML)
    src, pos = _pos(doc, word)
    assert (src, pos) == (word, (line, col))
    assert doc.scope_at(doc.text.index(word)) == scope


def test_html_skips_script_and_style():
    doc = read_html("p.html", HTML)
    assert "Geheim" not in doc.text and "color" not in doc.text
    assert "én" in doc.text


def test_fenced_code_with_crlf_maps_every_name_to_its_own_place():
    """A fence whose lines end in "\\r\\n" (the parser gives "\\n"): each "juf Sanne" in it maps to its own source
    place. Before, the first line of the content was matched to a later copy of it and the second name got an
    empty source span (found by the fuzz test)."""
    source = "\n\n```\n\n \u200b \r\n \u200b \n juf Sanne juf Sanne\n```"
    doc = read_markdown("x.md", source)
    spans = [doc.to_source(m.start(), m.end()) for m in re.finditer("Sanne", doc.text)]
    assert [source[s:e] for s, e in spans] == ["Sanne", "Sanne"]
    assert spans[0] != spans[1]


def test_an_autolinks_target_is_mapped_inside_its_own_angle_brackets():
    """A fuzz case from CI: '<mailto:a@b.nl>' followed on the next line by '[](tel:...)'. The autolink's address
    was aligned after the later link's '](' and mapped to an empty span there; it is inside the brackets."""
    source = "<mailto:a@b.nl>   \n [](tel:0612345678)"
    doc = read_markdown("post.md", source)
    for p in doc.pieces:
        if p.scope == "link":
            assert source[p.s_start:p.s_end] == doc.text[p.t_start:p.t_end]
