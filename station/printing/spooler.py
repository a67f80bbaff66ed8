"""Printing each provisioned unit's label without holding up or failing the unit.

Labels are printed one after another on the spooler's own thread, in the order
their units were provisioned. A label that cannot be printed is reported in one
line that names the unit, the fault and the command that prints it again; the
unit stays provisioned (its record is the manifest's, not the printer's), so its
label can always be printed again from the manifest.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station.core.errors import StationError
from station.core.events import EventKind, Stage, StageEvent
from station.core.labels import LabelLayout
from station.core.models import Attestation
from station.manifest import Manifest
from station.printing.cups_printer import CupsQueue
from station.printing.label import UnitLabel, unit_label
from station.printing.raw_printer import PrinterAddress
from station.printing.records import record_label
from station.printing.stock import DEFAULT_DPI, DEFAULT_STOCK, LabelStock
from station.printing.zpl import render_zpl

Observer = Callable[[StageEvent], None]
# device ID, then "" once printed or the one line that says why not.
LabelDone = Callable[[str, str], None]


@dataclass(frozen=True)
class LabelPrinting:
    """Where labels go (a printer's raw port, or a CUPS queue), on what stock, and the
    job's profile's label ``layout`` (None: laid out on the stock)."""

    printer: PrinterAddress | CupsQueue
    stock: LabelStock
    check_status: bool = True
    layout: LabelLayout | None = None

    def print_label(self, label: UnitLabel, layout: LabelLayout | None = None) -> None:
        """Render and send one label, in ``layout`` when given (a unit of another
        profile), else in this printing's; raises PrinterError or ConfigError. Any thread."""
        zpl = render_zpl(label, self.stock, layout or self.layout)
        self.printer.send(zpl, check_status=self.check_status)

    def again(self, device_id: str) -> str:
        """The command that prints ``device_id``'s label again on this printer and stock."""
        if isinstance(self.printer, CupsQueue):
            command = f"station label print {device_id} --out -"
        else:
            command = f"station label print {device_id} --printer {self.printer}"
        default = LabelStock.parse(DEFAULT_STOCK)
        if (self.stock.width_mm, self.stock.height_mm) != (default.width_mm, default.height_mm):
            command += f" --label-stock {self.stock.width_mm:g}x{self.stock.height_mm:g}"
        if self.stock.dpi != DEFAULT_DPI:
            command += f" --label-dpi {self.stock.dpi}"
        if isinstance(self.printer, CupsQueue):
            return f"{command} | lp -d {self.printer.name} -o raw"
        if not self.check_status:
            command += " --no-printer-status"
        return command

    def failure_line(self, device_id: str, exc: StationError) -> str:
        return f"label of {device_id} not printed: {exc}; print it again: {self.again(device_id)}"


def manifest_labels(manifest: Path) -> Callable[[str], UnitLabel]:
    """Labels made from the manifest's records (opened read-only per label, on the
    calling thread); the profile's name when the profile is found, else its ID."""

    def describe(device_id: str) -> UnitLabel:
        with Manifest.open(manifest, None, read_only=True) as store:
            return record_label(store, device_id)

    return describe


def job_labels(
    id_scope: str, profile_name: str, attestation: Attestation
) -> Callable[[str], UnitLabel]:
    """Labels of one running job's units: nothing to read, the job knows it all."""
    return lambda device_id: unit_label(device_id, id_scope, profile_name, attestation)


class LabelSpooler:
    """A queue of labels to print, served by one thread from ``start`` to ``close``."""

    def __init__(
        self,
        printing: LabelPrinting,
        describe: Callable[[str], UnitLabel],
        say: Callable[[str], None],
        on_done: LabelDone | None = None,
    ) -> None:
        self.printing = printing
        self.describe = describe
        self.say = say
        self.on_done = on_done
        self.printed: list[str] = []
        self.unprinted: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._serve, name="label spooler")

    def start(self) -> LabelSpooler:
        self._thread.start()
        return self

    def submit(self, device_id: str) -> None:
        """Queue ``device_id``'s label; returns at once. Any thread."""
        self._queue.put(device_id)

    def observe(self, emit: Observer) -> Observer:
        """``emit`` that also queues the label of every unit once it is recorded provisioned."""

        def emit_and_queue(event: StageEvent) -> None:
            emit(event)
            if event.stage is Stage.RECORD_DONE and event.kind is EventKind.FINISHED:
                self.submit(event.device_id)

        return emit_and_queue

    def print_one(self, device_id: str) -> str:
        """Print ``device_id``'s label now, on the calling thread; "" once printed, else
        the one line that says why not."""
        try:
            self.printing.print_label(self.describe(device_id))
        except StationError as exc:
            return self.printing.failure_line(device_id, exc)
        return ""

    def _serve(self) -> None:
        while (device_id := self._queue.get()) is not None:
            problem = self.print_one(device_id)
            (self.unprinted if problem else self.printed).append(device_id)
            if problem:
                self.say(problem)
            if self.on_done is not None:
                self.on_done(device_id, problem)

    def close(self) -> None:
        """Print what is queued, then end the thread."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def __enter__(self) -> LabelSpooler:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
