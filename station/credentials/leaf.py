"""Device certificates (``x509-group``, ``x509-individual``) and verification certificates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from station.core.errors import CredentialError, IdentityError
from station.credentials.ca import BACKDATE, CertificateAuthority, is_self_signed
from station.credentials.certificates import (
    pem,
    pem_bundle,
    thumbprint_sha1,
    thumbprint_sha256,
    utc_iso,
)
from station.credentials.keys import (
    DeviceKey,
    DevicePublicKey,
    check_key_algorithm,
    check_validity_days,
    generate_key,
    private_key_pem,
    signature_hash,
)

# ub-common-name (RFC 5280): a CN holds at most 64 characters, so X.509 device IDs do too.
MAX_COMMON_NAME = 64
DEFAULT_VALIDITY_DAYS = 3650
VERIFICATION_VALIDITY_DAYS = 30
_CHAIN_HINT = "try the unit again; if it fails again, load the job's CA files again"


@dataclass(frozen=True)
class IssuedCertificate:
    """A device certificate with its key and the public facts the manifest keeps.

    ``key_pem`` is unencrypted PKCS#8 and never shows in ``repr``; it is empty for a
    key the station never held (one made on the board);
    ``chain_pem`` is the leaf followed by the CA and the CA's issuers.
    """

    cert_pem: str
    key_pem: str = field(repr=False)
    chain_pem: str
    thumbprint_sha1: str
    thumbprint_sha256: str
    issuer: str
    not_after: str


@dataclass(frozen=True)
class BoardChain:
    """A device's certificates as its board stores them, ready for its TLS stack.

    ``presented_pem`` is the leaf followed by its intermediate CAs, nearest
    first: what the device sends in its TLS handshake, so that DPS can build
    the path to a group CA that is an intermediate. ``root_pem`` is the
    self-signed CA the chain ends at, or "" when it names none; together the
    two hold each certificate of the chain once.
    """

    presented_pem: str
    root_pem: str


def board_chain(cert_pem: str, chain_pem: str = "") -> BoardChain:
    """Split a device's chain (leaf first, as ``IssuedCertificate.chain_pem``) for its board.

    Without ``chain_pem`` the leaf stands alone. Raises CredentialError when
    either text holds no certificate, or the chain does not start with the
    leaf or holds it twice. Pure; any thread.
    """
    leaf = _certificates(cert_pem)[0]
    chain = _certificates(chain_pem) if chain_pem else [leaf]
    if chain[0] != leaf:
        raise CredentialError(
            "the certificate chain does not start with the device certificate",
            hint=_CHAIN_HINT,
        )
    if chain.count(leaf) > 1:
        raise CredentialError(
            "the certificate chain holds the device certificate twice", hint=_CHAIN_HINT
        )
    above = chain[1:]
    # The server holds the root as its trust anchor; a client need not send it.
    root = [above.pop()] if above and is_self_signed(above[-1]) else []
    return BoardChain(presented_pem=pem_bundle([leaf, *above]), root_pem=pem_bundle(root))


def _certificates(text: str) -> list[x509.Certificate]:
    try:
        certs = x509.load_pem_x509_certificates(text.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        certs = []
    if not certs:
        raise CredentialError(
            "the device certificate text holds no PEM certificate the station can read",
            hint=_CHAIN_HINT,
        )
    return certs


def check_common_name(device_id: str) -> None:
    """Raise IdentityError unless ``device_id`` fits a certificate's common name."""
    if not device_id:
        raise IdentityError("the device ID is empty; a certificate needs one as its CN")
    if len(device_id) > MAX_COMMON_NAME:
        raise IdentityError(
            f"the device ID is {len(device_id)} characters long; the X.509 modes allow at most "
            f"{MAX_COMMON_NAME} (the certificate common name limit)",
            hint="use a shorter prefix or identity rule for X.509 jobs",
        )


def issue_leaf(
    ca: CertificateAuthority,
    device_id: str,
    *,
    key_algorithm: str = "ec-p256",
    validity_days: int = DEFAULT_VALIDITY_DAYS,
) -> IssuedCertificate:
    """Make a key and a client certificate with CN = ``device_id``, signed by ``ca``.

    Raises IdentityError for a device ID too long for a CN, CredentialError when
    the CA is no longer valid, would expire before the leaf, or the key algorithm
    is unknown.
    """
    check_common_name(device_id)
    check_key_algorithm(key_algorithm)
    key = generate_key(key_algorithm)
    cert = _signed_by_ca(ca, device_id, key.public_key(), validity_days)
    return _issued(cert, key, (cert, *ca.certificates))


