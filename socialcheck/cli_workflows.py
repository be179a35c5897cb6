"""Commands for the places users work: ``baseline create|update``, ``init``
and ``redact``. Registered on :data:`socialcheck.cli.app` when ``cli`` is
imported. Heavy modules are imported inside the commands.

Every command follows the CLI conventions: bad input → one line on stderr
naming the file and the problem, exit 2, nothing written.
"""

from __future__ import annotations

import os
import sys
from typing import List, Optional

import click
import typer

from .cli import Lang, _fail, app
from .i18n import t

_TEXTS = {
    "nl": {
        "baseline_written": "Baseline geschreven: {path} ({n} bevinding(en) in {files} bestand(en)).",
        "baseline_exists": "{path}: baseline bestaat al (gebruik 'socialcheck baseline update' of --force)",
        "cannot_write": "{path}: kan niet schrijven ({err})",
        "init_exists": "{path}: bestaat al (gebruik --force om te overschrijven; het oude bestand blijft als .bak)",
        "init_written": "Geschreven: {path}. Probeer nu: socialcheck .",
        "init_aborted": "init afgebroken (gebruik --yes of flags om zonder vragen te werken)",
        "unknown_channel": "onbekend kanaal '{channel}' (bekend: {known})",
        "ask_protocol": "Stichting / protocol ({packs})",
        "ask_school": "Naam van de school (leeg = overslaan)",
        "ask_phone": "Algemeen telefoonnummer van de school (leeg = overslaan)",
        "ask_email": "Algemeen e-mailadres van de school (leeg = overslaan)",
        "ask_street": "Bezoekadres: straat en huisnummer (leeg = overslaan)",
        "ask_postcode": "Postcode van de school (leeg = overslaan)",
        "ask_channel": "Waar verschijnen teksten uit deze map? (website, facebook, parro ...; leeg = per bericht)",
        "redact_done": "{n} gegeven(s) vervangen{detail}.",
        "redact_remaining": "{n} andere bevinding(en) zijn geen tekst om weg te halen; controleer met 'socialcheck {path}'.",
        "redact_same": "{path}: -o is het invoerbestand; gebruik --in-place om het te overschrijven",
        "redact_both": "kies -o BESTAND of --in-place, niet allebei",
        "redact_stdin_inplace": "--in-place kan niet met '-' (stdin)",
        "redact_docx": "{path}: een .docx kan niet ter plekke worden aangepast; schrijf een tekstkopie met -o concept.veilig.txt",
        "redact_docx_out": "{path}: een geanonimiseerde kopie van een .docx wordt platte tekst; kies een naam op .txt",
        "names_style": "ongeldige waarde voor --names: '{value}' (initials of placeholder)",
    },
    "en": {
        "baseline_written": "Baseline written: {path} ({n} finding(s) in {files} file(s)).",
        "baseline_exists": "{path}: baseline already exists (use 'socialcheck baseline update' or --force)",
        "cannot_write": "{path}: cannot write ({err})",
        "init_exists": "{path}: already exists (use --force to overwrite; the old file is kept as .bak)",
        "init_written": "Written: {path}. Now try: socialcheck .",
        "init_aborted": "init aborted (use --yes or flags to run without questions)",
        "unknown_channel": "unknown channel '{channel}' (known: {known})",
        "ask_protocol": "Foundation / protocol ({packs})",
        "ask_school": "The school's name (empty = skip)",
        "ask_phone": "The school's general phone number (empty = skip)",
        "ask_email": "The school's general e-mail address (empty = skip)",
        "ask_street": "Visiting address: street and number (empty = skip)",
        "ask_postcode": "The school's postcode (empty = skip)",
        "ask_channel": "Where are texts from this folder published? (website, facebook, parro ...; empty = per post)",
        "redact_done": "{n} item(s) replaced{detail}.",
        "redact_remaining": "{n} other finding(s) are not text to cut out; check them with 'socialcheck {path}'.",
        "redact_same": "{path}: -o is the input file; use --in-place to overwrite it",
        "redact_both": "choose -o FILE or --in-place, not both",
        "redact_stdin_inplace": "--in-place cannot be used with '-' (stdin)",
        "redact_docx": "{path}: a .docx cannot be changed in place; write a text copy with -o draft.safe.txt",
        "redact_docx_out": "{path}: the anonymised copy of a .docx is plain text; choose a name ending in .txt",
        "names_style": "invalid value for --names: '{value}' (initials or placeholder)",
    },
}


