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
from station.profiles.loader import load_profile
from station.profiles.locations import repo_root
from station.profiles.payload import build_payload

DEMO = load_profile(repo_root() / "firmware_profiles" / "demo-console.toml")
CERT = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
KEY = "-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n"


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


def test_x509_payload_carries_pem_as_blobs_and_the_model_id() -> None:
    credential = Credential(Attestation.X509_GROUP, cert_pem=CERT, key_pem=KEY, chain_pem=CERT)
    payload = build_payload(DEMO.profile, unit(credential, model_id="dtmi:demo:board;1"))
    values = payload.as_dict()
    assert values["cert_pem"] == CERT.encode()
    assert values["key_pem"] == KEY.encode()
    assert values["chain_pem"] == CERT.encode()
    assert values["model_id"] == "dtmi:demo:board;1"
    assert "sas_key" not in values


def test_empty_job_value_is_an_error_not_a_blank_on_the_board() -> None:
    with pytest.raises(ConfigError, match="'scope_id', which is empty") as caught:
        build_payload(DEMO, unit(Credential(Attestation.SAS_GROUP, sas_primary="a2V5"), scope=""))
    assert caught.value.hint == "set the job's ID scope"


def test_missing_credential_for_the_mode_is_an_error() -> None:
    with pytest.raises(CredentialError, match="has no key_pem"):
        build_payload(DEMO, unit(Credential(Attestation.X509_INDIVIDUAL, cert_pem=CERT)))


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
