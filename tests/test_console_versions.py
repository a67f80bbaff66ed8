"""Version negotiation and what COMMIT leaves on a board, through the real transport over TCP.

The station speaks version 2 to a board that announces it, whose COMMIT
replaces the namespace's stored set, and version 1 to an old board, which
cannot remove a key: such a board holding keys the new unit leaves out is
refused before anything is written.
"""

from __future__ import annotations

import pytest

from station.core.errors import TransportError, VerificationError
from station.core.models import BoardPayload, PayloadItem
from station.simulation.console_board import VirtualConsoleBoard
from station.simulation.console_session import StoredValue
from station.transports.console import ConsoleLink
from tests.test_console_transport import CHAIN, PAYLOAD, Recorder, _link

# The keys demo-console may store, as ConsoleTransport hands them to a link.
PROFILE_KEYS = (
    "scope_id", "device_id", "dps_endpoint", "sas_key", "sas_key_sec",
    "cert_pem", "key_pem", "chain_pem", "model_id",
)
COMMON = (
    PayloadItem("scope_id", "string", "0ne0012ABCD"),
    PayloadItem("device_id", "string", "acme-0291d8cdc310"),
    PayloadItem("dps_endpoint", "string", "global.azure-devices-provisioning.net"),
)
X509 = BoardPayload(
    "dps",
    (
        *COMMON,
        PayloadItem("cert_pem", "blob", CHAIN[:1500] + b"\0"),
        PayloadItem("key_pem", "blob", b"-----BEGIN PRIVATE KEY-----\nMIGH...\n" + b"\0"),
        PayloadItem("chain_pem", "blob", CHAIN[1500:] + b"\0"),
    ),
)
SAS = BoardPayload("dps", (*COMMON, PayloadItem("sas_key", "string", "c2FzIGtleQ==")))


def _provision(link: ConsoleLink, payload: BoardPayload) -> Recorder:
    seen = Recorder()
    link.write(payload, seen.on_progress, seen.on_log)
    link.verify(payload, seen.on_progress, seen.on_log)
    link.finish()
    return seen


def test_the_station_speaks_version_2_to_a_board_that_announces_it() -> None:
    board = VirtualConsoleBoard(seed="v2")
    with board.serve_tcp() as served, _link(served) as link:
        link.identify()
        hello = link.hello
        seen = _provision(link, PAYLOAD)
    assert hello is not None and hello.protocol == 2
    assert (hello.value_limit, hello.key_limit) == (board.value_limit, board.key_limit)
    assert "BEGIN dps" in seen.log
    assert "LIST dps: 5 keys, none left over" in seen.log
    assert board.committed == {"dps": PAYLOAD.as_dict()}


def test_the_station_speaks_version_1_to_an_old_board() -> None:
    board = VirtualConsoleBoard(seed="v1", protocol=1)
    with board.serve_tcp() as served, _link(served) as link:
        link.identify()
        hello = link.hello
        seen = _provision(link, PAYLOAD)
    assert hello is not None and hello.protocol == 1
    assert hello.value_limit is None
    assert not any(line.startswith(("BEGIN", "LIST")) for line in seen.log)
    # Version 1 reads back what is staged, and after COMMIT what is stored.
    assert "GET dps/chain_pem: staged, matches" in seen.log
    assert "GET dps/chain_pem: stored, matches" in seen.log
    assert board.committed == {"dps": PAYLOAD.as_dict()}


@pytest.mark.parametrize("protocol", [1, 2])
def test_a_board_reprovisioned_in_the_same_mode_takes_the_new_values(protocol: int) -> None:
    board = VirtualConsoleBoard(seed="same-mode", protocol=protocol)
    renewed = BoardPayload("dps", (*COMMON, PayloadItem("sas_key", "string", "bmV3IGtleQ==")))
    with board.serve_tcp() as served:
        for payload in (SAS, renewed):
            with _link(served, profile_keys=PROFILE_KEYS) as link:
                _provision(link, payload)
    assert board.committed == {"dps": renewed.as_dict()}


def test_x509_to_sas_group_leaves_no_certificate_or_key_on_a_version_2_board() -> None:
    board = VirtualConsoleBoard(seed="x509-to-sas")
    with board.serve_tcp() as served:
        with _link(served, profile_keys=PROFILE_KEYS) as link:
            _provision(link, X509)
        assert set(board.committed["dps"]) >= {"cert_pem", "key_pem", "chain_pem"}
        with _link(served, profile_keys=PROFILE_KEYS) as link:
            seen = _provision(link, SAS)
            assert link.stored_keys("dps") == ("scope_id", "device_id", "dps_endpoint", "sas_key")
    stored = board.committed["dps"]
    assert stored == SAS.as_dict()
    assert not {"cert_pem", "key_pem", "chain_pem"} & set(stored)
    assert "LIST dps: 4 keys, none left over" in seen.log


def test_a_firmware_whose_commit_keeps_old_keys_fails_verification() -> None:
    """A common firmware bug: staging starts as a copy of what is stored."""
    board = VirtualConsoleBoard(seed="merging-firmware")
    with board.serve_tcp() as served:
        with _link(served) as link:
            _provision(link, X509)
        old_cert = board.store["dps"]["cert_pem"]
        with _link(served) as link:
            link.write(SAS, lambda *_: None, lambda _: None)
            with board.lock:
                board.staging["dps"]["cert_pem"] = old_cert
            with pytest.raises(VerificationError) as caught:
                link.verify(SAS, lambda *_: None, lambda _: None)
    assert "still holds cert_pem beside this unit's values" in caught.value.message
    assert "COMMIT does not replace" in caught.value.hint


def test_a_version_1_board_holding_another_modes_keys_is_refused_before_writing() -> None:
    board = VirtualConsoleBoard(seed="old-x509", protocol=1)
    with board.serve_tcp() as served:
        with _link(served, profile_keys=PROFILE_KEYS) as link:
            _provision(link, X509)
        before = board.committed
        received = len(board.received)
        with _link(served, profile_keys=PROFILE_KEYS) as link, pytest.raises(
            TransportError
        ) as caught:
            link.write(SAS, lambda *_: None, lambda _: None)
    error = caught.value
    assert "still holds cert_pem, key_pem, chain_pem from an earlier provisioning" in error.message
    assert "console protocol 1 cannot remove them" in error.message
    assert "console protocol 2" in error.hint
    assert len(board.received) == received  # nothing was sent
    assert board.committed == before


def test_a_version_1_board_with_empty_leftovers_counts_as_clean() -> None:
    board = VirtualConsoleBoard(seed="old-empty", protocol=1)
    empty = StoredValue("blob", b"")
    board.store = {"dps": {"cert_pem": empty, "key_pem": empty}}
    with board.serve_tcp() as served, _link(served, profile_keys=PROFILE_KEYS) as link:
        seen = _provision(link, SAS)
    assert "console protocol 1: the board holds no keys this unit leaves out" in seen.log
    assert board.committed["dps"]["sas_key"] == "c2FzIGtleQ=="
