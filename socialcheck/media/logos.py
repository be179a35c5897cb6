"""Approved logo designs and the perceptual-hash comparison (``logo-design``).

A logo file is reduced to a 64-bit perceptual hash (``imagehash.phash``: the
signs of the lowest 8x8 DCT coefficients of a 32x32 greyscale copy).
Transparent pixels are first composited onto white, so a PNG logo with an
alpha channel hashes like the same logo on a white page.

Threshold: two files show the same design when the Hamming distance of
their hashes is at most ``media.logo_threshold`` (default 10 of 64 bits).
Re-saving, rescaling (e.g. 1000 → 200 px) and JPEG compression of one design
change only a few bits; a different design typically differs in 20 or
more. Colour variants (a white logo on dark) are different designs: list
every approved variant in ``media.logos``.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass

HASH_SIZE = 8


class LogoError(ValueError):
    """A logo file cannot be read as an image; ``str()`` is ``path: problem``."""


def logo_hash(path: str, max_pixels: int):
    """The perceptual hash (``imagehash.ImageHash``, 64 bits) of an image file.

    Raises:
        LogoError: the file is missing, not an image, or too large.
    """
    import imagehash
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # broken metadata in a logo file does not matter here
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            old = Image.MAX_IMAGE_PIXELS
            Image.MAX_IMAGE_PIXELS = max_pixels
            try:
                with Image.open(path) as im:
                    im.draft("RGB", (256, 256))
                    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
                        rgba = im.convert("RGBA")
                        bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
                        flat = Image.alpha_composite(bg, rgba).convert("L")
                    else:
                        flat = im.convert("L")
                    return imagehash.phash(flat, hash_size=HASH_SIZE)
            finally:
                Image.MAX_IMAGE_PIXELS = old
    except FileNotFoundError:
        raise LogoError(f"{path}: file not found") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise LogoError(f"{path}: image too large (more than {max_pixels:,} pixels)") from None
    except Exception as exc:  # Pillow raises many types for broken files
        raise LogoError(f"{path}: not a readable image ({type(exc).__name__})") from None


@dataclass
class ApprovedLogos:
    """The approved designs of ``media.logos``: ``(path, hash)`` pairs."""

    logos: list[tuple[str, object]]
    threshold: int

    @classmethod
    def load(cls, paths: list[str], threshold: int, max_pixels: int) -> "ApprovedLogos":
        """Hash every approved logo file.

        Raises:
            LogoError: an approved logo file cannot be read.
        """
        return cls([(p, logo_hash(p, max_pixels)) for p in paths], threshold)

    def closest(self, h) -> tuple[str, int] | None:
        """The approved logo nearest to hash ``h`` and its distance in bits (``None`` if none approved)."""
        best = None
        for path, ah in self.logos:
            d = int(h - ah)
            if best is None or d < best[1]:
                best = (os.path.basename(path), d)
        return best
