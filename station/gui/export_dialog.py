"""The export dialog: every format in ``station.manifest.exports.FORMATS``, the number
of rows it will write, and a warning when the file will carry secrets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import StationError
from station.core.models import UnitStatus
from station.gui.manifest_model import UnitFilter
from station.manifest import Manifest
from station.manifest.exports import FORMATS, export


class ExportDialog(QDialog):
    """Export the units the QA view's filters select. Runs on the GUI thread."""

    def __init__(
        self,
        manifest: Manifest,
        unit_filter: UnitFilter,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export units")
        self.setMinimumWidth(560)
        self.manifest = manifest
        self.filter = unit_filter
        self.folder = folder
        self.rows = 0
        self.written: int | None = None

        self.format = QComboBox(objectName="formatCombo")
        for name, export_format in FORMATS.items():
            self.format.addItem(f"{name} — {export_format.description}", name)
        self.description = QLabel(objectName="muted")
        self.description.setWordWrap(True)
        self.row_count = QLabel(objectName="rowCount")
        self.warning = QLabel(objectName="secretsWarning")
        self.warning.setWordWrap(True)
        self.path = QLineEdit()
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)

        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("", self.description)
        form.addRow("Rows", self.row_count)
        form.addRow("File", where)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(objectName="muted")
        self.error.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    @property
    def format_name(self) -> str:
        return str(self.format.currentData())

    def select_format(self, name: str) -> None:
        self.format.setCurrentIndex(self.format.findData(name))

    def _query(self) -> dict[str, object]:
        query = self.filter.query()
        if FORMATS[self.format_name].provisioned_only and query["status"] is None:
            query["status"] = UnitStatus.PROVISIONED.value
        return query

    def _format_changed(self) -> None:
        export_format = FORMATS[self.format_name]
        self.description.setText(
            export_format.description
            + (" (provisioned units only)" if export_format.provisioned_only else "")
        )
        query = self._query()
        wrong_status = (
            export_format.provisioned_only
            and query["status"] not in (None, UnitStatus.PROVISIONED.value)
        )
        self.rows = 0 if wrong_status else self.manifest.count_units(**query)  # type: ignore[arg-type]
        self.row_count.setText(f"{self.rows:,} units will be written")
        self.warning.setVisible(export_format.carries_secrets)
        self.warning.setText(
            "⚠  This file will hold device keys in clear. Anyone who has it can connect "
            "these devices as themselves. Keep it on an encrypted drive, hand it over "
            "directly, and delete it after the import."
        )
        self.error.setText(
            f"The {export_format.name} export holds provisioned units only; clear the "
            "status filter to use it." if wrong_status else ""
        )
        self.export_button.setEnabled(not wrong_status)
        current = Path(self.path.text()) if self.path.text() else self.folder / "export.csv"
        self.path.setText(str(current.with_name(f"units-{export_format.name}"
                                                f"{export_format.suffix}")))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export to", self.path.text(), "CSV (*.csv)")
        if name:
            self.path.setText(name)

    def export(self) -> None:
        """Write the file; on success the dialog closes with ``written`` set."""
        try:
            self.written = export(
                self.manifest, self.format_name, Path(self.path.text()),
                **self._query(),  # type: ignore[arg-type]
            )
        except StationError as exc:
            self.error.setText(f"{exc.message} — {exc.hint}" if exc.hint else exc.message)
            return
        self.error.setTextFormat(Qt.PlainText)
        self.accept()
