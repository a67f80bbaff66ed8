"""The window's own copy of its job's manifest to the line record, and what the window
says of it: "line: up to date", "line: N changes behind since …".

The copy is the station's ``LineCopier`` (``station.line.background``), the same
thread ``station provision`` runs: provisioning never waits for it. The window only
reads what the copier last found, once a second, on the GUI thread.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from station.core.errors import StationError
from station.gui.i18n import translate
from station.line.background import LineCopier
from station.line.station_hooks import line_connector

POLL_MS = 1000


class WindowLineCopy(QObject):
    """Runs the background copy while a job on a line database is the window's job.
    GUI thread; ``stop`` before the window goes."""

    changed = Signal(str)  # the line's state in words ("" when the job is not on a line)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.copier: LineCopier | None = None
        self.text = ""
        self.problem = ""  # why the copy could not start, when it could not
        self.behind_since: dt.datetime | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.poll)

    def follow(self, job: object) -> None:
        """Copy ``job``'s manifest while it runs (nothing when its manifest is not the one
        this station's line settings name); the previous job's copy ends first (the
        next copy of a manifest takes up what it left)."""
        self.stop(final_copy=False)
        manifest_path = getattr(job, "manifest_path", None)
        key = getattr(job, "station_key", None)
        request = getattr(job, "request", None)
        if manifest_path is None or key is None or request is None:
            return
        try:
            connector = line_connector(manifest_path, request.key_access)
        except StationError as exc:
            self.problem = exc.message
            self._say(
                translate("WindowLineCopy", "line: not copied — {reason}").format(
                    reason=exc.message
                )
            )
            return
        if connector is None:
            return
        self.copier = LineCopier(manifest_path, key, connector)
        self.copier.start()
        self._timer.start()
        self.poll()

    def wake(self) -> None:
        """A unit ended: copy it now rather than at the next interval."""
        if self.copier is not None:
            self.copier.wake()

    def stop(self, *, final_copy: bool = True) -> None:
        """End the copy; with ``final_copy`` (the window closing) one last copy first, as
        the CLI makes, which waits for the line a moment."""
        self._timer.stop()
        copier, self.copier = self.copier, None
        if copier is not None:
            copier.stop(final_copy=final_copy)
        self.behind_since = None
        self.problem = ""
        self._say("")

    def poll(self) -> None:
        """Say what the copier last found."""
        copier = self.copier
        if copier is None:
            return
        result, error = copier.last_result, copier.last_error
        now = dt.datetime.now().astimezone()
        behind = result.behind if result is not None else 0
        if error is None and result is not None and behind == 0:
            self.behind_since = None
            self._say(translate("WindowLineCopy", "line: up to date"))
            return
        if error is None and result is None:
            self._say(translate("WindowLineCopy", "line: copying…"))
            return
        if self.behind_since is None:
            self.behind_since = now
        since = f"{self.behind_since:%Y-%m-%d %H:%M}"
        if error is not None:
            self._say(
                translate(
                    "WindowLineCopy",
                    "line: out of reach since {since} — the "
                    "station goes on and copies its changes when it is back",
                ).format(since=since)
            )
        else:
            self._say(
                translate(
                    "WindowLineCopy", "line: %n change(s) behind since {since}", None, behind
                ).format(since=since)
            )

    def _say(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.changed.emit(text)
