"""What a port's worker thread does: run the units ordered for the port, one at a time.

The line controller submits each ``UnitOrder`` to the port's ``WorkerThread``; the
unit's frozen ``StageEvent``s are its task's progress and its ``UnitResult`` what the
task returns. Nothing here touches a widget, and the port keeps its own manifest
connection (a connection belongs to the thread that opened it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station.core.errors import StationError
from station.core.events import StageEvent
from station.core.models import UnitResult, UnitStatus
from station.core.pipeline import UnitPlan, run_unit
from station.gui.i18n import translate
from station.gui.worker import Task
from station.manifest import Manifest, StationKey

# Puts a fresh board on the port (a virtual bay does); runs on the port's worker thread.
SwapBoard = Callable[[str], object]


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
    # Where the unit's events go (any thread); None: to the task's progress receiver.
    events: Callable[[StageEvent], None] | None = None


class PortWork:
    """One port's units and its manifest connection. Used on the port's worker thread only."""

    def __init__(self, port: str) -> None:
        self.port = port
        self._manifest: Manifest | None = None

    def _store(self, order: UnitOrder) -> Manifest:
        if self._manifest is not None and self._manifest.path != order.manifest_path:
            self._manifest.close()
            self._manifest = None
        if self._manifest is None:
            self._manifest = Manifest.open(order.manifest_path, order.station_key)
        return self._manifest

    def run(self, order: UnitOrder, task: Task[UnitResult]) -> UnitResult:
        """Provision one unit, reporting its events through ``task``; never raises.

        A cancel of ``task`` stops the unit at its next stage, with the cancel's reason.
        """
        try:
            if order.swap_before is not None:
                order.swap_before(self.port)
            result = run_unit(
                order.plan,
                self.port,
                self._store(order),
                order.events or task.report,
                scanned=order.scanned,
                cancel=task.cancellation,
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
                code=exc.code,
            )
        except Exception as exc:  # keep the port usable whatever went wrong
            result = UnitResult(
                self.port,
                UnitStatus.FAILED,
                failed_stage="station",
                reason=translate("PortWork", "unexpected {error}: {text}").format(
                    error=type(exc).__name__, text=exc),
                hint=translate("PortWork", "report this to the station's engineer"),
            )
        return result

    def close(self, _task: Task[None] | None = None) -> None:
        """Close the port's manifest connection; the last call on the port's thread."""
        if self._manifest is not None:
            self._manifest.close()
            self._manifest = None
