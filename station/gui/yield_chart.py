"""Yield for QA: attempts per hour and per day, pass/fail counts, the commonest
failures by stage, and how soon provisioned units connected to the cloud, over one
or several manifests, drawn with QPainter (no QtCharts in PySide6-Essentials).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from station.core.models import UnitStatus
from station.enrollment.cloud_status import cloud_statuses, first_connected
from station.enrollment.state import Target
from station.gui.i18n import number, translate
from station.gui.manifest_model import TARGET_NAMES
from station.gui.style import FAIL, INK, LINE, MUTED, PASS, named
from station.manifest import FailureCount, Manifest, YieldSummary
from station.manifest.records import AttemptOutcome

HOURS = 24
DAYS = 14
MOST_TICKS = 5  # intervals on a bar chart's y-axis, at most
CONNECTED_WITHIN_DAYS = (1, 7, 30)
TOP_FAILURES = 6


def nice_ticks(largest: int, most: int = MOST_TICKS) -> tuple[int, ...]:
    """Round y-axis values from 0 to at least ``largest``: steps of 1, 2 or 5 times a
    power of ten, with at most ``most`` intervals (e.g. 7 gives 0, 2, 4, 6, 8).
    """
    largest = max(1, largest)
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            intervals = -(-largest // step)  # ceiling division
            if intervals <= most:
                return tuple(step * n for n in range(intervals + 1))
        magnitude *= 10


@dataclass(frozen=True)
class Bucket:
    label: str
    passed: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.passed + self.failed


@dataclass(frozen=True)
class YieldData:
    """What the chart draws; ``hourly`` ends with the current hour, ``daily`` with today."""

    hourly: tuple[Bucket, ...] = ()
    daily: tuple[Bucket, ...] = ()
    summary: YieldSummary = field(default_factory=YieldSummary)


def _utc_hours(manifest: Manifest, since: dt.datetime) -> dict[dt.datetime, dict[str, int]]:
    """Ended attempts per UTC hour since ``since``: {hour: {outcome: count}}."""
    rows = manifest.db.execute(
        "SELECT substr(started_at, 1, 13) AS hour, outcome, count(*) FROM attempts "
        "WHERE started_at >= ? AND outcome IN (?, ?) GROUP BY hour, outcome",
        (
            since.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            AttemptOutcome.PROVISIONED.value,
            AttemptOutcome.FAILED.value,
        ),
    ).fetchall()
    hours: dict[dt.datetime, dict[str, int]] = {}
    for hour, outcome, count in rows:
        start = dt.datetime.strptime(hour, "%Y-%m-%dT%H").replace(tzinfo=dt.UTC)
        hours.setdefault(start, {})[outcome] = count
    return hours


def gather_yield(manifest: Manifest, now: dt.datetime | None = None) -> YieldData:
    """Read the yield figures of the last ``DAYS`` days. Runs on the manifest's thread."""
    now = (now or dt.datetime.now()).astimezone()
    this_hour = now.replace(minute=0, second=0, microsecond=0)
    today = now.date()
    first_day = today - dt.timedelta(days=DAYS - 1)
    since = dt.datetime.combine(first_day, dt.time()).astimezone()
    per_hour: dict[dt.datetime, list[int]] = {}
    per_day: dict[dt.date, list[int]] = {}
    for utc_hour, outcomes in _utc_hours(manifest, since).items():
        local = utc_hour.astimezone(now.tzinfo)
        counts = [outcomes.get("provisioned", 0), outcomes.get("failed", 0)]
        hour_slot = per_hour.setdefault(local.replace(minute=0), [0, 0])
        day_slot = per_day.setdefault(local.date(), [0, 0])
        for slot in (hour_slot, day_slot):
            slot[0] += counts[0]
            slot[1] += counts[1]
    hourly = []
    for back in range(HOURS - 1, -1, -1):
        hour = this_hour - dt.timedelta(hours=back)
        passed, failed = per_hour.get(hour, [0, 0])
        hourly.append(Bucket(hour.strftime("%H"), passed, failed))
    daily = []
    for back in range(DAYS - 1, -1, -1):
        day = today - dt.timedelta(days=back)
        passed, failed = per_day.get(day, [0, 0])
        daily.append(Bucket(QLocale().toString(QDate(day.year, day.month, day.day), "d MMM"),
                            passed, failed))
    summary = manifest.yield_summary(since=since, top=TOP_FAILURES)
    return YieldData(tuple(hourly), tuple(daily), summary)


