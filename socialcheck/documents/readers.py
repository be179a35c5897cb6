"""Readers: plain text, Markdown (with YAML front matter) and HTML.

Each reader returns a :class:`~socialcheck.documents.base.Document` whose
``text`` is what a reader of the published page sees, with an exact map back
to the source. Markdown is parsed with markdown-it-py (CommonMark + tables);
HTML with the standard library's ``html.parser`` tokenizer, which reports the
source position of every piece of text (needed for exact line/column; the
tree-building parsers do not keep positions of text nodes).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .base import Document, InputError, TextBuilder

# ------------------------------------------------------------------ plain text


def read_text(path: str, source: str) -> Document:
    """Plain text: the text is the source (identity map)."""
    return Document(path=path, source=source, text=source, pieces=None, kind="text")


# ------------------------------------------------------------------ alignment


def _line_starts(text: str) -> list[int]:
    """Offsets at which the lines of ``text`` start (after each ``\\n``)."""
    starts = [0]
    i = text.find("\n")
    while i != -1:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


_ENTITY_AT = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?")
_ESCAPE_AT = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", re.S)
_PERCENT_AT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_MAY_SUBSTITUTE = re.compile(r"[&\\%\r\x00]")
_YAML_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "a": "\a", "b": "\b", "e": "\x1b", "f": "\f",
                 "v": "\v", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029", " ": " "}


def _substitution(source: str, cursor: int, limit: int, content: str, i: int) -> tuple[int, int] | None:
    """What a parser may have turned ``source[cursor:]`` into at ``content[i]``:
    a line break (``\\r\\n``/``\\r`` → ``\\n``), a run of white space (YAML
    folding, indentation), an HTML entity, a backslash escape (Markdown or
    YAML), percent-escapes (link targets) or NUL → U+FFFD. Returns
    ``(source length, content length)`` of the substitution, or ``None``."""
    sc, ch = source[cursor], content[i]
    if sc.isspace() and ch.isspace():
        j = cursor + 1
        while j < limit and source[j].isspace():
            j += 1
        k = i + 1
        while k < len(content) and content[k].isspace():
            k += 1
        return j - cursor, k - i
    if sc == "&":
        m = _ENTITY_AT.match(source, cursor, limit)
        if m:
            value = html.unescape(m.group())
            if value != m.group() and value and content.startswith(value, i):
                return m.end() - cursor, len(value)
    elif sc == "\\":
        m = _ESCAPE_AT.match(source, cursor, limit)
        if m:
            esc = m.group()[1:]
            value = chr(int(esc[1:], 16)) if len(esc) > 1 and esc[0] in "xuU" else _YAML_ESCAPES.get(esc, esc)
            if content.startswith(value, i):
                return m.end() - cursor, len(value)
    elif sc == "%":
        m = _PERCENT_AT.match(source, cursor, limit)
        if m:
            from urllib.parse import unquote
            value = unquote(m.group())
            if value != m.group() and content.startswith(value, i):
                return m.end() - cursor, len(value)
    elif sc == "\x00" and ch == "\ufffd":
        return 1, 1
    return None


def _align(b: TextBuilder, content: str, source: str, cursor: int, limit: int, scope: str) -> int:
    """Append ``content`` (text a parser produced) to ``b``, mapped onto
    ``source[cursor:limit]``. Returns the new cursor.

    Exact substrings map character by character. Where the parser changed
    the text, the change is recognised at the cursor (entities, escapes,
    line breaks, white space: see :func:`_substitution`) and mapped as a
    whole; source the parser dropped (markup, indentation) is skipped by
    finding the next few characters of ``content`` a little further on.
    Characters found nowhere map to the cursor (zero width).
    """
    if not content:
        return cursor
    pos = source.find(content, cursor, limit)
    # An exact copy further on is the text unless what lies before it could be
    # this very text in another spelling (an entity, an escape, a CR line break).
    if pos != -1 and pos - cursor < 4096 and not _MAY_SUBSTITUTE.search(source, cursor, pos):
        b.add(content, pos, pos + len(content), scope)
        return pos + len(content)
    n = len(content)
    i = 0
    run_i = run_s = -1  # identity run: content[run_i:i] == source[run_s:cursor]

    def flush() -> None:
        nonlocal run_i
        if run_i >= 0 and i > run_i:
            b.add(content[run_i:i], run_s, run_s + (i - run_i), scope)
        run_i = -1

    while i < n:
        if cursor < limit and source[cursor] == content[i]:
            if run_i < 0:
                run_i, run_s = i, cursor
            i += 1
            cursor += 1
            continue
        flush()
        sub = _substitution(source, cursor, limit, content, i) if cursor < limit else None
        if sub:
            b.add(content[i:i + sub[1]], cursor, cursor + sub[0], scope)
            cursor += sub[0]
            i += sub[1]
            continue
        # Skip dropped source: the next characters of content, a little further on.
        probe = content[i:i + 6]
        found = source.find(probe, cursor, min(limit, cursor + 256))
        if found == -1 and not content[i].isspace():
            found = source.find(content[i], cursor, min(limit, cursor + 24))
        if found != -1:
            # Another spelling of content[i] (an entity, an escape) may stand before that copy:
            # "# &#x1F600; juf Sanne 😀" holds the first emoji as "&#x1F600;", not at the last one.
            m = _MAY_SUBSTITUTE.search(source, cursor, found)
            while m is not None and not _substitution(source, m.start(), limit, content, i):
                m = _MAY_SUBSTITUTE.search(source, m.start() + 1, found)
            cursor = m.start() if m is not None else found
            continue
        b.add(content[i], cursor, cursor, scope)
        i += 1
    flush()
    return cursor


# ------------------------------------------------------------------ markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD = None
_MD_NEWLINE = re.compile(r"\r\n?|\n")


def _markdown_parser():
    global _MD
    if _MD is None:
        from markdown_it import MarkdownIt
        _MD = MarkdownIt("commonmark", {"html": True}).enable("table")
    return _MD


def _front_matter(path: str, source: str, b: TextBuilder, meta: dict) -> int:
    """Scan YAML front matter: every string value becomes text (scope
    ``front_matter``). Returns the source offset where the body starts.

    Raises:
        InputError: front matter that is not valid YAML or not a mapping.
    """
    m = _FRONT_MATTER.match(source)
    if not m:
        return 0
    import yaml

    from ..yamlsafe import YamlError, compose_limited, construct

    fm = m.group(1)
    base = m.start(1)
    try:
        node = compose_limited(fm, path, fast=True)
    except YamlError as exc:
        raise InputError(path, f"front matter: {exc}") from None
    if node is None:
        return m.end()
    if not isinstance(node, yaml.MappingNode):
        raise InputError(path, "front matter is not a mapping of fields")
    try:
        data = construct(node)
    except YamlError as exc:
        raise InputError(path, f"front matter: {exc}") from None
    if isinstance(data, dict):
        meta["front_matter"] = data
    seen: set[int] = set()

    def walk(n) -> None:
        # Aliases share nodes: visit each node once (an alias bomb stays linear).
        if id(n) in seen:
            return
        seen.add(id(n))
        if isinstance(n, yaml.ScalarNode):
            if n.tag.endswith(":str") and n.value.strip():
                s, e = base + n.start_mark.index, base + n.end_mark.index
                raw = source[s:e]
                if raw == n.value:
                    b.add(n.value, s, e, "front_matter")
                elif raw[:1] in "\"'" and raw[1:-1] == n.value:
                    b.add(n.value, s + 1, e - 1, "front_matter")
                else:
                    _align(b, n.value, source, s, e, "front_matter")
                b.sep("\n\n", e)
        elif isinstance(n, yaml.MappingNode):
            for _k, v in n.value:
                walk(v)
        elif isinstance(n, yaml.SequenceNode):
            for v in n.value:
                walk(v)

    walk(node)
    return m.end()


def read_markdown(path: str, source: str) -> Document:
    """Markdown: front-matter fields, headings, paragraphs, list items, table
    cells, image alt texts, link texts and ``mailto:``/``tel:`` targets.

    Raises:
        InputError: broken front matter.
    """
    b = TextBuilder()
    meta: dict = {}
    body_start = _front_matter(path, source, b, meta)
    # Parse the body with the front matter blanked out (same length, so the
    # parser's line numbers stay those of the file).
    body = source
    if body_start:
        body = re.sub(r"[^\n]", " ", source[:body_start]) + source[body_start:]
    tokens = _markdown_parser().parse(body)
    # markdown-it counts lines after normalising \r\n and a lone \r to \n.
    lines = [0, *(m.end() for m in _MD_NEWLINE.finditer(source))]
    lines.append(len(source))

    def line_off(n: int) -> int:
        return lines[min(n, len(lines) - 1)]

    scope_stack: list[str] = []
    last_map = None
    for tok in tokens:
        if tok.map is not None:
            last_map = tok.map
        if tok.type == "heading_open":
            scope_stack.append("heading")
        elif tok.type == "heading_close" and scope_stack:
            scope_stack.pop()
        elif tok.type == "inline":
            mp = tok.map or last_map or [0, len(lines)]
            start, limit = line_off(mp[0]), line_off(mp[1])
            b.sep("\n\n", start)
            _inline(b, tok.children or [], source, start, limit, scope_stack[-1] if scope_stack else "text")
        elif tok.type in ("fence", "code_block") and tok.map:
            start, limit = line_off(tok.map[0]), line_off(tok.map[1])
            b.sep("\n\n", start)
            # a fence's content starts on the line after the opening fence: aligning from the fence itself could
            # skip to a later copy of the first line when the content's line breaks were "\r\n" in the source
            _align(b, tok.content, source, line_off(tok.map[0] + 1) if tok.type == "fence" else start, limit, "code")
        elif tok.type == "html_block" and tok.map:
            start, limit = line_off(tok.map[0]), line_off(tok.map[1])
            b.sep("\n\n", start)
            _html_into(b, source, start, limit)
    return Document(path=path, source=source, text=b.text(), pieces=b.pieces, kind="markdown", meta=meta)


def _inline(b: TextBuilder, children, source: str, cursor: int, limit: int, scope: str) -> None:
    link_scope = None
    for c in children:
        t = c.type
        if t in ("text", "code_inline"):
            cursor = _align(b, c.content, source, cursor, limit, link_scope or scope)
        elif t in ("softbreak", "hardbreak"):
            nl = _MD_NEWLINE.search(source, cursor, limit)  # \n, \r\n or a lone \r, as markdown-it
            if nl is None:
                b.add(" ", cursor, cursor, "sep")
            else:
                b.add("\n", nl.start(), nl.end(), "sep")
                cursor = nl.end()
        elif t == "link_open":
            link_scope = "link"
            href = c.attrs.get("href", "") if c.attrs else ""
            cursor = _link_target(b, href, source, cursor, limit, auto=c.markup == "autolink")
        elif t == "link_close":
            link_scope = None
            cursor = _skip_target(source, cursor, limit)
        elif t == "image":
            alt_start = cursor
            for g in c.children or []:
                if g.type in ("text", "code_inline"):
                    alt_start = _align(b, g.content, source, alt_start, limit, "alt")
            b.add(" ", alt_start, alt_start, "sep")
            cursor = _skip_target(source, alt_start, limit)
        elif t == "html_inline":
            pos = source.find(c.content, cursor, limit)
            if pos != -1:
                cursor = pos + len(c.content)


def _skip_target(source: str, cursor: int, limit: int) -> int:
    """Move the cursor past the ``](target "title")`` or ``][ref]`` that
    follows a link or image text in Markdown source."""
    m = _TARGET.match(source, cursor, limit)
    if m and m.group(1) is None:
        m = _TARGET_LOOSE.match(source, cursor, limit) or m     # a lone quote in the target
    return m.end() if m else cursor


#: ``](target "title")`` / ``][ref]``; a quoted title may hold a bracket (``"("``), which is not a nested one.
#: The alternatives exclude each other, so a failing match cannot backtrack exponentially.
_TARGET = re.compile(r"""\]\s*(\((?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)|[^()\n"'])*\)|\[[^\]\n]*\])?""")
_TARGET_LOOSE = re.compile(r"\]\s*(\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\]\n]*\])?")


def _link_target(b: TextBuilder, href: str, source: str, cursor: int, limit: int, auto: bool = False) -> int:
    """Scan ``mailto:``/``tel:`` link targets: they publish an address even if
    the link text does not show it. The cursor does not move (the target comes
    after the link text in Markdown). An autolink (``auto``: ``<mailto:a@b.nl>``)
    holds its target between its own angle brackets, not after a later ``](``."""
    low = href.lower()
    if low.startswith(("mailto:", "tel:")):
        from urllib.parse import unquote
        value = unquote(href.split(":", 1)[1].split("?", 1)[0])  # markdown-it percent-encodes hrefs
        if not value:
            return cursor
        if auto:
            close = source.find(">", cursor, limit)
            end = close if close != -1 else limit
            colon = source.find(":", cursor, end)
            if colon != -1:
                _align(b, value, source, colon + 1, end, "link")
                b.add(" ", cursor, cursor, "sep")
                return cursor
        paren = source.find("](", cursor, limit)
        start = paren + 2 if paren != -1 else cursor
        colon = source.find(":", start, limit)
        if paren != -1 and colon != -1:
            _align(b, value, source, colon + 1, limit, "link")
        else:  # a reference link: the target is in its definition, elsewhere in the file
            pos = source.find(value)
            b.add(value, *((pos, pos + len(value)) if pos != -1 else (cursor, cursor)), "link")
        b.add(" ", cursor, cursor, "sep")
    return cursor


# ------------------------------------------------------------------ HTML

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td "
    "tfoot th thead tr ul caption option".split())
_SKIP_TAGS = frozenset("script style template noscript svg math head object iframe canvas".split())
_SCOPE_TAGS = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
               "h6": "heading", "a": "link", "figcaption": "caption", "caption": "caption",
               "title": "title", "code": "code", "pre": "code"}
