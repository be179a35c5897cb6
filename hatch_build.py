"""Build hook (hatchling): compile socialcheck's hot modules with mypyc.

``pip install .`` builds a wheel; this hook compiles the modules in
:data:`COMPILED` with mypyc (as black and mypy ship themselves) and adds the
extension modules to the wheel next to the ``.py`` files they were made from.
Python imports an extension module before a ``.py`` file of the same name, so
the compiled code runs; the ``.py`` files stay in the wheel as the source.

The compiled modules give the same findings as the Python ones (a test
compares them: ``tests/test_compiled.py``). If anything in the compilation
fails (no C compiler, no Python headers, mypy cannot type-check the modules),
the hook prints a warning and the wheel holds the pure-Python modules only:
slower, never broken. ``SOCIALCHECK_PURE_PYTHON=1`` skips the compilation, and
an editable install (``pip install -e .``) is never compiled.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The modules compiled with mypyc (they type-check under mypy; see the README's "Speed" note).
COMPILED = [
    "socialcheck/nlp.py",
    "socialcheck/engine.py",
    "socialcheck/detectors/__init__.py",
    "socialcheck/detectors/names.py",
    "socialcheck/detectors/numbers.py",
    "socialcheck/detectors/health.py",
    "socialcheck/checks/_common.py",
]

# Run in a child process, so that a failing compiler cannot take the build down with it.
_SETUP = r"""
import sys
from setuptools import setup
from mypyc.build import mypycify
out, tmp, modules = sys.argv[1], sys.argv[2], sys.argv[3:]
setup(name="socialcheck-compiled", packages=[], py_modules=[],
      ext_modules=mypycify(["--ignore-missing-imports", "--follow-imports=silent", "--cache-dir", tmp + "/cache",
                            *modules], opt_level="3", target_dir=tmp + "/c"),
      script_args=["build_ext", "--build-lib", out, "--build-temp", tmp + "/o"])
"""


class MypycBuildHook(BuildHookInterface):
    """Adds the mypyc-compiled modules to the wheel, or nothing if compiling fails."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable" or os.environ.get("SOCIALCHECK_PURE_PYTHON"):
            return
        self._work = tempfile.mkdtemp(prefix="socialcheck-mypyc-")
        out = os.path.join(self._work, "lib")
        try:
            proc = subprocess.run([sys.executable, "-c", _SETUP, out, os.path.join(self._work, "tmp"), *COMPILED],
                                  cwd=self.root, capture_output=True, text=True, timeout=1800)
            built = sorted(glob.glob(os.path.join(out, "**", "*.so"), recursive=True)
                           + glob.glob(os.path.join(out, "**", "*.pyd"), recursive=True))
            if proc.returncode != 0 or len(built) < len(COMPILED):
                raise RuntimeError((proc.stdout + proc.stderr).strip().splitlines()[-5:] or "no output")
        except Exception as exc:  # any failure: fall back to the pure-Python wheel
            self.app.display_warning(f"socialcheck: compiling with mypyc failed, the wheel holds the pure-Python "
                                     f"modules only (slower, same findings): {exc}")
            return
        for path in built:
            build_data["force_include"][path] = os.path.relpath(path, out)
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"socialcheck: {len(built)} extension modules compiled with mypyc")

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work:
            shutil.rmtree(work, ignore_errors=True)
