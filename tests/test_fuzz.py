"""Property-based fuzzing of decoding, readers, detectors and the CLI (hypothesis).

Inputs: random Unicode with combining marks, right-to-left text and
direction marks, zero-width characters, emoji sequences and control
characters; mixed line endings (``\\n``, ``\\r\\n``, ``\\r``); Dutch school
text with personal data (so detectors fire and offsets get exercised);
truncated UTF-8/UTF-16 byte strings; Markdown and HTML built from small
grammars (front matter, headings, lists, tables, links, images, entities,
comments, raw HTML, code).

Properties:
- no exception escapes, except :class:`InputError` for bytes that are not text;
- every finding lies inside the source (``0 <= start < end <= len(source)``:
  never an empty span, which would mean the source map lost the text), its
  ``match`` is the source text there, and its line/column (start and end)
  agree with the offsets, recomputed here from ``doc.source``;
- the source map covers the text contiguously, stays inside the source, and
  where it maps character by character the characters are the same;
- the same input gives the same findings.

Runtime is bounded (``max_examples`` per test, no deadline): the whole file
runs in well under a minute. Set ``SOCIALCHECK_FUZZ_EXAMPLES`` for a longer run.
"""

from __future__ import annotations

import codecs
import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from socialcheck.config import build
from socialcheck.documents import InputError, decode, load, read_html, read_markdown, read_text
from socialcheck.engine import check_document

