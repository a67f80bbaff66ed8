"""Where the station looks for firmware profiles."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "provisioning-station"
PROFILE_FOLDER = "firmware_profiles"


def repo_root() -> Path:
    """The folder that holds the ``station`` package (the repository, or a frozen bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen build
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def user_profile_dir() -> Path:
    """The per-user folder for profiles an engineer adds on this machine (may not exist)."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "profiles"


def default_profile_dirs() -> list[Path]:
    """Profile folders in search order: the shipped ``firmware_profiles/`` when present,
    then the user's own folder (which may not exist yet)."""
    shipped = repo_root() / PROFILE_FOLDER
    dirs = [shipped] if shipped.is_dir() else []
    dirs.append(user_profile_dir())
    return dirs
