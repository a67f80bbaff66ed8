"""The station's background copy to the line record: one thread per station process.

The thread copies whatever the manifest's journal holds beyond the line's cursor,
then waits ``interval_s`` (or less, when woken); while the database is out of
reach it waits longer each time, up to a minute, and says so once in the log.
Provisioning never waits for it: units are recorded in the manifest first.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from station.core.errors import StationError
from station.line.connection import LineConnector
from station.line.outbox import CopyResult, copy_changes
from station.manifest.secrets import StationKey

log = logging.getLogger("station.line")

MAX_BACKOFF_S = 60.0
JOIN_S = 30.0  # how long stop() waits for a copy under way to end


class LineCopier:
    """Runs ``copy_changes`` on a daemon thread until ``stop``. Start and stop from one
    thread; ``last_result`` and ``last_error`` may be read from any."""

    def __init__(
        self, manifest_path: Path, key: StationKey | None, connector: LineConnector
    ) -> None:
        self.manifest_path = manifest_path
        self.key = key
        self.connector = connector
        self.interval_s = connector.config.interval_s
        self.last_result: CopyResult | None = None
        self.last_error: StationError | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._final_copy = True

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="line-copy", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Copy now rather than at the next interval (after a unit was recorded)."""
        self._wake.set()

    def stop(self, *, final_copy: bool = True) -> None:
        """End the thread; with ``final_copy`` it first tries once more to copy what is left."""
        thread = self._thread
        if thread is None:
            return
        self._final_copy = final_copy
        self._stop.set()
        self._wake.set()
        thread.join(JOIN_S)
        if thread.is_alive():
            log.warning("the copy to the line record did not end in %.0f s; it is left "
                        "to finish on its own", JOIN_S)
        self._thread = None

    def _copy(self) -> bool:
        try:
            self.last_result = copy_changes(
                self.manifest_path, self.key, self.connector, stop=self._stop
            )
        except StationError as exc:
            if self.last_error is None or str(exc) != str(self.last_error):
                log.warning("station: %s", exc)
            self.last_error = exc
            return False
        if self.last_error is not None:
            log.info("the line record is reachable again; copied %d change(s)",
                     self.last_result.copied)
        self.last_error = None
        return True

    def _run(self) -> None:
        wait = self.interval_s
        while not self._stop.is_set():
            ok = self._copy()
            wait = self.interval_s if ok else min(max(wait * 2, self.interval_s), MAX_BACKOFF_S)
            self._wake.wait(wait)
            self._wake.clear()
        if self._final_copy:
            self._copy()
