"""``station enroll upload``: secrets from the environment or a file, reports, dry runs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from station.core.errors import ConfigError
from station.core.locations import station_key_for
from station.core.models import Attestation
from station.enrollment.cli_commands import add_enroll_parser
from station.manifest import StationKey
from tests.enrollment_server import IOTC_TOKEN, FakeCentral, FakeDps, ServiceServer, provision

A = Attestation


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="station")
    add_enroll_parser(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    path = tmp_path / "manifest.sqlite"
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
