"""Settings' "Set up in the cloud…": the job's enrollment group made ready in IoT Central or
DPS, the same steps as ``station cloud group create`` (``station.enrollment.groups``).

The job's profile and attestation decide the group: a ``sas-group`` job gets a SAS
group whose keys go into the station's secret store (or into the token the Settings
name, when the keys are kept there), an ``x509-group`` job an X.509 group holding its
CA, which IoT Central then verifies with the CA key (in the secret store or the
token). The steps run on the dialog's ``WorkerThread`` (``run_setup``) and report
each line; the dialog ends with "CA verified", "group ready" or the service's reason
in one line. The credential is the upload's (same secrets, same settings); a typed
one goes into the secret store. The group keys reach the store on the GUI thread,
which owns it. No secret is shown, logged or written anywhere else. GUI thread only,
except ``run_setup``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import ConfigError, CredentialError, StationError
from station.credentials.ca import CertificateAuthority, load_ca
from station.credentials.modes import attestation_mode
from station.credentials.secret_store import (
    CA_KEY_PEM,
    CA_PASSPHRASE,
    GROUP_KEY,
    GROUP_KEY_SECONDARY,
    SecretStore,
)
from station.enrollment.groups import (
    DPS_CA_VERIFICATION,
    GroupAttestation,
    GroupSpec,
    TokenGroupKeys,
    central_group,
    check_group_id,
    dps_group,
    token_ca,
)
from station.enrollment.options import EnrollmentOptions
from station.enrollment.state import Target
from station.enrollment.upload import UploadCredential, service_client, service_url
from station.gui.i18n import translate
from station.gui.manifest_model import TARGET_NAMES
from station.gui.settings import (
    StationSettings,
    UploadSettings,
    load_upload_settings,
)
from station.gui.style import named
from station.gui.token_keys import TOKEN, PinsOnly, pins_of
from station.gui.upload_dialog import (
    find_credential,
    keep_credential,
    saved_endpoints,
    shown_secret,
    what,
)
from station.gui.worker import Task, WorkerThread
from station.profiles.loader import find_profile

CA_VERIFIED = "CA verified"
GROUP_READY = "group ready"


@dataclass(frozen=True)
class JobGroup:
    """The enrollment group the Settings' job needs: its attestation and the profile's
    ``[enrollment]`` settings."""

    profile_id: str
    mode: str
    attestation: GroupAttestation
    options: EnrollmentOptions


def job_group(settings: StationSettings) -> JobGroup:
    """The group of the job the settings describe. Raises a StationError in one line for
    a profile that cannot be loaded, no attestation chosen, or one without a group."""
    if not settings.profile.strip():
        raise ConfigError(
            translate("CloudSetupDialog", "no profile is chosen"),
            hint=translate("CloudSetupDialog", "choose the job's profile in Settings first"),
        )
    profile = find_profile(settings.profile).profile
    mode = (
        settings.attestation
        or profile.attestation.default
        or (profile.attestation.allowed[0] if len(profile.attestation.allowed) == 1 else "")
    )
    if not mode:
        raise ConfigError(
            translate("CloudSetupDialog", "the job's attestation is not chosen"),
            hint=translate("CloudSetupDialog", "choose it in Settings"),
        )
    kind = attestation_mode(str(mode))
    if not kind.group:
        raise ConfigError(
            translate(
                "CloudSetupDialog",
                "{mode} units are enrolled one by one: there is no enrollment group to set up",
            ).format(mode=kind.name),
            hint=translate(
                "CloudSetupDialog",
                "upload them from the Manifest tab once provisioned, or choose a group attestation",
            ),
        )
    attestation = (
        GroupAttestation.SAS if kind.mechanism == "symmetricKey" else GroupAttestation.X509
    )
    return JobGroup(
        profile.id, kind.name, attestation, EnrollmentOptions.from_section(profile.enrollment)
    )


class _KeysForStore:
    """A SAS group's keys, held until the GUI thread puts them into its secret store."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.primary = ""
        self.secondary = ""

    def __repr__(self) -> str:
        return "_KeysForStore(…)"

    def check(self) -> None:
        """The store was unlocked before the set-up started."""

    def keep(self, primary: str, secondary: str) -> str:
        self.primary, self.secondary = primary, secondary
        return f"group keys (primary and secondary) saved in {self.description}"


@dataclass(frozen=True)
class SetupOrder:
    """What ``run_setup`` needs, gathered on the GUI thread (secrets left out of repr)."""

    target: Target
    credential: UploadCredential = field(repr=False)
    group_id: str
    group: JobGroup
    store_description: str
    endpoint: str | None = None
    ca_cert_path: str = ""
    ca_key_pem: str = field(default="", repr=False)
    ca_passphrase: str = field(default="", repr=False)
    ca_key_uri: str = ""
    group_key_uris: tuple[str, str] = ("", "")
    pins: PinsOnly | None = field(default=None, repr=False)


