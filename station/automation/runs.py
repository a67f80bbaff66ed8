"""One unit started through the automation API (a *run*), and how runs, events and
manifest records are shown as JSON."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from station.automation.errors import ApiError
from station.core.events import StageEvent
from station.core.models import UnitResult
from station.core.pipeline import Cancellation
from station.manifest.records import AttemptRecord, EventRecord, UnitRecord

CLIENT_NAME_MAX = 64
# What the manifest's operator column may get from a client: printable, no line breaks.
_CLIENT_NAME = re.compile(r"^[^\x00-\x1f\x7f]{1,64}$")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def checked_client(name: str | None) -> str:
    """The client's name as the unit's operator; raises ApiError when missing or unusable."""
    value = (name or "").strip()
    if not value:
        raise ApiError(
            "say who starts the unit: it is recorded as the unit's operator",
            hint="send the X-Station-Client header or the client field, e.g. 'fixture-3'",
        )
    if not _CLIENT_NAME.match(value):
        raise ApiError(
            f"the client name must be 1 to {CLIENT_NAME_MAX} printable characters",
            hint="send a short name such as 'fixture-3' or 'mes-line1'",
        )
    return value


@dataclass
class UnitRun:
    """A unit started on one port by one client. Changed only under the station's lock."""

    run_id: str
    port_id: str
    port: str
    client: str
    serial: str | None
    started_at: str = field(default_factory=utc_now)
    cancel: Cancellation = field(default_factory=Cancellation, repr=False)
    stage: str = ""
    device_id: str = ""
    ended_at: str | None = None
    result: UnitResult | None = None
    cancelled_by: str = ""
    label: str = "none"  # none, queued, printed or failed
    label_problem: str = ""

    @property
    def state(self) -> str:
        return "running" if self.result is None else self.result.status.value

    def as_json(self) -> dict:
        result = self.result
        return {
            "run_id": self.run_id,
            "port": self.port_id,
            "port_name": self.port,
            "client": self.client,
            "serial": self.serial,
            "state": self.state,
            "stage": self.stage,
            "device_id": self.device_id or None,
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "cancelled_by": self.cancelled_by or None,
            "result": None if result is None else {
                "status": result.status.value,
                "device_id": result.device_id or None,
                "failed_stage": result.failed_stage or None,
                "reason": result.reason or None,
                "hint": result.hint or None,
            },
            "label": {"state": self.label, "problem": self.label_problem or None},
        }


def event_json(event: StageEvent, run: UnitRun) -> dict:
    return {
        "run_id": run.run_id,
        "port": run.port_id,
        "port_name": event.port,
        "stage": event.stage.value,
        "kind": event.kind.value,
        "message": event.message,
        "done": event.done,
        "total": event.total,
        "device_id": event.device_id or None,
        "hint": event.hint or None,
        "at": datetime.fromtimestamp(event.at, UTC).isoformat(timespec="milliseconds"),
    }


def _plain(record: object) -> dict:
    return {
        key: (str(value) if hasattr(value, "value") else value)
        for key, value in dataclasses.asdict(record).items()  # type: ignore[call-overload]
    }


def record_json(
    record: UnitRecord, attempts: list[AttemptRecord], events: list[EventRecord]
) -> dict:
    """A unit's manifest record with its attempts and kept events (public facts only:
    records never hold secrets)."""
    attempt_fields = ("id", "job_id", "port", "station_id", "operator", "started_at",
                      "ended_at", "outcome", "failed_stage", "reason")
    return {
        "record": _plain(record),
        "attempts": [{name: getattr(a, name) for name in attempt_fields} for a in attempts],
        "events": [_plain(event) for event in events],
    }
