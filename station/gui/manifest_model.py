"""A lazy table model over the units of one or several manifests: counted at once,
fetched in pages.

The view asks for more rows as it scrolls (``canFetchMore``/``fetchMore``), so a
manifest of 100,000 units opens at once. Several manifests show as one list,
newest first (``MergedUnits``). The model reads through connections opened on the
GUI thread and is used on that thread only; it owns only the one it opens itself
(``open``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from station.core.errors import StationError
from station.core.models import UnitStatus
from station.enrollment.cloud_status import (
    CONNECTED,
    CloudStatus,
    UnitCloudStatus,
    cloud_filter,
    statuses_of,
)
from station.enrollment.cloud_status import NOT_READ as NOT_READ  # the view's filter choice
from station.enrollment.state import Target
from station.gui.i18n import QT_TRANSLATE_NOOP, translate
from station.gui.line_record import LineSource
from station.gui.manifest_set import MergedUnits, describe_error
from station.gui.style import FAIL, MUTED, PASS
from station.line.queries import LineFilters
from station.line.record import LineCount, LineRow
from station.manifest import Manifest, StationKey, UnitRecord
from station.manifest.records import UnitFilters
from station.manifest.store import read_error

PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class UnitFilter:
    """The QA view's filters; None (or "") means "any". Dates are local, ``until`` inclusive."""

    since: dt.date | None = None
    until: dt.date | None = None
    status: str | None = None
    job_id: str | None = None
    operator: str | None = None
    station_id: str | None = None
    search: str = ""
    # A group of ``STATUS_GROUPS``, or ``NOT_READ``; read for the model's cloud target.
    cloud: str | None = None

    def line_query(self) -> LineFilters:
        """The filters for the line record's indexed queries (``station.line.queries``):
        the station box names the line's station, the search is a device-ID prefix;
        ``operator`` and ``cloud`` have no index there and are not offered."""
        def local(day: dt.date | None) -> dt.datetime | None:
            # The boxes' dates are local days; the line compares UTC times.
            return dt.datetime.combine(day, dt.time()).astimezone() if day else None

        return LineFilters(
            status=self.status or None,
            job_id=self.job_id or None,
            station=self.station_id or None,
            device_prefix=self.search or None,
            since=local(self.since),
            until=local(self.until + dt.timedelta(days=1)) if self.until else None,
        )

    def query(self, cloud_target: Target | None = None) -> UnitFilters:
        """The filters for ``Manifest.units``/``count_units``/``exports.export``; ``cloud``
        only with the ``cloud_target`` it is read for."""
        cloud = cloud_filter(self.cloud, cloud_target) if self.cloud and cloud_target else None
        return UnitFilters(
            cloud=cloud,
            status=self.status or None,
            job_id=self.job_id or None,
            operator=self.operator or None,
            station_id=self.station_id or None,
            search=self.search or None,
            since=dt.datetime.combine(self.since, dt.time()) if self.since else None,
            until=(
                dt.datetime.combine(self.until + dt.timedelta(days=1), dt.time())
                if self.until
                else None
            ),
        )


def local_time(stamp: str | None) -> str:
    """A stored UTC timestamp as local time to the second ("" for none)."""
    if not stamp:
        return ""
    return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M:%S")


COLUMNS: tuple[tuple[str, str], ...] = (
    ("device_id", QT_TRANSLATE_NOOP("UnitTableModel", "Device ID")),
    ("status", QT_TRANSLATE_NOOP("UnitTableModel", "Status")),
    ("failure", QT_TRANSLATE_NOOP("UnitTableModel", "Failed at / reason")),
    ("created_at", QT_TRANSLATE_NOOP("UnitTableModel", "Recorded")),
    ("provisioned_at", QT_TRANSLATE_NOOP("UnitTableModel", "Provisioned")),
    ("profile_id", QT_TRANSLATE_NOOP("UnitTableModel", "Profile")),
    ("attestation", QT_TRANSLATE_NOOP("UnitTableModel", "Attestation")),
    ("job_id", QT_TRANSLATE_NOOP("UnitTableModel", "Job")),
    ("operator", QT_TRANSLATE_NOOP("UnitTableModel", "Operator")),
    ("station_id", QT_TRANSLATE_NOOP("UnitTableModel", "Station")),
    ("port", QT_TRANSLATE_NOOP("UnitTableModel", "Port")),
    ("cloud", QT_TRANSLATE_NOOP("UnitTableModel", "Cloud status")),
    ("manifest", QT_TRANSLATE_NOOP("UnitTableModel", "Manifest")),
)
# A unit's status and the cloud filter's groups, as the window says them (the values
# stay as the manifest and the filters know them).
STATUS_WORDS = {
    UnitStatus.PENDING.value: QT_TRANSLATE_NOOP("UnitTableModel", "pending"),
    UnitStatus.PROVISIONED.value: QT_TRANSLATE_NOOP("UnitTableModel", "provisioned"),
    UnitStatus.FAILED.value: QT_TRANSLATE_NOOP("UnitTableModel", "failed"),
}
CLOUD_GROUP_WORDS = {
    "connected": QT_TRANSLATE_NOOP("UnitTableModel", "connected"),
    "never connected": QT_TRANSLATE_NOOP("UnitTableModel", "never connected"),
    "blocked": QT_TRANSLATE_NOOP("UnitTableModel", "blocked"),
    "failed to register": QT_TRANSLATE_NOOP("UnitTableModel", "failed to register"),
    "waiting for approval": QT_TRANSLATE_NOOP("UnitTableModel", "waiting for approval"),
    "another attestation": QT_TRANSLATE_NOOP("UnitTableModel", "another attestation"),
    "not read yet": QT_TRANSLATE_NOOP("UnitTableModel", "not read yet"),
}


