"""EK certificates: proof from the TPM's maker that an endorsement key is theirs.

TPM makers store a certificate for the EK in NV (see ``tpm_templates``).
The station accepts a certificate only when it was issued by one of the
manufacturer CA certificates the site configured (a PEM bundle) and certifies
exactly the EK the TPM presents; a TPM with someone else's certificate, or a
damaged one, is refused.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes

from station.core.errors import ConfigError, CredentialError

NOT_ITS_OWN = "this TPM's EK certificate does not belong to it"
NOT_ITS_OWN_HINT = "set this unit aside: its TPM may not be genuine; tell an engineer"


@dataclass(frozen=True)
class EkCertificate:
    """An EK certificate that passed the checks (or could only be partly checked)."""

    pem: str
    thumbprint_sha256: str  # hex, upper case
    issuer: str  # RFC 4514
    chained: bool  # True when checked against a manufacturer CA bundle


def load_manufacturer_cas(path: Path) -> list[x509.Certificate]:
    """Read a PEM bundle of TPM manufacturer CA certificates (roots and intermediates).

    Every certificate in the bundle is trusted to issue EK certificates.
    Raises ConfigError when the file is missing or holds no certificate.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(
            f"cannot read the TPM manufacturer CA bundle {path}: {exc.strerror}",
            hint="set the path to a PEM file with your TPM makers' CA certificates",
        ) from exc
    try:
        cas = x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise ConfigError(
            f"the TPM manufacturer CA bundle {path} holds no readable certificate",
            hint="it must be PEM: one or more -----BEGIN CERTIFICATE----- blocks",
        ) from exc
    return cas


def parse_nv_certificate(data: bytes) -> x509.Certificate:
    """Parse the DER certificate stored in an EK certificate NV index.

    Makers size the NV index generously, so bytes after the DER structure are
    dropped. Raises CredentialError (the certificate is not this TPM's in any
    useful sense) when it does not parse.
    """
    try:
        return x509.load_der_x509_certificate(_trim_der(data))
    except ValueError as exc:
        raise CredentialError(
            f"{NOT_ITS_OWN}: the EK certificate in NV cannot be read ({exc})",
            hint=NOT_ITS_OWN_HINT,
        ) from exc


def check_ek_certificate(
    cert: x509.Certificate,
    ek_public_pem: bytes,
    manufacturer_cas: list[x509.Certificate] | None,
) -> EkCertificate:
    """Check that ``cert`` certifies the EK and, with a bundle, that a maker issued it.

    Raises CredentialError ("this TPM's EK certificate does not belong to
    it", with the detail) when its key is not the EK's or no CA in the
    bundle issued it.
    """
    ek_key = serialization.load_pem_public_key(ek_public_pem)
    if not same_public_key(cert.public_key(), ek_key):
        raise CredentialError(
            f"{NOT_ITS_OWN}: it certifies a different key than the TPM's endorsement key",
            hint=NOT_ITS_OWN_HINT,
        )
    chained = False
    if manufacturer_cas is not None:
        if _issuing_ca(cert, manufacturer_cas) is None:
            raise CredentialError(
                f"{NOT_ITS_OWN}: it was not issued by any configured TPM manufacturer CA "
                f"(issuer {cert.issuer.rfc4514_string()})",
                hint=NOT_ITS_OWN_HINT
                + "; if the maker is new, an engineer adds its CA to the bundle",
            )
        chained = True
    return EkCertificate(
        pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        thumbprint_sha256=hashlib.sha256(cert.public_bytes(serialization.Encoding.DER))
        .hexdigest()
        .upper(),
        issuer=cert.issuer.rfc4514_string(),
        chained=chained,
    )


def is_expired(cert: x509.Certificate, now: datetime | None = None) -> bool:
    """True when the certificate's validity has ended (EK certificates often outlive it)."""
    return (now or datetime.now(UTC)) > cert.not_valid_after_utc


def same_public_key(a: PublicKeyTypes, b: PublicKeyTypes) -> bool:
    """True when two public keys are the same RSA or EC key."""
    if isinstance(a, rsa.RSAPublicKey) and isinstance(b, rsa.RSAPublicKey):
        return a.public_numbers() == b.public_numbers()
    if isinstance(a, ec.EllipticCurvePublicKey) and isinstance(b, ec.EllipticCurvePublicKey):
        return a.curve.name == b.curve.name and a.public_numbers() == b.public_numbers()
    return False


def _issuing_ca(cert: x509.Certificate, cas: list[x509.Certificate]) -> x509.Certificate | None:
    # Every bundle certificate is a trust anchor, so one verified step is a chain.
    for ca in cas:
        if ca.subject != cert.issuer or not _may_issue(ca):
            continue
        try:
            cert.verify_directly_issued_by(ca)
        except (InvalidSignature, ValueError, TypeError):
            continue
        return ca
    return None


def _may_issue(ca: x509.Certificate) -> bool:
    try:
        constraints = ca.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return True  # old maker roots carry no extensions; the bundle vouches for them
    return constraints.ca


def _trim_der(data: bytes) -> bytes:
    # A DER SEQUENCE: 0x30, then a short or long-form length.
    if len(data) < 2 or data[0] != 0x30:
        return data
    first = data[1]
    if first < 0x80:
        return data[: 2 + first]
    count = first & 0x7F
    if count == 0 or count > 4 or len(data) < 2 + count:
        return data
    length = int.from_bytes(data[2 : 2 + count], "big")
    return data[: 2 + count + length]
