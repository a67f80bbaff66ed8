"""Text that fits the window: long messages wrap, long names elide, and neither ever
makes the window wider than the screen. GUI thread only.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ZERO_WIDTH_SPACE = "\u200b"
LONG_WORD = 28  # longer runs without a space get places where a line may break
_LONG_RUN = re.compile(rf"\S{{{LONG_WORD},}}")
_BREAK_AFTER = re.compile(r"([/\\,;=&_.:-])")


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


def wrapping(label: QLabel) -> QLabel:
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
