"""X.509: loading CAs, issuing device and verification certificates, checked with
cryptography and with the openssl command line."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from station.core.errors import CredentialError, IdentityError
from station.credentials.ca import is_self_signed
from station.credentials.leaf import board_chain
from station.credentials.x509 import (
    DEMO_CA_NAME,
    CertificateAuthority,
    create_ca,
    create_demo_ca,
    issue_leaf,
    issue_self_signed,
    issue_verification_certificate,
    load_ca,
    load_ca_files,
    private_key_pem,
    write_ca_files,
)


@pytest.fixture(scope="module")
def root() -> CertificateAuthority:
    return create_ca("Test Root CA")


@pytest.fixture(scope="module")
def intermediate(root: CertificateAuthority) -> CertificateAuthority:
    return create_ca("Test Intermediate CA", parent=root, path_length=0)


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def _cn(cert_name: x509.Name) -> str:
    return str(cert_name.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value)


def _odd_ca(
    *,
    not_before: datetime | None = None,
    not_after: datetime | None = None,
    basic_constraints: x509.BasicConstraints | None = None,
    key_usage: x509.KeyUsage | None = None,
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A self-signed certificate built by hand, for the cases the station must refuse."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Odd CA")])
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - timedelta(days=1))
        .not_valid_after(not_after or now + timedelta(days=365))
    )
    if basic_constraints is not None:
        builder = builder.add_extension(basic_constraints, critical=True)
    if key_usage is not None:
        builder = builder.add_extension(key_usage, critical=True)
    return builder.sign(key, hashes.SHA256()), key


def _key_usage(*, key_cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=key_cert_sign,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


# --- loading a CA -----------------------------------------------------------------


def test_load_ca_files_reads_what_write_ca_files_wrote(tmp_path: Path, root) -> None:
    write_ca_files(root, tmp_path / "ca.pem", tmp_path / "ca.key")
    loaded = load_ca_files(tmp_path / "ca.pem", tmp_path / "ca.key")
    assert loaded.certificate == root.certificate
    assert loaded.chain == ()
    assert loaded.subject == "CN=Test Root CA"
    assert (tmp_path / "ca.key").stat().st_mode & 0o777 == 0o600


def test_certificate_file_with_chain_gives_the_signing_ca_and_its_issuers(
    tmp_path: Path, root, intermediate
) -> None:
    write_ca_files(intermediate, tmp_path / "int.pem", tmp_path / "int.key")
    loaded = load_ca_files(tmp_path / "int.pem", tmp_path / "int.key")
    assert loaded.certificate == intermediate.certificate
    assert loaded.chain == (root.certificate,)


@pytest.mark.parametrize("passphrase", [b"correct horse", "correct horse"])
def test_encrypted_pkcs8_key_opens_with_its_passphrase(root, passphrase: bytes | str) -> None:
    key_pem = private_key_pem(root.private_key, b"correct horse")
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in key_pem
    loaded = load_ca(_pem(root.certificate), key_pem, passphrase)
    assert loaded.certificate == root.certificate
    assert loaded.private_key.private_numbers() == root.private_key.private_numbers()


def test_wrong_passphrase_is_refused(root) -> None:
    key_pem = private_key_pem(root.private_key, b"correct horse")
    with pytest.raises(CredentialError) as caught:
        load_ca(_pem(root.certificate), key_pem, b"battery staple")
    assert "passphrase does not open the CA key" in caught.value.message
    assert "passphrase" in caught.value.hint
    assert "battery" not in str(caught.value)


def test_missing_passphrase_for_encrypted_key_is_refused(root) -> None:
    key_pem = private_key_pem(root.private_key, b"correct horse")
    with pytest.raises(CredentialError, match="encrypted and no passphrase was given"):
        load_ca(_pem(root.certificate), key_pem)


def test_passphrase_for_an_unencrypted_key_is_not_needed(root) -> None:
    loaded = load_ca(_pem(root.certificate), private_key_pem(root.private_key), b"unused")
    assert loaded.certificate == root.certificate


def test_key_that_does_not_match_the_certificate_is_refused(root, intermediate) -> None:
    with pytest.raises(CredentialError) as caught:
        load_ca(_pem(root.certificate), private_key_pem(intermediate.private_key))
    assert "does not belong to the CA certificate" in caught.value.message
    assert "CN=Test Root CA" in caught.value.message
    assert caught.value.hint


def test_expired_ca_is_refused() -> None:
    now = datetime.now(UTC)
    cert, key = _odd_ca(
        not_before=now - timedelta(days=400),
        not_after=now - timedelta(days=1),
        basic_constraints=x509.BasicConstraints(ca=True, path_length=None),
    )
    with pytest.raises(CredentialError) as caught:
        load_ca(_pem(cert), private_key_pem(key))
    assert "expired on" in caught.value.message
    assert "still valid" in caught.value.hint


def test_ca_not_yet_valid_is_refused() -> None:
    now = datetime.now(UTC)
    cert, key = _odd_ca(
        not_before=now + timedelta(days=2),
        not_after=now + timedelta(days=400),
        basic_constraints=x509.BasicConstraints(ca=True, path_length=None),
    )
    with pytest.raises(CredentialError, match="is not valid before"):
        load_ca(_pem(cert), private_key_pem(key))


def test_device_certificate_is_refused_as_ca() -> None:
    # A device certificate carries ca=false; someone picked the wrong file.
    device = issue_self_signed("dev-1")
    with pytest.raises(CredentialError) as caught:
        load_ca(device.cert_pem.encode(), device.key_pem.encode())
    assert "is not a CA" in caught.value.message
    assert "ca=false" in caught.value.message
    assert "not a device certificate" in caught.value.hint


def test_certificate_without_basic_constraints_is_refused() -> None:
    cert, key = _odd_ca()
    with pytest.raises(CredentialError, match="has no basic constraints"):
        load_ca(_pem(cert), private_key_pem(key))


def test_ca_whose_key_usage_lacks_key_cert_sign_is_refused() -> None:
    cert, key = _odd_ca(
        basic_constraints=x509.BasicConstraints(ca=True, path_length=None),
        key_usage=_key_usage(key_cert_sign=False),
    )
    with pytest.raises(CredentialError, match="lacks keyCertSign"):
        load_ca(_pem(cert), private_key_pem(key))


def test_chain_in_the_wrong_order_is_refused(root, intermediate) -> None:
    # The root's key with root first: the intermediate after it did not issue the root.
    cert_file = _pem(root.certificate) + _pem(intermediate.certificate)
    with pytest.raises(CredentialError) as caught:
        load_ca(cert_file, private_key_pem(root.private_key))
    assert "did not issue certificate 1" in caught.value.message
    assert "in order up to the root" in caught.value.hint


def test_files_that_hold_no_pem_are_refused(tmp_path: Path, root) -> None:
    with pytest.raises(CredentialError, match="holds no PEM certificate"):
        load_ca(b"hello", private_key_pem(root.private_key))
    with pytest.raises(CredentialError, match="holds no PEM private key"):
        load_ca(_pem(root.certificate), b"-----BEGIN PRIVATE KEY-----\nAAAA\n")
    with pytest.raises(CredentialError, match="cannot read the CA certificate file"):
        load_ca_files(tmp_path / "missing.pem", tmp_path / "missing.key")


# --- device certificates signed by a CA ---------------------------------------------


def test_leaf_is_signed_by_the_ca_with_client_extensions(intermediate) -> None:
    issued = issue_leaf(intermediate, "esp32-a0b1c2d3e4f5")
    cert = x509.load_pem_x509_certificate(issued.cert_pem.encode())

    cert.verify_directly_issued_by(intermediate.certificate)
    assert _cn(cert.subject) == "esp32-a0b1c2d3e4f5"
    assert cert.issuer == intermediate.certificate.subject
    assert issued.issuer == "CN=Test Intermediate CA"

    ext = cert.extensions
    constraints = ext.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca is False
    usage = ext.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature
    assert not usage.value.key_encipherment and not usage.value.key_cert_sign
    eku = ext.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [x509.ExtendedKeyUsageOID.CLIENT_AUTH]
    ski = ext.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert ski == x509.SubjectKeyIdentifier.from_public_key(cert.public_key())
    aki = ext.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    ca_ski = intermediate.certificate.extensions.get_extension_for_class(
        x509.SubjectKeyIdentifier
    ).value
    assert aki.key_identifier == ca_ski.digest


def test_leaf_key_is_unencrypted_pkcs8_matching_the_certificate(intermediate) -> None:
    issued = issue_leaf(intermediate, "dev-1")
    assert issued.key_pem.startswith("-----BEGIN PRIVATE KEY-----")
    key = serialization.load_pem_private_key(issued.key_pem.encode(), None)
    cert = x509.load_pem_x509_certificate(issued.cert_pem.encode())
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert key.public_key() == cert.public_key()
    assert issued.key_pem not in repr(issued)


def test_leaf_chain_is_leaf_then_ca_then_its_issuers(root, intermediate) -> None:
    issued = issue_leaf(intermediate, "dev-1")
    chain = x509.load_pem_x509_certificates(issued.chain_pem.encode())
    assert chain[0] == x509.load_pem_x509_certificate(issued.cert_pem.encode())
    assert chain[1:] == [intermediate.certificate, root.certificate]


def test_leaf_thumbprints_and_not_after_are_written_as_azure_shows_them(intermediate) -> None:
    issued = issue_leaf(intermediate, "dev-1", validity_days=100)
    cert = x509.load_pem_x509_certificate(issued.cert_pem.encode())
    assert issued.thumbprint_sha1 == hashlib.sha1(_der(cert)).hexdigest().upper()
    assert issued.thumbprint_sha256 == hashlib.sha256(_der(cert)).hexdigest().upper()
    assert issued.not_after == cert.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    days = (cert.not_valid_after_utc - datetime.now(UTC)).days
    assert 98 <= days <= 100


def test_leaf_serials_are_random_and_distinct(intermediate) -> None:
    serials = {
        x509.load_pem_x509_certificate(issue_leaf(intermediate, "dev-1").cert_pem.encode())
        .serial_number
        for _ in range(3)
    }
    assert len(serials) == 3
    assert all(serial.bit_length() > 64 for serial in serials)


def test_a_leaf_that_would_outlive_its_ca_is_refused(root) -> None:
    short_ca = create_ca("Short CA", parent=root, validity_days=30)
    # A device whose certificate outlives its CA is cut off when the CA expires.
    with pytest.raises(CredentialError) as caught:
        issue_leaf(short_ca, "dev-1", validity_days=3650)
    assert "would outlive it" in caught.value.message
    assert "validity_days to at most 29" in caught.value.hint
    issued = issue_leaf(short_ca, "dev-1", validity_days=29)
    cert = x509.load_pem_x509_certificate(issued.cert_pem.encode())
    assert cert.not_valid_after_utc <= short_ca.certificate.not_valid_after_utc


def test_rsa_2048_leaf_on_request(intermediate) -> None:
    issued = issue_leaf(intermediate, "dev-rsa", key_algorithm="rsa-2048")
    cert = x509.load_pem_x509_certificate(issued.cert_pem.encode())
    public_key = cert.public_key()
    assert isinstance(public_key, rsa.RSAPublicKey)
    assert public_key.key_size == 2048
    assert cert.extensions.get_extension_for_class(x509.KeyUsage).value.key_encipherment
    cert.verify_directly_issued_by(intermediate.certificate)


def test_unknown_key_algorithm_is_refused(intermediate) -> None:
    with pytest.raises(CredentialError, match="unknown key algorithm 'dsa-1024'"):
        issue_leaf(intermediate, "dev-1", key_algorithm="dsa-1024")


def test_device_id_longer_than_64_characters_is_refused(intermediate) -> None:
    issue_leaf(intermediate, "d" * 64)
    with pytest.raises(IdentityError) as caught:
        issue_leaf(intermediate, "d" * 65)
    assert "65 characters" in caught.value.message
    assert "at most 64" in caught.value.message
    with pytest.raises(IdentityError, match="at most 64"):
        issue_self_signed("d" * 65)


def test_ca_that_expired_after_loading_cannot_sign() -> None:
    now = datetime.now(UTC)
    cert, key = _odd_ca(
        not_before=now - timedelta(days=10),
        not_after=now - timedelta(seconds=1),
        basic_constraints=x509.BasicConstraints(ca=True, path_length=None),
    )
    with pytest.raises(CredentialError, match="expired on"):
        issue_leaf(CertificateAuthority(cert, key), "dev-1")


def test_openssl_verifies_leaf_through_intermediate_to_root(
    tmp_path: Path, root, intermediate
) -> None:
    issued = issue_leaf(intermediate, "dev-openssl")
    (tmp_path / "ca.pem").write_bytes(_pem(root.certificate))
    (tmp_path / "intermediate.pem").write_bytes(_pem(intermediate.certificate))
    (tmp_path / "leaf.pem").write_text(issued.cert_pem)

    def verify(leaf: str, *extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["openssl", "verify", "-CAfile", "ca.pem", "-untrusted",
             "intermediate.pem", *extra, leaf],
            cwd=tmp_path, capture_output=True, text=True, check=False,
        )

    result = verify("leaf.pem", "-purpose", "sslclient")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "leaf.pem: OK" in result.stdout

    # The same check fails for a certificate from an unrelated CA, so it proves something.
    stranger = issue_leaf(create_ca("Stranger CA"), "dev-openssl")
    (tmp_path / "stranger.pem").write_text(stranger.cert_pem)
    assert verify("stranger.pem").returncode != 0


# --- self-signed device certificates (x509-individual) ------------------------------


def test_self_signed_certificate_names_the_device_as_subject_and_issuer() -> None:
    issued = issue_self_signed("dev-individual-7", validity_days=365)
    cert = x509.load_pem_x509_certificate(issued.cert_pem.encode())
    assert _cn(cert.subject) == _cn(cert.issuer) == "dev-individual-7"
    assert issued.issuer == "CN=dev-individual-7"
    cert.verify_directly_issued_by(cert)
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [x509.ExtendedKeyUsageOID.CLIENT_AUTH]
    assert issued.chain_pem == issued.cert_pem


def test_self_signed_thumbprints_are_hashes_of_the_der_certificate() -> None:
    issued = issue_self_signed("dev-1")
    der = _der(x509.load_pem_x509_certificate(issued.cert_pem.encode()))
    assert issued.thumbprint_sha1 == hashlib.sha1(der).hexdigest().upper()
    assert issued.thumbprint_sha256 == hashlib.sha256(der).hexdigest().upper()
    assert len(issued.thumbprint_sha1) == 40 and ":" not in issued.thumbprint_sha1
    assert issued.thumbprint_sha1 != issue_self_signed("dev-1").thumbprint_sha1


# --- verification certificates (proof of possession) --------------------------------


def test_verification_certificate_has_the_code_as_cn_and_is_signed_by_the_ca(
    intermediate,
) -> None:
    code = "3A1F7E5C0D9B42A8E6C1F0B7D4A2E9C853B6F1D0A7E4C2B9"
    pem = issue_verification_certificate(intermediate, f" {code}\n")
    cert = x509.load_pem_x509_certificate(pem.encode())
    assert _cn(cert.subject) == code
    assert cert.issuer == intermediate.certificate.subject
    cert.verify_directly_issued_by(intermediate.certificate)
    assert cert.not_valid_after_utc - cert.not_valid_before_utc <= timedelta(days=31)


@pytest.mark.parametrize("code", ["", "   "])
def test_empty_verification_code_is_refused(intermediate, code: str) -> None:
    with pytest.raises(CredentialError, match="verification code is empty"):
        issue_verification_certificate(intermediate, code)


# --- the demo CA -------------------------------------------------------------------


def test_demo_ca_is_a_loadable_root_made_once(tmp_path: Path) -> None:
    cert_path, key_path = create_demo_ca(tmp_path / "demo")
    ca = load_ca_files(cert_path, key_path)
    assert ca.subject == f"CN={DEMO_CA_NAME}"
    assert ca.certificate.issuer == ca.certificate.subject
    ca.certificate.verify_directly_issued_by(ca.certificate)
    assert isinstance(ca.private_key, ec.EllipticCurvePrivateKey)
    usage = ca.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign
    assert key_path.stat().st_mode & 0o777 == 0o600

    before = cert_path.read_bytes(), key_path.read_bytes()
    assert create_demo_ca(tmp_path / "demo") == (cert_path, key_path)
    assert (cert_path.read_bytes(), key_path.read_bytes()) == before


def test_demo_ca_with_a_file_missing_is_not_overwritten(tmp_path: Path) -> None:
    cert_path, key_path = create_demo_ca(tmp_path)
    key_path.unlink()
    with pytest.raises(CredentialError, match="incomplete"):
        create_demo_ca(tmp_path)
    assert cert_path.exists() and not key_path.exists()


def test_ca_repr_does_not_show_the_private_key(root) -> None:
    assert "private_key" not in repr(root)
    assert "Test Root CA" in repr(root)


def test_ca_made_by_openssl_with_encrypted_key_loads_and_signs(tmp_path: Path) -> None:
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-keyout", "ca.key", "-out", "ca.pem", "-passout", "pass:line-7 secret",
         "-subj", "/O=Factory/CN=OpenSSL Root CA", "-days", "3700",
         "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        cwd=tmp_path, capture_output=True, check=True,
    )
    assert b"ENCRYPTED PRIVATE KEY" in (tmp_path / "ca.key").read_bytes()
    with pytest.raises(CredentialError, match="passphrase does not open"):
        load_ca_files(tmp_path / "ca.pem", tmp_path / "ca.key", "line-7 secreT")

    ca = load_ca_files(tmp_path / "ca.pem", tmp_path / "ca.key", "line-7 secret")
    issued = issue_leaf(ca, "dev-from-openssl-ca")
    assert issued.issuer == "CN=OpenSSL Root CA,O=Factory"
    (tmp_path / "leaf.pem").write_text(issued.cert_pem)
    result = subprocess.run(
        ["openssl", "verify", "-CAfile", "ca.pem", "-purpose", "sslclient", "leaf.pem"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# The board's layout (firmware_profiles/README.md): what the device presents, and the root.


def test_board_chain_drops_the_root_from_what_the_device_presents(root, intermediate) -> None:
    issued = issue_leaf(intermediate, "dev-1")
    chain = board_chain(issued.cert_pem, issued.chain_pem)
    assert chain.presented_pem == issued.cert_pem + intermediate.cert_pem()
    assert chain.root_pem == root.cert_pem()


def test_board_chain_without_a_root_keeps_every_intermediate(root, intermediate) -> None:
    issued = issue_leaf(intermediate, "dev-2")
    chain = board_chain(issued.cert_pem, issued.cert_pem + intermediate.cert_pem())
    assert chain.presented_pem == issued.cert_pem + intermediate.cert_pem()
    assert chain.root_pem == ""


def test_board_chain_of_a_leaf_signed_by_the_root_is_the_leaf_alone(root) -> None:
    issued = issue_leaf(root, "dev-3")
    chain = board_chain(issued.cert_pem, issued.chain_pem)
    assert chain.presented_pem == issued.cert_pem
    assert chain.root_pem == root.cert_pem()


def test_board_chain_of_a_self_signed_leaf_is_the_leaf_alone() -> None:
    issued = issue_self_signed("dev-4")
    assert board_chain(issued.cert_pem, issued.chain_pem) == board_chain(issued.cert_pem)
    assert board_chain(issued.cert_pem).presented_pem == issued.cert_pem
    assert board_chain(issued.cert_pem).root_pem == ""


def test_board_chain_refuses_a_chain_that_does_not_start_with_the_leaf(root, intermediate) -> None:
    issued = issue_leaf(intermediate, "dev-5")
    with pytest.raises(CredentialError, match="does not start with the device certificate"):
        board_chain(issued.cert_pem, intermediate.chain_pem())


def test_board_chain_refuses_a_leaf_given_twice(intermediate) -> None:
    issued = issue_leaf(intermediate, "dev-6")
    with pytest.raises(CredentialError, match="device certificate twice"):
        board_chain(issued.cert_pem, issued.cert_pem + issued.chain_pem)


def test_board_chain_refuses_text_that_is_no_certificate() -> None:
    with pytest.raises(CredentialError, match="no PEM certificate"):
        board_chain("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")


def test_only_a_certificate_that_signed_itself_counts_as_a_root(root, intermediate) -> None:
    assert is_self_signed(root.certificate)
    assert not is_self_signed(intermediate.certificate)
    # Same subject and issuer, but another key signed it: not a root.
    impostor = create_ca("Test Root CA", parent=root)
    assert impostor.certificate.subject == impostor.certificate.issuer
    assert not is_self_signed(impostor.certificate)