def status_words(status: str) -> str:
    """A unit's status (or a cloud filter group) in the window's language."""
    words = STATUS_WORDS.get(status) or CLOUD_GROUP_WORDS.get(status)
    return translate("UnitTableModel", words) if words else status
CLOUD_COLUMN = [name for name, _title in COLUMNS].index("cloud")
MANIFEST_COLUMN = [name for name, _title in COLUMNS].index("manifest")
TARGET_NAMES = {Target.CENTRAL: "IoT Central", Target.DPS: "DPS"}
# Statuses shown in the failure colour: the unit cannot work as it is.
_TROUBLE = frozenset({
    CloudStatus.BLOCKED, CloudStatus.DISABLED, CloudStatus.FAILED, CloudStatus.UNKNOWN,
    CloudStatus.OTHER_ATTESTATION, CloudStatus.NOT_ENROLLED,
})


def cell_text(unit: UnitRecord, column: str) -> str:
    if column == "failure":
        return f"{unit.failed_stage}: {unit.failure_reason}" if unit.failed_stage else ""
    if column in ("created_at", "provisioned_at"):
        return local_time(getattr(unit, column))
    if column == "status":
        return status_words(str(unit.status))
    return str(getattr(unit, column))


class UnitTableModel(QAbstractTableModel):
    """Units matching a ``UnitFilter`` in the shown manifests, newest first,
    ``PAGE_SIZE`` rows per fetch, with each unit's last-read cloud status for
    ``cloud_target``. A query that fails leaves the table empty and ``error`` set.

    Showing the line record (``show_line``) instead, the count and each page are read
    on the line's worker thread: the table fills as they arrive, and ``lineRead`` says
    that one did (or failed, with ``error`` set).
    """

    lineRead = Signal()

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.manifests: list[Manifest] = []
        self.labels: list[str] = []
        self.filter = UnitFilter()
        self.cloud_target = Target.CENTRAL
        self.total = 0
        self.error = ""
        self.rows: list[UnitRecord] = []
        self._origins: list[int] = []  # per row: the index of its manifest
        self._cloud: list[UnitCloudStatus | None] = []
        self._pager: MergedUnits | None = None
        self._owned: Manifest | None = None  # the connection ``open`` made
        self.line: LineSource | None = None
        self.line_count: LineCount | None = None  # the last count, with the filter choices
        self.loading = False  # a count or a page of the line is being read
        self._stations: list[str] = []  # per row of the line: its station
        self._reading = 0  # the line read that is current; older answers are dropped

    @property
    def manifest(self) -> Manifest | None:
        """The first shown manifest (the only one outside the QA desk)."""
        return self.manifests[0] if self.manifests else None

    def open(self, path: Path, key: StationKey | None) -> None:
        """Show the manifest at ``path`` alone, through a connection the model owns."""
        self.close()
        self._owned = Manifest.open(path, key)
        self.show([self._owned])

    def show(self, manifests: list[Manifest], labels: list[str] | None = None) -> None:
        """Show the units of ``manifests`` (connections the caller keeps open)."""
        self.manifests = list(manifests)
        self.labels = list(labels) if labels is not None else [str(m.path) for m in manifests]
        self.refresh()

    def show_line(self, line: LineSource | None) -> None:
        """Show the units of the line record (None: none); the manifests are put aside."""
        self.manifests, self.labels = [], []
        self.line = line
        self.refresh()

    def close(self) -> None:
        self.manifests, self.labels = [], []
        self.line = None
        if self._owned is not None:
            self._owned.close()
            self._owned = None
        self.refresh()

    def set_filter(self, unit_filter: UnitFilter) -> None:
        self.filter = unit_filter
        self.refresh()

    def set_cloud_target(self, target: Target) -> None:
        self.cloud_target = target
        self.refresh()

    def refresh(self) -> None:
        """Count again and drop the loaded rows; the view fetches the first page."""
        self.beginResetModel()
        self.rows, self._origins, self._cloud = [], [], []
        self.total, self.error, self._pager = 0, "", None
        self._stations = []
        self._reading += 1
        self.loading = False
        if self.line is not None:
            self._count_line()
        elif self.manifests:
            try:
                # The cloud filter is part of each manifest's query: counted and paged there.
                self._pager = MergedUnits(self.manifests, self.filter.query(self.cloud_target))
                self.total = self._pager.total
            except (StationError, sqlite3.DatabaseError) as exc:
                self.error = self._say(exc)
        self.endResetModel()

    def _count_line(self) -> None:
        assert self.line is not None
        reading = self._reading
        self.loading = True

        def counted(count: LineCount) -> None:
            if reading == self._reading:
                self.loading = False
                self.line_count = count
                self.total = count.total
                self.lineRead.emit()
                if self.total:
                    self.fetchMore()

        self.line.count(self.filter.line_query(), counted, self._line_failed(reading))

    def _line_failed(self, reading: int) -> Callable[[Exception], None]:
        def failed(exc: Exception) -> None:
            if reading != self._reading:
                return
            self.loading = False
            if not isinstance(exc, StationError):
                raise exc
            self.error = describe_error(exc)
            self.lineRead.emit()

        return failed

    def _fetch_line(self) -> None:
        assert self.line is not None
        if self.loading:
            return
        reading = self._reading
        self.loading = True

        def arrived(rows: list[LineRow]) -> None:
            if reading != self._reading:
                return
            self.loading = False
            if not rows:
                self.total = len(self.rows)
            else:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._origins.extend(0 for _row in rows)
                self._stations.extend(row.station for row in rows)
                self.rows.extend(row.unit for row in rows)
                self._cloud.extend(row.cloud for row in rows)
                self.endInsertRows()
            self.lineRead.emit()

        self.line.page(len(self.rows), min(self.page_size, self.total - len(self.rows)),
                       self.cloud_target, self.filter.line_query(), arrived,
                       self._line_failed(reading))

    def _say(self, exc: StationError | sqlite3.DatabaseError) -> str:
        if isinstance(exc, sqlite3.DatabaseError):
            where = self.manifests[0].path if len(self.manifests) == 1 else Path("the manifests")
            exc = read_error(exc, where)
        return describe_error(exc)

    def unit_at(self, row: int) -> UnitRecord | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def manifest_at(self, row: int) -> Manifest | None:
        """The manifest the unit in ``row`` belongs to (None on the line record)."""
        if self.line is not None:
            return None
        return self.manifests[self._origins[row]] if 0 <= row < len(self.rows) else None

    def label_at(self, row: int) -> str:
        """The unit's manifest, or on the line record its station."""
        if self.line is not None:
            return self._stations[row] if 0 <= row < len(self.rows) else ""
        return self.labels[self._origins[row]] if 0 <= row < len(self.rows) else ""

    def cloud_at(self, row: int) -> UnitCloudStatus | None:
        """The unit's last-read status for ``cloud_target``; None when never read."""
        return self._cloud[row] if 0 <= row < len(self.rows) else None

    # -- Qt's model interface -----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total and not self.loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        if self.line is not None:
            if len(self.rows) < self.total:
                self._fetch_line()
            return
        if self._pager is None:
            return
        try:
            page = self._pager.next_page(min(self.page_size, self.total - len(self.rows)))
            cloud = self._cloud_of(page)
        except (StationError, sqlite3.DatabaseError) as exc:
            self.error = self._say(exc)
            page, cloud = [], []
        if not page:
            self.total = len(self.rows)  # units were removed under us; stop asking
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._origins.extend(index for index, _unit in page)
        self.rows.extend(unit for _index, unit in page)
        self._cloud.extend(cloud)
        self.endInsertRows()

    def _cloud_of(self, page: list[tuple[int, UnitRecord]]) -> list[UnitCloudStatus | None]:
        found: dict[tuple[int, str], UnitCloudStatus] = {}
        for index, manifest in enumerate(self.manifests):
            ids = [unit.device_id for origin, unit in page if origin == index]
            if ids:
                for device_id, status in statuses_of(manifest, self.cloud_target, ids).items():
                    found[(index, device_id)] = status
        return [found.get((index, unit.device_id)) for index, unit in page]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        unit = self.unit_at(index.row()) if index.isValid() else None
        if unit is None:
            return None
        column = COLUMNS[index.column()][0]
        if column in ("cloud", "manifest"):
            return self._extra_data(index.row(), column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(unit, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            colour = {UnitStatus.PROVISIONED: PASS, UnitStatus.FAILED: FAIL}.get(
                unit.status, MUTED
            )
            return QColor(colour)
        if role == Qt.ItemDataRole.UserRole:
            return unit
        return None

    def _extra_data(self, row: int, column: str, role: int) -> object:
        if column == "manifest":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                manifest = self.manifest_at(row)
                return self.label_at(row) if role == Qt.ItemDataRole.DisplayRole else (
                    str(manifest.path) if manifest is not None else self.label_at(row))
            return None
        status = self.cloud_at(row)
        if status is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return status.status.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("UnitTableModel", "{detail} (read {time})").format(
                detail=status.detail, time=local_time(status.read_at))
        if role == Qt.ItemDataRole.ForegroundRole:
            if status.status in CONNECTED:
                return QColor(PASS)
            return QColor(FAIL if status.status in _TROUBLE else MUTED)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section == CLOUD_COLUMN:
                return translate("UnitTableModel", "Cloud status ({service})").format(
                    service=TARGET_NAMES[self.cloud_target])
            return translate("UnitTableModel", COLUMNS[section][1])
        return None
