"""Units the station provisioned register with DPS through Microsoft's own device SDK.

Each unit is provisioned onto a virtual ESP32 by the station, its NVS partition
is read back with esptool's command line, and the device SDK
(``azure-iot-device``) registers with only what the board holds: the ID scope,
the device ID, and the SAS key, or the certificate chain and key (blobs ending
with one NUL, which is left out of the files, as ``strlen`` would). It registers
against tests/dps_device_server.py, a stand-in of the DPS device endpoint on
127.0.0.1:8883 that checks SAS tokens and X.509 chains against its enrollments.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from azure.iot.device import X509, ProvisioningDeviceClient, RegistrationResult
from azure.iot.device.common.evented_callback import EventedCallback
from azure.iot.device.exceptions import ClientError, ConnectionFailedError, ServiceError
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from station.core.models import Attestation, DeviceIdentity
from station.core.pipeline import run_unit
from station.credentials.ca import CertificateAuthority, create_ca
from station.credentials.providers import JobSecrets, X509GroupProvider
from station.enrollment.enrollments import dps_enrollment
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.manifest.records import UnitRecord
from station.profiles.loader import LoadedProfile, find_profile, load_profile
from station.simulation.esp32 import VirtualEsp32
from station.transports.nvs_image import parse_nvs_image
from tests.dps_device_server import (
    ASSIGNED_HUB,
    HOST,
    DpsDeviceServer,
    Registration,
    ServerTls,
    SymmetricKeyGroup,
    Unauthorized,
    X509Group,
    derive_device_key,
    individual_enrollment,
    make_server_tls,
    verify_sas_token,
)

SCOPE = "0ne000DE001"
MODEL_ID = "dtmi:com:example:Thermostat;1"
GROUP_KEY = base64.b64encode(hashlib.sha512(b"registration group key").digest()).decode()
SECONDARY_GROUP_KEY = base64.b64encode(hashlib.sha512(b"secondary group key").digest()).decode()
NVS_OFFSET, NVS_SIZE = 0x9000, 0x6000
NUL = b"\0"

# The SDK builds its TLS context with ssl.PROTOCOL_TLSv1_2, which Python deprecates.
pytestmark = pytest.mark.filterwarnings(
    "ignore:ssl.PROTOCOL_TLSv1_2 is deprecated:DeprecationWarning"
)


# --------------------------------------------------------------------------- boards


@dataclass(frozen=True)
class ProvisionedBoard:
    """A unit the station provisioned: what its board holds and what the manifest keeps."""

    held: dict[str, Any]  # the "dps" namespace read back from the board
    unit: UnitRecord
    secrets: dict[str, str]  # the manifest's kept secrets (individual SAS keys)

    @property
    def device_id(self) -> str:
        return str(self.held["device_id"])


def read_nvs_with_esptool(url: str, folder: Path) -> dict[str, Any]:
    """esptool's command line reads the NVS partition back, as an engineer would."""
    out = folder / "nvs.bin"
    done = subprocess.run(
        [sys.executable, "-m", "esptool", "--port", url, "--before", "default-reset",
         "--after", "no-reset", "read-flash", hex(NVS_OFFSET), hex(NVS_SIZE), str(out)],
        cwd=folder, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return parse_nvs_image(out.read_bytes())["dps"]


def provision_board(
    folder: Path, mac: str, mode: Attestation, secrets: JobSecrets, model_id: str = "",
    profile: LoadedProfile | None = None,
) -> ProvisionedBoard:
    """Provision one virtual ESP32 with ``profile`` (default: demo-esp32) and read it back."""
    plan = build_plan(
        profile or find_profile("demo-esp32"),
        JobSettings(id_scope=SCOPE, attestation=mode, model_id=model_id),
        secrets,
        counters=None,
    )
    board = VirtualEsp32(chip="esp32", mac=mac)
    key = StationKey.generate()
    # Boards are provisioned once per module, before the per-test STATION_HOME exists.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STATION_HOME", str(folder / "station-home"))
        with board.serve_tcp() as served, Manifest.open(folder / "m.sqlite", key) as m:
            result = run_unit(plan, served.url, m, lambda event: None)
            assert result.ok, result.reason
            unit = m.unit(result.device_id)
            assert unit is not None
            kept = m.unit_secrets(unit.device_id) if mode is Attestation.SAS_INDIVIDUAL else {}
            held = read_nvs_with_esptool(served.url, folder)
    assert held["device_id"] == unit.device_id
    assert held["scope_id"] == SCOPE
    # The firmware's DPS endpoint; the SDK is pointed at the stand-in instead.
    assert held["dps_endpoint"] == "global.azure-devices-provisioning.net"
    return ProvisionedBoard(held, unit, kept)


@pytest.fixture(scope="module")
def root() -> CertificateAuthority:
    return create_ca("Registration Test Root CA")


@pytest.fixture(scope="module")
def intermediate(root: CertificateAuthority) -> CertificateAuthority:
    return create_ca("Registration Test Issuing CA", parent=root)


@pytest.fixture(scope="module")
def sas_individual_board(tmp_path_factory: pytest.TempPathFactory) -> ProvisionedBoard:
    folder = tmp_path_factory.mktemp("sas-individual")
    return provision_board(folder, "24:0a:c4:00:00:01", Attestation.SAS_INDIVIDUAL, JobSecrets())


@pytest.fixture(scope="module")
def sas_group_board(tmp_path_factory: pytest.TempPathFactory) -> ProvisionedBoard:
    folder = tmp_path_factory.mktemp("sas-group")
    return provision_board(
        folder, "24:0a:c4:00:00:02", Attestation.SAS_GROUP,
        JobSecrets(group_key_b64=GROUP_KEY, group_key_secondary_b64=SECONDARY_GROUP_KEY),
        model_id=MODEL_ID,
    )


@pytest.fixture(scope="module")
def x509_individual_board(tmp_path_factory: pytest.TempPathFactory) -> ProvisionedBoard:
    folder = tmp_path_factory.mktemp("x509-individual")
    return provision_board(folder, "24:0a:c4:00:00:03", Attestation.X509_INDIVIDUAL, JobSecrets())


@pytest.fixture(scope="module")
def x509_individual_board_with_secondary(
    tmp_path_factory: pytest.TempPathFactory,
) -> ProvisionedBoard:
    folder = tmp_path_factory.mktemp("x509-individual-secondary")
    text = (find_profile("demo-esp32").path).read_text().replace(
        "[attestation]\n", "[attestation]\nsecondary_certificate = true\n", 1
    )
    profile = folder / "demo-esp32-secondary.toml"
    profile.write_text(text)
    return provision_board(
        folder, "24:0a:c4:00:00:06", Attestation.X509_INDIVIDUAL, JobSecrets(),
        profile=load_profile(profile),
    )


@pytest.fixture(scope="module")
def x509_group_board(
    tmp_path_factory: pytest.TempPathFactory, intermediate: CertificateAuthority
) -> ProvisionedBoard:
    """Signed by an intermediate CA: the board's cert_pem is the leaf and the intermediate."""
    folder = tmp_path_factory.mktemp("x509-group")
    return provision_board(
        folder, "24:0a:c4:00:00:04", Attestation.X509_GROUP, JobSecrets(ca=intermediate)
    )


def pem_text(blob: object) -> bytes:
    """The PEM in a blob that ends with exactly one NUL, without the NUL."""
    assert isinstance(blob, bytes)
    assert blob.endswith(NUL) and NUL not in blob[:-1]
    return blob[:-1]


def device_files(folder: Path, cert_pem: bytes, key_pem: bytes) -> X509:
    """The certificate chain and key as files, the way the SDK takes them."""
    cert_file, key_file = folder / "device.cert.pem", folder / "device.key.pem"
    cert_file.write_bytes(cert_pem)
    key_file.write_bytes(key_pem)
    return X509(cert_file=str(cert_file), key_file=str(key_file))


def board_x509(folder: Path, board: ProvisionedBoard, which: str = "") -> X509:
    """The certificate and key the board holds (``which="_sec"``: its secondary pair)."""
    return device_files(
        folder, pem_text(board.held[f"cert_pem{which}"]), pem_text(board.held[f"key_pem{which}"])
    )


# --------------------------------------------------------------------------- DPS and the SDK


@pytest.fixture(scope="module")
def server_tls(tmp_path_factory: pytest.TempPathFactory) -> ServerTls:
    return make_server_tls(tmp_path_factory.mktemp("dps-tls"))


@pytest.fixture
def dps(server_tls: ServerTls) -> Iterator[DpsDeviceServer]:
    server = DpsDeviceServer(SCOPE, server_tls)
    try:
        server.start()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    try:
        yield server
    finally:
        server.stop()
    assert server.problems == []


def register(
    tls: ServerTls,
    board: ProvisionedBoard,
    *,
    symmetric_key: str = "",
    x509_files: X509 | None = None,
    payload: Any = None,
    registration_id: str = "",
) -> RegistrationResult:
    """Register through the device SDK as ``board``'s firmware would: its ID scope and device
    ID (unless ``registration_id`` is given), with a symmetric key or an X.509 certificate."""
    where = {
        "provisioning_host": HOST,
        "registration_id": registration_id or board.device_id,
        "id_scope": board.held["scope_id"],
        "server_verification_cert": tls.ca_pem,
    }
    if x509_files is not None:
        client = ProvisioningDeviceClient.create_from_x509_certificate(x509=x509_files, **where)
    else:
        client = ProvisioningDeviceClient.create_from_symmetric_key(
            symmetric_key=symmetric_key, **where
        )
    if payload is not None:
        client.provisioning_payload = payload
    try:
        return client.register()
    except Exception:
        # The SDK shuts its pipeline down only after an assignment; a refused client
        # would otherwise keep reconnecting on timers after the test.
        done = EventedCallback()
        client._pipeline.shutdown(callback=done)
        done.wait_for_completion()
        raise


def assert_assigned(result: RegistrationResult, device_id: str) -> None:
    assert result.status == "assigned"
    state = result.registration_state
    assert state is not None
    assert state.device_id == device_id
    assert state.assigned_hub == ASSIGNED_HUB


def assert_refused_401(refused: pytest.ExceptionInfo[ClientError]) -> None:
    """The SDK raises on DPS's 401 answer to the register request."""
    cause = refused.value.__cause__
    assert isinstance(cause, ServiceError)
    assert "register request returned a service error status code 401" in str(cause)


def assert_refused_in_tls(
    refused: pytest.ExceptionInfo[ConnectionFailedError], server: DpsDeviceServer
) -> None:
    """A chain that reaches no enrolled CA ends the TLS handshake (see dps_device_server)."""
    causes = []
    cause = refused.value.__cause__
    while cause is not None:
        causes.append(str(cause))
        cause = cause.__cause__
    assert any("alert unknown ca" in text for text in causes), causes
    assert server.registrations == []
    [refusal] = server.refusals
    assert refusal.status == 0
    assert "unable to get local issuer certificate" in refusal.reason


def registration(
    result: RegistrationResult, board: ProvisionedBoard, attestation: str, enrollment: str,
    credential: str, payload: Any = None,
) -> Registration:
    """What the server should have recorded for the registration that gave ``result``."""
    return Registration(
        registration_id=board.device_id, attestation=attestation, enrollment=enrollment,
        credential=credential, payload=payload, operation_id=result.operation_id,
        device_id=board.device_id, assigned_hub=ASSIGNED_HUB, api_version="2019-03-31",
    )


def tampered(key_b64: str) -> str:
    raw = bytearray(base64.b64decode(key_b64))
    raw[0] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


# --------------------------------------------------------------------------- sas-individual


def test_sas_individual_unit_registers_with_the_key_its_board_holds(
    dps, server_tls, sas_individual_board
):
    board = sas_individual_board
    # The enrollment is the body the station uploads to DPS for this unit.
    dps.enroll(individual_enrollment(dps_enrollment(board.unit, board.secrets)))

    result = register(server_tls, board, symmetric_key=board.held["sas_key"])

    assert_assigned(result, board.device_id)
    assert board.held["sas_key"] == board.secrets["sas_primary"]
    assert dps.registrations == [
        registration(result, board, "symmetricKey", "individual", "primary")
    ]
    assert dps.refusals == []


def test_sas_individual_secondary_key_the_board_holds_registers_too(
    dps, server_tls, sas_individual_board
):
    board = sas_individual_board
    secondary = board.held["sas_key_sec"]
    assert secondary == board.secrets["sas_secondary"] and secondary != board.held["sas_key"]
    dps.enroll(individual_enrollment(dps_enrollment(board.unit, board.secrets)))

    result = register(server_tls, board, symmetric_key=secondary)

    assert_assigned(result, board.device_id)
    assert dps.registrations == [
        registration(result, board, "symmetricKey", "individual", "secondary")
    ]


def test_a_tampered_sas_key_is_refused(dps, server_tls, sas_individual_board):
    board = sas_individual_board
    dps.enroll(individual_enrollment(dps_enrollment(board.unit, board.secrets)))

    with pytest.raises(ClientError) as refused:
        register(server_tls, board, symmetric_key=tampered(board.held["sas_key"]))

    assert_refused_401(refused)
    assert dps.registrations == []
    [refusal] = dps.refusals
    assert (refusal.registration_id, refusal.status) == (board.device_id, 401)
    assert "signature does not match" in refusal.reason


def test_a_registration_id_without_an_enrollment_is_refused(dps, server_tls, sas_individual_board):
    board = sas_individual_board
    dps.enroll(individual_enrollment(dps_enrollment(board.unit, board.secrets)))

    with pytest.raises(ClientError) as refused:
        register(
            server_tls, board, symmetric_key=board.held["sas_key"],
            registration_id="esp-0000000000ff",
        )

    assert_refused_401(refused)
    assert dps.registrations == []
    assert [r.reason for r in dps.refusals] == ["no enrollment for 'esp-0000000000ff'"]


# --------------------------------------------------------------------------- sas-group


def test_sas_group_unit_registers_and_sends_its_model_id(dps, server_tls, sas_group_board):
    board = sas_group_board
    dps.enroll(SymmetricKeyGroup("line-1", GROUP_KEY, SECONDARY_GROUP_KEY))
    assert board.held["model_id"] == MODEL_ID

    result = register(
        server_tls, board, symmetric_key=board.held["sas_key"],
        payload={"modelId": board.held["model_id"]},
    )

    assert_assigned(result, board.device_id)
    assert dps.registrations == [
        registration(result, board, "symmetricKey", "line-1", "primary", {"modelId": MODEL_ID})
    ]


def test_sas_group_secondary_device_key_the_board_holds_registers(
    dps, server_tls, sas_group_board
):
    board = sas_group_board
    dps.enroll(SymmetricKeyGroup("line-1", GROUP_KEY, SECONDARY_GROUP_KEY))

    # The station derived it from the group's secondary key and wrote it to the board.
    key = board.held["sas_key_sec"]
    assert key == derive_device_key(SECONDARY_GROUP_KEY, board.device_id)
    result = register(server_tls, board, symmetric_key=key)

    assert_assigned(result, board.device_id)
    assert dps.registrations == [registration(result, board, "symmetricKey", "line-1", "secondary")]


def test_a_device_key_used_under_another_registration_id_is_refused(
    dps, server_tls, sas_group_board
):
    board = sas_group_board
    dps.enroll(SymmetricKeyGroup("line-1", GROUP_KEY))

    with pytest.raises(ClientError) as refused:
        register(
            server_tls, board, symmetric_key=board.held["sas_key"],
            registration_id="esp-240ac4000099",
        )

    assert_refused_401(refused)
    assert dps.registrations == []
    [refusal] = dps.refusals
    assert refusal.registration_id == "esp-240ac4000099"
    assert "signature does not match" in refusal.reason


# --------------------------------------------------------------------------- x509-individual


def test_x509_individual_unit_registers_with_the_certificate_its_board_holds(
    dps, server_tls, x509_individual_board, tmp_path
):
    board = x509_individual_board
    dps.enroll(individual_enrollment(dps_enrollment(board.unit, board.secrets)))
    assert "chain_pem" not in board.held  # self-signed: nothing above the device certificate

    result = register(server_tls, board, x509_files=board_x509(tmp_path, board))

    assert_assigned(result, board.device_id)
    assert dps.registrations == [registration(result, board, "x509", "individual", "primary")]


def test_an_x509_registration_id_other_than_the_certificates_cn_is_refused(
    dps, server_tls, x509_individual_board, tmp_path
):
    board = x509_individual_board
    dps.enroll(individual_enrollment(dps_enrollment(board.unit, board.secrets)))

    with pytest.raises(ClientError) as refused:
        register(
            server_tls, board, x509_files=board_x509(tmp_path, board),
            registration_id="esp-240ac4000099",
        )

    assert_refused_401(refused)
    assert dps.registrations == []
    assert [r.reason for r in dps.refusals] == [
        f"certificate CN {board.device_id!r} is not the registration ID 'esp-240ac4000099'"
    ]


# --------------------------------------------------------------------------- x509-group


@pytest.mark.parametrize("enrolled", ["root", "intermediate"])
def test_x509_group_unit_with_an_intermediate_ca_registers(
    dps, server_tls, x509_group_board, root, intermediate, enrolled, tmp_path
):
    board = x509_group_board
    presented = x509.load_pem_x509_certificates(pem_text(board.held["cert_pem"]))
    assert presented[1:] == [intermediate.certificate]  # the leaf, then the intermediate
    ca = root if enrolled == "root" else intermediate
    dps.enroll(X509Group("factory", ca.certificate))

    result = register(server_tls, board, x509_files=board_x509(tmp_path, board))

    assert_assigned(result, board.device_id)
    assert dps.registrations == [registration(result, board, "x509", "factory", "primary")]


def test_x509_group_secondary_ca_admits_the_unit(
    dps, server_tls, x509_group_board, root, tmp_path
):
    board = x509_group_board
    other = create_ca("Registration Test Other Root CA")
    dps.enroll(X509Group("factory", other.certificate, secondary_ca=root.certificate))

    result = register(server_tls, board, x509_files=board_x509(tmp_path, board))

    assert_assigned(result, board.device_id)
    assert dps.registrations == [registration(result, board, "x509", "factory", "secondary")]


def test_an_x509_leaf_from_another_ca_is_refused(
    dps, server_tls, x509_group_board, root, tmp_path
):
    board = x509_group_board
    dps.enroll(X509Group("factory", root.certificate))
    other = create_ca("Registration Test Other Root CA")
    foreign = X509GroupProvider(other).issue(DeviceIdentity(board.device_id, "mac"))

    files = device_files(tmp_path, foreign.cert_pem.encode(), foreign.key_pem.encode())
    with pytest.raises(ConnectionFailedError) as refused:
        register(server_tls, board, x509_files=files)

    assert_refused_in_tls(refused, dps)


def test_a_leaf_presented_without_its_intermediate_is_refused(
    dps, server_tls, x509_group_board, root, tmp_path
):
    board = x509_group_board
    dps.enroll(X509Group("factory", root.certificate))
    leaf = x509.load_pem_x509_certificates(pem_text(board.held["cert_pem"]))[0]
    leaf_pem = leaf.public_bytes(Encoding.PEM)

    files = device_files(tmp_path, leaf_pem, pem_text(board.held["key_pem"]))
    with pytest.raises(ConnectionFailedError) as refused:
        register(server_tls, board, x509_files=files)

    assert_refused_in_tls(refused, dps)


# --------------------------------------------------------------------------- SAS tokens


def test_an_expired_sas_token_is_refused():
    key = base64.b64encode(b"k" * 32).decode()
    resource = quote(f"{SCOPE}/registrations/dev-1", safe="")

    def token(expiry: int) -> str:
        message = f"{resource}\n{expiry}".encode()
        signature = base64.b64encode(
            hmac.new(base64.b64decode(key), message, hashlib.sha256).digest()
        ).decode()
        return f"SharedAccessSignature sr={resource}&sig={quote(signature, safe='')}&se={expiry}"

    now = time.time()
    keys = {"primary": key}
    assert verify_sas_token(token(int(now) + 60), SCOPE, "dev-1", keys, now) == "primary"
    with pytest.raises(Unauthorized, match="token expired"):
        verify_sas_token(token(int(now) - 60), SCOPE, "dev-1", keys, now)


def test_x509_individual_secondary_certificate_the_board_holds_registers(
    dps, server_tls, x509_individual_board_with_secondary, tmp_path
):
    board = x509_individual_board_with_secondary
    assert board.held["cert_pem_sec"] != board.held["cert_pem"]
    assert board.held["key_pem_sec"] != board.held["key_pem"]
    # The station's enrollment body carries both certificates.
    body = dps_enrollment(board.unit, board.secrets)
    assert set(body["attestation"]["x509"]["clientCertificates"]) == {"primary", "secondary"}
    dps.enroll(individual_enrollment(body))

    result = register(server_tls, board, x509_files=board_x509(tmp_path, board, "_sec"))

    assert_assigned(result, board.device_id)
    assert dps.registrations == [registration(result, board, "x509", "individual", "secondary")]