def issue_leaf_for_key(
    ca: CertificateAuthority,
    device_id: str,
    public_key: DevicePublicKey,
    *,
    validity_days: int = DEFAULT_VALIDITY_DAYS,
) -> IssuedCertificate:
    """A client certificate with CN = ``device_id`` for a key the station never holds
    (one a board made and showed in a checked certificate request), signed by ``ca``.

    Built as ``issue_leaf`` builds one; ``key_pem`` is empty. Raises as ``issue_leaf``.
    """
    check_common_name(device_id)
    cert = _signed_by_ca(ca, device_id, public_key, validity_days)
    return _issued(cert, None, (cert, *ca.certificates))


def _signed_by_ca(
    ca: CertificateAuthority, device_id: str, public_key: DevicePublicKey, validity_days: int
) -> x509.Certificate:
    check_validity_days(validity_days)
    not_before, not_after = ca.validity_window(validity_days, clip=False)
    builder = (
        _client_builder(device_id, public_key)
        .issuer_name(ca.certificate.subject)
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(ca.authority_key_identifier(), critical=False)
    )
    return ca.sign(builder)


def issue_self_signed(
    device_id: str,
    *,
    key_algorithm: str = "ec-p256",
    validity_days: int = DEFAULT_VALIDITY_DAYS,
) -> IssuedCertificate:
    """Make a key and a self-signed client certificate, subject = issuer = CN ``device_id``.

    For ``x509-individual``: the enrollment holds the certificate's thumbprints.
    """
    check_common_name(device_id)
    check_key_algorithm(key_algorithm)
    check_validity_days(validity_days)
    key = generate_key(key_algorithm)
    now = datetime.now(UTC)
    cert = (
        _client_builder(device_id, key.public_key())
        .issuer_name(_cn(device_id))
        .not_valid_before(now - BACKDATE)
        .not_valid_after(now + timedelta(days=validity_days))
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
        .sign(key, signature_hash(key))
    )
    return _issued(cert, key, (cert,))


def issue_verification_certificate(
    ca: CertificateAuthority,
    verification_code: str,
    validity_days: int = VERIFICATION_VALIDITY_DAYS,
) -> str:
    """Return a PEM certificate with CN = ``verification_code``, signed by the CA's key.

    Uploading it to DPS or IoT Central proves that the station holds the CA key.
    Raises CredentialError for an empty or over-long code.
    """
    code = verification_code.strip()
    if not code:
        raise CredentialError(
            "the verification code is empty",
            hint="copy the verification code that DPS or IoT Central shows for the CA",
        )
    if len(code) > MAX_COMMON_NAME:
        raise CredentialError(
            f"the verification code is {len(code)} characters long; "
            f"a certificate common name holds at most {MAX_COMMON_NAME}",
            hint="copy only the verification code that DPS or IoT Central shows",
        )
    not_before, not_after = ca.validity_window(validity_days)
    key = generate_key("ec-p256")
    builder = (
        x509.CertificateBuilder()
        .subject_name(_cn(code))
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(ca.authority_key_identifier(), critical=False)
    )
    return pem(ca.sign(builder))


def _cn(value: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, value)])


def _client_builder(device_id: str, public_key: DevicePublicKey) -> x509.CertificateBuilder:
    """Subject, key, serial and the extensions every device certificate carries."""
    is_rsa = isinstance(public_key, rsa.RSAPublicKey)
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=is_rsa,  # RSA key exchange in TLS; meaningless for EC keys
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    client_auth = x509.ExtendedKeyUsage([x509.ExtendedKeyUsageOID.CLIENT_AUTH])
    return (
        x509.CertificateBuilder()
        .subject_name(_cn(device_id))
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(client_auth, critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )


def _issued(
    cert: x509.Certificate, key: DeviceKey | None, chain: tuple[x509.Certificate, ...]
) -> IssuedCertificate:
    return IssuedCertificate(
        cert_pem=pem(cert),
        key_pem=private_key_pem(key).decode("ascii") if key is not None else "",
        chain_pem=pem_bundle(chain),
        thumbprint_sha1=thumbprint_sha1(cert),
        thumbprint_sha256=thumbprint_sha256(cert),
        issuer=cert.issuer.rfc4514_string(),
        not_after=utc_iso(cert.not_valid_after_utc),
    )
