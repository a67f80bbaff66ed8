"""Text that fits the window: long messages wrap, long names elide, and neither ever
makes the window wider than the screen. GUI thread only.
"""

from __future__ import annotations

import re
from typing import TypeVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

ZERO_WIDTH_SPACE = "\u200b"
LONG_WORD = 28  # longer runs without a space get places where a line may break
_LONG_RUN = re.compile(rf"\S{{{LONG_WORD},}}")
_BREAK_AFTER = re.compile(r"([/\\,;=&_.:-])")
L = TypeVar("L", bound=QLabel)


def breakable(text: str, every: int = 20) -> str:
    """``text`` with invisible break points inside words longer than ``LONG_WORD``
    characters (after path separators and punctuation, and every ``every`` characters),
    so a word-wrapped label can wrap a long path or key instead of growing.
    """

    def split(match: re.Match[str]) -> str:
        word = _BREAK_AFTER.sub(r"\1" + ZERO_WIDTH_SPACE, match.group(0))
        pieces: list[str] = []
        for part in word.split(ZERO_WIDTH_SPACE):
            pieces.extend(part[i:i + every] for i in range(0, len(part), every))
        return ZERO_WIDTH_SPACE.join(piece for piece in pieces if piece)

    return _LONG_RUN.sub(split, text)


def elide_middle(text: str, limit: int = 48) -> str:
    """``text`` cut in the middle with an ellipsis when it has more than ``limit`` characters."""
    if len(text) <= limit:
        return text
    keep = limit - 1
    return f"{text[:keep - keep // 2]}…{text[-(keep // 2):]}"


def wrapping(label: L) -> L:
    """Make ``label`` wrap its text to whatever width the layout gives it.

    Its width is ignored when the window works out its minimum size, so no text,
    however long, makes the window wider; the height follows the wrapped text.
    """
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setMinimumWidth(80)
    return label


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with an ellipsis when space is short.

    The whole text stays in ``full_text`` and in the tooltip; ``text()`` is what shows.
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        objectName: str = "",  # noqa: N803 - the keyword QLabel takes
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
    ) -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._mode = mode
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text == self.full_text and text:
            return  # progress redraws the same text many times a second
        self.full_text = text
        self.setToolTip(text if text else "")
        self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        width = self.fontMetrics().horizontalAdvance("…" + self.full_text[:6])
        return QSize(min(width, hint.width()), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self.full_text) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self.full_text, self._mode, max(width, 1))
        super().setText(shown if width > 1 else self.full_text)


class WrappingButton(QPushButton):
    """A push button whose text wraps onto further lines when the button is narrow (a long
    translation) rather than being cut or widening the window.

    The text is drawn by a word-wrapping label inside the button; ``text`` and
    ``setText`` read and write it. The style sheet reaches that label as
    ``QPushButton QLabel``.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(text, self)
        self._label.setObjectName("buttonText")
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 4, 10, 4)
        self._layout.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._label.setText(text)
        self.updateGeometry()

    def _chrome(self) -> QSize:
        margins = self._layout.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # On one line when there is room (a wrapping label's own hint is narrower).
        chrome = self._chrome()
        metrics = self._label.fontMetrics()
        width = max((metrics.horizontalAdvance(line) for line in self.text().split("\n")),
                    default=0) + 4 + chrome.width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        chrome = self._chrome()
        # Narrow enough for any panel: the text wraps at its longest word.
        width = min(self._label.minimumSizeHint().width(), 120) + chrome.width()
        return QSize(width, max(self.heightForWidth(width), self.minimumHeight()))

    # No hasHeightForWidth here: Qt's own answers yes from the size policy, without a call
    # into Python on every layout pass (tens of thousands a minute with sixteen tiles).

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        chrome = self._chrome()
        text = self._label.heightForWidth(max(width - chrome.width(), 1))
        return max(text + chrome.height(), self.minimumHeight())


class ClickableLabel(QLabel):
    """A label that says ``clicked`` when pressed with the left button (a check box's
    words that wrap beside it)."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class WrappingCheckBox(QWidget):
    """A check box whose words wrap beside it (a long translation fits a narrow panel).

    Offers what the station uses of ``QCheckBox``: ``isChecked``, ``setChecked``,
    ``click``, ``toggled``, ``text``; clicking the words ticks the box.
    """

    toggled = Signal(bool)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.words = wrapping(ClickableLabel(text, self))
        self.words.setObjectName("checkText")
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.words.clicked.connect(self.box.click)
        self.box.toggled.connect(self.toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.words, 1)
        self.setFocusProxy(self.box)

    def isChecked(self) -> bool:  # noqa: N802 - Qt's name
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802 - Qt's name
        self.box.setChecked(checked)

    def click(self) -> None:
        self.box.click()

    def text(self) -> str:
        return self.words.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.words.setText(text)
