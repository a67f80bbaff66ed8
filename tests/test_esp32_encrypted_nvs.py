"""Encrypted NVS: `station provision` writes a virtual ESP32's NVS partition encrypted, with
the unit's own keys in its nvs_keys partition; esptool's command line reads both back and
esp-idf-nvs-partition-gen's own decrypt opens the partition with those keys."""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from esp_idf_nvs_partition_gen import nvs_partition_gen
from esp_secure_cert.tlv_format import tlv_type_t

from station.core.errors import VerificationError
from station.core.models import Attestation, BoardPayload, PayloadItem, UnitStatus
from station.credentials.ca import create_ca, write_ca_files
from station.manifest import Manifest
from station.profiles.loader import inspect_file, load_profile
from station.simulation.esp32 import VirtualEsp32
from station.transports.esp_storage import build_nvs, read_nvs_back
from station.transports.esptool_nvs import EsptoolNvsTransport
from station.transports.nvs_image import (
    NVS_KEYS_LENGTH,
    NVS_KEYS_PARTITION_SIZE,
    parse_nvs_image,
    read_nvs_keys_partition,
)
from station.transports.secure_cert import SECURE_CERT_SIZE, parse_secure_cert_image
from tests.python_runs import read_flash, run

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "firmware_profiles" / "demo-esp32.toml"
SECURE_DEMO = REPO / "firmware_profiles" / "demo-esp32-secure.toml"
SCOPE = "0ne000DE003"
MAC = "24:0a:c4:e2:e0:03"
DEVICE_ID = "esp-240ac4e2e003"
GROUP_KEY = base64.b64encode(hashlib.sha512(b"encrypted nvs group key").digest()).decode()
NVS_AT, NVS_SIZE, KEYS_AT = 0x9000, 0x6000, 0x10000
STORAGE = f"""[storage]
namespace = "dps"
offset = {NVS_AT:#x}
size = {NVS_SIZE:#x}
encrypted = true
keys_offset = {KEYS_AT:#x}
"""


def write_profile(folder: Path, storage: str = STORAGE, profile_id: str = "esp32-enc") -> Path:
    """demo-esp32 with its [storage] section (not its items) replaced."""
    text = DEMO.read_text().replace('id = "demo-esp32"', f'id = "{profile_id}"')
    start = text.index("[storage]\n")
    end = text.index("[[storage.items]]")
    path = folder / f"{profile_id}.toml"
    path.write_text(text[:start] + storage + "\n" + text[end:])
    return path


@pytest.fixture
def board() -> Iterator[str]:
    server = VirtualEsp32(chip="esp32", mac=MAC).serve_tcp()
    try:
        yield server.url
    finally:
        server.stop()




