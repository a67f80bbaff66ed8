"""EK certificates: TPMs made by swtpm_setup with certificates from a test maker CA."""

from __future__ import annotations

import datetime
import hashlib
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from tpm2_pytss.constants import ESYS_TR
from tpm2_pytss.utils import NoSuchIndex, create_ek_template

from station.core.errors import ConfigError, CredentialError
from station.credentials.tpm import read_endorsement_key
from station.credentials.tpm_ekcert import NOT_ITS_OWN, check_ek_certificate
from station.credentials.tpm_tcti import open_esapi
from station.credentials.tpm_templates import (
    ECC_EK_CERT_INDEX,
    RSA_EK_CERT_INDEX,
    RSA_EK_HANDLE,
)
from station.simulation.tpm_backend import SwtpmProcess
from tests import tpm_fixtures
from tests.tpm_fixtures import MakerCa, ManufacturedTpm, make_ca, write_bundle, write_nv_index

swtpm = tpm_fixtures.swtpm
tpm_ca = tpm_fixtures.tpm_ca
manufactured_tpms = tpm_fixtures.manufactured_tpms
swtpm_with_ek_cert = tpm_fixtures.swtpm_with_ek_cert


def evict_persisted_ek(process: SwtpmProcess) -> None:
    """Remove the EK swtpm_setup persisted, as if the maker had not done so."""
    with open_esapi(process.tcti) as ectx:
        persisted = ectx.tr_from_tpmpublic(RSA_EK_HANDLE)
        ectx.evict_control(ESYS_TR.OWNER, persisted, RSA_EK_HANDLE)


def issue_ek_certificate(ca: MakerCa, ek_public_pem: str) -> bytes:
    """A DER EK certificate from ``ca`` for the given key (for keys swtpm_setup does not cover)."""
    ca_key = serialization.load_pem_private_key(ca.key_path.read_bytes(), password=None)
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([]))
        .issuer_name(ca.cert.subject)
        .public_key(serialization.load_pem_public_key(ek_public_pem.encode()))
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DirectoryName(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "tpm")]))]
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


def test_a_genuine_tpm_gives_its_ek_and_certificate(
    swtpm_with_ek_cert: SwtpmProcess,
    tpm_ca: MakerCa,
    manufactured_tpms: tuple[ManufacturedTpm, ManufacturedTpm],
) -> None:
    ek = read_endorsement_key(
        swtpm_with_ek_cert.tcti, manufacturer_cas=tpm_ca.bundle, require_certificate=True
    )
    stored = manufactured_tpms[0].ek_cert_der
    assert ek.handle == RSA_EK_HANDLE  # swtpm_setup persisted it, as makers often do
    assert ek.certificate_thumbprint == hashlib.sha256(stored).hexdigest().upper()
    assert ek.certificate_issuer == "CN=Station Test TPM Manufacturer CA"
    cert = x509.load_pem_x509_certificate(ek.certificate_pem.encode())
    assert cert.public_bytes(serialization.Encoding.DER) == stored
    assert ek.warnings == ()


def test_the_persisted_maker_ek_is_the_tcg_template_key(swtpm_with_ek_cert: SwtpmProcess) -> None:
    persisted = read_endorsement_key(swtpm_with_ek_cert.tcti)
    evict_persisted_ek(swtpm_with_ek_cert)
    created = read_endorsement_key(swtpm_with_ek_cert.tcti)
    assert created.handle is None
    assert created.public_b64 == persisted.public_b64


def test_a_certificate_from_another_tpm_is_refused(
    swtpm_with_ek_cert: SwtpmProcess,
    tpm_ca: MakerCa,
    manufactured_tpms: tuple[ManufacturedTpm, ManufacturedTpm],
) -> None:
    write_nv_index(swtpm_with_ek_cert.tcti, RSA_EK_CERT_INDEX, manufactured_tpms[1].ek_cert_der)
    with pytest.raises(CredentialError, match=NOT_ITS_OWN) as err:
        read_endorsement_key(swtpm_with_ek_cert.tcti, manufacturer_cas=tpm_ca.bundle)
    assert "different key" in err.value.message
    # Without a CA bundle the key is still compared.
    with pytest.raises(CredentialError, match=NOT_ITS_OWN):
        read_endorsement_key(swtpm_with_ek_cert.tcti)


