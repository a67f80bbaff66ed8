"""sas-group device keys are derived again when needed, never kept in the manifest.

A copy of the manifest folder (the manifest and its station key) gives away no
``sas-group`` device key; an export that needs one derives it from the group key,
and refuses a group key the unit's job did not use.
"""

from __future__ import annotations

import base64
import csv
import secrets
import shutil
import sqlite3
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ConfigError, CredentialError
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.credentials.sas import derive_device_key, key_check, key_check_matches
from station.manifest import Manifest, StationKey
from station.manifest.custody.station_keys import key_for_reading
from station.manifest.exports import export
from station.manifest.schema import SCHEMA_VERSION
from station.simulation.console_board import VirtualConsoleBoard
from tests.manifest_rewind import rewind
from tests.test_manifest_store import key, path

__all__ = ["key", "path"]  # fixtures shared with the manifest's own tests

GROUP_KEY = base64.b64encode(bytes(range(64))).decode()
OTHER_GROUP_KEY = base64.b64encode(bytes(range(64, 128))).decode()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def key_file(folder: Path, group_key: str, name: str = "group.key") -> Path:
    path = folder / name
    path.write_text(group_key + "\n")
    return path


def group_job(job_id: str = "job-group") -> Job:
    return Job(job_id, "esp32-devkit", "0ne0012ABCD", Attestation.SAS_GROUP, operator="ana")


def group_unit(device_id: str, group_key: str = GROUP_KEY, job: Job | None = None) -> Unit:
    job = job or group_job()
    return Unit(
        job=job,
        board=BoardInfo(port="COM3"),
        identity=DeviceIdentity(device_id, "counter"),
        credential=Credential(
            Attestation.SAS_GROUP, sas_primary=derive_device_key(group_key, device_id)
        ),
    )


def record(manifest: Manifest, unit: Unit) -> None:
    attempt = manifest.begin_attempt(unit.job, unit.board.port)
    manifest.record_pending(attempt, unit)
    manifest.record_provisioned(attempt, unit.device_id)


# -- the copy of a real provisioning run's manifest folder ------------------------------


@pytest.fixture
def provisioned_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict]:
    """Two sas-group units provisioned on a virtual board, then the manifest folder
    copied elsewhere (as a thief would); returns the copy and each board's device key."""
    station = tmp_path / "station"
    station.mkdir()
    board = VirtualConsoleBoard(seed="derived", swap_on_reboot=True)
    monkeypatch.setenv("STATION_GROUP_KEY", GROUP_KEY)
    with board.serve_tcp() as served:
        status = main([
            "provision", "--profile", "demo-console", "--attestation", "sas-group",
            "--port", served.url, "--id-scope", "0ne000DE001", "--count", "2", "--no-wait",
            "--manifest", str(station / "m.sqlite"),
        ])
    assert status == 0
    monkeypatch.delenv("STATION_GROUP_KEY")
    on_boards = {
        str(unit.committed["dps"]["device_id"]): str(unit.committed["dps"]["sas_key"])
        for unit in board.retired
    }
    assert len(on_boards) == 2
    copy = tmp_path / "copy"
    shutil.copytree(station, copy)
    return copy / "m.sqlite", on_boards


def test_a_copied_manifest_folder_gives_away_no_sas_group_device_key(
    provisioned_copy: tuple[Path, dict],
) -> None:
    manifest_path, on_boards = provisioned_copy
    key = key_for_reading(manifest_path)
    with Manifest.open(manifest_path, key) as manifest:
        assert not manifest.holds_secrets()
        for device_id in on_boards:
            unit = manifest.unit(device_id)
            assert unit is not None and not unit.has_secrets
            with pytest.raises(ConfigError, match="no group key was given"):
                manifest.unit_secrets(device_id)
    copied = [path for path in manifest_path.parent.rglob("*") if path.is_file()]
    stored = b"".join(path.read_bytes() for path in copied)
    for device_key in on_boards.values():
        assert device_key.encode() not in stored
        assert base64.b64decode(device_key) not in stored


