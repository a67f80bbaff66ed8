"""Board work off the GUI thread: one ``PortWorker`` per port, living in its own QThread.

The window sends a ``UnitOrder`` to a port's worker through a queued signal; the
worker runs the pipeline on its thread and re-emits every frozen ``StageEvent``
and the final ``UnitResult`` as signals, which Qt delivers to the GUI thread.
The worker never touches a widget, and it opens its own manifest connection
(a connection belongs to the thread that opened it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from station.core.errors import StationError
from station.core.models import UnitResult, UnitStatus
from station.core.pipeline import OPERATOR_STOP, Cancellation, UnitPlan, run_unit
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
        self.cancel = Cancellation()
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

    @Slot()
    def stop(self) -> None:
        """Close the manifest and end the thread's event loop (after any queued unit)."""
        self.close()
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()


class PortRunner(QObject):
    """The GUI thread's handle on one port's worker and thread."""

    _order = Signal(object)
    _stop = Signal()
    stopped = Signal(object)  # this runner, once the worker's thread has ended

    def __init__(self, port: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.port = port
        self.thread = QThread()
        self.thread.setObjectName(f"port {port}")
        self.worker = PortWorker(port)
        self.worker.moveToThread(self.thread)
        self._order.connect(self.worker.run)
        self._stop.connect(self.worker.stop)
        # A slot of this GUI-thread object, so ``stopped`` is emitted on the GUI thread.
        self.thread.finished.connect(self._thread_ended)
        self.thread.start()

    def start(self, order: UnitOrder) -> None:
        """Queue ``order`` for the worker; returns at once. Call on the GUI thread."""
        self._order.emit(order)

    @Slot()
    def _thread_ended(self) -> None:
        self.stopped.emit(self)

    def cancel(self, reason: str = OPERATOR_STOP) -> None:
        """Ask the unit in progress to stop at its next step; returns at once.

        ``reason`` is what the unit's record says about why it stopped.
        """
        self.worker.cancel.request(reason)

    def release(self) -> None:
        """Let the worker finish its unit, close its manifest and end its thread; returns
        at once. ``stopped`` is emitted when the thread has ended. Call on the GUI thread.
        """
        self._stop.emit()

    def shutdown(self) -> None:
        """Stop the unit in progress at its next step, close the manifest and end the thread.

        Waits for the thread: for closing the window only, never while it stays open.
        """
        self.cancel()
        self.release()
        self.thread.wait()