def test_a_corrupted_certificate_is_refused(
    swtpm_with_ek_cert: SwtpmProcess,
    tpm_ca: MakerCa,
    manufactured_tpms: tuple[ManufacturedTpm, ManufacturedTpm],
) -> None:
    damaged = bytearray(manufactured_tpms[0].ek_cert_der)
    damaged[-1] ^= 0x01  # the last byte of the signature
    write_nv_index(swtpm_with_ek_cert.tcti, RSA_EK_CERT_INDEX, bytes(damaged))
    with pytest.raises(CredentialError, match=NOT_ITS_OWN) as err:
        read_endorsement_key(swtpm_with_ek_cert.tcti, manufacturer_cas=tpm_ca.bundle)
    assert "not issued by any configured" in err.value.message


def test_an_unreadable_certificate_is_refused(swtpm_with_ek_cert: SwtpmProcess) -> None:
    write_nv_index(swtpm_with_ek_cert.tcti, RSA_EK_CERT_INDEX, b"\x30\x82\x01\x00not a certificate")
    with pytest.raises(CredentialError, match=NOT_ITS_OWN) as err:
        read_endorsement_key(swtpm_with_ek_cert.tcti)
    assert "cannot be read" in err.value.message


def test_padding_after_the_certificate_in_nv_is_ignored(
    swtpm_with_ek_cert: SwtpmProcess,
    tpm_ca: MakerCa,
    manufactured_tpms: tuple[ManufacturedTpm, ManufacturedTpm],
) -> None:
    stored = manufactured_tpms[0].ek_cert_der
    write_nv_index(swtpm_with_ek_cert.tcti, RSA_EK_CERT_INDEX, stored + bytes(64))
    ek = read_endorsement_key(swtpm_with_ek_cert.tcti, manufacturer_cas=tpm_ca.bundle)
    assert ek.certificate_thumbprint == hashlib.sha256(stored).hexdigest().upper()


def test_a_certificate_from_an_unknown_maker_is_refused(
    swtpm_with_ek_cert: SwtpmProcess, tmp_path: Path
) -> None:
    other = make_ca(tmp_path / "other-maker", "Station Test TPM Manufacturer CA")
    with pytest.raises(CredentialError, match=NOT_ITS_OWN) as err:
        read_endorsement_key(swtpm_with_ek_cert.tcti, manufacturer_cas=other.bundle)
    assert "not issued by any configured" in err.value.message


def test_a_tpm_without_certificate(swtpm: SwtpmProcess, tpm_ca: MakerCa) -> None:
    ek = read_endorsement_key(swtpm.tcti, manufacturer_cas=tpm_ca.bundle)
    assert ek.certificate_pem == "" and ek.certificate_thumbprint == ""
    assert any("holds no EK certificate" in w for w in ek.warnings)
    with pytest.raises(CredentialError, match="holds no EK certificate") as err:
        read_endorsement_key(swtpm.tcti, manufacturer_cas=tpm_ca.bundle, require_certificate=True)
    assert err.value.hint


def test_a_certificate_without_a_ca_bundle_is_only_partly_checked(
    swtpm_with_ek_cert: SwtpmProcess,
) -> None:
    ek = read_endorsement_key(swtpm_with_ek_cert.tcti)
    assert ek.certificate_thumbprint
    assert any("not checked against a TPM manufacturer CA" in w for w in ek.warnings)


def test_requiring_a_certificate_needs_a_ca_bundle(swtpm: SwtpmProcess) -> None:
    with pytest.raises(ConfigError, match="no TPM manufacturer CA bundle"):
        read_endorsement_key(swtpm.tcti, require_certificate=True)