def combined_summary(summaries: list[YieldSummary], top: int = TOP_FAILURES) -> YieldSummary:
    """The figures of several manifests as one: counts added, failures merged by reason."""
    by_status: dict[str, int] = {}
    failures: dict[tuple[str, str], int] = {}
    for summary in summaries:
        for status, count in summary.units_by_status.items():
            by_status[status] = by_status.get(status, 0) + count
        for failure in summary.top_failures:
            key = (failure.stage, failure.reason)
            failures[key] = failures.get(key, 0) + failure.count
    commonest = sorted(failures.items(), key=lambda item: (-item[1], item[0]))[:top]
    return YieldSummary(
        units_by_status=by_status,
        attempts_total=sum(s.attempts_total for s in summaries),
        attempts_provisioned=sum(s.attempts_provisioned for s in summaries),
        attempts_failed=sum(s.attempts_failed for s in summaries),
        attempts_running=sum(s.attempts_running for s in summaries),
        top_failures=tuple(FailureCount(stage, reason, count)
                           for (stage, reason), count in commonest),
    )


def gather_yield_of(manifests: list[Manifest], now: dt.datetime | None = None) -> YieldData:
    """``gather_yield`` over several manifests, added bucket by bucket."""
    if len(manifests) == 1:
        return gather_yield(manifests[0], now)
    each = [gather_yield(manifest, now) for manifest in manifests]
    if not each:
        return YieldData()

    def added(rows: list[tuple[Bucket, ...]]) -> tuple[Bucket, ...]:
        return tuple(Bucket(slots[0].label, sum(b.passed for b in slots),
                            sum(b.failed for b in slots)) for slots in zip(*rows, strict=True))

    return YieldData(
        added([data.hourly for data in each]),
        added([data.daily for data in each]),
        combined_summary([data.summary for data in each]),
    )


@dataclass(frozen=True)
class ConnectedData:
    """How soon provisioned units connected to ``target``: of the ``read`` units (those
    whose status a refresh read), ``within[n]`` were first seen connected within n
    days of being provisioned; ``connected`` were seen connected at all."""

    target: Target = Target.CENTRAL
    provisioned: int = 0
    read: int = 0
    connected: int = 0
    within: tuple[tuple[int, int], ...] = ()


def connection_days(provisioned_at: str, first_seen: str) -> float:
    """Days from provisioning to the first refresh that saw the unit connected (at
    least 0: a unit re-provisioned after it connected counts as at once)."""
    delay = dt.datetime.fromisoformat(first_seen) - dt.datetime.fromisoformat(provisioned_at)
    return max(delay.total_seconds(), 0.0) / 86_400


def gather_connected(
    manifests: list[Manifest], target: Target, days: tuple[int, ...] = CONNECTED_WITHIN_DAYS
) -> ConnectedData:
    """Read the connected-within figures for ``target``. Runs on the manifests' thread."""
    provisioned = read = connected = 0
    within = dict.fromkeys(days, 0)
    for manifest in manifests:
        statuses = cloud_statuses(manifest, target)
        seen = first_connected(manifest, target)
        for unit in manifest.iter_units(status=UnitStatus.PROVISIONED.value):
            provisioned += 1
            if unit.device_id not in statuses:
                continue
            read += 1
            first = seen.get(unit.device_id)
            if first is None or not unit.provisioned_at:
                continue
            connected += 1
            delay = connection_days(unit.provisioned_at, first)
            for limit in days:
                within[limit] += delay <= limit
    return ConnectedData(target, provisioned, read, connected, tuple(within.items()))


