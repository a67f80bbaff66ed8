"""The line worker's view: the job bar, a tile per port, the big button, the result
banner and the label of the last unit. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import StationError
from station.core.file_names import device_file_name
from station.core.models import Attestation, UnitResult, UnitStatus
from station.gui.demo_job import VirtualBoards
from station.gui.i18n import QT_TRANSLATE_NOOP, translate
from station.gui.job import ActiveJob, LabelContent
from station.gui.job_bar import JobBar
from station.gui.label_print import print_label, save_label_pdf
from station.gui.label_queue import LabelQueue
from station.gui.label_renderer import LabelRenderer
from station.gui.line_controller import LineController
from station.gui.port_tile import PortTile
from station.gui.printer_banner import PrinterBanner
from station.gui.result_banner import ResultBanner
from station.gui.sound import ResultSound
from station.gui.style import named
from station.gui.text_fit import ElidedLabel, WrappingButton, WrappingCheckBox
from station.identity.sources import identity_rule
from station.manifest import Manifest

TILE_COLUMNS = 2
# Progress arrives many times a second per port; tiles are redrawn at most this often.
TILE_REDRAW_MS = 40
COUNT_REFRESH_MS = 1000
AUTO_TIP = QT_TRANSLATE_NOOP(
    "LineView", "Start a unit on each board as soon as it is plugged in, without pressing anything")
AUTO_OFF_FOR_SCANS = QT_TRANSLATE_NOOP(
    "LineView", "Off for this job: each unit starts when its barcode is scanned")
SCAN_AGAIN = QT_TRANSLATE_NOOP(
    "LineView", "Scan the unit's barcode again; the unit starts by itself.")
SIDE_WIDTH = 380
# The built-in identity rules' descriptions (station.identity.sources), in the window's words.
ID_SOURCES = {
    "mac": QT_TRANSLATE_NOOP("LineView", "the board's MAC address"),
    "barcode": QT_TRANSLATE_NOOP("LineView", "a barcode scanned for each unit"),
    "counter": QT_TRANSLATE_NOOP("LineView", "the station's counter"),
    "tpm-ek": QT_TRANSLATE_NOOP("LineView", "the board's TPM"),
}


class LabelPreview(QFrame):
    """The last provisioned unit's label, with Print and Save-as-PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.content: LabelContent | None = None
        # With a label printer chosen in Settings, "Print label…" prints there (never the key).
        self.queue: LabelQueue | None = None
        self.unit_label: tuple[str, str, str, Attestation] | None = None
        self.caption = ElidedLabel(translate("LabelPreview", "Label"), objectName="caption")
        self.image = named(QLabel(translate(
            "LabelPreview", "The label of the next provisioned unit shows here.")), "muted")
        self.image.setWordWrap(True)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumHeight(130)
        self.print_button = WrappingButton(translate("LabelPreview", "Print label…"))
        self.pdf_button = WrappingButton(translate("LabelPreview", "Save as PDF…"))
        self.print_button.clicked.connect(self.print_label)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.caption)
        layout.addWidget(self.image)
        layout.addLayout(buttons)
        self.renderer = LabelRenderer(self)
        self.renderer.ready.connect(self._show_picture)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.print_button.setEnabled(on)
        self.pdf_button.setEnabled(on)

    def show_label(self, content: LabelContent, board: str = "") -> None:
        """Show the latest unit's label; ``board`` names the board whose unit it belongs on.

        The caption and the buttons change at once; the picture follows when drawn.
        """
        self.content = content
        self.caption.setText(
            translate("LabelPreview", "Label — {board}").format(board=board) if board
            else translate("LabelPreview", "Label"))
        self.renderer.request(content)
        self._enable(True)

    def _show_picture(self, image: QImage, problem: str) -> None:
        if image.isNull():
            self.image.setText(translate(
                "LabelPreview", "The label cannot be shown: {problem}").format(problem=problem))
            return
        self.image.setPixmap(QPixmap.fromImage(image))
        self.image.setStyleSheet("border: 1px solid #c0c8d0; background: white;")

    def shutdown(self) -> None:
        self.renderer.shutdown()

    def print_label(self) -> None:
        if self.queue is not None and self.queue.active and self.unit_label is not None:
            self.queue.submit_unit(*self.unit_label)
        elif self.content is not None:
            print_label(self.content, self)

    def save_pdf(self) -> None:
        if self.content is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, translate("LabelPreview", "Save the label as PDF"),
            device_file_name(self.content.device_id, ".pdf"),
            "PDF (*.pdf)",
        )
        if name:
            save_label_pdf(self.content, Path(name))


