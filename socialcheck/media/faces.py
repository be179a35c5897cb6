"""Counting faces on a photo (``face-count``), optional: ``pip install socialcheck[faces]``.

Uses OpenCV's Viola-Jones Haar cascade for frontal faces
(``haarcascade_frontalface_alt2.xml``: as fast as the ``default`` cascade and
with fewer false hits, e.g. on a helmet's glare in the test photo), which the opencv-python(-headless)
4.x wheels ship in ``cv2.data.haarcascades``; nothing is downloaded. OpenCV 5
wheels no longer contain the cascades: then :func:`status` reports
``no_cascade`` and the check is skipped.

Speed: the photo is decoded at reduced size (JPEG DCT scaling via
``Image.draft``, otherwise a Pillow thumbnail) to at most
:data:`MAX_SIDE` pixels on its longer side, turned upright with the EXIF
Orientation tag (0x0112), and the cascade runs on that greyscale copy with
``scaleFactor=1.25, minNeighbors=5, minSize=20x20``. Faces smaller than about
2% of the longer side are not found; profiles and covered faces are missed
too, so the count is a lower bound.
"""

from __future__ import annotations

MAX_SIDE = 1024
_STATE: dict = {}

#: EXIF Orientation value → Pillow transpose method (None = already upright).
_TRANSPOSE = {2: 0, 3: 3, 4: 1, 5: 5, 6: 4, 7: 6, 8: 2}  # Image.Transpose enum values


def status() -> str | None:
    """``None`` if faces can be counted, else why not: ``"no_opencv"`` or ``"no_cascade"``."""
    if "status" not in _STATE:
        try:
            import cv2
        except ImportError:
            _STATE["status"] = "no_opencv"
            return _STATE["status"]
        import os
        base = getattr(getattr(cv2, "data", None), "haarcascades", "") or ""
        path = os.path.join(base, "haarcascade_frontalface_alt2.xml")
        cascade = cv2.CascadeClassifier(path) if os.path.isfile(path) else None
        if cascade is None or cascade.empty():
            _STATE["status"] = "no_cascade"
        else:
            cv2.setNumThreads(1)  # one image per process; the pool gives the parallelism
            _STATE["cascade"] = cascade
            _STATE["status"] = None
    return _STATE["status"]


def prepare(im):
    """An upright greyscale copy of ``im`` (a PIL image) at most :data:`MAX_SIDE` px long.

    Raises:
        OSError: the pixel data is truncated or corrupt (from Pillow).
    """
    from PIL import Image

    orientation = 1
    try:
        orientation = int(im.getexif().get(0x0112, 1))
    except Exception:
        pass
    w, h = im.size
    if im.format in ("JPEG", "MPO") and max(w, h) > MAX_SIDE:
        f = (MAX_SIDE * 0.9) / max(w, h)
        im.draft("L", (max(1, int(w * f)), max(1, int(h * f))))
    grey = im.convert("L")
    if max(grey.size) > MAX_SIDE:
        grey.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.BILINEAR, reducing_gap=2.0)
    if orientation in _TRANSPOSE:
        grey = grey.transpose(Image.Transpose(_TRANSPOSE[orientation]))
    return grey


def count_faces(im) -> int | None:
    """Number of frontal faces on ``im`` (a PIL image), or ``None`` if OpenCV is unavailable.

    Raises:
        OSError: the pixel data is truncated or corrupt.
    """
    if status() is not None:
        return None
    import numpy as np

    grey = prepare(im)
    arr = np.asarray(grey, dtype=np.uint8)
    faces = _STATE["cascade"].detectMultiScale(arr, scaleFactor=1.25, minNeighbors=5, minSize=(20, 20))
    return int(len(faces))
