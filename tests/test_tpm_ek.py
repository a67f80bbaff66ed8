"""Reading the endorsement key from a real TPM (swtpm), as firmware and tpm2-tools see it."""

from __future__ import annotations

import base64
import json
import re
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from tpm2_pytss.constants import ESYS_TR, TPM2_ALG, TPMA_OBJECT
from tpm2_pytss.types import (
    TPM2B_PUBLIC,
    TPMS_RSA_PARMS,
    TPMT_PUBLIC,
    TPMT_RSA_SCHEME,
    TPMT_SYM_DEF_OBJECT,
    TPMU_PUBLIC_PARMS,
    TPMU_SYM_KEY_BITS,
    TPMU_SYM_MODE,
)

from station.core.errors import ConfigError, CredentialError
from station.credentials.tpm import (
    EK_FORMATS,
    format_ek,
    read_endorsement_key,
    registration_id_from_ek,
)
from station.credentials.tpm_tcti import open_esapi
from station.credentials.tpm_templates import (
    ECC_EK_HANDLE,
    RSA_EK_HANDLE,
    TEMPLATE_NAMES,
    TEMPLATES,
    azure_csdk_template,
    template_for_algorithm,
)
from station.identity.rules import validate_device_id
from station.simulation.tpm_backend import SwtpmProcess
from tests import tpm_fixtures
from tests.tpm_fixtures import write_nv_index

swtpm = tpm_fixtures.swtpm

# TCG EK Credential Profile 2.0, template L-1: attributes and policy A (PolicySecret(endorsement)).
TCG_L1_ATTRIBUTES = (
    TPMA_OBJECT.FIXEDTPM
    | TPMA_OBJECT.FIXEDPARENT
    | TPMA_OBJECT.SENSITIVEDATAORIGIN
    | TPMA_OBJECT.ADMINWITHPOLICY
    | TPMA_OBJECT.RESTRICTED
    | TPMA_OBJECT.DECRYPT
)
TCG_POLICY_A = bytes.fromhex("837197674484b3f81a90cc8d46a5d724fd52d76e06520b64f2a1da1b331469aa")


def tcg_l1_area(attributes: int = TCG_L1_ATTRIBUTES) -> TPMT_PUBLIC:
    """Template L-1 built here from the profile's table, with an empty ``unique``."""
    return TPMT_PUBLIC(
        type=TPM2_ALG.RSA,
        nameAlg=TPM2_ALG.SHA256,
        objectAttributes=attributes,
        authPolicy=TCG_POLICY_A,
        parameters=TPMU_PUBLIC_PARMS(
            rsaDetail=TPMS_RSA_PARMS(
                symmetric=TPMT_SYM_DEF_OBJECT(
                    algorithm=TPM2_ALG.AES,
                    keyBits=TPMU_SYM_KEY_BITS(aes=128),
                    mode=TPMU_SYM_MODE(aes=TPM2_ALG.CFB),
                ),
                scheme=TPMT_RSA_SCHEME(scheme=TPM2_ALG.NULL),
                keyBits=2048,
            )
        ),
    )


def create_primary_ek(swtpm: SwtpmProcess, area: TPMT_PUBLIC) -> bytes:
    """The marshalled public of the endorsement primary key ``area`` gives."""
    with open_esapi(swtpm.tcti) as ectx:
        handle, public, *_ = ectx.create_primary(
            None, TPM2B_PUBLIC(publicArea=area), ESYS_TR.ENDORSEMENT
        )
        ectx.flush_context(handle)
    return public.marshal()


def tpm2_tools(swtpm: SwtpmProcess, *args: str, cwd: Path) -> None:
    subprocess.run(
        [args[0], "-T", f"swtpm:host={swtpm.host},port={swtpm.port}", *args[1:]],
        check=True,
        cwd=cwd,
        capture_output=True,
    )


def createek_public(
    swtpm: SwtpmProcess, algorithm: str, tmp_path: Path, *, nv_template: bool = False
) -> bytes:
    """The EK public (TPM2B_PUBLIC) as tpm2-tools' tpm2_createek creates it.

    ``nv_template`` adds ``-t``: use the template and nonce the TPM keeps in NV.
    """
    extra = ["-t"] if nv_template else []
    tpm2_tools(
        swtpm,
        "tpm2_createek",
        *extra,
        "-G",
        algorithm,
        "-c",
        "ek.ctx",
        "-u",
        "ek.pub",
        cwd=tmp_path,
    )
    # Without a resource manager the tool's transient key stays loaded: free the slot.
    tpm2_tools(swtpm, "tpm2_flushcontext", "-t", cwd=tmp_path)
    return (tmp_path / "ek.pub").read_bytes()


