"""What a firmware team meets, through the real transport over TCP: storage that
corrupts after COMMIT, a lost COMMIT reply, lines the board cannot read,
prompts without a line feed, bootloader chatter, a slow boot, small limits
and error codes of the board's own."""

from __future__ import annotations

import pytest

from station.core.errors import (
    BoardMismatch,
    BoardNotResponding,
    TransportError,
    VerificationError,
)
from station.simulation.console_board import VirtualConsoleBoard
from station.transports.console import ConsoleLink
from station.transports.ports import open_port
from tests.test_console_transport import CHAIN, PAYLOAD, QUICK, Recorder, _link, _provision

BOTH = pytest.mark.parametrize("protocol", [1, 2])


def _write_and_verify(link: ConsoleLink) -> Recorder:
    seen = Recorder()
    link.write(PAYLOAD, seen.on_progress, seen.on_log)
    link.verify(PAYLOAD, seen.on_progress, seen.on_log)
    return seen


# -- verification reads storage, after COMMIT ------------------------------------------


@BOTH
def test_storage_that_corrupts_after_commit_fails_verification(protocol: int) -> None:
    board = VirtualConsoleBoard(protocol=protocol, commit_fault="corrupt-after-commit")
    with board.serve_tcp() as served, _link(served) as link:
        link.identify()
        with pytest.raises(VerificationError) as caught:
            _write_and_verify(link)
    error = caught.value
    assert "stored a different value for chain_pem than it was sent" in error.message
    assert "storage" in error.hint
    assert board.committed["dps"]["chain_pem"] != CHAIN  # what the board really keeps


# -- a lost COMMIT reply: the station asks the board what it stores ------------------


@BOTH
def test_a_lost_commit_reply_after_the_values_were_stored_passes(protocol: int) -> None:
    board = VirtualConsoleBoard(protocol=protocol, commit_fault="commit-reply-lost")
    with board.serve_tcp() as served, _link(served, timeout=QUICK) as link:
        link.identify()
        seen = _write_and_verify(link)
        link.finish()
    assert any(line.startswith("COMMIT unanswered") for line in seen.log)
    assert "the board holds this unit's values: its COMMIT took effect, the reply was lost" in (
        seen.log
    )
    assert board.committed == {"dps": PAYLOAD.as_dict()}


@BOTH
def test_a_lost_commit_that_stored_nothing_fails(protocol: int) -> None:
    board = VirtualConsoleBoard(protocol=protocol, commit_fault="commit-lost")
    with board.serve_tcp() as served, _link(served, timeout=QUICK) as link:
        link.identify()
        with pytest.raises(VerificationError) as caught:
            _write_and_verify(link)
    message = caught.value.message
    assert "did not answer COMMIT" in message
    assert "does not hold this unit's values" in message
    assert board.committed == {}


@BOTH
def test_a_board_dropping_off_after_commit_is_reached_again_on_a_new_connection(
    protocol: int,
) -> None:
    board = VirtualConsoleBoard(protocol=protocol, commit_fault="commit-then-disconnect")
    with board.serve_tcp() as served, _link(served) as link:
        link.identify()
        seen = _write_and_verify(link)
        board.commit_fault = None
        link.finish()
    assert any("went away while committing" in line for line in seen.log)
    assert board.committed == {"dps": PAYLOAD.as_dict()}


def test_a_board_that_cannot_be_reached_again_is_reported_unsettled() -> None:
    board = VirtualConsoleBoard(commit_fault="commit-then-disconnect")
    with board.serve_tcp() as served, _link(served, reopen=None) as link:
        link.identify()
        with pytest.raises(TransportError) as caught:
            _write_and_verify(link)
    error = caught.value
    assert "did not answer COMMIT" in error.message
    assert "could not be asked again what it stores" in error.message
    assert "may hold this unit's credentials" in error.hint


def test_another_board_answering_after_a_lost_commit_settles_nothing() -> None:
    board = VirtualConsoleBoard(protocol=1, commit_fault="commit-reply-lost", swap_on_reboot=True)
    with board.serve_tcp() as served, _link(served, timeout=QUICK) as link:
        link.identify()
        with pytest.raises(TransportError) as caught:
            _write_and_verify(link)
    assert "another board" in caught.value.message
    assert "may hold this unit's credentials" in caught.value.hint


# -- lines the board cannot read: sequence 0, or the request's own SEQ ------------------


def test_a_sequence_0_error_answers_the_request_at_once() -> None:
    # A version 1 board that takes 300-byte lines but announces no limit (1024 assumed).
    board = VirtualConsoleBoard(protocol=1, line_limit=300, announced_line=0)
    with board.serve_tcp() as served, _link(served) as link:
        link.identify()
        with pytest.raises(TransportError) as caught:
            link.write(PAYLOAD, lambda *_: None, lambda _: None)
    error = caught.value
    assert not isinstance(error, BoardNotResponding)
    assert "could not read the request while writing chain_pem" in error.message
    assert "line over 300 bytes (TOO_LONG)" in error.message
    assert "real limits in HELLO" in error.hint


