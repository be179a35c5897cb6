"""Core value types: severities, spans, protocol references and findings.

All offsets are 0-based character (code point) offsets; ``end`` is exclusive.
Lines and columns are 1-based, columns counted in code points, as ruff,
yamllint and SARIF (``columnKind: unicodeCodePoints``) do.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    """How serious a finding is. Ordered: ``INFO < WARNING < ERROR``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> "Severity":
        """Return the severity named ``value`` (``error``/``warning``/``info``).

        Raises:
            ValueError: for any other name.
        """
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    @property
    def label(self) -> str:
        """The lower-case name used in every output format."""
        return self.name.lower()


class Category(str, enum.Enum):
    """Family a check belongs to."""

    PERSONAL_DATA = "personal-data"
    CONDUCT = "conduct"
    MEDIA = "media"
    TOOL = "tool"


def _fast_frozen_init(cls: type) -> type:
    """Give the frozen, slotted dataclass ``cls`` a faster ``__init__``: the
    same parameters, defaults and result as the ``__init__`` that
    ``dataclass`` writes, which calls ``object.__setattr__`` per field (a
    frozen class must bypass its own ``__setattr__``) and so makes a finding
    several times slower to build.

    The new ``__init__`` makes the instance, while it sets the fields, one of
    a plain class with the same slots (assigning ``__class__`` is allowed
    between classes of the same layout), whose attributes are plain stores
    into the slots; then it makes it a ``cls`` again. An instance of a
    subclass of ``cls`` (whose layout may differ) gets each field through its
    slot's descriptor instead.

    Raises:
        TypeError: ``cls`` has a field this does not handle (a default factory,
            ``init=False``, keyword-only) or a ``__post_init__``.
    """
    params, fast, slow = [], [], []
    names = {"_cls": cls, "_twin": type(f"_{cls.__name__}Slots", (), {"__slots__": cls.__slots__}),
             "_set_class": object.__dict__["__class__"].__set__}
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING or not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: not a plain field")
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        fast.append(f"        self.{f.name} = {f.name}\n")
        slow.append(f"        _set_{f.name}(self, {f.name})\n")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has a __post_init__")
    exec(f"def __init__(self, {', '.join(params)}):\n"
         f"    if type(self) is _cls:\n        _set_class(self, _twin)\n{''.join(fast)}        self.__class__ = _cls\n"
         f"    else:\n{''.join(slow) or '        pass'}\n", names)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = {**cls.__init__.__annotations__}
    cls.__init__ = init
    return cls


@_fast_frozen_init
@dataclass(frozen=True, slots=True)
class Span:
    """A detector hit over ``Document.text``.

    Attributes:
        start, end: offsets into ``Document.text`` (end exclusive).
        check: the check id (kebab-case, see :mod:`socialcheck.registry`).
        score: confidence in ``[0, 1]``.
        detector: name of the detector that produced the span.
        variant: optional message variant (e.g. ``functional`` for info@ addresses,
            ``pupil`` for a pupil's name); selects a message and may lower severity.
        severity: optional override of the check's default severity.
    """

    start: int
    end: int
    check: str
    score: float = 1.0
    detector: str = ""
    variant: str | None = None
    severity: Severity | None = None


@_fast_frozen_init
@dataclass(frozen=True, slots=True)
class ProtocolRef:
    """An article of a protocol that a finding breaks (source: the rule pack)."""

    protocol: str
    article: str
    summary: str
    title: str = ""

    def as_dict(self) -> dict:
        """JSON-ready form: ``{protocol, article, title, summary}``."""
        return {"protocol": self.protocol, "article": self.article,
                "title": self.title, "summary": self.summary}


@_fast_frozen_init
@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in one file, ready for filters and reporters.

    ``start``/``end`` are 0-based offsets into the decoded *source* text of the
    file (not the extracted reader text); ``line``/``column`` and
    ``end_line``/``end_column`` are 1-based positions of those offsets.
    ``fingerprint`` is ``sha256(check, path, normalised match)`` in hex and never
    contains the plain match. ``detector`` names what produced it (a detector
    or rule group such as ``conduct.opinion``, or ``conduct.model`` for the
    learned sentence scorer).
    """

    path: str
    check: str
    category: str
    severity: Severity
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    match: str
    scope: str = "text"
    score: float = 1.0
    suggestion: str = ""
    protocol_refs: tuple[ProtocolRef, ...] = ()
    fingerprint: str = ""
    variant: str | None = None
    source_line: str = field(default="", compare=False)
    detector: str = ""

    def sort_key(self) -> tuple:
        """Stable order: path, position, check."""
        return (self.path, self.start, self.end, self.check)

    def as_dict(self, redact: bool = False) -> dict:
        """The stable JSON shape of a finding (see README, "JSON output")."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "check": self.check,
            "category": self.category,
            "severity": self.severity.label,
            "message": self.message,
            "match": redact_text(self.match) if redact else self.match,
            "scope": self.scope,
            "score": round(self.score, 3),
            "protocol_refs": [r.as_dict() for r in self.protocol_refs],
            "suggestion": self.suggestion,
            "fingerprint": self.fingerprint,
            "detector": self.detector,
        }


def normalise_match(text: str) -> str:
    """Normalise a match for fingerprints and allow-lists: case-folded, with
    runs of whitespace collapsed to one space."""
    return " ".join(text.casefold().split())


def fingerprint(check: str, path: str, match: str) -> str:
    """``sha256("check\\0path\\0normalised match")`` as 64 hex digits."""
    return fingerprinter(check, path)(match)


def fingerprinter(check: str, path: str) -> Callable[[str], str]:
    """A function ``match -> fingerprint(check, path, match)`` for many matches
    of one check in one file (the hash of ``check`` and ``path`` is made once)."""
    h = hashlib.sha256()
    h.update(check.encode())
    h.update(b"\0")
    h.update(path.replace("\\", "/").encode("utf-8", "surrogatepass"))
    h.update(b"\0")

    def fingerprint_of(match: str) -> str:
        g = h.copy()
        g.update(normalise_match(match).encode("utf-8", "surrogatepass"))
        return g.hexdigest()
    return fingerprint_of


def redact_text(text: str) -> str:
    """Mask a match for output: keep its first character and length shape,
    replace letters and digits with ``•`` (``"Sanne"`` → ``"S••••"``)."""
    if not text:
        return text
    out = [text[0] if not text[0].isdigit() else "•"]
    out.extend("•" if ch.isalnum() else ch for ch in text[1:])
    return "".join(out)
