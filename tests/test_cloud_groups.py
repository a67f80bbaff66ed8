"""``station cloud group …``: enrollment groups and CA proof of possession, against the
strict local IoT Central and DPS of ``tests.cloud_server``."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from cryptography import x509

from station.cli import main
from station.core.errors import ConfigError
from station.credentials.ca import create_ca, load_ca_files, write_ca_files
from station.credentials.certificates import thumbprint_sha1
from station.credentials.leaf import issue_leaf
from station.credentials.sas import derive_device_key
from station.credentials.secret_store import (
    GROUP_KEY,
    GROUP_KEY_SECONDARY,
    EncryptedFileSecrets,
)
from station.enrollment.cloud_cli import add_cloud_parser
from station.enrollment.groups import DPS_CA_VERIFICATION
from tests.cloud_server import CloudCentral, CloudDps
from tests.enrollment_server import IOTC_TOKEN, ServiceServer, write_profile

APP = "https://line-1.azureiotcentral.com"
PASSPHRASE = "correct horse battery staple"


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="station")
    add_cloud_parser(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("STATION_IOTC_API_TOKEN", IOTC_TOKEN)


@pytest.fixture
def store(tmp_path: Path) -> EncryptedFileSecrets:
    secrets = EncryptedFileSecrets(tmp_path / "secrets.enc")
    secrets.unlock(PASSPHRASE)
    return secrets


@pytest.fixture
def central():
    with ServiceServer(CloudCentral()) as server:
        yield server


def ca_files(folder: Path, name: str) -> tuple[Path, Path]:
    ca = create_ca(name)
    cert, key = folder / f"{name}.pem", folder / f"{name}.key.pem"
    write_ca_files(ca, cert, key)
    return cert, key


def run(argv: list[str], server: ServiceServer, store, capsys) -> tuple[int, str]:
    args = parse([*argv, "--endpoint", server.url])
    status = args.handler(args, store)
    out = capsys.readouterr()
    return status, out.out + out.err


def files_text(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_a_sas_group_in_iot_central_puts_its_keys_in_the_secret_store_only(
    central, store, capsys, tmp_path
):
    status, output = run(["cloud", "group", "create", "--target", "central", "--app", APP,
                          "--group", "line-1", "--attestation", "sas"], central, store, capsys)

    service: CloudCentral = central.service  # type: ignore[assignment]
    keys = service.groups["line-1"]["attestation"]["symmetricKey"]
    assert status == 0 and central.problems == []
    assert store.get(GROUP_KEY) == keys["primaryKey"]
    assert store.get(GROUP_KEY_SECONDARY) == keys["secondaryKey"]
    assert "created" in output and "saved in an encrypted file" in output
    for key in keys.values():
        assert key not in output
        assert key.encode() not in files_text(tmp_path)
    # A device whose key the station derives from the stored key is admitted.
    service.register("dev-1", symmetric_key=derive_device_key(store.get(GROUP_KEY), "dev-1"))
    assert service.devices["dev-1"]["provisioned"] is True


def test_running_create_again_updates_the_group_and_keeps_its_keys(central, store, capsys):
    argv = ["cloud", "group", "create", "--target", "central", "--app", APP, "--group", "g",
            "--attestation", "sas"]
    run(argv, central, store, capsys)
    first = store.get(GROUP_KEY)

    status, output = run([*argv, "--display-name", "Line 1", "--iot-edge"], central, store,
                         capsys)

    group = central.service.groups["g"]  # type: ignore[attr-defined]
    assert status == 0 and "updated" in output
    assert group["displayName"] == "Line 1" and group["type"] == "iotEdge"
    assert store.get(GROUP_KEY) == first


def test_an_x509_group_in_iot_central_ends_with_its_ca_verified(central, store, capsys, tmp_path):
    cert, key = ca_files(tmp_path, "line-ca")

    status, output = run(["cloud", "group", "create", "--target", "central", "--app", APP,
                          "--group", "x509-line", "--attestation", "x509", "--ca-cert", str(cert),
                          "--ca-key", str(key)], central, store, capsys)

    service: CloudCentral = central.service  # type: ignore[assignment]
    assert status == 0 and central.problems == []
    assert service.certificates[("x509-line", "primary")]["verified"] is True
    assert "primary CA" in output and "CA verified" in output
    # Only now does a device with a leaf from that CA get in.
    leaf = issue_leaf(load_ca_files(cert, key), "dev-9")
    service.register("dev-9", certificate=x509.load_pem_x509_certificate(leaf.cert_pem.encode()))
    assert service.devices["dev-9"]["provisioned"] is True

    status, output = run(["cloud", "group", "show", "--target", "central", "--app", APP,
                          "--group", "x509-line"], central, store, capsys)
    assert status == 0 and "(verified)" in output


def test_a_ca_whose_key_is_not_the_uploaded_certificates_is_refused_in_one_line(
    central, store, capsys, tmp_path
):
    cert, _key = ca_files(tmp_path, "uploaded-ca")
    other_cert, other_key = ca_files(tmp_path, "other-ca")
    # The group holds uploaded-ca, not yet verified (no key given).
    status, output = run(["cloud", "group", "create", "--target", "central", "--app", APP,
                          "--group", "g", "--attestation", "x509", "--ca-cert", str(cert),
                          "--ca-key", str(_key)], central, store, capsys)
    service: CloudCentral = central.service  # type: ignore[assignment]
    service.certificates[("g", "primary")]["verified"] = False

    code = main(["cloud", "group", "verify-ca", "--target", "central", "--app", APP,
                 "--endpoint", central.url, "--group", "g", "--ca-cert", str(other_cert),
                 "--ca-key", str(other_key)])

    err = capsys.readouterr().err
    assert code == 1
    assert service.refused_verifications == [
        "The verification certificate was not signed by the private key of the uploaded "
        "certificate."
    ]
    assert service.certificates[("g", "primary")]["verified"] is False
    lines = [line for line in err.splitlines() if line.startswith("station:")]
    assert len(lines) == 1 and len(err.strip().splitlines()) == 1
    assert "did not verify the primary CA of group g" in lines[0]
    assert "not signed by the private key of the uploaded certificate" in lines[0]
    assert thumbprint_sha1(x509.load_pem_x509_certificate(cert.read_bytes())) in lines[0]


def test_a_sas_group_on_dps_takes_the_profile_settings_and_updates_under_its_etag(
    store, capsys, tmp_path, monkeypatch
):
    folder = tmp_path / "profiles"
    profile = write_profile(folder, "edge-board", "[enrollment]\niot_edge = true\n"
                            "initial_twin_tags = { line = \"1\" }\n")
    service = CloudDps()
    monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
    with ServiceServer(service) as server:
        argv = ["cloud", "group", "create", "--target", "dps", "--group", "dps-line",
                "--attestation", "sas", "--profile", str(profile), "--allocation-policy",
                "hashed"]
        status, output = run(argv, server, store, capsys)
        first_etag = service.groups["dps-line"]["etag"]
        again, _ = run(argv, server, store, capsys)

    group = service.groups["dps-line"]
    assert status == again == 0 and server.problems == []
    assert group["capabilities"] == {"iotEdge": True}
    assert group["initialTwin"] == {"tags": {"line": "1"}}
    assert group["allocationPolicy"] == "hashed" and group["provisioningStatus"] == "enabled"
    assert service.if_match == [None, first_etag]
    keys = group["attestation"]["symmetricKey"]
    assert store.get(GROUP_KEY) == keys["primaryKey"]
    assert keys["primaryKey"] not in output
    assert service.register("dev-1", symmetric_key=derive_device_key(keys["primaryKey"],
                                                                     "dev-1")) == "assigned"


def test_an_x509_group_on_dps_says_that_ca_verification_needs_the_management_plane(
    store, capsys, tmp_path, monkeypatch
):
    cert, key = ca_files(tmp_path, "dps-ca")
    service = CloudDps()
    monkeypatch.setenv("STATION_DPS_CONNECTION_STRING", service.connection_string)
    with ServiceServer(service) as server:
        status, output = run(["cloud", "group", "create", "--target", "dps", "--group", "x",
                              "--attestation", "x509", "--ca-cert", str(cert), "--ca-key",
                              str(key)], server, store, capsys)
        args = parse(["cloud", "group", "verify-ca", "--target", "dps", "--group", "x",
                      "--ca-cert", str(cert), "--ca-key", str(key), "--endpoint", server.url])
        with pytest.raises(ConfigError) as refused:
            args.handler(args, store)

    assert status == 0 and server.problems == []
    assert DPS_CA_VERIFICATION in output
    assert str(refused.value).startswith(DPS_CA_VERIFICATION)
    signing = service.groups["x"]["attestation"]["x509"]["signingCertificates"]
    assert set(signing) == {"primary"}


@pytest.mark.parametrize("command", [["group", "create"], ["group", "show"],
                                     ["group", "verify-ca"], ["status"]])
def test_the_readme_synopsis_names_every_cloud_option(command, capsys):
    with pytest.raises(SystemExit):
        main(["cloud", *command, "--help"])
    options = set(re.findall(r"--[a-z][a-z-]+", capsys.readouterr().out)) - {"--help"}
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    synopsis = readme.split(f"station cloud {' '.join(command)} ", 1)[1].split("\nstation ", 1)[0]
    shown = set(re.findall(r"--[a-z][a-z-]+", synopsis))
    # "…" in a synopsis stands for the service options every cloud command shares.
    shared = {"--app", "--endpoint", "--connection-string-file", "--api-token-file", "--insecure"}
    missing = options - shown - (shared if "…" in synopsis else set())
    assert sorted(missing) == []
