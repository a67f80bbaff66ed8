"""A check of the Qt binding before the window opens.

PySide6 6.12.0 on CPython 3.11 gives back ``None`` from every Qt method that
returns nothing (``QPainter.fillRect``, ``QWidget.setEnabled``, ...) without the
reference it owes: each call takes one reference away from ``None``. A window
makes thousands of such calls per unit, and after about forty units the count
reaches zero and CPython aborts (``Fatal Python error: none_dealloc``). From
CPython 3.12 ``None`` is immortal and the lost references do no harm.

No code path can avoid calls that return nothing, so the station asks for a
binding without the fault (``pyproject.toml``) and refuses, in one line, to open
the window on one that has it, instead of aborting in the middle of a shift.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject

from station.core.errors import ConfigError

PROBE_CALLS = 200


def none_references_lost(call: Callable[[], object], times: int = PROBE_CALLS) -> int:
    """How many references to ``None`` ``times`` calls of ``call`` take away (0 when sound).

    On CPython 3.12 and later ``None`` is immortal: its count never moves, and this is 0.
    """
    call()  # the first call may create and cache what later calls reuse
    before = sys.getrefcount(None)
    for _ in range(times):
        call()
    return max(0, before - sys.getrefcount(None))


def _void_qt_call() -> Callable[[], object]:
    probe = QObject()
    return lambda: probe.setObjectName("binding-check")  # a Qt method that returns nothing


def check_binding(call: Callable[[], object] | None = None) -> None:
    """Raise ConfigError when the Qt binding loses references to ``None``.

    ``call`` is the call to probe; by default a Qt method that returns nothing.
    """
    lost = none_references_lost(call or _void_qt_call())
    # Other threads may hold or drop a few references meanwhile; a faulty binding
    # loses one per call, far more than that.
    if lost >= PROBE_CALLS // 2:
        version = ".".join(map(str, sys.version_info[:3]))
        raise ConfigError(
            f"the window cannot run on PySide6 {pyside_version} with Python {version}: "
            "it loses a reference to None on every Qt call and would abort mid-shift",
            hint="install a sound version: bash packaging/setup.sh install, "
            "or pip install 'PySide6-Essentials>=6.6,<6.12'",
        )
