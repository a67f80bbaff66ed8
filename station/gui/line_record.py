"""The line record in the QA desk: every read of the line database runs on one worker
thread of its own, so a slow or unreachable server never blocks the window.

``LineSource`` is what the Manifest tab's model, its detail pane, its export and the
Line record tab read the line through; each call returns at once and hands its result
(or its error) to the receivers given, on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from station.enrollment.state import Target
from station.gui.worker import Task, WorkerThread
from station.line.connection import LineConnector, where
from station.line.queries import LineFilters
from station.line.record import LineChange, LineCount, LineReader, LineRow

Done = Callable[[Any], object]
Failed = Callable[[Exception], object]


class LineSource(QObject):
    """One line database opened read-only on the QA desk. GUI thread; ``shutdown`` once."""

    def __init__(self, connector: LineConnector, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connector = connector
        self.label = where(connector.config.url)
        self._reader = LineReader(connector)  # used on the worker thread only
        self._thread = WorkerThread("line-record", self)

    def _submit(
        self, work: Callable[[Task[Any]], Any], returned: Done, errored: Failed
    ) -> Task[Any]:
        return self._thread.submit(work, returned=returned, errored=errored)

    def count(
        self, filters: LineFilters, returned: Callable[[LineCount], object], errored: Failed
    ) -> Task[Any]:
        return self._submit(lambda _task: self._reader.count(**filters), returned, errored)

    def page(
        self,
        offset: int,
        limit: int,
        target: Target,
        filters: LineFilters,
        returned: Callable[[list[LineRow]], object],
        errored: Failed,
    ) -> Task[Any]:
        return self._submit(
            lambda _task: self._reader.page(offset, limit, target, **filters), returned, errored
        )

    def changes(
        self,
        station: str,
        device_id: str,
        returned: Callable[[list[LineChange]], object],
        errored: Failed,
    ) -> Task[Any]:
        return self._submit(
            lambda _task: self._reader.changes(station, device_id), returned, errored
        )

    def export(
        self, out: Path, filters: LineFilters, returned: Callable[[int], object], errored: Failed
    ) -> Task[Any]:
        from station.line.export import export_line

        return self._submit(
            lambda _task: export_line(self.connector, "audit", out, **filters), returned, errored
        )

    def report(self, hours: int, returned: Done, errored: Failed) -> Task[Any]:
        from station.line.report import line_report

        return self._submit(lambda _task: line_report(self.connector, hours), returned, errored)

    def shutdown(self) -> None:
        """Close the connection on its thread and end the thread (waits for a read under
        way: for closing the line or the window only)."""
        self._thread.submit(lambda _task: self._reader.close())
        self._thread.shutdown()
