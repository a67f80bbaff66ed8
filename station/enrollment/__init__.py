"""Enrollment uploads to DPS and IoT Central, and the ``dps-enrollments`` export
(``station.enrollment.dps_export``).

``upload`` is the entry point; upload state lives in the manifest's ``uploads``
table (see ``station.enrollment.state``). DPS enrollments take their
provisioning status, IoT Edge flag and initial twin from the ``[enrollment]``
section of each unit's profile (``station.enrollment.options``).

Individual SAS keys stay in the manifest, encrypted under the station key,
after a successful upload: the ``iotc-export`` CSV (what IoT Central imports
for SAS devices) and the ``dps-enrollments`` file are built from them, and a
unit whose storage is erased can only be given its enrolled identity again
with the same keys. An upload therefore never calls ``Manifest.forget_secrets``;
a site that wants the keys gone after upload calls it per unit once every
export it needs is made.
"""

from station.enrollment.enrollments import write_dps_enrollments
from station.enrollment.errors import CredentialRejected, EnrollmentError, ServiceUnavailable
from station.enrollment.options import EnrollmentOptions, OptionOverrides
from station.enrollment.state import Target, UploadState
from station.enrollment.upload import (
    DpsCredential,
    IotcCredential,
    UnitUpload,
    UploadReport,
    upload,
)

__all__ = [
    "CredentialRejected",
    "DpsCredential",
    "EnrollmentError",
    "EnrollmentOptions",
    "IotcCredential",
    "OptionOverrides",
    "ServiceUnavailable",
    "Target",
    "UnitUpload",
    "UploadReport",
    "UploadState",
    "upload",
    "write_dps_enrollments",
]