_ATTR_RE = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


class _HtmlTextParser(HTMLParser):
    """Collects visible text, alt/title texts and mailto/tel targets with offsets."""

    def __init__(self, b: TextBuilder, source: str, base: int, line_starts: list[int]):
        super().__init__(convert_charrefs=False)
        self.b, self.source, self.base, self.ls = b, source, base, line_starts
        self.skip = 0
        self.scopes: list[tuple[str, str]] = []
        self.comments: list[tuple[int, str]] = []

    def _abs(self) -> int:
        line, col = self.getpos()
        return self.base + self.ls[line - 1] + col

    def _scope(self) -> str:
        return self.scopes[-1][1] if self.scopes else "text"

    def handle_starttag(self, tag, attrs):
        pos = self._abs()
        if tag in _SKIP_TAGS and tag != "head":
            self.skip += 1
            return
        if tag in _BLOCK_TAGS:
            self.b.sep("\n" if tag == "br" else "\n\n", pos)
        if tag in _SCOPE_TAGS and tag not in ("br",):
            self.scopes.append((tag, _SCOPE_TAGS[tag]))
        if self.skip:
            return
        raw = self.get_starttag_text() or ""
        self._attrs(tag, raw, pos)

    def handle_startendtag(self, tag, attrs):
        pos = self._abs()
        if tag in _BLOCK_TAGS:
            self.b.sep("\n" if tag == "br" else "\n\n", pos)
        if not self.skip:
            self._attrs(tag, self.get_starttag_text() or "", pos)

    def _attrs(self, tag: str, raw: str, pos: int) -> None:
        wanted = []
        for m in _ATTR_RE.finditer(raw, len(tag) + 1):
            name = m.group(1).lower()
            gi = 2 if m.group(2) is not None else 3 if m.group(3) is not None else 4
            if m.group(gi) is None:
                continue
            value_raw, vs = m.group(gi), pos + m.start(gi)
            if name == "alt" or name == "title":
                wanted.append(("alt" if name == "alt" else "caption", value_raw, vs))
            elif name == "content" and tag == "meta" and re.search(r'name\s*=\s*["\']?(description|author)', raw, re.I):
                wanted.append(("meta", value_raw, vs))
            elif name == "href" and value_raw.lower().startswith(("mailto:", "tel:")):
                target = value_raw.split(":", 1)[1].split("?", 1)[0]
                wanted.append(("link", target, vs + value_raw.index(":") + 1))
        for scope, value_raw, vs in wanted:
            if not value_raw.strip():
                continue
            value = html.unescape(value_raw)
            if value == value_raw:
                self.b.add(value, vs, vs + len(value_raw), scope)
            else:
                _align(self.b, value, self.source, vs, vs + len(value_raw), scope)
            self.b.add(" ", vs + len(value_raw), vs + len(value_raw), "sep")

    def handle_endtag(self, tag):
        pos = self._abs()
        if tag in _SKIP_TAGS and tag != "head":
            self.skip = max(0, self.skip - 1)
            return
        if self.scopes and self.scopes[-1][0] == tag:
            self.scopes.pop()
        if tag in _BLOCK_TAGS:
            self.b.sep("\n\n", pos)

    def handle_data(self, data):
        if self.skip or not data:
            return
        pos = self._abs()
        if self.source.startswith(data, pos):
            self.b.add(data, pos, pos + len(data), self._scope())
        else:  # pragma: no cover - html.parser hands out exact slices
            _align(self.b, data, self.source, pos, pos + len(data) + 64, self._scope())

    def _ref(self, raw_len_guess: str, text: str):
        if self.skip:
            return
        pos = self._abs()
        end = pos + len(raw_len_guess)
        if self.source.startswith(";", end):
            end += 1
        self.b.add(text, pos, end, self._scope())

    def handle_entityref(self, name):
        self._ref("&" + name, html.unescape(f"&{name};"))

    def handle_charref(self, name):
        self._ref("&#" + name, html.unescape(f"&#{name};"))

    def handle_comment(self, data):
        self.comments.append((self._abs(), data))


