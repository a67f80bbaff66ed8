"""Each provisioned unit's label on the label printer chosen in Settings (ZPL over TCP
9100 or a CUPS queue), printed in order on the queue's own ``WorkerThread``.

A label that cannot be printed (no answer, paper out, head open, a stopped queue)
is never dropped: it stays first in the waiting list, which is kept in a file
beside the manifest (``station.printing.waiting``), the banner says why and how
many labels wait, and printing is tried again every ``RETRY_MS`` and whenever the
line worker asks. The unit itself is provisioned either way: its record is the
manifest's, not the printer's. The label sent to a printer never carries the
device key (a label printer is reached over the plain factory network).
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from station.core.errors import ConfigError, StationError, with_code
from station.core.labels import LabelLayout
from station.core.models import Attestation
from station.gui.i18n import translate
from station.gui.settings import StationSettings
from station.gui.worker import Task, WorkerThread
from station.printing.cups_printer import CupsQueue
from station.printing.label import UnitLabel, unit_label
from station.printing.raw_printer import PrinterAddress
from station.printing.spooler import LabelPrinting
from station.printing.stock import LabelStock
from station.printing.waiting import WaitingLabels, waiting_file_for

RETRY_MS = 10_000
ZPL, CUPS = "zpl", "cups"  # the label printer kinds Settings offers ("" for none)
TEST_LABEL_ID = "test-label-0001"
TEST_SCOPE = "0ne00000000"


def printing_from(
    settings: StationSettings, layout: LabelLayout | None = None
) -> LabelPrinting | None:
    """The label printer and stock the settings choose, with the job's profile's label
    ``layout`` (None: laid out on the stock); None for the print dialog.

    Raises ConfigError for an address, queue or stock that cannot be used.
    """
    if settings.label_printer not in (ZPL, CUPS):
        return None
    stock = LabelStock.parse(settings.label_stock, settings.label_dpi)
    printer: PrinterAddress | CupsQueue
    if settings.label_printer == ZPL:
        if not settings.label_printer_address.strip():
            raise ConfigError(
                translate("LabelQueue", "no label printer address is given"),
                hint=translate("LabelQueue", "type the printer's address in Settings, e.g. "
                               "10.0.4.21 or zebra-3:9100"),
            )
        printer = PrinterAddress.parse(settings.label_printer_address)
    else:
        printer = CupsQueue.parse(settings.label_printer_queue)
    return LabelPrinting(printer, stock, check_status=settings.label_printer_status,
                         layout=layout)


def sample_label(id_scope: str = "") -> UnitLabel:
    """A label to try the printer and stock with: the same fields as a unit's."""
    return UnitLabel(
        device_id=TEST_LABEL_ID,
        id_scope=id_scope or TEST_SCOPE,
        profile_name="Test label - Provisioning Station",
        qr_text=f"TEST {id_scope or TEST_SCOPE} {TEST_LABEL_ID}",
        printed_at=time.strftime("%Y-%m-%d %H:%M"),
    )


def _problem(error: StationError) -> str:
    """Why a label waits, in one line: the printer's words with the error's code, as
    `station label print` and the log say them, then what to do."""
    said = with_code(error.message, error.code)
    return f"{said} — {error.hint}" if error.hint else said


def _print(printing: LabelPrinting, label: UnitLabel, _task: Task[None]) -> None:
    printing.print_label(label)


class LabelQueue(QObject):
    """The labels to print, in order; GUI thread only (the printing runs on its thread).

    ``changed`` follows every change of ``waiting`` or ``problem``; ``printed`` carries
    the device ID of each label printed.
    """

    changed = Signal()
    printed = Signal(str)

    def __init__(self, parent: QObject | None = None, retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self.printing: LabelPrinting | None = None
        self.waiting = WaitingLabels()
        self.problem = ""  # why the first waiting label is not printed, in one line
        self._sending: UnitLabel | None = None
        self._thread: WorkerThread | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._next)

    @property
    def active(self) -> bool:
        """True when a label printer is chosen: provisioned units' labels come here."""
        return self.printing is not None

    def configure(self, printing: LabelPrinting | None, manifest: Path | None) -> None:
        """Print on ``printing`` from now on; the labels of ``manifest``'s units that were
        left waiting (also by an earlier run of the station) are printed first."""
        self.printing = printing
        path = waiting_file_for(manifest) if manifest is not None else None
        if self._sending is None and (path is None or path != self.waiting.path):
            self.waiting = WaitingLabels(path)
        self.problem = ""
        self.changed.emit()
        self._next()

    def submit_unit(
        self, device_id: str, id_scope: str, profile_name: str, attestation: Attestation
    ) -> None:
        """Queue a provisioned unit's label; returns at once."""
        self.submit(unit_label(device_id, id_scope, profile_name, attestation))

    def submit(self, label: UnitLabel) -> None:
        """Queue ``label`` behind those waiting; returns at once."""
        try:
            self.waiting.add(label)
        except StationError as exc:  # kept in memory; the file could not be written
            self.problem = _problem(exc)
        self.changed.emit()
        self._next()

    def retry_now(self) -> None:
        """Try the waiting labels again at once (the line worker saw to the printer)."""
        self._retry.stop()
        self._next()

    def _next(self) -> None:
        if self._sending is not None or not self.waiting or self.printing is None:
            return
        self._retry.stop()
        if self._thread is None:
            self._thread = WorkerThread("label printer", self)
        label = self.waiting.first
        self._sending = label
        self._thread.submit(
            partial(_print, self.printing, label),
            returned=lambda _none: self._printed(label),
            errored=self._failed,
        )

    def _printed(self, label: UnitLabel) -> None:
        self._sending = None
        try:
            self.waiting.printed(label)
        except StationError as exc:
            self.problem = _problem(exc)
        else:
            self.problem = ""
        self.printed.emit(label.device_id)
        self.changed.emit()
        self._next()

    def _failed(self, error: Exception) -> None:
        self._sending = None
        if not isinstance(error, StationError):
            raise error  # a fault of the station, not of the printer: reported as such
        # The printer's words, as `station label print` and the log say them.
        self.problem = _problem(error)
        self.changed.emit()
        self._retry.start()

    def shutdown(self) -> None:
        """End the printing thread (a label being sent is finished first)."""
        self._retry.stop()
        if self._thread is not None:
            self._thread.shutdown()
            self._thread = None
