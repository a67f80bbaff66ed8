"""Credential providers for the pipeline, one per attestation mode, chosen from a registry.

Providers are built once per job, on the thread that starts the job, and check
their secrets there so that a bad key stops the job before any board is
touched. ``issue`` runs on each port's worker thread; providers hold no
mutable state, so workers share one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from station.core.errors import CredentialError
from station.core.interfaces import BoardLink, CredentialProvider, KeyMakingLink
from station.core.models import Attestation, Credential, DeviceIdentity
from station.credentials.ca import CertificateAuthority
from station.credentials.csr import MADE_ON_BOARD, PRIMARY_SLOT, SECONDARY_SLOT, check_request
from station.credentials.keys import check_key_algorithm
from station.credentials.leaf import (
    DEFAULT_VALIDITY_DAYS,
    IssuedCertificate,
    check_common_name,
    issue_leaf,
    issue_leaf_for_key,
    issue_self_signed,
)
from station.credentials.sas import decode_group_key, generate_individual_keys
from station.credentials.signers import GroupKeySigner, InProcessGroupKey, same_group_key
from station.credentials.tpm_settings import TpmSettings


@dataclass(frozen=True, repr=False)
class JobSecrets:
    """The secrets a job may need: the enrollment group's primary and secondary keys
    (base64, or signers holding them, e.g. in a token) or the group's CA."""

    group_key_b64: str = ""
    ca: CertificateAuthority | None = None
    group_key_secondary_b64: str = ""
    # The CA the group moves to before ``ca`` expires; the job issues from one of them.
    ca_secondary: CertificateAuthority | None = None
    # Group keys kept where they derive device keys themselves (a PKCS#11 token).
    group_key_signer: GroupKeySigner | None = None
    group_key_secondary_signer: GroupKeySigner | None = None
    # Secrets of attestation modes from plugins, by the names their mode declares.
    named: Mapping[str, object] = field(default_factory=dict)

    def cas(self) -> dict[str, CertificateAuthority]:
        """The job's CAs by name ("primary", "secondary"), those it has."""
        named = {"primary": self.ca, "secondary": self.ca_secondary}
        return {name: ca for name, ca in named.items() if ca is not None}

    def __repr__(self) -> str:
        key = "<set>" if self.group_key_b64 or self.group_key_signer else "<none>"
        secondary = (
            "<set>" if self.group_key_secondary_b64 or self.group_key_secondary_signer
            else "<none>"
        )
        cas = {name: ca.subject for name, ca in self.cas().items()}
        return (
            f"JobSecrets(group_key_b64={key}, group_key_secondary_b64={secondary}, cas={cas})"
        )


@dataclass(frozen=True)
class ProviderOptions:
    """Settings from the profile that shape certificates, and its ``[tpm]`` settings if any."""

    key_algorithm: str = "ec-p256"
    validity_days: int = DEFAULT_VALIDITY_DAYS
    tpm: TpmSettings | None = None
    ca_slot: str = "primary"  # which of the job's CAs issues (x509-group)
    secondary_certificate: bool = False  # x509-individual: a second certificate per unit


class SasGroupProvider:
    """``sas-group``: the device keys are derived from the enrollment group's keys, the
    primary from its primary key and, when the job has it, the secondary from its
    secondary key (what the device falls back to while the group's primary is rolled).

    Each key is given in base64 or as a signer that derives with it (a key in a token).
    """

    def __init__(
        self,
        group_key: str | GroupKeySigner,
        group_key_secondary: str | GroupKeySigner = "",
    ) -> None:
        self._group_key = _group_key_signer(group_key, "group key")
        self._secondary = (
            _group_key_signer(group_key_secondary, "secondary group key")
            if not isinstance(group_key_secondary, str) or group_key_secondary.strip()
            else None
        )
        if self._secondary is not None and same_group_key(self._group_key, self._secondary):
            raise CredentialError(
                "the group's secondary key is the same as its primary key",
                hint="give the enrollment group's secondary key, or none",
            )

    def __repr__(self) -> str:
        secondary = "<set>" if self._secondary else "<none>"
        return f"SasGroupProvider(group_key=<set>, secondary={secondary})"

    def issue(self, identity: DeviceIdentity, link: BoardLink | None = None) -> Credential:
        secondary = (
            self._secondary.derive_device_key(identity.device_id) if self._secondary else ""
        )
        return Credential(
            attestation=Attestation.SAS_GROUP,
            sas_primary=self._group_key.derive_device_key(identity.device_id),
            sas_secondary=secondary,
        )


def _group_key_signer(key: str | GroupKeySigner, what: str) -> GroupKeySigner:
    return InProcessGroupKey(decode_group_key(key, what)) if isinstance(key, str) else key


