"""The station's own settings (no secrets): a small JSON file in the data folder.

Secrets live in ``station.credentials.secret_store``; nothing here is ever secret, so the
file can be read, copied and backed up freely. The enrollment upload keeps its
own few settings in a second file, so that the upload dialog and the Settings
page, which each hold a copy of what they edit, never write over each other.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from station.core.errors import ConfigError
from station.core.locations import config_dir

SETTINGS_FILE = "station-settings.json"
UPLOAD_SETTINGS_FILE = "upload-settings.json"

_Settings = TypeVar("_Settings")


@dataclass(frozen=True)
class StationSettings:
    """What the station remembers between runs. Paths are kept, key material never."""

    station_id: str = ""
    operator: str = ""
    id_scope: str = ""
    profile: str = ""
    attestation: str = ""  # "" means the profile's default mode
    model_id: str = ""
    daily_target: int = 500
    ca_cert_path: str = ""
    ca_key_path: str = ""
    label_includes_key: bool = False

    def with_changes(self, **changes: object) -> StationSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> StationSettings:
    """The saved settings, or the defaults when none were saved.

    Unknown keys (from a newer station) are ignored; a broken file raises ConfigError.
    """
    return _load(StationSettings, path or settings_path())


def save_settings(settings: StationSettings, path: Path | None = None) -> Path:
    """Write the settings atomically (a reader never sees half a file)."""
    return _save(settings, path or settings_path())


@dataclass(frozen=True)
class UploadSettings:
    """Where enrollment uploads go. The credentials themselves are secrets, kept apart.

    An empty endpoint override means the service's own address (from the DPS
    connection string, or the IoT Central application URL); a staging service
    is reached by setting one.
    """

    dps_endpoint_override: str = ""
    iotc_app_url: str = ""
    iotc_endpoint_override: str = ""

    def with_changes(self, **changes: object) -> UploadSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


def upload_settings_path() -> Path:
    return config_dir() / UPLOAD_SETTINGS_FILE


def load_upload_settings(path: Path | None = None) -> UploadSettings:
    """The saved upload settings, or the defaults; a broken file raises ConfigError."""
    return _load(UploadSettings, path or upload_settings_path())


def save_upload_settings(settings: UploadSettings, path: Path | None = None) -> Path:
    """Write the upload settings atomically."""
    return _save(settings, path or upload_settings_path())


def _load(kind: type[_Settings], path: Path) -> _Settings:
    if not path.exists():
        return kind()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"cannot read the station settings {path}: {exc}",
            hint="fix or delete the file; the station starts with defaults without it",
        ) from exc
    known = {f.name for f in fields(kind)}  # type: ignore[arg-type]
    values = {name: value for name, value in data.items() if name in known}
    return kind(**values)


def _save(settings: Any, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".settings.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(asdict(settings), out, indent=2, sort_keys=True)
    os.replace(temp, path)
    return path
