"""Safe, bounded YAML loading for config files, rule packs, manifests and front matter.

PyYAML's ``safe_load`` builds no arbitrary objects, but an alias bomb
("billion laughs") or a huge document can still exhaust memory in the code
that walks the result. These helpers refuse documents that are too large,
use too many aliases or nest too deeply, and turn every YAML error into one
line: ``line N, column M: problem``.
"""

from __future__ import annotations

import yaml

try:  # the C loader is ~10x faster where available
    _BaseLoader = yaml.CSafeLoader  # type: ignore[attr-defined]
except AttributeError:  # pragma: no cover
    _BaseLoader = yaml.SafeLoader

#: Limits for any YAML document the tool reads.
MAX_YAML_BYTES = 5 * 1024 * 1024
MAX_ALIASES = 100
MAX_DEPTH = 50


class YamlError(ValueError):
    """A YAML document is invalid or exceeds a limit; ``str()`` is one line."""


class SafeLineLoader(yaml.SafeLoader):
    """Pure-Python safe loader (used where node marks are needed)."""


def _one_line(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is not None:
        return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"
    return problem


def _check_events(text: str) -> None:
    aliases = 0
    depth = 0
    for ev in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(ev, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise YamlError(f"more than {MAX_ALIASES} aliases (possible YAML bomb); refused")
        elif isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlError(f"nested more than {MAX_DEPTH} levels deep; refused")
        elif isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def read_limited(path: str, what: str = "YAML file") -> str:
    """Read a UTF-8 YAML file without ever holding more than the size limit.

    Returns:
        The text of the file.

    Raises:
        YamlError: not a regular file (a FIFO or device, which could block
            reading forever) or larger than :data:`MAX_YAML_BYTES` (checked
            before reading, so a 100 MB file costs no memory).
        OSError: missing or unreadable (the caller words the message).
        UnicodeDecodeError: not UTF-8.
    """
    import os
    import stat

    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "Is a directory", path)
    if not stat.S_ISREG(st.st_mode):
        raise YamlError(f"{what} is not a regular file (a FIFO or device?)")
    if st.st_size > MAX_YAML_BYTES:
        raise YamlError(f"{what} is too large ({st.st_size:,} bytes; limit {MAX_YAML_BYTES:,})")
    with open(path, encoding="utf-8") as fh:
        text = fh.read(MAX_YAML_BYTES + 1)
    if len(text) > MAX_YAML_BYTES:
        raise YamlError(f"{what} is too large (over {MAX_YAML_BYTES:,} characters)")
    return text


def load_limited(text: str, what: str = "YAML"):
    """Parse ``text`` with the safe loader within the limits above.

    Returns:
        The Python object (``None`` for an empty document).

    Raises:
        YamlError: syntax error (with line and column), too large, too many
            aliases, too deep, or more than one document.
    """
    if len(text) > MAX_YAML_BYTES:
        raise YamlError(f"{what} is too large ({len(text):,} characters; limit {MAX_YAML_BYTES:,})")
    try:
        _check_events(text)
        return yaml.load(text, Loader=_BaseLoader)
    except YamlError:
        raise
    except yaml.YAMLError as exc:
        raise YamlError(_one_line(exc)) from None
    except RecursionError:
        raise YamlError("nested too deeply; refused") from None


def construct(node):
    """Python value of a node tree from :func:`compose_limited` (safe types
    only). Shared (aliased) nodes become shared objects, so this is linear in
    the size of the document even for an alias bomb.

    Raises:
        YamlError: a value the safe constructor refuses (one line).
    """
    loader = _BaseLoader("")
    try:
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise YamlError(_one_line(exc)) from None
    except RecursionError:
        raise YamlError("nested too deeply; refused") from None
    finally:
        loader.dispose()


def compose_limited(text: str, what: str = "YAML", fast: bool = False):
    """Like :func:`load_limited` but returns the node tree (with source marks).

    ``fast=True`` composes with the C loader where available (about 10x
    faster; its marks also count code points, as the pure-Python loader's do).
    """
    if len(text) > MAX_YAML_BYTES:
        raise YamlError(f"{what} is too large ({len(text):,} characters; limit {MAX_YAML_BYTES:,})")
    try:
        _check_events(text)
        return yaml.compose(text, Loader=_BaseLoader if fast else SafeLineLoader)
    except YamlError:
        raise
    except yaml.YAMLError as exc:
        raise YamlError(_one_line(exc)) from None
    except RecursionError:
        raise YamlError("nested too deeply; refused") from None
