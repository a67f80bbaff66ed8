"""Build hook: a wheel carries the folders the station ships (firmware_profiles/, assets/).

They lie beside the ``station`` package in the repository; an installed package has
nothing beside it, so the build copies them into it (``station/_shipped/``), where
``station.profiles.locations.shipped_folder`` looks first. Everything else about the
build is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# The same folders as packaging/bundle_plan.py's SHIPPED_FOLDERS (tests/test_packaging.py).
SHIPPED_FOLDERS = ("firmware_profiles", "assets")
SHIPPED_IN_PACKAGE = Path("station") / "_shipped"


class BuildWithShippedFolders(build_py):
    """build_py, then the shipped folders into the built package (not for editable
    installs, which find them beside the package in the source tree)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for name in SHIPPED_FOLDERS:
            target = Path(self.build_lib) / SHIPPED_IN_PACKAGE / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / name, target,
                            ignore=shutil.ignore_patterns("__pycache__", "*.py[co]"))


setup(cmdclass={"build_py": BuildWithShippedFolders})
