"""``station enroll upload --dry-run`` shows what would be sent without any secret:
no connection string, no API token, no saved secrets, no station key."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from station.core.errors import ConfigError
from station.core.locations import station_key_for
from station.core.models import Attestation
from station.credentials.secret_store import EncryptedFileSecrets
from station.enrollment.cli_commands import add_enroll_parser, cmd_enroll_upload
from station.enrollment.upload import DPS_HOST_STAND_IN
from station.manifest import StationKey
from tests.enrollment_server import provision

A = Attestation


class UntouchableStore:
    """A secret store a dry run must never open, unlock or read."""

    description = "the station's saved secrets"

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"the dry run touched the secret store ({name})")


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="station")
    add_enroll_parser(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


@pytest.fixture(autouse=True)
def no_secret_anywhere(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in ("STATION_DPS_CONNECTION_STRING", "STATION_IOTC_API_TOKEN",
                 "STATION_SECRETS_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    path = tmp_path / "manifest.sqlite"
    key_file = station_key_for(path)
    units = [("sas-1", A.SAS_INDIVIDUAL), ("cert-1", A.X509_INDIVIDUAL), ("group-1", A.SAS_GROUP)]
    provision(path, StationKey.load_or_create(key_file), units)
    # The station key is out of reach (kept elsewhere, locked): a dry run does without it.
    key_file.unlink()
    return path


def test_a_dps_dry_run_needs_no_connection_string(manifest: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "requests.json"
    args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest),
                  "--dry-run", "--out", str(out)])

    assert cmd_enroll_upload(args, store=UntouchableStore()) == 0  # type: ignore[arg-type]

    [request] = json.loads(out.read_text())
    assert request["method"] == "POST"
    assert request["url"] == f"https://{DPS_HOST_STAND_IN}/enrollments?api-version=2021-10-01"
    enrollments = {e["registrationId"]: e for e in request["body"]["enrollments"]}
    assert set(enrollments) == {"sas-1", "cert-1"}
    assert enrollments["sas-1"]["attestation"]["symmetricKey"] == {
        "primaryKey": "<redacted>", "secondaryKey": "<redacted>"}
    assert enrollments["cert-1"]["attestation"]["type"] == "x509"
    printed = capsys.readouterr().out
    assert "2 unit(s) would be sent" in printed
    assert f"stand-in host {DPS_HOST_STAND_IN}" in printed


def test_a_central_dry_run_needs_no_api_token(manifest: Path, tmp_path: Path) -> None:
    out = tmp_path / "requests.json"
    args = parse(["enroll", "upload", "--target", "central", "--manifest", str(manifest),
                  "--app", "line-1.azureiotcentral.com", "--dry-run", "--out", str(out)])

    assert cmd_enroll_upload(args, store=UntouchableStore()) == 0  # type: ignore[arg-type]

    requests = json.loads(out.read_text())
    urls = [r["url"] for r in requests]
    assert all(url.startswith("https://line-1.azureiotcentral.com/api/devices/") for url in urls)
    assert {url.split("/")[5].split("?")[0] for url in urls} == {"sas-1", "cert-1", "group-1"}
    sas_attestation = next(r["body"] for r in requests
                           if r["url"].split("?")[0].endswith("sas-1/attestation"))
    assert sas_attestation["symmetricKey"] == {
        "primaryKey": "<redacted>", "secondaryKey": "<redacted>"}


def test_a_real_upload_still_asks_for_its_credential(manifest: Path, tmp_path: Path) -> None:
    args = parse(["enroll", "upload", "--target", "dps", "--manifest", str(manifest)])
    with pytest.raises(ConfigError, match="no DPS connection string given"):
        cmd_enroll_upload(args, store=EncryptedFileSecrets(tmp_path / "none.enc"))
