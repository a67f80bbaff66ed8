"""The ``esp_secure_cert`` storage format: `station provision` writes a virtual ESP32's
certificates and key to an esp_secure_cert partition, esptool's command line reads the
flash back, and Espressif's own esp_secure_cert tool parses it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from esp_secure_cert import tlv_parser
from esp_secure_cert.tlv_format import tlv_type_t

from station.core.errors import ConfigError, VerificationError
from station.core.models import Attestation, BoardPayload, PayloadItem, UnitStatus
from station.credentials.ca import CertificateAuthority, create_ca, write_ca_files
from station.manifest import Manifest
from station.profiles.loader import inspect_file, load_profile
from station.simulation.esp32 import VirtualEsp32
from station.transports.esp_storage import build_secure_cert, read_secure_cert_back
from station.transports.esptool_nvs import EsptoolNvsTransport
from station.transports.nvs_image import parse_nvs_image
from station.transports.secure_cert import SECURE_CERT_SIZE, parse_secure_cert_image
from tests.python_runs import read_flash, run

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "firmware_profiles" / "demo-esp32.toml"
SCOPE = "0ne000DE002"
MAC = "24:0a:c4:e2:e0:02"
DEVICE_ID = "esp-240ac4e2e002"
CERT_AT, NVS_AT, NVS_SIZE = 0xD000, 0x10000, 0x6000
TLV_DEV, TLV_CA, TLV_KEY = (
    int(tlv_type_t.ESP_SECURE_CERT_DEV_CERT_TLV),
    int(tlv_type_t.ESP_SECURE_CERT_CA_CERT_TLV),
    int(tlv_type_t.ESP_SECURE_CERT_PRIV_KEY_TLV),
)
STORAGE = f"""[storage]
format = "esp_secure_cert"
secure_cert_offset = {CERT_AT:#x}
namespace = "dps"
offset = {NVS_AT:#x}
size = {NVS_SIZE:#x}
"""


def write_profile(folder: Path, storage: str = STORAGE, profile_id: str = "esp32-cert") -> Path:
    """demo-esp32 with its [storage] section (not its items) replaced."""
    text = DEMO.read_text().replace('id = "demo-esp32"', f'id = "{profile_id}"')
    start = text.index("[storage]\n")
    end = text.index("[[storage.items]]")
    path = folder / f"{profile_id}.toml"
    path.write_text(text[:start] + storage + "\n" + text[end:])
    return path


@pytest.fixture
def board() -> Iterator[tuple[VirtualEsp32, str]]:
    esp = VirtualEsp32(chip="esp32", mac=MAC)
    server = esp.serve_tcp()
    try:
        yield esp, server.url
    finally:
        server.stop()




def provision_x509(url: str, home: Path, profile: Path, ca: CertificateAuthority) -> None:
    write_ca_files(ca, home / "ca.pem", home / "ca.key")
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
            "--attestation",
            "x509-group",
            "--ca-cert",
            str(home / "ca.pem"),
            "--ca-key",
            str(home / "ca.key"),
        ],
        home,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{DEVICE_ID} provisioned" in done.stdout
    assert "TLV" not in done.stdout + done.stderr  # Espressif's tool says nothing of its own




def espressif_entries(path: Path) -> dict[tuple[int, int], bytes]:
    """The partition's entries as Espressif's tlv_parser reads them, each CRC checked."""
    data = path.read_bytes()
    entries: dict[tuple[int, int], bytes] = {}
    offset = 0
    while True:
        header, size = tlv_parser.parse_tlv_header(data, offset)
        if header["magic"] != tlv_parser.ESP_SECURE_CERT_TLV_MAGIC:
            break
        total = tlv_parser.get_tlv_total_length(header)
        footer, _ = tlv_parser.parse_tlv_footer(data, offset + total - 4)
        assert tlv_parser.verify_tlv_integrity(header, data[offset:], footer)[0]
        key = (header["type"], header["subtype"])
        assert key not in entries
        entries[key] = data[offset + size : offset + size + header["length"]]
        offset += total
    return entries


def manifest_unit(home: Path):  # -> Unit
    with Manifest.open(home / "m.sqlite") as manifest:
        unit = manifest.unit(DEVICE_ID)
    assert unit is not None
    assert unit.status is UnitStatus.PROVISIONED
    assert unit.attestation is Attestation.X509_GROUP
    return unit


def pem(blob: bytes) -> bytes:
    assert blob.endswith(b"\0") and b"\0" not in blob[:-1]  # one NUL, as mbedTLS takes it
    return blob[:-1]


# --------------------------------------------------------------------------- the good path


def test_the_certificate_ca_and_key_land_in_esp_secure_cert_as_espressifs_tool_reads_them(
    board, tmp_path: Path
):
    _, url = board
    ca = create_ca("Secure Cert Test Root CA")
    provision_x509(url, tmp_path, write_profile(tmp_path), ca)
    unit = manifest_unit(tmp_path)

    cert_bin = read_flash(url, tmp_path, CERT_AT, SECURE_CERT_SIZE, "esp_secure_cert.bin")
    entries = espressif_entries(cert_bin)
    assert set(entries) == {
        (TLV_DEV, 0),
        (TLV_CA, 0),
        (TLV_KEY, 0),
        (int(tlv_type_t.ESP_SECURE_CERT_INTEGRITY_TLV), 0),
    }
    assert pem(entries[(TLV_DEV, 0)]) == unit.cert_pem.encode()  # the manifest's leaf
    assert pem(entries[(TLV_CA, 0)]) == ca.cert_pem().encode()
    leaf = x509.load_pem_x509_certificate(pem(entries[(TLV_DEV, 0)]))
    leaf.verify_directly_issued_by(ca.certificate)
    key = serialization.load_pem_private_key(pem(entries[(TLV_KEY, 0)]), password=None)
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    assert key.public_key().public_bytes(*spki) == leaf.public_key().public_bytes(*spki)

    # Espressif's parser, run as its command line would, finds every entry valid and the
    # key in the plaintext format esp_secure_cert_get_priv_key() returns.
    done = run(
        [
            "-c",
            "import sys; from esp_secure_cert import tlv_parser; "
            "tlv_parser.process_tlv_entries(sys.argv[1])",
            str(cert_bin),
        ],
        tmp_path,
    )
    assert done.stdout.count("✓ VALID") == 4 and "INVALID" not in done.stdout, done.stdout
    assert "Software-based (Plaintext)" in done.stdout

    # The other values are in NVS, the certificates only in esp_secure_cert.
    nvs = parse_nvs_image(read_flash(url, tmp_path, NVS_AT, NVS_SIZE, "nvs.bin").read_bytes())
    assert nvs["dps"] == {
        "scope_id": SCOPE,
        "device_id": DEVICE_ID,
        "dps_endpoint": "global.azure-devices-provisioning.net",
    }
    assert unit.device_id == DEVICE_ID and unit.id_scope == SCOPE


def test_an_intermediate_ca_is_in_the_device_certificate_entry_and_the_root_in_the_ca_entry(
    board, tmp_path: Path
):
    _, url = board
    root = create_ca("Secure Cert Test Root CA")
    issuing = create_ca("Secure Cert Test Issuing CA", parent=root)
    provision_x509(url, tmp_path, write_profile(tmp_path), issuing)
    unit = manifest_unit(tmp_path)
    entries = espressif_entries(
        read_flash(url, tmp_path, CERT_AT, SECURE_CERT_SIZE, "esp_secure_cert.bin")
    )
    assert pem(entries[(TLV_DEV, 0)]) == (unit.cert_pem + issuing.cert_pem()).encode()
    assert pem(entries[(TLV_CA, 0)]) == root.cert_pem().encode()


# --------------------------------------------------------------------------- read-back


def cert_profile(tmp_path: Path):
    return load_profile(write_profile(tmp_path)).profile


def cert_payload() -> BoardPayload:
    return BoardPayload(
        "dps",
        (
            PayloadItem("device_id", "string", DEVICE_ID),
            PayloadItem(
                "cert_pem",
                "blob",
                b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n\0",
            ),
            PayloadItem(
                "key_pem",
                "blob",
                b"-----BEGIN PRIVATE KEY-----\nBBBB\n-----END PRIVATE KEY-----\n\0",
            ),
        ),
    )


def test_the_read_back_refuses_a_damaged_or_different_partition(tmp_path: Path):
    profile = cert_profile(tmp_path)
    payload = cert_payload()
    cert, nvs = build_secure_cert(profile, payload)
    assert "2 entries match" in read_secure_cert_back(profile, payload, (cert, nvs))

    damaged = bytearray(cert)
    damaged[20] ^= 0x01  # inside the device certificate
    with pytest.raises(VerificationError, match="fails its CRC"):
        read_secure_cert_back(profile, payload, (bytes(damaged), nvs))

    other = BoardPayload("dps", payload.items[:2])  # written without the key
    with pytest.raises(VerificationError, match="holds a private key"):
        read_secure_cert_back(profile, other, (cert, nvs))
    with pytest.raises(VerificationError, match="lacks the private key"):
        read_secure_cert_back(profile, payload, (build_secure_cert(profile, other)[0], nvs))
    with pytest.raises(VerificationError, match="holds no TLV entries"):
        parse_secure_cert_image(b"\xff" * SECURE_CERT_SIZE)


def test_a_secondary_certificate_stays_in_nvs_so_the_firmware_reads_the_primary(tmp_path):
    # esp_secure_cert_get_device_cert() returns the entry of the highest subtype: a
    # secondary there would be taken for the primary.
    profile = cert_profile(tmp_path)
    secondary = b"-----BEGIN CERTIFICATE-----\nCCCC\n-----END CERTIFICATE-----\n\0"
    payload = BoardPayload(
        "dps", (*cert_payload().items, PayloadItem("cert_pem_sec", "blob", secondary))
    )
    cert, nvs = build_secure_cert(profile, payload)
    entries = parse_secure_cert_image(cert)
    assert {e.subtype for e in entries} == {0}
    assert secondary not in [e.data for e in entries]
    assert parse_nvs_image(nvs)["dps"] == {"device_id": DEVICE_ID, "cert_pem_sec": secondary}
    assert "2 entries match" in read_secure_cert_back(profile, payload, (cert, nvs))


def test_the_link_reads_every_partition_back_and_logs_what_matched(tmp_path: Path):
    profile = cert_profile(tmp_path)
    payload = cert_payload()
    esp = VirtualEsp32(chip="esp32", mac=MAC)
    server = esp.serve_tcp()
    lines: list[str] = []
    try:
        with EsptoolNvsTransport(profile).open(server.url) as link:
            link.identify()
            link.write(payload, lambda *a: None, lines.append)
            link.verify(payload, lambda *a: None, lines.append)
    finally:
        server.stop()
    assert any(
        line.startswith("esp_secure_cert, nvs read back:") and "2 entries match" in line
        for line in lines
    ), lines
    entries = parse_secure_cert_image(esp.read_flash(CERT_AT, SECURE_CERT_SIZE))
    assert [(e.type, e.subtype) for e in entries][:2] == [(TLV_DEV, 0), (TLV_KEY, 0)]


def test_certificates_too_big_for_the_partition_fail_before_the_board_is_written(tmp_path):
    profile = cert_profile(tmp_path)
    big = BoardPayload("dps", (PayloadItem("cert_pem", "blob", b"A" * 9000 + b"\0"),))
    esp = VirtualEsp32(chip="esp32", mac=MAC)
    server = esp.serve_tcp()
    try:
        with EsptoolNvsTransport(profile).open(server.url) as link:
            link.identify()
            with pytest.raises(ConfigError) as caught:
                link.write(big, lambda *a: None, lambda line: None)
    finally:
        server.stop()
    assert "do not fit in the 8 KB esp_secure_cert partition" in caught.value.message
    assert "\n" not in str(caught.value)
    assert esp.read_flash(CERT_AT, SECURE_CERT_SIZE) == b"\xff" * SECURE_CERT_SIZE


# --------------------------------------------------------------------------- profile checks


def problems(path: Path) -> list[tuple[str, str, str]]:
    """Every problem ``station profiles check`` reports for the file."""
    _, found = inspect_file(path)
    return [(p.key, p.message, p.severity) for p in found]


def errors(path: Path) -> list[tuple[str, str]]:
    return [(key, message) for key, message, severity in problems(path) if severity == "error"]


def test_the_demo_profile_for_production_storage_is_clean():
    assert problems(REPO / "firmware_profiles" / "demo-esp32-secure.toml") == []


def test_the_partition_must_be_placed_on_a_sector(tmp_path: Path):
    missing = STORAGE.replace(f"secure_cert_offset = {CERT_AT:#x}\n", "")
    found = errors(write_profile(tmp_path, missing))
    assert len(found) == 1 and found[0][0] == "storage.secure_cert_offset"
    assert "is required for format esp_secure_cert" in found[0][1]
    assert "0xd000" in found[0][1]

    unaligned = STORAGE.replace(f"{CERT_AT:#x}", "0xd100")
    assert errors(write_profile(tmp_path, unaligned)) == [
        (
            "storage.secure_cert_offset",
            "0xd100 is not on a flash sector boundary; allowed: multiples of 0x1000",
        )
    ]


def test_the_partition_must_not_overlap_nvs_or_the_partition_table(tmp_path: Path):
    over_nvs = STORAGE.replace(f"{CERT_AT:#x}", "0x11000")
    found = errors(write_profile(tmp_path, over_nvs))
    assert len(found) == 1 and "esp_secure_cert" in found[0][1] and "overlaps" in found[0][1]

    over_table = STORAGE.replace(f"{CERT_AT:#x}", "0x8000")
    found = errors(write_profile(tmp_path, over_table))
    assert len(found) == 1 and "partition table" in found[0][1]


def test_a_transport_that_cannot_write_the_format_is_one_clear_line(tmp_path: Path):
    console = REPO / "firmware_profiles" / "demo-console.toml"
    text = console.read_text().replace("[storage]\n", '[storage]\nformat = "esp_secure_cert"\n')
    path = tmp_path / "demo-console.toml"
    path.write_text(text)
    found = errors(path)
    assert (
        "storage.format",
        "the 'console' transport cannot write 'esp_secure_cert'; allowed: console-store",
    ) in found


def test_a_setting_of_another_format_is_refused(tmp_path: Path):
    plain = STORAGE.replace('format = "esp_secure_cert"', 'format = "nvs"')
    assert errors(write_profile(tmp_path, plain)) == [
        (
            "storage.secure_cert_offset",
            "is not read by storage format 'nvs', so it would have "
            "no effect; allowed: remove it, or format esp_secure_cert",
        )
    ]


def test_two_items_for_one_entry_are_refused(tmp_path: Path):
    path = write_profile(tmp_path)
    path.write_text(
        path.read_text() + '\n[[storage.items]]\nkey = "leaf"\nsource = "cert_pem"\ntype = "blob"\n'
    )
    found = errors(path)
    assert len(found) == 1 and found[0][0].endswith(".source")
    assert "goes to the same esp_secure_cert entry" in found[0][1]
