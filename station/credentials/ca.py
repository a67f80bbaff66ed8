"""The certificate authority that signs device certificates in the ``x509-group`` mode.

A CA is loaded from a PEM certificate file (the signing CA first, then its
issuers up to the root, if the file holds them) and a PEM private key,
optionally encrypted PKCS#8, or a ``pkcs11:`` URI naming its key in a PKCS#11
token (``station.credentials.pkcs11_signers``). Everything that would make DPS
refuse the devices later (wrong key, expired CA, a certificate that is not a
CA) is refused here, before any board is touched.

A CA signs through its ``signer`` (``station.credentials.signers``): nothing
that builds certificates needs the private key itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization

from station.core.errors import CredentialError
from station.core.private_files import write_private_file
from station.credentials.certificates import pem, pem_bundle, utc_iso
from station.credentials.keys import (
    SIGNING_KEY_TYPES,
    SigningKey,
    generate_key,
    private_key_pem,
    public_key_der,
)
from station.credentials.signers import CertificateSigner, KeySigner, check_signer_holds_key_of
from station.credentials.token_uri import is_token_uri

DEMO_CA_NAME = "Provisioning Station Demo Root CA"
DEMO_CA_CERT_FILE = "demo-root-ca.pem"
DEMO_CA_KEY_FILE = "demo-root-ca.key.pem"
DEMO_CA_VALIDITY_DAYS = 7300

# Certificates start a little in the past so that a board whose clock runs
# slightly behind the station's still accepts them.
BACKDATE = timedelta(hours=1)

_CA_FILE_HINT = "load the root or intermediate CA certificate that the enrollment group holds"


@dataclass(frozen=True)
class CertificateAuthority:
    """A CA certificate, the signer holding its private key, and the certificates above
    it (nearest first).

    A private key object given as ``signer`` is taken as ``KeySigner(key)``. The key
    never shows in ``repr``. Immutable, so worker threads may share one.
    """

    certificate: x509.Certificate
    signer: CertificateSigner
    chain: tuple[x509.Certificate, ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.signer, SIGNING_KEY_TYPES):
            object.__setattr__(self, "signer", KeySigner(self.signer))

    @property
    def private_key(self) -> SigningKey:
        """The CA key object, when this process holds it (to write the demo CA's files).

        Raises CredentialError for a key that stays in a token: it cannot be had.
        """
        if isinstance(self.signer, KeySigner):
            return self.signer.private_key
        raise CredentialError(
            f"the CA key of {self.subject} is {self.signer.description}; it cannot be exported",
            hint="sign with the token: give the CA key as its pkcs11: URI",
        )

    def sign(self, builder: x509.CertificateBuilder) -> x509.Certificate:
        """``builder`` signed with the CA's key, wherever the key is."""
        return self.signer.sign_certificate(builder)

    @property
    def subject(self) -> str:
        """The CA's subject as an RFC 4514 string; the issuer of what it signs."""
        return self.certificate.subject.rfc4514_string()

    @property
    def not_before(self) -> datetime:
        """The latest start of validity in the CA and its chain."""
        return max(cert.not_valid_before_utc for cert in self.certificates)

    @property
    def not_after(self) -> datetime:
        """The earliest end of validity in the CA and its chain: nothing it signs outlives it."""
        return min(cert.not_valid_after_utc for cert in self.certificates)

    @property
    def certificates(self) -> tuple[x509.Certificate, ...]:
        """The CA certificate followed by its chain."""
        return (self.certificate, *self.chain)

    def cert_pem(self) -> str:
        return pem(self.certificate)

    def chain_pem(self) -> str:
        """The CA certificate and its issuers, nearest first."""
        return pem_bundle(self.certificates)

    def authority_key_identifier(self) -> x509.AuthorityKeyIdentifier:
        """The AuthorityKeyIdentifier for certificates this CA signs."""
        try:
            ski = self.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        except x509.ExtensionNotFound:
            return x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self.signer.public_key()  # type: ignore[arg-type]
            )
        return x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski.value)

    def check_valid(self, now: datetime | None = None) -> None:
        """Raise CredentialError unless the CA and every certificate above it are valid now."""
        now = now or datetime.now(UTC)
        for cert in self.certificates:
            _check_time_valid(cert, now)

    def validity_window(self, days: int, *, clip: bool = True) -> tuple[datetime, datetime]:
        """(not before, not after) for a certificate this CA signs for ``days``.

        ``clip``: end it with the CA's own validity at the latest (a verification
        certificate, an intermediate); otherwise refuse, with CredentialError, a
        certificate that would outlive the CA (a device's leaf).
        """
        now = datetime.now(UTC)
        self.check_valid(now)
        not_before = max(now - BACKDATE, self.not_before)
        wanted = now + timedelta(days=days)
        if not clip and wanted > self.not_after:
            self.check_lifetime(days, now)
        return not_before, min(wanted, self.not_after)

    def check_lifetime(self, days: int, now: datetime | None = None) -> None:
        """Raise CredentialError when a certificate of ``days`` issued now would outlive
        this CA: the device would be cut off when the CA expires."""
        now = now or datetime.now(UTC)
        if now + timedelta(days=days) <= self.not_after:
            return
        left = max((self.not_after - now).days, 0)
        raise CredentialError(
            f"the CA {self.subject} expires on {self.not_after:%Y-%m-%d}, and a device "
            f"certificate of {days} days issued now would outlive it",
            hint=f"set the profile's validity_days to at most {left}, or issue from a "
            "newer CA (the job's secondary CA: --issue-from secondary)",
        )

    def days_left(self, now: datetime | None = None) -> int:
        """Whole days until the CA (or a certificate above it) expires."""
        return (self.not_after - (now or datetime.now(UTC))).days


