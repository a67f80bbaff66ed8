"""``kit-units``: one JSON object per provisioned unit, for the kit maker's own tracker."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from station.manifest.exports import ExportFormat
from station.manifest.records import UnitRecord
from station.manifest.store import Manifest


def _write(manifest: Manifest, units: Iterable[UnitRecord], out: TextIO) -> int:
    rows = 0
    for unit in units:
        out.write(json.dumps({
            "device": unit.device_id,
            "mode": unit.attestation,
            "serial": unit.serial,
            "mac": unit.mac,
        }) + "\n")
        rows += 1
    return rows


EXPORT = ExportFormat(
    name="kit-units",
    description="Provisioned units as JSON lines for the kit tracker",
    write=_write,
    provisioned_only=True,
    suffix=".jsonl",
)
