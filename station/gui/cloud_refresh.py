"""The cloud-status refresh: what IoT Central or DPS knows of each provisioned unit,
read back into the chosen manifests by ``station.enrollment.cloud_status``, or into
the line record by ``station.line.uploads.refresh_line_status``.

The refresh runs on the dialog's ``WorkerThread`` (``run_refresh``), one manifest
after another, each with its own connection. Stopping is cooperative: the refresh
stops at its next recorded page or wait, every page read until then stays
recorded, and the next refresh resumes where it stopped. The credential and the
addresses are the upload's (same secrets, same settings). GUI thread only, except
``run_refresh``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import ConfigError, StationError
from station.credentials.secret_store import SecretStore
from station.enrollment.cloud_status import CONNECTED, StatusReport, refresh_status
from station.enrollment.errors import CredentialRejected, EnrollmentError
from station.enrollment.state import Target
from station.enrollment.upload import UploadCredential, service_url
from station.gui.i18n import QT_TRANSLATE_NOOP, translate
from station.gui.manifest_model import TARGET_NAMES
from station.gui.settings import UploadSettings, load_upload_settings
from station.gui.style import named
from station.gui.upload_dialog import (
    REFRESH,
    find_credential,
    keep_credential,
    saved_endpoints,
    shown_secret,
    what,
)
from station.gui.worker import Task, WorkerThread
from station.line.connection import LineConnector, where
from station.line.uploads import refresh_line_status

SHOWN_PROBLEMS = 5  # units not connected named per manifest; the rest are counted


class RefreshStopped(EnrollmentError):
    """The person at the station stopped the refresh before it was done."""

    default_hint = QT_TRANSLATE_NOOP(
        "CloudStatusDialog",
        "every page read so far is recorded; refresh again and it resumes there",
    )

    def __init__(self, message: str) -> None:
        super().__init__(message, hint=translate("CloudStatusDialog", self.default_hint))


@dataclass(frozen=True)
class RefreshOrder:
    """One manifest's refresh: which file, which service, with what credential; with
    ``line``, the line record's instead (``manifest_path`` is then not read)."""

    manifest_path: Path
    target: Target
    credential: UploadCredential
    endpoint: str | None = None
    line: LineConnector | None = None


@dataclass(frozen=True)
class RefreshProgress:
    """How far a refresh is: page requests sent, and what the last page held."""

    requests: int
    message: str


def run_refresh(order: RefreshOrder, task: Task[StatusReport]) -> StatusReport:
    """Refresh one manifest on the worker thread; returns its report (a stopped one's too).

    Raises StationError when the refresh could not run (no manifest, a read-only
    folder, plain http to another computer, …).
    """

    def progress(requests: int, message: str) -> None:
        task.report(RefreshProgress(requests, message))
        if task.cancelled:
            raise RefreshStopped(translate("CloudStatusDialog",
                                           "the refresh was stopped before every page was read"))

    def sleep(seconds: float) -> None:
        # Waiting on the event keeps a long Retry-After from holding up a stop.
        if task.cancellation.wait(max(seconds, 0.0)):
            raise RefreshStopped(translate(
                "CloudStatusDialog", "the refresh was stopped while it waited for the service"))

    try:
        if order.line is not None:
            return refresh_line_status(order.line, order.target, credential=order.credential,
                                       endpoint=order.endpoint, progress=progress, sleep=sleep)
        return refresh_status(order.manifest_path, order.target, credential=order.credential,
                              endpoint=order.endpoint, progress=progress, sleep=sleep)
    except StationError:
        raise
    except sqlite3.DatabaseError as exc:
        raise StationError(
            translate("CloudStatusDialog", "the manifest {path} cannot record the statuses: "
                      "{reason}").format(path=order.manifest_path, reason=exc),
            hint=translate("CloudStatusDialog",
                           "check that the file is a station's manifest on a writable disk"),
        ) from exc
    except Exception as exc:  # keep the dialog usable whatever went wrong
        raise StationError(
            translate("CloudStatusDialog", "the refresh broke down: unexpected {error}: {text}")
            .format(error=type(exc).__name__, text=exc),
            hint=translate("CloudStatusDialog", "report this to the station's engineer; the "
                           "pages read so far are recorded"),
        ) from exc