def test_a_version_2_board_answers_an_unreadable_line_with_its_seq() -> None:
    board = VirtualConsoleBoard(line_limit=300, announced_line=1024)
    with board.serve_tcp() as served, _link(served) as link:
        link.identify()
        with pytest.raises(TransportError, match="refused chain_pem: line over 300 bytes"):
            link.write(PAYLOAD, lambda *_: None, lambda _: None)


def test_sequence_0_answers_to_leftovers_before_hello_are_passed_over() -> None:
    board = VirtualConsoleBoard()
    with board.serve_tcp() as served:
        port = open_port(served.url, 115200, 0.05)
        port.write(b"half a line from the last session")  # the station's LF ends it
        with ConsoleLink(port, served.url, timeout=2.0) as link:
            assert link.identify().mac == board.mac
            _provision(link)
    assert board.committed == {"dps": PAYLOAD.as_dict()}


# -- what a firmware prints around its replies ----------------------------------------------


@BOTH
def test_a_prompt_without_a_line_feed_does_not_hide_the_replies(protocol: int) -> None:
    board = VirtualConsoleBoard(protocol=protocol, prompt="factory> ")
    with board.serve_tcp() as served, _link(served) as link:
        link.identify()
        _provision(link)
    assert board.committed == {"dps": PAYLOAD.as_dict()}


def test_bootloader_chatter_and_a_prompt_are_passed_over() -> None:
    board = VirtualConsoleBoard(boot_chatter=True, prompt="nsh> ", chatty=True)
    with board.serve_tcp() as served, _link(served) as link:
        assert link.identify().serial == board.serial
        _provision(link)
    assert board.committed == {"dps": PAYLOAD.as_dict()}


def test_boot_time_is_not_counted_in_hellos_window() -> None:
    # The board needs three windows to boot, printing a line at least every half window.
    window = 0.3
    board = VirtualConsoleBoard(boot_s=3 * window, boot_chatter=True, seed="slow")
    assert board.boot_s / len(board.banner()) <= window / 2
    with board.serve_tcp() as served:
        with _link(served, timeout=window) as link:
            assert link.identify().mac == board.mac
            _provision(link)  # ends with REBOOT, and a slow boot again
            assert link.read_value("dps", "device_id", "string") == "acme-0291d8cdc310"
    assert board.committed == {"dps": PAYLOAD.as_dict()}


# -- limits the board announces -------------------------------------------------------------


@pytest.mark.parametrize(
    ("limits", "reason"),
    [
        ({"value_limit": 1024}, f"chain_pem has {len(CHAIN)} bytes; it takes 1024 at most"),
        ({"key_limit": 3}, "5 keys; it holds 3 at most"),
        ({"stage_limit": 2000}, "bytes in all; it stages 2000 at most"),
    ],
)
def test_a_payload_over_the_announced_limits_is_refused_before_writing(
    limits: dict[str, int], reason: str
) -> None:
    board = VirtualConsoleBoard(**limits)  # type: ignore[arg-type]
    with board.serve_tcp() as served, _link(served) as link:
        link.identify()
        with pytest.raises(BoardMismatch) as caught:
            link.write(PAYLOAD, lambda *_: None, lambda _: None)
    assert reason in caught.value.message
    assert "smaller buffers" in caught.value.hint
    assert board.received == []


def test_a_payload_within_small_limits_goes_through() -> None:
    board = VirtualConsoleBoard(
        value_limit=len(CHAIN), key_limit=5, stage_limit=len(CHAIN) + 40, line_limit=256, chunk=64
    )
    with board.serve_tcp() as served, _link(served) as link:
        link.identify()
        _provision(link)
    assert board.committed == {"dps": PAYLOAD.as_dict()}


# -- error codes: the protocol's, and the board's own ---------------------------------------


def test_a_code_of_the_boards_own_is_reported_as_the_boards_with_its_text() -> None:
    board = VirtualConsoleBoard(
        fault="reject", reject_with=("ACME_FLASH_LOCKED", "flash is write-protected")
    )
    with board.serve_tcp() as served, _link(served) as link, pytest.raises(
        TransportError
    ) as caught:
        link.write(PAYLOAD, lambda *_: None, lambda _: None)
    error = caught.value
    assert error.message.endswith(
        "refused scope_id with an error of its own, ACME_FLASH_LOCKED: flash is write-protected"
    )
    assert "the board's own" in error.hint
    assert "does not follow" not in error.hint


def test_a_link_error_points_at_the_cable() -> None:
    board = VirtualConsoleBoard(fault="reject", reject_with=("CRC", "chunk damaged"))
    with board.serve_tcp() as served, _link(served) as link, pytest.raises(
        TransportError
    ) as caught:
        link.write(PAYLOAD, lambda *_: None, lambda _: None)
    assert "(CRC)" in caught.value.message
    assert "cable" in caught.value.hint