class SasIndividualProvider:
    """``sas-individual``: fresh random primary and secondary keys for each device."""

    def __repr__(self) -> str:
        return "SasIndividualProvider()"

    def issue(self, identity: DeviceIdentity, link: BoardLink | None = None) -> Credential:
        primary, secondary = generate_individual_keys()
        return Credential(
            attestation=Attestation.SAS_INDIVIDUAL, sas_primary=primary, sas_secondary=secondary
        )


class X509GroupProvider:
    """``x509-group``: a leaf certificate signed by the enrollment group's CA."""

    def __init__(
        self,
        ca: CertificateAuthority,
        key_algorithm: str = "ec-p256",
        validity_days: int = DEFAULT_VALIDITY_DAYS,
    ) -> None:
        ca.check_valid()
        self.key_algorithm = check_key_algorithm(key_algorithm)
        self.validity_days = _check_validity(validity_days)
        # Refused at job start: every leaf of the job would outlive the CA.
        ca.check_lifetime(self.validity_days)
        self.ca = ca

    def __repr__(self) -> str:
        return (
            f"X509GroupProvider(ca={self.ca.subject!r}, key_algorithm={self.key_algorithm!r}, "
            f"validity_days={self.validity_days})"
        )

    def issue(self, identity: DeviceIdentity, link: BoardLink | None = None) -> Credential:
        issued = issue_leaf(
            self.ca,
            identity.device_id,
            key_algorithm=self.key_algorithm,
            validity_days=self.validity_days,
        )
        return _certificate_credential(Attestation.X509_GROUP, issued)


class X509IndividualProvider:
    """``x509-individual``: a self-signed certificate whose thumbprints go to the enrollment."""

    def __init__(
        self,
        key_algorithm: str = "ec-p256",
        validity_days: int = DEFAULT_VALIDITY_DAYS,
        secondary: bool = False,
    ) -> None:
        self.key_algorithm = check_key_algorithm(key_algorithm)
        self.validity_days = _check_validity(validity_days)
        self.secondary = secondary

    def __repr__(self) -> str:
        return (
            f"X509IndividualProvider(key_algorithm={self.key_algorithm!r}, "
            f"validity_days={self.validity_days})"
        )

    def issue(self, identity: DeviceIdentity, link: BoardLink | None = None) -> Credential:
        issued = issue_self_signed(
            identity.device_id, key_algorithm=self.key_algorithm, validity_days=self.validity_days
        )
        credential = _certificate_credential(Attestation.X509_INDIVIDUAL, issued)
        if not self.secondary:
            return credential
        second = issue_self_signed(
            identity.device_id, key_algorithm=self.key_algorithm, validity_days=self.validity_days
        )
        return replace(
            credential, cert_pem_secondary=second.cert_pem, key_pem_secondary=second.key_pem
        )


class BoardKeyProvider:
    """``x509-group`` and ``x509-individual`` with the device key made on the board.

    The board makes each key pair and answers with a certificate request
    (``KeyMakingLink``); the request is checked (``station.credentials.csr``) and
    the job's CA signs the certificate through its signer, wherever its key is (a
    file, the keyring, a PKCS#11 token). The credential carries the certificate and
    its chain and never a key. In ``x509-individual`` the CA is the station's
    "individual CA": the station cannot self-sign with a key it never holds, and
    DPS matches an individual enrollment's certificate by thumbprint, not by issuer.
    """

    def __init__(
        self,
        attestation: Attestation,
        ca: CertificateAuthority,
        key_algorithm: str = "ec-p256",
        validity_days: int = DEFAULT_VALIDITY_DAYS,
        secondary: bool = False,
    ) -> None:
        ca.check_valid()
        self.attestation = attestation
        self.key_algorithm = check_key_algorithm(key_algorithm)
        self.validity_days = _check_validity(validity_days)
        # Refused at job start: every certificate of the job would outlive the CA.
        ca.check_lifetime(self.validity_days)
        self.ca = ca
        self.secondary = secondary

    def __repr__(self) -> str:
        return (
            f"BoardKeyProvider({self.attestation.value!r}, ca={self.ca.subject!r}, "
            f"key_algorithm={self.key_algorithm!r}, validity_days={self.validity_days})"
        )

    def issue(self, identity: DeviceIdentity, link: BoardLink | None = None) -> Credential:
        device_id = identity.device_id
        check_common_name(device_id)  # before the board is asked to make anything
        if not isinstance(link, KeyMakingLink):
            port = getattr(link, "port", "its port")
            raise CredentialError(
                f"the link to the board on {port} cannot have the board make its device key",
                hint='use a profile with device_key = "station", or a transport that makes '
                "device keys on the board",
            )
        issued = self._certify(link, PRIMARY_SLOT, device_id)
        credential = replace(
            _certificate_credential(self.attestation, issued), key_origin=MADE_ON_BOARD
        )
        if not self.secondary:
            return credential
        second = self._certify(link, SECONDARY_SLOT, device_id)
        return replace(credential, cert_pem_secondary=second.cert_pem)

    def _certify(self, link: KeyMakingLink, slot: str, device_id: str) -> IssuedCertificate:
        request = link.make_device_key(slot, self.key_algorithm, device_id)
        public_key = check_request(request, device_id, self.key_algorithm)
        return issue_leaf_for_key(
            self.ca, device_id, public_key, validity_days=self.validity_days
        )


