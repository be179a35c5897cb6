"""The ``media:`` block of ``.socialcheck.yaml`` and the channel vocabulary
of image manifests.

```yaml
media:
  consent_register: toestemming.csv     # CSV export from the pupil administration
  columns:                              # register column names (optional: auto-detected)
    name: Naam leerling                 # or first_name / middle_name / last_name
    id: Leerlingnummer
    birth_date: Geboortedatum           # or birth_year / age (TWijs: own consent from 16)
    given_by: Toestemming door          # ouder / leerling (optional)
    website: Foto's op website          # purpose: column
    social-media: Foto's op sociale media
  channel_purposes: {yearbook: schoolgids}   # manifest channel → register purpose
  logos: [huisstijl/logo.png, huisstijl/logo-wit.png]
  logo_threshold: 10                    # max. perceptual-hash distance (bits of 64)
  faces: true                           # count faces when opencv is installed
  max_image_pixels: 89478485            # larger images are refused (decompression bombs)
  manifest: fotos/manifest.yaml         # like --manifest
```

Paths are relative to the config file (``config.read_raw`` resolves them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..protocols import CHANNELS as _PACK_CHANNELS

#: Channel ids a manifest may use: the rule packs' ids plus media-only ones.
CHANNELS = frozenset(_PACK_CHANNELS | {"social-media", "schoolgids", "yearbook", "print"})

#: Spellings users write in manifests, mapped to channel ids.
CHANNEL_ALIASES = {
    "nieuwsbrief": "newsletter", "jaarboek": "yearbook", "sociale media": "social-media",
    "social media": "social-media", "socials": "social-media", "klassenpagina": "class-page",
    "twitter": "x", "e-mail": "email", "mail": "email", "socialschools": "social-schools",
    "social schools": "social-schools", "ouder-app": "parent-group-app", "groepsapp": "parent-group-app",
    "drukwerk": "print", "site": "website", "schoolwebsite": "website", "insta": "instagram",
}

#: Default consent purpose (register column family) per channel.
DEFAULT_PURPOSES = {
    "website": "website", "blog": "website",
    "facebook": "social-media", "instagram": "social-media", "linkedin": "social-media", "x": "social-media",
    "tiktok": "social-media", "youtube": "social-media", "snapchat": "social-media", "whatsapp": "social-media",
    "social-media": "social-media",
    "newsletter": "newsletter", "schoolgids": "schoolgids", "yearbook": "yearbook", "print": "schoolgids",
    "parro": "closed", "social-schools": "closed", "ouderportaal": "closed", "parnassys": "closed",
    "class-page": "closed", "parent-group-app": "closed", "email": "closed",
}

#: Register column roles that are not consent purposes.
ROLE_COLUMNS = ("name", "first_name", "middle_name", "last_name", "id", "birth_date", "birth_year", "age",
                "given_by")

DEFAULT_LOGO_THRESHOLD = 10
DEFAULT_MAX_IMAGE_PIXELS = 89_478_485  # Pillow's own default (Image.MAX_IMAGE_PIXELS)

_KEYS = ("consent_register", "columns", "channel_purposes", "logos", "logo_threshold", "faces",
         "max_image_pixels", "manifest")


class MediaConfigError(ValueError):
    """Invalid ``media:`` settings; ``str()`` is one line naming the config file and key."""


def normalise_channel(value: str) -> str | None:
    """The channel id for a manifest spelling (``"Nieuwsbrief"`` → ``newsletter``), or ``None``."""
    v = " ".join(str(value).strip().lower().split())
    v = CHANNEL_ALIASES.get(v, v)
    return v if v in CHANNELS else None


@dataclass
class MediaSettings:
    """Validated ``media:`` settings (see module docstring)."""

    consent_register: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    channel_purposes: dict[str, str] = field(default_factory=dict)
    logos: list[str] = field(default_factory=list)
    logo_threshold: int = DEFAULT_LOGO_THRESHOLD
    faces: bool = True
    max_image_pixels: int = DEFAULT_MAX_IMAGE_PIXELS
    manifest: str | None = None

    def purpose_for(self, channel: str) -> str:
        """The register purpose a channel needs consent for (config wins over the defaults)."""
        return self.channel_purposes.get(channel) or DEFAULT_PURPOSES.get(channel, channel)


def media_settings(raw: dict | None, cfg_path: str | None) -> MediaSettings:
    """Validate the ``media`` mapping of a config.

    Raises:
        MediaConfigError: unknown key or wrong type; names ``cfg_path`` and the key.
    """
    raw = raw or {}
    where = cfg_path or ".socialcheck.yaml"

    def err(key: str, problem: str) -> MediaConfigError:
        return MediaConfigError(f"{where}: key 'media.{key}': {problem}")

    for k in raw:
        if k not in _KEYS:
            raise err(k, f"unknown key (allowed: {', '.join(_KEYS)})")
    s = MediaSettings()
    for k in ("consent_register", "manifest"):
        v = raw.get(k)
        if v is not None and not isinstance(v, str):
            raise err(k, "must be a file name")
        setattr(s, k, v)
    for k in ("columns", "channel_purposes"):
        v = raw.get(k) or {}
        if not isinstance(v, dict) or not all(isinstance(a, str) and isinstance(b, str) for a, b in v.items()):
            raise err(k, "must be a mapping of text to text")
        setattr(s, k, dict(v))
    for ch in s.channel_purposes:
        if normalise_channel(ch) is None:
            raise err("channel_purposes", f"unknown channel '{ch}' (known: {', '.join(sorted(CHANNELS))})")
    s.channel_purposes = {normalise_channel(a): b for a, b in s.channel_purposes.items()}
    logos = raw.get("logos") or []
    if not isinstance(logos, list) or not all(isinstance(x, str) for x in logos):
        raise err("logos", "must be a list of image files")
    s.logos = list(logos)
    for k, lo, hi in (("logo_threshold", 0, 64), ("max_image_pixels", 1, 10**10)):
        v = raw.get(k)
        if v is None:
            continue
        if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
            raise err(k, f"must be a whole number from {lo} to {hi}")
        setattr(s, k, v)
    if raw.get("faces") is not None:
        if not isinstance(raw["faces"], bool):
            raise err("faces", "must be true or false")
        s.faces = raw["faces"]
    return s
