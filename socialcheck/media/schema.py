"""A small JSON Schema validator that works on PyYAML *nodes*, so every
problem can name the line and column it was found at.

It implements the subset of JSON Schema 2020-12 that
``socialcheck/media/manifest.schema.json`` uses: ``$ref`` to ``#/$defs/...``,
``anyOf``, ``type`` (string, integer, number, boolean, null, array, object),
``properties``, ``required``, ``additionalProperties: false``, ``items``,
``minItems``, ``minLength`` and ``format: date``. Two YAML-friendly
deviations: an unquoted YAML date (``2024-06-12``, tag ``timestamp``) counts
as a string, and a duplicate key in a mapping is an error (JSON Schema never
sees it because a YAML loader keeps the last value).

Array indexes in paths are 1-based, as in the rest of socialcheck's messages
(``images[3].channels``).
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass

import yaml

from .texts import mt

SCHEMA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "manifest.schema.json")

_TAGS = {
    "tag:yaml.org,2002:str": "string", "tag:yaml.org,2002:int": "integer", "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:bool": "boolean", "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "timestamp", "tag:yaml.org,2002:binary": "binary",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@functools.cache
def manifest_schema() -> dict:
    """The published manifest schema (``manifest.schema.json``), parsed once."""
    with open(SCHEMA_PATH, encoding="utf-8") as fh:
        return json.load(fh)


@dataclass(frozen=True)
class Issue:
    """One schema violation: where (``node`` marks, ``path``) and what (``message``, localised)."""

    path: str
    message: str
    line: int
    column: int


def kind(node: yaml.Node) -> str:
    """JSON type name of a node: ``object``, ``array`` or a scalar type
    (``string``, ``integer``, ``number``, ``boolean``, ``null``, ``timestamp``)."""
    if isinstance(node, yaml.MappingNode):
        return "object"
    if isinstance(node, yaml.SequenceNode):
        return "array"
    return _TAGS.get(node.tag, "string")


def _resolve(schema: dict, root: dict) -> dict:
    while "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $ref is supported: {ref}")
        target = root
        for part in ref[2:].split("/"):
            target = target[part]
        extra = {k: v for k, v in schema.items() if k not in ("$ref", "description", "title")}
        schema = {**target, **extra}
    return schema


def describe(schema: dict, root: dict, lang: str) -> str:
    """What a schema expects, in words (``"tekst of een lijst van tekst"``)."""
    schema = _resolve(schema, root)
    if "anyOf" in schema:
        return mt(lang, "or").join(dict.fromkeys(describe(s, root, lang) for s in schema["anyOf"]))
    typ = schema.get("type")
    if typ == "array" and "items" in schema:
        return mt(lang, "list_of", what=describe(schema["items"], root, lang))
    if typ == "string" and schema.get("format") == "date":
        return mt(lang, "t_date")
    return mt(lang, f"t_{typ}") if typ else "?"


def _type_ok(actual: str, expected: str) -> bool:
    if actual == expected:
        return True
    if expected == "string" and actual == "timestamp":
        return True
    return expected == "number" and actual == "integer"


def validate(node: yaml.Node, schema: dict | None = None, lang: str = "nl") -> list[Issue]:
    """All violations of ``schema`` (default: the manifest schema) by ``node``."""
    root = schema or manifest_schema()
    issues: list[Issue] = []
    _check(node, root, root, "", issues, lang)
    return issues


def _issue(issues: list[Issue], node: yaml.Node, path: str, message: str) -> None:
    issues.append(Issue(path or "(manifest)", message, node.start_mark.line + 1, node.start_mark.column + 1))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _check(node, schema, root, path, issues, lang) -> None:
    schema = _resolve(schema, root)
    actual = kind(node)
    if "anyOf" in schema:
        attempts = []
        for sub in schema["anyOf"]:
            trial: list[Issue] = []
            _check(node, sub, root, path, trial, lang)
            if not trial:
                return
            attempts.append((sub, trial))
        # Prefer the branch whose type matches: its problem is the useful one.
        for sub, trial in attempts:
            typ = _resolve(sub, root).get("type")
            if typ and _type_ok(actual, typ):
                issues.extend(trial)
                return
        _issue(issues, node, path, mt(lang, "m_type", expected=describe(schema, root, lang),
                                      actual=mt(lang, f"t_{'date' if actual == 'timestamp' else actual}")))
        return
    typ = schema.get("type")
    if typ and not _type_ok(actual, typ):
        _issue(issues, node, path, mt(lang, "m_type", expected=describe(schema, root, lang),
                                      actual=mt(lang, f"t_{'date' if actual == 'timestamp' else actual}")))
        return
    if actual == "object":
        props = schema.get("properties", {})
        seen: dict[str, yaml.Node] = {}
        for knode, vnode in node.value:
            key = knode.value if isinstance(knode, yaml.ScalarNode) else "?"
            if key in seen:
                _issue(issues, knode, _join(path, key), mt(lang, "m_duplicate_key", key=key))
                continue
            seen[key] = vnode
            if key in props:
                _check(vnode, props[key], root, _join(path, key), issues, lang)
            elif schema.get("additionalProperties") is False:
                _issue(issues, knode, _join(path, key), mt(lang, "m_unknown", key=key, allowed=", ".join(props)))
        for key in schema.get("required", ()):
            if key not in seen:
                _issue(issues, node, path, mt(lang, "m_required", key=key))
    elif actual == "array":
        if len(node.value) < schema.get("minItems", 0):
            _issue(issues, node, path, mt(lang, "m_min_items", n=schema["minItems"]))
        if "items" in schema:
            for i, item in enumerate(node.value, 1):
                _check(item, schema["items"], root, f"{path}[{i}]", issues, lang)
    elif actual in ("string", "timestamp"):
        value = node.value
        if len(value.strip()) < schema.get("minLength", 0):
            _issue(issues, node, path, mt(lang, "m_min_length"))
        if schema.get("format") == "date" and not _DATE.match(value.strip()):
            _issue(issues, node, path, mt(lang, "m_date"))
    if "enum" in schema and isinstance(node, yaml.ScalarNode) and node.value not in schema["enum"]:
        _issue(issues, node, path, mt(lang, "m_enum", values=", ".join(map(str, schema["enum"]))))
