"""``station manifest export --format iotc-export`` with the SAS group keys in a PKCS#11
token (SoftHSM2): every device key is derived inside the token, and the file is the one
the same keys give in memory, byte for byte."""

from __future__ import annotations

import base64
import csv
import secrets
from pathlib import Path

import pytest

from station.cli import main
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.credentials.pkcs11_token import close_tokens
from station.credentials.sas import derive_device_key
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_writing
from tests.softhsm_fixtures import USER_PIN, SoftHsm

GROUP_KEY = base64.b64encode(secrets.token_bytes(64)).decode()
SECONDARY_KEY = base64.b64encode(secrets.token_bytes(64)).decode()
JOB = Job("job-hsm", "esp32-devkit", "0ne0012ABCD", Attestation.SAS_GROUP, operator="ana")
DEVICES = [f"hsm-{n:02d}" for n in range(6)]


def write_key(folder: Path, name: str, value: str) -> Path:
    path = folder / name
    path.write_text(value + "\n", encoding="ascii")
    return path


@pytest.fixture
def manifest_path(tmp_path: Path) -> Path:
    """Six sas-group units whose primary and secondary device keys came from the groups'
    keys, as the pipeline records them (the keys themselves are not kept)."""
    path = tmp_path / "manifest.sqlite"
    with Manifest.open(path, key_for_writing(path)) as manifest:
        for index, device_id in enumerate(DEVICES):
            unit = Unit(
                job=JOB,
                board=BoardInfo(port=f"COM{index}"),
                identity=DeviceIdentity(device_id, "counter"),
                credential=Credential(
                    Attestation.SAS_GROUP,
                    sas_primary=derive_device_key(GROUP_KEY, device_id),
                    sas_secondary=derive_device_key(SECONDARY_KEY, device_id),
                ),
            )
            attempt = manifest.begin_attempt(JOB, unit.board.port)
            manifest.record_pending(attempt, unit)
            manifest.record_provisioned(attempt, device_id)
    return path


def import_keys(softhsm: SoftHsm, folder: Path, keys: dict[str, str]) -> dict[str, str]:
    """Each key into the token under its label, non-extractable; returns their URIs."""
    uris = {}
    for label, value in keys.items():
        uris[label] = softhsm.uri(key=label)
        assert (
            main(
                [
                    "hsm",
                    "import-group-key",
                    "--token",
                    uris[label],
                    "--group-key-file",
                    str(write_key(folder, f"{label}.key", value)),
                ]
            )
            == 0
        )
    return uris


def export(manifest_path: Path, out: Path, *options: str) -> int:
    return main(
        [
            "manifest",
            "export",
            "--format",
            "iotc-export",
            "--out",
            str(out),
            "--manifest",
            str(manifest_path),
            *options,
        ]
    )


def test_iotc_export_derives_the_keys_in_the_token_as_in_memory(
    softhsm: SoftHsm,
    manifest_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    uris = import_keys(softhsm, tmp_path, {"group": GROUP_KEY, "group-2": SECONDARY_KEY})
    # The PIN kept in the station's secrets, not in the environment (nor an argument).
    assert main(["hsm", "pin", "--token", softhsm.uri()]) == 0
    monkeypatch.delenv("STATION_HSM_PIN")
    in_memory, in_token = tmp_path / "memory.csv", tmp_path / "token.csv"
    assert (
        export(
            manifest_path,
            in_memory,
            "--group-key-file",
            str(write_key(tmp_path, "g.key", GROUP_KEY)),
            "--secondary-group-key-file",
            str(write_key(tmp_path, "g2.key", SECONDARY_KEY)),
        )
        == 0
    )
    capsys.readouterr()

    assert (
        export(
            manifest_path,
            in_token,
            "--group-key-token",
            uris["group"],
            "--secondary-group-key-token",
            uris["group-2"],
        )
        == 0
    )

    captured = capsys.readouterr()
    assert in_token.read_bytes() == in_memory.read_bytes()
    with in_token.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["IOTC_DEVICEID"] for row in rows] == DEVICES
    for row in rows:
        device_id = row["IOTC_DEVICEID"]
        assert row["IOTC_SASKEY_PRIMARY"] == derive_device_key(GROUP_KEY, device_id)
        assert row["IOTC_SASKEY_SECONDARY"] == derive_device_key(SECONDARY_KEY, device_id)
    assert "6 rows written" in captured.err
    assert USER_PIN not in captured.out + captured.err


def test_a_token_key_the_job_did_not_use_is_one_line_and_writes_nothing(
    softhsm: SoftHsm, manifest_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = base64.b64encode(secrets.token_bytes(64)).decode()
    uris = import_keys(softhsm, tmp_path, {"other": other})
    capsys.readouterr()
    out = tmp_path / "devices.csv"

    assert export(manifest_path, out, "--group-key-token", uris["other"]) == 1

    [line] = capsys.readouterr().err.splitlines()
    assert "the group key given is not the one job job-hsm used" in line
    assert not out.exists()


def test_a_group_key_given_twice_or_a_wrong_pin_is_one_line(
    softhsm: SoftHsm,
    manifest_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    uris = import_keys(softhsm, tmp_path, {"group": GROUP_KEY})
    capsys.readouterr()
    out = tmp_path / "devices.csv"
    monkeypatch.setenv("STATION_GROUP_KEY", GROUP_KEY)
    assert export(manifest_path, out, "--group-key-token", uris["group"]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert "the group key is given twice" in line and GROUP_KEY not in line

    monkeypatch.delenv("STATION_GROUP_KEY")
    monkeypatch.setenv("STATION_HSM_PIN", "0000-not-it")
    close_tokens()  # as a new process: the session opened above logged in already
    assert export(manifest_path, out, "--group-key-token", uris["group"]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert "the PIN for token" in line and "0000-not-it" not in line
    assert not out.exists()
