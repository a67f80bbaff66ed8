"""A shift in minutes: drive the window through many units as a line worker does, and
measure what a long run wears down (memory, threads, the event loop's responsiveness).

Used by the soak test and ``benchmarks/bench_window_soak.py``. Everything runs on
the GUI thread, inside the window's own event loop; the units run on the ports'
workers exactly as when a person works the line.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

from station.core.models import UnitResult
from station.gui.heartbeat import Heartbeat, Stalls
from station.gui.main_window import MainWindow

# Memory is read once the first units have warmed every cache (fonts, esptool's stubs, SQL).
WARM_UP_UNITS = 20


class Drive(StrEnum):
    BUTTON = "button"  # Provision next unit pressed whenever a board is ready
    AUTO = "auto"  # the Auto box: each board starts as soon as it is ready


@dataclass(frozen=True)
class SoakReport:
    units: int
    passed: int
    seconds: float
    rss_warm_mb: float
    rss_end_mb: float
    threads_start: int
    threads_end: int
    stalls: Stalls

    @property
    def rss_growth_mb(self) -> float:
        return self.rss_end_mb - self.rss_warm_mb


def resident_mb() -> float:
    """The process's resident memory in MB (Linux reads /proc; elsewhere the peak)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource  # not on Windows; the peak is the nearest figure elsewhere

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def thread_count() -> int:
    """Threads of the process, Qt's own included (Linux); elsewhere Python's threads."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def pooled_thread_bound() -> int:
    """How many threads Qt's global pool may keep besides the window's own (Qt paints
    and converts large images on it; idle ones end by themselves after 30 s)."""
    return QThreadPool.globalInstance().maxThreadCount()


class SoakDriver:
    """Presses the window's button (or ticks Auto) until ``units`` units have finished."""

    def __init__(self, window: MainWindow, units: int, drive: Drive = Drive.BUTTON) -> None:
        self.window = window
        self.units = units
        self.drive = drive
        self.started = 0
        self.results: list[UnitResult] = []
        self.heartbeat = Heartbeat(parent=window)
        self._loop = QEventLoop()
        self._rss_warm = 0.0

    def run(self, timeout_s: float) -> SoakReport:
        """Run the units in the window's event loop; returns once all have finished
        (or ``timeout_s`` has passed: the report then counts fewer units).
        """
        controller = self.window.controller
        controller.unitStarted.connect(self._started)
        controller.unitFinished.connect(self._finished)
        threads_start = thread_count()
        self._rss_warm = resident_mb()
        began = time.monotonic()
        self.heartbeat.start()
        if self.drive is Drive.AUTO:
            self.window.line.auto.setChecked(True)
        else:
            QTimer.singleShot(0, self._press_for_ready_boards)
        QTimer.singleShot(int(timeout_s * 1000), self._loop.quit)
        self._loop.exec()
        self.heartbeat.stop()
        seconds = time.monotonic() - began
        controller.unitStarted.disconnect(self._started)
        controller.unitFinished.disconnect(self._finished)
        gc.collect()
        return SoakReport(
            units=len(self.results),
            passed=sum(result.ok for result in self.results),
            seconds=seconds,
            rss_warm_mb=self._rss_warm,
            rss_end_mb=resident_mb(),
            threads_start=threads_start,
            threads_end=thread_count(),
            stalls=self.heartbeat.stalls(),
        )

    def _started(self, _port: str) -> None:
        self.started += 1
        if self.drive is Drive.AUTO and self.started >= self.units:
            self.window.line.auto.setChecked(False)

    def _finished(self, result: UnitResult) -> None:
        self.results.append(result)
        if len(self.results) == WARM_UP_UNITS:
            self._rss_warm = resident_mb()  # no gc.collect() here: it would stall the loop
        if len(self.results) >= self.units:
            self._loop.quit()
        elif self.drive is Drive.BUTTON:
            # As a line worker: the next press once the result has been seen.
            QTimer.singleShot(0, self._press_for_ready_boards)

    def _press_for_ready_boards(self) -> None:
        controller = self.window.controller
        button = self.window.line.provision_button
        while self.started < self.units and controller.next_ready_port() is not None:
            before = self.started
            button.click()
            if self.started == before:  # the press was refused; the banner says why
                return

