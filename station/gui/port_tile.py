"""One port's tile on the line view: its state, stage, progress and last device ID."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.gui.job import LabelContent
from station.gui.line_controller import PortState, PortStatus
from station.gui.style import STATE_COLOURS, named
from station.gui.text_fit import ElidedLabel

STAGE_WORDS = {
    "starting": "starting",
    "detect": "finding the board",
    "identify": "reading its identity",
    "credentials": "making credentials",
    "record-pending": "recording the unit",
    "write": "writing",
    "verify": "verifying",
    "record-done": "recording the result",
    "label": "making the label",
    "done": "done",
    "station": "station",
}


class PortTile(QFrame):
    """Shows one ``PortStatus``; ``update_from`` redraws it. GUI thread only."""

    retryRequested = Signal(str)
    labelRequested = Signal(str)  # port: print the label of its last provisioned unit

    def __init__(self, status: PortStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portTile")
        self.port = status.port
        self.setMinimumWidth(260)
        self.label_content: LabelContent | None = None
        self._coloured_as: PortState | None = None

        self.title = ElidedLabel(status.label, objectName="tileTitle")
        self.title.setToolTip(status.port if status.port == status.label
                              else f"{status.label}\n{status.port}")
        self.chip = named(QLabel(), "stateChip")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.chip)

        self.stage = named(QLabel(), "muted")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.device = ElidedLabel(objectName="value")
        self.retry = QPushButton("Retry this unit")
        self.retry.clicked.connect(lambda: self.retryRequested.emit(self.port))
        # Each board keeps its own label, so a label never goes on another board's unit.
        self.print_label = QPushButton("Print label…")
        self.print_label.setObjectName("tileLabelButton")
        self.print_label.clicked.connect(lambda: self.labelRequested.emit(self.port))
        self.print_label.setVisible(False)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.retry, 1)
        actions.addWidget(self.print_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addWidget(self.device)
        layout.addLayout(actions)
        self.update_from(status)

    def set_label(self, content: LabelContent | None) -> None:
        """Keep the label of this board's last provisioned unit (None: no label to print)."""
        self.label_content = content
        self.print_label.setVisible(content is not None)
        if content is not None:
            self.print_label.setToolTip(f"Print the label of {content.device_id}")

    def _colour_as(self, state: PortState) -> None:
        # A style sheet re-polishes the tile and all its children: only when the state changes.
        if state is self._coloured_as:
            return
        self._coloured_as = state
        strong, light = STATE_COLOURS[state.value]
        self.chip.setText(state.value.upper())
        self.chip.setStyleSheet(f"background: {strong};")
        self.setStyleSheet(
            f"QFrame#portTile {{ background: {light}; border: 1px solid {strong}; "
            f"border-radius: 8px; }} QProgressBar::chunk {{ background: {strong}; }}"
        )

    def update_from(self, status: PortStatus) -> None:
        self._colour_as(status.state)
        stage_words = STAGE_WORDS.get(status.stage, status.stage)
        tries = f" (attempt {status.attempt})" if status.attempt > 1 else ""
        if status.state is PortState.BUSY:
            self.stage.setText(f"Stage: {stage_words}{tries}")
        elif status.state is PortState.FAILED and status.last_result is not None:
            self.stage.setText(f"Failed at {status.last_result.failed_stage}{tries}")
        elif status.state is PortState.PASSED:
            self.stage.setText(f"Provisioned{tries} — ready for the next board")
        else:
            self.stage.setText("Ready for a board")
        if status.state is PortState.BUSY and status.total:
            self.progress.setValue(status.percent)
            self.progress.setFormat(f"%p%  ({status.done:,} / {status.total:,} bytes)")
        elif status.state is PortState.PASSED:
            self.progress.setValue(100)
            self.progress.setFormat("100%")
        elif status.state is PortState.FAILED and status.total:
            # Where the write stopped, in the tile's red, rather than an empty bar.
            self.progress.setValue(status.percent)
            self.progress.setFormat(f"stopped at %p%  ({status.done:,} / {status.total:,} bytes)")
        else:
            self.progress.setValue(0)
            self.progress.setFormat("%p%")
        shown = status.device_id if status.state is PortState.BUSY else status.last_device_id
        self.device.setText(f"Device ID: {shown}" if shown else "Device ID: —")
        self.retry.setVisible(status.state is PortState.FAILED)
