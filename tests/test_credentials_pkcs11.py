"""CA and group keys in a PKCS#11 token (SoftHSM2): certificates signed and device keys
derived inside the token, checked with openssl and against the in-process derivation;
keys that cannot be read out; one clear error for each way a token can be wrong."""

from __future__ import annotations

import base64
import secrets
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pkcs11
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from station.core.errors import ConfigError, CredentialError
from station.core.models import Attestation, DeviceIdentity
from station.credentials.ca import CertificateAuthority, load_ca_files, write_ca_files
from station.credentials.keys import private_key_pem
from station.credentials.leaf import issue_leaf, issue_verification_certificate
from station.credentials.modes import provider_for
from station.credentials.pkcs11_import import import_ca_key, import_group_key, token_keys
from station.credentials.pkcs11_signers import open_group_key, open_token_signer
from station.credentials.pkcs11_token import store_pin
from station.credentials.providers import JobSecrets
from station.credentials.sas import derive_device_key
from station.credentials.signers import KeySigner
from station.credentials.token_uri import parse_token_uri
from station.credentials.x509 import create_ca
from tests.softhsm_fixtures import CA_TOKEN, USER_PIN, SoftHsm

GROUP_KEY = base64.b64encode(secrets.token_bytes(64)).decode()
SECONDARY_KEY = base64.b64encode(secrets.token_bytes(64)).decode()


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="ascii")
    return path


def _ca_in_token(hsm: SoftHsm, folder: Path, ca: CertificateAuthority, label: str) -> Path:
    """Write ``ca``'s certificate file, put its key into the token; the certificate's path."""
    cert_path = _write(folder, f"{label}.pem", ca.chain_pem())
    import_ca_key(hsm.uri(key=label), ca.private_key)  # type: ignore[arg-type]
    return cert_path