def expiry_warnings(cas: dict[str, CertificateAuthority], warn_days: int) -> list[str]:
    """One line per CA in ``cas`` (named: "primary", "secondary") that expires within
    ``warn_days``: time to move the group to the next CA before devices are cut off."""
    warnings = []
    for name, ca in cas.items():
        left = ca.days_left()
        if left < warn_days:
            warnings.append(
                f"the {name} CA {ca.subject} expires in {left} days "
                f"({ca.not_after:%Y-%m-%d}): enrol its successor as the group's secondary "
                "CA and move the job to it"
            )
    return warnings


def load_ca(
    cert_pem: bytes, key_pem: bytes, passphrase: bytes | str | None = None
) -> CertificateAuthority:
    """Load and check a CA from PEM bytes.

    ``cert_pem`` holds the signing CA first and optionally its issuers in order
    up to the root; ``key_pem`` the CA's private key, PEM, encrypted PKCS#8
    when a passphrase is given (a str passphrase is taken as UTF-8). Raises
    CredentialError naming what is wrong.
    """
    if isinstance(passphrase, str):
        passphrase = passphrase.encode("utf-8")
    certs = _load_certificates(cert_pem)
    key = _load_private_key(key_pem, passphrase)
    ca_cert = certs[0]
    _check_is_ca(ca_cert)
    if public_key_der(key) != ca_cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ):
        raise CredentialError(
            f"the CA key does not belong to the CA certificate {_name(ca_cert)}",
            hint="load the key file that was made together with this certificate",
        )
    _check_chain_order(certs)
    ca = CertificateAuthority(ca_cert, KeySigner(key), tuple(certs[1:]))
    ca.check_valid()
    return ca


def load_ca_with_signer(cert_pem: bytes, signer: CertificateSigner) -> CertificateAuthority:
    """Load and check a CA whose key ``signer`` holds (a key in a token).

    The same checks as ``load_ca``; that the key is the certificate's is proved by a
    signature the signer makes and the certificate's public key verifies.
    """
    certs = _load_certificates(cert_pem)
    ca_cert = certs[0]
    _check_is_ca(ca_cert)
    check_signer_holds_key_of(signer, ca_cert)
    _check_chain_order(certs)
    ca = CertificateAuthority(ca_cert, signer, tuple(certs[1:]))
    ca.check_valid()
    return ca


def load_ca_files(
    cert_path: Path | str, key_path: Path | str, passphrase: bytes | str | None = None
) -> CertificateAuthority:
    """Load and check a CA from a certificate file and a key file (see ``load_ca``).

    ``key_path`` may be a ``pkcs11:`` URI instead: the key stays in that token and
    signs there (``passphrase`` is not used; the token's PIN comes from
    ``$STATION_HSM_PIN`` or the secret store).
    """
    if is_token_uri(str(key_path)):
        from station.credentials.pkcs11_signers import open_ca_signer

        cert_pem = _read(cert_path, "CA certificate")
        return load_ca_with_signer(cert_pem, open_ca_signer(str(key_path), cert_pem))
    return load_ca(_read(cert_path, "CA certificate"), _read(key_path, "CA key"), passphrase)


def create_ca(
    common_name: str,
    *,
    parent: CertificateAuthority | None = None,
    key_algorithm: str = "ec-p256",
    validity_days: int = DEMO_CA_VALIDITY_DAYS,
    path_length: int | None = None,
) -> CertificateAuthority:
    """Make a new CA: a self-signed root, or an intermediate signed by ``parent``.

    For demo mode and trials; a production CA comes from the customer's PKI.
    """
    key = generate_key(key_algorithm)
    subject = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, common_name)])
    signer: CertificateSigner
    chain: tuple[x509.Certificate, ...]
    if parent is None:
        now = datetime.now(UTC)
        not_before, not_after = now - BACKDATE, now + timedelta(days=validity_days)
        issuer, signer, chain = subject, KeySigner(key), ()
        aki = x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key())
    else:
        not_before, not_after = parent.validity_window(validity_days)
        issuer, signer = parent.certificate.subject, parent.signer
        chain = parent.certificates
        aki = parent.authority_key_identifier()
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(aki, critical=False)
    )
    return CertificateAuthority(signer.sign_certificate(builder), KeySigner(key), chain)


