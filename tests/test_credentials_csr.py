"""What the station certifies of a board's certificate request, and what it refuses."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from station.core.errors import CredentialError
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.credentials.csr import check_request
from station.credentials.keys import generate_key
from station.credentials.leaf import issue_self_signed
from station.profiles.loader import find_profile
from station.profiles.payload import build_payload

DEVICE_ID = "bk-0200aa000001"


def _request(
    key: object,
    *,
    subject: list[x509.NameAttribute] | None = None,
    digest: hashes.HashAlgorithm | None = None,
    extension: x509.ExtensionType | None = None,
    challenge: bytes = b"",
) -> bytes:
    builder = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name(subject or [x509.NameAttribute(x509.NameOID.COMMON_NAME, DEVICE_ID)])
    )
    if extension is not None:
        builder = builder.add_extension(extension, critical=False)
    if challenge:
        builder = builder.add_attribute(x509.oid.AttributeOID.CHALLENGE_PASSWORD, challenge)
    signed = builder.sign(key, digest or hashes.SHA256())  # type: ignore[arg-type]
    return signed.public_bytes(serialization.Encoding.DER)


@pytest.mark.parametrize("algorithm", ["ec-p256", "rsa-2048"])
def test_a_request_as_the_station_wants_it_gives_the_boards_public_key(algorithm: str) -> None:
    key = generate_key(algorithm)
    public = check_request(_request(key), DEVICE_ID, algorithm)
    assert public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ) == key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@pytest.mark.parametrize(
    ("request_der", "algorithm", "reason"),
    [
        (b"\x30\x03\x02\x01\x00", "ec-p256", "is not a PKCS#10 request the station can read"),
        (_request(rsa.generate_private_key(65537, 1024)), "rsa-2048",
         "carries an RSA 1024-bit key; the profile's key_algorithm is rsa-2048"),
        (_request(ec.generate_private_key(ec.SECP384R1())), "ec-p256",
         "carries an EC secp384r1 key; the profile's key_algorithm is ec-p256"),
        (_request(generate_key("ec-p256")), "rsa-2048",
         "carries an EC secp256r1 key; the profile's key_algorithm is rsa-2048"),
        (_request(rsa.generate_private_key(3, 2048)), "rsa-2048",
         "carries an RSA key with exponent 3; allowed: 65537"),
        (_request(generate_key("ec-p256"), digest=hashes.SHA224()), "ec-p256",
         "is signed with sha224; allowed: SHA-256, SHA-384 or SHA-512"),
        (_request(generate_key("ec-p256"), subject=[
            x509.NameAttribute(x509.NameOID.COMMON_NAME, DEVICE_ID),
            x509.NameAttribute(x509.NameOID.ORGANIZATION_NAME, "Acme")]), "ec-p256",
         f"has the subject 'O=Acme,CN={DEVICE_ID}'; allowed: exactly CN={DEVICE_ID}"),
        (_request(generate_key("ec-p256"), subject=[
            x509.NameAttribute(x509.NameOID.COMMON_NAME, "bk-0200aa000002")]), "ec-p256",
         f"names CN 'bk-0200aa000002', not the device ID '{DEVICE_ID}'"),
        (_request(generate_key("ec-p256"), extension=x509.SubjectAlternativeName(
            [x509.DNSName("evil.example")])), "ec-p256",
         "asks for extensions the station does not grant: subjectAltName"),
        (_request(generate_key("ec-p256"), challenge=b"let me in"), "ec-p256",
         "carries attributes the station does not take: challengePassword"),
    ],
    ids=["garbage", "rsa-1024", "ec-p384", "ec-for-rsa", "rsa-e3", "sha224", "extra-rdn",
         "other-cn", "san", "challenge"],
)
def test_a_request_is_refused_with_one_reason(
    request_der: bytes, algorithm: str, reason: str
) -> None:
    with pytest.raises(CredentialError) as refused:
        check_request(request_der, DEVICE_ID, algorithm)
    assert refused.value.message == f"the board's certificate request {reason}"


def _unit(attestation: Attestation, **credential: str) -> Unit:
    job = Job("job-1", "demo-console", "0ne0012ABCD", attestation)
    return Unit(job, BoardInfo("COM1"), DeviceIdentity(DEVICE_ID, "mac"),
                Credential(attestation, **credential))


def test_the_payload_needs_key_pem_only_when_the_station_made_the_key() -> None:
    profile = find_profile("demo-console")
    cert = issue_self_signed(DEVICE_ID).cert_pem
    board_made = build_payload(profile, _unit(Attestation.X509_GROUP, cert_pem=cert,
                                              key_origin="board"))
    assert "key_pem" not in board_made.as_dict()
    assert board_made.as_dict()["cert_pem"] == cert.encode() + b"\0"
    with pytest.raises(CredentialError, match="has no key_pem"):
        build_payload(profile, _unit(Attestation.X509_GROUP, cert_pem=cert))
