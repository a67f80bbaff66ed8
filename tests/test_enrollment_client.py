"""Pacing, Retry-After and back-off of the enrollment services' HTTP client."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

from station.enrollment.client import Pacer, backoff_delay, retry_after_seconds
from station.enrollment.limits import RETRY_MAX_DELAY_S


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def test_pacer_keeps_every_minute_under_the_limit():
    time = FakeTime()
    pacer = Pacer(25, time.sleep, time.clock)
    sent_at = []
    for _ in range(7):
        pacer.acquire(10)
        sent_at.append(time.now)
    # Two batches of ten fit in a minute; the third waits for the first two to age out.
    assert sent_at == [100.0, 100.0, 160.0, 160.0, 220.0, 220.0, 280.0]
    for start in sent_at:
        assert 10 * sum(1 for t in sent_at if start <= t < start + 60) <= 25


def test_pacer_paces_even_when_sleep_returns_at_once():
    waits: list[float] = []
    pacer = Pacer(20, waits.append, lambda: 0.0)
    for _ in range(6):
        pacer.acquire(10)
    assert waits == [60.0, 60.0]


def test_retry_after_reads_seconds_and_http_dates():
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    when = datetime(2030, 1, 1, 12, 0, 30, tzinfo=UTC)
    now = datetime(2030, 1, 1, 12, 0, 0, tzinfo=UTC).timestamp()
    assert retry_after_seconds(format_datetime(when, usegmt=True), now=now) == 30.0


def test_backoff_doubles_up_to_a_cap():
    assert [backoff_delay(n) for n in (1, 2, 3)] == [1.0, 2.0, 4.0]
    assert backoff_delay(30) == RETRY_MAX_DELAY_S
