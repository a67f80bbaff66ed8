"""The export dialog: every format in ``station.manifest.exports.export_formats()``, the number
of rows it will write, and a warning when the file may carry secrets.

Several manifests (the QA desk's chosen ones) give one file each, named after its
manifest: each file then answers to one journal, whose head is noted for it.

``sas-group`` device keys are not kept in the manifest: a file that carries keys
has them derived again from the group key in the window's secret store (Settings).

The file is written on the dialog's own ``WorkerThread`` (a large manifest takes
seconds), so the window keeps answering while it runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import StationError
from station.core.models import UnitStatus
from station.credentials.secret_store import GROUP_KEY, GROUP_KEY_SECONDARY, SecretStore
from station.enrollment.state import Target
from station.gui.i18n import QT_TRANSLATE_NOOP, translate
from station.gui.manifest_model import UnitFilter
from station.gui.style import named
from station.gui.worker import WorkerThread
from station.manifest import Manifest, StationKey
from station.manifest.exports import export_format, export_formats, write_export
from station.manifest.records import UnitFilters
from station.manifest.reports import noted_head

SECRETS_WARNING = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "⚠  This file will hold the SAS units' device keys in clear. Anyone who has it can "
    "connect these devices as themselves. Keep it on an encrypted drive, hand it over "
    "directly, and delete it after the import.",
)
# The built-in formats' descriptions (station.manifest.exports) in the window's words; a
# format added by an extension shows its own.
FORMAT_WORDS = {
    "iotc-import": QT_TRANSLATE_NOOP("ExportDialog",
                                     "IoT Central device import: device IDs and names"),
    "iotc-export": QT_TRANSLATE_NOOP(
        "ExportDialog", "IoT Central device list with SAS keys and X.509 thumbprints"),
    "audit": QT_TRANSLATE_NOOP(
        "ExportDialog", "Every unit with its public facts, status, failure and times (no secrets)"),
    "dps-enrollments": QT_TRANSLATE_NOOP("ExportDialog",
                                         "DPS individual enrollments (JSON), ready for upload"),
}


def format_words(name: str, description: str) -> str:
    words = FORMAT_WORDS.get(name)
    return translate("ExportDialog", words) if words else description


# What the QA view says after an export that does hold keys.
KEYS_WRITTEN_NOTE = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "it holds device keys in clear: readable by you only; delete it after the import",
)


@dataclass(frozen=True)
class ExportOrder:
    """One export to write: where the manifest is, the format, the file and the filters."""

    manifest_path: Path
    station_key: StationKey | None
    format_name: str
    out_path: Path
    query: UnitFilters = field(default_factory=lambda: UnitFilters())
    group_key_b64: str = field(default="", repr=False)
    group_key_secondary_b64: str = field(default="", repr=False)
    read_only: bool = False  # a manifest QA opened: the export never writes to it
    key_note: str = ""  # why its station key is not here, and how to restore it


@dataclass(frozen=True)
class ExportOutcome:
    """What an export came to: the rows written and whether the file holds device keys
    in clear, or the error's message and hint."""

    written: int | None = None
    message: str = ""
    hint: str = ""
    holds_keys: bool = False
    head: str = ""  # the journal's head after the export, signed and recorded on this PC

    @property
    def ok(self) -> bool:
        return self.written is not None


def write_order(order: ExportOrder) -> ExportOutcome:
    """Write the file; never raises. Runs on the export thread, with a manifest
    connection of its own (a sqlite connection belongs to the thread that opened it)."""
    try:
        with Manifest.open(order.manifest_path, order.station_key,
                           read_only=order.read_only) as manifest:
            if (order.station_key is None and order.key_note and manifest.holds_secrets()
                    and export_format(order.format_name).carries_secrets):
                return ExportOutcome(
                    message=translate("ExportDialog", "this manifest's device keys are sealed "
                                      "with its station key, which is not on this PC"),
                    hint=order.key_note)
            manifest.use_group_key(order.group_key_b64, order.group_key_secondary_b64)
            result = write_export(manifest, order.format_name, order.out_path, **order.query)
            head = noted_head(manifest, "export")
        return ExportOutcome(
            written=result.rows, holds_keys=result.holds_keys, head=str(head or "")
        )
    except StationError as exc:
        return ExportOutcome(message=exc.message, hint=exc.hint)
    except Exception as exc:  # show whatever broke instead of losing the thread
        return ExportOutcome(
            message=translate("ExportDialog", "unexpected {error}: {text}").format(
                error=type(exc).__name__, text=exc),
            hint=translate("ExportDialog", "report this to the station's engineer"),
        )


