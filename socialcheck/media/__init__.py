"""Media checks: image manifests, the consent register, approved logos,
hidden image metadata, faces, and the batch scan of a media folder.

This package is imported by the runner for every folder and file, so this
module stays light: Pillow, imagehash, defusedxml and OpenCV are imported
only when an image or a manifest is actually checked.

Entry points:

* :func:`scan_path` — called by :func:`socialcheck.runner.run` for each
  command-line path; returns findings for images and manifests (or ``None``
  when the path holds neither).
* :func:`socialcheck.media.strip.strip_paths` — ``socialcheck strip-metadata``.

See ``docs/media.md`` for the manifest, register and config formats.
"""

from __future__ import annotations

import functools
import importlib.util

#: Image file extensions the media scan reads (HEIC/HEIF only with pillow-heif).
BASE_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff")
#: File names that make a folder a media folder, in order of preference.
MANIFEST_NAMES = ("manifest.yaml", "manifest.yml", "manifest.csv")


@functools.cache
def image_extensions() -> frozenset[str]:
    """Extensions of image files a scan picks up (lower case, with the dot)."""
    exts = set(BASE_IMAGE_EXTENSIONS)
    if importlib.util.find_spec("pillow_heif") is not None:
        exts |= {".heic", ".heif"}
    return frozenset(exts)


def scan_path(path: str, cache, opts):
    """Media findings for one command-line path (see :mod:`socialcheck.media.scan`).

    Returns ``None`` if ``path`` holds no image and no manifest.
    """
    import os

    if not os.path.isdir(path) and not getattr(opts, "manifest", None):
        name = os.path.basename(path).lower()
        if name not in MANIFEST_NAMES and os.path.splitext(name)[1] not in image_extensions():
            return None  # a text file: nothing to import
    from .scan import scan_path as _scan
    return _scan(path, cache, opts)


__all__ = ["BASE_IMAGE_EXTENSIONS", "MANIFEST_NAMES", "image_extensions", "scan_path"]
