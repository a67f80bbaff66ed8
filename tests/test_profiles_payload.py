"""What a board receives: storage items filled from the unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.core.errors import ConfigError, CredentialError
from station.core.models import (
    Attestation,
    BoardInfo,
    BoardPayload,
    Credential,
    DeviceIdentity,
    Job,
    PayloadItem,
    Unit,
)
from station.credentials.ca import create_ca
from station.credentials.leaf import IssuedCertificate, issue_leaf, issue_self_signed
from station.profiles.loader import load_profile
from station.profiles.locations import repo_root
from station.profiles.payload import build_payload

DEMO = load_profile(repo_root() / "firmware_profiles" / "demo-console.toml")
ROOT_CA = create_ca("Payload Test Root CA")
ISSUING_CA = create_ca("Payload Test Issuing CA", parent=ROOT_CA)


def unit(credential: Credential, *, model_id: str = "", scope: str = "0ne0012ABCD") -> Unit:
    job = Job("job-1", "demo-console", scope, credential.attestation, model_id=model_id)
    board = BoardInfo(port="socket://127.0.0.1:4000", mac="a0b1c2d3e4f5")
    return Unit(job, board, DeviceIdentity("demo-a0b1c2d3e4f5", "mac"), credential)


def test_sas_group_payload_has_the_sas_items_in_profile_order() -> None:
    payload = build_payload(DEMO, unit(Credential(Attestation.SAS_GROUP, sas_primary="a2V5")))
    assert payload == BoardPayload("dps", (
        PayloadItem("scope_id", "string", "0ne0012ABCD"),
        PayloadItem("device_id", "string", "demo-a0b1c2d3e4f5"),
        PayloadItem("dps_endpoint", "string", "global.azure-devices-provisioning.net"),
        PayloadItem("sas_key", "string", "a2V5"),
    ))


def x509_credential(mode: Attestation, issued: IssuedCertificate) -> Credential:
    return Credential(
        mode, cert_pem=issued.cert_pem, key_pem=issued.key_pem, chain_pem=issued.chain_pem
    )


def test_x509_payload_carries_pem_as_nul_terminated_blobs_and_the_model_id() -> None:
    issued = issue_leaf(ISSUING_CA, "demo-a0b1c2d3e4f5")
    credential = x509_credential(Attestation.X509_GROUP, issued)
    payload = build_payload(DEMO.profile, unit(credential, model_id="dtmi:demo:board;1"))
    values = payload.as_dict()
    assert values["cert_pem"] == (issued.cert_pem + ISSUING_CA.cert_pem()).encode() + b"\0"
    assert values["key_pem"] == issued.key_pem.encode() + b"\0"
    assert values["chain_pem"] == ROOT_CA.cert_pem().encode() + b"\0"
    assert values["model_id"] == "dtmi:demo:board;1"
    assert "sas_key" not in values


def test_a_self_signed_device_has_no_chain_item() -> None:
    issued = issue_self_signed("demo-a0b1c2d3e4f5")
    payload = build_payload(DEMO, unit(x509_credential(Attestation.X509_INDIVIDUAL, issued)))
    values = payload.as_dict()
    assert values["cert_pem"] == issued.cert_pem.encode() + b"\0"
    assert "chain_pem" not in values


def test_pem_stored_as_a_console_string_carries_no_nul(tmp_path: Path) -> None:
    text = DEMO.path.read_text().replace(
        'key = "key_pem"\nsource = "key_pem"\ntype = "blob"', 'key = "key_pem"\nsource = "key_pem"'
    )
    (tmp_path / "strings.toml").write_text(text)
    profile = load_profile(tmp_path / "strings.toml")
    issued = issue_leaf(ISSUING_CA, "demo-a0b1c2d3e4f5")
    payload = build_payload(profile, unit(x509_credential(Attestation.X509_GROUP, issued)))
    assert payload.as_dict()["key_pem"] == issued.key_pem


def test_a_chain_that_does_not_start_with_the_leaf_is_a_credential_error() -> None:
    issued = issue_leaf(ISSUING_CA, "demo-a0b1c2d3e4f5")
    credential = Credential(
        Attestation.X509_GROUP, cert_pem=issued.cert_pem, key_pem=issued.key_pem,
        chain_pem=ISSUING_CA.chain_pem(),
    )
    with pytest.raises(CredentialError, match="does not start with the device certificate"):
        build_payload(DEMO, unit(credential))


def test_empty_job_value_is_an_error_not_a_blank_on_the_board() -> None:
    with pytest.raises(ConfigError, match="'scope_id', which is empty") as caught:
        build_payload(DEMO, unit(Credential(Attestation.SAS_GROUP, sas_primary="a2V5"), scope=""))
    assert caught.value.hint == "set the job's ID scope"


def test_missing_credential_for_the_mode_is_an_error() -> None:
    cert_pem = issue_self_signed("demo-a0b1c2d3e4f5").cert_pem
    with pytest.raises(CredentialError, match="has no key_pem"):
        build_payload(DEMO, unit(Credential(Attestation.X509_INDIVIDUAL, cert_pem=cert_pem)))


def test_fixed_values_keep_their_types(tmp_path: Path) -> None:
    text = DEMO.path.read_text() + """
[[storage.items]]
key = "fw_channel"
value = "stable"

[[storage.items]]
key = "slot"
type = "u8"
value = 3

[[storage.items]]
key = "banner"
type = "blob"
value = "hello"
"""
    (tmp_path / "fixed.toml").write_text(text)
    profile = load_profile(tmp_path / "fixed.toml")
    payload = build_payload(profile, unit(Credential(Attestation.SAS_GROUP, sas_primary="k")))
    assert payload.items[-3:] == (
        PayloadItem("fw_channel", "string", "stable"),
        PayloadItem("slot", "u8", 3),
        PayloadItem("banner", "blob", b"hello"),
    )
