"""The esptool + NVS transport against virtual ESP32 boards, driven by the real esptool."""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import serial
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.core.errors import (
    BoardMismatch,
    BoardNotResponding,
    ConfigError,
    TransportError,
    VerificationError,
)
from station.core.models import (
    Attestation,
    BoardInfo,
    BoardPayload,
    Credential,
    DeviceIdentity,
    Job,
    PayloadItem,
    Unit,
)
from station.profiles.loader import load_profile
from station.profiles.model import Profile
from station.profiles.payload import build_payload
from station.simulation.esp32 import VirtualEsp32
from station.transports.esptool_errors import BOOT_HINT, FlashTooSmall, PortUnavailable
from station.transports.esptool_nvs import EsptoolNvsTransport
from station.transports.nvs_image import parse_nvs_image

REPO = Path(__file__).resolve().parents[1]
DEMO_PROFILE = REPO / "firmware_profiles" / "demo-esp32.toml"
MAC = "24:0a:c4:12:34:56"
SCOPE_ID = "0ne0012ABCD"


def make_profile(**changes: Any) -> Profile:
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": "test-esp32",
        "name": "Test ESP32",
        "board": {"type": "virtual-esp32", "chip": "esp32"},
        "transport": {"kind": "esptool-nvs"},
        "identity": {"rule": "mac", "prefix": "esp"},
        "attestation": {"allowed": ["sas-group"]},
        "storage": {
            "namespace": "dps",
            "offset": 0x9000,
            "size": 0x6000,
            "items": [{"key": "device_id", "source": "device_id"}],
        },
        "verify": {"readback": True},
    }
    for section, values in changes.items():
        if isinstance(values, dict):
            data[section] = {**data.get(section, {}), **values}
        else:
            data[section] = values
    return Profile.model_validate(data)


@contextmanager
def served(board: VirtualEsp32) -> Iterator[str]:
    server = board.serve_tcp()
    try:
        yield server.url
    finally:
        server.stop()


def nothing(*_: object) -> None:
    pass


def small_payload(device_id: str = "esp-240ac4123456") -> BoardPayload:
    return BoardPayload("dps", (PayloadItem("device_id", "string", device_id),))


def sas_unit(mac: str) -> Unit:
    device_id = f"esp-{mac}"
    group_key = base64.b64encode(b"g" * 64).decode()
    digest = hmac.new(base64.b64decode(group_key), device_id.encode(), hashlib.sha256).digest()
    return Unit(
        job=Job("job-1", "demo-esp32", SCOPE_ID, Attestation.SAS_GROUP),
        board=BoardInfo(port="", chip="esp32", mac=mac),
        identity=DeviceIdentity(device_id, "mac"),
        credential=Credential(Attestation.SAS_GROUP, sas_primary=base64.b64encode(digest).decode()),
    )


def x509_credential(device_id: str) -> Credential:
    """A real leaf, its key and a CA chain (EC P-256)."""
    now = datetime.datetime.now(datetime.UTC)

    def cert(cn: str, issuer_cn: str, key, signer) -> x509.Certificate:
        return (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer_cn)]))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=1))
            .sign(signer, hashes.SHA256())
        )

    root_key, leaf_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(
        ec.SECP256R1()
    )
    root = cert("Test Root CA", "Test Root CA", root_key, root_key)
    leaf = cert(device_id, "Test Root CA", leaf_key, root_key)
    pem = serialization.Encoding.PEM
    return Credential(
        Attestation.X509_GROUP,
        cert_pem=leaf.public_bytes(pem).decode(),
        key_pem=leaf_key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode(),
        chain_pem=(leaf.public_bytes(pem) + root.public_bytes(pem)).decode(),
    )


# --------------------------------------------------------------------------- the good path


def test_identify_reports_the_chip_mac_and_flash_size():
    board = VirtualEsp32(chip="esp32", mac=MAC, flash_size=8 * 1024 * 1024)
    with served(board) as url, EsptoolNvsTransport(make_profile()).open(url) as link:
        info = link.identify()
    assert info == BoardInfo(
        port=url, board_type="virtual-esp32", chip="esp32", mac="240ac4123456",
        flash_size=8 * 1024 * 1024,
    )


def test_an_open_serial_port_can_be_handed_in():
    board = VirtualEsp32(chip="esp32", mac=MAC)
    with served(board) as url:
        port = serial.serial_for_url(url)
        with EsptoolNvsTransport(make_profile()).open(port) as link:
            assert link.identify().mac == "240ac4123456"
            link.write(small_payload(), nothing, nothing)
            link.verify(small_payload(), nothing, nothing)
            assert link.port == url
        assert not port.is_open


