"""The SQLite manifest: units, attempts, stage events, counters and exports.

Open one ``Manifest`` per thread; see ``station.manifest.store``.
"""

from station.manifest.records import (
    AttemptOutcome,
    AttemptRecord,
    EventRecord,
    FailureCount,
    UnitRecord,
    YieldSummary,
)
from station.manifest.secrets import StationKey
from station.manifest.store import Manifest

__all__ = [
    "AttemptOutcome",
    "AttemptRecord",
    "EventRecord",
    "FailureCount",
    "Manifest",
    "StationKey",
    "UnitRecord",
    "YieldSummary",
]
