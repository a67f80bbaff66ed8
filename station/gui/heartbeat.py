"""How responsive the window is: a timer on the GUI thread notes the gap between its ticks.

A tick that comes late means the event loop was busy (a slot that took too long, a
redraw, a blocking call). The window's soak checks and benchmarks read the worst
gap and the 99th percentile; the timer's own interval is taken off each gap, so
an idle window reads 0 ms.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer

HEARTBEAT_MS = 10


@dataclass(frozen=True)
class Stalls:
    """The event loop's delays over a run, in milliseconds beyond the timer's interval."""

    ticks: int
    worst_ms: float
    p99_ms: float

    def __str__(self) -> str:
        return f"{self.ticks} ticks, worst stall {self.worst_ms:.1f} ms, p99 {self.p99_ms:.1f} ms"


class Heartbeat(QObject):
    """Ticks every ``interval_ms`` on the thread it lives on (the GUI thread) and keeps
    each tick's delay. Start, run the work, stop, then read ``stalls()``.
    """

    def __init__(self, interval_ms: int = HEARTBEAT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.delays_ms: list[float] = []
        self._last = 0.0
        self._timer = QTimer(self)
        # A precise timer: a coarse one may fire up to 5 % late on its own.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.delays_ms.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.delays_ms.append(max(0.0, (now - self._last) * 1000.0 - self.interval_ms))
        self._last = now

    def stalls(self) -> Stalls:
        if not self.delays_ms:
            return Stalls(0, 0.0, 0.0)
        ordered = sorted(self.delays_ms)
        p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
        return Stalls(len(ordered), ordered[-1], p99)
