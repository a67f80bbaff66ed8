"""The station window: Line, Manifest, Yield, Profiles and Settings in tabs.

As the QA desk (``qa``) it runs no job and watches no port: the Line tab is hidden,
and the Manifest and Yield tabs show manifest files opened read-only. A window
without a job shows the station's own manifest the same way until a job starts.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QDialog, QMainWindow, QTabWidget

from station.core.errors import StationError
from station.core.locations import default_manifest, demo_dir
from station.credentials.secret_store import (
    SecretStore,
    open_secret_store,
)
from station.demo import DEMO_PROFILE
from station.gui.assets import asset_path
from station.gui.demo_job import VirtualBoards, demo_job
from station.gui.i18n import resolve, translate, use_language
from station.gui.job import ActiveJob, request_from_store, start_job
from station.gui.label_queue import printing_from
from station.gui.line_controller import LineController, PortWatcher
from station.gui.line_copy import WindowLineCopy
from station.gui.line_record_view import LineRecordView
from station.gui.line_view import LineView
from station.gui.manifest_view import ManifestView
from station.gui.profiles_view import ProfilesView
from station.gui.reprovision_dialog import ReprovisionDialog
from station.gui.served_line import WATCH_TOKEN, ServedLineView, ServedLineWatcher
from station.gui.settings import StationSettings, load_settings
from station.gui.settings_view import SettingsView
from station.gui.text_fit import ElidedLabel
from station.gui.yield_chart import YieldView


@dataclass(frozen=True)
class WindowOptions:
    """How the window starts. ``demo`` opens on virtual boards with the demo job."""

    demo: bool = False
    demo_profile: str = DEMO_PROFILE
    boards: int = 2
    fault: str | None = None
    manifest: Path | None = None
    watch_ports: bool = True
    secret_store: SecretStore | None = None
    qa: bool = False  # the QA desk: no job, no ports; manifests opened read-only
    qa_manifests: tuple[Path, ...] = ()  # opened at the start of the QA desk
    qa_line: str = ""  # a line database URL the QA desk opens at the start
    language: str | None = None  # the window's language this time; None: the Settings' choice


class MainWindow(QMainWindow):
    """The whole station. Lives on the GUI thread; board work runs in port workers."""

    def __init__(self, options: WindowOptions | None = None) -> None:
        super().__init__()
        self.options = options or WindowOptions()
        try:
            self.settings = load_settings()
        except StationError:
            self.settings = StationSettings()
        # Before any widget: every string is looked up in the language as it is made.
        chosen = self.options.language
        self.language = use_language(resolve(self.settings.language if chosen is None
                                             else chosen))
        title = translate("MainWindow", "Provisioning Station")
        if self.options.demo:
            title = translate("MainWindow", "{title}  —  demo").format(title=title)
        elif self.options.qa:
            title = translate("MainWindow", "{title}  —  QA desk").format(title=title)
        self.setWindowTitle(title)
        self.setWindowIcon(QIcon(str(asset_path("icons", "station.svg"))))
        self.resize(1360, 860)

        try:
            self._build()
            self._start()
        except BaseException:
            # Threads started so far must end before the window goes, or Qt aborts.
            self.shutdown()
            raise
        # What exists now (modules, profiles, widgets) lives as long as the window: out of
        # the collector's full passes, which would otherwise stall the event loop for tens
        # of milliseconds each (measured: 30-70 ms with the demo job loaded). Garbage is
        # collected first, so none of it is kept for good.
        gc.collect()
        gc.freeze()

    def _build(self) -> None:
        self.store = self.options.secret_store or open_secret_store()

        self.controller = LineController(self)
        self.virtual_boards = VirtualBoards(self.controller)
        self.line = LineView(self.controller, self.virtual_boards)
        self.line.set_daily_target(self.settings.daily_target)
        self.manifest_view = ManifestView()
        self.manifest_view.set_secret_store(self.store)
        self.manifest_view.operator_name = self.settings.operator
        self.manifest_view.reprovisionRequested.connect(self.open_reprovision)
        self.manifest_view.chosenChanged.connect(self._chosen_changed)
        self.yield_view = YieldView()
        self.line_record_view = LineRecordView()
        self.manifest_view.lineChanged.connect(self._line_changed)
        self.line_copy = WindowLineCopy(self)
        self.profiles_view = ProfilesView()
        self.settings_view = SettingsView(self.settings, self.store)
        self.settings_view.saved.connect(self._settings_saved)
        self.settings_view.startRequested.connect(self.start_from_settings)
        self.settings_view.watchRequested.connect(self.watch_served_line)
        self.served = ServedLineWatcher(self)
        self.served_view = ServedLineView(self.served)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.line, translate("MainWindow", "Line"))
        self.tabs.addTab(self.manifest_view, translate("MainWindow", "Manifest"))
        self.tabs.addTab(self.yield_view, translate("MainWindow", "Yield"))
        self.tabs.addTab(self.profiles_view, translate("MainWindow", "Profiles"))
        self.tabs.addTab(self.settings_view, translate("MainWindow", "Settings"))
        self.tabs.insertTab(1, self.served_view, translate("MainWindow", "Served line"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.served_view), False)
        # Shown while the QA desk has a line database open.
        self.tabs.insertTab(self.tabs.indexOf(self.yield_view) + 1, self.line_record_view,
                            translate("MainWindow", "Line record"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.line_record_view), False)
        self.tabs.currentChanged.connect(self._tab_changed)
        if self.options.qa:
            self.tabs.setTabVisible(self.tabs.indexOf(self.line), False)
            self.tabs.setCurrentWidget(self.manifest_view)
            self.settings_view.start_button.setVisible(False)  # the QA desk runs no job
        self.setCentralWidget(self.tabs)
        self.where = ElidedLabel()  # a long manifest path must not widen the window
        self.where.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addPermanentWidget(self.where, 1)
        self.line_state = ElidedLabel()  # the job's copy to the line record, when it has one
        self.statusBar().addPermanentWidget(self.line_state)
        self.line_copy.changed.connect(self.line_state.setText)
        if self.language.problem:
            self.statusBar().showMessage(self.language.problem)

        self.controller.jobChanged.connect(self._job_changed)
        self.controller.unitFinished.connect(self._unit_finished)
        self.watcher = PortWatcher(self)
        self.controller.watch_real_ports(self.watcher)

    def _start(self) -> None:
        if self.options.qa:
            if self.options.qa_manifests or not self.options.qa_line:
                self.open_for_qa(list(self.options.qa_manifests))
            if self.options.qa_line:
                self.open_line_record(self.options.qa_line)
            return
        if self.options.watch_ports:
            self.watcher.start()
        if self.settings.watch_served_line and self.store.unlocked:
            self.watch_served_line()
        if self.options.demo:
            self.start_demo()
        elif self.settings.profile and self.settings.id_scope and self.store.unlocked:
            self.start_from_settings()
        if self.controller.job is None:
            self.open_for_qa([])

    def open_for_qa(self, paths: list[Path]) -> None:
        """Open ``paths`` read-only in the Manifest tab; with none, the station's own
        manifest when there is one (a window without a job can still be browsed)."""
        if not paths:
            own = self.options.manifest or default_manifest()
            paths = [own] if own.is_file() else []
        if paths:
            self.manifest_view.add_manifests(paths)
        self._say_where()

    def open_line_record(self, url: str) -> bool:
        """Show the line database at ``url`` read-only in the Manifest tab and its figures
        in the Line record tab; False (and why, above the table) when it cannot be."""
        from station.line.record import open_line_record

        try:
            connector = open_line_record(url, self.store)
        except StationError as exc:
            self.manifest_view.open_errors = [exc.message + (f" — {exc.hint}" if exc.hint
                                                             else "")]
            self.manifest_view.refresh()
            self.manifest_view._show_notice()
            return False
        self.manifest_view.open_line(connector)
        self.tabs.setCurrentWidget(self.manifest_view)
        return True

    def _line_changed(self) -> None:
        line = self.manifest_view.line
        self.line_record_view.show_line(line)
        self.tabs.setTabVisible(self.tabs.indexOf(self.line_record_view), line is not None)
        if line is not None and self.controller.job is None:
            self.where.setText(translate("MainWindow", "QA desk: the line record at {where}, "
                                         "read-only").format(where=line.label))
        else:
            self._say_where()

    def _say_where(self) -> None:
        job = self.controller.job
        if job is not None:
            self.where.setText(translate("MainWindow", "Manifest: {path}").format(
                path=job.manifest_path))
            return
        opened = len(self.manifest_view.shown)
        self.where.setText(
            translate("MainWindow", "QA desk: %n manifest(s) open, read-only", None, opened)
            if self.options.qa
            else translate("MainWindow", "No job: %n manifest(s) open, read-only", None, opened)
        )

    # -- jobs ------------------------------------------------------------------------

    def start_demo(self) -> None:
        """The demo job on ``options.boards`` virtual boards, with the demo's own manifest."""
        job = demo_job(self.options.demo_profile, demo_dir(), manifest=self.options.manifest)
        self.set_job(job)
        if self.options.boards:  # none: the ports are given otherwise ("+ Virtual board")
            self.virtual_boards.add(self.options.boards, self.options.fault)

    def start_from_settings(self) -> None:
        settings = self.settings_view.current()
        try:
            request = request_from_store(settings, self.store, manifest=self.options.manifest)
            job = start_job(request, label_includes_key=settings.label_includes_key)
        except StationError as exc:
            self.line.banner.show_message(
                translate("MainWindow", "The job cannot start: {reason}").format(
                    reason=exc.message),
                exc.hint)
            self.settings_view.report_error(exc)
            return
        self.set_job(job)
        self.tabs.setCurrentWidget(self.line)

    def watch_served_line(self) -> bool:
        """Show the line that the `station serve` named in Settings drives, in its own tab;
        False (and why, in Settings) when it cannot be watched."""
        settings = self.settings_view.current()
        try:
            token = self.store.get(WATCH_TOKEN) if self.store.unlocked else ""
            self.served.start(settings.served_line_url, token)
        except StationError as exc:
            self.settings_view.report_error(exc)
            return False
        self.served_view.show_problem("")
        self.tabs.setTabVisible(self.tabs.indexOf(self.served_view), True)
        self.tabs.setCurrentWidget(self.served_view)
        return True

    def _configure_labels(self) -> None:
        """Send labels to the printer the settings choose (none: the print dialog)."""
        job = self.controller.job
        try:
            printing = printing_from(
                self.settings, job.loaded.profile.label_layout if job is not None else None)
        except StationError as exc:
            printing = None
            self.line.banner.show_message(
                translate("MainWindow", "The label printer cannot be used: {reason}").format(
                    reason=exc.message), exc.hint)
        self.line.labels.configure(printing, job.manifest_path if job is not None else None)

    def reprovision_dialog(self, device_id: str) -> ReprovisionDialog:
        return ReprovisionDialog(self.controller, device_id, self)

    def open_reprovision(self, device_id: str) -> None:
        """QA's "Re-provision…": the unit runs on the chosen port's tile, on the line tab."""
        if self.reprovision_dialog(device_id).exec() == QDialog.DialogCode.Accepted:
            self.tabs.setCurrentWidget(self.line)

    def set_job(self, job: ActiveJob) -> None:
        self.controller.set_job(job)

    def _job_changed(self) -> None:
        job = self.controller.job
        if job is None:
            return
        self.manifest_view.open_manifest(job.manifest_path, job.station_key)
        self.line_copy.follow(job)
        self._say_where()
        self._configure_labels()
        self.settings_view.show_job(job)
        if job.plan.warnings:
            # Before the first unit: a CA near its end must reach the person at the line.
            self.line.banner.show_message(
                translate("MainWindow", "Before you start: {warning}").format(
                    warning=job.plan.warnings[0]),
                "; ".join(job.plan.warnings[1:])
                or translate("MainWindow", "tell the security officer"),
            )

    def _chosen_changed(self) -> None:
        """The Yield tab covers the manifests the Manifest tab has chosen."""
        self.yield_view.manifests = self.manifest_view.chosen_manifests()
        self.yield_view.target = self.manifest_view.current_target()
        if self.tabs.currentWidget() is self.yield_view:
            self.yield_view.refresh()
        if self.controller.job is None:
            self._say_where()

    def _settings_saved(self, settings: StationSettings) -> None:
        self.settings = settings
        self.manifest_view.operator_name = settings.operator
        self.line.set_daily_target(settings.daily_target)
        self._configure_labels()

    def _tab_changed(self, index: int) -> None:
        """A QA tab shows the manifest as it is now (it is not redrawn while hidden)."""
        page = self.tabs.widget(index)
        if page is self.yield_view:
            self.yield_view.refresh()
        elif page is self.manifest_view:
            self.manifest_view.refresh()
        elif page is self.line_record_view:
            self.line_record_view.refresh()

    def _unit_finished(self, _result: object) -> None:
        self.line_copy.wake()
        # Resetting a hidden table would only lose the QA person's place in it.
        page = self.tabs.currentWidget()
        if page is self.manifest_view:
            self.manifest_view.refresh()
        elif page is self.yield_view:
            self.yield_view.refresh()

    # -- closing ---------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop every worker thread and virtual board, and close the manifests.

        Safe on a window whose constructor failed part way (only what exists is stopped).
        """
        if hasattr(self, "watcher"):
            self.watcher.stop()
        if hasattr(self, "served"):
            self.served.stop()
        if hasattr(self, "settings_view"):
            self.settings_view.shutdown()
        if hasattr(self, "controller"):
            self.controller.shutdown()
        if hasattr(self, "virtual_boards"):
            self.virtual_boards.shutdown()  # after the ports' threads: no unit runs now
        if hasattr(self, "profiles_view"):
            self.profiles_view.shutdown()
        if hasattr(self, "line"):
            self.line.shutdown()
        if hasattr(self, "line_copy"):
            self.line_copy.stop()  # after the ports: the units are all recorded
        if hasattr(self, "yield_view"):
            self.yield_view.manifests = []
        if hasattr(self, "manifest_view"):
            self.manifest_view.close_all()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.shutdown()
        super().closeEvent(event)
