"""Enrollment uploads off the GUI thread: an ``UploadWorker`` living in its own QThread.

The dialog hands an ``UploadOrder`` to the worker through a queued signal; the
worker calls ``station.enrollment.upload`` on its thread (which opens the
worker's own manifest connection) and re-emits the upload's progress and its
final ``UploadReport`` as signals, which Qt delivers to the GUI thread.

Stopping is cooperative: ``request_stop`` sets an event that the upload sees
the next time it reports a settled unit or waits (throttling, pacing, retry
back-off), where the worker raises ``UploadStopped``. Every state the upload
recorded until then is committed; a batch that was sent but not yet settled
stays in flight and the next upload asks the service about it before sending
anything again, as it does after a crash.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from station.core.errors import ConfigError, StationError
from station.enrollment.errors import EnrollmentError
from station.enrollment.state import Target, UploadLedger
from station.enrollment.upload import UnitUpload, UploadCredential, UploadReport, upload
from station.gui.threads import WorkerThread
from station.manifest import Manifest, StationKey


class UploadStopped(EnrollmentError):
    """The person at the station stopped the upload before it was done."""

    default_hint = (
        "units not reached stay pending; start the upload again and it resumes where it stopped"
    )


@dataclass(frozen=True)
class UploadOrder:
    """One upload run: which manifest, where to, with what credential.

    ``dry_run_path`` makes it a dry run that writes the requests it would send
    there (secrets redacted) and sends nothing.
    """

    manifest_path: Path
    target: Target
    credential: UploadCredential
    station_key: StationKey | None = None
    endpoint: str | None = None
    dry_run_path: Path | None = None


class UploadWorker(QObject):
    """Runs uploads. ``run`` runs on the worker's thread; ``request_stop`` on any thread."""

    progress = Signal(int, int, str)  # units settled, units to send, what just happened
    finished = Signal(object)  # UploadReport
    failed = Signal(object)  # StationError: the upload could not start or broke down

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()

    def request_stop(self) -> None:
        """Ask the running (or queued) upload to stop at its next settled unit or wait."""
        self._stop.set()

    def clear_stop(self) -> None:
        """Forget an earlier stop request; called before the next order is queued."""
        self._stop.clear()

    # -- called by upload() on the worker's thread ---------------------------------------

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)
        if self._stop.is_set() and done < total:
            raise UploadStopped("the upload was stopped before every unit was sent")

    def _sleep(self, seconds: float) -> None:
        # Waiting on the event keeps a long Retry-After from holding up a stop.
        if self._stop.wait(max(seconds, 0.0)):
            raise UploadStopped("the upload was stopped while it waited for the service")

    # -- slots -----------------------------------------------------------------------------

    @Slot(object)
    def run(self, order: UploadOrder) -> None:
        """Run one upload and emit ``finished`` with its report, or ``failed``; never raises."""
        try:
            report = self._upload(order)
        except UploadStopped as exc:
            try:
                report = self._report_so_far(order, exc)
            except StationError as error:
                self.failed.emit(error)
                return
        except StationError as exc:
            self.failed.emit(exc)
            return
        except Exception as exc:  # keep the dialog usable whatever went wrong
            self.failed.emit(
                StationError(
                    f"the upload broke down: unexpected {type(exc).__name__}: {exc}",
                    hint="report this to the station's engineer; the manifest keeps every "
                    "state recorded so far",
                )
            )
            return
        self.finished.emit(report)

    def _upload(self, order: UploadOrder) -> UploadReport:
        if order.dry_run_path is None:
            return upload(
                order.manifest_path,
                order.target,
                credential=order.credential,
                endpoint=order.endpoint,
                progress=self._progress,
                sleep=self._sleep,
                station_key=order.station_key,
            )
        try:
            out = open(order.dry_run_path, "w", encoding="utf-8")
        except OSError as exc:
            raise ConfigError(
                f"cannot write the dry run's requests to {order.dry_run_path}: {exc.strerror}",
                hint="choose a file in a folder the station may write to",
            ) from exc
        with out:
            return upload(
                order.manifest_path,
                order.target,
                credential=order.credential,
                endpoint=order.endpoint,
                dry_run=True,
                station_key=order.station_key,
                dry_run_out=out,
            )

    @staticmethod
    def _report_so_far(order: UploadOrder, stopped: UploadStopped) -> UploadReport:
        """What the manifest records after a stopped run (read on the worker's thread)."""
        with Manifest.open(order.manifest_path, order.station_key) as manifest:
            records = UploadLedger(manifest).records(order.target)
        units = tuple(UnitUpload.from_record(r) for r in records)
        return UploadReport(target=order.target, dry_run=False, units=units, stopped=stopped)


class UploadRunner(QObject):
    """The GUI thread's handle on the upload worker and its thread."""

    _order = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = UploadWorker()
        self._order.connect(self.worker.run)
        self._jobs = WorkerThread(self.worker, "enrollment upload")
        self.thread = self._jobs.thread

    def start(self, order: UploadOrder) -> None:
        """Queue ``order`` for the worker; returns at once. Call on the GUI thread."""
        # Cleared here, not on the worker, so a stop asked for right after start still counts.
        self.worker.clear_stop()
        self._order.emit(order)

    def request_stop(self) -> None:
        self.worker.request_stop()

    def shutdown(self) -> None:
        """Stop a running upload at its next step and end the thread (waits for it)."""
        self.worker.request_stop()
        self._jobs.shutdown()