class YieldChart(QWidget):
    """Stacked pass/fail bars per hour and per day, and the top failure reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = YieldData()
        self.setMinimumSize(720, 400)  # leaves room for the connected-within bars
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, data: YieldData) -> None:
        self.data = data
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        width, height = self.width(), self.height()
        pad = 16.0
        third = (height - 4 * pad) / 3
        self._bars(painter, QRectF(pad, pad, width - 2 * pad, third),
                   translate("YieldView", "Units per hour — last 24 hours"), self.data.hourly,
                   every=3)
        self._bars(painter, QRectF(pad, 2 * pad + third, width - 2 * pad, third),
                   translate("YieldView", "Units per day — last %n days", None, DAYS),
                   self.data.daily, every=2)
        self._failures(painter, QRectF(pad, 3 * pad + 2 * third, width - 2 * pad, third))
        painter.end()

    def _title(self, painter: QPainter, area: QRectF, text: str) -> QRectF:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        line = painter.fontMetrics().height()
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self.font())
        return area.adjusted(0, line + 6, 0, 0)

    def _bars(
        self, painter: QPainter, area: QRectF, title: str, buckets: tuple[Bucket, ...], every: int
    ) -> None:
        area = self._title(painter, area, title)
        if not buckets:
            return
        metrics = painter.fontMetrics()
        axis = 40.0
        label_h = metrics.height() + 2
        plot = area.adjusted(axis, 0, -4, -label_h)
        ticks = nice_ticks(max(bucket.total for bucket in buckets))
        top_value = ticks[-1]
        painter.setPen(QColor(LINE))
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / top_value
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(area.left(), y - label_h / 2, axis - 6, label_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             number(tick))
            painter.setPen(QColor(LINE))
        slot = plot.width() / len(buckets)
        bar = max(2.0, slot * 0.7)
        for index, bucket in enumerate(buckets):
            x = plot.left() + index * slot + (slot - bar) / 2
            passed_h = plot.height() * bucket.passed / top_value
            failed_h = plot.height() * bucket.failed / top_value
            painter.fillRect(QRectF(x, plot.bottom() - passed_h, bar, passed_h), QColor(PASS))
            painter.fillRect(QRectF(x, plot.bottom() - passed_h - failed_h, bar, failed_h),
                             QColor(FAIL))
            if index % every == 0 or index == len(buckets) - 1:
                painter.setPen(QColor(MUTED))
                painter.drawText(QRectF(x - slot, plot.bottom() + 2, bar + 2 * slot, label_h),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 bucket.label)

    def _failures(self, painter: QPainter, area: QRectF) -> None:
        area = self._title(painter, area, translate("YieldView", "Top failure reasons by stage"))
        failures = self.data.summary.top_failures
        metrics = painter.fontMetrics()
        if not failures:
            painter.setPen(QColor(MUTED))
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             translate("YieldView", "No failures in this period."))
            return
        row_h = min(26.0, area.height() / len(failures))
        most = max(f.count for f in failures)
        text_w = area.width() * 0.55
        for index, failure in enumerate(failures):
            y = area.top() + index * row_h
            text = metrics.elidedText(f"{failure.stage}: {failure.reason}",
                                      Qt.TextElideMode.ElideRight, int(text_w - 8))
            painter.setPen(QColor(INK))
            painter.drawText(QRectF(area.left(), y, text_w, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            bar_w = (area.width() - text_w - 50) * failure.count / most
            painter.fillRect(QRectF(area.left() + text_w, y + row_h * 0.2, bar_w, row_h * 0.6),
                             QColor(FAIL))
            painter.drawText(QRectF(area.left() + text_w + bar_w + 6, y, 50, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(failure.count))


class ConnectedChart(QWidget):
    """One bar per "connected within N days of provisioning", as a share of the units
    whose cloud status was read."""

    BAR_H = 22.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ConnectedData()
        self.setMinimumHeight(int(self.BAR_H * (len(CONNECTED_WITHIN_DAYS) + 2) + 24))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, data: ConnectedData) -> None:
        self.data = data
        self.update()

    def lines(self) -> list[str]:
        """The chart's texts: its title, then one line per bar (also for tests and tooltips)."""
        data = self.data
        title = translate("YieldView", "Connected to {service} within days of provisioning — "
                          "{read} of %Ln provisioned unit(s) read", None, data.provisioned).format(
            service=TARGET_NAMES[data.target], read=number(data.read))
        if not data.read:
            return [title, translate("YieldView", "No cloud status read yet: Manifest tab, "
                                     "Refresh cloud status…")]
        rows = [translate("YieldView", "within %n day(s): {count} of {read} ({share} %)", None,
                          days).format(count=number(count), read=number(data.read),
                                       share=f"{100 * count / data.read:.0f}")
                for days, count in data.within]
        rows.append(translate("YieldView", "connected at all: {count} of {read}").format(
            count=number(data.connected), read=number(data.read)))
        return [title, *rows]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        texts = self.lines()
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        pad = 16.0
        width = self.width() - 2 * pad
        painter.drawText(QRectF(pad, 6, width, self.BAR_H),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, texts[0])
        painter.setFont(self.font())
        shares = [count / self.data.read for _days, count in self.data.within] \
            if self.data.read else []
        text_w = width * 0.4
        for index, text in enumerate(texts[1:]):
            y = 6 + self.BAR_H * (index + 1)
            painter.setPen(QColor(INK if shares else MUTED))
            painter.drawText(QRectF(pad, y, text_w, self.BAR_H),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            if index < len(shares):
                painter.fillRect(QRectF(pad + text_w, y + 4, (width - text_w), self.BAR_H - 8),
                                 QColor(LINE))
                painter.fillRect(QRectF(pad + text_w, y + 4, (width - text_w) * shares[index],
                                        self.BAR_H - 8), QColor(PASS))
        painter.end()


class YieldView(QWidget):
    """The yield page: headline figures above the charts, for the manifests the QA
    view has chosen. GUI thread only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

        super().__init__(parent)
        self.setObjectName("page")
        self.manifests: list[Manifest] = []
        self.target = Target.CENTRAL
        self.figures = named(QLabel(), "value")
        self.figures.setWordWrap(True)
        refresh = QPushButton(translate("YieldView", "Refresh"))
        refresh.clicked.connect(self.refresh)
        self.chart = YieldChart()
        self.connected = ConnectedChart()
        top = QHBoxLayout()
        top.addWidget(self.figures, 1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.connected)

    @property
    def manifest(self) -> Manifest | None:
        return self.manifests[0] if self.manifests else None

    @manifest.setter
    def manifest(self, manifest: Manifest | None) -> None:
        self.manifests = [] if manifest is None else [manifest]

    def show_manifest(self, manifest: Manifest | None) -> None:
        self.show_manifests([] if manifest is None else [manifest])

    def show_manifests(self, manifests: list[Manifest], target: Target | None = None) -> None:
        """Show the figures of ``manifests`` (connections the caller keeps open)."""
        self.manifests = list(manifests)
        if target is not None:
            self.target = target
        self.refresh()

    def refresh(self) -> None:
        if not self.manifests:
            self.figures.setText(translate(
                "YieldView", "No manifest chosen: open or tick one in the Manifest tab."))
            self.chart.set_data(YieldData())
            self.connected.set_data(ConnectedData(self.target))
            return
        try:
            data = gather_yield_of(self.manifests)
            connected = gather_connected(self.manifests, self.target)
        except sqlite3.DatabaseError as exc:
            self.figures.setText(translate("YieldView", "The yield cannot be read: {reason}")
                                 .format(reason=exc))
            return
        summary = data.summary
        ended = summary.attempts_provisioned + summary.attempts_failed
        shown = len(self.manifests)
        where = translate("YieldView", " (%n manifests)", None, shown) if shown > 1 else ""
        self.figures.setText(
            translate("YieldView", "Last %n days{where}: {passed} passed, {failed} failed of "
                      "{ended} attempts — yield {share} %", None, DAYS).format(
                where=where, passed=number(summary.attempts_provisioned),
                failed=number(summary.attempts_failed), ended=number(ended),
                share=QLocale().toString(100 * summary.attempt_yield, "f", 1))
        )
        self.chart.set_data(data)
        self.connected.set_data(connected)
