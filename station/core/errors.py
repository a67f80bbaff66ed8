"""One exception hierarchy for the whole station.

Every error carries the pipeline stage it happened in (when known), a hint that a
line worker can act on, and a stable ``code``: the same in every language the
window speaks and in the English log, listed with what to do in
docs/error-codes.md. Each error class has its own code (``code = "..."``, or made
from the class's name: ``PortUnavailable`` is ``port-unavailable``); a raise site
may give a more specific one (``code="printer-fault"``). The CLI prints
``error.line()``; the GUI shows ``error.message``, ``error.hint`` and the code apart.
"""

from __future__ import annotations

import re

from station.core.events import Stage

# What a code looks like: lowercase words joined by hyphens, e.g. "board-mismatch".
CODE_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


def code_of_class(name: str) -> str:
    """The code an error class gets from its name: ``DuplicateDeviceError`` ->
    ``duplicate-device``, ``Cancelled`` -> ``cancelled``."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+", name)
    if len(words) > 1 and words[-1] == "Error":
        words.pop()
    return "-".join(word.lower() for word in words)


def with_code(text: str, code: str) -> str:
    """``text`` with ``code`` beside it, as every face of the station shows it."""
    return f"{text} [{code}]" if code else text


class StationError(Exception):
    """Base of every error the station reports to a person."""

    default_hint = ""
    code = "station"

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        # Every class has a code of its own, also one written outside the core (a plugin's).
        if "code" not in cls.__dict__:
            cls.code = code_of_class(cls.__name__)

    def __init__(
        self,
        message: str,
        *,
        hint: str = "",
        stage: Stage | None = None,
        code: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint or self.default_hint
        self.stage = stage
        if code:
            if not CODE_PATTERN.match(code):
                raise ValueError(f"{code!r} is not an error code (lowercase words and hyphens)")
            self.code = code

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message

    def line(self) -> str:
        """The error in one line with its code: what the CLI and the log print."""
        return with_code(str(self), self.code)


class ConfigError(StationError):
    """Bad settings, arguments or files given to the station."""

    code = "config"


class ProfileError(ConfigError):
    """A firmware profile that does not validate. ``problems`` holds one line per error."""

    code = "profile"

    def __init__(self, message: str, problems: list[str] | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.problems = problems or [message]


class IdentityError(StationError):
    """A device ID that breaks the DPS registration-ID rules, or no ID to be had."""

    code = "identity"
    default_hint = "check the barcode or the profile's identity rule"


class CredentialError(StationError):
    """Keys, certificates or the TPM could not give a credential."""

    code = "credentials"


class TransportError(StationError):
    """The board could not be reached or did not do what it was asked."""

    code = "transport"
    default_hint = "check the cable and that the board is powered, then try again"


class BoardNotResponding(TransportError):
    """The board stayed silent on its port."""

    code = "board-not-responding"


class BoardMismatch(TransportError):
    """The board on the port is not the kind the profile expects."""

    code = "board-mismatch"
    default_hint = "use the profile made for this board"


class VerificationError(TransportError):
    """What the board holds is not what was written."""

    code = "verify-mismatch"
    default_hint = "the board did not keep its data; retry once, then set it aside"


class ManifestError(StationError):
    """The manifest refused or lost a write."""

    code = "manifest"


class DamagedManifestError(ManifestError):
    """SQLite finds the manifest file damaged (torn pages, a failing disk)."""

    code = "manifest-damaged"


class DuplicateDeviceError(ManifestError):
    """The device ID is already in the manifest."""

    code = "duplicate-device"
    default_hint = "this board was provisioned before; set it aside for an engineer"


class LineError(StationError):
    """The line database could not be reached, or refused a change or a lease."""

    code = "line"
    default_hint = "check the line database settings (station line status) and the network"


class StorageError(StationError):
    """A file the station keeps could not be written: a full disk, a read-only folder."""

    code = "file-not-written"


class Cancelled(StationError):
    """The operator stopped the unit."""

    code = "cancelled"