#: What a prompt raises on end of input (typer has its own class since 0.16).
_ABORT = tuple({click.exceptions.Abort, getattr(typer, "Abort", click.exceptions.Abort), EOFError})


def _t(lang: str, key: str, **kw) -> str:
    return (_TEXTS.get(lang) or _TEXTS["nl"])[key].format(**kw)


def _lang(lang: Optional[Lang]) -> str:
    return lang.value if lang else "nl"


def _note(msg: str) -> None:
    """A status line for the user, on stderr (stdout may carry a document)."""
    sys.stderr.write(msg + "\n")


# ---------------------------------------------------------------- baseline

baseline_app = typer.Typer(help="Accept today's findings and report only new ones (.socialcheck-baseline.json).",
                           no_args_is_help=True, rich_markup_mode=None)
app.add_typer(baseline_app, name="baseline")


def _collect(paths: list[str], cache) -> tuple[list, list[str], list[str]]:
    """Findings for ``paths`` exactly as the check command finds them (files,
    folders, media folders), the paths checked, and one-line input errors.

    Raises:
        socialcheck.runner.FatalError: invalid config, rule pack or roster.
    """
    from .runner import RunOptions, collect

    first = cache.for_file(paths[0])
    got = collect(RunOptions(paths=list(paths)), cache, first, first.language)
    return got.findings, got.files, got.errors


def _baseline_cmd(paths, baseline_file, config, protocol, lang, update: bool, force: bool):
    """Shared body of ``baseline create`` and ``baseline update``."""
    from . import baseline as bl
    from . import protocols
    from .config import ConfigCache, ConfigError
    from .runner import FatalError

    ui = _lang(lang)
    paths = list(paths or ["."])
    cache = ConfigCache(config, {"protocol": protocol, "language": lang.value if lang else None})
    try:
        cfg = cache.for_file(paths[0])
        protocols.load(cfg.protocol)
        target = baseline_file or cfg.baseline or bl.DEFAULT_NAME
        if not update and os.path.exists(target) and not force:
            raise _fail(_t(ui, "baseline_exists", path=target), ui)
        findings, checked, errors = _collect(paths, cache)
    except (ConfigError, protocols.PackError, FatalError) as exc:
        raise _fail(str(exc), ui)
    if errors:
        for e in errors[:-1]:
            sys.stderr.write(t(ui, "usage_error", msg=e) + "\n")
        raise _fail(errors[-1], ui)
    base_dir = os.path.dirname(os.path.abspath(target))
    counts = bl.counts_for(findings, base_dir)
    if update and os.path.exists(target):
        try:
            old = bl.load(target)
        except bl.BaselineError as exc:
            raise _fail(str(exc), ui)
        scanned = {bl.rel_path(p, base_dir) for p in checked}
        old = type(old)({k: n for k, n in old.items() if os.path.exists(os.path.join(base_dir, k[0]))})
        counts = bl.merged(old, findings, base_dir, scanned)
    try:
        bl.write(target, counts)
    except OSError as exc:
        raise _fail(_t(ui, "cannot_write", path=target, err=exc.strerror or exc), ui)
    n_files = len({k[0] for k in counts})
    typer.echo(_t(ui, "baseline_written", path=target, n=sum(counts.values()), files=n_files))


_PATHS_HELP = "Files or folders (default: the current folder)."
_BASELINE_HELP = "Baseline file (default: 'baseline:' from the config, else .socialcheck-baseline.json)."


@baseline_app.command("create", help="Write a new baseline with every current finding.")
def baseline_create(
    paths: List[str] = typer.Argument(None, help=_PATHS_HELP),
    baseline_file: Optional[str] = typer.Option(None, "--baseline", "-b", help=_BASELINE_HELP),
    config: Optional[str] = typer.Option(None, "--config", "-c", help="Use this config file instead of discovery."),
    protocol: Optional[str] = typer.Option(None, "--protocol", "-p", help="Rule pack."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing baseline."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Language of messages (default nl)."),
):
    """``socialcheck baseline create``: exit 0 after writing, 2 on any input,
    config or write error (nothing written)."""
    _baseline_cmd(paths, baseline_file, config, protocol, lang, update=False, force=force)