#: Examples per property; ``SOCIALCHECK_FUZZ_EXAMPLES=5000`` for a long local run.
EXAMPLES = int(os.environ.get("SOCIALCHECK_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
CFG = build({}, None)
CFG_LITHORA = build({"protocol": "lithora", "allow": ["info@obsdebolster.nl", {"regex": "0[0-9]{2}-?[0-9]+"}]}, None)

# ------------------------------------------------------------------ text atoms

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
COMBINING = [chr(c) for c in range(0x300, 0x370, 7)] + ["\u20dd", "\u0489"]
RTL = ["שלום", "مرحبا بالعالم", "\u200f", "\u200e", "\u202e", "\u202d", "\u2066", "\u2069", "\u061c"]
EMOJI = ["😀", "👩‍👩‍👧", "👍🏽", "🇳🇱", "❤️", "🧑🏿‍🏫", "\U0001f3f4\U000e0067\U000e0062\U000e007f"]
CONTROLS = [chr(c) for c in (0, 1, 7, 8, 9, 11, 12, 27, 31, 127, 0x85)] + ["\u2028", "\u2029"]
NEWLINES = ["\n", "\r\n", "\r"]
DUTCH = [
    "juf Sanne", "meester Ahmed", "Juf Zoë de Vries", "mevrouw Yılmaz", "Daan (8) uit groep 5", "Anaïs",
    "06-12345678", "+31 6 1234 5678", "(020) 123 45 67", "0031612345678", "info@obsdebolster.nl",
    "sanne.devries@gmail.com", "NL91 ABNA 0417 1643 00", "NL91ABNA0417164300", "111222333", "1112.22.333",
    "Lindelaan 12, 3512 AB Utrecht", "Postbus 123", "geboren op 12 maart 2017", "jarig op 3 mei",
    "@sanne_2012", "#sportdag", "https://example.org/juf-sanne?x=1", "'s-Hertogenbosch", "Jan-Willem",
    "groep 7", "Bel", "mail", "of", "en", "de", "van der", "Wij als school vinden", "namens de school",
    "t.a.v.", "dhr.", "A.B.", "...", "!", "?", ":", ",", "(", ")", "\"", "’", "–", "•", "-",
]


def _join(parts: list[str]) -> str:
    return "".join(parts)


atom = st.one_of(
    st.sampled_from(DUTCH), st.sampled_from(ZERO_WIDTH), st.sampled_from(COMBINING), st.sampled_from(RTL),
    st.sampled_from(EMOJI), st.sampled_from(CONTROLS), st.sampled_from(NEWLINES), st.just(" "),
    st.text(max_size=8),  # any code point except surrogates
)
#: Free text: atoms glued together, sometimes without spaces (combining marks land inside words).
free_text = st.lists(atom, max_size=40).map(_join)
#: Dutch-looking text with personal data, separated by spaces and mixed line endings.
dutch_text = st.lists(st.one_of(st.sampled_from(DUTCH), st.sampled_from(DUTCH).map(lambda s: s + " "),
                                st.sampled_from(NEWLINES), st.sampled_from(ZERO_WIDTH + COMBINING + EMOJI)),
                      max_size=40).map(lambda xs: " ".join(xs))
any_text = st.one_of(free_text, dutch_text)
line = st.one_of(dutch_text, free_text).map(lambda s: s.replace("\r", " ").replace("\n", " "))
nl = st.sampled_from(NEWLINES)

# ------------------------------------------------------------------ Markdown grammar

entity = st.sampled_from(["&amp;", "&lt;", "&eacute;", "&#233;", "&#x1F600;", "&nbsp;", "&bogus;", "&#0;",
                          "&#xD800;", "&#99999999;", "&", "&;"])
url = st.sampled_from(["https://example.org", "mailto:sanne.devries@gmail.com", "tel:0612345678",
                       "mailto:a%40b.nl", "tel:+31 6 1234 5678", "<https://x.nl/a b>", "", "#anker",
                       "foto's/juf sanne.jpg", "mailto:", "tel:"])
inline = st.one_of(
    line, entity,
    st.tuples(line, url).map(lambda t: f"[{t[0]}]({t[1]})"),
    st.tuples(line, url, line).map(lambda t: f"[{t[0]}]({t[1]} \"{t[2]}\")"),
    st.tuples(line, url).map(lambda t: f"![{t[0]}]({t[1]})"),
    st.tuples(line, st.sampled_from(["ref", "1"])).map(lambda t: f"[{t[0]}][{t[1]}]"),
    line.map(lambda s: f"**{s}**"), line.map(lambda s: f"_{s}_"), line.map(lambda s: f"`{s}`"),
    st.sampled_from(["<b>", "</b>", "<br>", "<span title=\"juf Sanne\">", "<!-- juf Anna -->", "\\*",
                     "  \n", "\\\n", "<mailto:a@b.nl>", "<https://x.nl>"]),
)
inline_run = st.lists(inline, min_size=1, max_size=6).map(" ".join)
fm_value = st.one_of(
    line.map(lambda s: s.replace(":", " ").replace("#", " ").strip() or "x"),
    line.map(lambda s: '"' + s.replace("\\", "").replace('"', "") + '"'),
    line.map(lambda s: "'" + s.replace("'", "''") + "'"),
    st.lists(st.sampled_from(["sportdag", "juf Sanne", "06-12345678", "[x]", "&a x", "*a"]), max_size=3)
    .map(lambda xs: "[" + ", ".join(xs) + "]"),
    st.sampled_from(["2024-05-01", "true", "null", "12", "|\n  juf Sanne\n  06-12345678", ">\n  Bel\n  mij",
                     "&anker juf Anna", "*anker", "!!binary aGFsbG8=", "{a: [b, c]}", "[unclosed", "\"unclosed"]),
)
front_matter = st.lists(st.tuples(st.sampled_from(["title", "author", "date", "tags", "channel", "alt",
                                                   "description", "x"]), fm_value), max_size=5) \
    .map(lambda kv: "---\n" + "".join(f"{k}: {v}\n" for k, v in kv) + "---\n")
table = st.lists(st.lists(line.map(lambda s: s.replace("|", "/")), min_size=1, max_size=3), min_size=1, max_size=4) \
    .map(lambda rows: "| " + " | ".join("h" * len(rows[0])) + " |\n|" + "---|" * len(rows[0]) + "\n"
         + "".join("| " + " | ".join(r) + " |\n" for r in rows))
block = st.one_of(
    inline_run,
    st.tuples(st.integers(1, 7), inline_run).map(lambda t: "#" * t[0] + " " + t[1]),
    st.lists(inline_run, min_size=1, max_size=3).map(lambda xs: "".join(f"- {x}\n" for x in xs)),
    st.lists(inline_run, min_size=1, max_size=3).map(lambda xs: "".join(f"{i}. {x}\n" for i, x in enumerate(xs, 1))),
    inline_run.map(lambda s: "> " + s),
    any_text.map(lambda s: "```\n" + s + "\n```"),
    line.map(lambda s: "    " + s),
    table,
    st.sampled_from(["---", "***", "<div>\njuf Sanne 06-12345678\n</div>", "<!--\nnamens de school\n-->",
                     "<script>var juf = 'Sanne 06-12345678';</script>", "[ref]: https://x.nl \"juf Anna\"",
                     "<table><tr><td>juf Anna</td></tr></table>", "Setext kop\n===", "<?php echo 1 ?>"]),
)
markdown = st.tuples(st.one_of(st.just(""), front_matter), st.lists(block, max_size=8), nl) \
    .map(lambda t: t[0] + (t[2] * 2).join(t[1]))

# ------------------------------------------------------------------ HTML grammar

attr = st.one_of(
    st.tuples(st.sampled_from(["alt", "title", "href", "content", "name", "class", "data-x", "src"]),
              st.one_of(line, url, entity)).map(lambda t: f'{t[0]}="{t[1].replace(chr(34), "&quot;")}"'),
    st.tuples(st.sampled_from(["alt", "title", "href"]), st.one_of(line, url)).map(
        lambda t: f"{t[0]}='{t[1].replace(chr(39), '')}'"),
    st.sampled_from(["href=mailto:sanne@x.nl", "alt=juf", "disabled", "name=description", "name='author'",
                     "href=\"tel:06 1234 5678\"", "alt", "=x", "title=\"unclosed"]),
)
TAGS = ["p", "div", "span", "a", "img", "h1", "h3", "li", "ul", "td", "tr", "table", "br", "meta", "title",
        "script", "style", "pre", "code", "figcaption", "svg", "template", "head", "body", "b", "i"]


@st.composite
def html_fragment(draw, depth: int = 0) -> str:
    """A random HTML fragment: text, entities, comments and (nested) elements."""
    parts = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.integers(0, 9))
        if kind <= 2:
            parts.append(draw(any_text))
        elif kind == 3:
            parts.append(draw(entity))
        elif kind == 4:
            parts.append(draw(st.sampled_from(["<!-- juf Sanne 06-12345678 -->", "<!--", "-->", "<!DOCTYPE html>",
                                               "<![CDATA[ juf Anna ]]>", "</p>", "<", ">", "</", "<p", "<3",
                                               "<a href='mailto:x@y.nl'/>", "<br/>", "<?xml?>"])))
        else:
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.lists(attr, max_size=3))
            open_tag = f"<{tag}{''.join(' ' + a for a in attrs)}>"
            inner = draw(html_fragment(depth + 1)) if depth < 3 else draw(line)
            close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", f"</{tag.upper()}>"]))
            parts.append(open_tag + inner + close)
    return draw(nl).join(parts) if parts and draw(st.booleans()) else "".join(parts)


