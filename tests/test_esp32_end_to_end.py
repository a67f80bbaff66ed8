"""`station provision` end to end: the command line provisions a virtual ESP32 on a loopback
socket, then esptool's own command line reads the NVS partition back from the board."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from station.core.models import Attestation, UnitStatus
from station.core.pipeline import run_unit
from station.credentials.ca import CertificateAuthority, create_ca, write_ca_files
from station.credentials.providers import JobSecrets
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.profiles.loader import find_profile
from station.simulation.esp32 import VirtualEsp32
from station.simulation.esp32.link import Link
from station.transports.nvs_image import parse_nvs_image
from tests.python_runs import run

REPO = Path(__file__).resolve().parents[1]
SCOPE = "0ne000DE001"
MAC = "24:0a:c4:e2:e0:01"
DEVICE_ID = "esp-240ac4e2e001"
GROUP_KEY = base64.b64encode(hashlib.sha512(b"end-to-end group key").digest()).decode()
NVS_OFFSET, NVS_SIZE = 0x9000, 0x6000


@pytest.fixture
def board_url() -> Iterator[str]:
    board = VirtualEsp32(chip="esp32", mac=MAC)
    server = board.serve_tcp()
    try:
        yield server.url
    finally:
        server.stop()




def provision(url: str, home: Path, *extra: str, **env: str) -> subprocess.CompletedProcess[str]:
    return run(
        ["-m", "station", "provision", "--profile", "demo-esp32", "--port", url,
         "--id-scope", SCOPE, "--count", "1", "--no-wait",
         "--manifest", str(home / "m.sqlite"), *extra],
        home, **env,
    )


def read_nvs_with_esptool(url: str, home: Path) -> dict[str, object]:
    """esptool's command line, as an engineer would run it, reads the partition back."""
    out = home / "out.bin"
    done = run(
        ["-m", "esptool", "--port", url, "--before", "default-reset", "--after", "no-reset",
         "read-flash", hex(NVS_OFFSET), hex(NVS_SIZE), str(out)],
        home,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(out.read_bytes()) == NVS_SIZE
    return parse_nvs_image(out.read_bytes())["dps"]


def manifest_bytes(home: Path) -> bytes:
    """The manifest as it lies on disk, write-ahead log included."""
    return b"".join(path.read_bytes() for path in sorted(home.glob("m.sqlite*")))


def test_provision_writes_the_sas_identity_that_esptool_reads_back(board_url, tmp_path):
    done = provision(board_url, tmp_path, STATION_GROUP_KEY=GROUP_KEY)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{DEVICE_ID} provisioned" in done.stdout
    assert GROUP_KEY not in done.stdout + done.stderr

    held = read_nvs_with_esptool(board_url, tmp_path)
    expected_key = base64.b64encode(
        hmac.new(base64.b64decode(GROUP_KEY), DEVICE_ID.encode(), hashlib.sha256).digest()
    ).decode()
    assert held["scope_id"] == SCOPE
    assert held["device_id"] == DEVICE_ID
    assert held["sas_key"] == expected_key
    assert held["dps_endpoint"] == "global.azure-devices-provisioning.net"

    with Manifest.open(tmp_path / "m.sqlite") as manifest:
        unit = manifest.unit(DEVICE_ID)
        assert unit is not None
        assert unit.status is UnitStatus.PROVISIONED
        assert unit.attestation is Attestation.SAS_GROUP
        assert unit.id_scope == SCOPE
        assert unit.mac == "240ac4e2e001"
        assert unit.chip == "esp32"
        assert unit.port == board_url
        assert [u.device_id for u in manifest.units()] == [DEVICE_ID]
    assert GROUP_KEY.encode() not in manifest_bytes(tmp_path)


def pem_in_blob(blob: object) -> bytes:
    """The PEM text of a blob that must end with exactly one NUL, as mbedTLS parses it."""
    assert isinstance(blob, bytes)
    assert blob.endswith(b"\0") and b"\0" not in blob[:-1]
    return blob[:-1]


def provision_x509_group(url: str, home: Path, ca: CertificateAuthority) -> dict[str, object]:
    """Provision with ``ca`` as the group's CA (its file holds the CA and its issuers) and
    read the board's NVS back with esptool."""
    cert_path, key_path = home / "ca.pem", home / "ca.key"
    write_ca_files(ca, cert_path, key_path)
    done = provision(
        url, home, "--attestation", "x509-group",
        "--ca-cert", str(cert_path), "--ca-key", str(key_path),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return read_nvs_with_esptool(url, home)


def manifest_leaf_pem(home: Path) -> str:
    with Manifest.open(home / "m.sqlite") as manifest:
        unit = manifest.unit(DEVICE_ID)
        assert unit is not None
        assert unit.status is UnitStatus.PROVISIONED
        assert unit.attestation is Attestation.X509_GROUP
        return unit.cert_pem


def test_a_root_group_ca_gives_the_leaf_in_cert_pem_and_the_root_in_chain_pem(board_url, tmp_path):
    ca = create_ca("End-to-end Test Root CA")
    held = provision_x509_group(board_url, tmp_path, ca)
    assert held["device_id"] == DEVICE_ID
    assert held["scope_id"] == SCOPE
    leaf_pem = manifest_leaf_pem(tmp_path)

    # The root signed the leaf: the device presents its leaf alone; the root comes apart.
    assert held["cert_pem"] == leaf_pem.encode() + b"\0"
    assert held["chain_pem"] == ca.cert_pem().encode() + b"\0"

    leaf = x509.load_pem_x509_certificate(pem_in_blob(held["cert_pem"]))
    assert leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == DEVICE_ID
    leaf.verify_directly_issued_by(ca.certificate)  # raises unless the CA signed it
    key_pem = pem_in_blob(held["key_pem"])
    key = serialization.load_pem_private_key(key_pem, password=None)
    public = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    assert key.public_key().public_bytes(*public) == leaf.public_key().public_bytes(*public)
    assert key_pem not in manifest_bytes(tmp_path)


def test_an_intermediate_group_ca_is_presented_with_the_leaf(board_url, tmp_path):
    root = create_ca("End-to-end Test Root CA")
    issuing = create_ca("End-to-end Test Issuing CA", parent=root)
    held = provision_x509_group(board_url, tmp_path, issuing)
    leaf_pem = manifest_leaf_pem(tmp_path)

    assert held["cert_pem"] == (leaf_pem + issuing.cert_pem()).encode() + b"\0"
    assert held["chain_pem"] == root.cert_pem().encode() + b"\0"

    presented = x509.load_pem_x509_certificates(pem_in_blob(held["cert_pem"]))
    leaf = x509.load_pem_x509_certificate(leaf_pem.encode())
    assert presented == [leaf, issuing.certificate]
    roots = x509.load_pem_x509_certificates(pem_in_blob(held["chain_pem"]))
    assert (presented + roots).count(leaf) == 1

    (tmp_path / "root.pem").write_bytes(pem_in_blob(held["chain_pem"]))
    (tmp_path / "untrusted.pem").write_text(issuing.cert_pem())
    (tmp_path / "leaf.pem").write_text(leaf_pem)
    verdict = subprocess.run(
        ["openssl", "verify", "-CAfile", "root.pem", "-untrusted", "untrusted.pem", "leaf.pem"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert verdict.stdout.strip() == "leaf.pem: OK", verdict.stdout + verdict.stderr


def test_the_station_talks_at_the_profiles_baud_rate_once_the_stub_runs(tmp_path, caplog):
    """The ROM is reached at 115200; esptool's CHANGE_BAUDRATE then moves the line to the
    profile's rate, and the board's UART follows it."""
    loaded = find_profile("demo-esp32")
    profile = loaded.profile.model_copy(
        update={"transport": loaded.profile.transport.model_copy(update={"baud": 921600})}
    )
    loaded = replace(loaded, profile=profile)
    plan = build_plan(
        loaded, JobSettings(id_scope=SCOPE), JobSecrets(group_key_b64=GROUP_KEY), counters=None
    )
    board = VirtualEsp32(chip="esp32", mac=MAC)
    rates: list[int] = []
    serve_session = board.run_session

    def run_session(link: Link) -> None:
        try:
            serve_session(link)
        finally:
            rates.append(link.baud)  # the rate the board's UART ended the session at

    board.run_session = run_session  # type: ignore[method-assign]
    caplog.set_level(logging.DEBUG, logger="station.transports.esptool_nvs")
    key = StationKey.generate()
    with board.serve_tcp() as server, Manifest.open(tmp_path / "m.sqlite", key) as store:
        result = run_unit(plan, server.url, store, lambda event: None)
    assert result.ok, result.reason
    assert rates == [921600]  # one connection for the whole unit, at the profile's rate
    assert any("Changing baud rate to 921600" in m for m in caplog.messages)