class LineView(QWidget):
    """Everything a line worker needs on one screen."""

    labelReady = Signal(object)  # LabelContent

    def __init__(
        self,
        controller: LineController,
        virtual_boards: VirtualBoards,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.controller = controller
        self.virtual_boards = virtual_boards
        self.daily_target = 500
        self.tiles: dict[str, PortTile] = {}
        self._manifest: Manifest | None = None
        self.sound = ResultSound()

        self.job_bar = JobBar()
        self.banner = ResultBanner()
        self.banner.retryRequested.connect(self.retry)
        self.labels = LabelQueue(self)
        self.printer_banner = PrinterBanner(self.labels)

        self.tiles_box = QWidget()
        self.tiles_box.setObjectName("page")
        self.tiles_grid = QGridLayout(self.tiles_box)
        self.tiles_grid.setSpacing(12)
        self.tiles_grid.setContentsMargins(0, 0, 0, 0)
        self.tiles_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.no_ports = named(
            QLabel(translate("LineView",
                             "No boards yet. Plug a board in, or add a virtual board.")),
            "muted",
        )
        self.tiles_grid.addWidget(self.no_ports, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.tiles_box)

        self.provision_button = WrappingButton(translate("LineView", "Provision next unit"))
        self.provision_button.setObjectName("provisionNextButton")
        self.provision_button.setDefault(True)
        self.provision_button.setMinimumHeight(96)
        self.provision_button.clicked.connect(self.provision_next)

        self.barcode = named(QLineEdit(), "barcodeField")
        self.barcode.setMinimumHeight(self.barcode.sizeHint().height())
        self.barcode.returnPressed.connect(self._scanned)
        self.auto = WrappingCheckBox(translate("LineView",
                                               "Auto: start each board as it is plugged in"))
        self.auto.setToolTip(translate("LineView", AUTO_TIP))
        self.auto.toggled.connect(self.controller.set_auto)
        self.add_virtual = WrappingButton(translate("LineView", "+ Virtual board"))
        self.add_virtual.setToolTip(
            translate("LineView", "Plug a virtual board of this job's profile into a new port"))
        self.add_virtual.clicked.connect(self._add_virtual)
        self.label_preview = LabelPreview()
        self.label_preview.queue = self.labels

        actions = named(QFrame(), "card")
        actions_layout = QVBoxLayout(actions)
        actions_layout.setContentsMargins(14, 14, 14, 14)
        actions_layout.setSpacing(10)
        actions_layout.addWidget(self.provision_button)
        barcode_caption = named(QLabel(translate("LineView", "Barcode")), "caption")
        barcode_caption.setMinimumHeight(barcode_caption.sizeHint().height())
        actions_layout.addWidget(barcode_caption)
        actions_layout.addWidget(self.barcode)
        actions_layout.addWidget(self.auto)
        actions_layout.addWidget(self.add_virtual, 0, Qt.AlignmentFlag.AlignLeft)

        # The right-hand panel scrolls when the window is short, so its parts never overlap.
        side_box = named(QWidget(), "page")
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(12)
        side.addWidget(actions)
        side.addWidget(self.label_preview)
        side.addStretch(1)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(side_box)
        # The panel fills the area's width; a scroll bar, when one is needed, takes its share.
        self.side_scroll.setFixedWidth(SIDE_WIDTH)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(scroll, 1)
        body.addWidget(self.side_scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.job_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.printer_banner)
        layout.addLayout(body, 1)

        controller.portAdded.connect(self._add_tile)
        controller.portRemoved.connect(self._remove_tile)
        self._dirty_tiles: set[str] = set()
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(TILE_REDRAW_MS)
        self._redraw.timeout.connect(self._redraw_tiles)
        # The day's count is a query of the manifest: at most one a second while units
        # finish several times a second (the first at once, the last one never missed).
        self._count_later = QTimer(self)
        self._count_later.setSingleShot(True)
        self._count_later.setInterval(COUNT_REFRESH_MS)
        self._count_later.timeout.connect(self._count_now)
        self._counted_at = -COUNT_REFRESH_MS / 1000
        controller.portChanged.connect(self._tile_changed)
        controller.unitFinished.connect(self._on_result)
        controller.jobChanged.connect(self._on_job)
        self._on_job()

    # -- job ------------------------------------------------------------------

    def _on_job(self) -> None:
        job = self.controller.job
        self.job_bar.show_job(job)
        if self._manifest is not None:
            self._manifest.close()
            self._manifest = None
        self.provision_button.setEnabled(job is not None)
        self.add_virtual.setEnabled(job is not None)
        self.banner.show_idle(job is not None)
        if job is None:
            self.barcode.setEnabled(False)
            self.barcode.setPlaceholderText(translate("LineView", "no job"))
            return
        self._manifest = job.open_manifest()
        self.barcode.setEnabled(job.wants_scan)
        # A barcode job starts each unit on its scan; auto could only start units without one.
        if job.wants_scan:
            self.auto.setChecked(False)
        self.auto.setEnabled(not job.wants_scan)
        self.auto.setToolTip(
            translate("LineView", AUTO_OFF_FOR_SCANS if job.wants_scan else AUTO_TIP))
        source = self._id_source(job)
        self.barcode.setPlaceholderText(
            translate("LineView", "Scan the unit's barcode — the unit starts by itself")
            if job.wants_scan
            else translate("LineView", "IDs come from {source}").format(source=source)
        )
        self.barcode.setToolTip(
            "" if job.wants_scan
            else translate("LineView", "Not used by this job: device IDs come from {source}")
            .format(source=source)
        )
        self.focus_input()
        self.refresh_count()

    @staticmethod
    def _id_source(job: ActiveJob) -> str:
        # Where the job's device IDs come from, in the words of the barcode field's placeholder;
        # a rule added by an extension brings its own (English) description.
        rule = job.loaded.profile.identity.rule
        words = ID_SOURCES.get(rule)
        return translate("LineView", words) if words else identity_rule(rule).description

    def shutdown(self) -> None:
        """End the label threads and close the manifest. For closing the window."""
        self.label_preview.shutdown()
        self.labels.shutdown()
        self.close_manifest()

    def close_manifest(self) -> None:
        if self._manifest is not None:
            self._manifest.close()
            self._manifest = None

    def units_done_today(self) -> int:
        if self._manifest is None:
            return 0
        midnight = dt.datetime.combine(dt.date.today(), dt.time())
        return self._manifest.count_units(status=UnitStatus.PROVISIONED, since=midnight)

    def refresh_count(self) -> None:
        self.job_bar.show_count(self.units_done_today(), self.daily_target)

    def _count_soon(self) -> None:
        """The count after a unit: at once, unless one was read less than a second ago."""
        if self._count_later.isActive():
            return
        if time.monotonic() - self._counted_at >= COUNT_REFRESH_MS / 1000:
            self._count_now()
        else:
            self._count_later.start()

    def _count_now(self) -> None:
        self._counted_at = time.monotonic()
        self.refresh_count()

    def set_daily_target(self, target: int) -> None:
        self.daily_target = target
        self.refresh_count()

    # -- actions --------------------------------------------------------------

    def focus_input(self) -> None:
        """Give the keyboard to what starts the next unit: the barcode field or the button."""
        job = self.controller.job
        if job is None or not self.isVisible():
            return
        (self.barcode if job.wants_scan else self.provision_button).setFocus()

    def provision_next(self, scanned: str | None = None) -> None:
        try:
            self.controller.provision_next(scanned or None)
        except StationError as exc:
            self.banner.show_message(exc.message[0].upper() + exc.message[1:], exc.hint)
        self.focus_input()

    def retry(self, port: str) -> None:
        try:
            self.controller.retry(port)
        except StationError as exc:
            self.banner.show_message(exc.message[0].upper() + exc.message[1:], exc.hint)
        self.focus_input()

    def _scanned(self) -> None:
        text = self.barcode.text().strip()
        self.barcode.clear()
        if text:
            self.provision_next(text)

    def _add_virtual(self) -> None:
        try:
            self.virtual_boards.add(1)
        except StationError as exc:
            self.banner.show_message(exc.message, exc.hint)
        self.focus_input()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter anywhere on the line view provisions the next unit (the scan field has its own)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.barcode.hasFocus():
            if self.provision_button.isEnabled():
                self.provision_button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- tiles and results -----------------------------------------------------

    def _relayout(self) -> None:
        for tile in self.tiles.values():
            self.tiles_grid.removeWidget(tile)
        self.no_ports.setVisible(not self.tiles)
        for index, tile in enumerate(self.tiles.values()):
            self.tiles_grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)

    def _add_tile(self, port: str) -> None:
        tile = PortTile(self.controller.ports[port])
        tile.retryRequested.connect(self.retry)
        tile.labelRequested.connect(self.print_tile_label)
        self.tiles[port] = tile
        self._relayout()

    def _remove_tile(self, port: str) -> None:
        tile = self.tiles.pop(port, None)
        if tile is not None:
            self.tiles_grid.removeWidget(tile)
            tile.deleteLater()
            self._relayout()

    def _tile_changed(self, port: str) -> None:
        self._dirty_tiles.add(port)
        if not self._redraw.isActive():
            self._redraw.start()

    def _redraw_tiles(self) -> None:
        dirty, self._dirty_tiles = self._dirty_tiles, set()
        for port in dirty:
            self._update_tile(port)

    def _update_tile(self, port: str) -> None:
        tile = self.tiles.get(port)
        status = self.controller.ports.get(port)
        if tile is not None and status is not None:
            # A board that needs a new scan gets no Retry: the banner asks for the scan.
            tile.update_from(status, retry_allowed=not self.controller.needs_new_scan(port))

    def print_tile_label(self, port: str) -> None:
        """Print the label of the last unit provisioned on ``port`` (its tile's button)."""
        tile = self.tiles.get(port)
        if tile is None or tile.label_content is None:
            return
        job = self.controller.job
        if self.labels.active and job is not None:
            self.labels.submit_unit(tile.label_content.device_id, job.id_scope,
                                    job.loaded.profile.name, job.attestation)
        else:
            print_label(tile.label_content, self)

    def _on_result(self, result: UnitResult) -> None:
        self._update_tile(result.port)  # the result shows at once, not at the next redraw
        status = self.controller.ports.get(result.port)
        board = status.label if status else result.port
        new_scan = self.controller.needs_new_scan(result.port)
        self.banner.show_result(
            result,
            board,
            next_step=translate("LineView", SCAN_AGAIN) if new_scan else "",
            attempt=status.attempt if status else 1,
        )
        self.sound.play_result(result.ok)
        job = self.controller.job
        tile = self.tiles.get(result.port)
        # A failed unit gets no label, a passed one its own. The tile is told once:
        # showing its button again lays the tile out at once, on the GUI thread.
        content: LabelContent | None = None
        if result.ok and job is not None:
            try:
                content = job.label_for(result.device_id, self._manifest)
            except StationError as exc:
                self.banner.show_message(translate("LineView", "{device} provisioned, no label")
                                         .format(device=result.device_id),
                                         f"{exc.message} — {exc.hint}")
        if tile is not None:
            tile.set_label(content)
        if result.ok and job is not None:
            if content is not None:
                self.label_preview.show_label(content, board)
                self.label_preview.unit_label = (result.device_id, job.id_scope,
                                                 job.loaded.profile.name, job.attestation)
                self.labelReady.emit(content)
            if self.labels.active:
                self.labels.submit_unit(result.device_id, job.id_scope, job.loaded.profile.name,
                                        job.attestation)
        self._count_soon()
        self.focus_input()
