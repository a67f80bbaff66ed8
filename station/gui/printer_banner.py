"""The label printer's banner on the line view: shown while labels wait because the
printer does not answer or reports a fault, with what is wrong and how many wait.
GUI thread only."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from station.gui.i18n import translate
from station.gui.label_queue import LabelQueue
from station.gui.style import named
from station.gui.text_fit import breakable, wrapping


class PrinterBanner(QFrame):
    """Follows a ``LabelQueue``: hidden while labels print, shown with the printer's
    problem while they wait."""

    def __init__(self, queue: LabelQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerBanner")
        self.queue = queue
        self.title = wrapping(named(QLabel(), "printerProblem"))
        self.detail = wrapping(named(QLabel(), "printerWaiting"))
        self.retry = named(QPushButton(translate("PrinterBanner", "Print waiting labels now")),
                           "printWaitingButton")
        self.retry.clicked.connect(queue.retry_now)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(text, 1)
        layout.addWidget(self.retry)
        queue.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        waiting = len(self.queue.waiting)
        shown = bool(self.queue.problem)
        self.setVisible(shown)
        if not shown:
            return
        self.title.setText(breakable(
            translate("PrinterBanner", "⚠  Label printer: {problem}").format(
                problem=self.queue.problem)))
        self.detail.setText(
            translate("PrinterBanner", "%n label(s) waiting; nothing is lost: they print in "
                      "order as soon as the printer is ready.", None, waiting) if waiting
            else translate("PrinterBanner", "No label is waiting."))
        self.retry.setVisible(bool(waiting))
