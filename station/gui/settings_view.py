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
from station.core.registries import ATTESTATIONS
from station.credentials.ca import CertificateAuthority
from station.credentials.certificates import thumbprint_sha256
from station.credentials.sas import decode_group_key
from station.credentials.secret_store import (
    CA_KEY_PEM,
    CA_PASSPHRASE,
    GROUP_KEY,
    GROUP_KEY_SECONDARY,
    SecretStore,
    mask,
)
from station.gui.job import ActiveJob, settings_ca
from station.gui.settings import (
    StationSettings,
    drop_legacy_ca_key_path,
    legacy_ca_key_path,
    save_settings,
)
from station.gui.style import named, repolish
from station.gui.text_fit import breakable, wrapping
from station.identity.rules import validate_model_id
from station.profiles.loader import inspect_paths
from station.profiles.locations import default_profile_dirs

PROFILE_DEFAULT = "the profile's default"
DEMO_NOTE = ("Demo mode: these are the demo's settings, shown read-only. "
             "Open the station without --demo to set up a real job.")


def store_is_new(store: SecretStore) -> bool:
    """True when the store is a passphrase file that does not exist yet: the first
    passphrase typed becomes its passphrase, so it must be typed twice.
    """
    path = getattr(store, "path", None)
    return bool(store.needs_passphrase) and isinstance(path, Path) and not path.exists()


def _with_error(field: QWidget, error: QLabel) -> QVBoxLayout:
    """A form field with the place under it where what is wrong with it shows."""
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(field)
    error.setVisible(False)
    box.addWidget(error)
    return box


