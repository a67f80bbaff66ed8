"""The pseudo-locale layout check under a real X server (a private Xvfb), beside the
offscreen one in test_gui_languages.py: with every string 40 % longer and accented, no
text of the Line tab at 1366 x 768 is cut off or covered, as X11 draws it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.pseudo_window import SIZE, _load

ROOT = Path(__file__).resolve().parents[1]


def test_the_pseudo_locale_line_tab_fits_1366_by_768_under_xvfb(tmp_path: Path) -> None:
    assert shutil.which("Xvfb"), "install the Debian package xvfb (bash packaging/setup.sh test)"
    catalogues = tmp_path / "catalogues"
    catalogues.mkdir()
    _load("translations").pseudo(catalogues)
    artifacts = Path(os.environ.get("STATION_TEST_ARTIFACTS", tmp_path))
    artifacts.mkdir(parents=True, exist_ok=True)
    picture, report = artifacts / "line-pseudo-xvfb.png", artifacts / "line-pseudo-xvfb.json"
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.pseudo_window",
            str(catalogues),
            str(picture),
            str(report),
            str(tmp_path / "home"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert shown["platform"] == "xcb"
    assert shown["size"] == list(SIZE)
    assert shown["problems"] == []
    pseudo = [t["text"] for t in shown["texts"] if t["text"].startswith("⟦")]
    assert len(pseudo) >= 10, shown["texts"]  # the window really shows the pseudo-locale
    assert all(t["inked_pixels"] > 0 for t in shown["texts"] if t["text"].startswith("⟦"))
    assert picture.stat().st_size > 10_000
