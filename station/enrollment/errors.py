"""Errors of the enrollment uploads; all are StationErrors with a hint."""

from __future__ import annotations

from station.core.errors import StationError


class EnrollmentError(StationError):
    """An upload to DPS or IoT Central could not go on."""


class CredentialRejected(EnrollmentError):
    """The service answered 401 or 403: the connection string or API token is not accepted."""


class ServiceUnavailable(EnrollmentError):
    """The service stayed unreachable, throttled or failing after every retry."""

    default_hint = (
        "check the network and the service's status, then run the upload again; "
        "it resumes where it stopped"
    )


class ConnectionLost(ServiceUnavailable):
    """The connection dropped after a request was sent: the service may or may not have it."""
