"""The window in the pseudo-locale (every string longer and accented) on a private Xvfb
display, as ``packaging/screenshot.py`` opens it: real X11 fonts and geometry, not Qt's
offscreen platform. Writes the screenshot and the Line tab's report (its texts and any
that are cut off or covered, from ``station.gui.layout_check``).

    python -m tests.pseudo_window CATALOGUES OUT.png REPORT.json HOME

CATALOGUES is the folder holding ``station_pseudo.qm`` (packaging/translations.py
``pseudo``). Exits 2 when Xvfb is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    catalogues, out, report, home = (Path(arg) for arg in argv)
    screenshot, tool = _load("screenshot"), _load("translations")
    screenshot.SIZE = SIZE
    server = screenshot.start_xvfb()
    if server is None:
        print("Xvfb is not installed", file=sys.stderr)
        return 2
    try:
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        os.environ["STATION_HOME"] = str(home)
        sys.path.insert(0, str(ROOT))
        import station.gui.main_window as main_window
        from station.gui import i18n

        # The pseudo-locale is no language of Settings: the window is told to use it.
        i18n.resolve = lambda setting: tool.PSEUDO  # type: ignore[assignment]
        main_window.resolve = i18n.resolve  # type: ignore[attr-defined]
        i18n.catalogue = lambda code, folder=None: catalogues / f"{tool.PREFIX}{code}.qm"  # type: ignore[assignment]
        screenshot.take(out, 1, 2, "demo-console", tool.PSEUDO, report)
    finally:
        shutil.rmtree(home, ignore_errors=True)
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
