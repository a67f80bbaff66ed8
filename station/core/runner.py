"""Several ports at once: one worker thread per port, units taken from one count.

The GUI uses its own Qt workers around ``run_unit``; this runner serves the CLI,
the demo and the tests.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager

from station.core.events import StageEvent
from station.core.interfaces import ManifestStore
from station.core.models import UnitResult, UnitStatus
from station.core.pipeline import UnitPlan, run_unit

# Called on the port's worker thread before every unit after the first on that
# port: True when the next board is in place, False to stop using the port.
NextBoard = Callable[[str], bool]
StoreOpener = Callable[[], AbstractContextManager[ManifestStore]]


class ProvisioningRun:
    """Provision ``count`` units over ``ports``; each port's worker has its own store."""

    def __init__(
        self,
        plan: UnitPlan,
        ports: list[str],
        open_store: StoreOpener,
        emit: Callable[[StageEvent], None],
        *,
        count: int,
        next_board: NextBoard | None = None,
        scan: Callable[[str], str | None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.plan = plan
        self.ports = list(dict.fromkeys(ports))
        self.open_store = open_store
        self.emit = emit
        self.remaining = count
        self.next_board = next_board
        self.scan = scan
        self.cancel = cancel or threading.Event()
        self.results: list[UnitResult] = []
        self._lock = threading.Lock()

    def _take_ticket(self) -> bool:
        with self._lock:
            if self.remaining <= 0 or self.cancel.is_set():
                return False
            self.remaining -= 1
            return True

    def _give_back_ticket(self) -> None:
        with self._lock:
            self.remaining += 1

    def _work_port(self, port: str) -> None:
        try:
            with self.open_store() as store:
                first = True
                while self._take_ticket():
                    if not first and self.next_board and not self.next_board(port):
                        self._give_back_ticket()
                        return
                    first = False
                    scanned = self.scan(port) if self.scan else None
                    result = run_unit(
                        self.plan, port, store, self.emit, scanned=scanned, cancel=self.cancel
                    )
                    with self._lock:
                        self.results.append(result)
        except Exception as exc:  # the manifest itself failed: this port stops, others go on
            with self._lock:
                self.results.append(
                    UnitResult(port, UnitStatus.FAILED, failed_stage="station", reason=str(exc),
                               code=getattr(exc, "code", "station"))
                )

    def run(self) -> list[UnitResult]:
        """Run every port's worker and wait for all; returns results in finishing order."""
        threads = [
            threading.Thread(target=self._work_port, args=(port,), name=f"port {port}")
            for port in self.ports
        ]
        for thread in threads:
            thread.start()
        try:
            for thread in threads:
                thread.join()
        except KeyboardInterrupt:
            # Ctrl+C: every unit stops at its next stage boundary, then the run ends.
            self.cancel.set()
            for thread in threads:
                thread.join()
            raise
        return list(self.results)