# ------------------------------------------------------------------ bytes

@st.composite
def text_bytes(draw) -> bytes:
    """Bytes a file could hold: encoded text, truncated anywhere (also mid-character),
    with or without a BOM, in UTF-8, UTF-16 LE/BE or cp1252; or random bytes."""
    text = draw(st.one_of(any_text, markdown))
    enc = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp1252",
                                "random"]))
    if enc == "random":
        data = draw(st.binary(max_size=300))
    elif enc == "cp1252":
        data = text.encode("cp1252", "replace")
    elif enc == "utf-16-le-bom":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif enc == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(enc)
    if data and draw(st.booleans()):
        data = data[:draw(st.integers(0, len(data)))]
    if data and draw(st.integers(0, 4)) == 0:  # flip one byte
        i = draw(st.integers(0, len(data) - 1))
        data = data[:i] + bytes([draw(st.integers(0, 255))]) + data[i + 1:]
    return data


# ------------------------------------------------------------------ properties

def _line_col(source: str, off: int) -> tuple[int, int]:
    """1-based line/column of ``off`` as documented: lines end at ``\\n``, columns in code points."""
    line_start = source.rfind("\n", 0, off) + 1
    return source.count("\n", 0, off) + 1, off - line_start + 1


def assert_consistent(doc, findings) -> None:
    src = doc.source
    for f in findings:
        assert 0 <= f.start < f.end <= len(src), (f.start, f.end, len(src), f)  # never an empty span
        assert f.match == src[f.start:f.end]
        assert (f.line, f.column) == _line_col(src, f.start), f
        assert (f.end_line, f.end_column) == _line_col(src, f.end), f
        assert f.path == doc.path
        assert f.source_line == doc.line_text(f.line)


def check_twice(doc, cfg=CFG) -> list:
    first = check_document(doc, cfg)
    event(f"findings: {min(len(first), 3)}{'+' if len(first) >= 3 else ''}")
    assert_consistent(doc, first)
    again = check_document(doc, cfg)
    assert again == first
    assert [f.source_line for f in again] == [f.source_line for f in first]
    return first


@FUZZ
@given(any_text)
def test_plain_text_findings_are_consistent(text):
    check_twice(read_text("fuzz.txt", text))


@FUZZ
@given(any_text)
def test_plain_text_with_pack_and_allow_list(text):
    doc = read_text("fuzz.txt", text)
    findings = check_twice(doc, CFG_LITHORA)
    assert not any(f.match.casefold() == "info@obsdebolster.nl" for f in findings)


@FUZZ
@given(markdown)
def test_markdown_findings_are_consistent(source):
    try:
        doc = read_markdown("fuzz.md", source)
    except InputError as exc:  # broken front matter: one line naming the file
        assert str(exc).startswith("fuzz.md: front matter") and "\n" not in str(exc)
        return
    check_twice(doc)


@FUZZ
@given(html_fragment())
def test_html_findings_are_consistent(source):
    check_twice(read_html("fuzz.html", source))


