"""The window's look: one palette and one style sheet, so every view agrees."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QProgressBar, QWidget

from station.gui.assets import asset_path

PASS = "#1e7e34"
PASS_LIGHT = "#e6f4ea"
FAIL = "#c62828"
FAIL_LIGHT = "#fdecea"
BUSY = "#1565c0"
BUSY_LIGHT = "#e3f0fc"
IDLE = "#5f6b7a"
INK = "#1f2933"
MUTED = "#66788a"
LINE = "#d5dde5"
SURFACE = "#f4f6f9"

W = TypeVar("W", bound=QWidget)

# Style sheets take image files for arrows; forward slashes work on every system.
ARROW_DOWN = asset_path("icons", "chevron-down.svg").as_posix()
ARROW_UP = asset_path("icons", "chevron-up.svg").as_posix()

STATE_COLOURS = {
    "idle": (IDLE, "#ffffff"),
    "busy": (BUSY, BUSY_LIGHT),
    "passed": (PASS, PASS_LIGHT),
    "failed": (FAIL, FAIL_LIGHT),
}

# A port tile's colours follow its ``state`` property: set once in the application's
# sheet, so a state change re-polishes three widgets instead of parsing a new sheet.
TILE_STATES = "".join(
    f'''QFrame#portTile[state="{state}"] {{ background: {light}; border: 1px solid {strong}; }}
QFrame#portTile[state="{state}"] QProgressBar::chunk {{ background: {strong}; }}
QFrame#portTile[state="{state}"] QLabel#stateChip {{ background: {strong}; }}
'''
    for state, (strong, light) in STATE_COLOURS.items()
)

STYLE_SHEET = f"""
QMainWindow, QWidget#page {{ background: {SURFACE}; }}
QWidget {{ color: {INK}; }}
QTabWidget::pane {{ border: none; background: {SURFACE}; }}
QTabBar::tab {{
    padding: 8px 18px; margin-right: 2px; border: none; color: {MUTED};
    font-weight: 600; background: transparent;
}}
QTabBar::tab:selected {{ color: {INK}; border-bottom: 3px solid {BUSY}; }}
QFrame#card, QFrame#jobBar, QFrame#portTile {{
    background: #ffffff; border: 1px solid {LINE}; border-radius: 8px;
}}
QLabel#caption {{ color: {MUTED}; font-size: 8.5pt; text-transform: uppercase; }}
QLabel#value {{ font-weight: 600; font-size: 10.5pt; }}
QLabel#tileTitle {{ font-weight: 700; font-size: 10.5pt; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#stateChip {{
    border-radius: 9px; padding: 2px 10px; font-weight: 700; font-size: 8.5pt; color: white;
}}
QPushButton {{
    padding: 6px 14px; border: 1px solid {LINE}; border-radius: 6px; background: #ffffff;
}}
QPushButton:hover {{ border-color: {BUSY}; }}
QPushButton:disabled {{ color: #a0aab4; }}
QPushButton#provisionNextButton {{
    background: {BUSY}; color: white; border: none; border-radius: 10px;
    font-size: 20pt; font-weight: 700; padding: 18px;
}}
QPushButton#provisionNextButton:hover {{ background: #0d47a1; }}
QPushButton#provisionNextButton:disabled {{ background: #9db7d5; }}
QFrame#resultBanner {{ border-radius: 10px; border: 2px solid {LINE}; background: #ffffff; }}
QFrame#resultBanner[outcome="passed"] {{ background: {PASS}; border-color: {PASS}; }}
QFrame#resultBanner[outcome="failed"] {{ background: {FAIL}; border-color: {FAIL}; }}
QFrame#resultBanner QLabel {{ background: transparent; }}
QFrame#resultBanner[outcome="passed"] QLabel, QFrame#resultBanner[outcome="failed"] QLabel {{
    color: white;
}}
QLabel#bannerTitle {{ font-size: 20pt; font-weight: 800; }}
QLabel#bannerDetail {{ font-size: 11pt; }}
QProgressBar {{
    border: 1px solid {LINE}; border-radius: 5px; background: {SURFACE}; height: 18px;
    text-align: center; font-size: 8.5pt;
}}
QProgressBar::chunk {{ background: {BUSY}; border-radius: 4px; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox {{
    padding: 5px 8px; border: 1px solid {LINE}; border-radius: 6px; background: white;
}}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus {{ border-color: {BUSY}; }}
QComboBox:disabled, QSpinBox:disabled, QLineEdit:disabled, QDateEdit:disabled {{
    background: {SURFACE}; color: {MUTED};
}}
QComboBox, QDateEdit {{ padding-right: 28px; }}
QComboBox::drop-down, QDateEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 24px;
    border: none; border-left: 1px solid {LINE}; background: transparent;
}}
QComboBox::down-arrow, QDateEdit::down-arrow {{
    image: url("{ARROW_DOWN}"); width: 12px; height: 12px;
}}
QComboBox QAbstractItemView {{
    border: 1px solid {LINE}; background: white; selection-background-color: {BUSY_LIGHT};
    selection-color: {INK}; outline: none;
}}
QSpinBox {{ padding-right: 26px; }}
QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: border; width: 22px; border: none; border-left: 1px solid {LINE};
    background: transparent;
}}
QSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 6px; }}
QSpinBox::down-button {{
    subcontrol-position: bottom right; border-bottom-right-radius: 6px;
    border-top: 1px solid {LINE};
}}
QSpinBox::up-button:hover, QSpinBox::down-button:hover {{ background: {BUSY_LIGHT}; }}
QSpinBox::up-arrow {{ image: url("{ARROW_UP}"); width: 10px; height: 10px; }}
QSpinBox::down-arrow {{ image: url("{ARROW_DOWN}"); width: 10px; height: 10px; }}
QLineEdit#barcodeField {{ font-size: 13pt; padding: 8px; }}
QTableView {{
    background: white; border: 1px solid {LINE}; border-radius: 6px;
    gridline-color: #edf0f3; selection-background-color: {BUSY_LIGHT}; selection-color: {INK};
}}
QHeaderView::section {{
    background: {SURFACE}; border: none; border-bottom: 1px solid {LINE}; padding: 6px;
    font-weight: 600; color: {MUTED};
}}
QLabel#secretsWarning, QLabel#qaNotice {{
    background: #fff4e5; color: #8a4b00; border: 1px solid #f3c27a; border-radius: 6px;
    padding: 8px;
}}
QLabel#exportError, QLabel#fieldError {{ color: {FAIL}; }}
QLabel#fieldError {{ font-weight: 600; }}
QLabel#message {{ color: {MUTED}; }}
QLabel#message[tone="error"] {{ color: {FAIL}; font-weight: 600; }}
QPushButton#tileLabelButton {{ font-weight: 600; }}
QPushButton QLabel#buttonText {{ background: transparent; }}
QPushButton QLabel#buttonText:disabled {{ color: #a0aab4; }}
QPushButton#provisionNextButton QLabel#buttonText {{
    color: white; font-size: 20pt; font-weight: 700;
}}
QPushButton#tileLabelButton QLabel#buttonText {{ font-weight: 600; }}
QLabel#checkText:disabled {{ color: #a0aab4; }}
QFrame#printerBanner {{
    background: #fff4e5; border: 2px solid #f3a53a; border-radius: 10px;
}}
QFrame#printerBanner QLabel {{ color: #6b3a00; background: transparent; }}
QLabel#printerProblem {{ font-size: 12pt; font-weight: 700; }}
QStatusBar {{ color: {MUTED}; }}
{TILE_STATES}"""


def apply_style(app: QApplication) -> None:
    """Give the application the station's font and style sheet."""
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)


def named(widget: W, name: str) -> W:
    """``widget`` with the object name the style sheet (and the tests) know it by.

    PySide6 takes ``objectName=`` in any widget's constructor, but its type stubs
    list only each class's own properties, so the name is set here instead.
    """
    widget.setObjectName(name)
    return widget


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property (e.g. ``outcome``) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    for child in widget.findChildren(QWidget):
        style.unpolish(child)
        style.polish(child)
    widget.update()


def colour(name: str) -> QColor:
    return QColor(name)


def set_bar_value(bar: QProgressBar, value: int) -> None:
    """``bar.setValue(value)``, painted with the next frame: Qt's own setValue paints the
    bar at once, on the GUI thread, every time the value changes."""
    bar.setUpdatesEnabled(False)
    bar.setValue(value)
    bar.setUpdatesEnabled(True)
