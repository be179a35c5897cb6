"""Command line: ``socialcheck PATH... [OPTIONS]`` and subcommands.

Exit codes (ruff/yamllint conventions): ``0`` nothing at or above
``--fail-level``; ``1`` findings; ``2`` usage, config, rule-pack or input
error, reported as one line on stderr without a traceback.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import List, Optional

import click
import typer
from typer.core import TyperGroup

from . import __version__
from .i18n import t


class _DefaultGroup(TyperGroup):
    """A group whose unknown first word is a path for the default ``check`` command."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        elif not args:
            args = ["check"]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx):
        return [c for c in super().list_commands(ctx)]


app = typer.Typer(cls=_DefaultGroup, add_completion=False, context_settings={"help_option_names": ["-h", "--help"]},
                  help="Pre-checker for Dutch schools: finds personal data and protocol breaches before you publish.\n\n"
                       "Run 'socialcheck FILE...' (or '-' for stdin); 'socialcheck rules' lists the protocol articles.",
                  rich_markup_mode=None, pretty_exceptions_enable=False)


class Format(str, Enum):
    auto = "auto"
    rich = "rich"
    json = "json"
    parsable = "parsable"
    sarif = "sarif"
    github = "github"


class Lang(str, Enum):
    nl = "nl"
    en = "en"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def _fail(msg: str, lang: str = "nl") -> "typer.Exit":
    sys.stderr.write(t(lang, "usage_error", msg=msg) + "\n")
    return typer.Exit(2)


def _version(value: bool):
    if value:
        typer.echo(f"socialcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")):
    """Pre-checker for Dutch schools."""


@app.command("check", help="Check files, folders or '-' (stdin). This is the default command.")
def check_cmd(
    paths: List[str] = typer.Argument(None, help="Files or folders to check; '-' reads stdin."),
    protocol: Optional[str] = typer.Option(None, "--protocol", "-p", help="Rule pack: lithora, twijs, som, kalisto, onderwijs-primair, default."),
    fmt: Format = typer.Option(Format.rich, "--format", "-f", help="Output format."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Language of messages (default nl)."),
    redact: bool = typer.Option(False, "--redact", help="Mask every match in the output."),
    fail_level: Optional[Level] = typer.Option(None, "--fail-level", help="Exit 1 on findings at or above this severity (default error)."),
    min_severity: Optional[Level] = typer.Option(None, "--min-severity", help="Hide findings below this severity."),
    config: Optional[str] = typer.Option(None, "--config", "-c", help="Use this config file instead of discovery."),
    channel: Optional[str] = typer.Option(None, "--channel", help="Where the text will be published (facebook, parro, website ...)."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these checks (repeatable)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these checks (repeatable)."),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", help="Name (and type) for text read from stdin."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Report only findings not in this baseline file."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes for folders (0 = all cores)."),
    manifest: Optional[str] = typer.Option(None, "--manifest", help="Image manifest for a media folder."),
):
    from .runner import RunOptions, run

    ui_lang = lang.value if lang else _env_lang()
    if not paths:
        raise _fail(t(ui_lang, "no_inputs"), ui_lang)
    from . import registry
    for c in [*(select or []), *(ignore or [])]:
        if not registry.is_known(c):
            raise _fail(t(ui_lang, "unknown_check", check=c), ui_lang)
    opts = RunOptions(
        paths=list(paths), protocol=protocol, fmt=fmt.value, output=output, lang=lang.value if lang else None,
        redact=redact, fail_level=fail_level.value if fail_level else None,
        min_severity=min_severity.value if min_severity else None, config=config, channel=channel,
        select=list(select or []), ignore=list(ignore or []), stdin_filename=stdin_filename,
        baseline=baseline, jobs=jobs, manifest=manifest)
    code = run(opts)
    raise typer.Exit(code)


def _env_lang() -> str:
    return "nl"


@app.command("rules", help="Show the articles of a protocol pack and the checks they map to.")
def rules_cmd(
    protocol: Optional[str] = typer.Option(None, "--protocol", "-p", help="Pack to show (default: from config, else 'default')."),
    lang: Lang = typer.Option(Lang.nl, "--lang"),
    fmt: Format = typer.Option(Format.rich, "--format", "-f", help="rich or json."),
    config: Optional[str] = typer.Option(None, "--config", "-c"),
):
    from . import protocols
    from .config import ConfigCache, ConfigError

    try:
        name = protocol or ConfigCache(config).for_file(".").protocol
        pack = protocols.load(name)
    except (protocols.PackError, ConfigError) as exc:
        raise _fail(str(exc), lang.value)
    from .reporters.tables import print_rules
    print_rules(pack, lang.value, fmt.value)


@app.command("explain", help="Explain a check, with a bad and a good example and the articles it maps to.")
def explain_cmd(
    check: str = typer.Argument(..., help="Check id, e.g. person-name."),
    lang: Lang = typer.Option(Lang.nl, "--lang"),
):
    from . import registry
    if not registry.is_known(check):
        raise _fail(t(lang.value, "unknown_check", check=check), lang.value)
    from .reporters.tables import print_explain
    print_explain(registry.get(check), lang.value)


@app.command("strip-metadata", help="Write copies of images without hidden metadata (EXIF, XMP, IPTC, comments); "
                                     "pixels, ICC profile and orientation are kept.")
def strip_metadata_cmd(
    paths: List[str] = typer.Argument(..., help="Image files or folders."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Folder for the cleaned copies (default ./stripped)."),
    in_place: bool = typer.Option(False, "--in-place", help="Replace the originals (atomically) instead of writing copies."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Language of messages (default nl)."),
):
    if output and in_place:
        raise _fail("-o/--output and --in-place exclude each other", lang.value if lang else "nl")
    from .media.strip import strip_paths
    raise typer.Exit(strip_paths(list(paths), output, in_place, lang.value if lang else _env_lang()))


from . import cli_workflows  # noqa: E402,F401  (registers baseline, init, redact)


def _safe_streams() -> None:
    """Make stdout/stderr unable to crash on a character: under ``LANG=C``,
    ``LC_ALL=C PYTHONUTF8=0`` or ``PYTHONIOENCODING=ascii`` Python's streams
    are ASCII and Dutch text (``é``, ``ë``) raised ``UnicodeEncodeError``.
    ASCII streams become UTF-8; any other encoding is kept but unencodable
    characters are replaced instead of raising."""
    import codecs
    for stream in (sys.stdout, sys.stderr):
        enc = getattr(stream, "encoding", None)
        try:
            ascii_only = codecs.lookup(enc or "ascii").name == "ascii"
        except LookupError:
            ascii_only = True
        try:
            if ascii_only:
                stream.reconfigure(encoding="utf-8", errors="replace")
            elif getattr(stream, "errors", "strict") == "strict":
                stream.reconfigure(errors="replace")
        except (AttributeError, ValueError, OSError):  # not a TextIOWrapper (tests, IDEs)
            pass


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point. Exits with the command's exit code."""
    _safe_streams()
    try:
        app(args=argv, prog_name="socialcheck", standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover
        sys.stderr.write("socialcheck: interrupted\n")
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
