"""The command line, run as a user runs it (``station.cli.main`` in-process, or a child)."""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import io
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509

from station.cli import main
from station.credentials.x509 import create_ca, write_ca_files
from station.manifest import Manifest, StationKey
from station.manifest.custody.station_keys import key_for_reading
from station.simulation.console_board import VirtualConsoleBoard
from tests.manifest_rewind import rewind

GROUP_KEY = base64.b64encode(bytes(range(64))).decode()
REPO = Path(__file__).resolve().parents[1]


def run_station(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "station", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_keys_derive_prints_only_the_device_key(capsys):
    assert main(["keys", "derive", "--group-key", GROUP_KEY, "--device-id", "unit-001"]) == 0
    digest = hmac.new(base64.b64decode(GROUP_KEY), b"unit-001", hashlib.sha256).digest()
    assert capsys.readouterr().out == base64.b64encode(digest).decode() + "\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_keys_derive_does_not_show_the_key_on_a_terminal(monkeypatch, capsys):
    screen = _Terminal()
    monkeypatch.setattr(sys, "stdout", screen)
    assert main(["keys", "derive", "--group-key", GROUP_KEY, "--device-id", "unit-001"]) == 1
    digest = hmac.new(base64.b64decode(GROUP_KEY), b"unit-001", hashlib.sha256).digest()
    assert base64.b64encode(digest).decode() not in screen.getvalue()
    assert "not shown on the terminal" in capsys.readouterr().err


def test_errors_are_one_line_without_a_traceback():
    done = run_station("keys", "derive", "--group-key", "not base64!", "--device-id", "unit-1")
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("station: ") and "base64" in lines[0]
    assert "Traceback" not in done.stderr


def test_debug_shows_the_traceback():
    done = run_station("--debug", "keys", "derive", "--group-key", "x", "--device-id", "Bad ID")
    assert done.returncode != 0
    assert "Traceback" in done.stderr


def test_an_invalid_device_id_is_refused_with_the_rule(capsys):
    assert main(["keys", "derive", "--group-key", GROUP_KEY, "--device-id", "Unit-1"]) == 1
    assert "uppercase" in capsys.readouterr().err


def test_cert_issue_writes_leaf_key_and_chain(tmp_path, capsys):
    ca = create_ca("CLI Test CA")
    write_ca_files(ca, tmp_path / "ca.pem", tmp_path / "ca.key")
    out = tmp_path / "out"
    assert main([
        "cert", "issue", "--ca-cert", str(tmp_path / "ca.pem"), "--ca-key",
        str(tmp_path / "ca.key"), "--device-id", "unit-42", "--out", str(out),
    ]) == 0
    leaf = x509.load_pem_x509_certificate((out / "unit-42.cert.pem").read_bytes())
    assert leaf.subject.rfc4514_string() == "CN=unit-42"
    leaf.verify_directly_issued_by(ca.certificate)
    assert (out / "unit-42.key.pem").stat().st_mode & 0o777 == 0o600
    chain = x509.load_pem_x509_certificates((out / "unit-42.chain.pem").read_bytes())
    assert [c.subject for c in chain] == [leaf.subject, ca.certificate.subject]


def test_cert_verification_has_the_code_as_cn(tmp_path):
    ca = create_ca("CLI Test CA")
    write_ca_files(ca, tmp_path / "ca.pem", tmp_path / "ca.key")
    assert main([
        "cert", "verification", "--ca-cert", str(tmp_path / "ca.pem"), "--ca-key",
        str(tmp_path / "ca.key"), "--code", "ABC123DEF", "--out", str(tmp_path / "v.pem"),
    ]) == 0
    cert = x509.load_pem_x509_certificate((tmp_path / "v.pem").read_bytes())
    assert cert.subject.rfc4514_string() == "CN=ABC123DEF"
    cert.verify_directly_issued_by(ca.certificate)


def test_profiles_check_passes_the_shipped_profiles(capsys):
    assert main(["profiles", "check"]) == 0


def test_profiles_check_names_each_error_on_its_own_line(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text((REPO / "firmware_profiles" / "demo-console.toml").read_text().replace(
        'kind = "console"', 'kind = "uart"'
    ) + "\nsurprise = 1\n")
    assert main(["profiles", "check", str(bad)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any("transport.kind" in line and "uart" in line for line in lines)
    assert any("surprise" in line for line in lines)


def test_provision_then_export_for_iot_central(tmp_path):
    manifest = tmp_path / "m.sqlite"
    board = VirtualConsoleBoard(seed="cli", swap_on_reboot=True)
    with board.serve_tcp() as served:
        done = run_station(
            "provision", "--profile", "demo-console", "--port", served.url,
            "--id-scope", "0ne000DE001", "--count", "2", "--no-wait",
            "--manifest", str(manifest),
            env={"STATION_GROUP_KEY": GROUP_KEY},
        )
    assert done.returncode == 0, done.stderr + done.stdout
    assert "2 provisioned, 0 failed" in done.stdout
    assert GROUP_KEY not in done.stdout + done.stderr

    out = tmp_path / "import.csv"
    assert main(["manifest", "export", "--format", "iotc-import", "--out", str(out),
                 "--manifest", str(manifest)]) == 0
    rows = list(csv.reader(out.open()))
    assert rows[0] == ["IOTC_DeviceID", "IOTC_DeviceName"]
    assert {row[0] for row in rows[1:]} == {f"demo-{unit.mac}" for unit in board.retired}
    with Manifest.open(manifest, key_for_reading(manifest)) as m:
        assert m.count_units(status="provisioned") == 2


def test_provision_with_a_silent_board_fails_with_the_stage(tmp_path):
    board = VirtualConsoleBoard(seed="silent", fault="silent")
    with board.serve_tcp() as served:
        done = run_station(
            "provision", "--profile", "demo-console", "--port", served.url,
            "--id-scope", "0ne000DE001", "--no-wait", "--manifest", str(tmp_path / "m.sqlite"),
            env={"STATION_GROUP_KEY": GROUP_KEY},
        )
    assert done.returncode == 1
    assert "FAILED at detect" in done.stdout
    assert "0 provisioned, 1 failed" in done.stdout


@pytest.mark.parametrize("scope", ["0NE000DE001", "abc", ""])
def test_provision_refuses_a_bad_id_scope_before_touching_a_board(tmp_path, capsys, scope):
    status = main([
        "provision", "--profile", "demo-console", "--port", "socket://127.0.0.1:9",
        "--id-scope", scope, "--no-wait", "--manifest", str(tmp_path / "m.sqlite"),
    ])
    assert status == 1
    assert "ID scope" in capsys.readouterr().err


def test_demo_runs_on_virtual_boards(tmp_path, capsys):
    manifest = tmp_path / "demo.sqlite"
    assert main(["demo", "--profile", "demo-console", "--count", "3", "--boards", "2",
                 "--manifest", str(manifest)]) == 0
    out = capsys.readouterr().out
    assert "3 of 3 units provisioned" in out
    assert str(manifest) in out
    with Manifest.open(manifest, key_for_reading(manifest)) as m:
        assert m.count_units(status="provisioned") == 3


@pytest.mark.parametrize(("count", "boards", "started"), [(1, 2, 1), (2, 4, 2), (3, 2, 2)])
def test_demo_starts_no_more_boards_than_it_has_units(tmp_path, capsys, count, boards, started):
    assert main(["demo", "--profile", "demo-console", "--count", str(count),
                 "--boards", str(boards), "--manifest", str(tmp_path / "d.sqlite")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Demo: {count} unit(s) on {started} virtual board(s) ")
    ports = {line.split("]")[0] for line in out.splitlines() if line.startswith("[")}
    assert len(ports) == started
    assert f"{count} of {count} units provisioned" in out


@pytest.mark.parametrize("mode", ["sas-individual", "x509-group", "x509-individual"])
def test_demo_shows_every_attestation_mode(tmp_path, capsys, mode):
    assert main(["demo", "--profile", "demo-console", "--count", "1", "--boards", "1",
                 "--attestation", mode, "--manifest", str(tmp_path / "d.sqlite")]) == 0
    assert "1 of 1 units provisioned" in capsys.readouterr().out


def test_manifest_summary_shows_pending_units_of_an_interrupted_station(tmp_path, capsys):
    manifest = tmp_path / "m.sqlite"
    assert main(["demo", "--profile", "demo-console", "--count", "1", "--boards", "1",
                 "--manifest", str(manifest)]) == 0
    capsys.readouterr()
    assert main(["manifest", "summary", "--manifest", str(manifest)]) == 0
    out = capsys.readouterr().out
    assert "provisioned" in out and "1 units" in out


def test_missing_manifest_is_a_clear_error(tmp_path, capsys):
    assert main(["manifest", "summary", "--manifest", str(tmp_path / "none.sqlite")]) == 1
    assert "there is no manifest" in capsys.readouterr().err


CRASHING_STATION = """
import os, sys
from pathlib import Path
from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.manifest import Manifest, StationKey
path = Path(sys.argv[1])
key = StationKey.load_or_create(Path(str(path) + ".key"))
job = Job("job-crash", "demo-console", "0ne000DE001", Attestation.SAS_GROUP)
unit = Unit(job, BoardInfo(port="ttyCRASH"), DeviceIdentity("crashed-unit-1", "mac"),
            Credential(Attestation.SAS_GROUP))
store = Manifest.open(path, key)
store.record_pending(store.begin_attempt(job, "ttyCRASH"), unit)
os._exit(9)  # dies between record(pending) and write, as a station losing power would
"""


def test_provision_reports_units_an_interrupted_station_left_pending(tmp_path):
    manifest = tmp_path / "m.sqlite"
    crashed = subprocess.run([sys.executable, "-c", CRASHING_STATION, str(manifest)])
    assert crashed.returncode == 9
    board = VirtualConsoleBoard(seed="after-crash")
    with board.serve_tcp() as served:
        done = run_station(
            "provision", "--profile", "demo-console", "--port", served.url,
            "--id-scope", "0ne000DE001", "--no-wait", "--manifest", str(manifest),
            env={"STATION_GROUP_KEY": GROUP_KEY},
        )
    assert done.returncode == 0, done.stderr
    assert "left pending by an interrupted station" in done.stdout
    assert "crashed-unit-1 on ttyCRASH" in done.stdout


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["demo", "--count", "0"], "--count 1"),
        (["demo", "--boards", "0"], "--boards 1"),
        (["demo", "--profile", "demo-console", "--fault", "bogus"], "unknown fault"),
        (["demo", "--profile", "no-such-profile"], "no-such-profile"),
    ],
)
def test_demo_refuses_odd_options_in_one_line(capsys, argv, words):
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert "Demo:" not in captured.out
    assert words in captured.err
    assert len(captured.err.strip().splitlines()) == 1


@pytest.mark.parametrize("port", ["garbage://x", "", "socket://"])
def test_provision_refuses_a_port_it_cannot_open_before_the_job(tmp_path, capsys, port):
    status = main(["provision", "--profile", "demo-console", "--port", port,
                   "--id-scope", "0ne000DE001", "--no-wait",
                   "--manifest", str(tmp_path / "m.sqlite")])
    assert status == 1
    err = capsys.readouterr().err
    assert "not a port the station can open" in err and "socket://HOST:PORT" in err


def test_cert_issue_does_not_overwrite_a_key_without_force(tmp_path, capsys):
    ca = create_ca("CLI Test CA")
    write_ca_files(ca, tmp_path / "ca.pem", tmp_path / "ca.key")
    argv = ["cert", "issue", "--ca-cert", str(tmp_path / "ca.pem"), "--ca-key",
            str(tmp_path / "ca.key"), "--device-id", "unit-7", "--out", str(tmp_path / "o")]
    assert main(argv) == 0
    first = (tmp_path / "o" / "unit-7.key.pem").read_text()
    assert main(argv) == 1
    assert "--force" in capsys.readouterr().err
    assert (tmp_path / "o" / "unit-7.key.pem").read_text() == first
    assert main([*argv, "--force"]) == 0
    assert (tmp_path / "o" / "unit-7.key.pem").read_text() != first


def test_cert_issue_force_over_a_readable_key_leaves_it_owner_only(tmp_path):
    ca = create_ca("CLI Test CA")
    write_ca_files(ca, tmp_path / "ca.pem", tmp_path / "ca.key")
    out = tmp_path / "o"
    out.mkdir()
    old_key = out / "unit-7.key.pem"
    old_key.write_text("an older key, readable by everyone\n")
    old_key.chmod(0o644)
    argv = ["cert", "issue", "--ca-cert", str(tmp_path / "ca.pem"), "--ca-key",
            str(tmp_path / "ca.key"), "--device-id", "unit-7", "--out", str(out), "--force"]
    previous = os.umask(0o022)
    try:
        assert main(argv) == 0
    finally:
        os.umask(previous)
    assert "BEGIN" in old_key.read_text()
    assert stat.S_IMODE(old_key.stat().st_mode) == 0o600
    assert stat.S_IMODE((out / "unit-7.cert.pem").stat().st_mode) == 0o644  # public


@pytest.mark.parametrize("days", ["0", "-5", "36501"])
def test_cert_issue_refuses_a_validity_out_of_range(tmp_path, capsys, days):
    ca = create_ca("CLI Test CA")
    write_ca_files(ca, tmp_path / "ca.pem", tmp_path / "ca.key")
    assert main(["cert", "issue", "--ca-cert", str(tmp_path / "ca.pem"), "--ca-key",
                 str(tmp_path / "ca.key"), "--device-id", "unit-8", "--out", str(tmp_path),
                 "--validity-days", days]) == 1
    assert "valid for" in capsys.readouterr().err


def test_export_to_a_folder_names_the_problem(tmp_path, capsys):
    manifest = tmp_path / "m.sqlite"
    assert main(["demo", "--profile", "demo-console", "--count", "1", "--boards", "1",
                 "--manifest", str(manifest)]) == 0
    capsys.readouterr()
    assert main(["manifest", "export", "--format", "audit", "--out", str(tmp_path),
                 "--manifest", str(manifest)]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_a_group_key_file_wins_over_the_environment(tmp_path, monkeypatch):
    board = VirtualConsoleBoard(seed="keyfile")
    key_file = tmp_path / "group.key"
    key_file.write_text(GROUP_KEY)
    monkeypatch.setenv("STATION_GROUP_KEY", "not base64!")
    with board.serve_tcp() as served:
        status = main(["provision", "--profile", "demo-console", "--port", served.url,
                       "--id-scope", "0ne000DE001", "--no-wait", "--group-key-file",
                       str(key_file), "--manifest", str(tmp_path / "m.sqlite")])
    assert status == 0
    device_id = board.committed["dps"]["device_id"]
    digest = hmac.new(base64.b64decode(GROUP_KEY), device_id.encode(), hashlib.sha256).digest()
    assert board.committed["dps"]["sas_key"] == base64.b64encode(digest).decode()


def test_demo_scans_simulated_barcodes_for_a_barcode_profile(tmp_path, capsys):
    profile = tmp_path / "scanned.toml"
    profile.write_text(
        (REPO / "firmware_profiles" / "demo-console.toml").read_text()
        .replace('id = "demo-console"', 'id = "scanned-console"')
        .replace('rule = "mac"', 'rule = "barcode"')
        .replace('prefix = "demo"\n', 'pattern = "sn-[0-9a-f]{8}"\n')
    )
    assert main(["profiles", "check", str(profile)]) == 0
    assert main(["demo", "--profile", str(profile), "--count", "2", "--boards", "1",
                 "--manifest", str(tmp_path / "m.sqlite")]) == 0
    out = capsys.readouterr().out
    assert out.count("provisioned sn-") == 2


def test_a_missing_serial_device_is_refused_before_any_attempt(tmp_path, capsys):
    manifest = tmp_path / "m.sqlite"
    status = main(["provision", "--profile", "demo-console", "--port", "/dev/ttyNOPE9",
                   "--id-scope", "0ne000DE001", "--no-wait", "--manifest", str(manifest)])
    assert status == 1
    err = capsys.readouterr().err
    assert "there is no serial port /dev/ttyNOPE9" in err
    assert not manifest.exists()


# -- a manifest on a read-only share or backup medium --------------------------------

RUN_COMMANDS = """
import contextlib, io, json, sys
from station.cli import main
results = []
for argv in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    results.append([status, out.getvalue(), err.getvalue()])
print(json.dumps(results))
"""


def run_on_read_only(folder: Path, *commands: list[str]) -> list[tuple[int, str, str]]:
    """Run CLI commands in a child that sees ``folder`` as a read-only mount."""
    import json

    from tests.test_private_files import read_only, result_of, run_with_mounts

    done = run_with_mounts(read_only(folder), RUN_COMMANDS, json.dumps(list(commands)))
    return [tuple(result) for result in result_of(done)]  # type: ignore[misc]


@pytest.fixture
def shared_manifest(tmp_path):
    share = tmp_path / "share"
    manifest = share / "m.sqlite"
    assert main(["demo", "--profile", "demo-console", "--count", "2", "--boards", "1",
                 "--manifest", str(manifest)]) == 0
    return manifest


def test_verify_summary_and_export_read_a_manifest_in_a_read_only_folder(
    tmp_path, shared_manifest
):
    out = tmp_path / "units.csv"
    before = sorted(os.listdir(shared_manifest.parent))
    m = str(shared_manifest)
    verify, summary, export = run_on_read_only(
        shared_manifest.parent,
        ["manifest", "verify", "--manifest", m],
        ["manifest", "summary", "--manifest", m],
        ["manifest", "export", "--format", "audit", "--out", str(out), "--manifest", m],
    )
    assert verify[0] == 0 and verify[1].startswith("journal intact: 4 entries"), verify
    assert summary[0] == 0 and summary[1].splitlines()[1].split() == ["provisioned", "2", "units"]
    assert export[0] == 0, export
    assert len(out.read_text().splitlines()) == 3
    assert sorted(os.listdir(shared_manifest.parent)) == before


def test_a_manifest_copied_while_a_station_wrote_is_read_with_its_wal(tmp_path):
    import shutil

    source = tmp_path / "live.sqlite"
    backup = tmp_path / "backup"
    backup.mkdir()
    from tests.test_manifest_journal import provision as provision_unit

    key = StationKey.load_or_create(Path(str(source) + ".key"))
    with Manifest.open(source, key) as live:
        provision_unit(live, "dev-1")
        # Copied while the station still has it open: the last units are in the -wal file.
        for suffix in ("", "-wal", "-shm", ".key"):
            shutil.copy(str(source) + suffix, str(backup / "m.sqlite") + suffix)
    [verify] = run_on_read_only(backup, ["manifest", "verify", "--manifest",
                                         str(backup / "m.sqlite")])
    assert verify[0] == 0 and verify[1].startswith("journal intact: 2 entries"), verify


def test_a_manifest_of_the_previous_schema_verifies_in_a_read_only_folder(shared_manifest):
    rewind(shared_manifest, 3)
    m = str(shared_manifest)
    verify, summary = run_on_read_only(
        shared_manifest.parent,
        ["manifest", "verify", "--manifest", m],
        ["manifest", "summary", "--manifest", m],
    )
    assert verify[0] == 0 and verify[1].startswith("journal intact: 4 entries"), verify
    assert summary[0] == 0 and summary[1].splitlines()[1].split() == ["provisioned", "2", "units"]
    with sqlite3.connect(shared_manifest) as raw:  # the file itself was left as it was
        assert raw.execute("PRAGMA user_version").fetchone() == (3,)
    raw.close()


def test_provisioning_into_a_read_only_folder_says_so(tmp_path, shared_manifest):
    empty = tmp_path / "empty-share"
    empty.mkdir()
    provision = ["provision", "--profile", "demo-console", "--port", "socket://127.0.0.1:9",
                 "--id-scope", "0ne000DE001", "--no-wait", "--manifest"]
    existing, new = run_on_read_only(
        tmp_path,
        [*provision, str(shared_manifest)],
        [*provision, str(empty / "m.sqlite")],
    )
    assert existing[0] == 1 and new[0] == 1
    [line] = existing[2].strip().splitlines()
    assert f"the folder {shared_manifest.parent} is read-only" in line, existing
    [line] = new[2].strip().splitlines()
    assert f"the folder {empty} is read-only" in line, new
