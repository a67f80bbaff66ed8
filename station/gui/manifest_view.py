"""The QA view: the manifests shown (the job's, and any QA opens read-only), their units
with filters and each unit's cloud status, a unit's detail and event log, the export
dialog, the enrollment upload dialog and the cloud-status refresh. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import StationError
from station.core.models import UnitStatus
from station.credentials.secret_store import SecretStore, open_secret_store
from station.enrollment.cloud_status import STATUS_GROUPS, last_read_target
from station.enrollment.state import Target
from station.gui.cloud_refresh import CloudStatusDialog
from station.gui.export_dialog import KEYS_WRITTEN_NOTE, ExportDialog
from station.gui.i18n import QT_TRANSLATE_NOOP, number, translate
from station.gui.line_record import LineSource
from station.gui.manifest_model import (
    COLUMNS,
    MANIFEST_COLUMN,
    NOT_READ,
    TARGET_NAMES,
    UnitFilter,
    UnitTableModel,
    local_time,
    status_words,
)
from station.gui.manifest_set import (
    ShownManifest,
    describe_error,
    key_problem,
    open_for_reading,
    short_labels,
)
from station.gui.resolve_dialog import ResolveDialog
from station.gui.style import named
from station.gui.upload_dialog import UploadDialog
from station.line.connection import LineConnector
from station.line.record import LineChange
from station.manifest import Manifest, StationKey, UnitRecord
from station.manifest.custody.station_keys import KeyAccess, key_for_reading, no_passphrase

MANIFEST_FILES = QT_TRANSLATE_NOOP(
    "ManifestView", "Manifests (*.sqlite *.sqlite3 *.db);;All files (*)")
ANY = QT_TRANSLATE_NOOP("ManifestView", "Any")
NO_DATE = QDate(2000, 1, 1)


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    # Shown while the date is the minimum.
    edit.setSpecialValueText(translate("ManifestView", "any date"))
    edit.setDate(NO_DATE)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ManifestView(QWidget):
    """The manifests list on the left; filters, the lazy table and the selected unit's
    detail on the right. The ticked manifests are the chosen ones: the table, the
    exports, the upload, the cloud-status refresh and the Yield tab cover them all.
    """

    # A device ID QA asked to provision again (the window opens the dialog: it has the line).
    reprovisionRequested = Signal(str)
    # The chosen manifests or the cloud target changed (the Yield tab follows).
    chosenChanged = Signal()
    # The line record was opened or closed (the window shows or hides its Line record tab).
    lineChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.model = UnitTableModel(self)
        self.shown: list[ShownManifest] = []  # every open manifest, in the list's order
        self.path: Path | None = None  # the first chosen manifest, and its key
        self.key: StationKey | None = None
        self.secret_store: SecretStore | None = None
        self.open_errors: list[str] = []  # files that could not be opened, a line each
        self._target_picked = False  # QA chose the cloud target (else: the last one read)
        self.line: LineSource | None = None  # the line record, shown instead of manifests
        self.model.lineRead.connect(self._line_read)

        self.manifest_list = named(QListWidget(), "manifestList")
        self.manifest_list.setToolTip(
            translate("ManifestView", "Tick the manifests to browse, export and upload together"))
        self.manifest_list.itemChanged.connect(self._ticked)
        self.manifest_list.currentRowChanged.connect(self._enable_close)
        self.open_button = named(QPushButton(translate("ManifestView", "Open…")),
                                 "openManifestButton")
        self.open_button.setToolTip(
            translate("ManifestView", "Open manifest files read-only, e.g. copied from stations"))
        self.open_button.clicked.connect(self.ask_manifests)
        self.close_button = named(QPushButton(translate("ManifestView", "Close")),
                                  "closeManifestButton")
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.close_current)
        self.notice = named(QLabel(), "qaNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setVisible(False)

        self.since = _date_edit()
        self.until = _date_edit()
        self.status = QComboBox()
        self.status.addItem(translate("ManifestView", ANY), None)
        for status in UnitStatus:
            self.status.addItem(status_words(status.value), status.value)
        self.job = QComboBox()
        self.operator = QComboBox()
        self.station = QComboBox()
        self.cloud = named(QComboBox(), "cloudFilter")
        self.cloud.addItem(translate("ManifestView", ANY), None)
        for group in (*STATUS_GROUPS, NOT_READ):
            self.cloud.addItem(status_words(group), group)
        self.cloud_target = named(QComboBox(), "cloudTarget")
        for target, name in TARGET_NAMES.items():
            self.cloud_target.addItem(name, target.value)
        self.cloud_target.setToolTip(
            translate("ManifestView", "The service whose status the Cloud column and filter show"))
        self.search = QLineEdit(
            placeholderText=translate("ManifestView", "Search device ID, MAC or serial"))
        self.search.setClearButtonEnabled(True)
        self.count = named(QLabel(), "value")
        self.export_button = named(QPushButton(translate("ManifestView", "Export…")),
                                   "exportButton")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.open_export)
        self.upload_button = named(QPushButton(translate("ManifestView", "Upload enrollments…")),
                                   "uploadButton")
        self.upload_button.setToolTip(
            translate("ManifestView", "Send the provisioned units to DPS or IoT Central"))
        self.upload_button.setEnabled(False)
        self.upload_button.clicked.connect(self.open_upload)
        self.cloud_button = named(QPushButton(translate("ManifestView", "Refresh cloud status…")),
                                  "cloudRefreshButton")
        self.cloud_button.setToolTip(translate(
            "ManifestView", "Read what IoT Central or DPS knows of the provisioned units: "
            "connected, blocked, failed to register, never connected"))
        self.cloud_button.setEnabled(False)
        self.cloud_button.clicked.connect(self.open_cloud_refresh)
        # What the buttons say of manifests, given back when the line record closes.
        self._manifest_tips = {button: button.toolTip()
                               for button in (self.upload_button, self.cloud_button)}
        refresh = QPushButton(translate("ManifestView", "Refresh"))
        refresh.setToolTip(translate(
            "ManifestView", "Read the manifests again (and a station key restored meanwhile)"))
        refresh.clicked.connect(self.reload)
        self.resolve_button = named(QPushButton(translate("ManifestView", "Resolve…")),
                                    "resolveButton")
        self.resolve_button.setToolTip(translate(
            "ManifestView",
            "Close a unit an interrupted station left pending, once its board is checked"))
        self.resolve_button.setEnabled(False)
        self.resolve_button.clicked.connect(self.open_resolve)
        self.reprovision_button = named(QPushButton(translate("ManifestView", "Re-provision…")),
                                         "reprovisionButton")
        self.reprovision_button.setToolTip(translate(
            "ManifestView", "Give a returned unit (repair, RMA, erased flash) new credentials "
            "under its device ID, with the running job"))
        self.reprovision_button.setEnabled(False)
        self.reprovision_button.clicked.connect(self._ask_reprovision)
        self.operator_name = ""

        # Long job IDs or names must not widen the window: the boxes show a few
        # characters, and their lists open as wide as their entries.
        for combo, shown in ((self.status, 7), (self.job, 10), (self.operator, 5),
                             (self.station, 5), (self.cloud, 9), (self.cloud_target, 7)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(shown)
        self.search.setMinimumWidth(200)
        filters = QHBoxLayout()
        filters.setSpacing(10)
        for caption, widget in (
            (translate("ManifestView", "From"), self.since),
            (translate("ManifestView", "To"), self.until),
            (translate("ManifestView", "Status"), self.status),
            (translate("ManifestView", "Job"), self.job),
            (translate("ManifestView", "Operator"), self.operator),
            (translate("ManifestView", "Station"), self.station),
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
        counts.addWidget(self.export_button)
        counts.addWidget(self.upload_button)

        # The cloud row: whose status the Cloud column shows, the filter on it, the refresh.
        cloud = QHBoxLayout()
        cloud.addWidget(named(QLabel(translate("ManifestView", "Cloud status from")), "caption"))
        cloud.addWidget(self.cloud_target)
        cloud.addSpacing(8)
        cloud.addWidget(named(QLabel(translate("ManifestView", "Cloud")), "caption"))
        cloud.addWidget(self.cloud)
        cloud.addWidget(self.cloud_button)
        cloud.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((170, 90, 240, 140, 140, 110, 100, 200, 80, 100, 70,
                                        150, 140)):
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
        self.table.setColumnHidden(MANIFEST_COLUMN, True)  # shown when several are chosen
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self._show(cur.row()))

        self.detail = QPlainTextEdit(readOnly=True)
        self.detail.setPlaceholderText(
            translate("ManifestView", "Select a unit to see its facts and event log."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 200])

        # The manifests in one strip across the top: the filters below need the width.
        self.manifest_list.setFlow(QListView.Flow.LeftToRight)
        self.manifest_list.setSpacing(2)
        self.manifest_list.setFixedHeight(self.fontMetrics().height() * 2 + 16)
        files = QHBoxLayout()
        self.files_caption = named(QLabel(translate("ManifestView", "Manifests")), "caption")
        files.addWidget(self.files_caption)
        files.addWidget(self.manifest_list, 1)
        # In the list's place while the line record is shown.
        self.line_label = named(QLabel(), "lineRecordLabel")
        self.line_label.setVisible(False)
        files.addWidget(self.line_label, 1)
        files.addWidget(self.open_button)
        files.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addWidget(self.notice)
        layout.addLayout(files)
        layout.addLayout(filters)
        layout.addLayout(cloud)
        layout.addLayout(counts)
        layout.addWidget(splitter, 1)

        # Typing in the search box waits a moment before querying.
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.status, self.job, self.operator, self.station, self.cloud):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.cloud_target.currentIndexChanged.connect(self._target_changed)
        self.since.dateChanged.connect(self.apply_filter)
        self.until.dateChanged.connect(self.apply_filter)
        self._show_count()

    # -- the manifests shown -----------------------------------------------------

    def open_manifest(self, path: Path, key: StationKey | None) -> None:
        """Show the running job's manifest (writable: QA resolves its units), alone.

        Other manifests stay in the list, unticked; one open read-only at the same
        path is replaced.
        """
        path = Path(path).resolve()
        for entry in [e for e in self.shown if e.writable or e.path == path]:
            self._forget(entry)
        entry = ShownManifest(path, Manifest.open(path, key), key, writable=True)
        self.shown.insert(0, entry)
        self._list_changed(chosen={id(entry)})

    def add_manifests(self, paths: list[Path]) -> list[ShownManifest]:
        """Open each file read-only and tick it; one already open is ticked again.

        A file that cannot be opened is named with the reason in the notice above
        the list; a manifest whose station key is not on this PC opens without it,
        and the notice says how to restore the key. Returns the manifests ticked.
        """
        self.close_line()
        self.open_errors = []
        ticked: list[ShownManifest] = []
        access = KeyAccess(store=self._store(), passphrase=no_passphrase)
        for path in paths:
            resolved = Path(path).resolve()
            entry = next((e for e in self.shown if e.path == resolved), None)
            if entry is None:
                try:
                    entry = open_for_reading(resolved, access)
                except StationError as exc:
                    self.open_errors.append(
                        translate("ManifestView", "{path} cannot be opened: {reason}").format(
                            path=path, reason=describe_error(exc)))
                    continue
                self.shown.append(entry)
            ticked.append(entry)
        chosen = {id(e) for e in self.chosen()} | {id(e) for e in ticked}
        self._list_changed(chosen=chosen)
        return ticked

    def ask_manifests(self) -> None:
        folder = str(self.path.parent) if self.path is not None else ""
        names, _ = QFileDialog.getOpenFileNames(self, translate("ManifestView", "Open manifests"),
                                                folder, translate("ManifestView", MANIFEST_FILES))
        if names:
            self.add_manifests([Path(name) for name in names])

    def close_current(self) -> None:
        """Close the line record when it is shown, else the manifest selected in the list
        (never the running job's)."""
        if self.line is not None:
            self.close_line()
            return
        row = self.manifest_list.currentRow()
        if 0 <= row < len(self.shown) and not self.shown[row].writable:
            self._forget(self.shown[row])
            self._list_changed(chosen={id(e) for e in self.chosen()})

    def close_all(self) -> None:
        self.close_line()
        for entry in list(self.shown):
            self._forget(entry)
        self.model.close()

    def chosen(self) -> list[ShownManifest]:
        """The ticked manifests, in the list's order."""
        return [
            entry for row, entry in enumerate(self.shown)
            if (item := self.manifest_list.item(row)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def chosen_manifests(self) -> list[Manifest]:
        return [entry.manifest for entry in self.chosen()]

    def current_target(self) -> Target:
        return Target(self.cloud_target.currentData())

    def _forget(self, entry: ShownManifest) -> None:
        self.shown.remove(entry)
        self.model.show([])  # the model must not read a connection about to close
        entry.close()

    def _list_changed(self, chosen: set[int]) -> None:
        """Fill the list again with every open manifest, ``chosen`` (ids) ticked."""
        for entry, label in zip(self.shown, short_labels([e.path for e in self.shown]),
                                strict=True):
            entry.label = label
        self.manifest_list.blockSignals(True)
        self.manifest_list.clear()
        for entry in self.shown:
            job = translate("ManifestView", "  (job)") if entry.writable else ""
            item = QListWidgetItem(entry.label + job
                                   + ("  ⚠" if entry.key_note else ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if id(entry) in chosen
                               else Qt.CheckState.Unchecked)
            item.setToolTip(str(entry.path) + (f"\n{entry.key_note}" if entry.key_note else ""))
            self.manifest_list.addItem(item)
        self.manifest_list.blockSignals(False)
        self._chosen_changed()

    def _ticked(self, _item: QListWidgetItem) -> None:
        self._chosen_changed()

    def _enable_close(self, row: int) -> None:
        self.close_button.setEnabled(0 <= row < len(self.shown) and not self.shown[row].writable)

    def _chosen_changed(self) -> None:
        chosen = self.chosen()
        first = chosen[0] if chosen else None
        self.path = first.path if first else None
        self.key = first.key if first else None
        # Until QA picks a service, the column shows the one last read.
        latest = None if self._target_picked else self._latest_target(chosen)
        if latest is not None and latest != self.current_target():
            self.cloud_target.blockSignals(True)
            self.cloud_target.setCurrentIndex(self.cloud_target.findData(latest.value))
            self.cloud_target.blockSignals(False)
        manifests = [e.manifest for e in chosen]
        self._fill_choices(manifests)
        # Target and filters first: the model then counts once.
        self.model.cloud_target = self.current_target()
        self.model.filter = self.current_filter()
        self.model.show(manifests, [e.label for e in chosen])
        self.detail.clear()
        self._show_count()
        self.table.setColumnHidden(MANIFEST_COLUMN, len(chosen) < 2)
        for button in (self.export_button, self.upload_button, self.cloud_button):
            button.setEnabled(bool(chosen))
        self._enable_close(self.manifest_list.currentRow())
        self.chosenChanged.emit()

    @staticmethod
    def _latest_target(chosen: list[ShownManifest]) -> Target | None:
        """The target the first chosen manifest that was ever refreshed was last
        refreshed for; None when none was."""
        for entry in chosen:
            try:
                target = last_read_target(entry.manifest)
            except sqlite3.DatabaseError:
                continue
            if target is not None:
                return target
        return None

    def _show_notice(self) -> None:
        lines = [*self.open_errors]
        lines += [f"{entry.label}: {entry.key_note}" for entry in self.chosen() if entry.key_note]
        if self.model.error:
            lines.append(self.model.error)
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))

    def reload(self) -> None:
        """Read the manifests again, with a station key that is here now (restored, or
        its store unlocked in Settings) for one opened without it."""
        changed = False
        access = KeyAccess(store=self._store(), passphrase=no_passphrase)
        for entry in [e for e in self.shown if e.key_note]:
            try:
                key = key_for_reading(entry.path, access)
                reopened = Manifest.open(entry.path, key, read_only=True)
            except StationError as exc:
                entry.key_note = key_problem(exc, entry.path)
                continue
            self.model.show([])
            entry.manifest.close()
            entry.manifest, entry.key, entry.key_note = reopened, key, ""
            changed = True
        if changed:
            self._list_changed(chosen={id(e) for e in self.chosen()})
        else:
            self.refresh()

    def refresh(self) -> None:
        if self.line is not None:
            self.model.refresh()  # read again on the line's thread; _line_read shows it
            self._show_count()
        elif self.model.manifests:
            self._fill_choices()
            self.model.refresh()
            self._show_count()

    def _fill_choices(self, manifests: list[Manifest] | None = None) -> None:
        """The job, operator and station boxes list what the manifests hold."""
        manifests = self.model.manifests if manifests is None else manifests
        jobs: dict[str, str] = {}
        operators: set[str] = set()
        stations: set[str] = set()
        for manifest in manifests:
            try:
                for job_id, created_at, operator, station_id in manifest.db.execute(
                    "SELECT job_id, created_at, operator, station_id FROM jobs"
                ).fetchall():
                    jobs[job_id] = max(jobs.get(job_id, ""), created_at)
                    operators.add(operator)
                    stations.add(station_id)
            except sqlite3.DatabaseError:
                continue  # the table shows the reason
        newest_jobs = sorted(jobs, key=lambda job_id: jobs[job_id], reverse=True)
        for combo, values in (
            (self.job, newest_jobs),
            (self.operator, sorted(operators - {""})),
            (self.station, sorted(stations - {""})),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("ManifestView", ANY), None)
            for value in values:
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
            cloud=self.cloud.currentData(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.detail.clear()
        self._show_count()

    def _target_changed(self) -> None:
        self._target_picked = True
        self.model.set_cloud_target(self.current_target())
        self.detail.clear()
        self._show_count()
        self.chosenChanged.emit()

    def _show_count(self) -> None:
        chosen = len(self.model.manifests)
        if self.line is not None:
            self.count.setText(
                translate("ManifestView", "Reading the line record…") if self.model.loading
                and not self.model.rows else
                translate("ManifestView", "%Ln unit(s) on the line record", None,
                          self.model.total))
        elif not chosen:
            self.count.setText(
                translate("ManifestView", "No manifest chosen: open one, or tick one in the list"))
        elif chosen > 1:
            self.count.setText(translate("ManifestView", "%Ln unit(s) in {manifests} manifests",
                                         None, self.model.total).format(manifests=chosen))
        else:
            self.count.setText(translate("ManifestView", "%Ln unit(s)", None, self.model.total))
        self._show_notice()

    # -- detail ------------------------------------------------------------------

    def _entry_of(self, manifest: Manifest | None) -> ShownManifest | None:
        return next((e for e in self.shown if e.manifest is manifest), None)

    def _row_of(self, unit: UnitRecord) -> int:
        return next((row for row, shown in enumerate(self.model.rows) if shown is unit), -1)

    def _show(self, row: int) -> None:
        if self.line is not None:
            self._show_line_unit(row)
            return
        unit = self.model.unit_at(row)
        entry = self._entry_of(self.model.manifest_at(row))
        # Only the running job's manifest is written from the window.
        writable = entry is not None and entry.writable
        self.resolve_button.setEnabled(writable and self._interrupted(unit, entry))
        self.reprovision_button.setEnabled(
            writable and unit is not None and unit.status != UnitStatus.PENDING
        )
        if unit is None or entry is None:
            self.detail.clear()
            return
        self.detail.setPlainText(self.describe(unit))

    @staticmethod
    def _interrupted(unit: UnitRecord | None, entry: ShownManifest | None) -> bool:
        if unit is None or unit.status != UnitStatus.PENDING or entry is None:
            return False
        return unit.device_id in {u.device_id for u in entry.manifest.interrupted_units()}

    # -- resolving ---------------------------------------------------------------

    def _selected(self) -> tuple[UnitRecord | None, ShownManifest | None]:
        row = self.table.currentIndex().row()
        return self.model.unit_at(row), self._entry_of(self.model.manifest_at(row))

    def resolve_dialog(self) -> ResolveDialog | None:
        """The dialog for the selected unit, when an interrupted station left it pending
        in the running job's manifest."""
        unit, entry = self._selected()
        if entry is None or not entry.writable or not self._interrupted(unit, entry):
            return None
        assert unit is not None
        return ResolveDialog(entry.manifest, unit.device_id, self.operator_name, self)

    def _ask_reprovision(self) -> None:
        unit, entry = self._selected()
        if unit is not None and entry is not None and entry.writable:
            self.reprovisionRequested.emit(unit.device_id)

    def open_resolve(self) -> None:
        dialog = self.resolve_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def describe(self, unit: UnitRecord) -> str:
        """A unit's facts, its last-read cloud status and its event log, as plain text."""
        row = self._row_of(unit)
        manifest = self.model.manifest_at(row) or self.model.manifest
        assert manifest is not None
        none = "—"
        lines = [
            f"{unit.device_id} — {status_words(str(unit.status))}",
            translate("ManifestView", "profile {profile}, {attestation}, ID scope {scope}").format(
                profile=unit.profile_id, attestation=unit.attestation, scope=unit.id_scope),
            translate("ManifestView", "board {board} {chip}  MAC {mac}  serial {serial}  port "
                      "{port}").format(board=unit.board_type, chip=unit.chip,
                                       mac=unit.mac or none, serial=unit.serial or none,
                                       port=unit.port),
            translate("ManifestView", "job {job}, operator {operator}, station {station}, "
                      "%n attempt(s)", None, unit.attempts).format(
                job=unit.job_id, operator=unit.operator or none,
                station=unit.station_id or none),
            translate("ManifestView", "recorded {recorded}, provisioned {provisioned}").format(
                recorded=local_time(unit.created_at),
                provisioned=local_time(unit.provisioned_at) or none),
        ]
        if len(self.model.manifests) > 1:
            lines.append(translate("ManifestView", "manifest {path}").format(path=manifest.path))
        if unit.failed_stage:
            lines.append(translate("ManifestView", "failed at {stage}: {reason}").format(
                stage=unit.failed_stage, reason=unit.failure_reason))
        if unit.cert_thumbprint_sha1:
            lines.append(translate("ManifestView", "certificate SHA-1 {thumbprint}, issuer "
                                   "{issuer}, valid until {until}").format(
                thumbprint=unit.cert_thumbprint_sha1, issuer=unit.cert_issuer,
                until=unit.cert_not_after))
        cloud = self.model.cloud_at(row)
        if cloud is not None:
            lines.append(translate("ManifestView", "{service}: {status} — {detail} (read {time})")
                         .format(service=TARGET_NAMES[cloud.target], status=cloud.status,
                                 detail=cloud.detail, time=local_time(cloud.read_at)))
        lines += ["", translate("ManifestView", "Event log:")]
        for event in manifest.events_for(unit.device_id):
            lines.append(
                f"  {local_time(event.at)}  #{event.attempt_id}  {event.stage:<14} "
                f"{event.kind:<9} {event.message}"
            )
        return "\n".join(lines)

    # -- export ------------------------------------------------------------------

    def export_dialog(self) -> ExportDialog | None:
        """The export of the units the filters select in every chosen manifest."""
        chosen = self.chosen()
        if not chosen:
            return None
        return ExportDialog(
            [entry.manifest for entry in chosen], self.current_filter(), chosen[0].path.parent,
            self, labels=[entry.label for entry in chosen],
            read_only=[not entry.writable for entry in chosen],
            key_notes=[entry.key_note for entry in chosen],
            cloud_target=self.current_target(),
        )

    def _fit_dates(self, *_args: object) -> None:
        for column in self._date_columns:
            self.table.resizeColumnToContents(column)

    def open_export(self) -> None:
        if self.line is not None:
            name, _ = QFileDialog.getSaveFileName(
                self, translate("ManifestView", "Export the line record"), "line-audit.csv",
                translate("ManifestView", "CSV files (*.csv)"))
            if name:
                self.export_line(Path(name))
            return
        dialog = self.export_dialog()
        if dialog is not None and dialog.exec() and dialog.written is not None:
            notes = translate("ManifestView", "%Ln unit(s) — exported {rows} rows to {where}",
                              None, self.model.total).format(
                rows=number(dialog.written), where=dialog.written_to())
            if dialog.holds_keys:
                notes += "; " + translate("ExportDialog", KEYS_WRITTEN_NOTE)
            if dialog.head:
                notes += "; " + translate(
                    "ManifestView", "journal head {head} (note it outside the station)").format(
                    head=dialog.head)
            self.count.setText(notes)

    # -- enrollment upload and cloud status -------------------------------------------

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
        """The upload of every chosen manifest's enrollments, one manifest after another;
        of the line record's, once for the line, while it is shown."""
        if self.line is not None:
            return UploadDialog(Path.cwd() / "line", None, self._store(), self,
                                line=self.line.connector)
        chosen = self.chosen()
        if not chosen:
            return None
        more = [(entry.path, entry.key) for entry in chosen[1:]]
        return UploadDialog(chosen[0].path, chosen[0].key, self._store(), self, more=more)

    def open_upload(self) -> None:
        dialog = self.upload_dialog()
        if dialog is None:
            return
        dialog.exec()
        if dialog.report is not None:
            self.count.setText(translate("ManifestView", "%Ln unit(s) — upload: {summary}", None,
                                         self.model.total).format(summary=dialog.summary()))
        dialog.deleteLater()

    def cloud_dialog(self) -> CloudStatusDialog | None:
        """The cloud-status refresh of every chosen manifest, or of the line record while
        it is shown."""
        chosen = self.chosen()
        if not chosen and self.line is None:
            return None
        dialog = CloudStatusDialog(
            [(entry.path, entry.label) for entry in chosen], self._store(), self,
            target=self.current_target(),
            line=self.line.connector if self.line is not None else None)
        dialog.refreshed.connect(self._cloud_refreshed)
        return dialog

    def open_cloud_refresh(self) -> None:
        dialog = self.cloud_dialog()
        if dialog is None:
            return
        dialog.exec()
        if dialog.reports:
            self.count.setText(translate("ManifestView", "%Ln unit(s) — {summary}", None,
                                         self.model.total).format(summary=dialog.summary()))
        dialog.deleteLater()

    def _cloud_refreshed(self, target: Target) -> None:
        """Show what a refresh recorded: the refreshed target's statuses, read again."""
        self.cloud_target.blockSignals(True)
        self.cloud_target.setCurrentIndex(self.cloud_target.findData(target.value))
        self.cloud_target.blockSignals(False)
        self.model.cloud_target = target
        self.refresh()
        self.chosenChanged.emit()

    # -- the line record ----------------------------------------------------------------

    def open_line(self, connector: LineConnector) -> LineSource:
        """Show the line record of ``connector`` read-only, in the manifests' place: the
        count, the pages, a unit's changes and the export are read on its own thread."""
        self.close_line()
        self.line = LineSource(connector, self)
        self.manifest_list.setVisible(False)
        self.files_caption.setText(translate("ManifestView", "Line record"))
        self.line_label.setText(translate("ManifestView", "{where} (read-only)").format(
            where=self.line.label))
        self.line_label.setVisible(True)
        self.close_button.setEnabled(True)
        self.search.setPlaceholderText(translate("ManifestView", "Device ID starts with"))
        line_only = translate("ManifestView", "Not on the line record; use a station's manifest")
        for combo in (self.operator, self.cloud):
            combo.setEnabled(False)
            combo.setToolTip(line_only)
        # Uploads and refreshes of the line run once for every station's units.
        self.upload_button.setToolTip(translate(
            "ManifestView", "Send every station's provisioned units to DPS or IoT Central, "
            "once for the line"))
        self.cloud_button.setToolTip(translate(
            "ManifestView", "Read what IoT Central or DPS knows of every station's "
            "provisioned units into the line record"))
        for button in (self.export_button, self.upload_button, self.cloud_button):
            button.setEnabled(True)
        self.path, self.key = None, None
        self.model.cloud_target = self.current_target()
        self.model.filter = self.current_filter()
        self.model.show_line(self.line)
        self.detail.clear()
        self._show_count()
        self.lineChanged.emit()
        return self.line

    def close_line(self) -> None:
        """Back to the manifests (the line's thread ends once its read under way has)."""
        line, self.line = self.line, None
        if line is None:
            return
        self.model.show_line(None)
        line.shutdown()
        line.deleteLater()
        self.manifest_list.setVisible(True)
        self.files_caption.setText(translate("ManifestView", "Manifests"))
        self.line_label.setVisible(False)
        self.search.setPlaceholderText(
            translate("ManifestView", "Search device ID, MAC or serial"))
        for combo in (self.operator, self.cloud):
            combo.setEnabled(True)
            combo.setToolTip("")
        self.upload_button.setToolTip(self._manifest_tips[self.upload_button])
        self.cloud_button.setToolTip(self._manifest_tips[self.cloud_button])
        self.lineChanged.emit()
        self._list_changed(chosen={id(e) for e in self.chosen()})

    def _line_read(self) -> None:
        """A count or a page of the line arrived: the count, and the filter choices."""
        count = self.model.line_count
        if count is not None and self.line is not None:
            for combo, values in ((self.job, count.jobs), (self.station, count.stations)):
                chosen = combo.currentData()
                combo.blockSignals(True)
                combo.clear()
                combo.addItem(translate("ManifestView", ANY), None)
                for value in values:
                    combo.addItem(value, value)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
                combo.blockSignals(False)
        self._show_count()

    def _show_line_unit(self, row: int) -> None:
        unit = self.model.unit_at(row)
        self.resolve_button.setEnabled(False)
        self.reprovision_button.setEnabled(False)
        if unit is None or self.line is None:
            self.detail.clear()
            return
        station = self.model.label_at(row)
        facts = self.describe_line_unit(unit, station)
        self.detail.setPlainText(facts + "\n\n" + translate(
            "ManifestView", "Reading its changes from the line record…"))

        def arrived(changes: list[LineChange]) -> None:
            if self.model.unit_at(self.table.currentIndex().row()) is unit:
                self.detail.setPlainText(facts + "\n\n" + self.describe_changes(changes))

        def failed(exc: Exception) -> None:
            if not isinstance(exc, StationError):
                raise exc
            if self.model.unit_at(self.table.currentIndex().row()) is unit:
                self.detail.setPlainText(facts + "\n\n" + describe_error(exc))

        self.line.changes(station, unit.device_id, arrived, failed)

    def describe_line_unit(self, unit: UnitRecord, station: str) -> str:
        """A line unit's facts and its last-read cloud status, as plain text."""
        none = "—"
        lines = [
            f"{unit.device_id} — {status_words(str(unit.status))}",
            translate("ManifestView", "on the line from station {station}").format(
                station=station),
            translate("ManifestView", "profile {profile}, {attestation}, ID scope {scope}").format(
                profile=unit.profile_id, attestation=unit.attestation, scope=unit.id_scope),
            translate("ManifestView", "board {board} {chip}  MAC {mac}  serial {serial}  port "
                      "{port}").format(board=unit.board_type, chip=unit.chip,
                                       mac=unit.mac or none, serial=unit.serial or none,
                                       port=unit.port),
            translate("ManifestView", "recorded {recorded}, provisioned {provisioned}").format(
                recorded=local_time(unit.created_at),
                provisioned=local_time(unit.provisioned_at) or none),
        ]
        if unit.failed_stage:
            lines.append(translate("ManifestView", "failed at {stage}: {reason}").format(
                stage=unit.failed_stage, reason=unit.failure_reason))
        cloud = self.model.cloud_at(self._row_of(unit))
        if cloud is not None:
            lines.append(translate("ManifestView", "{service}: {status} — {detail} (read {time})")
                         .format(service=TARGET_NAMES[cloud.target], status=cloud.status,
                                 detail=cloud.detail, time=local_time(cloud.read_at)))
        return "\n".join(lines)

    @staticmethod
    def describe_changes(changes: list[LineChange]) -> str:
        lines = [translate("ManifestView", "Changes on the line record:")]
        for change in changes:
            failure = (f"  {change.failed_stage}: {change.failure_reason}"
                       if change.failed_stage else "")
            lines.append(f"  {local_time(change.at)}  #{change.attempt_id}  {change.action:<12} "
                         f"{change.status}{failure}")
        return "\n".join(lines)

    def export_line(self, out: Path) -> None:
        """Write the audit file of the line units the filters select to ``out``, on the
        line's thread (the server makes it: COPY)."""
        if self.line is None:
            return
        self.export_button.setEnabled(False)
        self.count.setText(translate("ManifestView", "Exporting the line record to {where}…")
                           .format(where=out))

        def written(rows: int) -> None:
            self.export_button.setEnabled(self.line is not None)
            self.count.setText(translate(
                "ManifestView", "%Ln unit(s) on the line record — exported {rows} rows to "
                "{where}", None, self.model.total).format(rows=number(rows), where=out))

        def failed(exc: Exception) -> None:
            self.export_button.setEnabled(self.line is not None)
            if not isinstance(exc, StationError):
                raise exc
            self.count.setText(describe_error(exc))

        self.line.export(out, self.current_filter().line_query(), written, failed)
