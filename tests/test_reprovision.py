"""A returned unit provisioned again under its device ID: the board must be that unit,
every generation of its credentials is kept, and the record still verifies."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.cli import main
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_reading
from station.manifest.exports import export
from station.manifest.reports import verify_journal
from station.simulation.console_board import VirtualConsoleBoard
from tests.test_derived_keys import read_csv


def provision_one(board: VirtualConsoleBoard, manifest: Path) -> str:
    with board.serve_tcp() as served:
        assert main(["provision", "--profile", "demo-console", "--attestation", "sas-individual",
                     "--port", served.url, "--id-scope", "0ne000DE001", "--no-wait",
                     "--manifest", str(manifest)]) == 0
    return str(board.committed["dps"]["device_id"])


def reprovision(board: VirtualConsoleBoard, manifest: Path, device_id: str, reason: str) -> int:
    with board.serve_tcp() as served:
        return main(["reprovision", device_id, "--port", served.url, "--reason", reason,
                     "--manifest", str(manifest)])


def test_a_returned_unit_twice_reprovisioned_keeps_three_generations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "m.sqlite"
    board = VirtualConsoleBoard(seed="returned")
    device_id = provision_one(board, manifest)
    keys_on_board = [board.committed["dps"]["sas_key"]]

    assert reprovision(board, manifest, device_id, "RMA 4711: flash erased") == 0
    keys_on_board.append(board.committed["dps"]["sas_key"])
    assert reprovision(board, manifest, device_id, "RMA 4712: key leaked") == 0
    keys_on_board.append(board.committed["dps"]["sas_key"])
    assert f"{device_id}: provisioned again" in capsys.readouterr().out
    assert len(set(keys_on_board)) == 3  # new credentials each time

    with Manifest.open(manifest, key_for_reading(manifest)) as opened:
        unit = opened.unit(device_id)
        assert unit is not None and unit.status == "provisioned"
        assert (unit.generation, unit.generation_reason) == (3, "RMA 4712: key leaked")
        assert opened.unit_secrets(device_id)["sas_primary"] == keys_on_board[2]
        history = opened.credential_generations(device_id)
        assert [row["generation"] for row in history] == [1, 2]
        earlier = [s["sas_primary"] for _, s in sorted(opened.earlier_secrets(device_id).items())]
        assert earlier == keys_on_board[:2]
        assert opened.count_units() == 1
        report = verify_journal(opened)
        assert report.ok, report.describe()
        # An export shows the current credentials only.
        export(opened, "iotc-export", tmp_path / "keys.csv")
    (row,) = read_csv(tmp_path / "keys.csv")
    assert row["IOTC_SASKEY_PRIMARY"] == keys_on_board[2]
    assert main(["manifest", "verify", "--manifest", str(manifest)]) == 0


def test_another_board_is_refused_and_the_unit_is_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "m.sqlite"
    device_id = provision_one(VirtualConsoleBoard(seed="first"), manifest)
    stranger = VirtualConsoleBoard(seed="stranger")
    assert reprovision(stranger, manifest, device_id, "RMA 1") == 1
    out = capsys.readouterr().out
    assert f"not as the returned unit {device_id}" in out
    assert stranger.received == []  # refused before anything was written
    with Manifest.open(manifest, key_for_reading(manifest)) as opened:
        unit = opened.unit(device_id)
        assert unit is not None and (unit.status, unit.generation) == ("provisioned", 1)
        assert opened.credential_generations(device_id) == []


def test_an_unknown_device_id_or_a_missing_reason_gets_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "m.sqlite"
    board = VirtualConsoleBoard(seed="known")
    device_id = provision_one(board, manifest)
    assert reprovision(board, manifest, "demo-00:00:00:00:00:00", "RMA") == 1
    error = capsys.readouterr().err.strip()
    assert "is not in the manifest" in error and "\n" not in error
    assert reprovision(board, manifest, device_id, "  ") == 1
    assert "say why the unit is provisioned again" in capsys.readouterr().err


# -- uploads follow the unit's credentials -----------------------------------------------


def _upload(manifest: Path, server, target: str):  # type: ignore[no-untyped-def]
    from station.enrollment.sas import DpsConnectionString
    from station.enrollment.upload import DpsCredential, IotcCredential, upload
    from tests.enrollment_server import IOTC_TOKEN

    if target == "dps":
        credential = DpsCredential(DpsConnectionString.parse(server.service.connection_string))
    else:
        credential = IotcCredential("https://station-test.azureiotcentral.com", IOTC_TOKEN)
    return upload(manifest, target, credential=credential, endpoint=server.url,
                  station_key=key_for_reading(manifest), sleep=lambda seconds: None)


@pytest.mark.parametrize("attestation", ["sas-individual", "x509-individual"])
@pytest.mark.parametrize("target", ["dps", "central"])
def test_uploads_of_a_twice_returned_unit_create_once_and_update_twice(
    tmp_path: Path, attestation: str, target: str
) -> None:
    from station.enrollment.state import UploadState
    from tests.enrollment_server import FakeCentral, FakeDps, ServiceServer

    manifest = tmp_path / "m.sqlite"
    board = VirtualConsoleBoard(seed=f"upload-{attestation}")
    with board.serve_tcp() as served:
        assert main(["provision", "--profile", "demo-console", "--attestation", attestation,
                     "--port", served.url, "--id-scope", "0ne000DE001", "--no-wait",
                     "--manifest", str(manifest)]) == 0
    device_id = str(board.committed["dps"]["device_id"])
    service = FakeDps() if target == "dps" else FakeCentral()
    with ServiceServer(service) as server:
        assert _upload(manifest, server, target).ok
        for reason in ("RMA 1: flash erased", "RMA 2: key leaked"):
            assert reprovision(board, manifest, device_id, reason) == 0
            report = _upload(manifest, server, target)
            assert report.ok, report.summary()
            assert report.unit(device_id).state is UploadState.UPLOADED
        assert server.problems == []
    if isinstance(service, FakeDps):
        assert (service.created[device_id], service.updated[device_id]) == (1, 2)
    else:
        assert service.attestation_puts[device_id] == 3  # set once, replaced twice
    # The service holds the credentials the board holds now.
    with Manifest.open(manifest, key_for_reading(manifest)) as opened:
        unit = opened.unit(device_id)
        assert unit is not None and unit.generation == 3


def test_an_enrollment_the_station_never_issued_is_still_a_conflict(tmp_path: Path) -> None:
    from station.enrollment.state import UploadState
    from tests.enrollment_server import FakeDps, ServiceServer

    manifest = tmp_path / "m.sqlite"
    board = VirtualConsoleBoard(seed="upload-foreign")
    with board.serve_tcp() as served:
        assert main(["provision", "--profile", "demo-console", "--attestation", "sas-individual",
                     "--port", served.url, "--id-scope", "0ne000DE001", "--no-wait",
                     "--manifest", str(manifest)]) == 0
    device_id = str(board.committed["dps"]["device_id"])
    assert reprovision(board, manifest, device_id, "RMA 3") == 0
    service = FakeDps()
    foreign = {"type": "symmetricKey", "symmetricKey": {
        "primaryKey": "Zm9yZWlnbi1wcmltYXJ5LWtleS0zMi1ieXRlcy1sb25nIQ==",
        "secondaryKey": "Zm9yZWlnbi1zZWNvbmRhcnkta2V5LTMyLWJ5dGVzLWxvbmc=",
    }}
    service.seed({"registrationId": device_id, "attestation": foreign})
    with ServiceServer(service) as server:
        report = _upload(manifest, server, "dps")
    assert report.unit(device_id).state is UploadState.CONFLICT
    assert service.updated[device_id] == 0
