"""esptool's and pyserial's failures, as the messages they really carry, become station errors."""

from __future__ import annotations

import pytest
from serial import SerialException

from station.core.errors import (
    BoardMismatch,
    BoardNotResponding,
    TransportError,
    VerificationError,
)
from station.core.events import Stage
from station.transports.esptool_api import FatalError
from station.transports.esptool_errors import (
    BOOT_HINT,
    BoardNotInDownloadMode,
    BoardWentAway,
    PortUnavailable,
    translate_esptool_error,
)

PORT = "/dev/ttyUSB3"


def _open_failure(cause: str) -> FatalError:
    # The wording of esptool.loader.ESPLoader.__init__ around pyserial's own message.
    return FatalError(f"Could not open {PORT}, the port is busy or doesn't exist.\n({cause})\n")


@pytest.mark.parametrize(
    ("cause", "message", "hint_word"),
    [
        (f"[Errno 13] could not open port {PORT}: [Errno 13] Permission denied: '{PORT}'",
         f"the station may not open {PORT}", "dialout"),
        (f"[Errno 2] could not open port {PORT}: [Errno 2] No such file or directory: '{PORT}'",
         f"there is no port {PORT}", "plug the board in"),
        (f"Could not exclusively lock port {PORT}: [Errno 11] Resource temporarily unavailable",
         f"{PORT} is in use by another program", "close the other program"),
    ],
)
def test_ports_that_will_not_open_say_why(cause: str, message: str, hint_word: str):
    error = translate_esptool_error(_open_failure(cause), PORT, stage=Stage.DETECT)
    assert isinstance(error, PortUnavailable)
    assert error.message == message
    assert hint_word in error.hint
    assert error.stage is Stage.DETECT


def test_no_sync_asks_for_download_mode():
    exc = FatalError(
        "Failed to connect to ESP32: No serial data received.\n"
        "For troubleshooting steps visit: https://docs.espressif.com/..."
    )
    error = translate_esptool_error(exc, PORT)
    assert isinstance(error, BoardNotInDownloadMode)
    assert isinstance(error, BoardNotResponding)
    assert error.hint == BOOT_HINT
    assert "troubleshooting" not in error.message


def test_a_lost_line_while_writing_names_the_address():
    error = translate_esptool_error(
        SerialException("read failed: socket disconnected"), PORT, stage=Stage.WRITE,
        address=0x9000,
    )
    assert isinstance(error, BoardWentAway)
    assert error.message.startswith(f"the board on {PORT} went away while writing at 0x00009000")


def test_a_lost_line_with_no_address_is_a_silent_board():
    error = translate_esptool_error(FatalError("No serial data received."), PORT)
    assert isinstance(error, BoardNotResponding)
    assert error.hint == BOOT_HINT


def test_a_checksum_after_writing_is_a_verification_error():
    error = translate_esptool_error(
        FatalError("MD5 of file does not match data in flash!"), PORT, region="nvs at 0x9000"
    )
    assert isinstance(error, VerificationError)
    assert "nvs at 0x9000" in error.message


def test_other_esptool_failures_keep_their_first_line():
    error = translate_esptool_error(FatalError("Secure Boot detected\nmore text"), PORT)
    assert type(error) is TransportError
    assert error.message == f"esptool failed on {PORT}: Secure Boot detected"


def test_station_errors_pass_through():
    original = BoardMismatch("wrong board")
    assert translate_esptool_error(original, PORT) is original
