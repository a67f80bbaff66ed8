"""Starting the window: the QApplication, the style, and the exit status."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from station.gui.assets import asset_path
from station.gui.binding import check_binding
from station.gui.main_window import MainWindow, WindowOptions
from station.gui.style import apply_style
from station.gui.system_check import check_platform_plugin

GIL_SWITCH_S = 0.0005


def application() -> QApplication:
    """The running QApplication, made (and styled) on first use.

    Raises ConfigError when the Qt binding has a fault the window cannot survive, or
    when a system library its platform needs is missing (Qt would abort instead).
    """
    app = QApplication.instance()
    if app is None:
        check_binding()
        check_platform_plugin()
        # The GUI thread shares the GIL with every port's worker and virtual board; a
        # short switch interval bounds how long it waits for its turn (measured, worst
        # stall with four ESP32 boards: 95 ms at the default 5 ms, 43 ms at 1 ms, 33 ms
        # at 0.5 ms; the units ran no slower).
        sys.setswitchinterval(GIL_SWITCH_S)
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Provisioning Station")
        app.setOrganizationName("provisioning-station")
        app.setWindowIcon(QIcon(str(asset_path("icons", "station.svg"))))
        apply_style(app)
    assert isinstance(app, QApplication)
    return app


def run_window(options: WindowOptions) -> int:
    """Open the window and run the event loop until it closes; returns the exit status."""
    app = application()
    window = MainWindow(options)
    window.show()
    return int(app.exec())
