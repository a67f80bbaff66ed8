"""The console transport against virtual console boards on real sockets and pseudo-terminals."""

from __future__ import annotations

import datetime
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from station.core.errors import (
    BoardNotResponding,
    Cancelled,
    ConfigError,
    TransportError,
    VerificationError,
)
from station.core.models import BoardPayload, PayloadItem
from station.profiles.kinds import transport_for
from station.profiles.model import Profile
from station.simulation.console_board import VirtualConsoleBoard
from station.simulation.serving import ServedBoard
from station.transports.console import ConsoleLink, ConsoleTransport
from station.transports.ports import list_ports, open_port

QUICK = 0.4  # reply timeout for the fault tests, so a silent board fails soon


def _pem_chain(count: int = 6) -> bytes:
    """A few real self-signed certificates, about 3 KB of PEM."""
    start = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    pems = []
    for n in range(count):
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, f"test-ca-{n}")])
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(start + datetime.timedelta(days=3650))
            .sign(key, hashes.SHA256())
        )
        pems.append(cert.public_bytes(serialization.Encoding.PEM))
    return b"".join(pems)


CHAIN = _pem_chain()

PAYLOAD = BoardPayload(
    namespace="dps",
    items=(
        PayloadItem("scope_id", "string", "0ne0012ABCD"),
        PayloadItem("device_id", "string", "acme-0291d8cdc310"),
        PayloadItem("port", "u16", 8883),
        PayloadItem("offset", "i32", -5),
        PayloadItem("chain_pem", "blob", CHAIN),
    ),
)


def _total(payload: BoardPayload) -> int:
    """Progress counts value bytes: text and blobs by length, integers by width."""
    total = 0
    for item in payload.items:
        if isinstance(item.value, int):
            total += int(item.kind[1:]) // 8
        else:
            total += len(item.value.encode() if isinstance(item.value, str) else item.value)
    return total


def _profile(**transport: object) -> Profile:
    return Profile.model_validate(
        {
            "schema_version": 1,
            "id": "acme-console",
            "name": "ACME console board",
            "board": {"type": "virtual-console"},
            "transport": {"kind": "console", "timeout_s": 2.0, **transport},
            "identity": {"rule": "mac", "prefix": "acme"},
            "attestation": {"allowed": ["x509-group"]},
            "storage": {"namespace": "dps", "items": [{"key": "scope_id", "source": "scope_id"}]},
        }
    )


class Recorder:
    def __init__(self) -> None:
        self.progress: list[tuple[int, int]] = []
        self.log: list[str] = []

    def on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.append((done, total))

    def on_log(self, line: str) -> None:
        self.log.append(line)


def _link(served: ServedBoard, timeout: float = 2.0, **options: object) -> ConsoleLink:
    """A link as ConsoleTransport makes one: it can open the port again."""

    def reopen() -> serial.SerialBase:
        return open_port(served.url, 115200, 0.05)

    options.setdefault("reopen", reopen)
    return ConsoleLink(reopen(), served.url, timeout=timeout, **options)


@pytest.fixture
def board() -> VirtualConsoleBoard:
    return VirtualConsoleBoard(seed="transport-tests")


@pytest.fixture
def served(board: VirtualConsoleBoard) -> Iterator[ServedBoard]:
    with board.serve_tcp() as running:
        yield running


def _provision(link: ConsoleLink, payload: BoardPayload = PAYLOAD) -> Recorder:
    seen = Recorder()
    link.write(payload, seen.on_progress, seen.on_log)
    link.verify(payload, seen.on_progress, seen.on_log)
    link.finish()
    return seen


def test_payload_written_verified_and_committed_over_a_socket(
    board: VirtualConsoleBoard, served: ServedBoard
) -> None:
    assert len(CHAIN) > 2500
    with _link(served) as link:
        info = link.identify()
        seen = _provision(link)
    assert info.port == served.url
    assert info.board_type == "virtual-console"
    assert info.serial == board.serial
    assert info.mac == board.mac and len(info.mac) == 12
    assert board.committed == {"dps": PAYLOAD.as_dict()}
    assert board.reboots == 1
    total = _total(PAYLOAD)
    assert seen.progress[0] == (0, total)
    assert (total, total) in seen.progress
    write_part = seen.progress[: seen.progress.index((total, total)) + 1]
    assert [done for done, _ in write_part] == sorted(done for done, _ in write_part)
    assert not any("0ne0012ABCD" in line for line in seen.log)  # values never logged


def test_payload_written_over_a_pseudo_terminal(board: VirtualConsoleBoard) -> None:
    with board.serve_pty() as running:
        assert running.device.startswith("/dev/")
        with _link(running) as link:
            assert link.identify().mac == board.mac
            _provision(link)
    assert board.committed == {"dps": PAYLOAD.as_dict()}