def provision(url: str, home: Path, profile: Path, *extra: str, **env: str) -> None:
    done = run(
        [
            "-m",
            "station",
            "provision",
            "--profile",
            str(profile),
            "--port",
            url,
            "--id-scope",
            SCOPE,
            "--count",
            "1",
            "--no-wait",
            "--manifest",
            str(home / "m.sqlite"),
            *extra,
        ],
        home,
        **env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{DEVICE_ID} provisioned" in done.stdout




def espressif_decrypt(nvs: Path, keys: Path, home: Path) -> dict[str, object]:
    """esp-idf-nvs-partition-gen's decrypt (what `decrypt` on its command line runs), then
    the decrypted partition's namespace "dps"."""
    nvs_partition_gen.decrypt(
        argparse.Namespace(input=str(nvs), key=str(keys), output="plain.bin", outdir=str(home))
    )
    return parse_nvs_image((home / "plain.bin").read_bytes())["dps"]


def manifest_bytes(home: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(home.glob("m.sqlite*")))


def test_a_sas_unit_is_written_encrypted_and_espressifs_decrypt_reads_it(board, tmp_path):
    provision(board, tmp_path, write_profile(tmp_path), STATION_GROUP_KEY=GROUP_KEY)
    nvs = read_flash(board, tmp_path, NVS_AT, NVS_SIZE, "nvs.bin")
    keys = read_flash(board, tmp_path, KEYS_AT, NVS_KEYS_PARTITION_SIZE, "nvs_keys.bin")

    key = read_nvs_keys_partition(keys.read_bytes())  # its CRC holds, as the firmware checks
    assert keys.read_bytes()[NVS_KEYS_LENGTH + 4 :] == b"\xff" * (
        NVS_KEYS_PARTITION_SIZE - NVS_KEYS_LENGTH - 4
    )
    raw = nvs.read_bytes()
    for plain in (DEVICE_ID, SCOPE, "global.azure-devices-provisioning.net"):
        assert plain.encode() not in raw  # nothing readable without the keys

    held = espressif_decrypt(nvs, keys, tmp_path)
    with Manifest.open(tmp_path / "m.sqlite") as manifest:
        unit = manifest.unit(DEVICE_ID)
    assert unit is not None and unit.status is UnitStatus.PROVISIONED
    derived = base64.b64encode(
        hmac.new(base64.b64decode(GROUP_KEY), unit.device_id.encode(), hashlib.sha256).digest()
    ).decode()
    assert held == {
        "scope_id": unit.id_scope,
        "device_id": unit.device_id,
        "dps_endpoint": "global.azure-devices-provisioning.net",
        "sas_key": derived,
    }
    # The keys are not kept: the manifest holds neither them nor the derived key.
    stored = manifest_bytes(tmp_path)
    assert key not in stored and key.hex().encode() not in stored
    assert base64.b64encode(key) not in stored


def test_the_production_demo_profile_puts_certificates_in_esp_secure_cert_and_the_rest_in_encrypted_nvs(  # noqa: E501
    board, tmp_path
):
    ca = create_ca("Encrypted NVS Test Root CA")
    write_ca_files(ca, tmp_path / "ca.pem", tmp_path / "ca.key")
    provision(
        board,
        tmp_path,
        SECURE_DEMO,
        "--attestation",
        "x509-group",
        "--ca-cert",
        str(tmp_path / "ca.pem"),
        "--ca-key",
        str(tmp_path / "ca.key"),
    )
    storage = load_profile(SECURE_DEMO).profile.storage
    assert storage.secure_cert_offset is not None and storage.keys_offset is not None
    nvs = read_flash(board, tmp_path, storage.offset, storage.size, "nvs.bin")
    keys = read_flash(board, tmp_path, storage.keys_offset, NVS_KEYS_PARTITION_SIZE, "k.bin")
    cert = read_flash(board, tmp_path, storage.secure_cert_offset, SECURE_CERT_SIZE, "c.bin")

    with Manifest.open(tmp_path / "m.sqlite") as manifest:
        unit = manifest.unit(DEVICE_ID)
    assert unit is not None and unit.attestation is Attestation.X509_GROUP
    assert espressif_decrypt(nvs, keys, tmp_path) == {
        "scope_id": unit.id_scope,
        "device_id": unit.device_id,
        "dps_endpoint": "global.azure-devices-provisioning.net",
    }
    entries = {(e.type, e.subtype): e.data for e in parse_secure_cert_image(cert.read_bytes())}
    leaf_pem = entries[(int(tlv_type_t.ESP_SECURE_CERT_DEV_CERT_TLV), 0)]
    assert leaf_pem == unit.cert_pem.encode() + b"\0"
    assert entries[(int(tlv_type_t.ESP_SECURE_CERT_CA_CERT_TLV), 0)] == (
        ca.cert_pem().encode() + b"\0"
    )
    key = serialization.load_pem_private_key(
        entries[(int(tlv_type_t.ESP_SECURE_CERT_PRIV_KEY_TLV), 0)][:-1], password=None
    )
    leaf = x509.load_pem_x509_certificate(leaf_pem[:-1])
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    assert key.public_key().public_bytes(*spki) == leaf.public_key().public_bytes(*spki)


# --------------------------------------------------------------------------- per-unit keys


def payload(device_id: str) -> BoardPayload:
    return BoardPayload(
        "dps", (PayloadItem("device_id", "string", device_id), PayloadItem("count", "u32", 7))
    )


def test_each_unit_gets_its_own_keys_and_the_link_verifies_with_the_ones_it_wrote(tmp_path):
    profile = load_profile(write_profile(tmp_path)).profile
    held_keys = []
    for number in range(2):
        esp = VirtualEsp32(chip="esp32", mac=f"24:0a:c4:e2:e1:0{number}")
        server = esp.serve_tcp()
        lines: list[str] = []
        try:
            with EsptoolNvsTransport(profile).open(server.url) as link:
                link.identify()
                link.write(payload(f"esp-{number}"), lambda *a: None, lines.append)
                link.verify(payload(f"esp-{number}"), lambda *a: None, lines.append)
        finally:
            server.stop()
        assert any("decrypted with the nvs_keys partition" in line for line in lines), lines
        key = read_nvs_keys_partition(esp.read_flash(KEYS_AT, NVS_KEYS_PARTITION_SIZE))
        held_keys.append(key)
    assert held_keys[0] != held_keys[1]


def test_the_read_back_refuses_keys_that_do_not_open_the_partition(tmp_path):
    profile = load_profile(write_profile(tmp_path)).profile
    nvs, keys = build_nvs(profile, payload("esp-1"))
    assert read_nvs_back(profile, payload("esp-1"), (nvs, keys)) == (
        "nvs: 2 keys present, decrypted with the nvs_keys partition"
    )
    _, other_keys = build_nvs(profile, payload("esp-1"))
    with pytest.raises(VerificationError, match="fails its CRC"):
        read_nvs_back(profile, payload("esp-1"), (nvs, other_keys))
    broken = bytearray(keys)
    broken[3] ^= 0xFF
    with pytest.raises(VerificationError, match="nvs_keys partition fails its CRC"):
        read_nvs_back(profile, payload("esp-1"), (nvs, bytes(broken)))
    with pytest.raises(VerificationError, match="holds no keys"):
        read_nvs_back(profile, payload("esp-1"), (nvs, b"\xff" * NVS_KEYS_PARTITION_SIZE))


# --------------------------------------------------------------------------- profile checks


def errors(path: Path) -> list[tuple[str, str]]:
    _, found = inspect_file(path)
    return [(p.key, p.message) for p in found if p.severity == "error"]


def test_encryption_needs_a_keys_partition_on_a_sector(tmp_path):
    missing = STORAGE.replace(f"keys_offset = {KEYS_AT:#x}\n", "")
    found = errors(write_profile(tmp_path, missing))
    assert len(found) == 1 and found[0][0] == "storage.keys_offset"
    assert found[0][1].startswith("is required with encrypted = true")

    assert errors(write_profile(tmp_path, STORAGE.replace(f"{KEYS_AT:#x}", "0x10010"))) == [
        (
            "storage.keys_offset",
            "0x10010 is not on a flash sector boundary; allowed: multiples of 0x1000",
        )
    ]


def test_a_keys_partition_over_nvs_is_refused(tmp_path):
    found = errors(write_profile(tmp_path, STORAGE.replace(f"{KEYS_AT:#x}", "0xa000")))
    assert len(found) == 1 and "nvs_keys" in found[0][1] and "overlaps" in found[0][1]


def test_keys_offset_without_encryption_is_a_warning(tmp_path):
    path = write_profile(tmp_path, STORAGE.replace("encrypted = true\n", ""))
    _, found = inspect_file(path)
    assert [(p.key, p.severity) for p in found] == [("storage.keys_offset", "warning")]


def test_encryption_on_a_transport_that_cannot_do_it_is_one_clear_line(tmp_path):
    console = REPO / "firmware_profiles" / "demo-console.toml"
    path = tmp_path / "demo-console.toml"
    path.write_text(console.read_text().replace("[storage]\n", "[storage]\nencrypted = true\n"))
    assert errors(path) == [
        (
            "storage.encrypted",
            "is not read by storage format "
            "'console-store', so it would have no effect; allowed: remove it, "
            "or format nvs or esp_secure_cert",
        )
    ]


def test_a_keys_offset_that_is_not_a_number_says_what_is_allowed(tmp_path):
    found = errors(write_profile(tmp_path, STORAGE.replace(f"{KEYS_AT:#x}", '"0x10000"')))
    assert len(found) == 1 and found[0][0] == "storage.keys_offset"


def test_a_speed_fallback_mid_write_verifies_the_keys_that_were_written(tmp_path):
    """The board resets (the link reconnects) for a slower rate: the unit's keys stay."""
    text = (
        write_profile(tmp_path)
        .read_text()
        .replace("baud = 921600", "baud = 921600\nfallback_bauds = [460800]")
    )
    path = tmp_path / "esp32-enc.toml"
    path.write_text(text)
    profile = load_profile(path).profile
    esp = VirtualEsp32(chip="esp32", mac=MAC, max_baud=460800)
    server = esp.serve_tcp()
    lines: list[str] = []
    try:
        with EsptoolNvsTransport(profile).open(server.url) as link:
            link.identify()
            link.write(payload("esp-1"), lambda *a: None, lines.append)
            link.verify(payload("esp-1"), lambda *a: None, lines.append)
    finally:
        server.stop()
    assert esp.sessions == 2  # reset into the bootloader once, for the slower rate
    assert any("decrypted with the nvs_keys partition" in line for line in lines), lines
