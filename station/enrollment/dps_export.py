"""The ``dps-enrollments`` export: DPS individual enrollments as JSON, ready for upload."""

from __future__ import annotations

from station.enrollment.enrollments import enrollment_holds_keys, write_dps_enrollments
from station.manifest.exports import ExportFormat

DPS_ENROLLMENTS = ExportFormat(
    name="dps-enrollments",
    description="DPS individual enrollments (JSON), ready for upload",
    write=write_dps_enrollments,
    holds_keys=enrollment_holds_keys,
    provisioned_only=True,
    suffix=".json",
)