def test_long_string_travels_in_chunks_and_reads_back(
    board: VirtualConsoleBoard, served: ServedBoard
) -> None:
    long_text = CHAIN.decode("ascii")
    payload = BoardPayload("certs", (PayloadItem("key_pem", "string", long_text),))
    with _link(served) as link:
        seen = _provision(link, payload)
        assert link.read_value("certs", "key_pem", "string") == long_text
    assert any(line.startswith("BLOB certs/key_pem (string") for line in seen.log)
    assert board.committed == {"certs": {"key_pem": long_text}}


def test_chatter_and_stale_replies_are_ignored() -> None:
    board = VirtualConsoleBoard(chatty=True)
    with board.serve_tcp() as running, _link(running) as link:
        link.identify()
        _provision(link)
    assert board.committed == {"dps": PAYLOAD.as_dict()}


def test_finish_without_reset_commits_only(board: VirtualConsoleBoard, served: ServedBoard) -> None:
    with _link(served, reset_after=False) as link:
        _provision(link)
    assert board.reboots == 0
    assert board.committed["dps"]["port"] == 8883


def test_swap_on_reboot_presents_a_new_unit() -> None:
    board = VirtualConsoleBoard(swap_on_reboot=True, seed=3)
    with board.serve_tcp() as running:
        with _link(running) as link:
            first = link.identify()
            _provision(link)
        with _link(running) as link:
            second = link.identify()
    assert second.mac != first.mac and second.serial != first.serial
    assert board.mac == second.mac
    assert board.committed == {}
    assert board.retired[0].mac == first.mac
    assert board.retired[0].committed == {"dps": PAYLOAD.as_dict()}


def test_same_seed_gives_the_same_units() -> None:
    one, two = VirtualConsoleBoard(seed=42), VirtualConsoleBoard(seed=42)
    assert (one.serial, one.mac) == (two.serial, two.mac)
    assert VirtualConsoleBoard(mac="AA-BB-CC-00-11-22").mac == "aabbcc001122"


def test_silent_board_is_not_responding_and_names_the_port(
    board: VirtualConsoleBoard, served: ServedBoard
) -> None:
    board.fault = "silent"
    with _link(served, timeout=QUICK) as link, pytest.raises(BoardNotResponding) as caught:
        link.identify()
    assert served.url in caught.value.message
    assert "factory firmware" in caught.value.hint


def test_board_falling_silent_mid_write_names_what_was_being_done(
    board: VirtualConsoleBoard, served: ServedBoard
) -> None:
    with _link(served, timeout=QUICK) as link:
        link.identify()
        board.fault = "silent"
        with pytest.raises(BoardNotResponding, match="while opening the transaction"):
            link.write(PAYLOAD, lambda *_: None, lambda _: None)


def test_a_version_1_board_falling_silent_mid_write_names_the_key() -> None:
    board = VirtualConsoleBoard(protocol=1)
    with board.serve_tcp() as running, _link(running, timeout=QUICK) as link:
        link.identify()
        board.fault = "silent"
        with pytest.raises(BoardNotResponding, match="writing scope_id"):
            link.write(PAYLOAD, lambda *_: None, lambda _: None)


def test_garbage_is_reported_with_what_came_back(
    board: VirtualConsoleBoard, served: ServedBoard
) -> None:
    board.fault = "garbage"
    with _link(served, timeout=QUICK) as link, pytest.raises(TransportError) as caught:
        link.identify()
    error = caught.value
    assert not isinstance(error, BoardNotResponding)
    assert "not the console protocol" in error.message
    assert "\\xff" in error.message  # the noise, escaped
    assert served.url in error.message
    assert "baud" in error.hint


def test_disconnect_during_blob_names_port_and_key(
    board: VirtualConsoleBoard, served: ServedBoard
) -> None:
    board.fault = "disconnect-mid-write"
    board.fault_after_sets = 10
    with _link(served) as link:
        link.identify()
        with pytest.raises(TransportError) as caught:
            link.write(PAYLOAD, lambda *_: None, lambda _: None)
    assert caught.value.message == f"the board on {served.url} went away while writing chain_pem"
    assert board.committed == {}


def test_disconnect_after_some_sets_names_the_key(board: VirtualConsoleBoard) -> None:
    board.fault = "disconnect-mid-write"
    board.fault_after_sets = 1
    with board.serve_pty() as running, _link(running) as link:
        link.identify()
        with pytest.raises(TransportError, match="went away while writing device_id"):
            link.write(PAYLOAD, lambda *_: None, lambda _: None)


