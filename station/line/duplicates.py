"""One unit, two stations: device IDs and MACs that the line already holds from another
station.

Checked twice. Before a board is touched: a rule whose IDs are read from the unit
(``IdentityRule.read_from_unit``: the MAC, a scanned barcode) asks the line whether
another station recorded the same device ID or the same MAC, and the unit stops at
identify with one line naming that station. While the line is out of reach the
station goes on (local-first), and after the fact: every copy flags the pairs it
brings in the line's ``duplicates`` table (``pg_schema.flag_duplicates``), which
``station line duplicates`` reports to QA.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime

from station.core.errors import ConfigError, IdentityError, LineError
from station.core.events import Stage
from station.core.interfaces import BoardLink, IdentitySource, LinkIdentitySource
from station.core.models import BoardInfo, DeviceIdentity
from station.identity.sources import normalise_mac
from station.line.connection import LineConnector, psycopg_module, unreachable
from station.line.pg_schema import DEVICE_ID_C, apply_line_migrations, mac_key
from station.line.status import report_rows

log = logging.getLogger("station.line")

# After the line failed a check, units go unchecked this long before the next try:
# each try may take the connect timeout while the network is down.
RETRY_AFTER_S = 30.0
# A check that takes longer is dropped (the unit goes on, the copy flags it later).
STATEMENT_TIMEOUT_MS = 3000

_FIND = (
    "SELECT station, device_id, status, created_at, 'device_id' FROM units "
    f"WHERE {DEVICE_ID_C} = %(device_id)s AND station <> %(station)s "
    "UNION ALL "
    "SELECT station, device_id, status, created_at, 'mac' FROM units "
    f"WHERE {mac_key()} = %(mac)s AND mac <> '' AND station <> %(station)s "
    "LIMIT 1"
)


class LineDuplicateCheck:
    """Asks the line whether another station holds a device ID or a MAC.

    Safe from any thread: each check opens its own connection, so the ports' workers
    never wait for one another. While the line is out of reach it answers "not
    known" at once for ``RETRY_AFTER_S`` and says so in the log once.
    """

    def __init__(self, connector: LineConnector) -> None:
        self.connector = connector
        self._lock = threading.Lock()
        self._failed_at = float("-inf")
        self._migrated = False

    def _offline(self) -> bool:
        with self._lock:
            return time.monotonic() - self._failed_at < RETRY_AFTER_S

    def _went_offline(self, error: LineError) -> None:
        with self._lock:
            first = self._failed_at == float("-inf")
            self._failed_at = time.monotonic()
        if first:
            log.warning("station: units are not checked against the line for duplicates "
                        "while it is out of reach (its copy flags them later): %s",
                        error.message)

    def find(self, device_id: str, mac: str) -> tuple[str, str, str, str, str] | None:
        """Another station's unit with ``device_id`` or the MAC ``mac`` (twelve hex
        digits, "" for none): (station, device ID, status, created at, what matched).
        None when there is none, or when the line cannot say now."""
        if self._offline():
            return None
        psycopg = psycopg_module()
        try:
            with self.connector.connect() as pg:
                if not self._migrated:
                    apply_line_migrations(pg)
                    self._migrated = True
                with pg.cursor() as cur:
                    cur.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
                    cur.execute(_FIND, {"device_id": device_id, "mac": mac,
                                        "station": self.connector.config.station})
                    row = cur.fetchone()
        except LineError as exc:
            self._went_offline(exc)
            return None
        except psycopg.Error as exc:
            self._went_offline(unreachable(self.connector.config.url, exc))
            return None
        if self._failed_at != float("-inf"):
            with self._lock:
                self._failed_at = float("-inf")
            log.info("the line is reachable again; units are checked for duplicates")
        return None if row is None else (str(row[0]), str(row[1]), str(row[2]),
                                          str(row[3]), str(row[4]))


def _when(created_at: str) -> str:
    try:
        return f"{datetime.fromisoformat(created_at):%Y-%m-%d %H:%M} UTC"
    except ValueError:
        return created_at


def _mac_of(board: BoardInfo) -> str:
    """The board's MAC as twelve hex digits; "" when it gave none a line could compare."""
    try:
        return normalise_mac(board.mac) if board.mac else ""
    except IdentityError:
        return ""


