"""Device keys made on the board: a virtual console board on a real loopback socket makes
its key pair, sends a certificate request (KEY verbs), and the real pipeline checks it,
has the job's CA (a key in memory or in a SoftHSM2 token) sign it, writes the certificate
back and verifies that the board uses the key. The private key never crosses the link."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import re
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from station.core.errors import CredentialError
from station.core.events import EventKind, Stage, StageEvent
from station.core.interfaces import BoardLink, CredentialProvider
from station.core.models import Attestation, Credential, DeviceIdentity, UnitResult
from station.core.pipeline import UnitPlan, run_unit
from station.credentials.ca import CertificateAuthority, create_ca, load_ca_files
from station.credentials.keys import DeviceKey
from station.credentials.pkcs11_import import import_ca_key
from station.credentials.providers import JobSecrets
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.profiles.loader import find_profile
from station.simulation.console_board import VirtualConsoleBoard
from station.simulation.serving import ByteStream, ServedBoard, serve_tcp
from station.transports.console import ConsoleLink
from station.transports.ports import open_port
from tests.softhsm_fixtures import SoftHsm

SCOPE = "0ne0012ABCD"

Traffic = list[tuple[str, bytes]]  # ("->" station to board, or "<-"), bytes as they went


def _profile(
    folder: Path,
    *,
    device_key: str = "board",
    key_algorithm: str = "ec-p256",
    allowed: tuple[str, ...] = ("x509-group", "x509-individual"),
    secondary: bool = False,
    timeout_s: float = 5.0,
) -> Path:
    """A console profile; with device_key "station" it also stores key_pem."""
    modes = ", ".join(f'"{mode}"' for mode in allowed)
    items = [("scope_id", "scope_id", "string"), ("device_id", "device_id", "string"),
             ("dps_endpoint", "dps_endpoint", "string"), ("cert_pem", "cert_pem", "blob"),
             ("cert_pem_sec", "cert_pem_secondary", "blob"), ("chain_pem", "chain_pem", "blob")]
    if device_key == "station":
        items.append(("key_pem", "key_pem", "blob"))
    text = f"""schema_version = 1
id = "board-keys"
name = "A board that makes its own keys"

[board]
type = "virtual-console"

[transport]
kind = "console"
timeout_s = {timeout_s}

[identity]
rule = "mac"
prefix = "bk"

[attestation]
allowed = [{modes}]
key_algorithm = "{key_algorithm}"
device_key = "{device_key}"
secondary_certificate = {str(secondary).lower()}

[storage]
namespace = "dps"
"""
    for key, source, kind in items:
        text += f'\n[[storage.items]]\nkey = "{key}"\nsource = "{source}"\ntype = "{kind}"\n'
    path = folder / "board-keys.toml"
    path.write_text(text, encoding="utf-8")
    return path


class Capturing:
    """The job's provider, keeping each credential it issues for the test to look at."""

    def __init__(self, inner: CredentialProvider) -> None:
        self.inner = inner
        self.issued: list[Credential] = []

    def issue(self, identity: DeviceIdentity, link: BoardLink) -> Credential:
        credential = self.inner.issue(identity, link)
        self.issued.append(credential)
        return credential


class Tapped:
    """A connection as the board sees it, every byte both ways kept in ``traffic``."""

    def __init__(self, stream: ByteStream, traffic: Traffic) -> None:
        self._stream = stream
        self._traffic = traffic

    def read(self) -> bytes:
        data = self._stream.read()
        self._traffic.append(("->", data))
        return data

    def write(self, data: bytes) -> None:
        self._traffic.append(("<-", data))
        self._stream.write(data)

    def close(self) -> None:
        self._stream.close()


def _serve(board: VirtualConsoleBoard, traffic: Traffic) -> ServedBoard:
    return serve_tcp(lambda stream: board.session(Tapped(stream, traffic)), name="tapped")


def _plan(
    profile: Path, attestation: Attestation, ca: CertificateAuthority | None
) -> tuple[UnitPlan, Capturing]:
    plan = build_plan(
        find_profile(profile),
        JobSettings(id_scope=SCOPE, attestation=attestation),
        JobSecrets(ca=ca),
        counters=None,
    )
    capturing = Capturing(plan.credentials)
    return dataclasses.replace(plan, credentials=capturing), capturing


