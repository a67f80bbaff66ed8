"""Events that every pipeline stage emits, and the stages themselves.

Events are frozen so that a worker thread can hand them to the GUI thread or
the CLI printer without copying.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum


class Stage(StrEnum):
    """The stages of one unit, in pipeline order (see DESIGN.md)."""

    DETECT = "detect"
    IDENTIFY = "identify"
    CREDENTIALS = "credentials"
    RECORD_PENDING = "record-pending"
    WRITE = "write"
    VERIFY = "verify"
    RECORD_DONE = "record-done"
    LABEL = "label"


class EventKind(StrEnum):
    STARTED = "started"
    PROGRESS = "progress"
    LOG = "log"
    FINISHED = "finished"
    FAILED = "failed"


@dataclass(frozen=True)
class StageEvent:
    """Something that happened to one unit on one port.

    ``done``/``total`` are bytes (or steps) for PROGRESS events; ``device_id``
    is empty until the identify stage has run.
    """

    port: str
    stage: Stage
    kind: EventKind
    message: str = ""
    done: int = 0
    total: int = 0
    device_id: str = ""
    hint: str = ""
    at: float = field(default_factory=time.time)
    code: str = ""  # a FAILED event's stable error code (station.core.errors)

    @property
    def percent(self) -> float:
        return 100.0 * self.done / self.total if self.total else 0.0
