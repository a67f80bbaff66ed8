"""Watching a line that ``station serve`` drives: a fixture or an MES starts the units
over the automation API, and the window shows them as the Line tab shows its own.

The window follows a running server rather than starting one itself: the server
keeps the ports and runs headless (a window closed or crashed never stops the
line), the window only reads the API (the job, the ports, the day's counts and each
port's events), so a person watching can never start, cancel or hold a unit, and
the line can be watched from another PC on purpose (``station serve --bind``).
The API token is kept in the station's secret store (``WATCH_TOKEN``).

Each port's event stream is read on a ``WorkerThread`` of its own and reopened
after a break; the job and counts are read on one more. GUI thread only, except
the functions the threads run.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.automation.client import ApiClient, EventStream
from station.core.errors import StationError
from station.core.models import UnitResult, UnitStatus
from station.gui.i18n import number, translate
from station.gui.line_controller import PortState, PortStatus
from station.gui.port_tile import PortTile
from station.gui.result_banner import ResultBanner
from station.gui.style import named
from station.gui.text_fit import ElidedLabel, breakable, wrapping
from station.gui.worker import Task, WorkerThread

WATCH_TOKEN = "automation-watch-token"  # the secret store's name for the API token
RECONNECT_S = 2.0
COUNTS_MS = 30_000
TILE_COLUMNS = 2


@dataclass(frozen=True)
class Overview:
    """What the server says of its job, its ports and today's counts."""

    job: dict
    ports: list[dict]
    counts: dict


def read_overview(url: str, token: str, _task: Task[Overview]) -> Overview:
    """The job, ports and counts; raises StationError in one line. Overview thread."""
    with ApiClient(url, token) as api:
        return Overview(api.get("/job"), api.get("/ports")["ports"], api.get("/counts"))


class _Streams:
    """The event streams open now, so that ``close_all`` can end them from the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: set[EventStream] = set()
        self.closed = False

    def add(self, stream: EventStream) -> bool:
        with self._lock:
            if not self.closed:
                self._open.add(stream)
                return True
        stream.close()
        return False

    def discard(self, stream: EventStream) -> None:
        with self._lock:
            self._open.discard(stream)

    def close_all(self) -> None:
        with self._lock:
            self.closed = True
            streams = list(self._open)
        for stream in streams:
            stream.close()


def follow_port(
    url: str, token: str, port_id: str, streams: _Streams, task: Task[None]
) -> None:
    """Report each (type, data) event of ``port_id``, and ("problem", line) for a break,
    reconnecting until cancelled. Runs on the port's thread."""
    while not task.cancelled:
        try:
            with ApiClient(url, token) as api:
                stream = api.events(port_id)
                if not streams.add(stream):
                    return
                try:
                    for kind, data in stream:
                        task.report((kind, data))
                finally:
                    streams.discard(stream)
        except StationError as exc:
            task.report(("problem", {"line": exc.message}))
        task.cancellation.wait(RECONNECT_S)


class ServedLineWatcher(QObject):
    """Follows one ``station serve``; signals arrive on the GUI thread."""

    overviewRead = Signal(object)  # Overview
    portEvent = Signal(str, str, dict)  # port ID, event type, its data
    problem = Signal(str)  # "" once the server answers again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self._token = ""
        self._overview_thread: WorkerThread | None = None
        self._port_threads: dict[str, WorkerThread] = {}
        self._streams = _Streams()
        self._reading = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.read_overview)

    @property
    def watching(self) -> bool:
        return bool(self.url)

    def start(self, url: str, token: str) -> None:
        """Watch the server at ``url``; raises ConfigError for an address or token that
        cannot be used. Replaces what was watched before."""
        ApiClient(url, token).close()  # checks the address and the token's presence
        self.stop()
        self.url, self._token = url, token
        self._streams = _Streams()
        self._overview_thread = WorkerThread("served line", self)
        self._timer.start(COUNTS_MS)
        self.read_overview()

    def read_overview(self) -> None:
        if self._overview_thread is None or self._reading:
            return
        self._reading = True
        self._overview_thread.submit(partial(read_overview, self.url, self._token),
                                     returned=self._overview, errored=self._failed)

    def _overview(self, overview: Overview) -> None:
        self._reading = False
        self.problem.emit("")
        for port in overview.ports:
            port_id = str(port["port"])
            if port_id not in self._port_threads:
                thread = WorkerThread(f"served port {port_id}", self)
                self._port_threads[port_id] = thread
                thread.submit(
                    partial(follow_port, self.url, self._token, port_id, self._streams),
                    progress=partial(self._event, port_id),
                )
        self.overviewRead.emit(overview)

    def _failed(self, error: Exception) -> None:
        self._reading = False
        if not isinstance(error, StationError):
            raise error
        self.problem.emit(error.message)
        # Sooner than the counts' own pace: the server may just be starting.
        QTimer.singleShot(int(RECONNECT_S * 1000), self.read_overview)

    def _event(self, port_id: str, event: tuple[str, dict]) -> None:
        kind, data = event
        if kind == "problem":
            self.problem.emit(str(data.get("line", "")))
            return
        self.portEvent.emit(port_id, kind, data)
        if kind == "result":
            self.read_overview()  # the day's counts moved

    def stop(self) -> None:
        """Stop watching: end every stream and thread. Waits for them (a moment)."""
        self._timer.stop()
        self._streams.close_all()
        threads = [*self._port_threads.values(), self._overview_thread]
        for thread in threads:
            if thread is not None:
                thread.shutdown()
        self._port_threads.clear()
        self._overview_thread = None
        self._reading = False
        self.url = ""


