"""The QA view: the manifest's units with filters, a unit's detail and event log,
the export dialog and the enrollment upload dialog. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.core.models import UnitStatus
from station.credentials.secret_store import SecretStore, open_secret_store
from station.gui.export_dialog import KEYS_WRITTEN_NOTE, ExportDialog
from station.gui.manifest_model import COLUMNS, UnitFilter, UnitTableModel, local_time
from station.gui.resolve_dialog import ResolveDialog
from station.gui.style import named
from station.gui.upload_dialog import UploadDialog
from station.manifest import StationKey, UnitRecord

ANY = "Any"
NO_DATE = QDate(2000, 1, 1)


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("any date")  # shown while the date is the minimum
    edit.setDate(NO_DATE)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ManifestView(QWidget):
    """Filters on top, the lazy table, and the selected unit's detail below."""

    # A device ID QA asked to provision again (the window opens the dialog: it has the line).
    reprovisionRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.model = UnitTableModel(self)
        self.path: Path | None = None
        self.key: StationKey | None = None
        self.secret_store: SecretStore | None = None

        self.since = _date_edit()
        self.until = _date_edit()
        self.status = QComboBox()
        self.status.addItem(ANY, None)
        for status in UnitStatus:
            self.status.addItem(status.value, status.value)
        self.job = QComboBox()
        self.operator = QComboBox()
        self.station = QComboBox()
        self.search = QLineEdit(placeholderText="Search device ID, MAC or serial")
        self.search.setClearButtonEnabled(True)
        self.count = named(QLabel(), "value")
        export_button = QPushButton("Export…")
        export_button.clicked.connect(self.open_export)
        self.upload_button = named(QPushButton("Upload enrollments…"), "uploadButton")
        self.upload_button.setToolTip("Send the provisioned units to DPS or IoT Central")
        self.upload_button.setEnabled(False)
        self.upload_button.clicked.connect(self.open_upload)
        refresh = QPushButton("Refresh")
        refresh.clicked.connect(self.refresh)
        self.resolve_button = named(QPushButton("Resolve…"), "resolveButton")
        self.resolve_button.setToolTip(
            "Close a unit an interrupted station left pending, once its board is checked")
        self.resolve_button.setEnabled(False)
        self.resolve_button.clicked.connect(self.open_resolve)
        self.reprovision_button = named(QPushButton("Re-provision…"), "reprovisionButton")
        self.reprovision_button.setToolTip(
            "Give a returned unit (repair, RMA, erased flash) new credentials under its "
            "device ID, with the running job")
        self.reprovision_button.setEnabled(False)
        self.reprovision_button.clicked.connect(self._ask_reprovision)
        self.operator_name = ""

        # Long job IDs or names must not widen the window: the boxes show a few
        # characters, and their lists open as wide as their entries.
        for combo, shown in ((self.status, 7), (self.job, 10), (self.operator, 5),
                             (self.station, 5)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(shown)
        self.search.setMinimumWidth(200)
        filters = QHBoxLayout()
        filters.setSpacing(10)
        for caption, widget in (
            ("From", self.since),
            ("To", self.until),
            ("Status", self.status),
            ("Job", self.job),
            ("Operator", self.operator),
            ("Station", self.station),
        ):
            # Each caption above its field, as on the job bar: the row stays narrow.
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(named(QLabel(caption), "caption"))
            box.addWidget(widget)
            filters.addLayout(box)
        filters.addStretch(1)

        counts = QHBoxLayout()
        counts.addWidget(self.count)
        counts.addWidget(self.search, 1)
        counts.addWidget(refresh)
        counts.addWidget(self.resolve_button)
        counts.addWidget(self.reprovision_button)
        counts.addWidget(export_button)
        counts.addWidget(self.upload_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((170, 90, 240, 140, 140, 110, 100, 200, 80, 100)):
            self.table.setColumnWidth(column, width)
        # Timestamps are never cut: those columns take the width of their text, measured
        # again whenever rows arrive (a header's own resize-to-contents misses fetched rows).
        header = self.table.horizontalHeader()
        self._date_columns = [c for c, (name, _t) in enumerate(COLUMNS) if name.endswith("_at")]
        self.model.modelReset.connect(self._fit_dates)
        self.model.rowsInserted.connect(self._fit_dates)
        # The reason, often empty and sometimes long, goes last and takes the room left.
        reason = [name for name, _title in COLUMNS].index("failure")
        header.moveSection(header.visualIndex(reason), len(COLUMNS) - 1)
        self.table.setColumnWidth(reason, 240)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self._show(cur.row()))

        self.detail = QPlainTextEdit(readOnly=True)
        self.detail.setPlaceholderText("Select a unit to see its facts and event log.")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 200])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addLayout(filters)
        layout.addLayout(counts)
        layout.addWidget(splitter, 1)

        # Typing in the search box waits a moment before querying.
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.status, self.job, self.operator, self.station):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.since.dateChanged.connect(self.apply_filter)
        self.until.dateChanged.connect(self.apply_filter)

    # -- manifest --------------------------------------------------------------

    def open_manifest(self, path: Path, key: StationKey | None) -> None:
        self.path, self.key = path, key
        self.model.open(path, key)
        self.upload_button.setEnabled(True)
        self._fill_choices()
        self.apply_filter()

    def refresh(self) -> None:
        if self.model.manifest is not None:
            self._fill_choices()
            self.model.refresh()
            self._show_count()

    def _fill_choices(self) -> None:
        manifest = self.model.manifest
        if manifest is None:
            return
        for combo, sql in (
            (self.job, "SELECT job_id FROM jobs ORDER BY created_at DESC"),
            (self.operator, "SELECT DISTINCT operator FROM jobs WHERE operator != '' ORDER BY 1"),
            (self.station,
             "SELECT DISTINCT station_id FROM jobs WHERE station_id != '' ORDER BY 1"),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(ANY, None)
            for (value,) in manifest.db.execute(sql).fetchall():
                combo.addItem(value, value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # -- filters ---------------------------------------------------------------

    def current_filter(self) -> UnitFilter:
        def day(edit: QDateEdit) -> dt.date | None:
            date = edit.date()
            return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

        return UnitFilter(
            since=day(self.since),
            until=day(self.until),
            status=self.status.currentData(),
            job_id=self.job.currentData(),
            operator=self.operator.currentData(),
            station_id=self.station.currentData(),
            search=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        if self.model.manifest is None:
            return
        self.model.set_filter(self.current_filter())
        self.detail.clear()
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(f"{self.model.total:,} units")

    # -- detail ------------------------------------------------------------------

    def _show(self, row: int) -> None:
        unit = self.model.unit_at(row)
        self.resolve_button.setEnabled(self._interrupted(unit))
        self.reprovision_button.setEnabled(
            unit is not None and unit.status != UnitStatus.PENDING
        )
        if unit is None or self.model.manifest is None:
            self.detail.clear()
            return
        self.detail.setPlainText(self.describe(unit))

    def _interrupted(self, unit: UnitRecord | None) -> bool:
        if unit is None or unit.status != UnitStatus.PENDING or self.model.manifest is None:
            return False
        return unit.device_id in {u.device_id for u in self.model.manifest.interrupted_units()}

    # -- resolving ---------------------------------------------------------------

    def resolve_dialog(self) -> ResolveDialog | None:
        """The dialog for the selected unit, when an interrupted station left it pending."""
        unit = self.model.unit_at(self.table.currentIndex().row())
        if not self._interrupted(unit) or self.model.manifest is None:
            return None
        assert unit is not None
        return ResolveDialog(self.model.manifest, unit.device_id, self.operator_name, self)

    def _ask_reprovision(self) -> None:
        unit = self.model.unit_at(self.table.currentIndex().row())
        if unit is not None:
            self.reprovisionRequested.emit(unit.device_id)

    def open_resolve(self) -> None:
        dialog = self.resolve_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def describe(self, unit: UnitRecord) -> str:
        """A unit's facts and its event log, as plain text."""
        assert self.model.manifest is not None
        lines = [
            f"{unit.device_id} — {unit.status}",
            f"profile {unit.profile_id}, {unit.attestation}, ID scope {unit.id_scope}",
            f"board {unit.board_type} {unit.chip}  MAC {unit.mac or '—'}  "
            f"serial {unit.serial or '—'}  port {unit.port}",
            f"job {unit.job_id}, operator {unit.operator or '—'}, "
            f"station {unit.station_id or '—'}, {unit.attempts} attempt(s)",
            f"recorded {local_time(unit.created_at)}, "
            f"provisioned {local_time(unit.provisioned_at) or '—'}",
        ]
        if unit.failed_stage:
            lines.append(f"failed at {unit.failed_stage}: {unit.failure_reason}")
        if unit.cert_thumbprint_sha1:
            lines.append(f"certificate SHA-1 {unit.cert_thumbprint_sha1}, "
                         f"issuer {unit.cert_issuer}, valid until {unit.cert_not_after}")
        lines += ["", "Event log:"]
        for event in self.model.manifest.events_for(unit.device_id):
            lines.append(
                f"  {local_time(event.at)}  #{event.attempt_id}  {event.stage:<14} "
                f"{event.kind:<9} {event.message}"
            )
        return "\n".join(lines)

    # -- export ------------------------------------------------------------------

    def export_dialog(self) -> ExportDialog | None:
        if self.model.manifest is None or self.path is None:
            return None
        return ExportDialog(self.model.manifest, self.current_filter(), self.path.parent, self)

    def _fit_dates(self, *_args: object) -> None:
        for column in self._date_columns:
            self.table.resizeColumnToContents(column)

    def open_export(self) -> None:
        dialog = self.export_dialog()
        if dialog is not None and dialog.exec() and dialog.written is not None:
            self.count.setText(
                f"{self.model.total:,} units — exported {dialog.written:,} rows to "
                f"{dialog.path.text()}"
                + (f"; {KEYS_WRITTEN_NOTE}" if dialog.holds_keys else "")
                + (f"; journal head {dialog.head} (note it outside the station)"
                   if dialog.head else "")
            )

    # -- enrollment upload ---------------------------------------------------------

    def set_secret_store(self, store: SecretStore) -> None:
        """The store the upload credentials are kept in (the window's, already unlocked)."""
        self.secret_store = store

    def _store(self) -> SecretStore:
        if self.secret_store is None:
            # The main window owns the store the operator unlocked; use it when given none.
            window_store = getattr(self.window(), "store", None)
            self.secret_store = window_store if window_store is not None else open_secret_store()
        return self.secret_store

    def upload_dialog(self) -> UploadDialog | None:
        if self.path is None:
            return None
        return UploadDialog(self.path, self.key, self._store(), self)

    def open_upload(self) -> None:
        dialog = self.upload_dialog()
        if dialog is None:
            return
        dialog.exec()
        if dialog.report is not None:
            self.count.setText(f"{self.model.total:,} units — upload: {dialog.report.summary()}")
        dialog.deleteLater()
