"""The Line record tab of the QA desk: yield per station and per hour across the line,
units per hour per station, failures by stage and station, and the stations behind on
copying their changes and since when (``station.line.report``, read on the line's
worker thread). GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.core.errors import StationError
from station.gui.i18n import number, translate
from station.gui.line_record import LineSource
from station.gui.manifest_set import describe_error
from station.gui.style import named
from station.line.report import MAX_HOURS, LineReport, Tally

NO_TIME = "—"


def _share(share: float | None) -> str:
    return NO_TIME if share is None else QLocale().toString(100 * share, "f", 1) + " %"


def _local(moment: object) -> str:
    from datetime import datetime

    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if isinstance(moment, datetime) else NO_TIME


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = named(QTableWidget(0, len(headers)), name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


class LineRecordView(QWidget):
    """The line's figures over the last hours; read again with Refresh or when shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.line: LineSource | None = None
        self.report: LineReport | None = None
        self._reading = 0
        self.figures = named(QLabel(), "value")
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hours = QSpinBox()
        self.hours.setRange(1, MAX_HOURS)
        self.hours.setValue(24)
        self.hours.setSuffix(translate("LineRecordView", " h"))
        self.hours.setToolTip(translate("LineRecordView", "How many hours back, this one included"))
        refresh = QPushButton(translate("LineRecordView", "Refresh"))
        refresh.clicked.connect(self.refresh)
        self.stations = _table(
            "lineStations",
            [
                translate("LineRecordView", "Station"),
                translate("LineRecordView", "Units"),
                translate("LineRecordView", "Provisioned"),
                translate("LineRecordView", "Failed"),
                translate("LineRecordView", "Yield"),
                translate("LineRecordView", "Units per hour"),
                translate("LineRecordView", "Last copy"),
                translate("LineRecordView", "Behind on copying since"),
            ],
        )
        self.hourly = _table(
            "lineHours",
            [
                translate("LineRecordView", "Hour"),
                translate("LineRecordView", "Units"),
                translate("LineRecordView", "Provisioned"),
                translate("LineRecordView", "Failed"),
                translate("LineRecordView", "Yield"),
                translate("LineRecordView", "Per station"),
            ],
        )
        self.failures = _table(
            "lineFailures",
            [
                translate("LineRecordView", "Stage"),
                translate("LineRecordView", "Station"),
                translate("LineRecordView", "Failed units"),
            ],
        )
        top = QHBoxLayout()
        top.addWidget(self.figures, 1)
        top.addWidget(named(QLabel(translate("LineRecordView", "Last")), "caption"))
        top.addWidget(self.hours)
        top.addWidget(refresh)
        lower = QHBoxLayout()
        for caption, table, stretch in (
            (translate("LineRecordView", "Per hour across the line"), self.hourly, 3),
            (translate("LineRecordView", "Failures by stage and station"), self.failures, 2),
        ):
            box = QVBoxLayout()
            box.addWidget(named(QLabel(caption), "caption"))
            box.addWidget(table, 1)
            lower.addLayout(box, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addLayout(top)
        layout.addWidget(named(QLabel(translate("LineRecordView", "Stations")), "caption"))
        layout.addWidget(self.stations, 2)
        layout.addLayout(lower, 3)
        self.show_line(None)

    def show_line(self, line: LineSource | None) -> None:
        self.line = line
        self.report = None
        for table in (self.stations, self.hourly, self.failures):
            table.setRowCount(0)
        if line is None:
            self._reading += 1
            self.figures.setText(
                translate(
                    "LineRecordView",
                    "No line record open: start the QA desk with a line "
                    "database, station gui --qa postgresql://USER@HOST/DATABASE",
                )
            )
            return
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again, on the line's thread."""
        if self.line is None:
            return
        self._reading += 1
        reading = self._reading
        self.report = None  # the tables keep the last figures until the new ones arrive
        self.figures.setText(
            translate("LineRecordView", "Reading the line record at {where}…").format(
                where=self.line.label
            )
        )

        def arrived(report: LineReport) -> None:
            if reading == self._reading:
                self.show_report(report)

        def failed(exc: Exception) -> None:
            if not isinstance(exc, StationError):
                raise exc
            if reading == self._reading:
                self.figures.setText(describe_error(exc))

        self.line.report(self.hours.value(), arrived, failed)

    def show_report(self, report: LineReport) -> None:
        self.report = report
        line = Tally(
            "",
            None,
            *(
                sum(getattr(s.tally, name) for s in report.stations)
                for name in ("provisioned", "failed", "pending")
            ),
        )
        behind = report.behind()
        where = self.line.label if self.line is not None else ""
        self.figures.setText(
            translate(
                "LineRecordView",
                "{where}, last %n hour(s): {units} units, {passed} "
                "provisioned, {failed} failed — yield {share}; {behind} station(s) "
                "behind on copying",
                None,
                report.hours,
            ).format(
                where=where,
                units=number(line.units),
                passed=number(line.provisioned),
                failed=number(line.failed),
                share=_share(line.yield_share),
                behind=len(behind),
            )
        )
        lags = {lag.station: lag for lag in report.lags}
        figures = {f.station: f for f in report.stations}
        rows = []
        for station in sorted(set(lags) | set(figures)):
            each, lag = figures.get(station), lags.get(station)
            tally = each.tally if each is not None else Tally(station, None)
            rows.append(
                [
                    station,
                    number(tally.units),
                    number(tally.provisioned),
                    number(tally.failed),
                    _share(tally.yield_share),
                    QLocale().toString(each.per_hour, "f", 1) if each is not None else "0",
                    _local(lag.last_seen_at) if lag is not None else NO_TIME,
                    _local(lag.behind_since) if lag is not None and lag.behind_since else "",
                ]
            )
        _fill(self.stations, rows)
        per_hour: dict[object, list[str]] = {}
        for tally in report.hourly:
            per_hour.setdefault(tally.hour, []).append(f"{tally.station} {tally.units}")
        _fill(
            self.hourly,
            [
                [
                    _local(t.hour),
                    number(t.units),
                    number(t.provisioned),
                    number(t.failed),
                    _share(t.yield_share),
                    ", ".join(per_hour.get(t.hour, [])),
                ]
                for t in reversed(report.line_hours())
                if t.units
            ],
        )
        _fill(
            self.failures, [[f.stage or "?", f.station, number(f.units)] for f in report.failures]
        )