def write_orders(orders: list[ExportOrder], labels: list[str]) -> ExportOutcome:
    """Write each file in turn and sum up; never raises. Stops at the first failure
    (the files written before it stay, and the outcome names them). Export thread."""
    written = 0
    holds_keys = False
    heads: list[str] = []
    for index, (order, label) in enumerate(zip(orders, labels, strict=True)):
        outcome = write_order(order)
        if not outcome.ok:
            if len(orders) == 1:
                return outcome
            done = ", ".join(str(o.out_path.name) for o in orders[:index])
            return ExportOutcome(
                message=f"{label}: {outcome.message}",
                hint=outcome.hint + (translate("ExportDialog", " (already written: {files})")
                                     .format(files=done) if done else ""),
            )
        written += outcome.written or 0
        holds_keys = holds_keys or outcome.holds_keys
        if outcome.head:
            heads.append(outcome.head if len(orders) == 1 else f"{label} {outcome.head}")
    return ExportOutcome(written=written, holds_keys=holds_keys, head="; ".join(heads))


def file_part(label: str) -> str:
    """A manifest's label as part of a file name."""
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in label).strip("-") or "manifest"


class ExportDialog(QDialog):
    """Export the units the QA view's filters select. Lives on the GUI thread.

    ``secret_store`` holds the group key that ``sas-group`` device keys are derived
    from; by default the store of the window the dialog opens over.
    ``exportFinished`` carries the ``ExportOutcome``; on success the dialog then
    closes with ``written`` set, on failure it stays open and shows the reason.
    """

    exportFinished = Signal(object)  # ExportOutcome

    def __init__(
        self,
        manifest: Manifest | Sequence[Manifest],
        unit_filter: UnitFilter,
        folder: Path,
        parent: QWidget | None = None,
        secret_store: SecretStore | None = None,
        *,
        labels: Sequence[str] | None = None,
        read_only: Sequence[bool] | None = None,
        key_notes: Sequence[str] | None = None,
        cloud_target: Target | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export units"))
        self.setMinimumWidth(600)
        self.manifests = [manifest] if isinstance(manifest, Manifest) else list(manifest)
        self.manifest = self.manifests[0]
        self.labels = list(labels) if labels is not None else [
            m.path.stem for m in self.manifests]
        self.read_only = list(read_only) if read_only is not None else [False] * len(
            self.manifests)
        self.key_notes = list(key_notes) if key_notes is not None else [""] * len(
            self.manifests)
        self.filter = unit_filter
        # The service whose last-read status the filter's cloud group is read from (the
        # one the QA view's Cloud column shows); without one the group narrows nothing.
        self.cloud_target = cloud_target
        self.folder = folder
        self.secret_store = secret_store or _window_store(parent)
        self.rows = 0
        self.written: int | None = None
        self.holds_keys = False  # the file written holds device keys in clear
        self.head = ""  # the journal head after the export, to note outside the station
        self._running: WorkerThread | None = None  # the thread of the export being written

        self.format = named(QComboBox(), "formatCombo")
        for name, each in export_formats().items():
            self.format.addItem(f"{name} — {format_words(name, each.description)}", name)
        self.description = named(QLabel(), "muted")
        self.description.setWordWrap(True)
        self.row_count = named(QLabel(), "rowCount")
        self.warning = named(QLabel(translate("ExportDialog", SECRETS_WARNING)), "secretsWarning")
        self.warning.setWordWrap(True)
        self.path = QLineEdit()
        self.browse = QPushButton(translate("ExportDialog", "Choose…"))
        self.browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)

        form = QFormLayout()
        # Captions keep their full width; the fields take what is left.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self._caption(translate("ExportDialog", "Format")), self.format)
        form.addRow("", self.description)
        form.addRow(self._caption(translate("ExportDialog", "Rows")), self.row_count)
        form.addRow(self._caption(translate("ExportDialog", "File")), where)
        self.files_note = named(QLabel(), "muted")
        self.files_note.setWordWrap(True)
        notes = []
        if len(self.manifests) > 1:
            count = len(self.manifests)
            notes.append(translate(
                "ExportDialog", "%n manifests: one file each, named after its manifest "
                "(e.g. …-{example}), so that each file answers to one station's journal.", None,
                count).format(example=file_part(self.labels[0])))
        self.files_note.setText(" ".join(notes))
        self.files_note.setVisible(bool(notes))
        form.addRow("", self.files_note)

        self.progress = named(QProgressBar(), "exportProgress")
        self.progress.setRange(0, 0)  # busy: the export does not report its progress
        self.progress.setFormat(translate("ExportDialog", "Writing…"))
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.error = named(QLabel(), "exportError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    @staticmethod
    def _caption(text: str) -> QLabel:
        caption = QLabel(text)
        caption.setMinimumWidth(caption.sizeHint().width() + 8)
        return caption

    @property
    def format_name(self) -> str:
        return str(self.format.currentData())

    @property
    def busy(self) -> bool:
        """True while an export is being written."""
        return self._running is not None

    def select_format(self, name: str) -> None:
        self.format.setCurrentIndex(self.format.findData(name))

    def _query(self) -> UnitFilters:
        query = self.filter.query(self.cloud_target)
        if export_format(self.format_name).provisioned_only and query["status"] is None:
            query["status"] = UnitStatus.PROVISIONED.value
        return query

    def _format_changed(self) -> None:
        chosen = export_format(self.format_name)
        self.description.setText(
            format_words(chosen.name, chosen.description)
            + (translate("ExportDialog", " (provisioned units only)")
                                  if chosen.provisioned_only else "")
        )
        query = self._query()
        wrong_status = (
            chosen.provisioned_only
            and query["status"] not in (None, UnitStatus.PROVISIONED.value)
        )
        self.rows = 0 if wrong_status else sum(m.count_units(**query) for m in self.manifests)
        self.row_count.setText(translate("ExportDialog", "%Ln unit(s) will be written", None,
                                         self.rows))
        self.warning.setVisible(chosen.carries_secrets)
        self.error.setText(
            translate("ExportDialog", "The {format} export holds provisioned units only; clear "
                      "the status filter to use it.").format(format=chosen.name)
            if wrong_status else ""
        )
        self.export_button.setEnabled(not wrong_status)
        current = Path(self.path.text()) if self.path.text() else self.folder / "export.csv"
        self.path.setText(str(current.with_name(f"units-{chosen.name}"
                                                f"{chosen.suffix}")))
        # The warning came or went: let the dialog grow so nothing is squashed.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def file_filter(self) -> str:
        """The save dialog's filter for the chosen format, e.g. ``JSON (*.json)``."""
        suffix = export_format(self.format_name).suffix
        return translate("ExportDialog", "{kind} (*{suffix});;All files (*)").format(
            kind=suffix.lstrip(".").upper(), suffix=suffix)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("ExportDialog", "Export to"), self.path.text(), self.file_filter()
        )
        if name:
            suffix = export_format(self.format_name).suffix
            self.path.setText(name if Path(name).suffix else name + suffix)

    # -- writing ---------------------------------------------------------------

    def export(self) -> None:
        """Start writing the file on a worker thread; returns at once.

        While it runs the dialog shows a busy bar and cannot be closed; when it
        ends ``exportFinished`` is emitted (see the class docstring).
        """
        if self.busy:
            return
        orders = [
            ExportOrder(
                manifest_path=manifest.path,
                station_key=manifest.station_key,
                format_name=self.format_name,
                out_path=out,
                query=self._query(),
                group_key_b64=self._group_key(GROUP_KEY),
                group_key_secondary_b64=self._group_key(GROUP_KEY_SECONDARY),
                read_only=read_only,
                key_note=key_note,
            )
            for manifest, out, read_only, key_note in zip(
                self.manifests, self.out_paths(), self.read_only, self.key_notes, strict=True)
        ]
        labels = list(self.labels)
        self._set_busy(True)
        self.error.setText("")
        # A thread per export, ended as soon as the file is written: a dialog left open
        # (or never shown) holds no running thread.
        self._running = WorkerThread("export", self)
        self._running.submit(lambda task: write_orders(orders, labels),
                             returned=self._export_ended)
        self._running.stopped.connect(lambda thread: thread.deleteLater())
        self._running.release()

    def out_paths(self) -> list[Path]:
        """The file each manifest is written to: the one given, or with several
        manifests, that name with each manifest's label added."""
        given = Path(self.path.text())
        if len(self.manifests) == 1:
            return [given]
        return [given.with_name(f"{given.stem}-{file_part(label)}{given.suffix}")
                for label in self.labels]

    def written_to(self) -> str:
        """Where the files went, as the QA view says it."""
        paths = self.out_paths()
        if len(paths) == 1:
            return str(paths[0])
        return translate("ExportDialog", "%n file(s) in {folder}", None, len(paths)).format(
            folder=paths[0].parent)

    def _group_key(self, name: str) -> str:
        """The group key ``name`` (primary or secondary) for a file that carries device
        keys; "" for any other file, or when the store is locked or holds none (the
        export then says what to give)."""
        store = self.secret_store
        if store is None or not store.unlocked:
            return ""
        if not export_format(self.format_name).carries_secrets:
            return ""
        return store.get(name)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.export_button, self.format, self.path, self.browse):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)

    def _export_ended(self, outcome: ExportOutcome) -> None:
        self._running = None
        self._set_busy(False)
        if outcome.ok:
            self.written = outcome.written
            self.holds_keys = outcome.holds_keys
            self.head = outcome.head
        else:
            self.error.setText(
                translate("ExportDialog", "The export failed: {reason}").format(
                    reason=outcome.message)
                + (f" — {outcome.hint}" if outcome.hint else "")
            )
        self.exportFinished.emit(outcome)
        if outcome.ok:
            self.accept()

    def reject(self) -> None:
        """Cancel closes the dialog, except while a file is being written."""
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)




def _window_store(parent: QWidget | None) -> SecretStore | None:
    """The secret store of the main window above ``parent``, which the operator unlocked."""
    return None if parent is None else getattr(parent.window(), "store", None)