def _html_into(b: TextBuilder, source: str, start: int, end: int) -> list[tuple[int, str]]:
    """Parse ``source[start:end]`` as HTML, appending its visible text to ``b``.

    Returns the comments found, as ``(source offset, text)``.
    """
    chunk = source[start:end]
    p = _HtmlTextParser(b, source, start, _line_starts(chunk))
    p.feed(chunk)
    p.close()
    return p.comments


def read_html(path: str, source: str) -> Document:
    """HTML: visible text by block, headings, link texts, image ``alt`` and
    ``title`` texts, ``mailto:``/``tel:`` targets and the meta description;
    ``script``/``style`` and similar are skipped."""
    b = TextBuilder()
    comments = _html_into(b, source, 0, len(source))
    return Document(path=path, source=source, text=b.text(), pieces=b.pieces, kind="html",
                    meta={"comments": comments})


READERS = {
    ".txt": read_text, ".text": read_text,
    ".md": read_markdown, ".markdown": read_markdown, ".mdx": read_markdown,
    ".html": read_html, ".htm": read_html,
}


def reader_for(path: str):
    """The reader function for a file name, by extension (``None`` if unsupported)."""
    import os
    return READERS.get(os.path.splitext(path)[1].lower())


__all__ = ["read_text", "read_markdown", "read_html", "reader_for", "READERS", "InputError"]