def test_reading_the_ek_twice_gives_the_same_key(swtpm: SwtpmProcess) -> None:
    first = read_endorsement_key(swtpm.tcti)
    second = read_endorsement_key(swtpm.tcti)
    assert first == second
    assert first.algorithm == "rsa-2048"
    assert first.handle is None  # nothing persisted: created for the read only


@pytest.mark.parametrize(
    ("template", "algorithm"), [("tcg-rsa2048", "rsa"), ("tcg-ecc-p256", "ecc")]
)
def test_tcg_ek_equals_tpm2_createek_byte_for_byte(
    swtpm: SwtpmProcess, tmp_path: Path, template: str, algorithm: str
) -> None:
    ek = read_endorsement_key(swtpm.tcti, template=template)
    assert ek.public_bytes == createek_public(swtpm, algorithm, tmp_path)


def test_dps_endorsement_key_is_the_marshalled_tpm2b_public(swtpm: SwtpmProcess) -> None:
    ek = read_endorsement_key(swtpm.tcti)
    raw = base64.b64decode(ek.public_b64, validate=True)
    assert int.from_bytes(raw[:2], "big") == len(raw) - 2  # TPM2B size prefix
    public, used = TPM2B_PUBLIC.unmarshal(raw)
    assert used == len(raw)
    key = serialization.load_pem_public_key(ek.public_pem.encode())
    assert isinstance(key, rsa.RSAPublicKey) and key.key_size == 2048
    assert key.public_numbers().n.to_bytes(256, "big") == bytes(public.publicArea.unique.rsa)


def test_ecc_ek_is_a_p256_key(swtpm: SwtpmProcess) -> None:
    ek = read_endorsement_key(swtpm.tcti, template="tcg-ecc-p256")
    key = serialization.load_pem_public_key(ek.public_pem.encode())
    assert isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1"
    assert ek.algorithm == "ecc-p256"


def test_azure_c_sdk_variant_is_another_key_of_the_same_tpm(swtpm: SwtpmProcess) -> None:
    tcg = read_endorsement_key(swtpm.tcti, template="tcg-rsa2048")
    azure = read_endorsement_key(swtpm.tcti, template="azure-csdk-rsa")
    assert azure.public_b64 != tcg.public_b64
    assert azure.registration_id != tcg.registration_id
    assert azure == read_endorsement_key(swtpm.tcti, template="azure-csdk-rsa")
    # It is TCG L-1 with an empty `unique` field, as the C SDK's GetEkTemplate has it.
    assert azure.public_bytes == create_primary_ek(swtpm, tcg_l1_area())
    assert bytes(azure_csdk_template().publicArea.unique.rsa) == b""


def test_persisted_ek_is_what_every_later_read_returns(swtpm: SwtpmProcess, tmp_path: Path) -> None:
    created = read_endorsement_key(swtpm.tcti, persist=True)
    assert created.handle == RSA_EK_HANDLE

    tpm2_tools(
        swtpm, "tpm2_readpublic", "-c", hex(RSA_EK_HANDLE), "-o", "persisted.pub", cwd=tmp_path
    )
    assert (tmp_path / "persisted.pub").read_bytes() == created.public_bytes

    again = read_endorsement_key(swtpm.tcti)
    assert again.public_b64 == created.public_b64 and again.handle == RSA_EK_HANDLE
    # Firmware that asks for another template still finds the persisted key first.
    azure = read_endorsement_key(swtpm.tcti, template="azure-csdk-rsa")
    assert azure.public_b64 == created.public_b64 and azure.handle == RSA_EK_HANDLE


def test_persisting_the_azure_variant_keeps_that_key(swtpm: SwtpmProcess) -> None:
    azure = read_endorsement_key(swtpm.tcti, template="azure-csdk-rsa", persist=True)
    assert azure.handle == RSA_EK_HANDLE
    assert read_endorsement_key(swtpm.tcti).public_b64 == azure.public_b64


def test_ecc_ek_persists_at_its_own_handle(swtpm: SwtpmProcess) -> None:
    ecc = read_endorsement_key(swtpm.tcti, template="tcg-ecc-p256", persist=True)
    assert ecc.handle == ECC_EK_HANDLE
    rsa_ek = read_endorsement_key(swtpm.tcti)
    assert rsa_ek.handle is None and rsa_ek.algorithm == "rsa-2048"
    assert read_endorsement_key(swtpm.tcti, template="tcg-ecc-p256") == ecc