@baseline_app.command("update", help="Refresh the entries of the given paths: fixed findings drop out, new ones "
                                     "are accepted; entries of other files stay.")
def baseline_update(
    paths: List[str] = typer.Argument(None, help=_PATHS_HELP),
    baseline_file: Optional[str] = typer.Option(None, "--baseline", "-b", help=_BASELINE_HELP),
    config: Optional[str] = typer.Option(None, "--config", "-c", help="Use this config file instead of discovery."),
    protocol: Optional[str] = typer.Option(None, "--protocol", "-p", help="Rule pack."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Language of messages (default nl)."),
):
    """``socialcheck baseline update``: as ``create``, but merges into an
    existing baseline (see :func:`socialcheck.baseline.merged`)."""
    _baseline_cmd(paths, baseline_file, config, protocol, lang, update=True, force=False)


# ---------------------------------------------------------------- init


@app.command("init", help="Write a commented .socialcheck.yaml for your school (asks, unless flags or --yes are given).")
def init_cmd(
    folder: str = typer.Argument(".", help="Folder to write .socialcheck.yaml in."),
    protocol: Optional[str] = typer.Option(None, "--protocol", "-p", help="Rule pack of the foundation."),
    school: Optional[str] = typer.Option(None, "--school", help="The school's name."),
    allow: Optional[List[str]] = typer.Option(None, "--allow", help="The school's own phone, e-mail, address (repeatable)."),
    channel: Optional[str] = typer.Option(None, "--channel", help="Where texts from this folder are published."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Ask nothing; use flags and defaults."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing config (kept as .bak)."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Language of questions, comments and messages."),
):
    """``socialcheck init``: exit 0 after writing; 2 (nothing written) for an
    existing config without ``--force``, an unknown protocol or channel, or
    end of input while asking."""
    from . import protocols
    from .config import CONFIG_NAMES, ConfigError, _validate
    from .atomic import write_atomic
    from .scaffold import InitAnswers, render
    from .yamlsafe import YamlError, load_limited

    ui = _lang(lang)
    if not os.path.isdir(folder):
        raise _fail(f"{folder}: {'map niet gevonden' if ui == 'nl' else 'folder not found'}", ui)
    existing = [os.path.join(folder, n) for n in CONFIG_NAMES if os.path.exists(os.path.join(folder, n))]
    target = existing[0] if existing else os.path.join(folder, CONFIG_NAMES[0])
    if existing and not force:
        raise _fail(_t(ui, "init_exists", path=target), ui)
    packs = protocols.available()
    answers = InitAnswers(protocol=protocol or "default", school=school or "", allow=list(allow or []),
                          channel=channel, lang=ui)
    interactive = not yes and protocol is None and school is None and not allow and channel is None
    if interactive:
        try:
            answers.protocol = typer.prompt(_t(ui, "ask_protocol", packs=", ".join(packs)), default="default")
            answers.school = typer.prompt(_t(ui, "ask_school"), default="", show_default=False)
            for key in ("ask_phone", "ask_email", "ask_street", "ask_postcode"):
                value = typer.prompt(_t(ui, key), default="", show_default=False)
                if value.strip():
                    answers.allow.append(value.strip())
            answers.channel = typer.prompt(_t(ui, "ask_channel"), default="", show_default=False).strip() or None
        except _ABORT:
            typer.echo("")
            raise _fail(_t(ui, "init_aborted"), ui)
    answers.protocol = answers.protocol.strip()
    try:
        protocols.load(answers.protocol)
    except protocols.PackError as exc:
        raise _fail(str(exc), ui)
    if answers.channel:
        answers.channel = answers.channel.strip().lower()
        if answers.channel not in protocols.CHANNELS:
            raise _fail(_t(ui, "unknown_channel", channel=answers.channel,
                           known=", ".join(sorted(protocols.CHANNELS))), ui)
    text = render(answers, packs)
    try:
        _validate(target, load_limited(text, "config"))
    except (ConfigError, YamlError) as exc:  # pragma: no cover - render() only writes valid keys
        raise _fail(f"{target}: {exc}", ui)
    try:
        write_atomic(target, text.encode("utf-8"), backup=bool(existing))
    except OSError as exc:
        raise _fail(_t(ui, "cannot_write", path=target, err=exc.strerror or exc), ui)
    typer.echo(_t(ui, "init_written", path=target))


# ---------------------------------------------------------------- redact


@app.command("redact", help="Write an anonymised copy: names → initials, contact data and identifiers → "
                            "[placeholders]. Prints to stdout unless -o or --in-place.")
def redact_cmd(
    path: str = typer.Argument(..., help="The draft ('-' reads stdin)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the copy to this file."),
    in_place: bool = typer.Option(False, "--in-place", help="Replace the input file (atomically; the original "
                                                           "is kept as FILE.bak)."),
    names: str = typer.Option("initials", "--names", help="initials (Sanne → S.) or placeholder ([naam])."),
    protocol: Optional[str] = typer.Option(None, "--protocol", "-p", help="Rule pack."),
    config: Optional[str] = typer.Option(None, "--config", "-c", help="Use this config file instead of discovery."),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", help="Name (and type) for text read from stdin."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Language of placeholders and messages (default nl)."),
):
    """``socialcheck redact``: exit 0 after writing the copy; 2 (nothing
    written) for unreadable input, bad config, ``-o`` naming the input, or
    ``--in-place`` on stdin or a ``.docx``."""
    from . import protocols
    from .config import ConfigCache, ConfigError
    from .documents import InputError, load
    from .engine import check_document
    from .atomic import write_atomic
    from .redact import NAME_STYLES, encode, redact_source
    from .roster import RosterError

    ui = _lang(lang)
    if names not in NAME_STYLES:
        raise _fail(_t(ui, "names_style", value=names), ui)
    if output and in_place:
        raise _fail(_t(ui, "redact_both"), ui)
    if in_place and path == "-":
        raise _fail(_t(ui, "redact_stdin_inplace"), ui)
    display = (stdin_filename or "-") if path == "-" else path
    if output and path != "-" and os.path.exists(output) and os.path.exists(path) \
            and os.path.samefile(output, path):
        raise _fail(_t(ui, "redact_same", path=output), ui)
    cache = ConfigCache(config, {"protocol": protocol, "language": lang.value if lang else None,
                                 "min_severity": "info"})
    try:
        cfg = cache.for_file(path if path != "-" else "-")
        data = sys.stdin.buffer.read() if path == "-" else None
        doc = load(path if path != "-" else display, cfg.max_file_size, display=display, data=data,
                   kind_hint=(stdin_filename or "stdin.txt") if path == "-" else None)
        findings = check_document(doc, cfg)
    except InputError as exc:
        raise _fail(str(exc), ui)
    except (ConfigError, protocols.PackError, RosterError) as exc:
        raise _fail(str(exc), ui)
    is_docx = doc.kind == "docx"
    if is_docx and in_place:
        raise _fail(_t(ui, "redact_docx", path=display), ui)
    if is_docx and output and output.lower().endswith(".docx"):
        raise _fail(_t(ui, "redact_docx_out", path=output), ui)
    result = redact_source(doc.source, findings, lang=cfg.language if not lang else ui, names=names)
    text = result.text
    if is_docx and not text.endswith("\n"):
        text += "\n"
    try:
        if in_place:
            write_atomic(path, encode(text, doc.meta.get("encoding")), backup=True)
        elif output:
            write_atomic(output, encode(text, None if is_docx else doc.meta.get("encoding")))
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    except OSError as exc:
        raise _fail(_t(ui, "cannot_write", path=path if in_place else output, err=exc.strerror or exc), ui)
    n = sum(result.replaced.values())
    detail = ""
    if n:
        detail = " (" + ", ".join(f"{c} {k}" for c, k in sorted(result.replaced.items())) + ")"
    _note(_t(ui, "redact_done", n=n, detail=detail))
    if result.remaining:
        _note(_t(ui, "redact_remaining", n=len(result.remaining), path=display))
