"""Public facts of a certificate, written the way the Azure portal and DPS show them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def pem_bundle(certs: Iterable[x509.Certificate]) -> str:
    """Certificates one after the other, in the order given (leaf first for a chain)."""
    return "".join(pem(cert) for cert in certs)


def thumbprint_sha1(cert: x509.Certificate) -> str:
    """SHA-1 of the DER certificate: uppercase hex, no colons, as Azure shows it."""
    return hashlib.sha1(der(cert)).hexdigest().upper()


def thumbprint_sha1_of(cert_pem: str) -> str:
    """The SHA-1 thumbprint of the first certificate in ``cert_pem`` (as IoT Central shows it)."""
    return thumbprint_sha1(x509.load_pem_x509_certificate(cert_pem.encode()))


def thumbprint_sha256(cert: x509.Certificate) -> str:
    """SHA-256 of the DER certificate: uppercase hex, no colons, as Azure shows it."""
    return hashlib.sha256(der(cert)).hexdigest().upper()


def utc_iso(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``, to the second: ``2035-01-31T12:00:00Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def common_name(name: x509.Name) -> str:
    """The first CN of a name, or "" when it has none."""
    values = name.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(values[0].value) if values else ""
