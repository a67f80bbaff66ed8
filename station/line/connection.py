"""Connecting to the line database: the password from the secret store, never from a
command line, a file or a log; every failure one line that says what to do.

psycopg is imported here only, and only when a connection is made: a station
that is not on a line does not need the ``line`` extra installed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from station.core.errors import ConfigError, LineError
from station.credentials.secret_store import (
    LINE_DB_PASSWORD,
    SecretStore,
    open_secret_store,
    passphrase_from_environment,
)
from station.line.config import LineConfig

if TYPE_CHECKING:
    import psycopg

# Long enough for a loaded server, short enough that a worker waiting for a lease
# gives up well before an operator would.
CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "provisioning-station"


def where(url: str) -> str:
    """The URL as it may be shown: host, port and database (it never holds a password)."""
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"


def unlocked_store(
    store: SecretStore | None = None, passphrase: Callable[[], str] = passphrase_from_environment
) -> SecretStore:
    store = store or open_secret_store()
    if store.needs_passphrase and not store.unlocked:
        given = passphrase()
        if not given:
            raise ConfigError(
                f"the line database password is kept in {store.description}, which is locked",
                hint="set STATION_SECRETS_PASSPHRASE, or unlock the station's secrets in Settings",
            )
        store.unlock(given)
    return store


def line_password(
    store: SecretStore | None = None, passphrase: Callable[[], str] = passphrase_from_environment
) -> str:
    """The line database password from the secret store ("" when none is stored)."""
    return unlocked_store(store, passphrase).get(LINE_DB_PASSWORD)


def store_line_password(password: str, store: SecretStore | None = None) -> str:
    """Keep the line database password in the secret store; returns where it went."""
    if not password:
        raise ConfigError("the line database password is empty", hint="type the password again")
    opened = unlocked_store(store)
    opened.set(LINE_DB_PASSWORD, password)
    return opened.description


def psycopg_module() -> Any:
    try:
        import psycopg
    except ImportError:
        raise LineError(
            "the station cannot reach a line database: psycopg is not installed",
            hint="install the station with its line extra: "
            "pip install 'provisioning-station[line]'",
        ) from None
    return psycopg


class LineConnector:
    """Opens connections to one line database. The password is read once, in the
    thread that makes the connector (the secret store belongs to one thread), and
    held in memory only."""

    def __init__(self, config: LineConfig, password: str | None = None) -> None:
        self.config = config
        self._password = line_password() if password is None else password

    def __repr__(self) -> str:
        return f"LineConnector({where(self.config.url)}, station={self.config.station!r})"

    def connect(self) -> psycopg.Connection[Any]:
        """A new connection (autocommit off); raises LineError when the database is out of reach."""
        psycopg = psycopg_module()
        extra = {"password": self._password} if self._password else {}
        try:
            return psycopg.connect(
                self.config.url,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name=APPLICATION_NAME,
                autocommit=True,  # every transaction is an explicit conn.transaction()
                # A dropped network shows as an error within a minute, not a hang.
                keepalives=1, keepalives_idle=15, keepalives_interval=5, keepalives_count=3,
                **extra,
            )
        except psycopg.Error as exc:
            raise unreachable(self.config.url, exc) from None


def unreachable(url: str, exc: BaseException) -> LineError:
    """The one line for a line database that failed us; the cause's first line only."""
    cause = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    psycopg = psycopg_module()
    if not isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return LineError(
            f"the line database at {where(url)} refused the change: {cause}",
            hint="report it to an engineer with this line; the station keeps every unit "
            "and copies them once the cause is fixed",
        )
    return LineError(
        f"the line database at {where(url)} cannot be reached: {cause}",
        hint="the station goes on and copies its changes when it is back; "
        "if it stays out, check the network, the URL and the password (station line password)",
    )
