"""The line worker's ports and units, without widgets: which board is next, and what
each port is doing. Lives on the GUI thread; each port's units run on its own
``WorkerThread`` (see ``station.gui.port_work``).
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from station.core.errors import ConfigError
from station.core.events import EventKind, Stage, StageEvent
from station.core.models import UnitResult, UnitStatus
from station.core.pipeline import UnitPlan
from station.gui.i18n import translate
from station.gui.job import ActiveJob
from station.gui.port_work import PortWork, SwapBoard, UnitOrder
from station.gui.worker import Mailbox, Task, WorkerThread
from station.provisioning import returned_unit, returned_unit_plan
from station.transports.port_process import end_ports
from station.transports.ports import PortInfo, list_ports

PORT_POLL_MS = 1000


class PortState(StrEnum):
    IDLE = "idle"
    BUSY = "busy"
    PASSED = "passed"
    FAILED = "failed"


@dataclass
class PortStatus:
    """What the window knows about one port. Changed on the GUI thread only."""

    port: str
    label: str
    # Puts a fresh board on the port between units where no person does; None otherwise.
    swap: SwapBoard | None = field(default=None, repr=False)
    state: PortState = PortState.IDLE
    stage: str = ""
    done: int = 0
    total: int = 0
    device_id: str = ""
    last_device_id: str = ""
    last_result: UnitResult | None = None
    waiting_since: float = field(default_factory=time.monotonic)
    needs_swap: bool = False
    vanished_during: str = ""  # the stage its board was unplugged in (busy ports only)
    replugged: bool = False  # plugged in again before its last unit had ended
    attempt: int = 0  # 1 for a unit's first run on this port, 2 for its first retry, ...

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0


def usable_ports() -> list[PortInfo]:
    """Serial ports that can hold a board (built-in UARTs without a device are left out)."""
    return [info for info in list_ports() if info.hwid not in ("", "n/a")]


class PortWatcher(QObject):
    """Polls the system's serial ports and reports the ones that appear and vanish.

    The listing runs on a thread of its own, because enumerating ports can take a
    while on some systems; ``appeared``/``vanished`` are emitted on the GUI thread.
    """

    appeared = Signal(object)  # PortInfo
    vanished = Signal(str)

    def __init__(self, parent: QObject | None = None, interval_ms: int = PORT_POLL_MS) -> None:
        super().__init__(parent)
        self.known: dict[str, PortInfo] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._scanning = False
        self._thread: WorkerThread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = WorkerThread("port watcher", self)
        self.poll()
        self.timer.start()

    def poll(self) -> None:
        """Ask for a fresh listing, unless one is still on its way."""
        if self._thread is None or self._scanning:
            return
        self._scanning = True
        self._thread.submit(
            lambda _task: usable_ports(),
            returned=self._found,
            # A failed listing must not stop the watching; it is tried again next time.
            errored=lambda _exc: self._found(None),
        )

    def stop(self) -> None:
        """Stop polling and end the listing thread. For closing the window."""
        self.timer.stop()
        if self._thread is not None:
            self._thread.shutdown()
            self._thread = None

    def _found(self, ports: list[PortInfo] | None) -> None:
        self._scanning = False
        if ports is not None:
            self.update(ports)

    def update(self, ports: list[PortInfo]) -> None:
        """Compare a listing with the known ports and report the changes. GUI thread."""
        now = {info.device: info for info in ports}
        for device in list(self.known):
            if device not in now:
                del self.known[device]
                self.vanished.emit(device)
        for device, info in now.items():
            if device not in self.known:
                self.known[device] = info
                self.appeared.emit(info)


class LineController(QObject):
    """Dispatches units to ports and keeps each port's status.

    Signals carry port names, frozen events and results; views redraw from ``ports``.
    """

    portAdded = Signal(str)
    portRemoved = Signal(str)
    portChanged = Signal(str)
    stageEvent = Signal(object)  # StageEvent
    unitStarted = Signal(str)  # port
    unitFinished = Signal(object)  # UnitResult
    jobChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job: ActiveJob | None = None
        self.ports: dict[str, PortStatus] = {}
        self.threads: dict[str, WorkerThread] = {}
        self._work: dict[str, PortWork] = {}  # used on each port's thread only
        # Every port's stage events, handed to the GUI thread in bursts.
        self._events = Mailbox(self._on_event, self)
        self._units: dict[str, Task[UnitResult]] = {}  # each port's latest unit
        self.auto = False
        self.scans: dict[str, str] = {}
        # Released ports' threads, kept until they have ended, so none is destroyed running.
        self.retiring: set[WorkerThread] = set()

    # -- job and ports ------------------------------------------------------

    def set_job(self, job: ActiveJob) -> None:
        previous, self.job = self.job, job
        if previous is not None and previous is not job and not self.busy():
            end_ports(previous.plan.transport)  # a busy unit's workers end with its plan
        self.jobChanged.emit()

    def busy(self) -> bool:
        """Whether a unit runs on any port."""
        return any(status.state is PortState.BUSY for status in self.ports.values())

    def add_port(self, port: str, label: str = "", *, swap: SwapBoard | None = None) -> None:
        """A board is on ``port``. ``swap`` puts a fresh board there between units (it runs
        on the port's thread): after a pass, and before the next unit after a failure.
        """
        existing = self.ports.get(port)
        if existing is not None:
            if existing.vanished_during:  # back before its last unit ended: add it after
                existing.replugged = True
            return
        self.ports[port] = PortStatus(port=port, label=label or port, swap=swap)
        thread = WorkerThread(f"port {port}", self)
        thread.stopped.connect(self._thread_stopped)
        self.threads[port] = thread
        self._work[port] = PortWork(port)
        self.portAdded.emit(port)
        self._maybe_auto(port)

    def remove_port(self, port: str) -> None:
        """The port's board is gone. Returns at once; never waits for a worker.

        A busy port's unit is cancelled and the port stays until its worker has
        finished: then its result says the board was unplugged, and the port goes.
        """
        status = self.ports.get(port)
        if status is None or status.vanished_during:
            return
        if status.state is PortState.BUSY:
            status.vanished_during = status.stage or "starting"
            self._units[port].cancel(
                translate("LineController", "the board on {port} was unplugged").format(port=port))
            return
        self._drop(port)

    def _release(self, port: str) -> WorkerThread:
        """Close the port's manifest on its thread and let the thread end; returns at once."""
        thread = self.threads.pop(port)
        thread.submit(self._work.pop(port).close)
        self._units.pop(port, None)
        thread.release()
        return thread

    def _drop(self, port: str) -> None:
        status = self.ports.pop(port)
        self.retiring.add(self._release(port))
        self.portRemoved.emit(port)
        if status.replugged:
            self.add_port(port, status.label, swap=status.swap)

    def _thread_stopped(self, thread: WorkerThread) -> None:
        if thread in self.retiring:
            self.retiring.discard(thread)
            thread.deleteLater()

    def watch_real_ports(self, watcher: PortWatcher) -> None:
        watcher.appeared.connect(
            lambda info: self.add_port(info.device, f"{info.device} — {info.description}")
        )
        watcher.vanished.connect(self.remove_port)

    def shutdown(self) -> None:
        """Stop every port's unit at its next stage and end every port's thread. Call
        once, when the window closes.

        The one place that waits for worker threads: the window is going away.
        """
        for port in list(self.ports):
            self.ports.pop(port)
            self._release(port).shutdown()
            self.portRemoved.emit(port)
        for thread in list(self.retiring):
            thread.wait()
        self.retiring.clear()
        if self.job is not None:
            end_ports(self.job.plan.transport)

    # -- units ----------------------------------------------------------------

    def busy_ports(self) -> list[str]:
        return [p for p, s in self.ports.items() if s.state is PortState.BUSY]

    def next_ready_port(self) -> str | None:
        """The port whose board has waited longest: fresh boards first, failed ones last."""
        rank = {PortState.IDLE: 0, PortState.PASSED: 1, PortState.FAILED: 2}
        ready = [s for s in self.ports.values() if s.state is not PortState.BUSY]
        if not ready:
            return None
        ready.sort(key=lambda s: (rank[s.state], s.waiting_since))
        return ready[0].port

    def provision_next(self, scanned: str | None = None) -> str:
        """Start a unit on the next ready port; returns the port.

        Raises ConfigError when there is no job, no ready board, or no barcode
        where the identity rule needs one.
        """
        job = self._require_job()
        if job.wants_scan and not scanned:
            raise ConfigError(
                translate("LineController", "this job takes device IDs from the unit's barcode"),
                hint=translate("LineController",
                               "scan the barcode on the unit; the unit starts by itself"),
            )
        port = self.next_ready_port()
        if port is None:
            raise ConfigError(
                translate("LineController", "no board is ready") if self.ports
                else translate("LineController", "no board is connected"),
                hint=translate("LineController",
                               "plug a board in, or wait for a port to finish its unit"),
            )
        self._start(port, scanned, retry=False)
        return port

    def retry(self, port: str) -> None:
        """Run the failed unit's board again, as it is (no board swap).

        Raises ConfigError when the port is busy or gone, or when the unit's scanned
        barcode was refused (a new scan is needed, not the same one again).
        """
        status = self.ports.get(port)
        if status is None or status.state is PortState.BUSY:
            raise ConfigError(
                translate("LineController", "port {port} cannot retry now").format(port=port),
                hint=translate("LineController", "wait until the port has finished, or check "
                               "that the board is still plugged"),
            )
        if self.needs_new_scan(port):
            raise ConfigError(
                translate("LineController",
                          "the scanned barcode was not a device ID this job can use"),
                hint=translate("LineController",
                               "scan the unit's barcode again; the unit starts by itself"),
            )
        self._start(port, self.scans.get(port), retry=True)

    def reprovision(self, port: str, device_id: str, reason: str) -> None:
        """Give the returned unit ``device_id``, on ``port``, new credentials under its
        device ID with the running job (see ``station.provisioning.returned_unit_plan``).

        Raises ConfigError when the port is busy or gone, the unit is not in the job's
        manifest or was made with another profile, or no reason is given.
        """
        job = self._require_job()
        status = self.ports.get(port)
        if status is None or status.state is PortState.BUSY:
            raise ConfigError(
                translate("LineController", "port {port} is busy or gone").format(port=port),
                hint=translate("LineController", "wait until the port has finished its unit, or "
                               "choose another port"),
            )
        record = returned_unit(job.manifest_path, device_id)
        plan = returned_unit_plan(job.plan, job.loaded, record, reason)
        self._start(port, None, retry=False, plan=plan)

    def needs_new_scan(self, port: str) -> bool:
        """True when the port's last unit failed at identify on a barcode job."""
        status = self.ports.get(port)
        return (
            self.job is not None
            and self.job.wants_scan
            and status is not None
            and status.last_result is not None
            and not status.last_result.ok
            and status.last_result.failed_stage == Stage.IDENTIFY.value
        )

    def _require_job(self) -> ActiveJob:
        if self.job is None:
            raise ConfigError(
                translate("LineController", "no job is running"),
                hint=translate("LineController", "choose the profile, ID scope and secrets in "
                               "Settings and start the job"),
            )
        return self.job

    def _start(
        self, port: str, scanned: str | None, *, retry: bool, plan: UnitPlan | None = None
    ) -> None:
        """Start a unit on ``port``; ``plan``: one other than the job's (a returned unit,
        whose board is never swapped before it starts)."""
        job = self._require_job()
        status = self.ports[port]
        swap_first = status.needs_swap and not retry and plan is None
        order = UnitOrder(
            plan=plan or job.plan,
            manifest_path=job.manifest_path,
            station_key=job.station_key,
            scanned=scanned,
            swap_before=status.swap if swap_first else None,
            swap_after=status.swap,
            events=self._events.put,
        )
        if scanned:
            self.scans[port] = scanned
        status.attempt = status.attempt + 1 if retry else 1
        status.state = PortState.BUSY
        status.stage = "starting"
        status.done = status.total = 0
        status.device_id = ""
        status.needs_swap = False
        self._units[port] = self.threads[port].submit(
            partial(self._work[port].run, order),
            returned=self._on_finished,
        )
        self.unitStarted.emit(port)
        self.portChanged.emit(port)

    def _on_event(self, event: StageEvent) -> None:
        status = self.ports.get(event.port)
        if status is None:
            return
        status.stage = event.stage.value
        if event.device_id:
            status.device_id = event.device_id
        if event.kind is EventKind.PROGRESS:
            status.done, status.total = event.done, event.total
        elif event.kind is EventKind.STARTED and event.stage in (Stage.WRITE, Stage.VERIFY):
            status.done = status.total = 0
        self.stageEvent.emit(event)
        self.portChanged.emit(event.port)

    def _on_finished(self, result: UnitResult) -> None:
        self._events.deliver()  # the unit's last events come before its result
        status = self.ports.get(result.port)
        if status is None:
            return
        if status.vanished_during and not result.ok:
            result = dataclasses.replace(
                result,
                status=UnitStatus.FAILED,
                failed_stage=result.failed_stage or status.vanished_during,
                reason=translate("LineController", "board unplugged during {stage}").format(
                    stage=status.vanished_during),
                hint=translate("LineController",
                               "plug the board in again and retry it, or set it aside"),
            )
        status.last_result = result
        status.last_device_id = result.device_id or status.device_id
        status.state = PortState.PASSED if result.ok else PortState.FAILED
        status.stage = "done" if result.ok else result.failed_stage
        status.waiting_since = time.monotonic()
        # A passed board was swapped on the worker; a failed one waits to be set aside.
        status.needs_swap = not result.ok and status.swap is not None
        if self.needs_new_scan(result.port):
            self.scans.pop(result.port, None)  # the refused scan must not be tried again
        self.unitFinished.emit(result)
        self.portChanged.emit(result.port)
        if status.vanished_during:
            self._drop(result.port)
            return
        if result.ok and status.swap is not None:  # a fresh board is on the port already
            self._maybe_auto(result.port)

    def set_auto(self, on: bool) -> None:
        self.auto = on
        if on:
            for port, status in self.ports.items():
                if status.state is PortState.IDLE or (
                    status.state is PortState.PASSED and status.swap is not None
                ):
                    self._maybe_auto(port)

    def _maybe_auto(self, port: str) -> None:
        """In auto mode, start a unit on a board as soon as it is plugged in."""
        if not self.auto or self.job is None or self.job.wants_scan:
            return
        status = self.ports.get(port)
        if status is not None and status.state is not PortState.BUSY:
            # Queued: let the window show the previous result before the next unit starts.
            QTimer.singleShot(0, lambda: self._auto_start(port))

    def _auto_start(self, port: str) -> None:
        status = self.ports.get(port)
        if self.auto and status is not None and status.state is not PortState.BUSY:
            self._start(port, None, retry=False)