def test_vendor_template_and_nonce_in_nv_are_honoured(swtpm: SwtpmProcess) -> None:
    default = read_endorsement_key(swtpm.tcti)
    # A maker's own template (here: L-1 plus userWithAuth) and nonce, as the TCG
    # EK Credential Profile lets it store them at 0x01c00004 and 0x01c00003.
    vendor_area = tcg_l1_area(TCG_L1_ATTRIBUTES | TPMA_OBJECT.USERWITHAUTH)
    nonce = b"vendor nonce 0001"
    write_nv_index(swtpm.tcti, 0x01C00004, vendor_area.marshal())
    write_nv_index(swtpm.tcti, 0x01C00003, nonce)

    vendor = read_endorsement_key(swtpm.tcti)
    assert vendor.public_b64 != default.public_b64

    # The profile says: the nonce, zero-padded to the key size, goes into `unique`.
    vendor_area.unique.rsa = nonce + bytes(256 - len(nonce))
    assert vendor.public_bytes == create_primary_ek(swtpm, vendor_area)


def test_registration_id_is_lowercase_unpadded_base32_of_sha256() -> None:
    # Expected values from coreutils: sha256sum | xxd -r -p | base32 | tr A-Z a-z | tr -d =
    assert registration_id_from_ek(b"") == "4oymiquy7qobjgx36tejs35zeqt24qpemsnzgtfeswmrw6csxbkq"
    assert registration_id_from_ek(b"abc") == "xj4bnp4pahh6uqkbidpf3lrceoyagyndsylxvhfucd7wd4qacwwq"


def test_registration_id_is_derived_from_the_dps_endorsement_key(swtpm: SwtpmProcess) -> None:
    ek = read_endorsement_key(swtpm.tcti)
    assert re.fullmatch(r"[a-z2-7]{52}", ek.registration_id)
    assert ek.registration_id == registration_id_from_ek(base64.b64decode(ek.public_b64))
    assert validate_device_id(ek.registration_id) == ek.registration_id


def test_format_ek_outputs(swtpm: SwtpmProcess) -> None:
    ek = read_endorsement_key(swtpm.tcti, persist=True)
    assert format_ek(ek, "dps") == ek.public_b64
    assert "\n" not in format_ek(ek, "dps")
    pem = format_ek(ek, "pem")
    assert pem.startswith("-----BEGIN PUBLIC KEY-----") and pem.endswith("-----END PUBLIC KEY-----")
    serialization.load_pem_public_key(pem.encode())
    facts = json.loads(format_ek(ek, "json"))
    assert facts["registration_id"] == ek.registration_id
    assert facts["public_b64"] == ek.public_b64
    assert facts["handle"] == "0x81010001"
    assert facts["algorithm"] == "rsa-2048"
    assert facts["certificate_thumbprint"] == ""
    assert facts["warnings"] == list(ek.warnings)
    assert set(EK_FORMATS) == {"dps", "pem", "json"}
    with pytest.raises(ConfigError, match="unknown endorsement key format"):
        format_ek(ek, "xml")


def test_unknown_template_is_refused_before_touching_the_tpm() -> None:
    with pytest.raises(ConfigError, match="unknown endorsement key template") as err:
        read_endorsement_key("swtpm:host=127.0.0.1,port=9", template="tcg-rsa4096")
    assert "tcg-rsa2048" in err.value.hint


def test_every_template_a_profile_may_name_has_a_recipe() -> None:
    assert TEMPLATE_NAMES == ("tcg-rsa2048", "tcg-ecc-p256", "azure-csdk-rsa")
    assert set(TEMPLATES) == set(TEMPLATE_NAMES)
    assert all(name == recipe.name for name, recipe in TEMPLATES.items())


def test_cli_algorithms_name_the_tcg_templates() -> None:
    assert template_for_algorithm("rsa") == "tcg-rsa2048"
    assert template_for_algorithm("ECC") == "tcg-ecc-p256"
    with pytest.raises(ConfigError, match="unknown endorsement key algorithm"):
        template_for_algorithm("dsa")


def test_a_malformed_tcti_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="not a TPM connection"):
        read_endorsement_key(":port=2321")


def test_a_tpm_that_is_not_running_is_reported(tmp_path: Path) -> None:
    process = SwtpmProcess(tmp_path / "state")
    process.start()
    tcti = process.tcti
    process.stop()
    with pytest.raises(CredentialError, match="could not reach the TPM") as err:
        read_endorsement_key(tcti)
    assert err.value.hint


def test_a_persisted_ek_survives_a_tpm_restart(tmp_path: Path) -> None:
    with SwtpmProcess(tmp_path / "state") as first_boot:
        persisted = read_endorsement_key(first_boot.tcti, template="tcg-ecc-p256", persist=True)
    with SwtpmProcess(tmp_path / "state") as second_boot:
        assert read_endorsement_key(second_boot.tcti, template="tcg-ecc-p256") == persisted
