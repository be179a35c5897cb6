"""``socialcheck init``: a commented ``.socialcheck.yaml`` for a school.

:func:`render` builds the file text from the answers; it is validated with the
same rules as any config file before it is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

_HEAD = {
    "nl": """\
# socialcheck: instellingen voor deze map en alles eronder.
# Gemaakt met 'socialcheck init'. Uitleg van alle sleutels: docs/workflows.md.

# Het protocol sociale media van de stichting (regelset): {packs}.
protocol: {protocol}
""",
    "en": """\
# socialcheck: settings for this folder and everything below it.
# Written by 'socialcheck init'. All keys are explained in docs/workflows.md.

# The foundation's social-media protocol (rule pack): {packs}.
protocol: {protocol}
""",
}
_SCHOOL = {
    "nl": "\n# Naam van de school: telt mee als 'de school' in disclaimer- en rolcontroles.\n",
    "en": "\n# The school's name: counts as 'the school' in the disclaimer and role checks.\n",
}
_CHANNEL = {
    "nl": "\n# Waar teksten uit deze map verschijnen (website, facebook, parro ...).\n"
          "# Laat weg als dat per bericht verschilt en geef dan --channel mee.\n",
    "en": "\n# Where texts from this folder are published (website, facebook, parro ...).\n"
          "# Leave out if it differs per post, and pass --channel instead.\n",
}
_ALLOW = {
    "nl": "\n# Gegevens die wel openbaar mogen: de eigen contactgegevens van de school.\n",
    "en": "\n# Data that may be published: the school's own contact details.\n",
}
_TAIL = {
    "nl": """
# Meer mogelijkheden (haal het # weg om te gebruiken):
# language: en                       # meldingen in het Engels
# ignore: [child-age]                # deze checks nooit
# per_file_ignores:                  # checks die voor sommige bestanden niet gelden
#   "archief/*.md": [person-name]
# exclude: ["concepten/oud/*"]       # overslaan bij het doorlopen van mappen
# baseline: .socialcheck-baseline.json
# known_names: leerlingen.csv        # namenlijst van de school (nooit in git zetten)
# extends: ../.socialcheck.yaml      # instellingen van de stichting overnemen
""",
    "en": """
# More options (remove the # to use them):
# language: nl                       # messages in Dutch
# ignore: [child-age]                # never these checks
# per_file_ignores:                  # checks that do not apply to some files
#   "archive/*.md": [person-name]
# exclude: ["drafts/old/*"]          # skipped when walking folders
# baseline: .socialcheck-baseline.json
# known_names: pupils.csv            # the school's list of names (never commit it)
# extends: ../.socialcheck.yaml      # take over the foundation's settings
""",
}


@dataclass
class InitAnswers:
    """What ``socialcheck init`` asks for.

    Attributes:
        protocol: rule pack name.
        school: the school's name ("" = leave out).
        allow: the school's own phone, e-mail, address ... (allow-list).
        channel: default publication channel (``None`` = leave out).
        lang: language of the comments and messages (``nl``/``en``).
    """

    protocol: str = "default"
    school: str = ""
    allow: list[str] = field(default_factory=list)
    channel: str | None = None
    lang: str = "nl"


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def render(answers: InitAnswers, packs: list[str]) -> str:
    """The text of ``.socialcheck.yaml`` for ``answers`` (``packs``: names to list)."""
    lang = answers.lang if answers.lang in _HEAD else "nl"
    out = [_HEAD[lang].format(packs=", ".join(packs), protocol=answers.protocol)]
    if answers.lang == "en":
        out.append("language: en\n")
    out.append(_SCHOOL[lang])
    out.append(f"school: {_q(answers.school)}\n" if answers.school else "# school: \"OBS De Voorbeeldschool\"\n")
    out.append(_CHANNEL[lang])
    out.append(f"channel: {answers.channel}\n" if answers.channel else "# channel: website\n")
    out.append(_ALLOW[lang])
    allow = [a.strip() for a in answers.allow if a and a.strip()]
    if allow:
        out.append("allow:\n" + "".join(f"  - {_q(a)}\n" for a in allow))
    else:
        out.append("# allow:\n#   - \"030 123 45 67\"\n#   - \"info@voorbeeldschool.nl\"\n")
    out.append(_TAIL[lang])
    return "".join(out)
