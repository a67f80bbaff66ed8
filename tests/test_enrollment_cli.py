"""``station enroll upload`` and ``reopen``: where secrets come from, reports, dry runs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ConfigError
from station.core.locations import station_key_for
from station.core.models import Attestation
from station.credentials.secret_store import DPS_CONNECTION_STRING, EncryptedFileSecrets
from station.enrollment.cli_commands import add_enroll_parser, cmd_enroll_upload
from station.enrollment.state import Target, UploadLedger, UploadState
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_reading
from station.manifest.secrets import StationKey
from station.profiles.locations import user_profile_dir
from tests.enrollment_server import (
    IOTC_TOKEN,
    FakeCentral,
    FakeDps,
    ServiceServer,
    provision,
    write_profile,
)

A = Attestation


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="station")
    add_enroll_parser(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


@pytest.fixture(autouse=True)
def own_profile_folder(tmp_path: Path, monkeypatch) -> Path:
    """The user's profile folder is the test's own (in its STATION_HOME)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return user_profile_dir()


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    path = tmp_path / "manifest.sqlite"
    # The key file an older station kept beside its manifest (still read where it is),
    # so these tests can use secret stores of their own.
    key = StationKey.load_or_create(station_key_for(path))
    provision(path, key, [("sas-1", A.SAS_INDIVIDUAL), ("group-1", A.SAS_GROUP)])
    return path


def test_uploads_with_the_connection_string_from_the_environment(manifest, monkeypatch, capsys):
    service = FakeDps()
    with ServiceServer(service) as server:
        monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
        args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest),
                      "--endpoint", server.url])
        assert args.handler(args) == 0
    assert server.problems == [] and set(service.created) == {"sas-1"}
    out = capsys.readouterr().out
    assert "1 not-needed, 1 uploaded" in out


def test_reads_the_connection_string_from_a_file(manifest, tmp_path, monkeypatch):
    monkeypatch.delenv("STATION_DPS_CONNECTION_STRING", raising=False)
    service = FakeDps()
    secret = tmp_path / "dps.txt"
    secret.write_text(service.connection_string + "\n")
    with ServiceServer(service) as server:
        args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest),
                      "--endpoint", server.url, "--connection-string-file", str(secret)])
        assert args.handler(args) == 0
    assert set(service.created) == {"sas-1"}


def test_a_missing_secret_says_where_to_put_it(manifest, monkeypatch):
    monkeypatch.delenv("STATION_DPS_CONNECTION_STRING", raising=False)
    args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest)])
    with pytest.raises(ConfigError) as caught:
        args.handler(args)
    assert "STATION_DPS_CONNECTION_STRING" in caught.value.hint


def test_secrets_are_not_taken_as_arguments():
    with pytest.raises(SystemExit):
        parse(["enroll", "upload", "--target", "dps", "--connection-string", "HostName=x"])


def test_central_needs_the_app_url_and_a_token(manifest, monkeypatch, capsys):
    monkeypatch.setenv("STATION_IOTC_API_TOKEN", IOTC_TOKEN)
    args = parse(["enroll", "upload", "--target", "central", "--manifest", str(manifest)])
    with pytest.raises(ConfigError, match="application's URL"):
        args.handler(args)
    service = FakeCentral()
    with ServiceServer(service) as server:
        args = parse(["enroll", "upload", "--target", "central", "--manifest", str(manifest),
                      "--app", "https://line-1.azureiotcentral.com", "--endpoint", server.url])
        assert args.handler(args) == 0
    assert set(service.devices) == {"sas-1", "group-1"} and server.problems == []


def test_a_failed_upload_exits_non_zero_and_names_the_unit(manifest, monkeypatch, capsys):
    service = FakeDps()
    service.reject("sas-1", 400004, "Bad format")
    with ServiceServer(service) as server:
        monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
        args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest),
                      "--endpoint", server.url])
        assert args.handler(args) == 1
    assert "sas-1: failed: DPS refused the enrollment (400004: Bad format)" in (
        capsys.readouterr().out)


