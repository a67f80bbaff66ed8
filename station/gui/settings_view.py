"""Settings and secrets: who and where the station is, the window's language, the job it
runs, the label printer, a served line to watch, and the group key or the CA key, kept
in the secret store and shown masked once entered, or kept in a PKCS#11 token; and
"Set up in the cloud…" (``station.gui.cloud_setup``) for the job's enrollment group.

The CA certificate is public and only its path is kept in the settings; the CA
private key is read from its file once, checked against the certificate and the
passphrase, and kept in the secret store as the file held it. A key in a token is
named by its ``pkcs11:`` URI (public); the token's PIN is a secret.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import ConfigError, StationError
from station.core.registries import ATTESTATIONS
from station.credentials.ca import CertificateAuthority
from station.credentials.certificates import thumbprint_sha256
from station.credentials.pkcs11_token import pin_secret_name
from station.credentials.sas import decode_group_key
from station.credentials.secret_store import (
    CA_KEY_PEM,
    CA_PASSPHRASE,
    GROUP_KEY,
    GROUP_KEY_SECONDARY,
    SecretStore,
)
from station.gui.cloud_setup import CloudSetupDialog, SetupResult
from station.gui.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    SYSTEM,
    masked,
    system_language,
    translate,
)
from station.gui.job import ActiveJob, settings_ca
from station.gui.printer_settings import PrinterCard
from station.gui.served_line import WATCH_TOKEN
from station.gui.settings import (
    StationSettings,
    drop_legacy_ca_key_path,
    legacy_ca_key_path,
    save_settings,
)
from station.gui.style import named, repolish
from station.gui.text_fit import WrappingButton, WrappingCheckBox, breakable, wrapping
from station.gui.token_keys import FILE, TOKEN, TokenKeys, open_token_keys, pins_of, token_labels
from station.gui.worker import Task, WorkerThread
from station.identity.rules import validate_model_id
from station.profiles.loader import inspect_paths
from station.profiles.locations import default_profile_dirs

PROFILE_DEFAULT = QT_TRANSLATE_NOOP("SettingsView", "the profile's default")
DEMO_NOTE = QT_TRANSLATE_NOOP(
    "SettingsView", "Demo mode: these are the demo's settings, shown read-only. Open the station "
    "without --demo to set up a real job.")
KEY_SOURCES = (
    (FILE, QT_TRANSLATE_NOOP("SettingsView", "In the station's secrets (loaded from files)")),
    (TOKEN, QT_TRANSLATE_NOOP("SettingsView", "In a PKCS#11 token (HSM, smart card)")),
)
URI_FORM = "pkcs11:token=LABEL;object=KEY-LABEL?module-path=…"


def _check_token(settings: StationSettings, pins: SecretStore, _task: Task[TokenKeys]) -> TokenKeys:
    return open_token_keys(settings, pins)


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
    """A titled card with a form in it (captions keep their width, fields take the rest)."""
    card = named(QFrame(), "card")
    outer = QVBoxLayout(card)
    outer.setContentsMargins(16, 12, 16, 14)
    outer.addWidget(named(QLabel(title), "tileTitle"))
    form = QFormLayout()
    form.setHorizontalSpacing(16)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    # A long caption (a translation) puts its field below it rather than widen the page.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    outer.addLayout(form)
    return card, form


def _with_button(field: QWidget, text: str, action: object) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    button = WrappingButton(text)
    button.clicked.connect(action)
    row.addWidget(button)
    return row


class SettingsView(QWidget):
    """Edits ``StationSettings`` and the secrets. GUI thread only."""

    saved = Signal(object)  # StationSettings
    startRequested = Signal()
    watchRequested = Signal()  # watch the served line the settings name, now

    def __init__(
        self, settings: StationSettings, store: SecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.settings = settings
        self.store = store

        station_card, station = _card(translate("SettingsView", "Station"))
        self.station_id = QLineEdit(settings.station_id)
        self.operator = QLineEdit(settings.operator)
        self.language = named(QComboBox(), "languageCombo")
        self.language.addItem(translate("SettingsView", "The system's ({language})").format(
            language=LANGUAGES[system_language()]), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.language_note = wrapping(named(QLabel(translate(
            "SettingsView", "A new language shows when the window is next opened.")), "muted"))
        self.language_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        station.addRow(translate("SettingsView", "Station ID"), self.station_id)
        station.addRow(translate("SettingsView", "Operator"), self.operator)
        station.addRow(translate("SettingsView", "Language"), self.language)
        station.addRow("", self.language_note)

        job_card, job = _card(translate("SettingsView", "Job"))
        self.id_scope = QLineEdit(settings.id_scope,
                                  placeholderText=translate("SettingsView", "e.g. 0ne0012ABCD"))
        self.profile = QComboBox(editable=True)
        self.profile.addItems(self._profile_ids())
        self.profile.setCurrentText(settings.profile)
        self.attestation = QComboBox()
        self.attestation.addItem(translate("SettingsView", PROFILE_DEFAULT), "")
        for mode in ATTESTATIONS.names():
            self.attestation.addItem(mode, mode)
        self.attestation.setCurrentIndex(max(self.attestation.findData(settings.attestation), 0))
        self.model_id = QLineEdit(settings.model_id,
                                  placeholderText=translate("SettingsView", "optional DTMI"))
        self.target = QSpinBox(minimum=1, maximum=100_000, value=settings.daily_target)
        self.label_key = WrappingCheckBox(
            translate("SettingsView", "Device key in the label's QR code"))
        self.label_key.setToolTip(translate(
            "SettingsView", "Put the device key in the label's QR code (SAS modes only; a "
            "certificate's key never leaves the board; never on a label printer's label)"))
        self.label_key.setChecked(settings.label_includes_key)
        self.scope_error = named(QLabel(), "fieldError")
        self.profile_error = named(QLabel(), "fieldError")
        self.model_error = named(QLabel(), "fieldError")
        self.model_error.setWordWrap(True)  # the reason and a valid example: a long line
        self.id_scope.textEdited.connect(lambda _text: self._mark(self.scope_error, ""))
        self.profile.currentTextChanged.connect(lambda _text: self._mark(self.profile_error, ""))
        self.model_id.textEdited.connect(lambda _text: self._mark(self.model_error, ""))
        job.addRow(translate("SettingsView", "ID scope"),
                   _with_error(self.id_scope, self.scope_error))
        job.addRow(translate("SettingsView", "Profile"),
                   _with_error(self.profile, self.profile_error))
        job.addRow(translate("SettingsView", "Attestation"), self.attestation)
        job.addRow(translate("SettingsView", "Model ID"),
                   _with_error(self.model_id, self.model_error))
        job.addRow(translate("SettingsView", "Units per day"), self.target)
        job.addRow("", self.label_key)
        self.cloud_button = named(WrappingButton(translate("SettingsView",
                                                           "Set up in the cloud…")),
                                  "cloudSetupButton")
        self.cloud_button.setToolTip(translate(
            "SettingsView", "Create or update the job's enrollment group in IoT Central or DPS: "
            "its group keys kept here, or its CA verified"))
        self.cloud_button.clicked.connect(self.open_cloud_setup)
        job.addRow("", self.cloud_button)
        self._cloud_setup: CloudSetupDialog | None = None

        secrets_card, secrets = _card(translate("SettingsView", "Secrets"))
        self.secrets_form = secrets
        self.store_note = wrapping(named(QLabel(breakable(translate(
            "SettingsView", "Kept in {store}; never in the manifest.").format(
            store=store.description))), "muted"))
        secrets.addRow(self.store_note)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                    placeholderText=translate("SettingsView", "secrets passphrase"))
        # A new secrets file takes the first passphrase typed: it is typed twice.
        self.passphrase_confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                            placeholderText=translate(
                                                "SettingsView", "type the new passphrase again"))
        self.passphrase_confirm.returnPressed.connect(self.unlock)
        self.lock_state = named(QLabel(), "muted")
        self.lock_state.setWordWrap(True)
        self.unlock_button = WrappingButton(translate("SettingsView", "Unlock"))
        self.unlock_button.clicked.connect(self.unlock)
        self.confirm_caption = QLabel(translate("SettingsView", "Again"))
        if store.needs_passphrase:
            row = QHBoxLayout()
            row.addWidget(self.passphrase, 1)
            row.addWidget(self.unlock_button)
            secrets.addRow(translate("SettingsView", "Passphrase"), row)
            secrets.addRow(self.confirm_caption, self.passphrase_confirm)
            secrets.addRow("", self.lock_state)
        self.passphrase.returnPressed.connect(
            lambda: self.passphrase_confirm.setFocus() if self._creating() else self.unlock()
        )
        keep, load_words = translate("SettingsView", "Keep"), translate("SettingsView",
                                                                         "Load from file…")
        forget_words = translate("SettingsView", "Forget")
        self.key_source = named(QComboBox(), "keySource")
        for value, words in KEY_SOURCES:
            self.key_source.addItem(translate("SettingsView", words), value)
        self.key_source.setToolTip(translate(
            "SettingsView", "Where the x509-group CA key and the sas-group group keys are: in "
            "the station's secrets, or inside a PKCS#11 token they never leave"))
        secrets.addRow(translate("SettingsView", "Keys"), self.key_source)
        self.group_key_shown = named(QLabel(), "groupKeyMasked")
        self.group_key_entry = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                         placeholderText=translate(
                                             "SettingsView", "paste the group key, or load a file"))
        key_row = _with_button(self.group_key_entry, keep, self._keep_typed_key)
        load = WrappingButton(load_words)
        load.clicked.connect(self._choose_group_key)
        key_row.addWidget(load)
        secrets.addRow(translate("SettingsView", "Group key"), key_row)
        secrets.addRow("", self.group_key_shown)
        self.secondary_key_shown = named(QLabel(), "secondaryGroupKeyMasked")
        self.secondary_key_entry = QLineEdit(
            echoMode=QLineEdit.EchoMode.Password,
            placeholderText=translate(
                "SettingsView", "optional: the group's secondary key, pasted or from a file"),
        )
        secondary_row = _with_button(self.secondary_key_entry, keep, self._keep_typed_secondary)
        load_secondary = WrappingButton(load_words)
        load_secondary.clicked.connect(self._choose_secondary_key)
        secondary_row.addWidget(load_secondary)
        forget_secondary = WrappingButton(forget_words)
        forget_secondary.clicked.connect(self.forget_secondary_key)
        secondary_row.addWidget(forget_secondary)
        secrets.addRow(translate("SettingsView", "Secondary group key"), secondary_row)
        secrets.addRow("", self.secondary_key_shown)
        self.ca_cert = QLineEdit(settings.ca_cert_path)
        self.ca_cert.editingFinished.connect(self.show_secrets)
        secrets.addRow(translate("SettingsView", "CA certificate"), _with_button(
            self.ca_cert, translate("SettingsView", "Choose…"),
            lambda: self._choose(self.ca_cert, translate("SettingsView", "Choose the CA "
                                                         "certificate"))))
        self.ca_passphrase_entry = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                             placeholderText=translate(
                                                 "SettingsView", "the CA key's passphrase, if any"))
        self.ca_passphrase_shown = named(QLabel(), "caPassphraseMasked")
        ca_pass_row = _with_button(self.ca_passphrase_entry, keep, self._keep_ca_passphrase)
        secrets.addRow(translate("SettingsView", "CA key passphrase"), ca_pass_row)
        secrets.addRow("", self.ca_passphrase_shown)
        self.ca_key_shown = named(QLabel(), "caKeyMasked")
        self.ca_key_shown.setWordWrap(True)
        ca_key_row = QHBoxLayout()
        ca_key_row.addWidget(self.ca_key_shown, 1)
        load_ca_key = WrappingButton(load_words)
        load_ca_key.clicked.connect(self._choose_ca_key)
        ca_key_row.addWidget(load_ca_key)
        forget_ca_key = WrappingButton(forget_words)
        forget_ca_key.clicked.connect(self.forget_ca_key)
        ca_key_row.addWidget(forget_ca_key)
        secrets.addRow(translate("SettingsView", "CA private key"), ca_key_row)
        self._file_rows: tuple[QWidget | QHBoxLayout, ...] = (
            key_row, self.group_key_shown, secondary_row, self.secondary_key_shown, ca_pass_row,
            self.ca_passphrase_shown, ca_key_row,
        )

        # Keys in a PKCS#11 token: their URIs, and the token's PIN (a secret).
        self.token_pin_shown = wrapping(named(QLabel(), "tokenPinState"))
        self.token_group_key_uri = self._uri_field(settings.token_group_key_uri, "groupKeyUri")
        self.token_group_key_secondary_uri = self._uri_field(
            settings.token_group_key_secondary_uri, "secondaryGroupKeyUri")
        self.token_ca_key_uri = self._uri_field(settings.token_ca_key_uri, "caKeyUri")
        self.token_pin_entry = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                         placeholderText=translate(
                                             "SettingsView", "the token's user PIN"))
        self.token_pin_entry.returnPressed.connect(self._keep_token_pin)
        self.check_token_button = named(WrappingButton(translate("SettingsView",
                                                                 "Check the token")),
                                        "checkTokenButton")
        self.check_token_button.clicked.connect(self.check_token)
        pin_row = _with_button(self.token_pin_entry, keep, self._keep_token_pin)
        pin_row.addWidget(self.check_token_button)
        secrets.addRow(translate("SettingsView", "Group key in token"), self.token_group_key_uri)
        secrets.addRow(translate("SettingsView", "Secondary key in token"),
                       self.token_group_key_secondary_uri)
        secrets.addRow(translate("SettingsView", "CA key in token"), self.token_ca_key_uri)
        secrets.addRow(translate("SettingsView", "Token PIN"), pin_row)
        secrets.addRow("", self.token_pin_shown)
        self._token_rows: tuple[QWidget | QHBoxLayout, ...] = (
            self.token_group_key_uri, self.token_group_key_secondary_uri, self.token_ca_key_uri,
            pin_row, self.token_pin_shown,
        )
        self._token_thread: WorkerThread | None = None
        self.key_source.setCurrentIndex(max(self.key_source.findData(settings.key_source), 0))
        self.key_source.currentIndexChanged.connect(self._key_source_changed)
        # A settings file from before the key moved into the secret store may name its file.
        self._legacy_ca_key = legacy_ca_key_path()

        self.printer = PrinterCard(settings)
        self.printer.said.connect(lambda text, error: self._say(text, error=error))
        self.printer.test_button.clicked.connect(
            lambda: self.printer.print_test_label(self.current()))

        watch_card, watch = _card(translate("SettingsView", "Served line"))
        self.watch = WrappingCheckBox(translate("SettingsView", "Watch a line that station "
                                                "serve drives (a fixture or MES starts its units)"))
        self.watch.setChecked(settings.watch_served_line)
        self.served_url = QLineEdit(settings.served_line_url,
                                    placeholderText="http://127.0.0.1:8765")
        self.watch_token_entry = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                           placeholderText=translate(
                                               "SettingsView", "the API token station "
                                               "serve-token showed"))
        self.watch_token_shown = named(QLabel(), "watchTokenMasked")
        self.watch_button = named(WrappingButton(translate("SettingsView", "Watch now")),
                                  "watchNowButton")
        self.watch_button.clicked.connect(self._watch_now)
        watch_row = _with_button(self.watch_token_entry, keep, self._keep_watch_token)
        watch.addRow(self.watch)
        watch.addRow(translate("SettingsView", "Address"), self.served_url)
        watch.addRow(translate("SettingsView", "API token"), watch_row)
        watch.addRow("", self.watch_token_shown)
        watch.addRow("", self.watch_button)

        self.demo_note = wrapping(named(QLabel(translate("SettingsView", DEMO_NOTE)),
                                        "secretsWarning"))
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(False)
        self.message = named(QLabel(), "message")
        self.message.setWordWrap(True)
        self.message.setProperty("tone", "")
        save = QPushButton(translate("SettingsView", "Save settings"))
        save.clicked.connect(self.save)
        start = QPushButton(translate("SettingsView", "Save and start the job"))
        start.setObjectName("startJobButton")
        start.clicked.connect(self._save_and_start)
        self.save_button, self.start_button = save, start
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(save)
        buttons.addWidget(start)

        # Two columns in a scrolling page: every card stays whole on a small screen.
        page = named(QWidget(), "page")
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(station_card)
        left.addWidget(job_card)
        left.addWidget(self.printer)
        left.addStretch(1)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(secrets_card)
        right.addWidget(watch_card)
        right.addStretch(1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addWidget(self.demo_note)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._job_fields: tuple[QWidget, ...] = (
            self.station_id, self.operator, self.id_scope, self.profile, self.attestation,
            self.model_id, self.target, self.label_key,
        )
        self._key_source_changed()
        self.show_secrets()
        self._take_over_legacy_ca_key()

    def _uri_field(self, text: str, name: str) -> QLineEdit:
        field = named(QLineEdit(text, placeholderText=URI_FORM), name)
        field.setToolTip(translate("SettingsView", "A pkcs11: URI naming the token and the key: "
                                   "{form} (no PIN in it)").format(form=URI_FORM))
        field.textChanged.connect(self._show_pin_state)
        return field

    def _show_pin_state(self) -> None:
        if self.store.unlocked:
            self.token_pin_shown.setText(self._pin_state())

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
        self.cloud_button.setEnabled(not demo)  # the demo's job is set up by the demo
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

    def shutdown(self) -> None:
        """End the card's threads (a test label, a token check or a cloud set-up)."""
        self.printer.shutdown()
        if self._cloud_setup is not None:
            self._cloud_setup.shutdown()
        if self._token_thread is not None:
            self._token_thread.shutdown()
            self._token_thread = None

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
        self._mark(self.profile_error, "" if self.profile.currentText().strip()
                   else translate("SettingsView", "Choose a profile"))
        self._mark(self.scope_error, "" if self.id_scope.text().strip()
                   else translate("SettingsView", "Enter the ID scope"))
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
        self.unlock_button.setText(translate("SettingsView", "Create") if creating
                                   else translate("SettingsView", "Unlock"))
        self.passphrase.setPlaceholderText(
            translate("SettingsView", "choose a passphrase for the secrets") if creating
            else translate("SettingsView", "secrets passphrase"))
        not_set = translate("SettingsView", "not set")
        if not self.store.unlocked:
            self.lock_state.setText(
                translate("SettingsView", "No secrets are kept yet: choose a passphrase and "
                          "type it twice. It opens the secrets from then on; it cannot be "
                          "recovered.")
                if creating else translate("SettingsView", "Locked: type the passphrase to load "
                                           "or change secrets.")
            )
            locked = translate("SettingsView", "(locked)")
            for shown in (self.group_key_shown, self.secondary_key_shown,
                          self.ca_passphrase_shown, self.ca_key_shown, self.token_pin_shown,
                          self.watch_token_shown):
                shown.setText(locked)
            return
        self.lock_state.setText(translate("SettingsView", "Unlocked."))
        self.group_key_shown.setText(masked(self.store.get(GROUP_KEY)) or not_set)
        self.secondary_key_shown.setText(
            masked(self.store.get(GROUP_KEY_SECONDARY))
            or translate("SettingsView", "not set (units get a primary key only)")
        )
        self.ca_passphrase_shown.setText(masked(self.store.get(CA_PASSPHRASE)) or not_set)
        self.ca_key_shown.setText(self._ca_key_state())
        self.token_pin_shown.setText(self._pin_state())
        self.watch_token_shown.setText(masked(self.store.get(WATCH_TOKEN)) or not_set)

    def _ca_key_state(self) -> str:
        """What the kept CA key is, in words: its CA's subject and fingerprint, never the key."""
        key_pem = self.store.get(CA_KEY_PEM)
        if not key_pem:
            return translate("SettingsView", "not set")
        try:
            ca = settings_ca(self.ca_cert.text().strip(), key_pem,
                             self.store.get(CA_PASSPHRASE))
        except StationError as exc:
            return translate("SettingsView", "CA key kept, but it cannot be used: {reason}").format(
                reason=f"{exc.message} — {exc.hint}")
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
                    translate("SettingsView", "the two passphrases differ"),
                    hint=translate("SettingsView",
                                   "type the new passphrase again, the same in both fields"),
                )
            self.store.unlock(self.passphrase.text())
        except StationError as exc:
            self._report(exc)
            return
        finally:
            self.passphrase.clear()
            self.passphrase_confirm.clear()
        self._say(translate("SettingsView", "Secrets passphrase chosen; keep it safe.")
                  if creating else "")
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
        self._say(translate("SettingsView", "Group key kept."))
        self.show_secrets()
        return True

    def load_group_key_file(self, path: Path) -> bool:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            self._report(ConfigError(
                translate("SettingsView", "cannot read the group key file {path}: {reason}")
                .format(path=path, reason=exc.strerror),
                hint=translate("SettingsView", "choose the file the key was saved in")))
            return False
        return self.set_group_key(text)

    def set_secondary_key(self, text: str) -> bool:
        """Check and keep the group's secondary key (never the same as the primary)."""
        try:
            if decode_group_key(text, "secondary group key") == _decoded_or_none(
                self.store.get(GROUP_KEY)
            ):
                raise ConfigError(
                    translate("SettingsView",
                              "the secondary group key is the same as the primary one"),
                    hint=translate("SettingsView", "give the enrollment group's secondary key"),
                )
            self.store.set(GROUP_KEY_SECONDARY, text.strip())
        except StationError as exc:
            self._report(exc)
            return False
        self._say(translate("SettingsView", "Secondary group key kept."))
        self.show_secrets()
        return True

    def forget_secondary_key(self) -> None:
        try:
            self.store.delete(GROUP_KEY_SECONDARY)
        except StationError as exc:
            self._report(exc)
            return
        self._say(translate("SettingsView",
                            "Secondary group key forgotten: units get a primary key only."))
        self.show_secrets()

    def _keep_typed_secondary(self) -> None:
        text = self.secondary_key_entry.text()
        self.secondary_key_entry.clear()
        if text:
            self.set_secondary_key(text)

    def _choose_secondary_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("SettingsView", "Load the secondary group key"))
        if not name:
            return
        try:
            text = Path(name).read_text(encoding="utf-8")
        except OSError as exc:
            self._report(ConfigError(
                translate("SettingsView", "cannot read the key file {path}: {reason}").format(
                    path=name, reason=exc.strerror),
                hint=translate("SettingsView", "choose the file the key was saved in")))
            return
        self.set_secondary_key(text)

    def _keep_typed_key(self) -> None:
        text = self.group_key_entry.text()
        self.group_key_entry.clear()
        if text:
            self.set_group_key(text)

    def _choose_group_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("SettingsView",
                                                              "Load the group key"))
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
        self._say(translate("SettingsView", "CA key passphrase kept."))
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
                    translate("SettingsView", "cannot read the CA key file {path}: {reason}")
                    .format(path=path, reason=exc.strerror or exc),
                    hint=translate("SettingsView",
                                   "choose the file the CA's private key was saved in"),
                ) from exc
            ca = settings_ca(self.ca_cert.text().strip(), key_pem, passphrase)
            # PEM is ASCII; it opened above, so this only fails on stray text around it.
            try:
                key_text = key_pem.decode("utf-8")
            except UnicodeDecodeError:
                raise ConfigError(
                    translate("SettingsView", "the CA key file {path} holds text that is not "
                              "UTF-8 around the key").format(path=path),
                    hint=translate("SettingsView",
                                   "save the key as a plain PEM file and load it again"),
                ) from None
            self.store.set(CA_KEY_PEM, key_text)
            if typed:
                self.store.set(CA_PASSPHRASE, typed)
        except StationError as exc:
            self._report(exc)
            return False
        self.ca_passphrase_entry.clear()
        self._say(translate("SettingsView", "{summary}. The station no longer needs {path}.")
                  .format(summary=_ca_key_summary(ca), path=path))
        self.show_secrets()
        return True

    def forget_ca_key(self) -> None:
        """Remove the CA key from the secret store (its passphrase stays)."""
        try:
            self.store.delete(CA_KEY_PEM)
        except StationError as exc:
            self._report(exc)
            return
        self._say(translate("SettingsView", "CA key removed from the secret store."))
        self.show_secrets()

    def _choose_ca_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("SettingsView", "Load the CA private key"), "",
            translate("SettingsView", "PEM files (*.pem *.key);;All files (*)"))
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
                self._say(translate("SettingsView", "Unlock the secrets to move the CA key from "
                                    "{path} into the secret store.").format(path=old))
            return
        self._legacy_ca_key = ""
        path = Path(old)
        if path.is_file() and self.load_ca_key_file(path):
            self._say(translate("SettingsView", "The CA key from {path} is now kept in {store}; "
                                "the station no longer reads that file.").format(
                path=path, store=self.store.description))
        else:
            reason = self.message.text() if path.is_file() else translate(
                "SettingsView", "{path} is not there").format(path=path)
            self._say(
                translate("SettingsView", "The CA key is now kept in the secret store, and the "
                          "one in {path} could not be moved there ({reason}). Load the CA "
                          "private key again.").format(path=path, reason=reason),
                error=True,
            )
        drop_legacy_ca_key_path()

    def _keep_ca_passphrase(self) -> None:
        text = self.ca_passphrase_entry.text()
        self.ca_passphrase_entry.clear()
        if text:
            self.set_ca_passphrase(text)

    def _choose(self, field: QLineEdit, title: str) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, title, field.text(),
            translate("SettingsView", "PEM files (*.pem *.crt *.key);;All files (*)"))
        if name:
            field.setText(name)

    # -- keys in a token ----------------------------------------------------------

    def _key_source_changed(self) -> None:
        token = self.key_source.currentData() == TOKEN
        form = self.secrets_form
        for row in self._file_rows:
            form.setRowVisible(row, not token)
        for row in self._token_rows:
            form.setRowVisible(row, token)
        self.show_secrets()

    def _pin_state(self) -> str:
        """Which of the named tokens have a PIN kept, in words (never the PIN)."""
        try:
            labels = token_labels(self.current())
        except StationError as exc:
            return exc.message
        if not labels:
            return translate("SettingsView", "Name the keys' token above; its PIN is kept here.")
        states = [
            (translate("SettingsView", "PIN kept for token '{token}'") if self.store.get(
                pin_secret_name(label)) else translate(
                "SettingsView", "no PIN kept for token '{token}'")).format(token=label)
            for label in labels
        ]
        return "; ".join(states)

    def keep_token_pin(self, pin: str) -> bool:
        """Keep ``pin`` for every token the URIs name; it opens them from then on."""
        try:
            labels = token_labels(self.current())
            if not labels:
                raise ConfigError(
                    translate("SettingsView", "no token is named yet"),
                    hint=translate("SettingsView", "give the pkcs11: URI of the key first"),
                )
            if not pin:
                raise ConfigError(translate("SettingsView", "the PIN is empty"),
                                  hint=translate("SettingsView", "type the token's user PIN"))
            for label in labels:
                self.store.set(pin_secret_name(label), pin)
        except StationError as exc:
            self._report(exc)
            return False
        self._say(translate("SettingsView", "PIN kept in {store}.").format(
            store=self.store.description))
        self.show_secrets()
        return True

    def _keep_token_pin(self) -> None:
        text = self.token_pin_entry.text()
        self.token_pin_entry.clear()
        self.keep_token_pin(text)

    def check_token(self) -> bool:
        """Open the named token keys on a worker thread and say, in one line, whether they
        can be used (PINs from the secrets); False when the check cannot start."""
        settings = self.current()
        try:
            token_labels(settings)
            pins = pins_of(settings, self.store)
        except StationError as exc:
            self._report(exc)
            return False
        if self._token_thread is None:
            self._token_thread = WorkerThread("token check", self)
        self.check_token_button.setEnabled(False)
        self._say(translate("SettingsView", "Checking the token…"))
        self._token_thread.submit(partial(_check_token, settings, pins),
                                  returned=self._token_checked, errored=self._token_failed)
        return True

    def _token_checked(self, keys: TokenKeys) -> None:
        self.check_token_button.setEnabled(True)
        self._say(translate("SettingsView", "The token is ready: {what}.").format(
            what=keys.describe()))

    def _token_failed(self, error: Exception) -> None:
        self.check_token_button.setEnabled(True)
        if not isinstance(error, StationError):
            raise error
        self._report(error)

    # -- the job's enrollment group in the cloud ------------------------------------

    def cloud_setup_dialog(self) -> CloudSetupDialog:
        """The "Set up in the cloud…" dialog for the job as the fields now describe it."""
        if self._cloud_setup is not None:
            self._cloud_setup.shutdown()
            self._cloud_setup.deleteLater()
        dialog = CloudSetupDialog(self.current(), self.store, self)
        dialog.setupFinished.connect(self._cloud_set_up)
        self._cloud_setup = dialog
        return dialog

    def open_cloud_setup(self) -> None:
        self.cloud_setup_dialog().open()

    def _cloud_set_up(self, result: SetupResult) -> None:
        self.show_secrets()
        self._say(translate("SettingsView", "Cloud: {outcome}. The job can start.").format(
            outcome=result.outcome))

    # -- the served line ----------------------------------------------------------

    def keep_watch_token(self, token: str) -> bool:
        try:
            if not token.strip():
                raise ConfigError(translate("SettingsView", "the API token is empty"),
                                  hint=translate("SettingsView", "paste the token station "
                                                 "serve-token showed"))
            self.store.set(WATCH_TOKEN, token.strip())
        except StationError as exc:
            self._report(exc)
            return False
        self._say(translate("SettingsView", "API token kept in {store}.").format(
            store=self.store.description))
        self.show_secrets()
        return True

    def _keep_watch_token(self) -> None:
        text = self.watch_token_entry.text()
        self.watch_token_entry.clear()
        self.keep_watch_token(text)

    def _watch_now(self) -> None:
        self.save()
        self.watchRequested.emit()

    # -- settings ----------------------------------------------------------------

    def current(self) -> StationSettings:
        changed = self.printer.apply_to(self.settings)
        return changed.with_changes(
            language=self.language.currentData() or SYSTEM,
            key_source=self.key_source.currentData() or FILE,
            token_ca_key_uri=self.token_ca_key_uri.text().strip(),
            token_group_key_uri=self.token_group_key_uri.text().strip(),
            token_group_key_secondary_uri=self.token_group_key_secondary_uri.text().strip(),
            watch_served_line=self.watch.isChecked(),
            served_line_url=self.served_url.text().strip(),
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
        self._say(translate("SettingsView", "Saved to {path}.").format(path=path))
        self.saved.emit(self.settings)
        return self.settings

    def _save_and_start(self) -> None:
        self.save()
        if not self.check_job_fields():
            self._say(translate("SettingsView", "The job cannot start yet: fill in or correct "
                                "the marked fields."), error=True)
            return
        self.startRequested.emit()


def _ca_key_summary(ca: CertificateAuthority) -> str:
    return translate("SettingsView", "CA key loaded: {ca}, certificate SHA-256 fingerprint "
                     "{fingerprint}").format(ca=ca.subject,
                                             fingerprint=thumbprint_sha256(ca.certificate))


def _decoded_or_none(key_b64: str) -> bytes | None:
    """The raw bytes of a kept key, or None when there is none or it does not decode."""
    try:
        return decode_group_key(key_b64) if key_b64 else None
    except StationError:
        return None
