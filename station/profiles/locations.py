"""Where the station looks for firmware profiles and the other folders it ships."""

from __future__ import annotations

import sys
from pathlib import Path

from station.core.locations import config_dir

PROFILE_FOLDER = "firmware_profiles"
ASSETS_FOLDER = "assets"
# Where an installed wheel keeps the shipped folders: inside the station package (the
# build puts them there, see setup.py), since nothing lies beside an installed package.
SHIPPED_IN_PACKAGE = "_shipped"


def repo_root() -> Path:
    """The folder that holds the ``station`` package (the repository, or a frozen bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen build
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def shipped_folder(name: str) -> Path:
    """A folder the station ships (``firmware_profiles``, ``assets``): inside the package
    when installed from a wheel, else beside it (the repository, a frozen bundle)."""
    installed = Path(__file__).resolve().parents[1] / SHIPPED_IN_PACKAGE / name
    if installed.is_dir():
        return installed
    return repo_root() / name


def user_profile_dir() -> Path:
    """The folder for profiles an engineer adds on this machine (may not exist): in the
    user's configuration folder, or in ``STATION_HOME`` when that is set."""
    return config_dir() / "profiles"


def default_profile_dirs() -> list[Path]:
    """Profile folders in search order: the shipped ``firmware_profiles/`` when present,
    then the user's own folder (which may not exist yet)."""
    shipped = shipped_folder(PROFILE_FOLDER)
    dirs = [shipped] if shipped.is_dir() else []
    dirs.append(user_profile_dir())
    return dirs
