"""One port's tile on the line view: its state, stage, progress and last device ID."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import with_code
from station.gui.i18n import QT_TRANSLATE_NOOP, number, translate
from station.gui.job import LabelContent
from station.gui.line_controller import PortState, PortStatus
from station.gui.style import named, set_bar_value
from station.gui.text_fit import ElidedLabel, WrappingButton, wrapping

# What each stage is doing, in words; the stage's name is the stable code shown beside it.
STAGE_WORDS = {
    "starting": QT_TRANSLATE_NOOP("PortTile", "starting"),
    "detect": QT_TRANSLATE_NOOP("PortTile", "finding the board"),
    "identify": QT_TRANSLATE_NOOP("PortTile", "reading its identity"),
    "credentials": QT_TRANSLATE_NOOP("PortTile", "making credentials"),
    "record-pending": QT_TRANSLATE_NOOP("PortTile", "recording the unit"),
    "write": QT_TRANSLATE_NOOP("PortTile", "writing"),
    "verify": QT_TRANSLATE_NOOP("PortTile", "verifying"),
    "record-done": QT_TRANSLATE_NOOP("PortTile", "recording the result"),
    "label": QT_TRANSLATE_NOOP("PortTile", "making the label"),
    "done": QT_TRANSLATE_NOOP("PortTile", "done"),
    "station": QT_TRANSLATE_NOOP("PortTile", "station"),
}
STATE_WORDS = {
    PortState.IDLE: QT_TRANSLATE_NOOP("PortTile", "IDLE"),
    PortState.BUSY: QT_TRANSLATE_NOOP("PortTile", "BUSY"),
    PortState.PASSED: QT_TRANSLATE_NOOP("PortTile", "PASSED"),
    PortState.FAILED: QT_TRANSLATE_NOOP("PortTile", "FAILED"),
}


def stage_words(stage: str) -> str:
    """What ``stage`` is doing, in the window's language (an unknown stage as it is)."""
    words = STAGE_WORDS.get(stage)
    return translate("PortTile", words) if words else stage


PERCENT_STEP = 5


@dataclass(frozen=True)
class _TileView:
    """What a tile shows, as plain values: compared before anything is redrawn."""

    stage: str
    stage_tip: str
    percent: int
    progress_format: str
    device: str
    retry: bool


# Differs from every view, so a new tile sets each of its widgets once.
_NOTHING_SHOWN = _TileView("\0", "\0", -1, "\0", "\0", retry=False)


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
        self._shown: _TileView | None = None

        self.title = ElidedLabel(status.label, objectName="tileTitle")
        self.title.setToolTip(status.port if status.port == status.label
                              else f"{status.label}\n{status.port}")
        self.chip = named(QLabel(), "stateChip")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.chip)

        self.stage = wrapping(named(QLabel(), "muted"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.device = ElidedLabel(objectName="value")
        self.retry = WrappingButton(translate("PortTile", "Retry this unit"))
        self.retry.clicked.connect(lambda: self.retryRequested.emit(self.port))
        self.retry.setVisible(False)  # as _NOTHING_SHOWN has it: shown for a failed unit
        # Each board keeps its own label, so a label never goes on another board's unit.
        self.print_label = WrappingButton(translate("PortTile", "Print label…"))
        self.print_label.setObjectName("tileLabelButton")
        self.print_label.clicked.connect(lambda: self.labelRequested.emit(self.port))
        self.print_label.setVisible(False)
        # The buttons come and go with each unit; the tile keeps its size meanwhile, so the
        # grid of sixteen tiles is not laid out again every time.
        for button in (self.retry, self.print_label):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
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
        if self.print_label.isVisibleTo(self) != (content is not None):
            self.print_label.setVisible(content is not None)
        if content is not None:
            self.print_label.setToolTip(translate("PortTile", "Print the label of {device}").format(
                device=content.device_id))

    def _colour_as(self, state: PortState) -> None:
        # The sheet colours a tile by its ``state`` property; only the widgets whose rules
        # name it are polished again, and only when the state changes.
        if state is self._coloured_as:
            return
        self._coloured_as = state
        self.chip.setText(translate("PortTile", STATE_WORDS[state]))
        self.setProperty("state", state.value)
        style = self.style()
        for widget in (self, self.chip, self.progress):
            style.unpolish(widget)
            style.polish(widget)
        self.update()

    def update_from(self, status: PortStatus, *, retry_allowed: bool = True) -> None:
        """Show ``status``; ``retry_allowed`` False hides Retry (a new scan is asked for)."""
        self._colour_as(status.state)
        view = self._view_of(status, retry_allowed)
        if view == self._shown:
            return
        # Only what changed goes to Qt: with sixteen ports busy the GUI thread redraws
        # every tile many times a second, and each call waits its turn at the interpreter.
        last = self._shown or _NOTHING_SHOWN
        self._shown = view
        if view.stage != last.stage:
            self.stage.setText(view.stage)
        if view.stage_tip != last.stage_tip:
            self.stage.setToolTip(view.stage_tip)
        if view.percent != last.percent:
            set_bar_value(self.progress, view.percent)
        if view.progress_format != last.progress_format:
            self.progress.setFormat(view.progress_format)
        if view.device != last.device:
            self.device.setText(view.device)
        if view.retry != last.retry:
            self.retry.setVisible(view.retry)

    def _view_of(self, status: PortStatus, retry_allowed: bool) -> _TileView:
        words = stage_words(status.stage)
        tries = (translate("PortTile", " (attempt {attempt})").format(attempt=status.attempt)
                 if status.attempt > 1 else "")
        tip = ""
        if status.state is PortState.BUSY:
            stage = translate("PortTile", "Stage: {stage}").format(stage=words) + tries
        elif status.state is PortState.FAILED and status.last_result is not None:
            failed = status.last_result
            stage = with_code(translate("PortTile", "Failed at {stage}").format(
                stage=failed.failed_stage) + tries, failed.code)
            tip = with_code(failed.reason, failed.code)
        elif status.state is PortState.PASSED:
            stage = translate("PortTile", "Provisioned{attempt} — ready for the next "
                              "board").format(attempt=tries)
        else:
            stage = translate("PortTile", "Ready for a board")
        if status.state is PortState.BUSY and status.total:
            # In steps: a progress bar repaints at once on every new value.
            percent = status.percent - status.percent % PERCENT_STEP
            shown_format = translate("PortTile", "%p%  ({done} / {total} bytes)").format(
                done=number(status.done), total=number(status.total))
        elif status.state is PortState.PASSED:
            percent, shown_format = 100, "100%"
        elif status.state is PortState.FAILED and status.total:
            # Where the write stopped, in the tile's red, rather than an empty bar.
            percent = status.percent
            shown_format = translate("PortTile", "stopped at %p%  ({done} / {total} "
                                     "bytes)").format(done=number(status.done),
                                                      total=number(status.total))
        else:
            percent, shown_format = 0, "%p%"
        shown = status.device_id if status.state is PortState.BUSY else status.last_device_id
        device = translate("PortTile", "Device ID: {device}").format(device=shown or "—")
        return _TileView(stage, tip, percent, shown_format, device,
                         retry_allowed and status.state is PortState.FAILED)