def test_iotc_export_without_the_group_key_is_refused_in_one_line(
    provisioned_copy: tuple[Path, dict], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest_path, _ = provisioned_copy
    out = tmp_path / "devices.csv"
    assert main(["manifest", "export", "--format", "iotc-export", "--out", str(out),
                 "--manifest", str(manifest_path)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert "no group key was given" in line
    assert "--group-key-file" in line and "STATION_GROUP_KEY" in line
    assert not out.exists()


def test_iotc_export_with_the_group_key_has_the_keys_the_boards_hold(
    provisioned_copy: tuple[Path, dict], tmp_path: Path
) -> None:
    manifest_path, on_boards = provisioned_copy
    out = tmp_path / "devices.csv"
    assert main(["manifest", "export", "--format", "iotc-export", "--out", str(out),
                 "--manifest", str(manifest_path),
                 "--group-key-file", str(key_file(tmp_path, GROUP_KEY))]) == 0
    exported = {row["IOTC_DEVICEID"]: row["IOTC_SASKEY_PRIMARY"] for row in read_csv(out)}
    assert exported == on_boards


def test_the_group_key_can_come_from_the_environment(
    provisioned_copy: tuple[Path, dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest_path, on_boards = provisioned_copy
    monkeypatch.setenv("STATION_GROUP_KEY", GROUP_KEY)
    out = tmp_path / "devices.csv"
    assert main(["manifest", "export", "--format", "iotc-export", "--out", str(out),
                 "--manifest", str(manifest_path)]) == 0
    assert {row["IOTC_SASKEY_PRIMARY"] for row in read_csv(out)} == set(on_boards.values())


def test_iotc_export_with_a_wrong_group_key_names_the_job_and_writes_nothing(
    provisioned_copy: tuple[Path, dict], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest_path, on_boards = provisioned_copy
    with sqlite3.connect(manifest_path) as raw:
        [(job_id,)] = raw.execute("SELECT DISTINCT job_id FROM units").fetchall()
    out = tmp_path / "devices.csv"
    assert main(["manifest", "export", "--format", "iotc-export", "--out", str(out),
                 "--manifest", str(manifest_path),
                 "--group-key-file", str(key_file(tmp_path, OTHER_GROUP_KEY))]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert f"the group key given is not the one job {job_id} used" in line
    assert OTHER_GROUP_KEY not in line and not any(key in line for key in on_boards.values())
    assert not out.exists()


def test_exports_without_keys_need_no_group_key(
    provisioned_copy: tuple[Path, dict], tmp_path: Path
) -> None:
    manifest_path, on_boards = provisioned_copy
    for name in ("iotc-import", "audit", "dps-enrollments"):
        out = tmp_path / f"{name}.out"
        assert main(["manifest", "export", "--format", name, "--out", str(out),
                     "--manifest", str(manifest_path)]) == 0
    assert {row["secrets_kept"] for row in read_csv(tmp_path / "audit.out")} == {"no"}


# -- the manifest -----------------------------------------------------------------------


def test_sas_individual_keys_are_still_sealed(path: Path, key: StationKey) -> None:
    job = Job("job-ind", "esp32-devkit", "0ne0012ABCD", Attestation.SAS_INDIVIDUAL)
    unit = Unit(job, BoardInfo(port="COM3"), DeviceIdentity("dev-i", "counter"),
                Credential(Attestation.SAS_INDIVIDUAL, sas_primary="cHJpbWFyeQ==",
                           sas_secondary="c2Vjb25kYXJ5"))
    with Manifest.open(path, key) as manifest:
        record(manifest, unit)
        stored = manifest.unit("dev-i")
        assert stored is not None and stored.has_secrets
        assert manifest.unit_secrets("dev-i") == {
            "sas_primary": "cHJpbWFyeQ==", "sas_secondary": "c2Vjb25kYXJ5"
        }


def test_a_sas_group_unit_keeps_only_a_key_check(path: Path, key: StationKey) -> None:
    with Manifest.open(path, key) as manifest:
        record(manifest, group_unit("dev-1"))
    with sqlite3.connect(path) as raw:
        sealed, check = raw.execute(
            "SELECT secret_ciphertext, key_check FROM units WHERE device_id = 'dev-1'"
        ).fetchone()
    assert sealed is None
    assert check == key_check(derive_device_key(GROUP_KEY, "dev-1"))
    assert check != key_check(derive_device_key(OTHER_GROUP_KEY, "dev-1"))


def test_the_key_is_derived_again_from_the_right_group_key_only(
    path: Path, key: StationKey
) -> None:
    with Manifest.open(path, key) as manifest:
        record(manifest, group_unit("dev-1"))
        manifest.use_group_key(GROUP_KEY)
        assert manifest.unit_secrets("dev-1") == {
            "sas_primary": derive_device_key(GROUP_KEY, "dev-1")
        }
        manifest.use_group_key(OTHER_GROUP_KEY)
        with pytest.raises(CredentialError, match="not the one job job-group used"):
            manifest.unit_secrets("dev-1")


def test_reprovisioning_a_unit_recorded_with_sealed_keys_drops_them(
    path: Path, key: StationKey
) -> None:
    unit = group_unit("dev-1")
    with Manifest.open(path, key) as manifest:
        attempt = manifest.begin_attempt(unit.job, "COM3")
        manifest.record_pending(attempt, unit)
        manifest.record_failed(attempt, "dev-1", "write", "the board stopped answering")
        _seal_the_old_way(manifest, key, "dev-1")
        record(manifest, unit)  # the same board, again
        assert not manifest.holds_secrets()


def _seal_the_old_way(manifest: Manifest, key: StationKey, device_id: str) -> None:
    """Make a row as a station before derived keys left it: the key sealed, no check."""
    device_key = derive_device_key(GROUP_KEY, device_id)
    manifest.db.execute(
        "UPDATE units SET secret_ciphertext = ?, key_check = '' WHERE device_id = ?",
        (key.seal(device_id, {"sas_primary": device_key}), device_id),
    )


def _as_schema_4(path: Path) -> None:
    """Turn the file back into what a station before key checks left: schema 4."""
    rewind(path, 4)


def test_an_older_manifest_with_sealed_group_keys_still_exports(
    path: Path, key: StationKey, tmp_path: Path
) -> None:
    with Manifest.open(path, key) as manifest:
        record(manifest, group_unit("dev-old"))
        _seal_the_old_way(manifest, key, "dev-old")
    _as_schema_4(path)
    expected = {"dev-old": derive_device_key(GROUP_KEY, "dev-old")}

    # Read-only, as `manifest export` opens it: brought up to date in memory only.
    out = tmp_path / "old.csv"
    assert main(["manifest", "export", "--format", "iotc-export", "--out", str(out),
                 "--manifest", str(path)]) == 0
    assert {r["IOTC_DEVICEID"]: r["IOTC_SASKEY_PRIMARY"] for r in read_csv(out)} == expected
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 4

    # Opened by a station: migrated, and new units beside it keep no key.
    with Manifest.open(path, key) as manifest:
        assert manifest.schema_version == SCHEMA_VERSION
        record(manifest, group_unit("dev-new"))
        manifest.use_group_key(GROUP_KEY)
        export(manifest, "iotc-export", out)
    expected["dev-new"] = derive_device_key(GROUP_KEY, "dev-new")
    assert {r["IOTC_DEVICEID"]: r["IOTC_SASKEY_PRIMARY"] for r in read_csv(out)} == expected


def test_jobs_with_different_group_keys_export_one_job_at_a_time(
    path: Path, key: StationKey, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Manifest.open(path, key) as manifest:
        record(manifest, group_unit("dev-a", GROUP_KEY, group_job("job-a")))
        record(manifest, group_unit("dev-b", OTHER_GROUP_KEY, group_job("job-b")))
    out = tmp_path / "devices.csv"
    base = ["manifest", "export", "--format", "iotc-export", "--out", str(out),
            "--manifest", str(path), "--group-key-file", str(key_file(tmp_path, GROUP_KEY))]
    assert main(base) == 1
    assert "not the one job job-b used" in capsys.readouterr().err
    assert main([*base, "--job", "job-a"]) == 0
    assert read_csv(out) == [{
        "IOTC_DEVICEID": "dev-a", "IOTC_DEVICENAME": "dev-a",
        "IOTC_SASKEY_PRIMARY": derive_device_key(GROUP_KEY, "dev-a"),
        "IOTC_SASKEY_SECONDARY": "", "IOTC_X509THUMBPRINT_PRIMARY": "",
        "IOTC_X509THUMBPRINT_SECONDARY": "",
    }]


# -- the key check ----------------------------------------------------------------------


def test_the_key_check_tells_keys_apart_and_shows_none_of_the_key() -> None:
    device_key = derive_device_key(GROUP_KEY, "dev-1")
    check = key_check(device_key)
    assert len(check) == 16 and int(check, 16) >= 0
    assert check == key_check(device_key)
    assert key_check_matches(device_key, check)
    assert not key_check_matches(derive_device_key(GROUP_KEY, "dev-2"), check)
    raw = base64.b64decode(device_key)
    assert raw.hex()[:16] not in check and check not in raw.hex()
    assert all(
        key_check(base64.b64encode(secrets.token_bytes(32)).decode()) != check
        for _ in range(100)
    )