def test_a_bad_ca_bundle_is_a_configuration_error(swtpm: SwtpmProcess, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the TPM manufacturer CA bundle"):
        read_endorsement_key(swtpm.tcti, manufacturer_cas=tmp_path / "missing.pem")
    empty = tmp_path / "empty.pem"
    empty.write_text("no certificates here\n")
    with pytest.raises(ConfigError, match="holds no readable certificate"):
        read_endorsement_key(swtpm.tcti, manufacturer_cas=empty)


def test_azure_variant_is_accepted_on_the_strength_of_the_tcg_ek_certificate(
    swtpm_with_ek_cert: SwtpmProcess, tpm_ca: MakerCa
) -> None:
    tcg = read_endorsement_key(swtpm_with_ek_cert.tcti)
    evict_persisted_ek(swtpm_with_ek_cert)

    azure = read_endorsement_key(
        swtpm_with_ek_cert.tcti,
        template="azure-csdk-rsa",
        persist=True,
        manufacturer_cas=tpm_ca.bundle,
        require_certificate=True,
    )
    assert azure.public_b64 != tcg.public_b64
    assert azure.certificate_thumbprint == tcg.certificate_thumbprint
    assert any("Azure IoT C SDK" in w for w in azure.warnings)
    # Once persisted, the variant is recognised as this TPM's own key.
    again = read_endorsement_key(
        swtpm_with_ek_cert.tcti, template="azure-csdk-rsa", manufacturer_cas=tpm_ca.bundle
    )
    assert again.public_b64 == azure.public_b64 and again.handle == RSA_EK_HANDLE


def test_an_ecc_ek_certificate_is_checked_too(swtpm: SwtpmProcess, tpm_ca: MakerCa) -> None:
    ecc = read_endorsement_key(swtpm.tcti, template="tcg-ecc-p256")
    write_nv_index(swtpm.tcti, ECC_EK_CERT_INDEX, issue_ek_certificate(tpm_ca, ecc.public_pem))
    checked = read_endorsement_key(
        swtpm.tcti, template="tcg-ecc-p256", manufacturer_cas=tpm_ca.bundle
    )
    assert checked.certificate_issuer == "CN=Station Test TPM Manufacturer CA"
    assert checked.warnings == ()
    # The RSA EK of the same TPM is not what that certificate certifies.
    rsa_ek = read_endorsement_key(swtpm.tcti)
    write_nv_index(swtpm.tcti, ECC_EK_CERT_INDEX, issue_ek_certificate(tpm_ca, rsa_ek.public_pem))
    with pytest.raises(CredentialError, match=NOT_ITS_OWN):
        read_endorsement_key(swtpm.tcti, template="tcg-ecc-p256", manufacturer_cas=tpm_ca.bundle)


def no_nv_index(index: int) -> bytes:
    raise NoSuchIndex(index)


def persist_foreign_key(process: SwtpmProcess) -> None:
    """Persist, at the RSA EK handle, a key from the owner hierarchy: not an EK of this TPM."""
    _cert, template = create_ek_template("EK-RSA2048", no_nv_index)
    with open_esapi(process.tcti) as ectx:
        transient, _public, _data, _digest, _ticket = ectx.create_primary(
            None, template, ESYS_TR.OWNER
        )
        ectx.evict_control(ESYS_TR.OWNER, transient, RSA_EK_HANDLE)
        ectx.flush_context(transient)


def test_a_persisted_azure_ek_read_with_a_tcg_template_names_the_template_to_set(
    swtpm_with_ek_cert: SwtpmProcess, tpm_ca: MakerCa
) -> None:
    evict_persisted_ek(swtpm_with_ek_cert)
    firmware = read_endorsement_key(  # what the Azure IoT C SDK's firmware leaves behind
        swtpm_with_ek_cert.tcti, template="azure-csdk-rsa", persist=True
    )

    with pytest.raises(ConfigError, match="is the Azure IoT C SDK's EK") as err:
        read_endorsement_key(swtpm_with_ek_cert.tcti, manufacturer_cas=tpm_ca.bundle)
    assert f"{RSA_EK_HANDLE:#010x}" in err.value.message
    assert NOT_ITS_OWN not in err.value.message
    assert 'tpm.template = "azure-csdk-rsa"' in err.value.hint
    # With the template the hint names, the persisted key is what DPS is told.
    fixed = read_endorsement_key(
        swtpm_with_ek_cert.tcti,
        template="azure-csdk-rsa",
        manufacturer_cas=tpm_ca.bundle,
        require_certificate=True,
    )
    assert fixed.public_b64 == firmware.public_b64 and fixed.handle == RSA_EK_HANDLE


def test_a_foreign_key_at_the_ek_handle_is_refused_whatever_the_template(
    swtpm_with_ek_cert: SwtpmProcess, tpm_ca: MakerCa
) -> None:
    evict_persisted_ek(swtpm_with_ek_cert)
    persist_foreign_key(swtpm_with_ek_cert)
    for template in ("tcg-rsa2048", "azure-csdk-rsa"):
        with pytest.raises(CredentialError, match="is not this TPM's endorsement key") as err:
            read_endorsement_key(
                swtpm_with_ek_cert.tcti, template=template, manufacturer_cas=tpm_ca.bundle
            )
        assert "clear the persistent handle" in err.value.hint


def certify_by_intermediate(process: SwtpmProcess, folder: Path) -> tuple[MakerCa, MakerCa]:
    """Give the TPM an EK certificate from a maker's intermediate CA: (root, intermediate)."""
    root = make_ca(folder / "root", "Maker Root CA")
    intermediate = make_ca(folder / "intermediate", "Maker EK CA 7", root)
    ek = read_endorsement_key(process.tcti)
    certificate = issue_ek_certificate(intermediate, ek.public_pem)
    write_nv_index(process.tcti, RSA_EK_CERT_INDEX, certificate)
    return root, intermediate


def test_an_ek_certificate_from_a_makers_intermediate_ca_chains_to_its_root(
    swtpm: SwtpmProcess, tmp_path: Path
) -> None:
    root, intermediate = certify_by_intermediate(swtpm, tmp_path)

    bundle = write_bundle(tmp_path / "bundle.pem", root, intermediate)
    checked = read_endorsement_key(swtpm.tcti, manufacturer_cas=bundle, require_certificate=True)
    assert checked.certificate_issuer == "CN=Maker EK CA 7"
    assert checked.warnings == ()
    # Without the intermediate there is no path to the root.
    with pytest.raises(CredentialError, match="not issued by any configured"):
        read_endorsement_key(swtpm.tcti, manufacturer_cas=root.bundle)


def test_an_intermediate_without_its_root_in_the_bundle_is_not_trusted(
    swtpm: SwtpmProcess, tmp_path: Path
) -> None:
    _root, intermediate = certify_by_intermediate(swtpm, tmp_path)
    other_root = make_ca(tmp_path / "other", "Another Maker Root CA")

    bundle = write_bundle(tmp_path / "bundle.pem", other_root, intermediate)
    with pytest.raises(CredentialError, match=NOT_ITS_OWN) as err:
        read_endorsement_key(swtpm.tcti, manufacturer_cas=bundle)
    assert "Maker EK CA 7 in the bundle does not chain to a root" in err.value.message


@pytest.mark.parametrize(
    ("intermediate_options", "expected"),
    [
        ({"is_ca": False}, "is not a CA certificate"),
        ({"valid_days": -1}, "is not valid now"),
    ],
)
def test_an_intermediate_that_may_not_issue_breaks_the_chain(
    tmp_path: Path, intermediate_options: dict[str, Any], expected: str
) -> None:
    root = make_ca(tmp_path / "root", "Maker Root CA")
    intermediate = make_ca(tmp_path / "intermediate", "Maker EK CA 7", root, **intermediate_options)
    ek_key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    ek_pem = ek_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    cert = x509.load_der_x509_certificate(issue_ek_certificate(intermediate, ek_pem.decode()))
    with pytest.raises(CredentialError, match=expected):
        check_ek_certificate(cert, ek_pem, [root.cert, intermediate.cert])
    # The same chain with a proper intermediate passes.
    good = make_ca(tmp_path / "good", "Maker EK CA 7", root)
    cert = x509.load_der_x509_certificate(issue_ek_certificate(good, ek_pem.decode()))
    assert check_ek_certificate(cert, ek_pem, [root.cert, good.cert]).chained
