"""Where the station keeps its files by default. One place for every path."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "provisioning-station"


def data_dir() -> Path:
    """The station's data folder; ``STATION_HOME`` moves it (tests, kiosks)."""
    override = os.environ.get("STATION_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Where the station keeps its configuration; ``STATION_HOME`` moves it with the data."""
    if os.environ.get("STATION_HOME"):
        return data_dir()
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def default_manifest() -> Path:
    return data_dir() / "manifest.sqlite"


def station_key_for(manifest: Path) -> Path:
    """The station key lives beside, never inside, the manifest it protects."""
    return manifest.with_name(manifest.name + ".key")


def demo_dir() -> Path:
    return data_dir() / "demo"


def labels_dir_for(manifest: Path) -> Path:
    return manifest.parent / "labels"