@dataclass(frozen=True)
class SetupResult:
    """How the set-up ended: its lines, the one-line outcome, and keys for the store."""

    lines: tuple[str, ...]
    outcome: str
    keys: _KeysForStore | None = field(default=None, repr=False)


def _read_cert(path: str) -> bytes:
    if not path.strip():
        raise ConfigError(
            translate("CloudSetupDialog", "an X.509 group needs the CA certificate"),
            hint=translate("CloudSetupDialog", "choose the CA certificate file in Settings"),
        )
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CredentialError(
            translate(
                "CloudSetupDialog", "cannot read the CA certificate file {path}: {reason}"
            ).format(path=path, reason=exc.strerror or exc),
            hint=translate("CloudSetupDialog", "choose the CA certificate file again in Settings"),
        ) from None


def _job_ca(order: SetupOrder) -> tuple[x509.Certificate, CertificateAuthority | None]:
    """The CA certificate and, for IoT Central's proof, the CA with its key."""
    cert_pem = _read_cert(order.ca_cert_path)
    if order.target is Target.DPS:  # DPS verifies its CAs elsewhere: the certificate only
        try:
            return x509.load_pem_x509_certificate(cert_pem), None
        except ValueError:
            raise CredentialError(
                translate("CloudSetupDialog", "the CA certificate file holds no PEM certificate"),
                hint=translate("CloudSetupDialog", "choose the CA's certificate file"),
            ) from None
    if order.ca_key_uri:
        ca = token_ca(cert_pem, order.ca_key_uri, order.pins)
    elif order.ca_key_pem:
        ca = load_ca(cert_pem, order.ca_key_pem.encode("utf-8"), order.ca_passphrase or None)
    else:
        raise ConfigError(
            translate("CloudSetupDialog", "verifying the CA needs its key, and none is kept"),
            hint=translate(
                "CloudSetupDialog", "load the CA private key in Settings (or name it in the token)"
            ),
        )
    return ca.certificate, ca


def run_setup(order: SetupOrder, task: Task[SetupResult]) -> SetupResult:
    """Create or update the job's enrollment group and finish its credentials. Worker
    thread; each step and result line goes to ``task.report``. Raises StationError."""

    def sleep(seconds: float) -> None:
        if task.cancellation.wait(max(seconds, 0.0)):
            raise ConfigError(
                translate("CloudSetupDialog", "the set-up was stopped"),
                hint=translate(
                    "CloudSetupDialog", "set it up again: each step that was done is found done"
                ),
            )

    group = order.group
    primary_cert = None
    ca = None
    if group.attestation is GroupAttestation.X509:
        task.report(translate("CloudSetupDialog", "opening the CA…"))
        primary_cert, ca = _job_ca(order)
    spec = GroupSpec(
        group_id=order.group_id,
        attestation=group.attestation,
        iot_edge=group.options.iot_edge,
        enabled=group.options.provisioning_status == "enabled",
        primary_ca=primary_cert,
        initial_twin=group.options.initial_twin if order.target is Target.DPS else None,
    )
    keys: _KeysForStore | None = None
    sink: TokenGroupKeys | _KeysForStore | None = None
    if group.attestation is GroupAttestation.SAS:
        if order.group_key_uris[0]:
            sink = TokenGroupKeys(*order.group_key_uris, pins=order.pins)
        else:
            sink = keys = _KeysForStore(order.store_description)
    base_url = service_url(order.target, order.credential, order.endpoint)
    with service_client(order.credential, base_url, sleep, time.monotonic) as client:
        if order.target is Target.CENTRAL:
            result = central_group(client, spec, sink, ca=ca, say=task.report)
        else:
            result = dps_group(client, spec, sink, say=task.report)
    if group.attestation is GroupAttestation.X509 and order.target is Target.CENTRAL:
        outcome = CA_VERIFIED
    elif group.attestation is GroupAttestation.X509:
        outcome = f"{GROUP_READY}; {DPS_CA_VERIFICATION}"
    else:
        outcome = GROUP_READY
    return SetupResult(result.lines, outcome, keys)


