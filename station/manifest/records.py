"""What the manifest's queries return: frozen records named after the manifest's tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TypedDict

from station.core.models import UnitStatus

# A unit's record is defined with its facts; imported from here as the other records are.
from station.manifest.facts import UNIT_RECORD_FIELDS, UnitRecord

__all__ = [
    "UNIT_RECORD_FIELDS",
    "AttemptOutcome",
    "AttemptRecord",
    "CloudFilter",
    "EventRecord",
    "FailureCount",
    "TimeBound",
    "UnitFilters",
    "UnitRecord",
    "YieldSummary",
]

# A point in time for a filter: a datetime (naive means local time) or an ISO string.
TimeBound = datetime | str | None


@dataclass(frozen=True)
class CloudFilter:
    """Units by what a service last said of them (``station cloud status``): those whose
    last-read status for ``target`` (``dps`` or ``central``) is one of ``statuses``,
    and, with ``unread``, the provisioned units never read from it."""

    target: str
    statuses: frozenset[str] = frozenset()
    unread: bool = False


class UnitFilters(TypedDict, total=False):
    """The filters every unit query takes (units, counts, exports); each one given must match.

    ``since`` (inclusive) and ``until`` (exclusive) bound the time a unit was
    first recorded; ``search`` matches part of the device ID, MAC or serial;
    ``cloud`` the unit's last-read cloud status (see ``CloudFilter``).
    """

    status: UnitStatus | str | None
    job_id: str | None
    operator: str | None
    station_id: str | None
    since: TimeBound
    until: TimeBound
    search: str | None
    cloud: CloudFilter | None


class AttemptOutcome(StrEnum):
    """How an attempt ended; ``running`` until it does (or forever, after a crash)."""

    RUNNING = "running"
    PROVISIONED = "provisioned"
    FAILED = "failed"


@dataclass(frozen=True)
class AttemptRecord:
    """One pass of the pipeline on a port. ``device_id`` is None before identify."""

    id: int
    job_id: str
    port: str
    station_id: str
    operator: str
    device_id: str | None
    started_at: str
    ended_at: str | None
    outcome: str
    failed_stage: str
    reason: str
    pid: int


@dataclass(frozen=True)
class EventRecord:
    """One stage event the pipeline kept for an attempt."""

    attempt_id: int
    port: str
    at: str
    stage: str
    kind: str
    message: str


@dataclass(frozen=True)
class FailureCount:
    stage: str
    reason: str
    count: int


@dataclass(frozen=True)
class YieldSummary:
    """Figures for QA: units per status, attempts per outcome, the commonest failures.

    ``attempts_running`` counts attempts that never ended (still running, or cut
    short by a crash). ``attempt_yield`` is provisioned / ended attempts.
    """

    units_by_status: dict[str, int] = field(default_factory=dict)
    attempts_total: int = 0
    attempts_provisioned: int = 0
    attempts_failed: int = 0
    attempts_running: int = 0
    top_failures: tuple[FailureCount, ...] = ()

    @property
    def units_total(self) -> int:
        return sum(self.units_by_status.values())

    @property
    def attempt_yield(self) -> float:
        ended = self.attempts_provisioned + self.attempts_failed
        return self.attempts_provisioned / ended if ended else 0.0
