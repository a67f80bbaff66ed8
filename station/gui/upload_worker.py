"""An enrollment upload as the dialog's ``WorkerThread`` runs it.

The dialog submits ``run_upload`` with an ``UploadOrder``; it calls
``station.enrollment.upload`` on the worker thread (which opens the thread's own
manifest connection), or for the line record ``station.line.uploads.upload_line``
(a line connection of its own), reports the upload's progress through its task, and
returns the final ``UploadReport``.

Stopping is cooperative: cancelling the task sets an event that the upload sees
the next time it reports a settled unit or waits (throttling, pacing, retry
back-off), where ``UploadStopped`` is raised. Every state the upload recorded
until then is committed; a batch that was sent but not yet settled stays in
flight and the next upload asks the service about it before sending anything
again, as it does after a crash.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station.core.errors import ConfigError, StationError
from station.enrollment.errors import EnrollmentError
from station.enrollment.state import Target, UploadLedger
from station.enrollment.upload import UnitUpload, UploadCredential, UploadReport, upload
from station.gui.i18n import QT_TRANSLATE_NOOP, translate
from station.gui.worker import Task
from station.line.connection import LineConnector
from station.line.uploads import line_upload_records, upload_line
from station.manifest import Manifest, StationKey


class UploadStopped(EnrollmentError):
    """The person at the station stopped the upload before it was done."""

    default_hint = QT_TRANSLATE_NOOP(
        "UploadDialog",
        "units not reached stay pending; start the upload again and it resumes where it stopped",
    )

    def __init__(self, message: str) -> None:
        super().__init__(message, hint=translate("UploadDialog", self.default_hint))


@dataclass(frozen=True)
class UploadOrder:
    """One upload run: which manifest, where to, with what credential.

    ``dry_run_path`` makes it a dry run that writes the requests it would send
    there (secrets redacted) and sends nothing. With ``line`` the line record's
    units are sent instead, with the ledger in the line database (no dry run there);
    ``manifest_path`` is then not read.
    """

    manifest_path: Path
    target: Target
    credential: UploadCredential
    station_key: StationKey | None = None
    endpoint: str | None = None
    dry_run_path: Path | None = None
    line: LineConnector | None = None


@dataclass(frozen=True)
class UploadProgress:
    """How far an upload is: units settled, units to send, and what just happened."""

    done: int
    total: int
    message: str


def run_upload(order: UploadOrder, task: Task[UploadReport]) -> UploadReport:
    """Run one upload on the worker thread and return its report (a stopped run's too).

    Raises StationError when the upload could not start or broke down.
    """
    try:
        return _upload(order, task)
    except UploadStopped as exc:
        return _report_so_far(order, exc)
    except StationError:
        raise
    except Exception as exc:  # keep the dialog usable whatever went wrong
        raise StationError(
            translate("UploadDialog", "the upload broke down: unexpected {error}: {text}")
            .format(error=type(exc).__name__, text=exc),
            hint=translate("UploadDialog", "report this to the station's engineer; the "
                           "manifest keeps every state recorded so far"),
        ) from exc


def _upload(order: UploadOrder, task: Task[UploadReport]) -> UploadReport:
    def progress(done: int, total: int, message: str) -> None:
        task.report(UploadProgress(done, total, message))
        if task.cancelled and done < total:
            raise UploadStopped(translate("UploadDialog",
                                          "the upload was stopped before every unit was sent"))

    def sleep(seconds: float) -> None:
        # Waiting on the event keeps a long Retry-After from holding up a stop.
        if task.cancellation.wait(max(seconds, 0.0)):
            raise UploadStopped(translate(
                "UploadDialog", "the upload was stopped while it waited for the service"))

    if order.line is not None:
        return upload_line(order.line, order.target, credential=order.credential,
                           endpoint=order.endpoint, progress=progress, sleep=sleep)
    if order.dry_run_path is None:
        return upload(
            order.manifest_path,
            order.target,
            credential=order.credential,
            endpoint=order.endpoint,
            progress=progress,
            sleep=sleep,
            station_key=order.station_key,
        )
    try:
        out = open(order.dry_run_path, "w", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            translate("UploadDialog", "cannot write the dry run's requests to {path}: {reason}")
            .format(path=order.dry_run_path, reason=exc.strerror),
            hint=translate("UploadDialog", "choose a file in a folder the station may write to"),
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


def _report_so_far(order: UploadOrder, stopped: UploadStopped) -> UploadReport:
    """What the manifest (or the line) records after a stopped run (read on the worker
    thread)."""
    if order.line is not None:
        records = line_upload_records(order.line, order.target)
    else:
        with Manifest.open(order.manifest_path, order.station_key) as manifest:
            records = UploadLedger(manifest).records(order.target)
    units = tuple(UnitUpload.from_record(r) for r in records)
    return UploadReport(target=order.target, dry_run=False, units=units, stopped=stopped)