ProviderFactory = Callable[[JobSecrets, ProviderOptions], CredentialProvider]


def sas_group_provider(secrets: JobSecrets, options: ProviderOptions) -> CredentialProvider:
    primary = _one_key(secrets.group_key_b64, secrets.group_key_signer, "group key")
    secondary = _one_key(
        secrets.group_key_secondary_b64, secrets.group_key_secondary_signer,
        "secondary group key",
    )
    if not primary:
        raise CredentialError(
            "sas-group needs the enrollment group's key",
            hint="load it in Settings, pass --group-key-file or --group-key-token, or set "
            "STATION_GROUP_KEY",
        )
    return SasGroupProvider(primary, secondary)


def _one_key(b64: str, signer: GroupKeySigner | None, what: str) -> str | GroupKeySigner:
    """The group key given in base64 or as a signer; refused when it is given both ways."""
    if signer is None:
        return b64
    if b64.strip():
        raise CredentialError(
            f"the {what} is given twice: as a key and in a token",
            hint="give it one way: leave out the key file (and unset STATION_GROUP_KEY / "
            "STATION_GROUP_KEY_SECONDARY), or the token",
        )
    return signer


def sas_individual_provider(secrets: JobSecrets, options: ProviderOptions) -> CredentialProvider:
    return SasIndividualProvider()


def x509_group_provider(secrets: JobSecrets, options: ProviderOptions) -> CredentialProvider:
    return X509GroupProvider(_group_ca(secrets, options), options.key_algorithm,
                             options.validity_days)


def x509_group_board_key_provider(
    secrets: JobSecrets, options: ProviderOptions
) -> CredentialProvider:
    return BoardKeyProvider(
        Attestation.X509_GROUP, _group_ca(secrets, options), options.key_algorithm,
        options.validity_days,
    )


def x509_individual_board_key_provider(
    secrets: JobSecrets, options: ProviderOptions
) -> CredentialProvider:
    if secrets.ca is None:
        raise CredentialError(
            "x509-individual with device keys made on the board needs a CA to sign the "
            "units' certificates: the station cannot self-sign with a key that never leaves "
            "the board",
            hint="give the job a CA (--ca-cert and --ca-key, a CA key in a token, or "
            "Settings); each unit is still enrolled on its own, by its certificate's "
            "thumbprint, so DPS need not know the CA",
        )
    return BoardKeyProvider(
        Attestation.X509_INDIVIDUAL, _issuing_ca(secrets, options), options.key_algorithm,
        options.validity_days, options.secondary_certificate,
    )


def _group_ca(secrets: JobSecrets, options: ProviderOptions) -> CertificateAuthority:
    if secrets.ca is None:
        raise CredentialError(
            "x509-group needs the enrollment group's CA certificate and key",
            hint="load them in Settings or give the CA files on the command line",
        )
    return _issuing_ca(secrets, options)


def _issuing_ca(secrets: JobSecrets, options: ProviderOptions) -> CertificateAuthority:
    """The one of the job's CAs that ``options.ca_slot`` names."""
    if options.ca_slot not in ("primary", "secondary"):
        raise CredentialError(
            f"unknown CA {options.ca_slot!r} to issue from", hint="use primary or secondary"
        )
    ca = secrets.cas().get(options.ca_slot)
    if ca is None:
        raise CredentialError(
            "the job issues from the secondary CA, and it has none",
            hint="give the secondary CA's files (--secondary-ca-cert and --secondary-ca-key), "
            "or issue from the primary CA",
        )
    return ca


def x509_individual_provider(secrets: JobSecrets, options: ProviderOptions) -> CredentialProvider:
    return X509IndividualProvider(
        options.key_algorithm, options.validity_days, options.secondary_certificate
    )


def _certificate_credential(mode: Attestation, issued: IssuedCertificate) -> Credential:
    return Credential(
        attestation=mode,
        cert_pem=issued.cert_pem,
        key_pem=issued.key_pem,
        chain_pem=issued.chain_pem,
        thumbprint_sha1=issued.thumbprint_sha1,
        thumbprint_sha256=issued.thumbprint_sha256,
        cert_issuer=issued.issuer,
        cert_not_after=issued.not_after,
    )


def _check_validity(days: int) -> int:
    if days <= 0:
        raise CredentialError(
            f"a certificate validity of {days} days is not possible",
            hint="set the profile's validity_days to a positive number",
        )
    return days