def _provision(
    plan: UnitPlan, board: VirtualConsoleBoard, folder: Path, traffic: Traffic | None = None
) -> tuple[UnitResult, list[StageEvent]]:
    events: list[StageEvent] = []
    seen: Traffic = [] if traffic is None else traffic
    with _serve(board, seen) as served, Manifest.open(
        folder / "manifest.sqlite", _STATION_KEY
    ) as store:
        result = run_unit(plan, served.url, store, events.append)
    return result, events


_STATION_KEY = StationKey.generate()


def _cn(cert: x509.Certificate) -> str:
    return str(cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value)


def _spki(key: object) -> bytes:
    return key.public_bytes(  # type: ignore[attr-defined, no-any-return]
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _openssl_verify(folder: Path, trusted_pem: str, presented_pem: str) -> str:
    """openssl verify of the leaf (first in ``presented_pem``) with its intermediates."""
    trusted, presented = folder / "trusted.pem", folder / "presented.pem"
    trusted.write_text(trusted_pem, encoding="ascii")
    presented.write_text(presented_pem, encoding="ascii")
    result = subprocess.run(
        ["openssl", "verify", "-purpose", "sslclient", "-CAfile", str(trusted),
         "-untrusted", str(presented), str(presented)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _openssl_subject(folder: Path, cert_pem: str) -> str:
    path = folder / "leaf.pem"
    path.write_text(cert_pem, encoding="ascii")
    return subprocess.run(
        ["openssl", "x509", "-noout", "-subject", "-nameopt", "RFC2253", "-in", str(path)],
        capture_output=True, text=True, check=True,
    ).stdout.strip()


def _text(value: object) -> str:
    assert isinstance(value, bytes)
    return value.rstrip(b"\0").decode("ascii")


@pytest.fixture
def intermediate() -> tuple[CertificateAuthority, CertificateAuthority]:
    root = create_ca("Board Keys Root CA")
    return root, create_ca("Board Keys Line CA", parent=root, path_length=0)


def test_x509_group_with_a_key_made_on_the_board_chains_to_the_root_with_openssl(
    tmp_path: Path, intermediate: tuple[CertificateAuthority, CertificateAuthority]
) -> None:
    root, line_ca = intermediate
    plan, capturing = _plan(_profile(tmp_path), Attestation.X509_GROUP, line_ca)
    board = VirtualConsoleBoard(seed="board-keys-e2e")

    result, events = _provision(plan, board, tmp_path)

    assert result.ok, result.reason
    assert result.device_id == f"bk-{board.mac}"
    stored = board.committed["dps"]
    assert "key_pem" not in stored
    presented = _text(stored["cert_pem"])
    assert "BEGIN PRIVATE KEY" not in presented
    assert _text(stored["chain_pem"]) == root.cert_pem()
    assert "OK" in _openssl_verify(tmp_path, root.cert_pem(), presented)
    assert _openssl_subject(tmp_path, presented) == f"subject=CN={result.device_id}"
    leaf = x509.load_pem_x509_certificates(presented.encode())[0]
    assert _cn(leaf) == result.device_id
    assert leaf.issuer == line_ca.certificate.subject
    # The certificate is for the key the board keeps, and the board uses that key.
    assert _spki(leaf.public_key()) == _spki(board.key_store["primary"].public_key())
    assert any("KEY INFO primary" in e.message for e in events if e.kind is EventKind.LOG)

    (credential,) = capturing.issued
    assert credential.key_origin == "board"
    assert credential.key_pem == ""
    assert credential.attestation is Attestation.X509_GROUP
    with Manifest.open(tmp_path / "manifest.sqlite", _STATION_KEY) as manifest:
        unit = manifest.unit(result.device_id)
        assert unit is not None and unit.status == "provisioned"
        assert unit.cert_thumbprint_sha1 == credential.thumbprint_sha1


def _key_material(key: DeviceKey) -> dict[str, bytes]:
    """Every form a private key could cross a link in: encoded, raw, as hex."""
    forms = {
        "PKCS#8 DER": key.private_bytes(serialization.Encoding.DER,
                                        serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption()),
        "traditional DER": key.private_bytes(serialization.Encoding.DER,
                                             serialization.PrivateFormat.TraditionalOpenSSL,
                                             serialization.NoEncryption()),
    }
    if isinstance(key, ec.EllipticCurvePrivateKey):
        forms["private scalar"] = key.private_numbers().private_value.to_bytes(32, "big")
    else:
        numbers = key.private_numbers()
        for name, value in (("d", numbers.d), ("p", numbers.p), ("q", numbers.q)):
            forms[f"RSA {name}"] = value.to_bytes((value.bit_length() + 7) // 8, "big")
    pem_body = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption()).splitlines()[1]
    forms["PEM line"] = pem_body
    for name, value in list(forms.items()):
        forms[f"{name}, hex"] = binascii.hexlify(value)
        forms[f"{name}, HEX"] = binascii.hexlify(value).upper()
    return forms


def _decoded(traffic: Traffic) -> bytes:
    """The data each line carries: the last token of every line, base64-decoded, per
    direction in order, so that a value sent in chunks reads whole again."""
    decoded = b""
    for direction in ("->", "<-"):
        for line in b"".join(data for way, data in traffic if way == direction).splitlines():
            token = line.rsplit(b" ", 1)[-1]
            try:
                decoded += base64.b64decode(token, validate=True)
            except binascii.Error:
                continue
    return decoded


_PEM = re.compile(rb"-----BEGIN [A-Z ]+-----([A-Za-z0-9+/=\s]+)-----END")


def _leaks(key: DeviceKey, traffic: Traffic) -> list[str]:
    """The forms of ``key`` found in the traffic: as it went, decoded, or inside a PEM."""
    raw = b"".join(data for _, data in traffic)
    seen = raw + b"\n" + _decoded(traffic)
    seen += b"".join(base64.b64decode(b"".join(body.split())) for body in _PEM.findall(seen))
    return [name for name, form in _key_material(key).items() if form in seen]


def test_the_private_key_never_crosses_the_link_and_no_verb_reads_it_out(
    tmp_path: Path, intermediate: tuple[CertificateAuthority, CertificateAuthority]
) -> None:
    _, line_ca = intermediate
    plan, _ = _plan(_profile(tmp_path, key_algorithm="rsa-2048"), Attestation.X509_GROUP,
                    line_ca)
    board = VirtualConsoleBoard(seed="board-keys-traffic")
    traffic: Traffic = []

    result, _ = _provision(plan, board, tmp_path, traffic)
    assert result.ok, result.reason
    key = board.key_store["primary"]
    assert isinstance(key, rsa.RSAPrivateKey)
    assert b" KEY CSR primary " in b"".join(data for _, data in traffic)

    # Afterwards, whatever GET, READ and LIST answer leaves the key where it is.
    with _serve(board, traffic) as served:
        link = ConsoleLink(open_port(served.url, 115200, 0.05), served.url, reset_after=False)
        with link:
            link.identify()
            stored = link.stored_keys("dps")
            read = [link.read_value("dps", name, "blob") for name in stored
                    if name not in ("scope_id", "device_id", "dps_endpoint")]
            assert set(stored) == {"scope_id", "device_id", "dps_endpoint", "cert_pem",
                                   "chain_pem"}
            assert all(b"PRIVATE KEY" not in value for value in read)  # type: ignore[operator]

    assert _leaks(key, traffic) == []


def test_the_leak_check_finds_a_key_that_the_station_made_and_sent(
    tmp_path: Path, intermediate: tuple[CertificateAuthority, CertificateAuthority]
) -> None:
    """The check above would see a key if one crossed: a station-made key does."""
    _, line_ca = intermediate
    plan, capturing = _plan(_profile(tmp_path, device_key="station"), Attestation.X509_GROUP,
                            line_ca)
    board = VirtualConsoleBoard(seed="board-keys-control")
    traffic: Traffic = []

    result, _ = _provision(plan, board, tmp_path, traffic)

    assert result.ok, result.reason
    assert capturing.issued[0].key_origin == "station"
    assert board.key_store == {}
    sent = serialization.load_pem_private_key(_text(board.committed["dps"]["key_pem"]).encode(),
                                              None)
    assert isinstance(sent, ec.EllipticCurvePrivateKey)
    assert {"PKCS#8 DER", "private scalar"} <= set(_leaks(sent, traffic))


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("csr-wrong-cn", "the board's certificate request names CN 'bk-"),
        ("csr-extra-extension", "the board's certificate request asks for extensions the "
         "station does not grant: basicConstraints"),
        ("csr-bad-signature", "the board's certificate request has a bad signature"),
    ],
)
def test_a_bad_certificate_request_fails_the_unit_at_credentials_with_its_reason(
    tmp_path: Path,
    intermediate: tuple[CertificateAuthority, CertificateAuthority],
    fault: str,
    reason: str,
) -> None:
    _, line_ca = intermediate
    plan, capturing = _plan(_profile(tmp_path), Attestation.X509_GROUP, line_ca)
    board = VirtualConsoleBoard(seed=f"board-keys-{fault}", csr_fault=fault)

    result, events = _provision(plan, board, tmp_path)

    assert not result.ok
    assert result.failed_stage == Stage.CREDENTIALS.value
    assert result.reason.startswith(reason), result.reason
    assert "\n" not in result.reason
    assert capturing.issued == []
    # Nothing was written or recorded, and the board keeps the key it had (none).
    assert board.committed == {} and board.received == []
    assert board.key_store == {}
    failed = [e for e in events if e.kind is EventKind.FAILED]
    assert [(e.stage, e.message) for e in failed] == [(Stage.CREDENTIALS, result.reason)]
    assert Stage.RECORD_PENDING not in [e.stage for e in events]


def test_a_ca_in_a_pkcs11_token_signs_the_boards_request(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    root = create_ca("Token Root CA", key_algorithm="rsa-2048")
    cert_path = tmp_path / "token-ca.pem"
    cert_path.write_text(root.chain_pem(), encoding="ascii")
    import_ca_key(softhsm.uri(key="token-ca"), root.private_key)  # type: ignore[arg-type]
    ca = load_ca_files(cert_path, softhsm.uri(key="token-ca"))
    assert "token" in ca.signer.description
    plan, capturing = _plan(_profile(tmp_path, key_algorithm="rsa-2048"),
                            Attestation.X509_GROUP, ca)
    board = VirtualConsoleBoard(seed="board-keys-token")

    result, _ = _provision(plan, board, tmp_path)

    assert result.ok, result.reason
    presented = _text(board.committed["dps"]["cert_pem"])
    assert "OK" in _openssl_verify(tmp_path, root.cert_pem(), presented)
    leaf = x509.load_pem_x509_certificate(presented.encode())
    assert _cn(leaf) == result.device_id
    assert isinstance(leaf.public_key(), rsa.RSAPublicKey)
    assert _spki(leaf.public_key()) == _spki(board.key_store["primary"].public_key())
    assert capturing.issued[0].key_pem == ""


def test_x509_individual_with_board_keys_needs_a_ca_and_says_why(tmp_path: Path) -> None:
    with pytest.raises(CredentialError) as refused:
        _plan(_profile(tmp_path), Attestation.X509_INDIVIDUAL, None)
    assert "cannot self-sign with a key that never leaves the board" in refused.value.message
    assert "\n" not in str(refused.value)


def test_x509_individual_with_board_keys_has_the_job_ca_certify_both_keys(
    tmp_path: Path, intermediate: tuple[CertificateAuthority, CertificateAuthority]
) -> None:
    root, _ = intermediate
    plan, capturing = _plan(_profile(tmp_path, secondary=True), Attestation.X509_INDIVIDUAL,
                            root)
    board = VirtualConsoleBoard(seed="board-keys-individual")

    result, _ = _provision(plan, board, tmp_path)

    assert result.ok, result.reason
    (credential,) = capturing.issued
    assert credential.attestation is Attestation.X509_INDIVIDUAL
    assert credential.key_origin == "board"
    assert credential.key_pem == credential.key_pem_secondary == ""
    stored = board.committed["dps"]
    assert set(board.key_store) == {"primary", "secondary"}
    for item, slot in (("cert_pem", "primary"), ("cert_pem_sec", "secondary")):
        cert = x509.load_pem_x509_certificate(_text(stored[item]).encode())
        assert _cn(cert) == result.device_id
        assert cert.issuer == root.certificate.subject
        assert _spki(cert.public_key()) == _spki(board.key_store[slot].public_key())
    with Manifest.open(tmp_path / "manifest.sqlite", _STATION_KEY) as manifest:
        unit = manifest.unit(result.device_id)
        assert unit is not None and unit.cert_thumbprint_sha1 == credential.thumbprint_sha1


@pytest.mark.parametrize(
    ("board_options", "key_algorithm", "reason"),
    [
        ({"key_algorithms": ()}, "ec-p256", "does not make its own device keys"),
        ({"protocol": 1}, "ec-p256", "does not make its own device keys"),
        ({"key_algorithms": ("ec-p256",)}, "rsa-2048", "makes ec-p256 keys, not rsa-2048"),
        ({"fault": "reject"}, "ec-p256",
         "refused making its primary key: storage is locked (REJECTED)"),
    ],
)
def test_a_board_that_cannot_make_the_key_fails_the_unit_at_credentials(
    tmp_path: Path,
    intermediate: tuple[CertificateAuthority, CertificateAuthority],
    board_options: dict[str, object],
    key_algorithm: str,
    reason: str,
) -> None:
    _, line_ca = intermediate
    plan, _ = _plan(_profile(tmp_path, key_algorithm=key_algorithm), Attestation.X509_GROUP,
                    line_ca)
    board = VirtualConsoleBoard(seed="board-keys-cannot", **board_options)  # type: ignore[arg-type]

    result, _ = _provision(plan, board, tmp_path)

    assert result.failed_stage == Stage.CREDENTIALS.value
    assert reason in result.reason
    assert board.committed == {}


def test_a_lost_commit_reply_still_settles_that_the_board_uses_its_new_key(
    tmp_path: Path, intermediate: tuple[CertificateAuthority, CertificateAuthority]
) -> None:
    _, line_ca = intermediate
    plan, _ = _plan(_profile(tmp_path, timeout_s=0.5), Attestation.X509_GROUP, line_ca)
    board = VirtualConsoleBoard(seed="board-keys-lost", commit_fault="commit-reply-lost")

    result, events = _provision(plan, board, tmp_path)

    assert result.ok, result.reason
    logged = [e.message for e in events if e.kind is EventKind.LOG]
    assert any("COMMIT took effect" in line for line in logged)
    assert any("KEY INFO primary" in line for line in logged)


def test_a_commit_that_never_arrives_leaves_the_board_its_old_key(
    tmp_path: Path, intermediate: tuple[CertificateAuthority, CertificateAuthority]
) -> None:
    _, line_ca = intermediate
    board = VirtualConsoleBoard(seed="board-keys-old")
    first, _ = _provision(_plan(_profile(tmp_path), Attestation.X509_GROUP, line_ca)[0],
                          board, tmp_path)
    assert first.ok, first.reason
    old = _spki(board.key_store["primary"].public_key())
    board.commit_fault = "commit-lost"
    plan, _ = _plan(_profile(tmp_path, timeout_s=0.5), Attestation.X509_GROUP, line_ca)
    plan = dataclasses.replace(plan, replacing="the unit came back for new credentials")

    again, _ = _provision(plan, board, tmp_path)

    assert again.failed_stage == Stage.VERIFY.value, again.reason
    # The new key was made but never committed: the board's key and certificate still pair.
    assert _spki(board.key_store["primary"].public_key()) == old
    cert = x509.load_pem_x509_certificate(_text(board.committed["dps"]["cert_pem"]).encode())
    assert _spki(cert.public_key()) == old
