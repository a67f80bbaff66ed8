"""One unit's way through the station, stage by stage.

    detect -> identify -> credentials -> record(pending) -> write -> verify
           -> record(done) -> label

Each stage emits STARTED, then PROGRESS/LOG, then FINISHED or FAILED. A failure
ends the unit with its stage and reason but never raises out of ``run_unit``:
the caller goes on with the next unit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from station.core.errors import BoardMismatch, Cancelled, StationError
from station.core.events import EventKind, Stage, StageEvent
from station.core.interfaces import (
    BoardLink,
    CredentialProvider,
    IdentitySource,
    LinkIdentitySource,
    ManifestStore,
    Transport,
)
from station.core.models import (
    BoardInfo,
    BoardPayload,
    DeviceIdentity,
    Job,
    Unit,
    UnitResult,
    UnitStatus,
)

Observer = Callable[[StageEvent], None]
T = TypeVar("T")

OPERATOR_STOP = "the unit was stopped by the operator"

# The ports' workers take turns to write to the manifest. SQLite lets one writer in
# at a time and makes the others poll with growing sleeps (1, 2, 5, 10 ms...), so
# with sixteen ports a write of half a millisecond waited eight; a lock hands the
# turn on as soon as it is free.
_MANIFEST_TURN = threading.Lock()

# When a unit's events reach the manifest: with its next record (pending, provisioned
# or failed), when a stage named here ends, and in one write when the unit ends.
# Fewer, larger transactions are what the manifest's turn rewards. Before
# record(pending) nothing is on the board and no unit row exists: an attempt cut short
# there has nothing a unit needs. From WRITE on the board has changed, and a stage's
# events are kept as soon as it ends (VERIFY's go with record(provisioned), which
# follows at once; the last stages' with the unit's end).
_FLUSHED_WHEN_THEY_END = frozenset({Stage.WRITE})


class Cancellation(threading.Event):
    """A request to stop a unit, with the reason its record will carry.

    A plain ``threading.Event`` works too; its stop reads as the operator's.
    """

    def __init__(self) -> None:
        super().__init__()
        self.reason = OPERATOR_STOP

    def request(self, reason: str = OPERATOR_STOP) -> None:
        self.reason = reason
        self.set()

    def clear(self) -> None:
        self.reason = OPERATOR_STOP
        super().clear()


@dataclass(frozen=True)
class UnitPlan:
    """Everything needed to provision units of one job; shared by all ports."""

    job: Job
    board_type: str
    transport: Transport
    identity: IdentitySource
    credentials: CredentialProvider
    build_payload: Callable[[Unit], BoardPayload]
    write_label: Callable[[Unit], str] | None = None
    # What the operator should know before the first unit (a CA near its end).
    warnings: tuple[str, ...] = ()
    # Why a returned unit is provisioned again under its device ID ("" for new units).
    replacing: str = ""


class _UnitRun:
    """The state of one pass through the pipeline. Runs on one worker thread."""

    def __init__(
        self,
        plan: UnitPlan,
        port: str,
        store: ManifestStore,
        emit: Observer,
        scanned: str | None,
        cancel: threading.Event | None,
    ) -> None:
        self.plan = plan
        self.port = port
        self.store = store
        self.observer = emit
        self.scanned = scanned
        self.cancel = cancel or threading.Event()
        self.device_id = ""
        self.recorded = False
        self.kept: list[StageEvent] = []
        with _MANIFEST_TURN:
            self.attempt_id = store.begin_attempt(plan.job, port)

    # -- events -------------------------------------------------------------

    def emit(
        self,
        stage: Stage,
        kind: EventKind,
        message: str = "",
        *,
        done: int = 0,
        total: int = 0,
        hint: str = "",
        code: str = "",
    ) -> None:
        event = StageEvent(
            port=self.port,
            stage=stage,
            kind=kind,
            message=message,
            done=done,
            total=total,
            device_id=self.device_id,
            hint=hint,
            code=code,
        )
        # Progress is too chatty for the manifest's event log; the rest is kept, each
        # event with its own time, until a write takes it (see _FLUSHED_WHEN_THEY_END).
        if kind is not EventKind.PROGRESS:
            self.kept.append(event)
            if kind is EventKind.FINISHED and stage in _FLUSHED_WHEN_THEY_END:
                self.keep_events(stage)
        self.observer(event)

    def keep_events(self, stage: Stage) -> None:
        """Write the events no record has carried yet; if that fails, ``stage`` failed."""
        if not self.kept:
            return
        try:
            self.write_with_kept(lambda events: self.store.record_events(self.attempt_id, events))
        except StationError as exc:
            exc.stage = exc.stage or stage
            raise

    def write_with_kept(self, write: Callable[[list[StageEvent]], None]) -> None:
        """Run one manifest write, in the manifest's turn, that carries the events kept
        so far. They are dropped only once written: a write that raises keeps none of
        them, and the failure's record carries them instead."""
        with _MANIFEST_TURN:
            write(self.kept)
        self.kept = []

    def stage(self, stage: Stage, work: Callable[[], T], done_message: str = "") -> T:
        if self.cancel.is_set():
            raise self.cancelled(stage)
        self.emit(stage, EventKind.STARTED)
        try:
            result = work()
        except StationError as exc:
            exc.stage = exc.stage or stage
            raise
        except Exception as exc:  # a bug or an unforeseen library error: still one unit only
            raise StationError(
                f"unexpected {type(exc).__name__}: {exc}",
                hint="report this to the station's engineer with the unit's event log",
                stage=stage,
            ) from exc
        self.emit(stage, EventKind.FINISHED, done_message)
        return result

    def cancelled(self, stage: Stage) -> Cancelled:
        return Cancelled(getattr(self.cancel, "reason", OPERATOR_STOP), stage=stage)

    def progress_for(self, stage: Stage) -> Callable[[int, int, str], None]:
        def progress(done: int, total: int, message: str = "") -> None:
            if self.cancel.is_set():
                raise self.cancelled(stage)
            self.emit(stage, EventKind.PROGRESS, message, done=done, total=total)

        return progress

    def log_for(self, stage: Stage) -> Callable[[str], None]:
        return lambda line: self.emit(stage, EventKind.LOG, line)

    # -- stages -------------------------------------------------------------

    def detect(self) -> tuple[BoardLink, BoardInfo]:
        link = self.plan.transport.open(self.port)
        try:
            board = link.identify()
            expected = self.plan.board_type
            if expected and board.board_type and board.board_type != expected:
                raise BoardMismatch(
                    f"the board on {self.port} is a {board.board_type!r}, "
                    f"the profile expects a {expected!r}"
                )
        except BaseException:
            link.close()
            raise
        return link, board

    def identify(self, link: BoardLink, board: BoardInfo) -> DeviceIdentity:
        source = self.plan.identity
        if isinstance(source, LinkIdentitySource):
            return source.identify_on(link, board, self.scanned)
        return source.identify(board, self.scanned)

    def make_unit(
        self, link: BoardLink, board: BoardInfo, identity: DeviceIdentity
    ) -> tuple[Unit, BoardPayload]:
        credential = self.plan.credentials.issue(identity, link)
        unit = Unit(job=self.plan.job, board=board, identity=identity, credential=credential)
        return unit, self.plan.build_payload(unit)

    def run(self) -> UnitResult:
        link: BoardLink | None = None
        try:
            link, board = self.stage(Stage.DETECT, self.detect, "board answered")
            opened = link
            identity = self.stage(Stage.IDENTIFY, lambda: self.identify(opened, board))
            self.device_id = identity.device_id
            unit, payload = self.stage(
                Stage.CREDENTIALS, lambda: self.make_unit(opened, board, identity)
            )
            self.stage(Stage.RECORD_PENDING, lambda: self.record_pending(unit))
            self.stage(
                Stage.WRITE,
                lambda: opened.write(
                    payload, self.progress_for(Stage.WRITE), self.log_for(Stage.WRITE)
                ),
            )
            self.stage(Stage.VERIFY, lambda: self.verify(opened, payload))
            self.stage(
                Stage.RECORD_DONE,
                self.record_provisioned,
                self.device_id,
            )
            last = Stage.RECORD_DONE
            if self.plan.write_label is not None:
                write_label = self.plan.write_label
                last = Stage.LABEL
                self.stage(Stage.LABEL, lambda: write_label(unit))
            self.keep_events(last)
            return UnitResult(self.port, UnitStatus.PROVISIONED, device_id=self.device_id)
        except StationError as exc:
            return self.fail(exc)
        finally:
            if link is not None:
                link.close()

    def verify(self, link: BoardLink, payload: BoardPayload) -> None:
        link.verify(payload, self.progress_for(Stage.VERIFY), self.log_for(Stage.VERIFY))
        link.finish()

    def record_pending(self, unit: Unit) -> None:
        self.write_with_kept(lambda events: self.store.record_pending(
            self.attempt_id, unit, replacing=self.plan.replacing, events=events))
        self.recorded = True

    def record_provisioned(self) -> None:
        self.write_with_kept(lambda events: self.store.record_provisioned(
            self.attempt_id, self.device_id, events=events))

    def fail(self, exc: StationError) -> UnitResult:
        stage = exc.stage or Stage.DETECT
        self.emit(stage, EventKind.FAILED, exc.message, hint=exc.hint, code=exc.code)
        # A unit row exists only once record(pending) committed; before that only
        # the attempt is marked, and a duplicate's earlier row stays untouched.
        device_id = self.device_id if self.recorded else ""
        self.write_with_kept(lambda events: self.store.record_failed(
            self.attempt_id, device_id, stage.value, exc.message, events=events))
        return UnitResult(
            self.port,
            UnitStatus.FAILED,
            device_id=self.device_id,
            failed_stage=stage.value,
            reason=exc.message,
            hint=exc.hint,
            code=exc.code,
        )


def run_unit(
    plan: UnitPlan,
    port: str,
    store: ManifestStore,
    emit: Observer,
    *,
    scanned: str | None = None,
    cancel: threading.Event | None = None,
) -> UnitResult:
    """Provision one unit on ``port``; runs on the calling (worker) thread.

    Never raises for a unit's failure: the result says what failed and why.
    """
    return _UnitRun(plan, port, store, emit, scanned, cancel).run()
