"""The engineer's view: every profile with its validation result, and a trial run of
one unit on a fresh virtual board (demo secrets, a separate trial manifest).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import StationError
from station.core.events import EventKind, StageEvent
from station.core.folders import display_path
from station.core.locations import demo_dir
from station.core.models import UnitResult, UnitStatus
from station.core.pipeline import run_unit
from station.demo import DemoOptions, demo_request
from station.gui.i18n import translate
from station.gui.result_banner import ResultBanner
from station.gui.style import FAIL, PASS, named
from station.gui.text_fit import breakable, wrapping
from station.gui.worker import Task, WorkerThread
from station.manifest import Manifest
from station.profiles.loader import inspect_paths
from station.profiles.locations import default_profile_dirs
from station.profiles.problems import ProfileProblem
from station.provisioning import prepare
from station.simulation.bay import VirtualBay

TRIAL_MANIFEST = "trials.sqlite"


@dataclass(frozen=True)
class ProfileEntry:
    """One profile file and what the validator said about it."""

    path: Path
    profile_id: str
    name: str
    problems: tuple[ProfileProblem, ...]

    @property
    def ok(self) -> bool:
        return self.profile_id != "" and not any(p.is_error for p in self.problems)


def inspect_profiles(folders: list[Path] | None = None) -> list[ProfileEntry]:
    """Every profile file in ``folders`` (default: the station's) with its problems."""
    targets = [d for d in (folders or default_profile_dirs()) if d.is_dir()]
    profiles, problems = inspect_paths(targets)
    entries = [
        ProfileEntry(
            path=file,
            profile_id=profile.id if profile else "",
            name=profile.name if profile else file.stem,
            problems=tuple(p for p in problems if p.file == file),
        )
        for file, profile in profiles.items()
    ]
    # By id, then file: two files with one id sit together; unreadable files go last.
    return sorted(entries, key=lambda e: (e.profile_id == "", e.profile_id, str(e.path)))


def run_trial(profile_path: Path, task: Task[UnitResult]) -> UnitResult:
    """Run one unit of a profile on a fresh virtual board, reporting its events through
    ``task``; never raises. Runs on the view's trial thread.
    """
    folder = demo_dir()
    port = "virtual"
    try:
        # The demo's request for this profile: its default attestation, with the demo's
        # group key, and the demo CA when that mode needs a CA.
        options = DemoOptions(profile=str(profile_path), count=1,
                              manifest=folder / TRIAL_MANIFEST)
        request = demo_request(options, [], folder)
        request = dataclasses.replace(request, labels=False)
        loaded, plan, manifest_path, key = prepare(request)
        with VirtualBay(loaded.profile, 1) as bay, Manifest.open(manifest_path, key) as store:
            port = next(iter(bay.slots))
            return run_unit(plan, port, store, task.report)
    except StationError as exc:
        return UnitResult(port, UnitStatus.FAILED, failed_stage="station",
                          reason=exc.message, hint=exc.hint)
    except Exception as exc:  # show the engineer whatever broke
        return UnitResult(port, UnitStatus.FAILED, failed_stage="station",
                          reason=translate("ProfilesView", "unexpected {error}: {text}").format(
                              error=type(exc).__name__, text=exc))


class ProfilesView(QWidget):
    """Profile list on the left; the chosen profile's problems and trial on the right."""

    trialFinished = Signal(object)  # UnitResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.entries: list[ProfileEntry] = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        self.title = wrapping(named(QLabel(), "bannerDetail"))
        self.problems = QPlainTextEdit(readOnly=True)
        self.try_button = QPushButton(translate("ProfilesView", "Try on a virtual board"))
        self.try_button.setObjectName("tryButton")
        self.try_button.clicked.connect(self.try_selected)
        self.recheck = QPushButton(translate("ProfilesView", "Check again"))
        self.recheck.clicked.connect(self.reload)
        self.banner = ResultBanner()
        self.banner.retry.hide()
        self.banner.show_message(translate("ProfilesView", "Trial"), translate(
            "ProfilesView", "Run one unit of the selected profile on a fresh virtual board, with "
            "demo secrets and a separate manifest."))
        self.log = QPlainTextEdit(readOnly=True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.try_button)
        buttons.addWidget(self.recheck)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(named(QLabel(translate("ProfilesView", "Validation")), "caption"))
        right.addWidget(self.problems, 1)
        right.addLayout(buttons)
        right.addWidget(self.banner)
        right.addWidget(named(QLabel(translate("ProfilesView", "Trial log")), "caption"))
        right.addWidget(self.log, 1)
        right_box = QWidget()
        right_box.setLayout(right)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right_box)
        splitter.setSizes([260, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addWidget(splitter)

        self.trials = WorkerThread("profile trial", self)
        self.reload()

    def reload(self, folders: list[Path] | None = None) -> None:
        self.entries = inspect_profiles(folders)
        self.list.clear()
        for entry in self.entries:
            mark = "✔" if entry.ok else "✘"
            title = entry.profile_id or translate("ProfilesView", "(no id)")
            item = QListWidgetItem(f"{mark}  {title}\n      {entry.path.name}")
            item.setForeground(QColor(PASS if entry.ok else FAIL))
            item.setToolTip(display_path(entry.path))
            self.list.addItem(item)
        if self.entries:
            self.list.setCurrentRow(0)

    def selected(self) -> ProfileEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _show(self, row: int) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.title.setText(breakable(f"{entry.name} — {display_path(entry.path)}"))
        if entry.problems:
            self.problems.setPlainText("\n".join(str(p) for p in entry.problems))
        else:
            self.problems.setPlainText(translate("ProfilesView",
                                                 "No problems: the profile is valid."))
        self.try_button.setEnabled(entry.ok)

    def try_selected(self) -> None:
        entry = self.selected()
        if entry is None or not entry.ok:
            return
        self.try_button.setEnabled(False)
        self.log.clear()
        self.banner.show_message(translate("ProfilesView", "Trying…"), translate(
            "ProfilesView", "One unit of {profile} on a virtual board").format(
            profile=entry.profile_id))
        self.trials.submit(
            partial(run_trial, entry.path), progress=self._on_event, returned=self._on_finished
        )

    def _on_event(self, event: StageEvent) -> None:
        if event.kind is EventKind.PROGRESS:
            return
        text = f"{event.stage:<14} {event.kind:<9} {event.message}"
        self.log.appendPlainText(text.rstrip())

    def _on_finished(self, result: UnitResult) -> None:
        self.banner.show_result(result, translate("ProfilesView", "a virtual trial board"),
                                label_step=False,
                                can_retry=False)
        self.try_button.setEnabled(True)
        self.trialFinished.emit(result)

    def shutdown(self) -> None:
        """End the trial thread (waits for a trial in progress). For closing the window."""
        self.trials.shutdown()
