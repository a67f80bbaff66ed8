"""Primary and secondary credentials: a sas-group job with the group's secondary key
gives each unit both derived device keys, on the board and in exports."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ConfigError, CredentialError
from station.core.labels import label_text
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Unit
from station.credentials.providers import SasGroupProvider
from station.credentials.sas import derive_device_key
from station.manifest import Manifest
from station.manifest.custody.station_keys import key_for_writing
from station.manifest.exports import export
from station.simulation.console_board import VirtualConsoleBoard
from tests.test_derived_keys import GROUP_KEY, group_job, key_file, read_csv, record

SECONDARY_KEY = base64.b64encode(bytes(range(100, 164))).decode()
OTHER_KEY = base64.b64encode(bytes(range(164, 228))).decode()


def both_keys_unit(device_id: str) -> Unit:
    return Unit(
        job=group_job(),
        board=BoardInfo(port="COM3"),
        identity=DeviceIdentity(device_id, "counter"),
        credential=SasGroupProvider(GROUP_KEY, SECONDARY_KEY).issue(
            DeviceIdentity(device_id, "counter")
        ),
    )


def test_a_sas_group_unit_gets_both_derived_keys() -> None:
    credential = SasGroupProvider(GROUP_KEY, SECONDARY_KEY).issue(DeviceIdentity("dev-1", ""))
    assert credential.sas_primary == derive_device_key(GROUP_KEY, "dev-1")
    assert credential.sas_secondary == derive_device_key(SECONDARY_KEY, "dev-1")
    only_primary = SasGroupProvider(GROUP_KEY).issue(DeviceIdentity("dev-1", ""))
    assert only_primary.sas_secondary == ""
    with pytest.raises(CredentialError, match="same as its primary"):
        SasGroupProvider(GROUP_KEY, GROUP_KEY)
    with pytest.raises(CredentialError, match="secondary group key is not valid base64"):
        SasGroupProvider(GROUP_KEY, "not base64!")


def test_exports_fill_the_secondary_column_from_the_secondary_group_key(tmp_path: Path) -> None:
    path = tmp_path / "manifest.sqlite"
    with Manifest.open(path, key_for_writing(path)) as manifest:
        record(manifest, both_keys_unit("dev-both"))
        out = tmp_path / "keys.csv"
        manifest.use_group_key(GROUP_KEY, SECONDARY_KEY)
        export(manifest, "iotc-export", out)
        (row,) = read_csv(out)
        assert row["IOTC_SASKEY_PRIMARY"] == derive_device_key(GROUP_KEY, "dev-both")
        assert row["IOTC_SASKEY_SECONDARY"] == derive_device_key(SECONDARY_KEY, "dev-both")
        assert SECONDARY_KEY not in out.read_text()

        manifest.use_group_key(GROUP_KEY)
        with pytest.raises(ConfigError, match="no secondary group key was given"):
            export(manifest, "iotc-export", tmp_path / "missing.csv")
        manifest.use_group_key(GROUP_KEY, OTHER_KEY)
        with pytest.raises(CredentialError, match="secondary group key given is not the one"):
            export(manifest, "iotc-export", tmp_path / "wrong.csv")
        assert not (tmp_path / "missing.csv").exists() and not (tmp_path / "wrong.csv").exists()


def test_the_label_carries_the_primary_key_at_most() -> None:
    unit = both_keys_unit("dev-label")
    text = label_text(unit, include_key=True)
    assert unit.credential.sas_primary in text
    assert unit.credential.sas_secondary not in text


def test_the_cli_writes_both_keys_to_the_board_and_exports_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = tmp_path / "m.sqlite"
    primary_file = key_file(tmp_path, GROUP_KEY)
    secondary_file = key_file(tmp_path, SECONDARY_KEY, "secondary.key")
    board = VirtualConsoleBoard(seed="secondary", swap_on_reboot=True)
    with board.serve_tcp() as served:
        assert main([
            "provision", "--profile", "demo-console", "--attestation", "sas-group",
            "--port", served.url, "--id-scope", "0ne000DE001", "--count", "2", "--no-wait",
            "--group-key-file", str(primary_file),
            "--secondary-group-key-file", str(secondary_file), "--manifest", str(manifest),
        ]) == 0
    on_boards = {str(u.committed["dps"]["device_id"]): u.committed["dps"] for u in board.retired}
    assert len(on_boards) == 2
    for device_id, stored in on_boards.items():
        assert stored["sas_key"] == derive_device_key(GROUP_KEY, device_id)
        assert stored["sas_key_sec"] == derive_device_key(SECONDARY_KEY, device_id)

    out = tmp_path / "export.csv"
    monkeypatch.setenv("STATION_GROUP_KEY_SECONDARY", SECONDARY_KEY)
    assert main(["manifest", "export", "--format", "iotc-export", "--out", str(out),
                 "--group-key-file", str(primary_file), "--manifest", str(manifest)]) == 0
    exported = {r["IOTC_DEVICEID"]: r["IOTC_SASKEY_SECONDARY"] for r in read_csv(out)}
    assert exported == {d: str(s["sas_key_sec"]) for d, s in on_boards.items()}


def test_a_sas_individual_board_holds_both_keys(tmp_path: Path) -> None:
    manifest = tmp_path / "m.sqlite"
    board = VirtualConsoleBoard(seed="individual-both", swap_on_reboot=True)
    with board.serve_tcp() as served:
        assert main([
            "provision", "--profile", "demo-console", "--attestation", "sas-individual",
            "--port", served.url, "--id-scope", "0ne000DE001", "--no-wait",
            "--manifest", str(manifest),
        ]) == 0
    (unit,) = board.retired
    stored = unit.committed["dps"]
    with Manifest.open(manifest, key_for_writing(manifest)) as opened:
        kept = opened.unit_secrets(str(stored["device_id"]))
    assert stored["sas_key"] == kept["sas_primary"]
    assert stored["sas_key_sec"] == kept["sas_secondary"] != kept["sas_primary"]


def test_without_a_secondary_group_key_no_secondary_is_written(tmp_path: Path) -> None:
    unit = Unit(
        job=group_job(), board=BoardInfo(port="COM3"), identity=DeviceIdentity("dev-p", ""),
        credential=Credential(Attestation.SAS_GROUP,
                              sas_primary=derive_device_key(GROUP_KEY, "dev-p")),
    )
    path = tmp_path / "manifest.sqlite"
    with Manifest.open(path, key_for_writing(path)) as manifest:
        record(manifest, unit)
        manifest.use_group_key(GROUP_KEY)  # no secondary needed for it
        export(manifest, "iotc-export", tmp_path / "p.csv")
    (row,) = read_csv(tmp_path / "p.csv")
    assert row["IOTC_SASKEY_SECONDARY"] == ""


def test_an_x509_individual_unit_with_a_secondary_certificate_is_recorded_and_exported(
    tmp_path: Path,
) -> None:
    from cryptography import x509

    from station.credentials.certificates import thumbprint_sha1
    from station.credentials.providers import X509IndividualProvider
    from station.manifest.reports import verify_journal

    credential = X509IndividualProvider(secondary=True).issue(DeviceIdentity("dev-x", ""))
    assert credential.cert_pem_secondary and credential.key_pem_secondary
    assert credential.key_pem_secondary != credential.key_pem
    second = x509.load_pem_x509_certificate(credential.cert_pem_secondary.encode())
    assert second.subject.rfc4514_string() == "CN=dev-x"
    job = group_job()
    unit = Unit(
        job=type(job)(job.job_id, job.profile_id, job.id_scope, Attestation.X509_INDIVIDUAL),
        board=BoardInfo(port="COM3"), identity=DeviceIdentity("dev-x", ""),
        credential=credential,
    )
    path = tmp_path / "manifest.sqlite"
    with Manifest.open(path, key_for_writing(path)) as manifest:
        record(manifest, unit)
        stored = manifest.unit("dev-x")
        assert stored is not None
        assert stored.cert_pem_secondary == credential.cert_pem_secondary
        assert credential.key_pem_secondary not in path.read_text(errors="replace")
        export(manifest, "iotc-export", tmp_path / "x.csv")
        assert verify_journal(manifest).ok
    (row,) = read_csv(tmp_path / "x.csv")
    assert row["IOTC_X509THUMBPRINT_SECONDARY"] == thumbprint_sha1(second)
    assert row["IOTC_X509THUMBPRINT_PRIMARY"] == credential.thumbprint_sha1
