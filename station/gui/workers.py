"""Board work off the GUI thread: one ``PortWorker`` per port, living in its own QThread.

The window sends a ``UnitOrder`` to a port's worker through a queued signal; the
worker runs the pipeline on its thread and re-emits every frozen ``StageEvent``
and the final ``UnitResult`` as signals, which Qt delivers to the GUI thread.
The worker never touches a widget, and it opens its own manifest connection
(a connection belongs to the thread that opened it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from station.core.errors import StationError
from station.core.models import UnitResult, UnitStatus
from station.core.pipeline import UnitPlan, run_unit
from station.manifest import Manifest, StationKey

# Plugs a fresh board into the port (virtual boards); runs on the port's worker thread.
SwapBoard = Callable[[str], bool]


@dataclass(frozen=True)
class UnitOrder:
    """One unit to provision on one port.

    ``swap_before`` runs first (the failed board was set aside); ``swap_after``
    runs once the unit passed, so the port is ready for the next one at once.
    """

    plan: UnitPlan
    manifest_path: Path
    station_key: StationKey | None
    scanned: str | None = None
    swap_before: SwapBoard | None = None
    swap_after: SwapBoard | None = None


class PortWorker(QObject):
    """Runs units for one port. Every slot runs on the worker's own thread."""

    event = Signal(object)  # StageEvent
    finished = Signal(object)  # UnitResult

    def __init__(self, port: str) -> None:
        super().__init__()
        self.port = port
        self.cancel = threading.Event()
        self._manifest: Manifest | None = None

    def _store(self, order: UnitOrder) -> Manifest:
        if self._manifest is not None and self._manifest.path != order.manifest_path:
            self._manifest.close()
            self._manifest = None
        if self._manifest is None:
            self._manifest = Manifest.open(order.manifest_path, order.station_key)
        return self._manifest

    @Slot(object)
    def run(self, order: UnitOrder) -> None:
        """Provision one unit and emit its result; never raises."""
        self.cancel.clear()
        try:
            if order.swap_before is not None:
                order.swap_before(self.port)
            result = run_unit(
                order.plan,
                self.port,
                self._store(order),
                self.event.emit,
                scanned=order.scanned,
                cancel=self.cancel,
            )
            if result.ok and order.swap_after is not None:
                order.swap_after(self.port)
        except StationError as exc:  # the manifest or the bay failed, not the unit
            result = UnitResult(
                self.port,
                UnitStatus.FAILED,
                failed_stage="station",
                reason=exc.message,
                hint=exc.hint,
            )
        except Exception as exc:  # keep the port usable whatever went wrong
            result = UnitResult(
                self.port,
                UnitStatus.FAILED,
                failed_stage="station",
                reason=f"unexpected {type(exc).__name__}: {exc}",
                hint="report this to the station's engineer",
            )
        self.finished.emit(result)

    @Slot()
    def close(self) -> None:
        if self._manifest is not None:
            self._manifest.close()
            self._manifest = None


class PortRunner(QObject):
    """The GUI thread's handle on one port's worker and thread."""

    _order = Signal(object)
    _close = Signal()

    def __init__(self, port: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.port = port
        self.thread = QThread()
        self.thread.setObjectName(f"port {port}")
        self.worker = PortWorker(port)
        self.worker.moveToThread(self.thread)
        self._order.connect(self.worker.run)
        self._close.connect(self.worker.close)
        self.thread.start()

    def start(self, order: UnitOrder) -> None:
        """Queue ``order`` for the worker; returns at once. Call on the GUI thread."""
        self._order.emit(order)

    def shutdown(self) -> None:
        """Stop the unit in progress at its next step, close the manifest and end the thread."""
        self.worker.cancel.set()
        self._close.emit()
        self.thread.quit()
        self.thread.wait()
