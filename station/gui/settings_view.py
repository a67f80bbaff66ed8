"""Settings and secrets: who and where the station is, the job it runs, and the group
key or the CA key, kept in the secret store and shown masked once entered.

The CA certificate is public and only its path is kept in the settings; the CA
private key is read from its file once, checked against the certificate and the
passphrase, and kept in the secret store as the file held it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import ConfigError, StationError
from station.core.models import Attestation
from station.credentials.ca import CertificateAuthority
from station.credentials.certificates import thumbprint_sha256
from station.credentials.sas import decode_group_key
from station.credentials.secret_store import (
    CA_KEY_PEM,
    CA_PASSPHRASE,
    GROUP_KEY,
    SecretStore,
    mask,
)
from station.gui.job import settings_ca
from station.gui.settings import (
    StationSettings,
    drop_legacy_ca_key_path,
    legacy_ca_key_path,
    save_settings,
)
from station.profiles.loader import inspect_paths
from station.profiles.locations import default_profile_dirs

PROFILE_DEFAULT = "the profile's default"


def _card(title: str) -> tuple[QFrame, QFormLayout]:
    card = QFrame(objectName="card")
    outer = QVBoxLayout(card)
    outer.setContentsMargins(16, 12, 16, 14)
    outer.addWidget(QLabel(title, objectName="tileTitle"))
    form = QFormLayout()
    form.setHorizontalSpacing(16)
    outer.addLayout(form)
    return card, form


def _with_button(field: QWidget, text: str, action: object) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    button = QPushButton(text)
    button.clicked.connect(action)
    row.addWidget(button)
    return row


class SettingsView(QWidget):
    """Edits ``StationSettings`` and the secrets. GUI thread only."""

    saved = Signal(object)  # StationSettings
    startRequested = Signal()

    def __init__(
        self, settings: StationSettings, store: SecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.settings = settings
        self.store = store

        station_card, station = _card("Station")
        self.station_id = QLineEdit(settings.station_id)
        self.operator = QLineEdit(settings.operator)
        station.addRow("Station ID", self.station_id)
        station.addRow("Operator", self.operator)

        job_card, job = _card("Job")
        self.id_scope = QLineEdit(settings.id_scope, placeholderText="e.g. 0ne0012ABCD")
        self.profile = QComboBox(editable=True)
        self.profile.addItems(self._profile_ids())
        self.profile.setCurrentText(settings.profile)
        self.attestation = QComboBox()
        self.attestation.addItem(PROFILE_DEFAULT, "")
        for mode in Attestation:
            self.attestation.addItem(mode.value, mode.value)
        self.attestation.setCurrentIndex(max(self.attestation.findData(settings.attestation), 0))
        self.model_id = QLineEdit(settings.model_id, placeholderText="optional DTMI")
        self.target = QSpinBox(minimum=1, maximum=100_000, value=settings.daily_target)
        self.label_key = QCheckBox("Put the device key in the label's QR code (SAS modes only)")
        self.label_key.setChecked(settings.label_includes_key)
        job.addRow("ID scope", self.id_scope)
        job.addRow("Profile", self.profile)
        job.addRow("Attestation", self.attestation)
        job.addRow("Model ID", self.model_id)
        job.addRow("Units per day", self.target)
        job.addRow("", self.label_key)

        secrets_card, secrets = _card("Secrets")
        self.store_note = QLabel(f"Kept in {store.description}; never in the manifest.",
                                 objectName="muted")
        self.store_note.setWordWrap(True)
        secrets.addRow(self.store_note)
        self.passphrase = QLineEdit(echoMode=QLineEdit.Password,
                                    placeholderText="secrets passphrase")
        self.lock_state = QLabel(objectName="muted")
        if store.needs_passphrase:
            secrets.addRow("Passphrase", _with_button(self.passphrase, "Unlock", self.unlock))
            secrets.addRow("", self.lock_state)
        self.group_key_shown = QLabel(objectName="groupKeyMasked")
        self.group_key_entry = QLineEdit(echoMode=QLineEdit.Password,
                                         placeholderText="paste the group key, or load a file")
        key_row = _with_button(self.group_key_entry, "Keep", self._keep_typed_key)
        load = QPushButton("Load from file…")
        load.clicked.connect(self._choose_group_key)
        key_row.addWidget(load)
        secrets.addRow("Group key", key_row)
        secrets.addRow("", self.group_key_shown)
        self.ca_cert = QLineEdit(settings.ca_cert_path)
        self.ca_cert.editingFinished.connect(self.show_secrets)
        secrets.addRow("CA certificate", _with_button(
            self.ca_cert, "Choose…", lambda: self._choose(self.ca_cert, "CA certificate")))
        self.ca_passphrase_entry = QLineEdit(echoMode=QLineEdit.Password,
                                             placeholderText="the CA key's passphrase, if any")
        self.ca_passphrase_shown = QLabel(objectName="caPassphraseMasked")
        secrets.addRow("CA key passphrase", _with_button(
            self.ca_passphrase_entry, "Keep", self._keep_ca_passphrase))
        secrets.addRow("", self.ca_passphrase_shown)
        self.ca_key_shown = QLabel(objectName="caKeyMasked")
        self.ca_key_shown.setWordWrap(True)
        ca_key_row = QHBoxLayout()
        ca_key_row.addWidget(self.ca_key_shown, 1)
        load_ca_key = QPushButton("Load from file…")
        load_ca_key.clicked.connect(self._choose_ca_key)
        ca_key_row.addWidget(load_ca_key)
        forget_ca_key = QPushButton("Forget")
        forget_ca_key.clicked.connect(self.forget_ca_key)
        ca_key_row.addWidget(forget_ca_key)
        secrets.addRow("CA private key", ca_key_row)
        # A settings file from before the key moved into the secret store may name its file.
        self._legacy_ca_key = legacy_ca_key_path()

        self.message = QLabel(objectName="muted")
        self.message.setWordWrap(True)
        save = QPushButton("Save settings")
        save.clicked.connect(self.save)
        start = QPushButton("Save and start the job")
        start.setObjectName("startJobButton")
        start.clicked.connect(self._save_and_start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(save)
        buttons.addWidget(start)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(station_card)
        left.addWidget(job_card)
        left.addStretch(1)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(secrets_card)
        right.addStretch(1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.show_secrets()
        self._take_over_legacy_ca_key()

    @staticmethod
    def _profile_ids() -> list[str]:
        profiles, _ = inspect_paths([d for d in default_profile_dirs() if d.is_dir()])
        return sorted(p.id for p in profiles.values() if p is not None)

    # -- secrets -----------------------------------------------------------------

    def show_secrets(self) -> None:
        """Show each secret masked (or why it cannot be shown)."""
        if not self.store.unlocked:
            self.lock_state.setText("Locked: type the passphrase to load or change secrets.")
            self.group_key_shown.setText("(locked)")
            self.ca_passphrase_shown.setText("(locked)")
            self.ca_key_shown.setText("(locked)")
            return
        self.lock_state.setText("Unlocked.")
        self.group_key_shown.setText(mask(self.store.get(GROUP_KEY)) or "not set")
        self.ca_passphrase_shown.setText(mask(self.store.get(CA_PASSPHRASE)) or "not set")
        self.ca_key_shown.setText(self._ca_key_state())

    def _ca_key_state(self) -> str:
        """What the kept CA key is, in words: its CA's subject and fingerprint, never the key."""
        key_pem = self.store.get(CA_KEY_PEM)
        if not key_pem:
            return "not set"
        try:
            ca = settings_ca(self.ca_cert.text().strip(), key_pem,
                             self.store.get(CA_PASSPHRASE))
        except StationError as exc:
            return f"CA key kept, but it cannot be used: {exc.message} — {exc.hint}"
        return _ca_key_summary(ca)

    def _report(self, exc: StationError) -> None:
        self.message.setText(f"{exc.message} — {exc.hint}" if exc.hint else exc.message)

    def unlock(self) -> None:
        try:
            self.store.unlock(self.passphrase.text())
        except StationError as exc:
            self._report(exc)
            return
        finally:
            self.passphrase.clear()
        self.message.setText("")
        self.show_secrets()
        self._take_over_legacy_ca_key()

    def set_group_key(self, text: str) -> bool:
        """Check and keep the group key; it is shown masked from then on."""
        try:
            decode_group_key(text)
            self.store.set(GROUP_KEY, text.strip())
        except StationError as exc:
            self._report(exc)
            return False
        self.message.setText("Group key kept.")
        self.show_secrets()
        return True

    def load_group_key_file(self, path: Path) -> bool:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            self._report(ConfigError(f"cannot read the group key file {path}: {exc.strerror}",
                                     hint="choose the file the key was saved in"))
            return False
        return self.set_group_key(text)

    def _keep_typed_key(self) -> None:
        text = self.group_key_entry.text()
        self.group_key_entry.clear()
        if text:
            self.set_group_key(text)

    def _choose_group_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Load the group key")
        if name:
            self.load_group_key_file(Path(name))

    def set_ca_passphrase(self, text: str) -> bool:
        """Keep the CA key's passphrase; with a CA key kept, only one that opens it."""
        try:
            key_pem = self.store.get(CA_KEY_PEM)
            if key_pem and self.ca_cert.text().strip():
                settings_ca(self.ca_cert.text().strip(), key_pem, text)
            self.store.set(CA_PASSPHRASE, text)
        except StationError as exc:
            self._report(exc)
            return False
        self.message.setText("CA key passphrase kept.")
        self.show_secrets()
        return True

    def load_ca_key_file(self, path: Path) -> bool:
        """Check the CA key in ``path`` and keep it, as the file holds it, in the secret store.

        The key must open with the passphrase (the one typed in the passphrase
        field, else the kept one), match the chosen CA certificate and the CA
        must be valid now; otherwise nothing is kept and the reason is shown.
        A typed passphrase that opens the key is kept with it.
        """
        try:
            typed = self.ca_passphrase_entry.text()
            passphrase = typed or self.store.get(CA_PASSPHRASE)  # raises when locked
            try:
                key_pem = path.read_bytes()
            except OSError as exc:
                raise ConfigError(
                    f"cannot read the CA key file {path}: {exc.strerror or exc}",
                    hint="choose the file the CA's private key was saved in",
                ) from exc
            ca = settings_ca(self.ca_cert.text().strip(), key_pem, passphrase)
            # PEM is ASCII; it opened above, so this only fails on stray text around it.
            try:
                key_text = key_pem.decode("utf-8")
            except UnicodeDecodeError:
                raise ConfigError(
                    f"the CA key file {path} holds text that is not UTF-8 around the key",
                    hint="save the key as a plain PEM file and load it again",
                ) from None
            self.store.set(CA_KEY_PEM, key_text)
            if typed:
                self.store.set(CA_PASSPHRASE, typed)
        except StationError as exc:
            self._report(exc)
            return False
        self.ca_passphrase_entry.clear()
        self.message.setText(f"{_ca_key_summary(ca)}. The station no longer needs {path}.")
        self.show_secrets()
        return True

    def forget_ca_key(self) -> None:
        """Remove the CA key from the secret store (its passphrase stays)."""
        try:
            self.store.delete(CA_KEY_PEM)
        except StationError as exc:
            self._report(exc)
            return
        self.message.setText("CA key removed from the secret store.")
        self.show_secrets()

    def _choose_ca_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Load the CA private key", "",
                                              "PEM files (*.pem *.key);;All files (*)")
        if name:
            self.load_ca_key_file(Path(name))

    def _take_over_legacy_ca_key(self) -> None:
        """Move a CA key file named by older settings into the secret store, once unlocked.

        The path is dropped from the settings file either way; when the key could
        not be taken over, the message says why and asks for it to be loaded again.
        """
        old = self._legacy_ca_key
        if not old or not self.store.unlocked:
            if old:
                self.message.setText(
                    f"Unlock the secrets to move the CA key from {old} into the secret store."
                )
            return
        self._legacy_ca_key = ""
        path = Path(old)
        if path.is_file() and self.load_ca_key_file(path):
            self.message.setText(
                f"The CA key from {path} is now kept in {self.store.description}; "
                "the station no longer reads that file."
            )
        else:
            reason = self.message.text() if path.is_file() else f"{path} is not there"
            self.message.setText(
                f"The CA key is now kept in the secret store, and the one in {path} could "
                f"not be moved there ({reason}). Load the CA private key again."
            )
        drop_legacy_ca_key_path()

    def _keep_ca_passphrase(self) -> None:
        text = self.ca_passphrase_entry.text()
        self.ca_passphrase_entry.clear()
        if text:
            self.set_ca_passphrase(text)

    def _choose(self, field: QLineEdit, what: str) -> None:
        name, _ = QFileDialog.getOpenFileName(self, f"Choose the {what}", field.text(),
                                              "PEM files (*.pem *.crt *.key);;All files (*)")
        if name:
            field.setText(name)

    # -- settings ----------------------------------------------------------------

    def current(self) -> StationSettings:
        return self.settings.with_changes(
            station_id=self.station_id.text().strip(),
            operator=self.operator.text().strip(),
            id_scope=self.id_scope.text().strip(),
            profile=self.profile.currentText().strip(),
            attestation=self.attestation.currentData() or "",
            model_id=self.model_id.text().strip(),
            daily_target=self.target.value(),
            ca_cert_path=self.ca_cert.text().strip(),
            label_includes_key=self.label_key.isChecked(),
        )

    def save(self) -> StationSettings:
        self.settings = self.current()
        path = save_settings(self.settings)
        self.message.setText(f"Saved to {path}.")
        self.saved.emit(self.settings)
        return self.settings

    def _save_and_start(self) -> None:
        self.save()
        self.startRequested.emit()


def _ca_key_summary(ca: CertificateAuthority) -> str:
    return (f"CA key loaded: {ca.subject}, certificate SHA-256 fingerprint "
            f"{thumbprint_sha256(ca.certificate)}")