@FUZZ
@given(st.one_of(any_text, markdown, html_fragment()))
def test_source_map_stays_inside_the_source(source):
    for reader in (read_text, read_markdown, read_html):
        try:
            doc = reader("fuzz", source)
        except InputError:
            continue
        n = len(doc.source)
        t = 0
        for p in doc.pieces or ():
            assert p.t_start == t and p.t_end >= p.t_start  # contiguous cover of the text
            assert 0 <= p.s_start <= p.s_end <= n
            if p.identity and p.scope != "sep":  # mapped character by character: the same characters
                for a, b in zip(doc.text[p.t_start:p.t_end], doc.source[p.s_start:p.s_end]):
                    assert a == b or (a.isspace() and b.isspace()) or (a, b) == ("\ufffd", "\x00"), (p, a, b)
            t = p.t_end
        assert t == (len(doc.text) if doc.pieces else 0)
        for i in range(0, len(doc.text) + 1, 7):
            s, e = doc.to_source(i, min(len(doc.text), i + 5))
            assert 0 <= s <= e <= n


@FUZZ
@given(text_bytes(), st.sampled_from(["x.txt", "x.md", "x.html"]))
def test_bytes_decode_or_input_error(data, name):
    """Any bytes: a document with consistent findings, or an InputError (one line,
    naming the file) -- never another exception."""
    try:
        text, enc = decode(name, data)
    except InputError as exc:
        assert str(exc).startswith(name + ": ") and "\n" not in str(exc)
        return
    # Faithful decoding: exactly the bytes, minus one byte-order mark.
    expected = {"utf-8-sig": lambda: data[3:].decode("utf-8"), "utf-8": lambda: data.decode("utf-8"),
                "utf-16": lambda: data.decode("utf-16"), "cp1252": lambda: data.decode("cp1252")}[enc]()
    assert text == expected
    try:
        doc = load(name, data=data)
    except InputError as exc:
        assert str(exc).startswith(name + ": ") and "\n" not in str(exc)
        return
    assert doc.source == text
    check_twice(doc)


@settings(max_examples=6, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(text_bytes(), markdown.map(lambda s: s.encode("utf-8")),
                 html_fragment().map(lambda s: s.encode("utf-8"))),
       st.sampled_from(["fuzz.txt", "fuzz.md", "fuzz.html"]), st.sampled_from(["json", "parsable", "rich"]))
def test_cli_survives_fuzzed_files(tmp_path_factory, data, name, fmt):
    """The installed CLI on a fuzzed file: exit 0/1 with a report, or exit 2 with
    one line naming the file; never a traceback. (Few examples: each is a process.)"""
    import json
    import subprocess

    from conftest import ENTRY

    d = tmp_path_factory.mktemp("fuzzcli")
    (d / ".git").mkdir()
    p = d / name
    p.write_bytes(data)
    env = {**os.environ, "COLUMNS": "120"}
    env.pop("GITHUB_ACTIONS", None)
    r = subprocess.run([*ENTRY, str(p), "--format", fmt], capture_output=True, timeout=120, env=env)
    err = r.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    assert r.returncode in (0, 1, 2), err
    if r.returncode == 2:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and name in lines[0], err
    else:
        assert not err.strip(), err
        out = r.stdout.decode("utf-8")
        if fmt == "json":
            assert json.loads(out)["summary"]["files"] == 1
        elif fmt == "parsable":
            assert all(ln.startswith(str(p) + ":") for ln in out.splitlines())


def test_finding_across_a_link_target_and_its_text_is_not_empty():
    """Regression (found by hypothesis): in Markdown the link target is placed
    before the link text, so a sentence over both maps to source pieces out of
    order; the finding must still cover a non-empty source range."""
    from socialcheck.config import build
    from socialcheck.documents import read_markdown
    from socialcheck.engine import check_document
    src = "---\nchannel: x\n---\n[Wij als school vinden](mailto:sanne.devries@gmail.com)"
    found = check_document(read_markdown("fuzz.md", src), build({}, None, {}))
    speaking = [f for f in found if f.check == "speaking-for-school"]
    assert speaking and all(0 <= f.start < f.end <= len(src) for f in found)
    assert "Wij als school vinden" in src[speaking[0].start:speaking[0].end]


def test_text_after_a_link_with_a_bracket_in_its_title_keeps_its_place():
    """Regression (found by hypothesis): a link title holding "(" was read as a
    nested bracket, so the text after the link lost its source position."""
    from socialcheck.config import build
    from socialcheck.documents import read_markdown
    from socialcheck.engine import check_document
    src = '[juf Sanne](https://example.org "(") juf Sanne )'
    found = [f for f in check_document(read_markdown("fuzz.md", src), build({}, None, {})) if f.check == "person-name"]
    assert [(src[f.start:f.end], f.start) for f in found] == [("Sanne", 5), ("Sanne", src.rindex("Sanne"))]