def _card(title: str) -> tuple[QFrame, QFormLayout]:
    card = named(QFrame(), "card")
    outer = QVBoxLayout(card)
    outer.setContentsMargins(16, 12, 16, 14)
    outer.addWidget(named(QLabel(title), "tileTitle"))
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
        for mode in ATTESTATIONS.names():
            self.attestation.addItem(mode, mode)
        self.attestation.setCurrentIndex(max(self.attestation.findData(settings.attestation), 0))
        self.model_id = QLineEdit(settings.model_id, placeholderText="optional DTMI")
        self.target = QSpinBox(minimum=1, maximum=100_000, value=settings.daily_target)
        self.label_key = QCheckBox("Device key in the label's QR code")
        self.label_key.setToolTip("Put the device key in the label's QR code (SAS modes only; "
                                  "a certificate's key never leaves the board)")
        self.label_key.setChecked(settings.label_includes_key)
        self.scope_error = named(QLabel(), "fieldError")
        self.profile_error = named(QLabel(), "fieldError")
        self.model_error = named(QLabel(), "fieldError")
        self.model_error.setWordWrap(True)  # the reason and a valid example: a long line
        self.id_scope.textEdited.connect(lambda _text: self._mark(self.scope_error, ""))
        self.profile.currentTextChanged.connect(lambda _text: self._mark(self.profile_error, ""))
        self.model_id.textEdited.connect(lambda _text: self._mark(self.model_error, ""))
        job.addRow("ID scope", _with_error(self.id_scope, self.scope_error))
        job.addRow("Profile", _with_error(self.profile, self.profile_error))
        job.addRow("Attestation", self.attestation)
        job.addRow("Model ID", _with_error(self.model_id, self.model_error))
        job.addRow("Units per day", self.target)
        job.addRow("", self.label_key)

        secrets_card, secrets = _card("Secrets")
        self.store_note = wrapping(named(QLabel(
            breakable(f"Kept in {store.description}; never in the manifest.")), "muted"))
        secrets.addRow(self.store_note)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                    placeholderText="secrets passphrase")
        # A new secrets file takes the first passphrase typed: it is typed twice.
        self.passphrase_confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                            placeholderText="type the new passphrase again")
        self.passphrase_confirm.returnPressed.connect(self.unlock)
        self.lock_state = named(QLabel(), "muted")
        self.lock_state.setWordWrap(True)
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.clicked.connect(self.unlock)
        self.confirm_caption = QLabel("Again")
        if store.needs_passphrase:
            row = QHBoxLayout()
            row.addWidget(self.passphrase, 1)
            row.addWidget(self.unlock_button)
            secrets.addRow("Passphrase", row)
            secrets.addRow(self.confirm_caption, self.passphrase_confirm)
            secrets.addRow("", self.lock_state)
        self.passphrase.returnPressed.connect(
            lambda: self.passphrase_confirm.setFocus() if self._creating() else self.unlock()
        )
        self.group_key_shown = named(QLabel(), "groupKeyMasked")
        self.group_key_entry = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                         placeholderText="paste the group key, or load a file")
        key_row = _with_button(self.group_key_entry, "Keep", self._keep_typed_key)
        load = QPushButton("Load from file…")
        load.clicked.connect(self._choose_group_key)
        key_row.addWidget(load)
        secrets.addRow("Group key", key_row)
        secrets.addRow("", self.group_key_shown)
        self.secondary_key_shown = named(QLabel(), "secondaryGroupKeyMasked")
        self.secondary_key_entry = QLineEdit(
            echoMode=QLineEdit.EchoMode.Password,
            placeholderText="optional: the group's secondary key, pasted or from a file",
        )
        secondary_row = _with_button(self.secondary_key_entry, "Keep", self._keep_typed_secondary)
        load_secondary = QPushButton("Load from file…")
        load_secondary.clicked.connect(self._choose_secondary_key)
        secondary_row.addWidget(load_secondary)
        forget_secondary = QPushButton("Forget")
        forget_secondary.clicked.connect(self.forget_secondary_key)
        secondary_row.addWidget(forget_secondary)
        secrets.addRow("Secondary group key", secondary_row)
        secrets.addRow("", self.secondary_key_shown)
        self.ca_cert = QLineEdit(settings.ca_cert_path)
        self.ca_cert.editingFinished.connect(self.show_secrets)
        secrets.addRow("CA certificate", _with_button(
            self.ca_cert, "Choose…", lambda: self._choose(self.ca_cert, "CA certificate")))
        self.ca_passphrase_entry = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                             placeholderText="the CA key's passphrase, if any")
        self.ca_passphrase_shown = named(QLabel(), "caPassphraseMasked")
        secrets.addRow("CA key passphrase", _with_button(
            self.ca_passphrase_entry, "Keep", self._keep_ca_passphrase))
        secrets.addRow("", self.ca_passphrase_shown)
        self.ca_key_shown = named(QLabel(), "caKeyMasked")
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

        self.demo_note = named(QLabel(DEMO_NOTE), "secretsWarning")
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(False)
        self.message = named(QLabel(), "message")
        self.message.setWordWrap(True)
        self.message.setProperty("tone", "")
        save = QPushButton("Save settings")
        save.clicked.connect(self.save)
        start = QPushButton("Save and start the job")
        start.setObjectName("startJobButton")
        start.clicked.connect(self._save_and_start)
        self.save_button, self.start_button = save, start
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
        layout.addWidget(self.demo_note)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self._job_fields: tuple[QWidget, ...] = (
            self.station_id, self.operator, self.id_scope, self.profile, self.attestation,
            self.model_id, self.target, self.label_key,
        )
        self.show_secrets()
        self._take_over_legacy_ca_key()

    # -- the running job -----------------------------------------------------------

    def show_job(self, job: ActiveJob) -> None:
        """Show a demo job's settings read-only (they are not the station's own); any
        other job leaves the fields as the settings file has them.
        """
        demo = job.demo
        self.demo_note.setVisible(demo)
        for field in self._job_fields:
            field.setEnabled(not demo)
        self.save_button.setEnabled(not demo)
        self.start_button.setEnabled(not demo)
        if not demo:
            return
        request = job.request
        self.station_id.setText(request.station_id)
        self.operator.setText(request.operator)
        self.id_scope.setText(job.id_scope)
        self.profile.setCurrentText(job.loaded.profile.id)
        self.attestation.setCurrentIndex(max(self.attestation.findData(job.attestation.value), 0))
        self.model_id.setText(request.model_id or "")
        self.label_key.setChecked(job.label_includes_key)

    # -- messages ------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("tone", "error" if error and text else "")
        repolish(self.message)

    def report_error(self, exc: StationError) -> None:
        """Show what went wrong, and what to do, under the settings."""
        self._say(f"{exc.message} — {exc.hint}" if exc.hint else exc.message, error=True)

    @staticmethod
    def _mark(error: QLabel, text: str) -> None:
        error.setText(text)
        error.setVisible(bool(text))

    def check_job_fields(self) -> bool:
        """Mark each empty field a job needs, and a model ID that is no DTMI, next to it;
        True when none is marked."""
        self._mark(self.profile_error,
                   "" if self.profile.currentText().strip() else "Choose a profile")
        self._mark(self.scope_error,
                   "" if self.id_scope.text().strip() else "Enter the ID scope")
        try:
            validate_model_id(self.model_id.text())
            self._mark(self.model_error, "")
        except StationError as exc:
            self._mark(self.model_error, exc.message)
        return not (
            self.profile_error.text() or self.scope_error.text() or self.model_error.text()
        )

    @staticmethod
    def _profile_ids() -> list[str]:
        profiles, _ = inspect_paths([d for d in default_profile_dirs() if d.is_dir()])
        return sorted(p.id for p in profiles.values() if p is not None)

    # -- secrets -----------------------------------------------------------------

    def _creating(self) -> bool:
        return not self.store.unlocked and store_is_new(self.store)

    def show_secrets(self) -> None:
        """Show each secret masked (or why it cannot be shown)."""
        creating = self._creating()
        self.passphrase_confirm.setVisible(creating and self.store.needs_passphrase)
        self.confirm_caption.setVisible(creating and self.store.needs_passphrase)
        self.unlock_button.setText("Create" if creating else "Unlock")
        self.passphrase.setPlaceholderText("choose a passphrase for the secrets" if creating
                                           else "secrets passphrase")
        if not self.store.unlocked:
            self.lock_state.setText(
                "No secrets are kept yet: choose a passphrase and type it twice. "
                "It opens the secrets from then on; it cannot be recovered."
                if creating else "Locked: type the passphrase to load or change secrets."
            )
            self.group_key_shown.setText("(locked)")
            self.secondary_key_shown.setText("(locked)")
            self.ca_passphrase_shown.setText("(locked)")
            self.ca_key_shown.setText("(locked)")
            return
        self.lock_state.setText("Unlocked.")
        self.group_key_shown.setText(mask(self.store.get(GROUP_KEY)) or "not set")
        self.secondary_key_shown.setText(
            mask(self.store.get(GROUP_KEY_SECONDARY)) or "not set (units get a primary key only)"
        )
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
        self.report_error(exc)

    def unlock(self) -> None:
        """Open the secrets with the typed passphrase; for a new secrets file, only when
        the passphrase was typed the same twice.
        """
        creating = self._creating()
        try:
            if creating and self.passphrase.text() != self.passphrase_confirm.text():
                raise ConfigError(
                    "the two passphrases differ",
                    hint="type the new passphrase again, the same in both fields",
                )
            self.store.unlock(self.passphrase.text())
        except StationError as exc:
            self._report(exc)
            return
        finally:
            self.passphrase.clear()
            self.passphrase_confirm.clear()
        self._say("Secrets passphrase chosen; keep it safe." if creating else "")
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
        self._say("Group key kept.")
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

    def set_secondary_key(self, text: str) -> bool:
        """Check and keep the group's secondary key (never the same as the primary)."""
        try:
            if decode_group_key(text, "secondary group key") == _decoded_or_none(
                self.store.get(GROUP_KEY)
            ):
                raise ConfigError(
                    "the secondary group key is the same as the primary one",
                    hint="give the enrollment group's secondary key",
                )
            self.store.set(GROUP_KEY_SECONDARY, text.strip())
        except StationError as exc:
            self._report(exc)
            return False
        self._say("Secondary group key kept.")
        self.show_secrets()
        return True

    def forget_secondary_key(self) -> None:
        try:
            self.store.delete(GROUP_KEY_SECONDARY)
        except StationError as exc:
            self._report(exc)
            return
        self._say("Secondary group key forgotten: units get a primary key only.")
        self.show_secrets()

    def _keep_typed_secondary(self) -> None:
        text = self.secondary_key_entry.text()
        self.secondary_key_entry.clear()
        if text:
            self.set_secondary_key(text)

    def _choose_secondary_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Load the secondary group key")
        if not name:
            return
        try:
            text = Path(name).read_text(encoding="utf-8")
        except OSError as exc:
            self._report(ConfigError(f"cannot read the key file {name}: {exc.strerror}",
                                     hint="choose the file the key was saved in"))
            return
        self.set_secondary_key(text)

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
        self._say("CA key passphrase kept.")
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
        self._say(f"{_ca_key_summary(ca)}. The station no longer needs {path}.")
        self.show_secrets()
        return True

    def forget_ca_key(self) -> None:
        """Remove the CA key from the secret store (its passphrase stays)."""
        try:
            self.store.delete(CA_KEY_PEM)
        except StationError as exc:
            self._report(exc)
            return
        self._say("CA key removed from the secret store.")
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
                self._say(
                    f"Unlock the secrets to move the CA key from {old} into the secret store."
                )
            return
        self._legacy_ca_key = ""
        path = Path(old)
        if path.is_file() and self.load_ca_key_file(path):
            self._say(
                f"The CA key from {path} is now kept in {self.store.description}; "
                "the station no longer reads that file."
            )
        else:
            reason = self.message.text() if path.is_file() else f"{path} is not there"
            self._say(
                f"The CA key is now kept in the secret store, and the one in {path} could "
                f"not be moved there ({reason}). Load the CA private key again.",
                error=True,
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
        self._say(f"Saved to {path}.")
        self.saved.emit(self.settings)
        return self.settings

    def _save_and_start(self) -> None:
        self.save()
        if not self.check_job_fields():
            self._say("The job cannot start yet: fill in or correct the marked fields.", error=True)
            return
        self.startRequested.emit()


def _ca_key_summary(ca: CertificateAuthority) -> str:
    return (f"CA key loaded: {ca.subject}, certificate SHA-256 fingerprint "
            f"{thumbprint_sha256(ca.certificate)}")


def _decoded_or_none(key_b64: str) -> bytes | None:
    """The raw bytes of a kept key, or None when there is none or it does not decode."""
    try:
        return decode_group_key(key_b64) if key_b64 else None
    except StationError:
        return None
