"""One QThread with one worker object on it: the pattern every background job of the
window uses. The worker's slots run on the thread; it talks back through signals,
which Qt delivers on the GUI thread.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QThread

W = TypeVar("W", bound=QObject)


class WorkerThread(Generic[W]):
    """Starts ``worker`` on a thread of its own, named ``name`` (what a debugger shows)."""

    def __init__(self, worker: W, name: str) -> None:
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName(name)
        worker.moveToThread(self.thread)
        self.thread.start()

    def shutdown(self) -> None:
        """End the thread once its current slot has returned, and wait for it.

        For closing the window (or the dialog that owns it) only.
        """
        self.thread.quit()
        self.thread.wait()
