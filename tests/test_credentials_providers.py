"""The pipeline's credential providers, chosen per attestation mode from the registry."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from concurrent.futures import ThreadPoolExecutor

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from station.core.errors import ConfigError, CredentialError, IdentityError
from station.core.models import Attestation, Credential, DeviceIdentity
from station.core.registries import ATTESTATIONS
from station.credentials import modes
from station.credentials.modes import AttestationMode, available_attestations, provider_for
from station.credentials.providers import (
    JobSecrets,
    SasGroupProvider,
    SasIndividualProvider,
    X509GroupProvider,
    X509IndividualProvider,
)
from station.credentials.x509 import CertificateAuthority, create_ca
from tests.ca_factory import expired_ca

GROUP_KEY = base64.b64encode(secrets.token_bytes(64)).decode()


@pytest.fixture(scope="module")
def ca() -> CertificateAuthority:
    root = create_ca("Providers Root CA")
    return create_ca("Providers Issuing CA", parent=root)


def _identity(device_id: str = "esp32-a0b1c2d3e4f5") -> DeviceIdentity:
    return DeviceIdentity(device_id=device_id, source="mac")


def _cert(credential: Credential) -> x509.Certificate:
    return x509.load_pem_x509_certificate(credential.cert_pem.encode())


def test_sas_group_credential_is_the_hmac_of_the_device_id() -> None:
    provider = provider_for(Attestation.SAS_GROUP, JobSecrets(group_key_b64=GROUP_KEY))
    assert isinstance(provider, SasGroupProvider)

    credential = provider.issue(_identity("dev-42"), None)

    expected = hmac.new(base64.b64decode(GROUP_KEY), b"dev-42", hashlib.sha256).digest()
    assert credential.attestation is Attestation.SAS_GROUP
    assert credential.sas_primary == base64.b64encode(expected).decode()
    assert credential.sas_secondary == ""
    assert credential.cert_pem == credential.key_pem == ""


def test_sas_group_without_a_key_names_what_to_load() -> None:
    with pytest.raises(CredentialError) as caught:
        provider_for(Attestation.SAS_GROUP, JobSecrets())
    assert "sas-group needs the enrollment group's key" in caught.value.message
    assert "--group-key-file" in caught.value.hint


def test_bad_group_key_fails_when_the_provider_is_built() -> None:
    with pytest.raises(CredentialError, match="not valid base64"):
        provider_for("sas-group", JobSecrets(group_key_b64="this is not a key"))
    with pytest.raises(CredentialError, match="not valid base64"):
        SasGroupProvider("this is not a key")


def test_sas_individual_gives_fresh_key_pairs() -> None:
    provider = provider_for(Attestation.SAS_INDIVIDUAL, JobSecrets())
    assert isinstance(provider, SasIndividualProvider)
    first = provider.issue(_identity("dev-1"), None)
    second = provider.issue(_identity("dev-2"), None)
    assert first.attestation is Attestation.SAS_INDIVIDUAL
    for credential in (first, second):
        assert len(base64.b64decode(credential.sas_primary, validate=True)) == 64
        assert len(base64.b64decode(credential.sas_secondary, validate=True)) == 64
    assert len({first.sas_primary, first.sas_secondary, second.sas_primary}) == 3


def test_x509_group_credential_holds_a_leaf_signed_by_the_ca(ca) -> None:
    provider = provider_for(Attestation.X509_GROUP, JobSecrets(ca=ca), validity_days=365)
    assert isinstance(provider, X509GroupProvider)

    credential = provider.issue(_identity("dev-7"), None)

    cert = _cert(credential)
    cert.verify_directly_issued_by(ca.certificate)
    assert credential.attestation is Attestation.X509_GROUP
    assert cert.subject.rfc4514_string() == "CN=dev-7"
    assert credential.cert_issuer == "CN=Providers Issuing CA"
    der = cert.public_bytes(serialization.Encoding.DER)
    assert credential.thumbprint_sha1 == hashlib.sha1(der).hexdigest().upper()
    assert credential.thumbprint_sha256 == hashlib.sha256(der).hexdigest().upper()
    assert credential.cert_not_after == cert.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    chain = x509.load_pem_x509_certificates(credential.chain_pem.encode())
    assert chain == [cert, *ca.certificates]
    key = serialization.load_pem_private_key(credential.key_pem.encode(), None)
    assert key.public_key() == cert.public_key()
    assert credential.sas_primary == ""


def test_x509_group_without_a_ca_names_what_to_load() -> None:
    with pytest.raises(CredentialError, match="x509-group needs the enrollment group's CA"):
        provider_for(Attestation.X509_GROUP, JobSecrets(group_key_b64=GROUP_KEY))


def test_x509_group_refuses_an_expired_ca_before_any_unit() -> None:
    cert, key = expired_ca("Old CA")
    with pytest.raises(CredentialError, match="expired on"):
        provider_for(Attestation.X509_GROUP, JobSecrets(ca=CertificateAuthority(cert, key)))


def test_x509_individual_credential_is_self_signed_with_thumbprints() -> None:
    provider = provider_for(Attestation.X509_INDIVIDUAL, JobSecrets())
    assert isinstance(provider, X509IndividualProvider)

    credential = provider.issue(_identity("dev-8"), None)

    cert = _cert(credential)
    cert.verify_directly_issued_by(cert)
    assert credential.attestation is Attestation.X509_INDIVIDUAL
    assert credential.cert_issuer == "CN=dev-8"
    der = cert.public_bytes(serialization.Encoding.DER)
    assert credential.thumbprint_sha256 == hashlib.sha256(der).hexdigest().upper()
    assert credential.chain_pem == credential.cert_pem


def test_x509_providers_refuse_a_device_id_too_long_for_a_cn(ca) -> None:
    for mode in (Attestation.X509_GROUP, Attestation.X509_INDIVIDUAL):
        provider = provider_for(mode, JobSecrets(ca=ca))
        with pytest.raises(IdentityError, match="at most 64"):
            provider.issue(_identity("d" * 65), None)


def test_bad_certificate_settings_fail_when_the_provider_is_built(ca) -> None:
    with pytest.raises(CredentialError, match="unknown key algorithm"):
        provider_for(Attestation.X509_INDIVIDUAL, JobSecrets(), key_algorithm="ec-p999")
    with pytest.raises(CredentialError, match="validity of 0 days"):
        provider_for(Attestation.X509_GROUP, JobSecrets(ca=ca), validity_days=0)


def test_tpm_is_not_available_without_the_tpm_stack(monkeypatch: pytest.MonkeyPatch) -> None:
    # As on a station installed without the tpm extra.
    real_find_spec = modes.find_spec
    monkeypatch.setattr(
        modes, "find_spec", lambda name: None if name == "tpm2_pytss" else real_find_spec(name)
    )
    assert Attestation.TPM not in available_attestations()
    with pytest.raises(CredentialError, match="tpm attestation is not available"):
        provider_for(Attestation.TPM, JobSecrets())


def test_a_mode_added_to_the_registry_is_served_with_its_own_secrets() -> None:
    class PinnedKeyProvider:
        def __init__(self, key: str) -> None:
            self.key = key

        def issue(self, identity: DeviceIdentity, link: object) -> Credential:
            return Credential(attestation=Attestation("pinned-sas"), sas_primary=self.key)

    ATTESTATIONS.add("pinned-sas", AttestationMode(
        name="pinned-sas", description="one key for every unit", mechanism="symmetricKey",
        group=False, provider=lambda secrets, options: PinnedKeyProvider(
            str(secrets.named["pinned_key"])),
        board_sources=("sas_key",), secrets=("pinned_key",),
    ))
    try:
        assert Attestation("pinned-sas") in available_attestations()
        assert Attestation("pinned-sas").needs_enrollment
        assert not Attestation("pinned-sas").is_x509
        secrets = JobSecrets(named={"pinned_key": "c2VjcmV0"})
        credential = provider_for("pinned-sas", secrets).issue(_identity(), None)
        assert credential.sas_primary == "c2VjcmV0"
    finally:
        ATTESTATIONS.remove("pinned-sas")


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ConfigError, match="this station has no attestation mode called 'psk'"):
        provider_for("psk", JobSecrets())


def test_secrets_never_show_in_repr(ca) -> None:
    job_secrets = JobSecrets(group_key_b64=GROUP_KEY, ca=ca)
    text = repr(job_secrets) + repr(provider_for(Attestation.SAS_GROUP, job_secrets))
    assert GROUP_KEY not in text
    assert GROUP_KEY[:16] not in text
    assert "Providers Issuing CA" in repr(job_secrets)
    assert "<none>" in repr(JobSecrets())


def test_one_provider_serves_several_worker_threads(ca) -> None:
    provider = provider_for(Attestation.X509_GROUP, JobSecrets(ca=ca))
    device_ids = [f"dev-{n}" for n in range(8)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        credentials = list(pool.map(lambda d: provider.issue(_identity(d), None), device_ids))
    for device_id, credential in zip(device_ids, credentials, strict=True):
        cert = _cert(credential)
        cert.verify_directly_issued_by(ca.certificate)
        assert cert.subject.rfc4514_string() == f"CN={device_id}"
    assert len({c.thumbprint_sha1 for c in credentials}) == len(device_ids)
