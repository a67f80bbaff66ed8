"""Re-provisioning a returned unit from the window: which port its board is on, and why.
GUI thread only; the unit then runs on that port's tile like any other."""

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
from station.gui.i18n import translate
from station.gui.line_controller import LineController
from station.gui.style import named


def _no_port_free() -> str:
    return translate("ReprovisionDialog",
                     "No port is free: connect the returned unit's board first.")


class ReprovisionDialog(QDialog):
    """Asks for the port and the reason, then starts the unit with the running job."""

    def __init__(
        self, controller: LineController, device_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReprovisionDialog", "Re-provision {device}").format(
            device=device_id))
        self.controller = controller
        self.device_id = device_id
        self.port = QComboBox()
        busy = set(controller.busy_ports())
        for port in controller.ports:
            if port not in busy:
                self.port.addItem(port, port)
        self.reason = QLineEdit(placeholderText=translate(
            "ReprovisionDialog", "why, e.g. RMA 4711: flash erased in repair"))
        self.message = named(QLabel(), "muted")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("ReprovisionDialog", "Board on port"), self.port)
        form.addRow(translate("ReprovisionDialog", "Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ReprovisionDialog", "Provision again"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            translate("ReprovisionDialog", "{device} gets new credentials under its device ID. "
                      "Its board must prove it is that unit; its current credentials are kept in "
                      "the manifest as an earlier generation, and its enrollments are uploaded "
                      "again.").format(device=device_id),
            wordWrap=True,
        ))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if self.port.count() == 0:
            self.message.setText(_no_port_free())

    def start(self) -> None:
        """Start the unit and close; on a refusal the dialog stays and says why."""
        port = self.port.currentData()
        if not port:
            self.message.setText(_no_port_free())
            return
        try:
            self.controller.reprovision(port, self.device_id, self.reason.text())
        except StationError as exc:
            self.message.setText(f"{exc.message}. {exc.hint}" if exc.hint else exc.message)
            return
        self.accept()
