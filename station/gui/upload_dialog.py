"""The upload dialog: send the manifest's provisioned units to DPS or IoT Central.

It says where the credential comes from (a saved secret or an environment
variable) without ever showing it, takes an optional endpoint override (plain
http to another computer is refused, as the upload itself refuses it) and a
dry run, shows progress while the upload runs on the dialog's ``WorkerThread``,
and lists every unit's result when the report arrives. Several manifests (the QA
desk's chosen ones) are uploaded one after another, each with its own ledger; the
line record (``line``) is uploaded once for every station, its ledger in the line
database. GUI thread only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import ConfigError, StationError
from station.credentials.secret_store import (
    DPS_CONNECTION_STRING,
    IOTC_API_TOKEN,
    SecretStore,
)
from station.enrollment.cli_commands import DPS_CONNECTION_STRING_ENV, IOTC_API_TOKEN_ENV
from station.enrollment.errors import CredentialRejected, ServiceUnavailable
from station.enrollment.sas import DpsConnectionString
from station.enrollment.state import Target, UploadState
from station.enrollment.upload import (
    DpsCredential,
    IotcCredential,
    UnitUpload,
    UploadCredential,
    UploadReport,
    service_url,
)
from station.gui.i18n import QT_TRANSLATE_NOOP, masked, translate
from station.gui.manifest_model import local_time
from station.gui.settings import UploadSettings, load_upload_settings, save_upload_settings
from station.gui.style import named
from station.gui.upload_worker import UploadOrder, UploadProgress, UploadStopped, run_upload
from station.gui.worker import Task, WorkerThread
from station.line.connection import LineConnector, where
from station.manifest import StationKey

TARGET_NAMES = {
    Target.DPS: QT_TRANSLATE_NOOP("UploadDialog", "DPS (individual enrollments)"),
    Target.CENTRAL: "IoT Central",
}
SECRET_NAMES = {Target.DPS: DPS_CONNECTION_STRING, Target.CENTRAL: IOTC_API_TOKEN}
ENV_NAMES = {Target.DPS: DPS_CONNECTION_STRING_ENV, Target.CENTRAL: IOTC_API_TOKEN_ENV}
WHAT = {
    Target.DPS: QT_TRANSLATE_NOOP("UploadDialog", "DPS connection string"),
    Target.CENTRAL: QT_TRANSLATE_NOOP("UploadDialog", "IoT Central API token"),
}


def what(target: Target) -> str:
    """The credential ``target`` takes, in words."""
    return translate("UploadDialog", WHAT[target])


def target_name(target: Target) -> str:
    return translate("UploadDialog", TARGET_NAMES[target])
_ROOT = QModelIndex()
UPLOAD, REFRESH = "upload", "status refresh"  # what needs the credential


# -- where the credential comes from ---------------------------------------------------


@dataclass(frozen=True)
class CredentialSource:
    """The credential for one target and where it came from, or why there is none.

    ``where`` and ``problem`` are safe to show: they never hold the secret.
    """

    credential: UploadCredential | None
    where: str = ""
    problem: str = ""


def _saved(store: SecretStore, name: str) -> str:
    """The saved secret, or "" when there is none or the store is locked."""
    if not store.unlocked:
        return ""
    return store.get(name).strip()


def shown_secret(target: Target, store: SecretStore, environ: Mapping[str, str]) -> str:
    """The credential ``find_credential`` takes for ``target``, masked for showing."""
    return masked(_saved(store, SECRET_NAMES[target]) or environ.get(ENV_NAMES[target], "").strip())


def keep_credential(target: Target, store: SecretStore, text: str) -> None:
    """Check ``text`` as ``target``'s credential and keep it in ``store``.

    Raises StationError (a connection string that does not parse, an empty token, a
    locked store) and keeps nothing then."""
    text = text.strip()
    if target is Target.DPS:
        DpsConnectionString.parse(text)
    elif not text:
        raise ConfigError(
            translate("UploadDialog", "the IoT Central API token is empty"),
            hint=translate("UploadDialog",
                           "paste the token shown when it was made in IoT Central"))
    store.set(SECRET_NAMES[target], text)


def saved_endpoints(
    settings: UploadSettings, target: Target, endpoint: str, app_url: str
) -> UploadSettings:
    """``settings`` with ``target``'s endpoint override (and IoT Central's app URL) as typed,
    saved when they changed; returns the settings now in force."""
    endpoint = endpoint.strip()
    if target is Target.DPS:
        changed = settings.with_changes(dps_endpoint_override=endpoint)
    else:
        changed = settings.with_changes(iotc_endpoint_override=endpoint,
                                        iotc_app_url=app_url.strip())
    if changed != settings:
        save_upload_settings(changed)
    return changed


def find_credential(
    target: Target,
    store: SecretStore,
    app_url: str = "",
    environ: Mapping[str, str] = os.environ,
    purpose: str = UPLOAD,
) -> CredentialSource:
    """The saved secret when there is one, else the environment variable; never raises.
    ``purpose`` names what needs it in the problem shown (an upload, a status refresh)."""
    name, env_name, needed = SECRET_NAMES[target], ENV_NAMES[target], what(target)
    text = _saved(store, name)
    where = translate("UploadDialog", "the saved secret in {store}").format(
        store=store.description)
    if not text:
        text = environ.get(env_name, "").strip()
        where = translate("UploadDialog", "the environment variable {name}").format(name=env_name)
    if not text:
        if store.unlocked:
            problem = translate("UploadDialog", "No {what}: paste it below and press Keep, or "
                                "set {variable}.")
        else:
            problem = translate("UploadDialog", "No {what}: unlock the station's secrets in "
                                "Settings, or paste it below and press Keep, or set {variable}.")
        return CredentialSource(None, problem=problem.format(what=needed, variable=env_name))
    if target is Target.DPS:
        try:
            return CredentialSource(DpsCredential(DpsConnectionString.parse(text)), where)
        except ConfigError as exc:
            return CredentialSource(None, where, translate(
                "UploadDialog", "The {what} from {where} is unusable: {reason}").format(
                what=needed, where=where, reason=f"{exc.message} — {exc.hint}"))
    if not app_url.strip():
        problem = (translate("UploadDialog", "An IoT Central status refresh needs the "
                             "application's URL: type it above, https://NAME.azureiotcentral.com.")
                   if purpose == REFRESH else
                   translate("UploadDialog", "An IoT Central upload needs the application's URL: "
                             "type it above, https://NAME.azureiotcentral.com."))
        return CredentialSource(None, where, problem)
    return CredentialSource(IotcCredential(app_url.strip(), text), where)


# -- the per-unit result list ------------------------------------------------------------


class UploadResultModel(QAbstractTableModel):
    """One row per unit of an ``UploadReport``: device ID, state, batch, time, reason."""

    HEADERS = (
        QT_TRANSLATE_NOOP("UploadDialog", "Device ID"),
        QT_TRANSLATE_NOOP("UploadDialog", "State"),
        QT_TRANSLATE_NOOP("UploadDialog", "Batch"),
        QT_TRANSLATE_NOOP("UploadDialog", "Time"),
        QT_TRANSLATE_NOOP("UploadDialog", "Reason"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units: tuple[UnitUpload, ...] = ()
        self.dry_run = False

    def show_report(self, report: UploadReport | None) -> None:
        self.show_reports([] if report is None else [report])

    def show_reports(self, reports: list[UploadReport]) -> None:
        """Every unit of ``reports`` (one per manifest), in order."""
        self.beginResetModel()
        self.units = tuple(unit for report in reports for unit in report.units)
        self.dry_run = any(report.dry_run for report in reports)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def cells(self, row: int) -> tuple[str, str, str, str, str]:
        """The texts of one row, as shown."""
        unit = self.units[row]
        reason = unit.reason
        if self.dry_run and unit.would_send:
            reason = reason or translate("UploadDialog", "would be sent")
        return (
            unit.device_id,
            str(unit.state),
            unit.batch_id,
            local_time(unit.uploaded_at),
            reason,
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if not index.isValid() or role not in shown:
            return None
        return self.cells(index.row())[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("UploadDialog", self.HEADERS[section])
        return None


def describe_stop(stopped: StationError) -> str:
    """Why a run ended early, in words for QA, with what to do."""
    if isinstance(stopped, CredentialRejected):
        headline = translate("UploadDialog", "The service refused the credential; nothing more "
                             "was sent.")
    elif isinstance(stopped, UploadStopped):
        headline = translate("UploadDialog", "Upload stopped on request.")
    elif isinstance(stopped, ServiceUnavailable):
        headline = translate("UploadDialog", "The service could not be reached; the upload "
                             "stopped.")
    else:
        headline = translate("UploadDialog", "The upload stopped.")
    lines = [headline, stopped.message]
    if stopped.hint:
        lines.append(translate("UploadDialog", "What to do: {hint}").format(hint=stopped.hint))
    return "\n".join(lines)


# -- the dialog --------------------------------------------------------------------------


class UploadDialog(QDialog):
    """Upload enrollments from one manifest or several, or with ``line`` from the line
    record (``manifest_path`` then only places the dialog's files). Every method runs on
    the GUI thread."""

    uploadFinished = Signal(object)  # UploadReport, once the result list shows it
    uploadFailed = Signal(object)  # StationError, when the upload could not run

    def __init__(
        self,
        manifest_path: Path,
        station_key: StationKey | None,
        store: SecretStore,
        parent: QWidget | None = None,
        environ: Mapping[str, str] = os.environ,
        more: Sequence[tuple[Path, StationKey | None]] = (),
        *,
        line: LineConnector | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UploadDialog", "Upload enrollments"))
        self.line = line
        self.setMinimumSize(760, 560)
        self.manifest_path = manifest_path
        self.station_key = station_key
        # Every manifest to upload, in order: the first one, then ``more``.
        self.manifests = [(manifest_path, station_key), *more]
        self.store = store
        self.environ = environ
        self.settings: UploadSettings = UploadSettings()
        self.report: UploadReport | None = None  # the last manifest's report
        self.reports: list[UploadReport] = []  # one per manifest uploaded so far
        self._orders: list[UploadOrder] = []  # the manifests still to upload in this run
        self.running = False
        self._close_when_done = False

        self.target = named(QComboBox(), "targetCombo")
        for target in TARGET_NAMES:
            self.target.addItem(target_name(target), target)
        self.app_url = QLineEdit(placeholderText="https://NAME.azureiotcentral.com")
        self.app_url_label = QLabel(translate("UploadDialog", "Application URL"))
        self.credential_where = named(QLabel(), "credentialSource")
        self.credential_where.setWordWrap(True)
        self.secret_entry = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.keep_button = QPushButton(translate("UploadDialog", "Keep"))
        self.keep_button.clicked.connect(self._keep_typed_secret)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_entry, 1)
        secret_row.addWidget(self.keep_button)
        self.endpoint = QLineEdit(
            placeholderText=translate("UploadDialog", "the service's own address (leave empty)"))
        self.dry_run = QCheckBox(
            translate("UploadDialog", "Dry run: send nothing; write the requests to a file"))
        self.dry_run_path = QLineEdit(str(manifest_path.with_name("upload-dry-run.json")))
        self.choose_button = QPushButton(translate("UploadDialog", "Choose…"))
        self.choose_button.clicked.connect(self._choose_dry_run_file)
        dry_row = QHBoxLayout()
        dry_row.addWidget(self.dry_run_path, 1)
        dry_row.addWidget(self.choose_button)

        form = QFormLayout()
        if line is not None:
            form.addRow(translate("UploadDialog", "Line record"), named(QLabel(translate(
                "UploadDialog", "{where}: every station's provisioned units, once for the "
                "line").format(where=where(line.config.url))), "muted"))
            # The line's ledger has no dry run yet; a station's manifest has.
            self.dry_run.setToolTip(translate(
                "UploadDialog", "A dry run is made from a station's manifest"))
        else:
            shown = "\n".join(str(path) for path, _key in self.manifests)
            form.addRow(translate("UploadDialog", "Manifests") if len(self.manifests) > 1
                        else translate("UploadDialog", "Manifest"),
                        named(QLabel(shown), "muted"))
        form.addRow(translate("UploadDialog", "Upload to"), self.target)
        form.addRow(self.app_url_label, self.app_url)
        form.addRow(translate("UploadDialog", "Credential"), self.credential_where)
        self.secret_caption = QLabel()
        form.addRow(self.secret_caption, secret_row)
        form.addRow(translate("UploadDialog", "Endpoint override"), self.endpoint)
        form.addRow(self.dry_run)
        form.addRow(translate("UploadDialog", "Requests file"), dry_row)

        self.progress = named(QProgressBar(), "uploadProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = named(QLabel(), "muted")
        self.status.setWordWrap(True)
        self.message = named(QLabel(), "uploadMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.results = UploadResultModel(self)
        self.table = QTableView()
        self.table.setModel(self.results)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((180, 90, 120, 150)):
            self.table.setColumnWidth(column, width)

        self.start_button = named(QPushButton(translate("UploadDialog", "Start")),
                                  "startUploadButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = named(QPushButton(translate("UploadDialog", "Close")),
                                  "closeUploadButton")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.uploads = WorkerThread("enrollment upload", self)
        self._upload: Task[UploadReport] | None = None
        self.finished.connect(self._on_closed)

        self._load_settings()
        self.target.currentIndexChanged.connect(self._target_changed)
        self.dry_run.toggled.connect(self._enable_inputs)
        self.app_url.editingFinished.connect(self.show_credential)
        self._target_changed()
        self._enable_inputs()

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
        target = self.current_target()
        central = target is Target.CENTRAL
        self.app_url.setVisible(central)
        self.app_url_label.setVisible(central)
        self.endpoint.setText(
            self.settings.iotc_endpoint_override if central
            else self.settings.dps_endpoint_override
        )
        self.secret_caption.setText(translate("UploadDialog", "API token") if central
                                    else translate("UploadDialog", "Connection string"))
        self.secret_entry.setPlaceholderText(
            translate("UploadDialog", "paste the {what} to keep it as a secret").format(
                what=what(target)))
        self.show_credential()

    def credential_source(self) -> CredentialSource:
        return find_credential(
            self.current_target(), self.store, self.app_url.text(), self.environ
        )

    def show_credential(self) -> None:
        """Say where the credential comes from, masked; never its text."""
        source = self.credential_source()
        if source.credential is None:
            self.credential_where.setText(source.problem)
            return
        self.credential_where.setText(translate("UploadDialog", "From {where}: {masked}").format(
            where=source.where,
            masked=shown_secret(self.current_target(), self.store, self.environ)))

    def keep_secret(self, text: str) -> bool:
        """Check and keep the typed credential for the chosen target; shown masked after."""
        target = self.current_target()
        try:
            keep_credential(target, self.store, text)
        except StationError as exc:
            self._say(exc)
            return False
        self.message.setText(translate("UploadDialog", "{what} kept in {store}.").format(
            what=what(target), store=self.store.description))
        self.show_credential()
        return True

    def _keep_typed_secret(self) -> None:
        text = self.secret_entry.text()
        self.secret_entry.clear()
        if text:
            self.keep_secret(text)

    def _choose_dry_run_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("UploadDialog", "Write the dry run's requests to"),
            self.dry_run_path.text(),
            translate("UploadDialog", "JSON files (*.json);;All files (*)")
        )
        if name:
            self.dry_run_path.setText(name)

    def _save_settings(self) -> None:
        self.settings = saved_endpoints(self.settings, self.current_target(),
                                        self.endpoint.text(), self.app_url.text())

    # -- running -------------------------------------------------------------------------

    def start(self) -> bool:
        """Hand the upload to the worker; False (with the reason shown) when it cannot start."""
        if self.running:
            return False
        source = self.credential_source()
        if source.credential is None:
            self.message.setText(source.problem)
            self.show_credential()
            return False
        dry_run_path: Path | None = None
        if self.dry_run.isChecked():
            if not self.dry_run_path.text().strip():
                self.message.setText(translate(
                    "UploadDialog", "Choose the file the dry run writes its requests to."))
                return False
            dry_run_path = Path(self.dry_run_path.text().strip())
        endpoint = self.endpoint.text().strip() or None
        try:
            # Refused here, before the address is remembered or the worker starts.
            service_url(self.current_target(), source.credential, endpoint)
            self._save_settings()
        except StationError as exc:
            self._say(exc)
            return False
        self._orders = [
            UploadOrder(
                manifest_path=path,
                target=self.current_target(),
                credential=source.credential,
                station_key=key,
                endpoint=endpoint,
                line=self.line,
                # Each manifest's dry run beside the file chosen, named after it.
                dry_run_path=dry_run_path if dry_run_path is None or index == 0
                else dry_run_path.with_name(f"{dry_run_path.stem}-{index + 1}"
                                            f"{dry_run_path.suffix}"),
            )
            for index, (path, key) in enumerate(self.manifests)
        ]
        self.reports = []
        self._set_running(True)
        self.results.show_report(None)
        self.status.setText(
            translate("UploadDialog", "Uploading to {service} using {where}…").format(
                service=target_name(self.current_target()), where=source.where)
            if dry_run_path is None else translate("UploadDialog", "Planning the dry run…"))
        self.message.setText("")
        self._next_upload()
        return True

    def _next_upload(self) -> None:
        """Start the next manifest's upload (they run one after another)."""
        order = self._orders.pop(0)
        self.progress.setRange(0, 0)  # busy until the first unit settles
        self._upload = self.uploads.submit(
            partial(run_upload, order),
            progress=self._on_progress,
            returned=self._on_finished,
            errored=self._on_failed,
        )

    def request_stop(self) -> None:
        """Ask the upload to stop at its next step; the result list still arrives."""
        if self.running:
            if self._upload is not None:
                self._upload.cancel()
            self.close_button.setEnabled(False)
            self.status.setText(
                translate("UploadDialog", "Stopping after the request in progress…"))

    def _set_running(self, running: bool) -> None:
        self.running = running
        self._enable_inputs()
        self.close_button.setEnabled(True)
        self.close_button.setText(translate("UploadDialog", "Stop") if running
                                  else translate("UploadDialog", "Close"))

    def _enable_inputs(self) -> None:
        """Inputs are locked while an upload runs; the requests file matters in a dry run only."""
        for widget in (self.target, self.app_url, self.secret_entry, self.keep_button,
                       self.endpoint, self.dry_run, self.start_button):
            widget.setEnabled(not self.running)
        self.dry_run.setEnabled(not self.running and self.line is None)
        for widget in (self.dry_run_path, self.choose_button):
            widget.setEnabled(not self.running and self.dry_run.isChecked())

    def _which(self) -> str:
        """"manifest 2 of 3: " while several are uploaded, else nothing."""
        if len(self.manifests) < 2:
            return ""
        return translate("UploadDialog", "manifest {number} of {count}: ").format(
            number=len(self.reports) + 1, count=len(self.manifests))

    def _on_progress(self, step: UploadProgress) -> None:
        self.progress.setRange(0, max(step.total, 1))
        self.progress.setValue(step.done)
        self.status.setText(self._which() + translate(
            "UploadDialog", "{done} of %n unit(s) settled — {message}", None, step.total).format(
            done=step.done, message=step.message))

    def summary(self) -> str:
        """The upload's summary; with several manifests, each one's."""
        if len(self.reports) < 2:
            return self.report.summary() if self.report is not None else ""
        return "; ".join(f"{path.name}: {report.summary()}"
                         for (path, _key), report in zip(self.manifests, self.reports,
                                                         strict=False))

    def _on_finished(self, report: UploadReport) -> None:
        self.reports.append(report)
        self.report = report
        self.results.show_reports(self.reports)
        if self._orders and report.stopped is None and not self._close_when_done:
            self._next_upload()
            return
        self._orders = []
        self._set_running(False)
        self.progress.setRange(0, max(len(report.units), 1))
        self.progress.setValue(len(report.units) if report.stopped is None else
                               sum(1 for u in report.units if u.state is not UploadState.PENDING))
        self.status.setText(self.summary())
        if report.stopped is not None:
            self.message.setText(describe_stop(report.stopped))
        elif report.dry_run:
            more = (translate("UploadDialog", " (the other manifests' beside it, numbered -2 "
                              "to -{last})").format(last=len(self.reports))
                    if len(self.reports) > 1 else "")
            self.message.setText(translate("UploadDialog", "Nothing was sent; the requests are "
                                           "in {file}{more}.").format(
                file=self.dry_run_path.text().strip(), more=more))
        elif all(each.ok for each in self.reports):
            self.message.setText(translate("UploadDialog",
                                           "Every unit is uploaded or needs no upload."))
        else:
            self.message.setText(translate(
                "UploadDialog", "Some units were not uploaded: their reasons are listed below."))
        notes = [note for each in self.reports for note in each.notes]
        if notes:  # e.g. a profile not found, so its units took the default settings
            self.message.setText("\n".join([self.message.text(), *notes]))
        self.uploadFinished.emit(report)
        if self._close_when_done:
            self.reject()

    def _on_failed(self, error: Exception) -> None:
        if not isinstance(error, StationError):  # run_upload raises no other kind
            raise error
        self._orders = []
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(translate("UploadDialog", "The upload did not run."))
        self._say(error)
        self.uploadFailed.emit(error)
        if self._close_when_done:
            self.reject()

    def _say(self, error: StationError) -> None:
        self.message.setText(f"{error.message} — {error.hint}" if error.hint else error.message)

    # -- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Close, or while an upload runs: stop it and close once its report arrived."""
        if self.running:
            self._close_when_done = True
            self.request_stop()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    @Slot(int)
    def _on_closed(self, _result: int) -> None:
        self.shutdown()

    def shutdown(self) -> None:
        """End the worker's thread (stopping a running upload first). Safe to call twice."""
        if self.uploads.isRunning():
            self.uploads.shutdown()