class CloudSetupDialog(QDialog):
    """Set up the Settings' job's enrollment group in IoT Central or DPS."""

    setupFinished = Signal(object)  # SetupResult, once the keys are in the store
    setupFailed = Signal(object)  # StationError

    def __init__(
        self,
        settings: StationSettings,
        store: SecretStore,
        parent: QWidget | None = None,
        *,
        environ: Mapping[str, str] = os.environ,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CloudSetupDialog", "Set up in the cloud"))
        self.setMinimumSize(680, 480)
        self.settings = settings
        self.store = store
        self.environ = environ
        self.upload_settings = UploadSettings()
        self.running = False
        self.last_result: SetupResult | None = None
        self._task: Task[SetupResult] | None = None

        self.job = named(QLabel(), "setupJob")
        self.job.setWordWrap(True)
        self.target = named(QComboBox(), "setupTarget")
        for each, name in TARGET_NAMES.items():
            self.target.addItem(name, each.value)
        self.app_url = QLineEdit(placeholderText="https://NAME.azureiotcentral.com")
        self.app_url_label = QLabel(translate("CloudSetupDialog", "Application URL"))
        self.credential_where = named(QLabel(), "credentialSource")
        self.credential_where.setWordWrap(True)
        self.secret_caption = QLabel()
        self.secret_entry = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.keep_button = QPushButton(translate("CloudSetupDialog", "Keep"))
        self.keep_button.clicked.connect(self._keep_typed_secret)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_entry, 1)
        secret_row.addWidget(self.keep_button)
        self.endpoint = QLineEdit(
            placeholderText=translate("CloudSetupDialog", "the service's own address (leave empty)")
        )
        self.group_id = named(QLineEdit(settings.profile), "groupId")

        form = QFormLayout()
        form.addRow(translate("CloudSetupDialog", "Job"), self.job)
        form.addRow(translate("CloudSetupDialog", "Service"), self.target)
        form.addRow(self.app_url_label, self.app_url)
        form.addRow(translate("CloudSetupDialog", "Credential"), self.credential_where)
        form.addRow(self.secret_caption, secret_row)
        form.addRow(translate("CloudSetupDialog", "Endpoint override"), self.endpoint)
        form.addRow(translate("CloudSetupDialog", "Enrollment group ID"), self.group_id)

        self.steps = named(QPlainTextEdit(), "setupSteps")
        self.steps.setReadOnly(True)
        self.outcome = named(QLabel(), "setupOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = named(
            QPushButton(translate("CloudSetupDialog", "Set up")), "startSetupButton"
        )
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(translate("CloudSetupDialog", "Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)

        self.worker = WorkerThread("cloud setup", self)
        self.finished.connect(self._on_closed)
        try:
            self.upload_settings = load_upload_settings()
        except ConfigError as exc:
            self._say(exc)
        self.app_url.setText(self.upload_settings.iotc_app_url)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.app_url.editingFinished.connect(self.show_credential)
        self._target_changed()
        self._show_job()

    # -- what is set up, and with what ----------------------------------------------------

    def _show_job(self) -> None:
        try:
            group = job_group(self.settings)
        except StationError as exc:
            self.job.setText(exc.message)
            self._say(exc)
            self.start_button.setEnabled(False)
            return
        where = (
            translate("CloudSetupDialog", "its keys go into the token")
            if self._in_token()
            else translate("CloudSetupDialog", "its keys go into {store}").format(
                store=self.store.description
            )
        )
        if group.attestation is GroupAttestation.X509:
            where = translate("CloudSetupDialog", "its CA is uploaded and verified with the CA key")
        self.job.setText(
            translate(
                "CloudSetupDialog", "{profile}, {mode}: {kind} enrollment group; {where}"
            ).format(
                profile=group.profile_id,
                mode=group.mode,
                kind=group.attestation.value.upper(),
                where=where,
            )
        )

    def _in_token(self) -> bool:
        return self.settings.key_source == TOKEN

    def current_target(self) -> Target:
        return Target(self.target.currentData())

    def _target_changed(self) -> None:
        central = self.current_target() is Target.CENTRAL
        self.app_url.setVisible(central)
        self.app_url_label.setVisible(central)
        self.endpoint.setText(
            self.upload_settings.iotc_endpoint_override
            if central
            else self.upload_settings.dps_endpoint_override
        )
        self.secret_caption.setText(
            translate("CloudSetupDialog", "API token")
            if central
            else translate("CloudSetupDialog", "Connection string")
        )
        self.secret_entry.setPlaceholderText(
            translate("CloudSetupDialog", "paste the {what} to keep it as a secret").format(
                what=what(self.current_target())
            )
        )
        self.show_credential()

    def show_credential(self) -> None:
        """Say where the credential comes from, masked; never its text."""
        target = self.current_target()
        # The URL is asked for on its own line: here only where the credential comes from.
        source = find_credential(target, self.store, self.app_url.text() or "-", self.environ)
        if source.credential is None:
            self.credential_where.setText(source.problem)
            return
        shown = shown_secret(target, self.store, self.environ)
        self.credential_where.setText(translate("CloudSetupDialog", "From {where}: {masked}")
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
        self.outcome.setText(
            translate("CloudSetupDialog", "{what} kept in {store}.").format(
                what=what(target), store=self.store.description
            )
        )
        self.show_credential()

    # -- running ----------------------------------------------------------------------------

    def order(self) -> SetupOrder:
        """Everything the set-up needs, read here on the GUI thread. Raises StationError."""
        target = self.current_target()
        group = job_group(self.settings)
        group_id = check_group_id(self.group_id.text().strip())
        if target is Target.CENTRAL and not self.app_url.text().strip():
            raise ConfigError(
                translate("CloudSetupDialog", "no IoT Central application URL"),
                hint=translate(
                    "CloudSetupDialog", "type it above, https://NAME.azureiotcentral.com"
                ),
            )
        source = find_credential(target, self.store, self.app_url.text(), self.environ)
        if source.credential is None:
            raise ConfigError(source.problem)
        endpoint = self.endpoint.text().strip() or None
        service_url(target, source.credential, endpoint)  # refused before anything is kept
        if not self.store.unlocked:
            raise ConfigError(
                translate("CloudSetupDialog", "the station's secrets are locked"),
                hint=translate("CloudSetupDialog", "unlock them in Settings, then set up again"),
            )
        token = self._in_token()
        sas = group.attestation is GroupAttestation.SAS
        if token and sas and not self.settings.token_group_key_uri:
            raise ConfigError(
                translate(
                    "CloudSetupDialog",
                    "the keys are kept in a token, but no group key URI is named",
                ),
                hint=translate("CloudSetupDialog", "give the group key's pkcs11: URI in Settings"),
            )
        return SetupOrder(
            target=target,
            credential=source.credential,
            group_id=group_id,
            group=group,
            store_description=self.store.description,
            endpoint=endpoint,
            ca_cert_path=self.settings.ca_cert_path,
            ca_key_pem="" if token or sas else self.store.get(CA_KEY_PEM),
            ca_passphrase="" if token or sas else self.store.get(CA_PASSPHRASE),
            ca_key_uri=self.settings.token_ca_key_uri if token and not sas else "",
            group_key_uris=(
                (self.settings.token_group_key_uri, self.settings.token_group_key_secondary_uri)
                if token and sas
                else ("", "")
            ),
            pins=pins_of(self.settings, self.store) if token else None,
        )

    def start(self) -> bool:
        """Hand the set-up to the worker; False (with the reason shown) when it cannot start."""
        if self.running:
            return False
        try:
            order = self.order()
            self._save_upload_settings()
        except StationError as exc:
            self._say(exc)
            return False
        self.last_result = None
        self.steps.clear()
        self.outcome.setText("")
        self._set_running(True)
        self._task = self.worker.submit(
            lambda task: run_setup(order, task),
            progress=self._on_step,
            returned=self._on_done,
            errored=self._on_failed,
        )
        return True

    def _save_upload_settings(self) -> None:
        self.upload_settings = saved_endpoints(
            self.upload_settings, self.current_target(), self.endpoint.text(), self.app_url.text()
        )

    def _set_running(self, running: bool) -> None:
        self.running = running
        for widget in (
            self.target,
            self.app_url,
            self.secret_entry,
            self.keep_button,
            self.endpoint,
            self.group_id,
            self.start_button,
        ):
            widget.setEnabled(not running)

    def _on_step(self, line: object) -> None:
        self.steps.appendPlainText(str(line))

    def _on_done(self, result: SetupResult) -> None:
        self._set_running(False)
        if result.keys is not None:
            try:  # the store is the GUI thread's: the keys are put there now
                self.store.set(GROUP_KEY, result.keys.primary)
                self.store.set(GROUP_KEY_SECONDARY, result.keys.secondary)
            except StationError as exc:
                self._on_failed(exc)
                return
            result = SetupResult(result.lines, result.outcome)  # the keys go no further
        self.last_result = result
        self.outcome.setText(result.outcome)
        self.setupFinished.emit(result)

    def _on_failed(self, error: Exception) -> None:
        self._set_running(False)
        if not isinstance(error, StationError):  # one line all the same, never a traceback
            error = StationError(
                translate(
                    "CloudSetupDialog", "the set-up broke down: unexpected {error}: {text}"
                ).format(error=type(error).__name__, text=error),
                hint=translate(
                    "CloudSetupDialog",
                    "report this to the station's engineer; "
                    "setting up again finds done what was done",
                ),
            )
        self._say(error)
        self.setupFailed.emit(error)

    def _say(self, error: StationError) -> None:
        self.outcome.setText(f"{error.message} — {error.hint}" if error.hint else error.message)

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close; a set-up in progress is stopped at its next wait first."""
        if self.running and self._task is not None:
            self._task.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.reject()
        event.accept()

    @Slot(int)
    def _on_closed(self, _result: int) -> None:
        self.shutdown()

    def shutdown(self) -> None:
        """End the worker's thread (stopping a set-up first). Safe to call twice."""
        if self.worker.isRunning():
            self.worker.shutdown()
