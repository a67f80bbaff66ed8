"""The label printer in Settings: where labels go (the print dialog, a ZPL printer's raw
port, or a CUPS queue), on what stock, and a test label to try it all. GUI thread
only; the test label is sent on the card's own ``WorkerThread``.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import StationError
from station.gui.i18n import QT_TRANSLATE_NOOP, translate
from station.gui.label_queue import CUPS, ZPL, printing_from, sample_label
from station.gui.settings import StationSettings
from station.gui.style import named
from station.gui.text_fit import WrappingButton, WrappingCheckBox, wrapping
from station.gui.worker import Task, WorkerThread
from station.printing.spooler import LabelPrinting
from station.printing.stock import PRINTER_DPI

PRINTER_KINDS = (
    ("", QT_TRANSLATE_NOOP("PrinterCard", "None: the print dialog, or PDF")),
    (ZPL, QT_TRANSLATE_NOOP("PrinterCard", "ZPL printer on the network (TCP 9100)")),
    (CUPS, QT_TRANSLATE_NOOP("PrinterCard", "ZPL printer through a CUPS queue")),
)
# Common thermal label stocks (width across the print head x height, mm).
STOCKS = ("62x29", "50x25", "57x32", "76x51", "102x51")


def _send_test(printing: LabelPrinting, id_scope: str, _task: Task[None]) -> None:
    printing.print_label(sample_label(id_scope))


class PrinterCard(QFrame):
    """Edits the label printer settings; ``said`` carries a line for the Settings message
    (and whether it is an error)."""

    said = Signal(str, bool)

    def __init__(self, settings: StationSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.kind = named(QComboBox(), "labelPrinterKind")
        for value, words in PRINTER_KINDS:
            self.kind.addItem(translate("PrinterCard", words), value)
        self.address = QLineEdit(settings.label_printer_address, placeholderText=translate(
            "PrinterCard", "HOST or HOST:PORT, e.g. 10.0.4.21"))
        self.queue = QLineEdit(settings.label_printer_queue, placeholderText=translate(
            "PrinterCard", "the queue's name, e.g. zebra-line3"))
        self.stock = QComboBox(editable=True)
        self.stock.addItems(STOCKS)
        self.stock.setCurrentText(settings.label_stock)
        self.stock.setToolTip(translate("PrinterCard", "The label's size in mm, width across "
                                        "the print head first, e.g. 62x29"))
        self.dpi = QComboBox()
        for dpi in PRINTER_DPI:
            self.dpi.addItem(translate("PrinterCard", "{dpi} dpi").format(dpi=dpi), dpi)
        self.dpi.setCurrentIndex(max(self.dpi.findData(settings.label_dpi), 0))
        self.status = WrappingCheckBox(translate("PrinterCard", "Ask the printer for its status "
                                                 "(~HS) before and after each label"))
        self.status.setChecked(settings.label_printer_status)
        self.test_button = named(WrappingButton(translate("PrinterCard", "Print test label")),
                                 "printTestLabelButton")
        self.note = wrapping(named(QLabel(translate(
            "PrinterCard", "With a label printer, each provisioned unit's label prints by "
            "itself; a label the printer cannot take waits and is never lost.")), "muted"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.addWidget(named(QLabel(translate("PrinterCard", "Label printer")), "tileTitle"))
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.form)
        self.form.addRow(translate("PrinterCard", "Printer"), self.kind)
        self.form.addRow(translate("PrinterCard", "Address"), self.address)
        self.form.addRow(translate("PrinterCard", "CUPS queue"), self.queue)
        stock_row = QHBoxLayout()
        stock_row.addWidget(self.stock, 1)
        stock_row.addWidget(self.dpi)
        self.form.addRow(translate("PrinterCard", "Label stock"), stock_row)
        self.form.addRow("", self.status)
        self.form.addRow("", self.test_button)
        self.form.addRow(self.note)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(max(self.kind.findData(settings.label_printer), 0))
        self._kind_changed()
        self._thread: WorkerThread | None = None

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.form.setRowVisible(self.address, kind == ZPL)
        self.form.setRowVisible(self.queue, kind == CUPS)
        self.form.setRowVisible(self.status, kind == ZPL)
        for widget in (self.stock, self.dpi, self.test_button):
            widget.setEnabled(bool(kind))

    def apply_to(self, settings: StationSettings) -> StationSettings:
        """``settings`` with this card's values."""
        return settings.with_changes(
            label_printer=self.kind.currentData() or "",
            label_printer_address=self.address.text().strip(),
            label_printer_queue=self.queue.text().strip(),
            label_stock=self.stock.currentText().strip(),
            label_dpi=int(self.dpi.currentData()),
            label_printer_status=self.status.isChecked(),
        )

    def print_test_label(self, settings: StationSettings | None = None) -> bool:
        """Send a test label with the card's values; False (and why) when they cannot be
        used. The result arrives through ``said``."""
        chosen = self.apply_to(settings or StationSettings())
        try:
            printing = printing_from(chosen)
        except StationError as exc:
            self.said.emit(f"{exc.message} — {exc.hint}" if exc.hint else exc.message, True)
            return False
        if printing is None:
            self.said.emit(translate("PrinterCard", "Choose a label printer first."), True)
            return False
        if self._thread is None:
            self._thread = WorkerThread("test label", self)
        self.test_button.setEnabled(False)
        self.said.emit(translate("PrinterCard", "Sending a test label to {printer}…").format(
            printer=printing.printer), False)
        self._thread.submit(
            partial(_send_test, printing, chosen.id_scope),
            returned=lambda _none: self._tested(printing, ""),
            errored=lambda error: self._tested(printing, _line(error)),
        )
        return True

    def _tested(self, printing: LabelPrinting, problem: str) -> None:
        self.test_button.setEnabled(True)
        if problem:
            self.said.emit(translate("PrinterCard", "The test label was not printed: {problem}")
                           .format(problem=problem), True)
        else:
            self.said.emit(translate("PrinterCard", "Test label printed on {printer} ({stock}).")
                           .format(printer=printing.printer, stock=printing.stock.describe()),
                           False)

    def shutdown(self) -> None:
        if self._thread is not None:
            self._thread.shutdown()
            self._thread = None


def _line(error: Exception) -> str:
    if not isinstance(error, StationError):
        raise error
    return f"{error.message} — {error.hint}" if error.hint else error.message