def test_the_board_holds_the_unit_and_the_esptool_command_line_reads_it_back(tmp_path: Path):
    loaded = load_profile(DEMO_PROFILE)
    board = VirtualEsp32(chip="esp32", mac=MAC)
    with served(board) as url:
        link = EsptoolNvsTransport(loaded.profile, loaded.folder).open(url)
        info = link.identify()
        unit = sas_unit(info.mac)
        payload = build_payload(loaded.profile, unit)
        lines: list[str] = []
        link.write(payload, nothing, lines.append)
        link.verify(payload, nothing, lines.append)
        link.finish()
        link.close()

        out = tmp_path / "nvs.bin"
        subprocess.run(
            [sys.executable, "-m", "esptool", "--port", url, "read-flash", "0x9000", "0x6000",
             str(out)],
            cwd=tmp_path, check=True, capture_output=True, text=True,
        )

    held = parse_nvs_image(out.read_bytes())["dps"]
    assert held["scope_id"] == SCOPE_ID
    assert held["device_id"] == "esp-240ac4123456"
    assert held["sas_key"] == unit.credential.sas_primary
    assert held["dps_endpoint"] == "global.azure-devices-provisioning.net"
    assert any("Hash of data verified" in line for line in lines)  # esptool's output reached us
    assert any("read back" in line for line in lines)


def test_x509_blobs_arrive_intact():
    loaded = load_profile(DEMO_PROFILE)
    board = VirtualEsp32(chip="esp32", mac=MAC)
    unit = sas_unit("240ac4123456")
    unit = Unit(unit.job, unit.board, unit.identity, x509_credential(unit.device_id))
    payload = build_payload(loaded.profile, unit)
    with served(board) as url, EsptoolNvsTransport(loaded.profile).open(url) as link:
        link.identify()
        link.write(payload, nothing, nothing)
        link.verify(payload, nothing, nothing)

    held = parse_nvs_image(board.read_flash(0x9000, 0x6000))["dps"]
    # PEM blobs end with one NUL (mbedTLS counts it); the root signed the leaf, so
    # cert_pem is the leaf alone and chain_pem the root.
    c = unit.credential
    assert held["cert_pem"] == c.cert_pem.encode() + b"\0"
    assert held["key_pem"] == c.key_pem.encode() + b"\0"
    assert held["chain_pem"] == c.chain_pem[len(c.cert_pem):].encode() + b"\0"
    assert "sas_key" not in held


def test_progress_counts_bytes_over_all_regions(tmp_path: Path):
    firmware = os.urandom(40_000)
    (tmp_path / "app.bin").write_bytes(firmware)
    profile = make_profile(
        transport={"compress": False},
        images=[{"name": "app", "path": "app.bin", "offset": 0x10000,
                 "sha256": hashlib.sha256(firmware).hexdigest()}],
    )
    board = VirtualEsp32(chip="esp32", mac=MAC)
    writes: list[tuple[int, int, str]] = []
    checks: list[tuple[int, int, str]] = []
    with served(board) as url, EsptoolNvsTransport(profile, tmp_path).open(url) as link:
        link.identify()
        link.write(small_payload(), lambda *p: writes.append(p), nothing)
        link.verify(small_payload(), lambda *p: checks.append(p), nothing)

    written = 0x6000 + len(firmware)
    for seen, total in ((writes, written), (checks, written + 0x6000)):  # + the NVS read-back
        done = [d for d, _, _ in seen]
        assert done == sorted(done)
        assert {t for _, t, _ in seen} == {total}
        assert done[-1] == total
    assert len(writes) > 4  # uncompressed blocks report as they go
    assert any(m.startswith("writing app at 0x10000") for _, _, m in writes)
    assert board.read_flash(0x10000, len(firmware)) == firmware


