"""Uploads never send a token or device key over plain http to another computer unasked.

An on-path listener is played by the loopback stand-in service acting as the
HTTP proxy of every plain-http request: whatever the station sends to
``http://dps.example.test`` reaches it, as it would reach anyone on the path.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ConfigError
from station.core.models import Attestation
from station.enrollment import DpsCredential, IotcCredential, upload
from station.enrollment.endpoints import PlainHttpRefused, checked_service_url
from station.enrollment.sas import DpsConnectionString
from station.manifest.custody.station_keys import key_for_writing
from tests.enrollment_server import IOTC_TOKEN, FakeCentral, FakeDps, ServiceServer, provision

A = Attestation
ELSEWHERE = "http://dps.example.test"


@pytest.fixture(autouse=True)
def own_profile_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    path = tmp_path / "manifest.sqlite"
    key = key_for_writing(path)
    provision(path, key, [("sas-1", A.SAS_INDIVIDUAL)])
    return path


def listen_on_the_path(monkeypatch, server: ServiceServer) -> None:
    """Route every plain-http request through ``server``, as an on-path proxy."""
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", server.url)
    monkeypatch.setenv("HTTP_PROXY", server.url)


def dps_upload(manifest: Path, *extra: str) -> list[str]:
    return ["enroll", "upload", "--target", "dps", "--manifest", str(manifest), *extra]


def central_upload(manifest: Path, *extra: str) -> list[str]:
    return ["enroll", "upload", "--target", "central", "--manifest", str(manifest), *extra]


@pytest.mark.parametrize(
    "argv",
    [
        lambda m: dps_upload(m, "--endpoint", ELSEWHERE),
        lambda m: dps_upload(m, "--endpoint", ELSEWHERE, "--dry-run"),
        lambda m: central_upload(m, "--app", "http://line-1.azureiotcentral.com"),
        lambda m: central_upload(m, "--app", "https://line-1.azureiotcentral.com",
                                 "--endpoint", "HTTP://10.0.0.7:8080/"),
        # userinfo that looks like a loopback address does not make the host one
        lambda m: dps_upload(m, "--endpoint", "http://127.0.0.1@dps.example.test"),
    ],
    ids=["dps-endpoint", "dps-dry-run", "central-app", "central-endpoint", "userinfo"],
)
def test_plain_http_to_another_computer_is_refused_before_anything_is_sent(
    argv, manifest, monkeypatch, capsys
) -> None:
    service = FakeDps()
    monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
    monkeypatch.setenv("STATION_IOTC_API_TOKEN", IOTC_TOKEN)
    with ServiceServer(service) as listener:
        listen_on_the_path(monkeypatch, listener)
        status = main(argv(manifest))
    assert listener.requests == []
    assert status == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.strip().splitlines()
    assert line.startswith("station: refusing to send the ")
    assert "unencrypted" in line and "plain http" in line
    assert "https://" in line and "--insecure" in line


def test_insecure_sends_in_clear_and_says_so_before_and_after(manifest, monkeypatch, capsys):
    service = FakeDps()
    monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
    with ServiceServer(service) as listener:
        listen_on_the_path(monkeypatch, listener)
        assert main(dps_upload(manifest, "--endpoint", ELSEWHERE, "--insecure")) == 0
    assert set(service.created) == {"sas-1"}  # it went, through the listener
    captured = capsys.readouterr()
    warning = ("insecure: the DPS SAS token and device keys go unencrypted over plain http "
               f"to {ELSEWHERE}")
    assert captured.err.splitlines()[0] == f"warning: {warning}"
    assert f"note: {warning}" in captured.out.splitlines()


def test_insecure_dry_run_says_the_keys_would_go_in_clear(manifest, monkeypatch, capsys):
    monkeypatch.setenv("STATION_IOTC_API_TOKEN", IOTC_TOKEN)
    argv = central_upload(manifest, "--app", "http://line-1.example.test", "--insecure",
                          "--dry-run")
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert ("warning: insecure: the IoT Central API token and device keys would go "
            "unencrypted over plain http to http://line-1.example.test") in err


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "127.0.0.2"])
def test_plain_http_to_this_computer_stays_allowed(host: str) -> None:
    url = f"http://{host}:8443/"
    assert checked_service_url(url, "the token") == url.rstrip("/")


def test_loopback_upload_sends_without_a_warning(manifest, monkeypatch, capsys):
    service = FakeCentral()
    monkeypatch.setenv("STATION_IOTC_API_TOKEN", IOTC_TOKEN)
    with ServiceServer(service) as server:
        assert main(central_upload(manifest, "--app", "https://line-1.azureiotcentral.com",
                                   "--endpoint", server.url)) == 0
    assert set(service.devices) == {"sas-1"}
    captured = capsys.readouterr()
    assert "insecure" not in captured.out + captured.err


@pytest.mark.parametrize(
    "url", ["ftp://dps.example.test", "http://", "dps.example.test", "file:///etc/passwd"]
)
def test_an_address_that_is_not_an_http_url_is_refused(url: str) -> None:
    with pytest.raises(ConfigError, match="not an https:// URL with a host"):
        checked_service_url(url, "the token")


def test_the_library_refuses_plain_http_unless_told_insecure(manifest: Path) -> None:
    credential = IotcCredential("http://line-1.example.test", IOTC_TOKEN)
    with pytest.raises(PlainHttpRefused) as caught:
        upload(manifest, "central", credential=credential, dry_run=True)
    assert "IoT Central API token" in caught.value.message
    assert "https://" in caught.value.hint


def test_the_dps_host_name_is_always_reached_over_https(manifest: Path, capsys) -> None:
    text = FakeDps().connection_string
    report = upload(manifest, "dps", credential=DpsCredential(DpsConnectionString.parse(text)),
                    dry_run=True)
    assert not [note for note in report.notes if "insecure" in note]
    assert '"url": "https://' in capsys.readouterr().out



def test_the_readme_synopsis_names_every_upload_option(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["enroll", "upload", "--help"])
    options = set(re.findall(r"--[a-z][a-z-]+", capsys.readouterr().out)) - {"--help"}
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    synopsis = readme.split("station enroll upload ", 1)[1].split("station enroll reopen", 1)[0]
    assert "--insecure" in options
    assert sorted(option for option in options if option not in synopsis) == []