def test_corrupt_storage_fails_verification_naming_the_key(
    board: VirtualConsoleBoard, served: ServedBoard
) -> None:
    board.fault = "corrupt"
    with _link(served) as link:
        link.identify()
        link.write(PAYLOAD, lambda *_: None, lambda _: None)
        with pytest.raises(VerificationError, match="different value for scope_id"):
            link.verify(PAYLOAD, lambda *_: None, lambda _: None)


def test_missing_key_fails_verification(served: ServedBoard) -> None:
    with _link(served) as link, pytest.raises(VerificationError, match="does not hold scope_id"):
        link.verify(PAYLOAD, lambda *_: None, lambda _: None)


def test_rejected_set_names_the_key_and_the_reason(
    board: VirtualConsoleBoard, served: ServedBoard
) -> None:
    board.fault = "reject"
    with _link(served) as link, pytest.raises(TransportError) as caught:
        link.write(PAYLOAD, lambda *_: None, lambda _: None)
    assert "refused scope_id" in caught.value.message
    assert "REJECTED" in caught.value.message
    assert "set the board aside" in caught.value.hint


def test_a_stop_request_cancels_between_chunks(served: ServedBoard) -> None:
    seen = Recorder()

    def stop_after_first_chunk() -> bool:
        return any(done > 100 for done, _ in seen.progress)

    with _link(served, should_stop=stop_after_first_chunk) as link:
        with pytest.raises(Cancelled, match="writing"):
            link.write(PAYLOAD, seen.on_progress, seen.on_log)
    assert seen.progress[-1][0] < _total(PAYLOAD)


def test_values_that_do_not_fit_their_type_are_refused_before_writing(
    board: VirtualConsoleBoard, served: ServedBoard
) -> None:
    payload = BoardPayload("dps", (PayloadItem("ok", "u8", 1), PayloadItem("level", "u8", 300)))
    with _link(served) as link, pytest.raises(ConfigError, match="level"):
        link.write(payload, lambda *_: None, lambda _: None)
    assert board.staged == {}


def test_tpm_commands_are_relayed() -> None:
    board = VirtualConsoleBoard(tpm_backend=lambda command: b"\x80\x01" + command[::-1])
    with board.serve_tcp() as running, _link(running) as link:
        assert link.tpm(b"\x01\x02\x03") == b"\x80\x01\x03\x02\x01"
        assert link.hello is not None and link.hello.tpm


def test_tpm_on_a_board_without_one_is_an_error(served: ServedBoard) -> None:
    with _link(served) as link, pytest.raises(TransportError, match="has no TPM"):
        link.tpm(b"\x80\x01")


def test_transport_from_the_profile_opens_a_socket_url(
    board: VirtualConsoleBoard, served: ServedBoard, tmp_path: Path
) -> None:
    transport = transport_for(_profile(), tmp_path)
    assert isinstance(transport, ConsoleTransport)
    with transport.open(served.url) as link:
        assert link.identify().serial == board.serial
        _provision(link)
    assert board.committed == {"dps": PAYLOAD.as_dict()}


def test_transport_refuses_a_profile_of_another_kind() -> None:
    console = _profile()
    other = console.transport.model_copy(update={"kind": "esptool-nvs"})
    profile = console.model_copy(update={"transport": other})
    with pytest.raises(ConfigError, match="not console"):
        ConsoleTransport(profile)


def test_a_port_held_by_another_program_is_busy(board: VirtualConsoleBoard) -> None:
    with board.serve_pty() as running:
        first = open_port(running.device, 115200, 0.05)
        try:
            with pytest.raises(TransportError) as caught:
                open_port(running.device, 115200, 0.05)
        finally:
            first.close()
    assert "in use by another program" in caught.value.message
    assert "close" in caught.value.hint


def test_a_missing_port_lists_the_ports_present(tmp_path: Path) -> None:
    missing = str(tmp_path / "ttyUSB9")
    with pytest.raises(TransportError) as caught:
        open_port(missing, 115200, 0.05)
    assert caught.value.message == f"there is no port {missing}"
    assert "ports present now" in caught.value.hint


def test_nothing_listening_at_a_socket_url() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    url = f"socket://127.0.0.1:{free_port}"
    with pytest.raises(TransportError) as caught:
        open_port(url, 115200, 0.05)
    assert url in caught.value.message
    assert "virtual board" in caught.value.hint


def test_a_malformed_url_is_explained() -> None:
    with pytest.raises(TransportError, match="cannot open port"):
        open_port("socket://nowhere", 115200, 0.05)


def test_list_ports_returns_port_infos() -> None:
    for info in list_ports():
        assert info.device
