"""A lazy table model over the manifest's units: counted at once, fetched in pages.

The view asks for more rows as it scrolls (``canFetchMore``/``fetchMore``), so a
manifest of 100,000 units opens at once. The model owns a manifest connection
opened on the GUI thread and is used on that thread only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from station.core.models import UnitStatus
from station.gui.style import FAIL, MUTED, PASS
from station.manifest import Manifest, StationKey, UnitRecord
from station.manifest.records import UnitFilters

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

    def query(self) -> UnitFilters:
        """The filters for ``Manifest.units``/``count_units``/``exports.export``."""
        return UnitFilters(
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
    ("device_id", "Device ID"),
    ("status", "Status"),
    ("failure", "Failed at / reason"),
    ("created_at", "Recorded"),
    ("provisioned_at", "Provisioned"),
    ("profile_id", "Profile"),
    ("attestation", "Attestation"),
    ("job_id", "Job"),
    ("operator", "Operator"),
    ("station_id", "Station"),
    ("port", "Port"),
)


def cell_text(unit: UnitRecord, column: str) -> str:
    if column == "failure":
        return f"{unit.failed_stage}: {unit.failure_reason}" if unit.failed_stage else ""
    if column in ("created_at", "provisioned_at"):
        return local_time(getattr(unit, column))
    return str(getattr(unit, column))


class UnitTableModel(QAbstractTableModel):
    """Units matching a ``UnitFilter``, newest first, ``PAGE_SIZE`` rows per fetch."""

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.manifest: Manifest | None = None
        self.filter = UnitFilter()
        self.total = 0
        self.rows: list[UnitRecord] = []

    def open(self, path: Path, key: StationKey | None) -> None:
        """Show the manifest at ``path`` (a connection for the GUI thread)."""
        if self.manifest is not None:
            self.manifest.close()
        self.manifest = Manifest.open(path, key)
        self.refresh()

    def close(self) -> None:
        if self.manifest is not None:
            self.manifest.close()
            self.manifest = None

    def set_filter(self, unit_filter: UnitFilter) -> None:
        self.filter = unit_filter
        self.refresh()

    def refresh(self) -> None:
        """Count again and drop the loaded rows; the view fetches the first page."""
        self.beginResetModel()
        self.rows = []
        self.total = (
            self.manifest.count_units(**self.filter.query()) if self.manifest else 0
        )
        self.endResetModel()

    def unit_at(self, row: int) -> UnitRecord | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- Qt's model interface -----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self.manifest is None:
            return
        page = self.manifest.units(
            **self.filter.query(),
            limit=min(self.page_size, self.total - len(self.rows)),
            offset=len(self.rows),
            newest_first=True,
        )
        if not page:
            self.total = len(self.rows)  # units were removed under us; stop asking
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        unit = self.unit_at(index.row()) if index.isValid() else None
        if unit is None:
            return None
        column = COLUMNS[index.column()][0]
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

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1]
        return None
