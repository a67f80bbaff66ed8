"""Where a station finds its line database: a small JSON file in the station's
configuration folder, and the database password in the station's secret store.

The URL is kept without a password (one in the URL is refused), so neither the
file, a command line nor a log line ever carries it.
"""

from __future__ import annotations

import json
import platform
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from station.core.errors import ConfigError
from station.core.locations import config_dir, default_manifest
from station.core.private_files import write_private_file

LINE_FILE = "line.json"
DEFAULT_LEASE_BLOCK = 100
MAX_LEASE_BLOCK = 1_000_000
DEFAULT_INTERVAL_S = 5.0


@dataclass(frozen=True)
class LineConfig:
    """A station's place on the line.

    ``station`` names this station's copy in the line record; ``manifest`` is the
    one manifest copied there (other manifests, the demo's or a profile trial's,
    stay off the line); ``lease_block`` is how many counter numbers one lease takes unless a
    job asks for another size; ``interval_s`` is how often the background copy runs.
    """

    url: str
    station: str
    manifest: Path
    lease_block: int = DEFAULT_LEASE_BLOCK
    interval_s: float = DEFAULT_INTERVAL_S


def line_file() -> Path:
    return config_dir() / LINE_FILE


def check_url(url: str) -> str:
    """Return ``url`` when it is a PostgreSQL URL without a password; raise ConfigError."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres") or not parts.path.strip("/"):
        raise ConfigError(
            f"{url!r} is not a line database URL",
            hint="give it as postgresql://USER@HOST:PORT/DATABASE",
        )
    in_query = any(name == "password" for name, _ in parse_qsl(parts.query))
    if parts.password is not None or in_query:
        raise ConfigError(
            "the line database URL carries a password, which would be stored and shown in clear",
            hint="give the URL without it, then store the password: station line password",
        )
    return url


def check_lease_block(size: int) -> int:
    if not 1 <= size <= MAX_LEASE_BLOCK:
        raise ConfigError(
            f"a lease block of {size} numbers is out of range",
            hint=f"give a block size from 1 to {MAX_LEASE_BLOCK}",
        )
    return size


def check_station(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 128 or not name.isprintable():
        raise ConfigError(
            f"{name!r} cannot name a station on the line",
            hint="give a station name of 1 to 128 printable characters, e.g. line1-st3",
        )
    return name


def save_line_config(config: LineConfig) -> Path:
    """Write the station's line settings (after checking them); returns the file."""
    checked = LineConfig(
        url=check_url(config.url),
        station=check_station(config.station),
        manifest=Path(config.manifest).resolve(),
        lease_block=check_lease_block(config.lease_block),
        interval_s=max(0.2, float(config.interval_s)),
    )
    path = line_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    stored = {**asdict(checked), "manifest": str(checked.manifest)}
    write_private_file(path, json.dumps(stored, indent=2).encode("utf-8"))
    return path


def load_line_config() -> LineConfig | None:
    """The station's line settings; None when the station is not on a line."""
    path = line_file()
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"the line settings {path} cannot be read: {exc}",
            hint="set them again: station line configure --url URL",
        ) from exc
    try:
        return LineConfig(
            url=check_url(str(stored["url"])),
            station=check_station(str(stored.get("station") or platform.node())),
            manifest=Path(stored.get("manifest") or default_manifest()),
            lease_block=check_lease_block(int(stored.get("lease_block", DEFAULT_LEASE_BLOCK))),
            interval_s=float(stored.get("interval_s", DEFAULT_INTERVAL_S)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"the line settings {path} are incomplete: {exc}",
            hint="set them again: station line configure --url URL",
        ) from exc


def line_config_for(manifest: Path) -> LineConfig | None:
    """The line settings when ``manifest`` is the one this station copies to the line."""
    config = load_line_config()
    if config is None or config.manifest.resolve() != Path(manifest).resolve():
        return None
    return config
