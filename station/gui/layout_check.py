"""What the window shows, read back from its widgets: every text a person sees, and the
places where a text does not fit (cut off, or covered by another widget).

Used to check translations: a window opened in a pseudo-locale (every string longer
and accented) must show no string untranslated and cut none off. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from station.gui.text_fit import ZERO_WIDTH_SPACE, ElidedLabel, WrappingButton

SLACK = 1  # pixels of rounding allowed


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def visible_texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Each text ``root`` and its visible widgets show or offer (labels, buttons, fields'
    hints, tooltips, lists' entries, tabs, table headers), with its widget."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.toolTip():
            yield widget, widget.toolTip()
        if widget.isWindow() and widget.windowTitle():
            yield widget, widget.windowTitle()
        if isinstance(widget, ElidedLabel):
            yield widget, widget.full_text
        elif isinstance(widget, QLabel):
            yield widget, widget.text()
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, WrappingButton):
            yield widget, widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget, widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit):
            yield widget, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield widget, widget.itemText(index)
        elif isinstance(widget, QGroupBox):
            yield widget, widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    yield widget, widget.tabText(index)
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            yield widget, widget.text()
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    yield widget, header


def _in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _clipped(widget: QWidget) -> str:
    """Why ``widget``'s text does not fit in it, or ""."""
    if isinstance(widget, ElidedLabel):
        return ""  # shortens itself on purpose; the whole text is its tooltip
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        room = widget.contentsRect()
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())  # the whole label's, frame and all
            if needed > widget.height() + SLACK:
                return f"needs {needed} px of height, has {widget.height()}"
            return ""
        metrics = widget.fontMetrics()
        text = widget.text().replace(ZERO_WIDTH_SPACE, "")
        width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        if width > room.width() + SLACK:
            return f"needs {width} px of width, has {room.width()}"
        return ""
    if isinstance(widget, QAbstractButton) and not isinstance(widget, WrappingButton):
        if widget.text() and widget.sizeHint().width() > widget.width() + SLACK:
            return f"needs {widget.sizeHint().width()} px of width, has {widget.width()}"
    if isinstance(widget, QTabBar) and widget.count():
        if widget.sizeHint().width() > widget.width() + SLACK:
            return "its tabs need more width than it has"
    return ""


def _cut_by_ancestor(widget: QWidget, root: QWidget) -> str:
    """Which ancestor cuts ``widget`` off, or "" (a scroll area may cut it vertically:
    the rest is a scroll away)."""
    ancestor = widget.parentWidget()
    scrolls = False
    while ancestor is not None:
        rect = _in(widget, ancestor)
        inside = ancestor.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
        # Inside a scroll area only what cannot be scrolled to, sideways, is cut off.
        scrolls = scrolls or isinstance(ancestor, QAbstractScrollArea) or isinstance(
            ancestor.parentWidget(), QAbstractScrollArea)
        if scrolls:
            cut = rect.left() < inside.left() or rect.right() > inside.right()
        else:
            cut = not inside.contains(rect)
        if cut:
            return f"cut off by {type(ancestor).__name__} {ancestor.objectName()!r}"
        if ancestor is root:
            return ""
        ancestor = ancestor.parentWidget()
    return ""


def _laid_out(layout: QLayout) -> Iterator[QWidget]:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            yield widget
        elif inner is not None:
            yield from _laid_out(inner)


def layout_problems(root: QWidget) -> list[str]:
    """Every text that does not fit in ``root``: cut off in its widget, cut off by an
    ancestor, or overlapping a widget laid out beside it; a line each."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r} {_text_of(widget)!r}"
        why = _clipped(widget) or (_cut_by_ancestor(widget, root) if _text_of(widget) else "")
        if why:
            problems.append(f"{name}: {why}")
        layout = widget.layout()
        if layout is None:
            continue
        placed = [w for w in _laid_out(layout) if _shown(w, root)]
        for first, one in enumerate(placed):
            for other in placed[first + 1:]:
                overlap = one.geometry().intersected(other.geometry())
                if overlap.width() > SLACK and overlap.height() > SLACK:
                    problems.append(f"{type(one).__name__} {_text_of(one)!r} overlaps "
                                    f"{type(other).__name__} {_text_of(other)!r}")
    return problems


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, ElidedLabel):
        return widget.full_text
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return ""
