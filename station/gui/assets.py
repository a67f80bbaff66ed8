"""The station's asset files (label layout, icons, sounds), found where the station ships them."""

from __future__ import annotations

from pathlib import Path

from station.profiles.locations import ASSETS_FOLDER, shipped_folder


def asset_path(*parts: str) -> Path:
    """The path of an asset under ``assets/`` (source tree, frozen bundle or installed wheel)."""
    return shipped_folder(ASSETS_FOLDER).joinpath(*parts)