def test_two_boards_written_at_once_keep_their_progress_apart():
    jobs = {
        "a": (VirtualEsp32(mac="24:0a:c4:00:00:0a"), make_profile(transport={"compress": False})),
        "b": (
            VirtualEsp32(mac="24:0a:c4:00:00:0b"),
            make_profile(transport={"compress": False},
                         storage={"offset": 0x20000, "size": 0x8000}),
        ),
    }
    progress: dict[str, list[tuple[int, int, str]]] = {"a": [], "b": []}
    lines: dict[str, list[str]] = {"a": [], "b": []}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def work(name: str, url: str) -> None:
        board, profile = jobs[name]
        try:
            with EsptoolNvsTransport(profile).open(url) as link:
                link.identify()
                start.wait()
                link.write(small_payload(f"esp-{name}"),
                           lambda *p: progress[name].append(p), lines[name].append)
        except BaseException as exc:  # handed to the test thread
            errors.append(exc)

    with served(jobs["a"][0]) as url_a, served(jobs["b"][0]) as url_b:
        threads = [threading.Thread(target=work, args=("a", url_a)),
                   threading.Thread(target=work, args=("b", url_b))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert errors == []
    assert {t for _, t, _ in progress["a"]} == {0x6000}
    assert {t for _, t, _ in progress["b"]} == {0x8000}
    assert all("0x9000" in m for _, _, m in progress["a"])
    assert all("0x20000" in m for _, _, m in progress["b"])
    assert any("0x00009000" in line for line in lines["a"])
    assert not any("0x00020000" in line for line in lines["a"])
    assert any("0x00020000" in line for line in lines["b"])
    assert not any("0x00009000" in line for line in lines["b"])
    a = parse_nvs_image(jobs["a"][0].read_flash(0x9000, 0x6000))
    b = parse_nvs_image(jobs["b"][0].read_flash(0x20000, 0x8000))
    assert (a["dps"]["device_id"], b["dps"]["device_id"]) == ("esp-a", "esp-b")


# --------------------------------------------------------------------------- refusals


def test_an_image_whose_sum_does_not_match_stops_before_any_board(tmp_path: Path):
    (tmp_path / "app.bin").write_bytes(b"new firmware")
    profile = make_profile(
        images=[{"path": "app.bin", "offset": 0x10000, "sha256": "0" * 64}]
    )
    with pytest.raises(ConfigError, match=r"app.bin does not match.*SHA-256"):
        EsptoolNvsTransport(profile, tmp_path)


def test_a_missing_image_is_named(tmp_path: Path):
    profile = make_profile(images=[{"path": "gone.bin", "offset": 0x10000, "sha256": "0" * 64}])
    with pytest.raises(ConfigError, match="gone.bin.*cannot be read"):
        EsptoolNvsTransport(profile, tmp_path)


def test_a_console_profile_is_not_for_this_transport():
    with pytest.raises(ConfigError, match="uses transport 'console'"):
        EsptoolNvsTransport(make_profile(transport={"kind": "console"}, board={"chip": ""}))


def test_a_payload_that_does_not_fit_touches_nothing():
    board = VirtualEsp32(mac=MAC)
    before = board.read_flash(0x9000, 0x6000)
    huge = BoardPayload("dps", (PayloadItem("blob", "blob", b"\x01" * 0x8000),))
    with served(board) as url, EsptoolNvsTransport(make_profile()).open(url) as link:
        link.identify()
        with pytest.raises(ConfigError, match="does not fit"):
            link.write(huge, nothing, nothing)
    assert board.read_flash(0x9000, 0x6000) == before


def test_another_chip_is_refused_by_name():
    board = VirtualEsp32(chip="esp32c3", mac=MAC)
    with served(board) as url, EsptoolNvsTransport(make_profile()).open(url) as link:
        with pytest.raises(BoardMismatch) as caught:
            link.identify()
    assert caught.value.message == (
        f"the board on {url} is an ESP32-C3, the profile expects an ESP32"
    )


def test_a_layout_past_the_end_of_flash_is_refused():
    board = VirtualEsp32(mac=MAC, flash_size=4 * 1024 * 1024)
    profile = make_profile(storage={"offset": 0x3FD000})
    with served(board) as url, EsptoolNvsTransport(profile).open(url) as link:
        with pytest.raises(FlashTooSmall, match="flash too small for the layout"):
            link.identify()


# --------------------------------------------------------------------------- faults


def test_a_board_not_in_download_mode_gets_the_boot_hint():
    board = VirtualEsp32(mac=MAC, fault="never-sync")
    with served(board) as url:
        link = EsptoolNvsTransport(make_profile(), connect_attempts=1).open(url)
        with pytest.raises(BoardNotResponding) as caught:
            link.identify()
    assert caught.value.hint == BOOT_HINT
    assert url in caught.value.message


def test_a_corrupted_write_is_a_verification_error():
    board = VirtualEsp32(mac=MAC, fault="corrupt-block")
    with served(board) as url, EsptoolNvsTransport(make_profile()).open(url) as link:
        link.identify()
        with pytest.raises(VerificationError, match="did not keep nvs at 0x9000"):
            link.write(small_payload(), nothing, nothing)


def test_flash_changed_after_writing_fails_verify_naming_the_region():
    board = VirtualEsp32(mac=MAC)
    with served(board) as url, EsptoolNvsTransport(make_profile()).open(url) as link:
        link.identify()
        link.write(small_payload(), nothing, nothing)
        board.write_flash(0x9000 + 0x100, b"\x00" * 4)  # a bit of the region changes
        with pytest.raises(VerificationError, match=r"nvs at 0x9000 .* does not match"):
            link.verify(small_payload(), nothing, nothing)


def test_a_board_that_drops_mid_write_is_a_transport_error():
    board = VirtualEsp32(mac=MAC, fault="drop-mid-write", drop_after_blocks=1)
    profile = make_profile(transport={"compress": False})
    with served(board) as url, EsptoolNvsTransport(profile).open(url) as link:
        link.identify()
        with pytest.raises(TransportError, match=r"went away while writing at 0x0000[0-9a-f]{4}"):
            link.write(small_payload(), nothing, nothing)


def test_nothing_listening_on_the_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    link = EsptoolNvsTransport(make_profile()).open(f"socket://127.0.0.1:{port}")
    with pytest.raises(PortUnavailable, match="nothing answers at"):
        link.identify()


def test_a_port_another_program_holds_is_named_busy():
    controller, device = os.openpty()
    path = os.ttyname(device)
    try:
        with serial.Serial(path, exclusive=True):
            link = EsptoolNvsTransport(make_profile()).open(path)
            with pytest.raises(PortUnavailable, match="in use by another program"):
                link.identify()
    finally:
        os.close(controller)
        os.close(device)
