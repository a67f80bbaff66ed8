"""QA's decision about a unit an interrupted station left pending. GUI thread only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import StationError
from station.gui.i18n import QT_TRANSLATE_NOOP, translate
from station.gui.style import named
from station.manifest import Manifest
from station.manifest.store import Resolution

RESOLUTION_WORDS = {
    Resolution.FAILED: QT_TRANSLATE_NOOP(
        "ResolveDialog", "failed — the board is erased and goes round again as a new unit"),
    Resolution.SCRAPPED: QT_TRANSLATE_NOOP(
        "ResolveDialog", "scrapped — the board is set aside for good"),
}


class ResolveDialog(QDialog):
    """Asks what was found on the board and closes the unit with ``resolve``."""

    def __init__(
        self, manifest: Manifest, device_id: str, operator: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ResolveDialog", "Resolve {device}").format(device=device_id))
        self.manifest = manifest
        self.device_id = device_id
        self.resolution = QComboBox()
        for resolution, words in RESOLUTION_WORDS.items():
            self.resolution.addItem(translate("ResolveDialog", words), resolution.value)
        self.reason = QLineEdit(
            placeholderText=translate("ResolveDialog", "what was found on the board"))
        self.operator = QLineEdit(operator,
                                  placeholderText=translate("ResolveDialog", "who decides"))
        self.message = named(QLabel(), "muted")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("ResolveDialog", "Resolve as"), self.resolution)
        form.addRow(translate("ResolveDialog", "Reason"), self.reason)
        form.addRow(translate("ResolveDialog", "Decided by"), self.operator)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.resolve)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "ResolveDialog", "{device} was left pending by a station that stopped mid-unit; its "
            "board may hold data. Once you have checked the board, record what becomes of it.")
            .format(device=device_id), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def resolve(self) -> None:
        """Record the decision and close; on a refusal the dialog stays and says why."""
        try:
            self.manifest.resolve_interrupted(
                self.device_id,
                Resolution(self.resolution.currentData()),
                self.reason.text(),
                self.operator.text(),
            )
        except StationError as exc:
            self.message.setText(f"{exc.message} — {exc.hint}" if exc.hint else exc.message)
            return
        self.accept()