def describe_report(label: str, report: StatusReport) -> str:
    """One manifest's refresh in a few lines: the counts, and the first units not connected."""
    lines = [f"{label}: {report.summary()}"]
    if report.stopped is not None:
        if isinstance(report.stopped, CredentialRejected):
            lines.append(translate("CloudStatusDialog", "The service refused the credential."))
        lines.append(report.stopped.message
                     + (f" — {report.stopped.hint}" if report.stopped.hint else ""))
    problems = [u for u in report.units if u.status not in CONNECTED]
    for unit in problems[:SHOWN_PROBLEMS]:
        lines.append(f"  {unit.device_id}: {unit.status} — {unit.detail}")
    if len(problems) > SHOWN_PROBLEMS:
        lines.append("  " + translate("CloudStatusDialog", "… and %n more not connected (filter "
                                      "the table by Cloud)", None, len(problems) - SHOWN_PROBLEMS))
    return "\n".join(lines)


class CloudStatusDialog(QDialog):
    """Refresh the cloud status of one or several manifests' provisioned units, or with
    ``line`` of the line record's (every station's; ``manifests`` is then not read)."""

    refreshed = Signal(object)  # Target: statuses were recorded (also by a stopped run)
    refreshFinished = Signal(object)  # list[StatusReport], once every manifest is done
    refreshFailed = Signal(object)  # StationError, when a refresh could not run

    def __init__(
        self,
        manifests: Sequence[tuple[Path, str]],
        store: SecretStore,
        parent: QWidget | None = None,
        *,
        target: Target = Target.CENTRAL,
        environ: Mapping[str, str] = os.environ,
        line: LineConnector | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CloudStatusDialog", "Refresh cloud status"))
        self.setMinimumSize(680, 460)
        self.line = line
        # The line record is refreshed as one source, named by where it is.
        self.manifests = list(manifests) if line is None else [
            (Path(), translate("CloudStatusDialog", "line record at {where}").format(
                where=where(line.config.url)))]
        self.store = store
        self.environ = environ
        self.settings = UploadSettings()
        self.reports: list[StatusReport] = []
        self.running = False
        self._orders: list[RefreshOrder] = []
        self._task: Task[StatusReport] | None = None
        self._close_when_done = False

        self.target = named(QComboBox(), "refreshTarget")
        for each, name in TARGET_NAMES.items():
            self.target.addItem(name, each.value)
        self.target.setCurrentIndex(self.target.findData(target.value))
        self.app_url = QLineEdit(placeholderText="https://NAME.azureiotcentral.com")
        self.app_url_label = QLabel(translate("CloudStatusDialog", "Application URL"))
        self.credential_where = named(QLabel(), "credentialSource")
        self.credential_where.setWordWrap(True)
        self.secret_caption = QLabel()
        self.secret_entry = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.keep_button = QPushButton(translate("CloudStatusDialog", "Keep"))
        self.keep_button.clicked.connect(self._keep_typed_secret)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_entry, 1)
        secret_row.addWidget(self.keep_button)
        self.endpoint = QLineEdit(placeholderText=translate(
            "CloudStatusDialog", "the service's own address (leave empty)"))

        form = QFormLayout()
        if line is None:
            shown = "\n".join(f"{label} ({path})" for path, label in self.manifests)
            form.addRow(translate("CloudStatusDialog", "Manifests") if len(self.manifests) > 1
                        else translate("CloudStatusDialog", "Manifest"),
                        named(QLabel(shown), "muted"))
        else:
            form.addRow(translate("CloudStatusDialog", "Line record"),
                        named(QLabel(where(line.config.url)), "muted"))
        form.addRow(translate("CloudStatusDialog", "Read from"), self.target)
        form.addRow(self.app_url_label, self.app_url)
        form.addRow(translate("CloudStatusDialog", "Credential"), self.credential_where)
        form.addRow(self.secret_caption, secret_row)
        form.addRow(translate("CloudStatusDialog", "Endpoint override"), self.endpoint)
        note = named(QLabel(translate(
            "CloudStatusDialog", "The statuses are recorded in each manifest, apart from its "
            "journaled record, with the time they were read; nothing else in the manifest "
            "changes.") if line is None else translate(
            "CloudStatusDialog", "The statuses of every station's units are recorded in the "
            "line record, with the time they were read; the stations' manifests do not "
            "change.")), "muted")
        note.setWordWrap(True)
        form.addRow(note)

        self.progress = named(QProgressBar(), "refreshProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.status = named(QLabel(), "muted")
        self.status.setWordWrap(True)
        self.message = named(QLabel(), "refreshMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.start_button = named(QPushButton(translate("CloudStatusDialog", "Refresh")),
                                  "startRefreshButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = named(QPushButton(translate("CloudStatusDialog", "Close")),
                                  "closeRefreshButton")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)

        self.worker = WorkerThread("cloud status", self)
        self.finished.connect(self._on_closed)
        self._load_settings()
        self.target.currentIndexChanged.connect(self._target_changed)
        self.app_url.editingFinished.connect(self.show_credential)
        self._target_changed()

    # -- settings and credential -------------------------------------------------------

    def _load_settings(self) -> None:
        try:
            self.settings = load_upload_settings()
        except ConfigError as exc:
            self._say(exc)
        self.app_url.setText(self.settings.iotc_app_url)

    def current_target(self) -> Target:
        return Target(self.target.currentData())

    def _target_changed(self) -> None:
        central = self.current_target() is Target.CENTRAL
        self.app_url.setVisible(central)
        self.app_url_label.setVisible(central)
        self.endpoint.setText(self.settings.iotc_endpoint_override if central
                              else self.settings.dps_endpoint_override)
        self.secret_caption.setText(translate("CloudStatusDialog", "API token") if central
                                    else translate("CloudStatusDialog", "Connection string"))
        self.secret_entry.setPlaceholderText(
            translate("CloudStatusDialog", "paste the {what} to keep it as a secret").format(
                what=what(self.current_target())))
        self.show_credential()

    def show_credential(self) -> None:
        """Say where the credential comes from, masked; never its text."""
        target = self.current_target()
        source = find_credential(target, self.store, self.app_url.text(), self.environ,
                                 REFRESH)
        if source.credential is None:
            self.credential_where.setText(source.problem)
            return
        shown = shown_secret(target, self.store, self.environ)
        self.credential_where.setText(translate("CloudStatusDialog", "From {where}: {masked}")
                                      .format(where=source.where, masked=shown))

    def _keep_typed_secret(self) -> None:
        text = self.secret_entry.text().strip()
        self.secret_entry.clear()
        if not text:
            return
        target = self.current_target()
        try:
            keep_credential(target, self.store, text)
        except StationError as exc:
            self._say(exc)
            return
        self.message.setText(translate("CloudStatusDialog", "{what} kept in {store}.").format(
            what=what(target), store=self.store.description))
        self.show_credential()

    def _save_settings(self) -> None:
        self.settings = saved_endpoints(self.settings, self.current_target(),
                                        self.endpoint.text(), self.app_url.text())

    # -- running -------------------------------------------------------------------------

    def start(self) -> bool:
        """Hand the refresh to the worker; False (with the reason shown) when it cannot start."""
        if self.running:
            return False
        target = self.current_target()
        source = find_credential(target, self.store, self.app_url.text(), self.environ,
                                 REFRESH)
        if source.credential is None:
            self.message.setText(source.problem)
            return False
        endpoint = self.endpoint.text().strip() or None
        try:
            # Refused here, before the address is remembered or the worker starts.
            service_url(target, source.credential, endpoint)
            self._save_settings()
        except StationError as exc:
            self._say(exc)
            return False
        self._orders = [RefreshOrder(path, target, source.credential, endpoint, self.line)
                        for path, _label in self.manifests]
        self.reports = []
        self._set_running(True)
        self.message.setText("")
        self.status.setText(translate("CloudStatusDialog", "Reading from {service} using "
                                      "{where}…").format(service=TARGET_NAMES[target],
                                                         where=source.where))
        self._next()
        return True

    def _next(self) -> None:
        order = self._orders.pop(0)
        self._task = self.worker.submit(
            partial(run_refresh, order),
            progress=self._on_progress,
            returned=self._on_report,
            errored=self._on_failed,
        )

    def _which(self) -> str:
        if len(self.manifests) < 2:
            return ""
        index = len(self.reports)
        return translate("CloudStatusDialog", "{manifest} ({number} of {count}): ").format(
            manifest=self.manifests[index][1], number=index + 1, count=len(self.manifests))

    def request_stop(self) -> None:
        """Ask the refresh to stop at its next page or wait; its report still arrives."""
        if self.running and self._task is not None:
            self._task.cancel()
            self.close_button.setEnabled(False)
            self.status.setText(translate("CloudStatusDialog",
                                          "Stopping after the request in progress…"))

    def _set_running(self, running: bool) -> None:
        self.running = running
        for widget in (self.target, self.app_url, self.secret_entry, self.keep_button,
                       self.endpoint, self.start_button):
            widget.setEnabled(not running)
        self.close_button.setEnabled(True)
        self.close_button.setText(translate("CloudStatusDialog", "Stop") if running
                                  else translate("CloudStatusDialog", "Close"))
        # No total is known before the last page: a busy bar while it runs.
        self.progress.setRange(0, 0 if running else 1)
        self.progress.setValue(0 if running else 1)

    def _on_progress(self, step: RefreshProgress) -> None:
        self.status.setText(self._which() + translate(
            "CloudStatusDialog", "%n page request(s) — {message}", None, step.requests).format(
            message=step.message))

    def _on_report(self, report: StatusReport) -> None:
        self.reports.append(report)
        self.refreshed.emit(report.target)
        if self._orders and report.stopped is None and not self._close_when_done:
            self._next()
            return
        self._orders = []
        self._set_running(False)
        self.status.setText(self.summary())
        self.message.setText("\n".join(
            describe_report(label, each)
            for (_path, label), each in zip(self.manifests, self.reports, strict=False)))
        self.refreshFinished.emit(list(self.reports))
        if self._close_when_done:
            self.reject()

    def _on_failed(self, error: Exception) -> None:
        if not isinstance(error, StationError):  # run_refresh raises no other kind
            raise error
        self._orders = []
        self._set_running(False)
        self.progress.setValue(0)
        done = len(self.reports)
        label = self.manifests[done][1]
        self.status.setText(
            translate("CloudStatusDialog", "The refresh of {manifest} did not run.").format(
                manifest=label)
            + (translate("CloudStatusDialog", " (%n manifest(s) refreshed before it.)", None,
                         done) if done else ""))
        self._say(error)
        self.refreshFailed.emit(error)
        if self._close_when_done:
            self.reject()

    def summary(self) -> str:
        """What the run read: each manifest's connected count."""
        if len(self.reports) == 1:
            return self.reports[0].summary()
        return "; ".join(translate("CloudStatusDialog", "{manifest}: {connected} of {count} "
                                   "connected").format(manifest=label,
                                                       connected=len(report.connected),
                                                       count=len(report.units))
                         for (_path, label), report in zip(self.manifests, self.reports,
                                                           strict=False))

    def _say(self, error: StationError) -> None:
        self.message.setText(f"{error.message} — {error.hint}" if error.hint else error.message)

    # -- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Close, or while a refresh runs: stop it and close once its report arrived."""
        if self.running:
            self._close_when_done = True
            self.request_stop()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    @Slot(int)
    def _on_closed(self, _result: int) -> None:
        self.shutdown()

    def shutdown(self) -> None:
        """End the worker's thread (stopping a running refresh first). Safe to call twice."""
        if self.worker.isRunning():
            self.worker.shutdown()
