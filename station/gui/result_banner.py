"""The result of the last unit, impossible to miss: a green or red banner."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from station.core.models import UnitResult
from station.gui.port_tile import STAGE_WORDS
from station.gui.style import repolish


class ResultBanner(QFrame):
    """Green with the device ID, or red with the stage, the reason and what to do."""

    retryRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBanner")
        self.setProperty("outcome", "none")
        self.title = QLabel("Ready", objectName="bannerTitle")
        self.detail = QLabel("Plug in a board and press Provision next unit (or Enter).",
                             objectName="bannerDetail")
        self.detail.setWordWrap(True)
        self.retry = QPushButton("Retry")
        self.retry.setObjectName("retryButton")
        self.retry.setVisible(False)
        self.retry.setMinimumHeight(44)
        self.retry.clicked.connect(lambda: self.retryRequested.emit(self._port))
        self._port = ""
        self.result: UnitResult | None = None

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(text, 1)
        layout.addWidget(self.retry)

    @property
    def outcome(self) -> str:
        return str(self.property("outcome"))

    def show_message(self, title: str, detail: str) -> None:
        """A neutral note (e.g. why a unit could not start)."""
        self._set("none", title, detail, retry=False)

    def show_result(
        self, result: UnitResult, port_label: str = "", *, next_step: str = ""
    ) -> None:
        """Show a unit's result. ``next_step`` replaces the retry action of a failure
        with an instruction (e.g. scan the barcode again), when retrying cannot help.
        """
        self.result = result
        self._port = result.port
        where = f" on {port_label or result.port}"
        if result.ok:
            self._set("passed", f"✔  {result.device_id}", f"Provisioned{where}. "
                      "Stick the label on the unit.", retry=False)
            return
        stage = STAGE_WORDS.get(result.failed_stage, result.failed_stage)
        unit = f" ({result.device_id})" if result.device_id else ""
        hint = f" — {result.hint[0].upper()}{result.hint[1:]}." if result.hint else ""
        self._set(
            "failed",
            f"✘  Failed at {result.failed_stage}{unit}",
            f"While {stage}{where}: {result.reason}{hint}"
            + (f" {next_step}" if next_step else ""),
            retry=not next_step,
        )

    def _set(self, outcome: str, title: str, detail: str, *, retry: bool) -> None:
        self.setProperty("outcome", outcome)
        self.title.setText(title)
        self.detail.setText(detail)
        self.retry.setVisible(retry)
        repolish(self)
