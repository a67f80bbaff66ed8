"""Work off the GUI thread, done one way in the whole window.

A ``WorkerThread`` is a named thread that runs the calls submitted to it one after
another; each call is a ``Task``. The call runs on the worker thread and talks back
through its task (``report``, ``cancellation``); the task's receivers (``started``,
``progress``, then ``returned`` or ``errored``, then ``finished``) are called on the GUI
thread. Port units, the port listing, label previews, profile trials and enrollment
uploads all run this way, so the window closes the same way for each: cancel what
runs, let the calls end, wait for the threads (``shutdown``).

Like superqt's ``create_worker``, but every purpose keeps a thread of its own rather
than borrowing a pool's: a manifest connection belongs to the thread that opened it,
and a port's connection serves all of that port's units.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from station.core.pipeline import OPERATOR_STOP, Cancellation

R = TypeVar("R")


class _Report(Enum):
    STARTED = "started"
    PROGRESS = "progress"
    RETURNED = "returned"
    ERRORED = "errored"
    FINISHED = "finished"


class _Kept:
    """Reports kept under a lock until the GUI thread takes them all (any thread puts)."""

    def __init__(self) -> None:
        self._reports: list[Any] = []
        self._lock = threading.Lock()

    def put(self, report: Any) -> bool:
        """Keep ``report``; True when it is the first since the last ``take`` (the GUI
        thread must be woken for it)."""
        with self._lock:
            self._reports.append(report)
            return len(self._reports) == 1

    def take(self) -> list[Any]:
        with self._lock:
            reports, self._reports = self._reports, []
        return reports


class Task(Generic[R]):
    """One call on a ``WorkerThread``, and the GUI thread's receivers of what it reports.

    Every submitted call runs, even a cancelled one, and ends with exactly one of
    ``returned`` (its value) or ``errored`` (the exception it raised), then ``finished``.
    What a cancel means is the call's to decide: it reads ``cancellation``, a
    ``threading.Event`` carrying the reason (``run_unit`` stops at its next stage with
    that reason on the unit's record; an upload at its next settled unit or wait).
    An error with no ``errored`` receiver is reported as one raised in a Qt slot is.
    """

    def __init__(
        self,
        work: Callable[[Task[R]], R],
        thread: WorkerThread,
        *,
        started: Callable[[], object] | None = None,
        progress: Callable[[Any], object] | None = None,
        returned: Callable[[R], object] | None = None,
        errored: Callable[[Exception], object] | None = None,
        finished: Callable[[], object] | None = None,
    ) -> None:
        self.work = work
        self.cancellation = Cancellation()
        self._thread = thread
        self._started = started
        self._progress = progress
        self._returned = returned
        self._errored = errored
        self._finished = finished
        self._reports = _Kept()

    @property
    def cancelled(self) -> bool:
        return self.cancellation.is_set()

    def cancel(self, reason: str = OPERATOR_STOP) -> None:
        """Ask the call to stop; returns at once. Any thread."""
        self.cancellation.request(reason)

    def report(self, value: object) -> None:
        """Hand ``value`` to the ``progress`` receiver. Called by the work, on the worker thread.

        Reports made before the GUI thread takes the first of them are handed over
        together, in order: one wake-up of the GUI thread for a burst rather than one
        per report, since each wake-up waits its turn at the interpreter while many
        ports work.
        """
        if self._progress is not None and self._reports.put(value):
            self._thread._delivery.emit(self, _Report.PROGRESS, None)

    def _run(self) -> None:
        """Run the call and report how it ended. Worker thread."""
        post = self._thread._delivery.emit
        if self._started is not None:
            post(self, _Report.STARTED, None)
        try:
            value = self.work(self)
        except Exception as exc:
            post(self, _Report.ERRORED, exc)
        else:
            if self._returned is not None:
                post(self, _Report.RETURNED, value)
        post(self, _Report.FINISHED, None)

    def _deliver(self, what: _Report, value: Any) -> None:
        """Call the receiver of ``what``. GUI thread."""
        if what is _Report.STARTED and self._started is not None:
            self._started()
        elif what is _Report.PROGRESS and self._progress is not None:
            for report in self._reports.take():
                self._progress(report)
        elif what is _Report.RETURNED and self._returned is not None:
            self._returned(value)
        elif what is _Report.ERRORED:
            if self._errored is not None:
                self._errored(value)
            else:
                sys.excepthook(type(value), value, value.__traceback__)
        elif what is _Report.FINISHED and self._finished is not None:
            self._finished()


class WorkerThread(QThread):
    """A named thread that runs submitted calls one after another, in the order given.

    Created and used on the GUI thread; only the calls run on the thread. Give it the
    object whose receivers it calls as its parent, and end it (``release`` or
    ``shutdown``) before that object goes: Qt aborts on a thread destroyed while running.
    """

    stopped = Signal(object)  # this thread, once it has ended; on the GUI thread
    # A task, what it reports and the value: emitted on the worker thread, and queued
    # to ``_deliver`` on the GUI thread (where this object lives).
    _delivery = Signal(object, object, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)  # what a debugger shows
        self._calls: queue.SimpleQueue[Task[Any] | None] = queue.SimpleQueue()
        self._unfinished: set[Task[Any]] = set()
        self._released = False
        self._muted = False
        self._delivery.connect(self._deliver)
        self.finished.connect(self._ended)
        self.start()

    def submit(
        self,
        work: Callable[[Task[R]], R],
        *,
        started: Callable[[], object] | None = None,
        progress: Callable[[Any], object] | None = None,
        returned: Callable[[R], object] | None = None,
        errored: Callable[[Exception], object] | None = None,
        finished: Callable[[], object] | None = None,
    ) -> Task[R]:
        """Queue ``work`` to run on the thread after the calls before it; returns its task
        at once. ``work`` is called with its task; the receivers on the GUI thread.
        """
        if self._released:
            raise RuntimeError(f"the {self.objectName()} thread takes no more work")
        task = Task(work, self, started=started, progress=progress, returned=returned,
                    errored=errored, finished=finished)
        self._unfinished.add(task)
        self._calls.put(task)
        return task

    def cancel(self, reason: str = OPERATOR_STOP) -> None:
        """Cancel the running call and every queued one (they still run, and end early)."""
        for task in list(self._unfinished):
            task.cancel(reason)

    def release(self) -> None:
        """End the thread once the calls queued so far have run; returns at once.

        What they report is still delivered; ``stopped`` follows once the thread ended.
        """
        if not self._released:
            self._released = True
            self._calls.put(None)

    def shutdown(self) -> None:
        """Cancel every call, end the thread and wait for it; nothing is delivered after.

        Blocks the GUI thread: for closing the window (or the dialog that owns the
        thread) only.
        """
        self._muted = True
        self.cancel()
        self.release()
        self.wait()

    def run(self) -> None:
        """The thread's loop: run each call as it comes, until ``release``."""
        while (task := self._calls.get()) is not None:
            task._run()

    @Slot(object, object, object)
    def _deliver(self, task: Task[Any], what: _Report, value: Any) -> None:
        if what is _Report.FINISHED:
            self._unfinished.discard(task)
        if not self._muted:
            task._deliver(what, value)

    @Slot()
    def _ended(self) -> None:
        self.stopped.emit(self)


class Mailbox(QObject):
    """Reports from many worker threads, handed to one GUI-thread receiver together.

    ``put`` (any thread) keeps a report; the first one kept since the last hand-over
    wakes the GUI thread, which then gives the receiver every report kept by then, in
    the order they were put. With many ports busy, one wake-up carries what every port
    reported meanwhile instead of one wake-up each: each wake-up waits its turn at the
    interpreter. ``deliver`` hands over what is kept at once (before a result that must
    follow it).
    """

    _wake = Signal()

    def __init__(self, receiver: Callable[[Any], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._receiver = receiver
        self._kept = _Kept()
        self._wake.connect(self.deliver)

    def put(self, report: Any) -> None:
        if self._kept.put(report):
            self._wake.emit()

    @Slot()
    def deliver(self) -> None:
        for report in self._kept.take():
            self._receiver(report)
