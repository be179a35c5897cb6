"""Writing files without ever leaving a half-written one behind."""

from __future__ import annotations

import os
import shutil


def write_atomic(path: str, data: bytes, backup: bool = False) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and
    a rename (``os.replace``), so readers see the old or the new file, never a
    mix. With ``backup``, the current file is first copied to ``path + ".bak"``
    (overwriting an older backup) and the new file keeps its permissions.

    Raises:
        OSError: the folder is not writable (the target is left untouched).
    """
    target = os.path.abspath(path)
    tmp = os.path.join(os.path.dirname(target), f".{os.path.basename(target)}.tmp{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        if backup and os.path.exists(target):
            shutil.copy2(target, target + ".bak")
            shutil.copymode(target, tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
