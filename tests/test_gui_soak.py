"""The window lasts a shift: hundreds of units through the real window, then a clean close.

PySide6 6.12.0 on Python 3.11 aborted this window after about forty units
(``Fatal Python error: none_dealloc``): every Qt call that returns nothing took a
reference away from ``None``. These tests reproduce that kind of fault and run the
window far past the point where it died.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from station.core.errors import ConfigError
from station.core.models import UnitStatus
from station.gui.binding import PROBE_CALLS, check_binding, none_references_lost
from station.gui.soak import Drive, SoakDriver, pooled_thread_bound, thread_count
from station.manifest import Manifest
from tests.gui_fixtures import open_window

BUTTON_UNITS = 420
AUTO_UNITS = 120
# Resident memory may grow by this much from the warm-up to the end of a run
# (caches, SQLite's page cache, allocator slack); a leak of a label image or a
# board per unit passes it within a hundred units.
MEMORY_GROWTH_BOUND_MB = 40.0


def _lose_none_reference() -> None:
    """What the faulty binding does on every call that returns nothing."""
    ctypes.pythonapi.Py_DecRef(ctypes.py_object(None))


def _give_back(count: int) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="platform: None is immortal from 3.12")
def test_a_binding_that_loses_references_to_none_is_refused_in_one_line():
    try:
        with pytest.raises(ConfigError) as refused:
            check_binding(_lose_none_reference)
    finally:
        _give_back(PROBE_CALLS + 1)  # the probe's calls plus its warm-up call
    assert "loses a reference to None" in refused.value.message
    assert "PySide6-Essentials" in refused.value.hint
    assert "\n" not in str(refused.value)


def test_the_installed_binding_keeps_its_references_to_none(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject

    probe = QObject()
    assert none_references_lost(lambda: probe.setObjectName("x")) == 0
    check_binding()  # the default probe: a Qt call that returns nothing


def test_the_window_provisions_hundreds_of_units_and_closes_cleanly(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    threads_before = thread_count()
    window = open_window(qtbot, tmp_path, boards=4)
    try:
        by_button = SoakDriver(window, BUTTON_UNITS, Drive.BUTTON).run(timeout_s=600)
        by_auto = SoakDriver(window, AUTO_UNITS, Drive.AUTO).run(timeout_s=300)
    finally:
        window.close()  # as the window's close button: closeEvent shuts everything down

    assert (by_button.units, by_button.passed) == (BUTTON_UNITS, BUTTON_UNITS), by_button
    assert (by_auto.units, by_auto.passed) == (AUTO_UNITS, AUTO_UNITS), by_auto
    assert not window.line.auto.isChecked()
    assert by_button.rss_growth_mb < MEMORY_GROWTH_BOUND_MB, by_button
    assert by_auto.rss_end_mb - by_button.rss_warm_mb < MEMORY_GROWTH_BOUND_MB, by_auto
    # No thread per unit: the same threads served every unit (Qt's own pool aside).
    allowed = by_button.threads_start + pooled_thread_bound()
    assert by_button.threads_end <= allowed, by_button
    assert by_auto.threads_end <= allowed, by_auto
    # Closing ended every port worker, board server and the label painter.
    qtbot.waitUntil(
        lambda: thread_count() <= threads_before + pooled_thread_bound(), timeout=10_000
    )

    with Manifest.open(tmp_path / "manifest.sqlite") as manifest:
        assert manifest.count_units(status=UnitStatus.PROVISIONED) == BUTTON_UNITS + AUTO_UNITS
        assert manifest.count_units() == BUTTON_UNITS + AUTO_UNITS