def write_ca_files(
    ca: CertificateAuthority,
    cert_path: Path,
    key_path: Path,
    passphrase: bytes | None = None,
) -> None:
    """Write the CA's certificate chain and its key; the key file is readable by its owner only."""
    cert_path.write_text(ca.chain_pem(), encoding="ascii")
    write_private_file(key_path, private_key_pem(ca.private_key, passphrase))


def create_demo_ca(directory: Path, name: str = DEMO_CA_NAME) -> tuple[Path, Path]:
    """Return (certificate path, key path) of the demo root CA in ``directory``.

    Makes a self-signed EC P-256 root the first time; later calls return the
    same files untouched. Raises CredentialError when only one of the two exists.
    """
    directory.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = directory / DEMO_CA_CERT_FILE, directory / DEMO_CA_KEY_FILE
    if cert_path.exists() and key_path.exists():
        return cert_path, key_path
    if cert_path.exists() or key_path.exists():
        present = cert_path if cert_path.exists() else key_path
        raise CredentialError(
            f"the demo CA in {directory} is incomplete: only {present.name} is there",
            hint="delete that file so the station can make a new demo CA",
        )
    write_ca_files(create_ca(name), cert_path, key_path)
    return cert_path, key_path


def _read(path: Path | str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CredentialError(
            f"cannot read the {what} file {path}: {exc.strerror or exc}",
            hint="check the file name and that the station may read it",
        ) from exc


def _load_certificates(data: bytes) -> list[x509.Certificate]:
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError:
        certs = []
    if not certs:
        raise CredentialError(
            "the CA certificate file holds no PEM certificate",
            hint="choose the CA's certificate file (it starts with -----BEGIN CERTIFICATE-----)",
        )
    return certs


def _load_private_key(data: bytes, passphrase: bytes | None) -> SigningKey:
    # Messages say what happened to the key, never anything taken from it.
    try:
        key = serialization.load_pem_private_key(data, passphrase or None)
    except TypeError:
        if not passphrase:
            raise CredentialError(
                "the CA key is encrypted and no passphrase was given",
                hint="give the CA key's passphrase: in Settings, or in an environment variable "
                "named with --ca-passphrase-env",
            ) from None
        # A passphrase was given for a key that has none: the key opens as it is.
        key = serialization.load_pem_private_key(data, None)
    except ValueError:
        if passphrase and b"ENCRYPTED" in data:
            raise CredentialError(
                "the passphrase does not open the CA key",
                hint="check the passphrase (it is case-sensitive) and try again",
            ) from None
        raise CredentialError(
            "the CA key file holds no PEM private key that the station can read",
            hint="choose the CA's private key file "
            "(-----BEGIN PRIVATE KEY----- or -----BEGIN ENCRYPTED PRIVATE KEY-----)",
        ) from None
    except UnsupportedAlgorithm:
        raise CredentialError(
            "the CA key uses an algorithm the station cannot read",
            hint="use an EC, RSA or Ed25519 CA key",
        ) from None
    if not isinstance(key, SIGNING_KEY_TYPES):
        raise CredentialError(
            f"the CA key is a {type(key).__name__}, which cannot sign device certificates",
            hint="use an EC, RSA or Ed25519 CA key",
        )
    return key


def _check_is_ca(cert: x509.Certificate) -> None:
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        raise CredentialError(
            f"the certificate {_name(cert)} is not a CA: it has no basic constraints",
            hint=_CA_FILE_HINT,
        ) from None
    if not constraints.ca:
        raise CredentialError(
            f"the certificate {_name(cert)} is not a CA (basic constraints say ca=false)",
            hint=_CA_FILE_HINT + ", not a device certificate",
        )
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not usage.key_cert_sign:
        raise CredentialError(
            f"the CA certificate {_name(cert)} may not sign certificates "
            "(its key usage lacks keyCertSign)",
            hint="use a CA certificate made for signing certificates",
        )


def is_self_signed(cert: x509.Certificate) -> bool:
    """True for a root: a certificate whose own key signed it, not merely one naming itself."""
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


def _check_chain_order(certs: list[x509.Certificate]) -> None:
    for index, (child, issuer) in enumerate(zip(certs, certs[1:], strict=False)):
        try:
            child.verify_directly_issued_by(issuer)
        except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
            raise CredentialError(
                f"in the CA certificate file, certificate {index + 2} ({_name(issuer)}) "
                f"did not issue certificate {index + 1} ({_name(child)})",
                hint="put the signing CA first, then its issuers in order up to the root",
            ) from None


def _check_time_valid(cert: x509.Certificate, now: datetime) -> None:
    if now > cert.not_valid_after_utc:
        raise CredentialError(
            f"the CA certificate {_name(cert)} expired on {utc_iso(cert.not_valid_after_utc)}",
            hint="load a CA certificate that is still valid and register it with DPS",
        )
    if now < cert.not_valid_before_utc:
        raise CredentialError(
            f"the CA certificate {_name(cert)} is not valid before "
            f"{utc_iso(cert.not_valid_before_utc)}",
            hint="check the station's date and time, or use a CA that is valid now",
        )


def _name(cert: x509.Certificate) -> str:
    return f"'{cert.subject.rfc4514_string()}'"
