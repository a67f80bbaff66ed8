"""Regenerate assets/screenshot.png: the window in demo mode after a few units.

    .venv/bin/python packaging/screenshot.py [--out assets/screenshot.png]
        [--language zh_CN] [--report line.json]

``--language`` opens the window in that language; ``--report`` writes what the Line
tab shows as JSON: its texts, any that do not fit (cut off or overlapping, from the
widgets' geometry), the window's font, and whether each text's characters are drawn
in the screenshot by a font that has them.

Runs under a private Xvfb display when ``Xvfb`` is installed (real X11 rendering),
otherwise with Qt's offscreen platform. The station's data goes to a fresh folder,
``provisioning-station-demo`` in the system's temporary folder (its path shows in the
picture's status bar), so the user's manifest is never touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIZE = (1360, 860)
# A plain, stable path: it shows in the window's status bar in the README's picture.
DEMO_HOME = Path(tempfile.gettempdir()) / "provisioning-station-demo"


def start_xvfb() -> subprocess.Popen | None:
    """Start Xvfb on a free display and point DISPLAY at it; None when Xvfb is missing."""
    if shutil.which("Xvfb") is None:
        return None
    for number in range(90, 110):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", f"{SIZE[0] + 40}x{SIZE[1] + 40}x24",
             "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                os.environ["DISPLAY"] = f":{number}"
                os.environ["QT_QPA_PLATFORM"] = "xcb"
                return server
            if server.poll() is not None:
                break
            time.sleep(0.1)
        server.kill()
    return None


def pause(ms: int) -> None:
    """Run the Qt event loop for ``ms`` milliseconds (a nested loop, not processEvents)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, limit_s: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until ``condition()`` holds; exits when it takes over ``limit_s``."""
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("the demo units did not finish; see the window's banner")
        pause(50)


def line_report(window, image) -> dict:  # type: ignore[no-untyped-def]
    """What the Line tab shows, read from its widgets and the picture taken of it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QFontMetrics
    from PySide6.QtWidgets import QApplication, QLabel

    from station.gui.layout_check import layout_problems, visible_texts

    texts = []
    for widget, text in visible_texts(window.line):
        if not isinstance(widget, QLabel) or not text or not widget.isVisible():
            continue
        metrics = QFontMetrics(widget.font())
        missing = sorted({ch for ch in text if ord(ch) > 0x2E7F and not metrics.inFontUcs4(
            ord(ch))})
        corner = widget.mapTo(window, QPoint(0, 0))
        area = image.copy(corner.x(), corner.y(), widget.width(), widget.height())
        background = QColor(area.pixel(0, 0))
        inked = sum(
            QColor(area.pixel(x, y)) != background
            for x in range(0, area.width(), 2) for y in range(0, area.height(), 2)
        )
        texts.append({"text": text, "missing_glyphs": missing, "inked_pixels": inked,
                      "widget": widget.objectName() or type(widget).__name__})
    return {
        "platform": QApplication.platformName(),
        "font": QApplication.font().families(),
        "size": [window.width(), window.height()],
        "problems": layout_problems(window.line),
        "texts": texts,
    }


def take(out: Path, units: int, boards: int, profile: str, language: str | None = None,
         report: Path | None = None) -> None:
    sys.path.insert(0, str(REPO))
    from station.credentials.secret_store import EncryptedFileSecrets
    from station.gui.app import application
    from station.gui.main_window import MainWindow, WindowOptions

    application()
    home = Path(os.environ["STATION_HOME"])
    window = MainWindow(WindowOptions(
        demo=True, demo_profile=profile, boards=boards, watch_ports=False,
        secret_store=EncryptedFileSecrets(home / "secrets.enc"), language=language,
    ))
    window.resize(*SIZE)
    window.show()
    results = []
    window.controller.unitFinished.connect(results.append)
    for _ in range(units):
        window.line.provision_next()
        wait_until(lambda: not window.controller.busy_ports())
    wait_until(lambda: len(results) >= units)
    pause(400)  # let the last repaint land
    out.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab().toImage()
    image.save(str(out))
    if report is not None:
        import json

        report.write_text(json.dumps(line_report(window, image), ensure_ascii=False, indent=1),
                          encoding="utf-8")
    window.shutdown()
    window.close()


def main() -> int:
    global SIZE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "assets" / "screenshot.png")
    parser.add_argument("--units", type=int, default=3)
    parser.add_argument("--boards", type=int, default=4)
    parser.add_argument("--profile", default="demo-esp32")
    parser.add_argument("--language", help="the window's language (default: the system's)")
    parser.add_argument("--report", type=Path, help="write what the Line tab shows as JSON")
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="the window's size")
    parser.add_argument("--home", type=Path, default=DEMO_HOME,
                        help="the station's data folder for the run (emptied before and after)")
    args = parser.parse_args()
    width, _, height = args.size.partition("x")
    SIZE = (int(width), int(height))
    server = start_xvfb()
    if server is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        shutil.rmtree(args.home, ignore_errors=True)  # a fresh demo every time
        args.home.mkdir(parents=True)
        os.environ["STATION_HOME"] = str(args.home)
        take(args.out.resolve(), args.units, args.boards, args.profile, args.language,
             args.report)
    finally:
        shutil.rmtree(args.home, ignore_errors=True)
        if server is not None:
            server.terminate()
            server.wait()
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