def result_of(run: dict) -> UnitResult | None:
    """The unit's result in a run's JSON (None while it runs)."""
    result = run.get("result")
    if not result:
        return None
    return UnitResult(
        port=str(run.get("port_name") or run.get("port") or ""),
        status=UnitStatus(result["status"]),
        device_id=result.get("device_id") or "",
        failed_stage=result.get("failed_stage") or "",
        reason=result.get("reason") or "",
        hint=result.get("hint") or "",
    )


class ServedLineView(QWidget):
    """The served line: the server and its job, a tile per port, the last result."""

    def __init__(self, watcher: ServedLineWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.watcher = watcher
        self.ports: dict[str, PortStatus] = {}
        self.tiles: dict[str, PortTile] = {}
        self.labels_printed = False

        header = named(QFrame(), "jobBar")
        self.where = ElidedLabel(objectName="value")
        self.job = ElidedLabel(objectName="muted")
        self.counts = named(QLabel(), "value")
        self.state = wrapping(named(QLabel(), "fieldError"))
        top = QVBoxLayout(header)
        top.setContentsMargins(16, 10, 16, 10)
        row = QHBoxLayout()
        row.addWidget(self.where, 1)
        row.addWidget(self.counts)
        top.addLayout(row)
        top.addWidget(self.job)
        top.addWidget(self.state)
        self.banner = ResultBanner()
        self.banner.show_message(
            translate("ServedLineView", "Watching"),
            translate("ServedLineView", "Units are started by the fixture or MES through "
                      "station serve; this window only shows them."))
        self.label_note = wrapping(named(QLabel(), "secretsWarning"))
        self.label_note.setVisible(False)
        self.tiles_box = named(QWidget(), "page")
        self.grid = QGridLayout(self.tiles_box)
        self.grid.setSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.tiles_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.label_note)
        layout.addWidget(scroll, 1)

        watcher.overviewRead.connect(self.show_overview)
        watcher.portEvent.connect(self.on_event)
        watcher.problem.connect(self.show_problem)
        self.show_problem("")

    def show_problem(self, line: str) -> None:
        self.where.setText(translate("ServedLineView", "Served line at {url}").format(
            url=self.watcher.url or "—"))
        self.state.setText(breakable(
            translate("ServedLineView", "Not connected: {reason} — retrying").format(reason=line)
        ) if line else "")
        self.state.setVisible(bool(line))

    def show_overview(self, overview: Overview) -> None:
        job = overview.job
        profile = job.get("profile") or {}
        self.labels_printed = bool(job.get("label_printer"))
        self.job.setText(translate(
            "ServedLineView", "Job {job}: profile {profile}, ID scope {scope}, {attestation}")
            .format(job=job.get("job_id", "—"), profile=profile.get("name", "—"),
                    scope=job.get("id_scope", "—"), attestation=job.get("attestation", "—")))
        units = (overview.counts.get("job") or {}).get("units") or {}
        self.counts.setText(translate("ServedLineView", "Provisioned today: {count}").format(
            count=number(int(units.get("provisioned", 0)))))
        for port in overview.ports:
            self._snapshot(str(port["port"]), port)

    def _status(self, port_id: str, name: str = "") -> PortStatus:
        status = self.ports.get(port_id)
        if status is None:
            label = translate("ServedLineView", "Port {port} — {name}").format(
                port=port_id, name=name) if name else port_id
            status = self.ports[port_id] = PortStatus(port=port_id, label=label)
            tile = PortTile(status)
            tile.retry.setVisible(False)
            self.tiles[port_id] = tile
            index = len(self.tiles) - 1
            self.grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
        return status

    def _snapshot(self, port_id: str, port: dict) -> None:
        status = self._status(port_id, str(port.get("name", "")))
        run = port.get("run") or {}
        if port.get("state") == "busy":
            status.state = PortState.BUSY
            status.stage = run.get("stage") or "starting"
            status.device_id = run.get("device_id") or ""
        else:
            result = result_of(run) if run else None
            if result is not None:
                self._ended(status, result)
        self._redraw(port_id)

    def on_event(self, port_id: str, kind: str, data: dict) -> None:
        if kind == "port":
            self._snapshot(port_id, data)
            return
        status = self._status(port_id, str(data.get("port_name", "")))
        if kind == "run":
            status.state = PortState.BUSY
            status.stage = "starting"
            status.device_id = ""
            status.done = status.total = 0
        elif kind == "stage":
            status.state = PortState.BUSY
            status.stage = str(data.get("stage", status.stage))
            status.device_id = data.get("device_id") or status.device_id
            if data.get("kind") == "progress":
                status.done, status.total = int(data.get("done", 0)), int(data.get("total", 0))
            elif data.get("kind") == "started" and data.get("stage") in ("write", "verify"):
                status.done = status.total = 0
        elif kind == "result":
            result = result_of(data)
            if result is not None:
                self._ended(status, result)
                self.banner.show_result(result, status.label, label_step=self.labels_printed,
                                        can_retry=False)
        elif kind == "label":
            label = data.get("label") or {}
            problem = label.get("problem")
            if label.get("state") == "failed" and problem:
                self.label_note.setText(breakable(
                    translate("ServedLineView", "⚠  Label of {device} not printed: {problem}")
                    .format(device=data.get("device_id") or "—", problem=problem)))
            self.label_note.setVisible(label.get("state") == "failed")
        self._redraw(port_id)

    @staticmethod
    def _ended(status: PortStatus, result: UnitResult) -> None:
        status.last_result = result
        status.last_device_id = result.device_id or status.device_id
        status.state = PortState.PASSED if result.ok else PortState.FAILED
        status.stage = "done" if result.ok else result.failed_stage

    def _redraw(self, port_id: str) -> None:
        tile = self.tiles[port_id]
        tile.update_from(self.ports[port_id])
        tile.retry.setVisible(False)  # a served unit is retried by whoever started it
