"""The station's asset files (label layout, icons, sounds), found beside the package."""

from __future__ import annotations

from pathlib import Path

from station.profiles.locations import repo_root


def asset_path(*parts: str) -> Path:
    """The path of an asset under ``assets/`` (in the source tree or a frozen bundle)."""
    return repo_root().joinpath("assets", *parts)