def test_dry_run_writes_the_requests_to_a_file(manifest, tmp_path, monkeypatch):
    service = FakeDps()
    monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
    out = tmp_path / "requests.json"
    args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest),
                  "--dry-run", "--out", str(out)])
    assert args.handler(args) == 0
    requests = json.loads(out.read_text())
    assert requests[0]["url"] == (
        f"https://{service.host_name}/enrollments?api-version=2021-10-01")
    assert requests[0]["body"]["enrollments"][0]["attestation"]["symmetricKey"] == {
        "primaryKey": "<redacted>", "secondaryKey": "<redacted>"}


def states(manifest: Path) -> dict[str, UploadState]:
    with Manifest.open(manifest, key_for_reading(manifest)) as opened:
        return {r.device_id: r.state for r in UploadLedger(opened).records(Target.DPS)}


# -- secrets on the command line ----------------------------------------------------------


def test_a_mistyped_secret_option_is_refused_without_echoing_the_secret(capsys):
    secret = "HostName=x.azure-devices-provisioning.net;SharedAccessKey=c2VjcmV0LWtleQ=="
    with pytest.raises(SystemExit) as caught:
        main(["enroll", "upload", "--target", "dps", "--connection-string", secret])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --connection-string" in err
    assert "1 value(s) not shown" in err
    assert "SharedAccessKey" not in err and "c2VjcmV0" not in err

    with pytest.raises(SystemExit):
        main(["enroll", "upload", "--target", "dps", f"--api-token={secret}", "--verbose"])
    err = capsys.readouterr().err
    assert "--api-token=… --verbose" in err and "SharedAccessKey" not in err


# -- saved secrets ---------------------------------------------------------------------------


def saved_store(tmp_path: Path, connection_string: str) -> Path:
    path = tmp_path / "secrets.enc"
    store = EncryptedFileSecrets(path)
    store.unlock("line passphrase")
    store.set(DPS_CONNECTION_STRING, connection_string)
    return path


def test_falls_back_to_the_saved_connection_string(manifest, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("STATION_DPS_CONNECTION_STRING", raising=False)
    monkeypatch.setenv("STATION_SECRETS_PASSPHRASE", "line passphrase")
    service = FakeDps()
    path = saved_store(tmp_path, service.connection_string)
    with ServiceServer(service) as server:
        args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest),
                      "--endpoint", server.url])
        assert cmd_enroll_upload(args, store=EncryptedFileSecrets(path)) == 0
    assert server.problems == [] and set(service.created) == {"sas-1"}


def test_a_locked_saved_secret_says_how_to_unlock_it(manifest, tmp_path, monkeypatch):
    monkeypatch.delenv("STATION_DPS_CONNECTION_STRING", raising=False)
    monkeypatch.delenv("STATION_SECRETS_PASSPHRASE", raising=False)
    path = saved_store(tmp_path, FakeDps().connection_string)
    args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest)])
    with pytest.raises(ConfigError) as caught:
        cmd_enroll_upload(args, store=EncryptedFileSecrets(path))
    assert "locked" in caught.value.message
    assert "STATION_SECRETS_PASSPHRASE" in caught.value.hint
    assert "STATION_DPS_CONNECTION_STRING" in caught.value.hint

    monkeypatch.setenv("STATION_SECRETS_PASSPHRASE", "not the passphrase")
    with pytest.raises(ConfigError, match="passphrase is wrong"):
        cmd_enroll_upload(args, store=EncryptedFileSecrets(path))


def test_no_saved_secret_names_every_place_to_put_one(manifest, tmp_path, monkeypatch):
    monkeypatch.delenv("STATION_DPS_CONNECTION_STRING", raising=False)
    args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest)])
    with pytest.raises(ConfigError) as caught:
        cmd_enroll_upload(args, store=EncryptedFileSecrets(tmp_path / "none.enc"))
    hint = caught.value.hint
    assert "STATION_DPS_CONNECTION_STRING" in hint and "--connection-string-file" in hint
    assert "upload dialog" in hint and "none.enc" in hint


# -- enrollment settings -----------------------------------------------------------------


