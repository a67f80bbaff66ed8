"""The station's own settings (no secrets): a small JSON file in the data folder.

Secrets live in ``station.credentials.secret_store``; nothing here is ever secret, so the
file can be read, copied and backed up freely. The enrollment upload keeps its
own few settings in a second file, so that the upload dialog and the Settings
page, which each hold a copy of what they edit, never write over each other.

Settings files from before the CA private key moved into the secret store may
still name the key's file (``ca_key_path``); ``legacy_ca_key_path`` finds it so
that the Settings page can take the key over, and ``drop_legacy_ca_key_path``
removes it from the file afterwards.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from station.automation.listen import DEFAULT_API_PORT, DEFAULT_BIND
from station.core.errors import ConfigError
from station.core.locations import config_dir
from station.printing.stock import DEFAULT_DPI, DEFAULT_STOCK

SETTINGS_FILE = "station-settings.json"
LEGACY_CA_KEY_PATH = "ca_key_path"
UPLOAD_SETTINGS_FILE = "upload-settings.json"

_Settings = TypeVar("_Settings")
DEFAULT_SERVED_URL = f"http://{DEFAULT_BIND}:{DEFAULT_API_PORT}"  # `station serve`'s default


@dataclass(frozen=True)
class StationSettings:
    """What the station remembers between runs. Public paths are kept, key material never.

    The CA private key is a secret (``CA_KEY_PEM`` in the secret store); only the
    CA certificate's path is kept here.
    """

    station_id: str = ""
    operator: str = ""
    id_scope: str = ""
    profile: str = ""
    attestation: str = ""  # "" means the profile's default mode
    model_id: str = ""
    daily_target: int = 500
    ca_cert_path: str = ""
    label_includes_key: bool = False
    language: str = ""  # "" follows the system's language (station.gui.i18n)
    # The label printer: "" prints through the system's print dialog or to PDF; "zpl"
    # sends ZPL II to a printer's raw TCP port, "cups" to a CUPS queue (station.printing).
    label_printer: str = ""
    label_printer_address: str = ""  # HOST[:PORT], for "zpl"
    label_printer_queue: str = ""  # the queue's name, for "cups"
    label_stock: str = DEFAULT_STOCK  # WIDTHxHEIGHT in mm
    label_dpi: int = DEFAULT_DPI
    label_printer_status: bool = True  # ask a ZPL printer for its host status (~HS)
    # Where the x509-group CA key and the sas-group group keys are: "file" (kept in the
    # secret store, loaded from files) or "token" (in a PKCS#11 token, named by URIs).
    key_source: str = "file"
    token_ca_key_uri: str = ""
    token_group_key_uri: str = ""
    token_group_key_secondary_uri: str = ""
    # Watching a line that `station serve` drives (its API's address; the token is a secret).
    watch_served_line: bool = False
    served_line_url: str = DEFAULT_SERVED_URL

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


def legacy_ca_key_path(path: Path | None = None) -> str:
    """The CA key file an older settings file names, or "" when it names none.

    A broken or missing file names none: ``load_settings`` reports broken files.
    """
    data = _read_json(path or settings_path())
    value = data.get(LEGACY_CA_KEY_PATH) if data else None
    return value.strip() if isinstance(value, str) else ""


def drop_legacy_ca_key_path(path: Path | None = None) -> None:
    """Remove the CA key file's path from the settings file, keeping everything else as is."""
    target = path or settings_path()
    data = _read_json(target)
    if data and LEGACY_CA_KEY_PATH in data:
        del data[LEGACY_CA_KEY_PATH]
        _write_json(data, target)


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


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _save(settings: Any, path: Path) -> Path:
    return _write_json(asdict(settings), path)


def _write_json(data: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".settings.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=2, sort_keys=True)
    os.replace(temp, path)
    return path