def _openssl_verify(folder: Path, ca_file: Path, certs: list[str], *extra: str) -> list[str]:
    """openssl verify, all certificates in one run; its output lines."""
    paths = []
    for index, pem in enumerate(certs):
        paths.append(str(_write(folder, f"leaf-{index}.pem", pem)))
    result = subprocess.run(
        ["openssl", "verify", "-CAfile", str(ca_file), *extra, *paths],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.splitlines()


def _cn(cert: x509.Certificate) -> str:
    return str(cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value)


def test_a_thousand_leaves_signed_in_the_token_by_an_ec_ca_verify_with_openssl(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    cert_path = _ca_in_token(softhsm, tmp_path, create_ca("Token EC Root CA"), "ec-ca")
    ca = load_ca_files(cert_path, softhsm.uri(key="ec-ca"))
    assert "token" in ca.signer.description

    device_ids = [f"ec-dev-{n:04d}" for n in range(1000)]
    issued = [issue_leaf(ca, device_id) for device_id in device_ids]

    lines = _openssl_verify(tmp_path, cert_path, [i.cert_pem for i in issued],
                            "-purpose", "sslclient")
    assert lines == [f"{tmp_path}/leaf-{n}.pem: OK" for n in range(1000)]
    for device_id, leaf in zip(device_ids, issued, strict=True):
        cert = x509.load_pem_x509_certificate(leaf.cert_pem.encode())
        assert _cn(cert) == device_id
        assert cert.signature_algorithm_oid == x509.SignatureAlgorithmOID.ECDSA_WITH_SHA256


def test_leaves_signed_in_the_token_by_an_rsa_ca_made_in_the_token_verify_with_openssl(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    # The RSA-2048 key is made inside the token: it never existed anywhere else.
    public = softhsm.generate_rsa_ca_key("rsa-ca")
    signer = open_token_signer(softhsm.uri(key="rsa-ca"), public)
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Token RSA Root CA")])
    now = datetime.now(UTC)
    root = signer.sign_certificate(
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=7300))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
    )
    cert_path = _write(tmp_path, "rsa-ca.pem", root.public_bytes(serialization.Encoding.PEM)
                       .decode())
    ca = load_ca_files(cert_path, softhsm.uri(key="rsa-ca"))

    issued = [issue_leaf(ca, f"rsa-dev-{n}") for n in range(200)]

    lines = _openssl_verify(tmp_path, cert_path, [i.cert_pem for i in issued],
                            "-purpose", "sslclient")
    assert all(line.endswith(": OK") for line in lines) and len(lines) == 200
    cert = x509.load_pem_x509_certificate(issued[0].cert_pem.encode())
    assert cert.signature_algorithm_oid == x509.SignatureAlgorithmOID.RSA_WITH_SHA256
    assert _cn(cert) == "rsa-dev-0"


def test_a_token_signed_leaf_is_built_as_a_file_signed_one(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    file_ca = create_ca("Same CA")
    cert_path = _ca_in_token(softhsm, tmp_path, file_ca, "same")
    token_ca = load_ca_files(cert_path, softhsm.uri(key="same"))

    from_file = x509.load_pem_x509_certificate(issue_leaf(file_ca, "dev-1").cert_pem.encode())
    from_token = x509.load_pem_x509_certificate(issue_leaf(token_ca, "dev-1").cert_pem.encode())

    assert from_token.issuer == from_file.issuer and from_token.subject == from_file.subject
    assert [e.oid for e in from_token.extensions] == [e.oid for e in from_file.extensions]
    for ext in from_file.extensions:
        if ext.oid != x509.ExtensionOID.SUBJECT_KEY_IDENTIFIER:  # the device keys differ
            assert from_token.extensions.get_extension_for_oid(ext.oid) == ext
    assert from_token.signature_algorithm_oid == from_file.signature_algorithm_oid
    assert from_token.version == from_file.version
    from_token.verify_directly_issued_by(file_ca.certificate)


def test_an_intermediate_ca_in_the_token_issues_leaves_openssl_chains_to_the_root(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    root = create_ca("Offline Root CA")
    intermediate = create_ca("Line Issuing CA", parent=root, path_length=0)
    chain_path = _ca_in_token(softhsm, tmp_path, intermediate, "issuing")
    root_path = _write(tmp_path, "root.pem", root.cert_pem())
    ca = load_ca_files(chain_path, softhsm.uri(key="issuing"))
    assert ca.chain == (root.certificate,)

    leaf = issue_leaf(ca, "dev-chain")

    presented = _write(tmp_path, "int.pem", intermediate.cert_pem())
    lines = _openssl_verify(tmp_path, root_path, [leaf.cert_pem], "-untrusted", str(presented))
    assert lines == [f"{tmp_path}/leaf-0.pem: OK"]
    assert leaf.chain_pem.count("BEGIN CERTIFICATE") == 3


def test_a_verification_certificate_is_signed_in_the_token(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    cert_path = _ca_in_token(softhsm, tmp_path, create_ca("Proof CA"), "proof")
    ca = load_ca_files(cert_path, softhsm.uri(key="proof"))

    pem = issue_verification_certificate(ca, "4C9E6B0D21F3A5")

    cert = x509.load_pem_x509_certificate(pem.encode())
    assert _cn(cert) == "4C9E6B0D21F3A5"
    assert _openssl_verify(tmp_path, cert_path, [pem]) == [f"{tmp_path}/leaf-0.pem: OK"]


def test_sas_device_keys_derived_in_the_token_equal_the_in_process_derivation(
    softhsm: SoftHsm,
) -> None:
    import_group_key(softhsm.uri(key="group-primary"), GROUP_KEY)
    import_group_key(softhsm.uri(key="group-secondary"), SECONDARY_KEY)
    primary = open_group_key(softhsm.uri(key="group-primary"))

    for n in range(200):
        device_id = f"sas-dev-{n}"
        assert primary.derive_device_key(device_id) == derive_device_key(GROUP_KEY, device_id)

    provider = provider_for(Attestation.SAS_GROUP, JobSecrets(
        group_key_signer=primary,
        group_key_secondary_signer=open_group_key(softhsm.uri(key="group-secondary")),
    ))
    credential = provider.issue(DeviceIdentity("unit-7", "counter"))
    assert credential.sas_primary == derive_device_key(GROUP_KEY, "unit-7")
    assert credential.sas_secondary == derive_device_key(SECONDARY_KEY, "unit-7")


def test_the_same_group_key_as_primary_and_secondary_is_refused(softhsm: SoftHsm) -> None:
    import_group_key(softhsm.uri(key="group"), GROUP_KEY)
    signer = open_group_key(softhsm.uri(key="group"))
    with pytest.raises(CredentialError, match="secondary key is the same as its primary"):
        provider_for(Attestation.SAS_GROUP, JobSecrets(
            group_key_signer=signer, group_key_secondary_b64=GROUP_KEY))
    with pytest.raises(CredentialError, match="given twice"):
        provider_for(Attestation.SAS_GROUP, JobSecrets(
            group_key_b64=GROUP_KEY, group_key_signer=signer))


def test_keys_in_the_token_cannot_be_read_out(softhsm: SoftHsm, tmp_path: Path) -> None:
    file_ca = create_ca("Sealed CA")
    cert_path = _ca_in_token(softhsm, tmp_path, file_ca, "sealed-ca")
    import_group_key(softhsm.uri(key="sealed-group"), GROUP_KEY)
    ca = load_ca_files(cert_path, softhsm.uri(key="sealed-ca"))

    # What the station holds signs, and gives nothing out.
    with pytest.raises(CredentialError, match="cannot be exported"):
        ca.private_key  # noqa: B018
    assert not isinstance(ca.signer, KeySigner)
    facade = ca.signer._facade  # type: ignore[attr-defined]  # what cryptography is given
    for export in (facade.private_numbers, lambda: private_key_pem(facade)):
        with pytest.raises(CredentialError, match="stays in its token"):
            export()

    # The token itself refuses every way out: in clear, and wrapped under a key of ours.
    with softhsm.session() as session:
        wrapper = session.generate_key(pkcs11.KeyType.AES, 256, label="wrapper",
                                       capabilities=pkcs11.MechanismFlag.WRAP)
        for label, object_class in (("sealed-ca", pkcs11.ObjectClass.PRIVATE_KEY),
                                    ("sealed-group", pkcs11.ObjectClass.SECRET_KEY)):
            key = session.get_key(object_class=object_class, label=label)
            assert key[pkcs11.Attribute.SENSITIVE] is True
            assert key[pkcs11.Attribute.EXTRACTABLE] is False
            with pytest.raises(pkcs11.AttributeSensitive):
                key[pkcs11.Attribute.VALUE]  # noqa: B018
            with pytest.raises(pkcs11.KeyUnextractable):
                wrapper.wrap_key(key, mechanism=pkcs11.Mechanism.AES_KEY_WRAP_PAD)
            with pytest.raises(pkcs11.PKCS11Error):  # nor can it be made extractable
                key[pkcs11.Attribute.EXTRACTABLE] = True

    listed = {fact.label: fact for fact in token_keys(softhsm.uri())}
    assert listed["sealed-ca"].describe() == "sealed-ca: EC P-256 private key, sensitive, " \
        "non-extractable"
    assert listed["sealed-group"].kind == "generic secret key"


def test_a_key_removed_from_the_token_mid_job_fails_the_unit_in_one_line(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    cert_path = _ca_in_token(softhsm, tmp_path, create_ca("Vanishing CA"), "vanishing")
    ca = load_ca_files(cert_path, softhsm.uri(key="vanishing"))
    provider = provider_for(Attestation.X509_GROUP, JobSecrets(ca=ca))
    provider.issue(DeviceIdentity("dev-before", "counter"))
    with softhsm.session() as session:
        session.get_key(object_class=pkcs11.ObjectClass.PRIVATE_KEY, label="vanishing").destroy()

    with pytest.raises(CredentialError) as caught:
        provider.issue(DeviceIdentity("dev-after", "counter"))
    assert caught.value.message == (
        f"signing failed in token '{CA_TOKEN}': ObjectHandleInvalid"
    )
    assert "try the unit again" in caught.value.hint


def test_a_missing_token_is_one_clear_error(softhsm: SoftHsm, tmp_path: Path) -> None:
    with pytest.raises(CredentialError) as caught:
        open_group_key(softhsm.uri("Line 2 Keys", "group"))
    assert caught.value.message == (
        "no token labelled 'Line 2 Keys' is present in the PKCS#11 module libsofthsm2.so "
        f"(it has: {CA_TOKEN})"
    )
    assert "connect the token" in caught.value.hint


def test_a_wrong_pin_is_one_clear_error_that_never_shows_the_pin(
    softhsm: SoftHsm, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATION_HSM_PIN", "9999-wrong")
    with pytest.raises(CredentialError) as caught:
        open_group_key(softhsm.uri(key="group"))
    assert caught.value.message == f"the PIN for token '{CA_TOKEN}' is wrong"
    assert "9999" not in str(caught.value) and USER_PIN not in str(caught.value)


def test_a_key_that_is_not_the_certificates_is_one_clear_error(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    cert_path = _ca_in_token(softhsm, tmp_path, create_ca("Right CA"), "right")
    _ca_in_token(softhsm, tmp_path, create_ca("Other CA"), "other")
    with pytest.raises(CredentialError) as caught:
        load_ca_files(cert_path, softhsm.uri(key="other"))
    assert caught.value.message == (
        f"the key 'other' in token '{CA_TOKEN}' is not the key of the CA certificate "
        "'CN=Right CA'"
    )
    # An RSA key for an EC certificate is refused before anything is signed.
    softhsm.generate_rsa_ca_key("rsa")
    with pytest.raises(CredentialError, match="the token holds an RSA key"):
        load_ca_files(cert_path, softhsm.uri(key="rsa"))


def test_a_missing_key_module_or_pin_is_one_clear_error(
    softhsm: SoftHsm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert_path = _write(tmp_path, "ca.pem", create_ca("Lonely CA").cert_pem())
    with pytest.raises(CredentialError, match=f"token '{CA_TOKEN}' holds no private key "
                       "labelled 'absent'"):
        load_ca_files(cert_path, softhsm.uri(key="absent"))
    with pytest.raises(CredentialError, match="module /nowhere/p11.so does not exist"):
        load_ca_files(cert_path, "pkcs11:token=x;object=y?module-path=/nowhere/p11.so")
    with pytest.raises(ConfigError, match="no PKCS#11 module is named"):
        load_ca_files(cert_path, softhsm.uri(key="absent", with_module=False))
    monkeypatch.delenv("STATION_HSM_PIN")
    from station.credentials.pkcs11_token import close_tokens

    close_tokens()
    with pytest.raises(CredentialError, match=f"no PIN is given for token '{CA_TOKEN}'"):
        load_ca_files(cert_path, softhsm.uri(key="absent"))


def test_the_pin_may_come_from_the_secret_store(
    softhsm: SoftHsm, station_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_group_key(softhsm.uri(key="group"), GROUP_KEY)
    from station.credentials.pkcs11_token import close_tokens

    close_tokens()
    monkeypatch.delenv("STATION_HSM_PIN")
    monkeypatch.setenv("STATION_PKCS11_MODULE", softhsm.module)
    store_pin(CA_TOKEN, USER_PIN)
    (secrets_file,) = station_home.rglob("secrets.enc")
    assert USER_PIN.encode() not in secrets_file.read_bytes()

    signer = open_group_key(softhsm.uri(key="group", with_module=False))
    assert signer.derive_device_key("dev-9") == derive_device_key(GROUP_KEY, "dev-9")


def test_a_group_key_too_short_for_the_token_is_refused_and_not_left_behind(
    softhsm: SoftHsm,
) -> None:
    short = base64.b64encode(secrets.token_bytes(16)).decode()
    with pytest.raises(CredentialError) as caught:
        import_group_key(softhsm.uri(key="short"), short)
    assert caught.value.message == f"token '{CA_TOKEN}' refuses an HMAC key of 16 bytes"
    assert "64-byte keys" in caught.value.hint
    assert [fact.label for fact in token_keys(softhsm.uri())] == []
    with pytest.raises(CredentialError, match="already holds an object labelled 'again'"):
        import_group_key(softhsm.uri(key="again"), GROUP_KEY)
        import_group_key(softhsm.uri(key="again"), GROUP_KEY)


@pytest.mark.parametrize(("uri", "message"), [
    ("pkcs11:token=A;object=k;pin-value=1234", "a PIN does not go in the pkcs11: URI"),
    ("pkcs11:token=A;object=k?pin-source=file:/pin", "a PIN does not go in the pkcs11: URI"),
    ("pkcs11:token=A;objekt=k", "attribute the station does not take: 'objekt'"),
    ("pkcs11:token=A", "names no object"),
    ("pkcs11:object=k", "names no token"),
    ("pkcs11:token=A;object=k;type=cert", "object of type 'cert'"),
    ("pkcs11:token=A;object=k;token=B", "gives 'token' twice"),
])
def test_token_uris_are_read_strictly(uri: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_token_uri(uri)


def test_a_token_uri_names_token_key_and_module() -> None:
    ref = parse_token_uri("pkcs11:token=Line%20CA;object=issuing%2Dca;id=%01%02;type=private"
                          "?module-path=/usr/lib/softhsm/libsofthsm2.so")
    assert (ref.token, ref.object, ref.key_id, ref.module) == (
        "Line CA", "issuing-ca", b"\x01\x02", "/usr/lib/softhsm/libsofthsm2.so")
    assert str(ref) == "token 'Line CA', key 'issuing-ca'"
    with pytest.raises(ConfigError, match="where a secret-key key is needed"):
        parse_token_uri("pkcs11:token=A;object=k;type=private", expected_type="secret-key")


def test_a_ca_given_a_key_in_memory_signs_through_a_key_signer() -> None:
    made = create_ca("Memory CA")
    key = made.private_key
    ca = CertificateAuthority(made.certificate, key)
    assert isinstance(ca.signer, KeySigner) and ca.private_key is key
    assert "private_key" not in repr(ca) and "KeySigner(EC secp256r1)" in repr(ca)
    leaf = x509.load_pem_x509_certificate(issue_leaf(ca, "dev-m").cert_pem.encode())
    leaf.verify_directly_issued_by(made.certificate)
    assert isinstance(leaf.signature_hash_algorithm, hashes.SHA256)


def test_write_ca_files_refuses_a_ca_whose_key_is_in_the_token(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    cert_path = _ca_in_token(softhsm, tmp_path, create_ca("Kept CA"), "kept")
    ca = load_ca_files(cert_path, softhsm.uri(key="kept"))
    with pytest.raises(CredentialError, match="cannot be exported"):
        write_ca_files(ca, tmp_path / "copy.pem", tmp_path / "copy.key")
    assert not (tmp_path / "copy.key").exists()


def test_without_python_pkcs11_a_token_uri_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert_path = _write(tmp_path, "ca.pem", create_ca("Plain CA").cert_pem())
    monkeypatch.setitem(sys.modules, "pkcs11", None)  # as on a station without the hsm extra
    with pytest.raises(CredentialError) as caught:
        load_ca_files(cert_path, "pkcs11:token=A;object=k?module-path=/x.so")
    assert caught.value.message == (
        "the station cannot use PKCS#11 tokens: python-pkcs11 is not installed")
    assert "provisioning-station[hsm]" in caught.value.hint
