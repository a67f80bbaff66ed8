"""EK certificates: proof from the TPM's maker that an endorsement key is theirs.

TPM makers store a certificate for the EK in NV (see ``tpm_templates``).
The station accepts a certificate only when it chains to a root among the
manufacturer CA certificates the site configured (a PEM bundle; makers issue
EK certificates from intermediate CAs, which go in the bundle too) and certifies
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

    The self-signed roots in the bundle are the trust anchors; an
    intermediate in it is trusted only through one of them.
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

    With a bundle the certificate must chain, through intermediate CAs in
    the bundle if need be, to a self-signed root CA in it. Raises
    CredentialError ("this TPM's EK certificate does not belong to it",
    with the detail) when its key is not the EK's or it does not chain.
    The EK certificate's own validity is not checked (see ``is_expired``).
    """
    ek_key = serialization.load_pem_public_key(ek_public_pem)
    if not same_public_key(cert.public_key(), ek_key):
        raise CredentialError(
            f"{NOT_ITS_OWN}: it certifies a different key than the TPM's endorsement key",
            hint=NOT_ITS_OWN_HINT,
        )
    chained = False
    if manufacturer_cas is not None:
        problem = _chain_problem(cert, manufacturer_cas, datetime.now(UTC))
        if problem is not None:
            raise CredentialError(
                f"{NOT_ITS_OWN}: {problem}",
                hint=NOT_ITS_OWN_HINT
                + "; if the maker is new, an engineer adds its root and intermediate CAs "
                "to the bundle",
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


# Longest chain of CAs above an EK certificate that the station follows
# (maker root, one or two intermediates in practice).
_MAX_CHAIN = 6


def _chain_problem(
    cert: x509.Certificate, cas: list[x509.Certificate], now: datetime
) -> str | None:
    """None when ``cert`` chains to a self-signed root in ``cas``; else why it does not.

    The path may pass through intermediate CAs from the bundle; an
    intermediate is trusted only through a root in the bundle. Every CA on
    the path must be a CA (BasicConstraints ca=True; a root without
    extensions, as old X.509 v1 roots are, is let through because the bundle
    names it), allow the CAs below it (path length) and be valid now.
    """
    problems: list[str] = []
    if _path_to_root(cert, cas, now, (), problems):
        return None
    unknown = (
        "it was not issued by any configured TPM manufacturer CA "
        f"(issuer {cert.issuer.rfc4514_string()})"
    )
    if not problems:
        return unknown
    return f"it does not chain to a configured TPM manufacturer root CA: {problems[-1]}"


def _path_to_root(
    cert: x509.Certificate,
    cas: list[x509.Certificate],
    now: datetime,
    above: tuple[x509.Certificate, ...],
    problems: list[str],
) -> bool:
    """True when a path from ``cert`` to a root exists; appends to ``problems`` why not.

    ``above`` holds the intermediates already on the path (below ``cert``'s
    issuer): they stop loops and count against path lengths.
    """
    for ca in cas:
        if ca.subject != cert.issuer or ca == cert or ca in above:
            continue
        try:
            cert.verify_directly_issued_by(ca)
        except (InvalidSignature, ValueError, TypeError):
            continue  # the same name on another key: not this certificate's issuer
        name = ca.subject.rfc4514_string()
        problem = _ca_problem(ca, len(above), now)
        if problem is not None:
            problems.append(f"the CA certificate {name} in the bundle {problem}")
            continue
        if _is_self_signed(ca):
            return True
        if len(above) + 1 >= _MAX_CHAIN:
            problems.append(f"the chain through {name} is longer than {_MAX_CHAIN} CAs")
            continue
        known = len(problems)
        if _path_to_root(ca, cas, now, (*above, ca), problems):
            return True
        if len(problems) == known:
            problems.append(
                f"the intermediate CA {name} in the bundle does not chain to a root "
                "(self-signed) CA certificate in it"
            )
    return False


def _ca_problem(ca: x509.Certificate, intermediates_below: int, now: datetime) -> str | None:
    """Why ``ca`` may not issue on this path, or None."""
    if not ca.not_valid_before_utc <= now <= ca.not_valid_after_utc:
        return (
            f"is not valid now (valid {ca.not_valid_before_utc:%Y-%m-%d} to "
            f"{ca.not_valid_after_utc:%Y-%m-%d})"
        )
    try:
        constraints = ca.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        if _is_self_signed(ca):
            return None  # an X.509 v1 root: the bundle vouches for it
        return "is not marked as a CA (no BasicConstraints)"
    if not constraints.ca:
        return "is not a CA certificate (BasicConstraints ca=False)"
    if constraints.path_length is not None and intermediates_below > constraints.path_length:
        return f"allows {constraints.path_length} intermediate CAs below it, not more"
    return None


def _is_self_signed(cert: x509.Certificate) -> bool:
    if cert.subject != cert.issuer:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


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
