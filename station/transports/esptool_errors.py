"""Turn esptool's failures into station errors a line worker can act on.

esptool raises ``FatalError`` with a message meant for a developer at a
terminal (and pyserial raises ``SerialException`` / ``OSError`` underneath).
``translate_esptool_error`` reads those and returns the station error that
says what happened to *this* board on *this* port and what to do about it.
"""

from __future__ import annotations

import re

from serial import SerialException

from station.core.errors import (
    BoardMismatch,
    BoardNotResponding,
    StationError,
    TransportError,
    VerificationError,
)
from station.core.events import Stage
from station.transports.esptool_api import FatalError

BOOT_HINT = "hold BOOT, tap EN, try again"


class PortUnavailable(TransportError):
    """The port could not be opened: missing, busy, or not ours to open."""


class BoardNotInDownloadMode(BoardNotResponding):
    """The port opened but the ROM bootloader never answered its sync."""

    default_hint = BOOT_HINT


class BoardWentAway(TransportError):
    """The board stopped answering part-way through a job."""

    default_hint = "check the cable, put the board back in download mode and provision it again"


class FlashTooSmall(BoardMismatch):
    """The board's flash is smaller than the profile's layout needs."""

    default_hint = "use a board with more flash, or the profile made for this one"


class ImageMissing(BoardMismatch):
    """A module the profile expects pre-flashed does not hold the image."""

    default_hint = (
        "this board needs a module pre-flashed with the profile's image; set it aside"
    )


# Matched against pyserial's own words (esptool adds "the port is busy or doesn't
# exist" to every failure to open, which says nothing about which it was).
_OPEN_PROBLEMS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(r"permission denied|errno 13\b", re.I),
        "the station may not open {port}",
        "add the station's user to the dialout group, log out and in again",
    ),
    (
        re.compile(r"connection refused|errno 111\b", re.I),
        "nothing answers at {port}",
        "start the virtual board, or check the address and port number",
    ),
    (
        re.compile(r"no such file|errno 2\b|filenotfound|cannot find|errno 19\b", re.I),
        "there is no port {port}",
        "plug the board in, or pick the port it shows up on",
    ),
    (
        re.compile(
            r"exclusively lock|resource busy|resource temporarily unavailable|"
            r"access is denied|errno 16\b",
            re.I,
        ),
        "{port} is in use by another program",
        "close the other program (serial monitor, IDE) that holds the port",
    ),
)
_ESPTOOL_OPEN_SENTENCE = re.compile(r"the port is busy or doesn't exist\.?", re.I)

_LOST_LINK = re.compile(
    r"socket disconnected|serial data stream stopped|packet content transfer stopped|"
    r"no serial data received|read failed|write failed|device reports readiness|"
    r"input/output error|errno 5\b|lost connection|write timeout",
    re.I,
)
_NO_SYNC = re.compile(r"failed to connect|wrong boot mode|getting no sync reply", re.I)
_BAD_WRITE = re.compile(r"md5 of file does not match|written flash region is empty", re.I)


def first_line(exc: BaseException) -> str:
    """esptool's messages run on with troubleshooting links; keep the first line."""
    text = str(exc).strip()
    return text.splitlines()[0].strip() if text else type(exc).__name__


def translate_esptool_error(
    exc: BaseException,
    port: str,
    *,
    stage: Stage | None = None,
    address: int | None = None,
    region: str = "",
) -> StationError:
    """Return the station error for ``exc`` raised by esptool or pyserial on ``port``.

    ``stage`` is the pipeline stage that was running; ``address`` the flash
    address being written or read, when known, so a lost board can be told
    apart from one that never answered; ``region`` names what was being
    written (e.g. "nvs at 0x9000"). Station errors pass through unchanged.
    """
    if isinstance(exc, StationError):
        return exc
    text = str(exc)
    detail = first_line(exc)

    if "could not open" in text.lower():
        cause = _ESPTOOL_OPEN_SENTENCE.sub("", text)
        for pattern, message, hint in _OPEN_PROBLEMS:
            if pattern.search(cause):
                return PortUnavailable(message.format(port=port), hint=hint, stage=stage)
        return PortUnavailable(
            f"{port} could not be opened ({detail})",
            hint="check that the board is plugged in and no other program uses the port",
            stage=stage,
        )

    if _BAD_WRITE.search(text):
        what = region or "what was written"
        return VerificationError(
            f"the board on {port} did not keep {what}: its flash MD5 after writing differs",
            stage=stage,
        )

    if _NO_SYNC.search(text):
        return BoardNotInDownloadMode(
            f"the board on {port} is not answering in download mode ({detail})", stage=stage
        )

    lost = isinstance(exc, SerialException | OSError) or bool(_LOST_LINK.search(text))
    if lost and address is not None:
        verb = "verifying" if stage is Stage.VERIFY else "writing"
        return BoardWentAway(
            f"the board on {port} went away while {verb} at {address:#010x} ({detail})",
            stage=stage,
        )
    if lost:
        return BoardNotResponding(
            f"the board on {port} stopped answering ({detail})", hint=BOOT_HINT, stage=stage
        )

    if "stub flasher" in text.lower():
        return BoardNotResponding(
            f"the board on {port} did not start the flasher stub ({detail})",
            hint=BOOT_HINT,
            stage=stage,
        )
    if isinstance(exc, FatalError):
        return TransportError(f"esptool failed on {port}: {detail}", stage=stage)
    return TransportError(f"unexpected failure on {port}: {detail}", stage=stage)
