"""One exception hierarchy for the whole station.

Every error carries the pipeline stage it happened in (when known) and a hint
that a line worker can act on. The CLI prints ``str(error)``; the GUI shows
``error.message`` and ``error.hint`` apart.
"""

from __future__ import annotations

from station.core.events import Stage


class StationError(Exception):
    """Base of every error the station reports to a person."""

    default_hint = ""

    def __init__(self, message: str, *, hint: str = "", stage: Stage | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint or self.default_hint
        self.stage = stage

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(StationError):
    """Bad settings, arguments or files given to the station."""


class ProfileError(ConfigError):
    """A firmware profile that does not validate. ``problems`` holds one line per error."""

    def __init__(self, message: str, problems: list[str] | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.problems = problems or [message]


class IdentityError(StationError):
    """A device ID that breaks the DPS registration-ID rules, or no ID to be had."""

    default_hint = "check the barcode or the profile's identity rule"


class CredentialError(StationError):
    """Keys, certificates or the TPM could not give a credential."""


class TransportError(StationError):
    """The board could not be reached or did not do what it was asked."""

    default_hint = "check the cable and that the board is powered, then try again"


class BoardNotResponding(TransportError):
    """The board stayed silent on its port."""


class BoardMismatch(TransportError):
    """The board on the port is not the kind the profile expects."""

    default_hint = "use the profile made for this board"


class VerificationError(TransportError):
    """What the board holds is not what was written."""

    default_hint = "the board did not keep its data; retry once, then set it aside"


class ManifestError(StationError):
    """The manifest refused or lost a write."""


class DamagedManifestError(ManifestError):
    """SQLite finds the manifest file damaged (torn pages, a failing disk)."""


class DuplicateDeviceError(ManifestError):
    """The device ID is already in the manifest."""

    default_hint = "this board was provisioned before; set it aside for an engineer"


class LineError(StationError):
    """The line database could not be reached, or refused a change or a lease."""

    default_hint = "check the line database settings (station line status) and the network"


class StorageError(StationError):
    """A file the station keeps could not be written: a full disk, a read-only folder."""


class Cancelled(StationError):
    """The operator stopped the unit."""