def test_flags_override_the_profile_s_enrollment_settings(manifest, monkeypatch,
                                                          own_profile_folder, capsys):
    write_profile(own_profile_folder, "esp32-devkit",
                  '[enrollment]\nprovisioning_status = "disabled"\n'
                  '[enrollment.initial_twin_tags]\nsite = "plant-7"\n')
    service = FakeDps()
    with ServiceServer(service) as server:
        monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
        args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest),
                      "--endpoint", server.url, "--iot-edge"])
        assert args.handler(args) == 0
    enrollment = service.enrollments["sas-1"]
    assert enrollment["provisioningStatus"] == "disabled"
    assert enrollment["capabilities"] == {"iotEdge": True}
    assert enrollment["initialTwin"] == {"tags": {"site": "plant-7"}}
    assert "note:" not in capsys.readouterr().out


def test_a_missing_profile_is_noted_in_the_output(manifest, monkeypatch, capsys):
    service = FakeDps()
    with ServiceServer(service) as server:
        monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
        args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest),
                      "--endpoint", server.url, "--provisioning-status", "disabled",
                      "--no-iot-edge"])
        assert args.handler(args) == 0
    assert service.enrollments["sas-1"]["provisioningStatus"] == "disabled"
    out = capsys.readouterr().out
    assert "note: profile 'esp32-devkit' of 1 unit(s) was not found" in out


def test_dps_flags_are_refused_for_central(manifest, monkeypatch):
    monkeypatch.setenv("STATION_IOTC_API_TOKEN", IOTC_TOKEN)
    args = parse(["enroll", "upload", "--target", "central", "--manifest", str(manifest),
                  "--app", "https://line-1.azureiotcentral.com", "--provisioning-status",
                  "disabled"])
    with pytest.raises(ConfigError, match="DPS enrollments only"):
        args.handler(args)


# -- reopening conflicts -----------------------------------------------------------------


def test_reopen_lets_qa_send_a_resolved_conflict_again(manifest, tmp_path, monkeypatch,
                                                       capsys):
    service = FakeDps()
    other_keys = {"primaryKey": "b3RoZXIta2V5LW9uZS0xMjM0NTY=",
                  "secondaryKey": "b3RoZXIta2V5LXR3by0xMjM0NTY="}
    service.seed({"registrationId": "sas-1",
                  "attestation": {"type": "symmetricKey", "symmetricKey": other_keys}})
    monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
    upload_argv = ["enroll", "upload", "--target", "dps", "--manifest", str(manifest)]
    with ServiceServer(service) as server:
        assert main([*upload_argv, "--endpoint", server.url]) == 1
        assert states(manifest)["sas-1"] is UploadState.CONFLICT
        # A second upload leaves the conflict alone until QA reopens it.
        assert main([*upload_argv, "--endpoint", server.url]) == 1
        assert service.sent_in_bulk()["sas-1"] == 1

        # QA deletes the stale enrollment in the portal, then reopens the unit.
        del service.enrollments["sas-1"]
        assert main(["enroll", "reopen", "--target", "dps", "--manifest", str(manifest),
                     "sas-1"]) == 0
        assert "sas-1: conflict -> pending" in capsys.readouterr().out
        assert states(manifest)["sas-1"] is UploadState.PENDING

        assert main([*upload_argv, "--endpoint", server.url]) == 0
    assert states(manifest)["sas-1"] is UploadState.UPLOADED
    assert service.created["sas-1"] == 1 and server.problems == []


def test_reopen_refuses_units_that_are_not_in_conflict_and_changes_nothing(manifest, capsys):
    with Manifest.open(manifest, key_for_reading(manifest)) as opened:
        ledger = UploadLedger(opened)
        ledger.track_provisioned(Target.DPS, {"sas-1": True, "group-1": False})
        ledger.settle(Target.DPS, "sas-1", UploadState.CONFLICT, reason="other attestation")

    status = main(["enroll", "reopen", "--target", "dps", "--manifest", str(manifest),
                   "sas-1", "group-1", "nobody"])

    assert status == 1
    err = capsys.readouterr().err
    assert "group-1 is not-needed" in err and "nobody has no dps upload" in err
    assert states(manifest) == {"sas-1": UploadState.CONFLICT, "group-1": UploadState.NOT_NEEDED}