class LineCheckedIdentity:
    """The job's identity source, with each ID it gives (and the board's MAC) checked
    against the line: another station's unit refuses this one at identify. Called on
    the port's worker thread."""

    def __init__(self, inner: IdentitySource, check: LineDuplicateCheck) -> None:
        self.inner = inner
        self.check = check

    def identify(self, board: BoardInfo, scanned: str | None = None) -> DeviceIdentity:
        return self._checked(self.inner.identify(board, scanned), board)

    def identify_on(
        self, link: BoardLink, board: BoardInfo, scanned: str | None = None
    ) -> DeviceIdentity:
        if isinstance(self.inner, LinkIdentitySource):
            return self._checked(self.inner.identify_on(link, board, scanned), board)
        return self.identify(board, scanned)

    def _checked(self, identity: DeviceIdentity, board: BoardInfo) -> DeviceIdentity:
        mac = _mac_of(board)
        found = self.check.find(identity.device_id, mac)
        if found is None:
            return identity
        station, device_id, status, created_at, matched = found
        what = (f"device ID {identity.device_id}" if matched == "device_id"
                else f"this board's MAC {mac} (as {device_id})")
        raise IdentityError(
            f"{what} is already on the line from station {station}: {status} there "
            f"since {_when(created_at)}",
            hint=f"one unit cannot be provisioned at two stations: set it aside for QA, "
            f"or take it back to {station}",
            stage=Stage.IDENTIFY,
        )


@dataclass(frozen=True)
class LineDuplicate:
    """Two units of two stations that share a device ID or a MAC (``kind``); ``id`` is
    how QA names the pair, and ``settled_*`` say who settled it, when and why."""

    id: int
    kind: str
    value: str
    station: str
    device_id: str
    other_station: str
    other_device_id: str
    found_at: datetime
    settled_at: datetime | None = None
    settled_by: str = ""
    settled_note: str = ""

    @property
    def settled(self) -> bool:
        return self.settled_at is not None

    def describe(self) -> str:
        what = f"device ID {self.value}" if self.kind == "device_id" else f"MAC {self.value}"
        units = (f"{self.station} and {self.other_station}" if self.kind == "device_id"
                 else f"{self.station} ({self.device_id}) and {self.other_station} "
                 f"({self.other_device_id})")
        line = f"  #{self.id} {what} on {units}, found {self.found_at:%Y-%m-%d %H:%M:%S}"
        if self.settled_at is not None:
            line += (f"; settled by {self.settled_by} {self.settled_at:%Y-%m-%d %H:%M:%S}: "
                     f"{self.settled_note}")
        return line


_DUPLICATE_COLUMNS = (
    "id, kind, value, station, device_id, other_station, other_device_id, found_at, "
    "settled_at, settled_by, settled_note"
)


def line_duplicates(connector: LineConnector) -> list[LineDuplicate]:
    """Every pair the copies flagged, those not settled first, the newest first.
    Raises LineError."""
    rows = report_rows(
        connector,
        f"SELECT {_DUPLICATE_COLUMNS} FROM duplicates "
        "ORDER BY settled_at IS NOT NULL, found_at DESC, kind, value",
    )
    return [LineDuplicate(*row) for row in rows]


def settle_duplicate(
    connector: LineConnector, pair_id: int, note: str, settled_by: str
) -> LineDuplicate:
    """Mark the flagged pair ``pair_id`` settled by ``settled_by``, now, with ``note`` (what
    QA found and did). Raises ConfigError for an unknown or already settled pair, or an
    empty note or name; LineError when the line cannot be reached."""
    note, settled_by = note.strip(), settled_by.strip()
    if not note:
        raise ConfigError("a settled duplicate needs a note",
                          hint="say what was checked and done, e.g. --note \"label reprinted, "
                          "board relabelled lot7-0002\"")
    if not settled_by:
        raise ConfigError("a settled duplicate needs the name of who settled it",
                          hint="give it with --by NAME")
    psycopg = psycopg_module()
    try:
        with connector.connect() as pg:
            apply_line_migrations(pg)
            with pg.transaction(), pg.cursor() as cur:
                cur.execute(
                    f"UPDATE duplicates SET settled_at = now(), settled_by = %s, "
                    f"settled_note = %s WHERE id = %s AND settled_at IS NULL "
                    f"RETURNING {_DUPLICATE_COLUMNS}",
                    (settled_by, note, pair_id),
                )
                row = cur.fetchone()
                if row is None:
                    cur.execute("SELECT settled_by, settled_at FROM duplicates WHERE id = %s",
                                (pair_id,))
                    was = cur.fetchone()
    except psycopg.Error as exc:
        raise unreachable(connector.config.url, exc) from None
    if row is None:
        if was is None:
            raise ConfigError(f"the line has no flagged duplicate #{pair_id}",
                              hint="station line duplicates lists them with their numbers")
        raise ConfigError(
            f"duplicate #{pair_id} was settled already, by {was[0]} {was[1]:%Y-%m-%d %H:%M}",
            hint="station line duplicates shows who settled it and why")
    return LineDuplicate(*row)
