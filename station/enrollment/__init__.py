"""Enrollment uploads to DPS and IoT Central, and the ``dps-enrollments`` export.

``upload`` is the entry point; upload state lives in the manifest's ``uploads``
table (see ``station.enrollment.state``).
"""

from station.enrollment.enrollments import EnrollmentOptions, write_dps_enrollments
from station.enrollment.errors import CredentialRejected, EnrollmentError, ServiceUnavailable
from station.enrollment.state import Target, UploadState
from station.enrollment.upload import (
    DpsCredential,
    IotcCredential,
    UnitUpload,
    UploadReport,
    upload,
)
from station.manifest.exports import ExportFormat, register

register(
    ExportFormat(
        name="dps-enrollments",
        description="DPS individual enrollments (JSON), ready for upload",
        write=write_dps_enrollments,
        carries_secrets=True,
        provisioned_only=True,
        suffix=".json",
    )
)

__all__ = [
    "CredentialRejected",
    "DpsCredential",
    "EnrollmentError",
    "EnrollmentOptions",
    "IotcCredential",
    "ServiceUnavailable",
    "Target",
    "UnitUpload",
    "UploadReport",
    "UploadState",
    "upload",
    "write_dps_enrollments",
]
