"""The manifest's journal: every unit change chained and keyed, and edits made outside found."""

from __future__ import annotations

import hashlib
import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ManifestError
from station.core.models import (
    Attestation,
    BoardInfo,
    Credential,
    DeviceIdentity,
    Job,
    Unit,
)
from station.manifest import Manifest, StationKey
from station.manifest.journal import Anchor, canonical
from station.manifest.reports import verify_journal
from station.manifest.schema import SCHEMA_VERSION
from tests.manifest_rewind import rewind

SAS_INDIVIDUAL = Attestation.SAS_INDIVIDUAL


def make_job(attestation: Attestation = SAS_INDIVIDUAL) -> Job:
    return Job(
        job_id=f"job-{attestation}",
        profile_id="esp32-devkit",
        id_scope="0ne0012ABCD",
        attestation=attestation,
        operator="ana",
        station_id="line-1",
    )


def make_unit(device_id: str, attestation: Attestation = SAS_INDIVIDUAL) -> Unit:
    secrets = (
        {"sas_primary": f"primary-{device_id}", "sas_secondary": f"secondary-{device_id}"}
        if attestation == SAS_INDIVIDUAL
        else {}
    )
    return Unit(
        job=make_job(attestation),
        board=BoardInfo(port="COM3", board_type="devkit", chip="ESP32", mac="24:0a:c4:00:00:01"),
        identity=DeviceIdentity(device_id, "mac"),
        credential=Credential(attestation, **secrets),
    )


def provision(
    manifest: Manifest, device_id: str, attestation: Attestation = SAS_INDIVIDUAL
) -> None:
    attempt = manifest.begin_attempt(make_job(attestation), "COM3")
    manifest.record_pending(attempt, make_unit(device_id, attestation))
    manifest.record_provisioned(attempt, device_id)


def fail(manifest: Manifest, device_id: str, attestation: Attestation = SAS_INDIVIDUAL) -> None:
    attempt = manifest.begin_attempt(make_job(attestation), "COM3")
    manifest.record_pending(attempt, make_unit(device_id, attestation))
    manifest.record_failed(attempt, device_id, "verify", "read-back differs")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "manifest.sqlite"


@pytest.fixture
def key(path: Path) -> StationKey:
    return StationKey.load_or_create(path.with_name(path.name + ".key"))


@pytest.fixture
def two_units(path: Path, key: StationKey) -> Path:
    """A manifest with dev-1 provisioned and dev-2 failed."""
    with Manifest.open(path, key) as manifest:
        provision(manifest, "dev-1")
        fail(manifest, "dev-2")
    return path


def check(path: Path, key: StationKey | None):  # type: ignore[no-untyped-def]
    with Manifest.open(path, key) as manifest:
        return verify_journal(manifest)


def journal_rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as raw:
        return raw.execute(
            "SELECT seq, action, device_id, kind, facts FROM journal ORDER BY seq"
        ).fetchall()


def tamper(path: Path, *statements: str) -> None:
    """Edit the file as someone with sqlite3 would: the append-only triggers dropped first."""
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("DROP TRIGGER IF EXISTS journal_no_update")
        raw.execute("DROP TRIGGER IF EXISTS journal_no_delete")
        for statement in statements:
            raw.execute(statement)
    finally:
        raw.close()


def forge(path: Path, seq: int, kind: str, **changes: str) -> None:
    """Rewrite entry ``seq`` with changed facts and a SHA-256 recomputed, as a forger would."""
    with sqlite3.connect(path) as raw:
        at, action, device_id, attempt_id, facts, prev = raw.execute(
            "SELECT at, action, device_id, attempt_id, facts, prev FROM journal WHERE seq = ?",
            (seq,),
        ).fetchone()
    forged_facts = canonical({**json.loads(facts), **changes})
    message = prev.encode() + canonical(
        [seq, at, action, device_id, attempt_id, forged_facts]
    ).encode()
    forged_mac = hashlib.sha256(message).hexdigest()
    assignments = ", ".join(f"{name} = '{value}'" for name, value in changes.items())
    tamper(
        path,
        f"UPDATE units SET {assignments} WHERE device_id = '{device_id}'",
        f"UPDATE journal SET facts = '{forged_facts}', kind = '{kind}', mac = '{forged_mac}' "
        f"WHERE seq = {seq}",
    )


def test_provisioned_and_failed_units_are_journaled(two_units: Path, key: StationKey) -> None:
    rows = journal_rows(two_units)
    assert [(seq, action, device, kind) for seq, action, device, kind, _ in rows] == [
        (1, "pending", "dev-1", "hmac"),
        (2, "provisioned", "dev-1", "hmac"),
        (3, "pending", "dev-2", "hmac"),
        (4, "failed", "dev-2", "hmac"),
    ]
    failed = json.loads(rows[3][4])
    assert (failed["status"], failed["failed_stage"], failed["failure_reason"]) == (
        "failed",
        "verify",
        "read-back differs",
    )
    assert failed["mac"] == "24:0a:c4:00:00:01"

    report = check(two_units, key)
    assert report.ok
    assert (report.entries, report.keyed_entries, report.head_seq) == (4, 4, 4)
    # The head is printed with the station key's tag: only this station can make it.
    signed = Anchor.of(report.head_seq, report.head_mac).signed(key)
    assert signed.signed_by(key) and signed.tag
    assert report.describe() == f"journal intact: 4 entries, head {signed}"
    assert str(signed) == f"4:{report.head_mac[:16]}:{signed.tag}"


def test_the_journal_holds_no_secrets(two_units: Path) -> None:
    with sqlite3.connect(two_units) as raw:
        dump = "\n".join(raw.iterdump())
    journal = "\n".join(line for line in dump.splitlines() if "journal" in line)
    assert "primary-dev-1" not in journal
    assert "secondary-dev-2" not in journal


def test_a_plain_edit_of_the_journal_is_refused(two_units: Path) -> None:
    with sqlite3.connect(two_units) as raw, pytest.raises(sqlite3.DatabaseError, match="append"):
        raw.execute("UPDATE journal SET facts = '{}' WHERE seq = 1")
    with sqlite3.connect(two_units) as raw, pytest.raises(sqlite3.DatabaseError, match="append"):
        raw.execute("DELETE FROM journal WHERE seq = 1")


@pytest.mark.parametrize(
    ("statement", "field"),
    [
        ("UPDATE units SET status = 'provisioned' WHERE device_id = 'dev-2'", "status"),
        ("UPDATE units SET failure_reason = 'operator error' WHERE device_id = 'dev-2'",
         "failure_reason"),
        ("UPDATE units SET serial = 'SN-OTHER' WHERE device_id = 'dev-2'", "serial"),
    ],
)
def test_a_unit_row_edited_directly_is_found_with_its_device_id(
    two_units: Path, key: StationKey, statement: str, field: str
) -> None:
    tamper(two_units, statement)
    report = check(two_units, key)
    assert not report.ok
    assert report.broken_seq is None
    [altered] = report.altered_units
    assert (altered.device_id, altered.seq, altered.fields) == ("dev-2", 4, (field,))
    assert report.describe().startswith("journal NOT intact")
    assert "unit dev-2:" in report.describe()


def test_a_removed_unit_row_is_found(two_units: Path, key: StationKey) -> None:
    tamper(two_units, "DELETE FROM units WHERE device_id = 'dev-1'")
    report = check(two_units, key)
    assert not report.ok
    assert report.missing_units == ("dev-1",)


def test_a_deleted_journal_entry_is_found_at_its_seq(two_units: Path, key: StationKey) -> None:
    tamper(two_units, "DELETE FROM journal WHERE seq = 2")
    report = check(two_units, key)
    assert not report.ok
    assert report.broken_seq == 2
    assert "removed" in report.broken_reason


def test_an_edited_journal_entry_is_found_at_its_seq(two_units: Path, key: StationKey) -> None:
    # The unit and its entry changed together, so only the chain can tell.
    tamper(
        two_units,
        "UPDATE units SET failure_reason = 'cable' WHERE device_id = 'dev-2'",
        "UPDATE journal SET facts = replace(facts, 'read-back differs', 'cable') WHERE seq = 4",
    )
    report = check(two_units, key)
    assert not report.ok
    assert report.altered_units == ()
    assert report.broken_seq == 4
    assert "altered" in report.broken_reason


def test_an_inserted_journal_entry_is_found(two_units: Path, key: StationKey) -> None:
    tamper(
        two_units,
        "UPDATE journal SET seq = seq + 100 WHERE seq >= 3",
        "UPDATE journal SET seq = seq - 99 WHERE seq >= 100",
        "INSERT INTO journal (seq, at, action, device_id, attempt_id, facts, prev, kind, mac) "
        "SELECT 3, at, action, device_id, attempt_id, facts, prev, kind, mac "
        "FROM journal WHERE seq = 2",
    )
    report = check(two_units, key)
    assert not report.ok
    assert report.broken_seq == 3


@pytest.mark.parametrize("kind", ["sha256", "hmac"])
def test_a_recomputed_plain_hash_does_not_fool_a_keyed_journal(
    two_units: Path, key: StationKey, kind: str
) -> None:
    """Someone without the station key rewrites the last entry and its unit consistently."""
    forge(two_units, 4, kind, failure_reason="cable")
    report = check(two_units, key)
    assert not report.ok
    assert report.broken_seq == 4
    assert report.altered_units == ()


def test_another_station_key_does_not_verify(path: Path, key: StationKey, tmp_path: Path) -> None:
    with Manifest.open(path, key) as manifest:
        provision(manifest, "dev-1", Attestation.SAS_GROUP)
    report = check(path, StationKey.load_or_create(tmp_path / "other.key"))
    assert not report.ok
    assert report.broken_seq == 1
    assert "another station key" in report.broken_reason


def test_a_keyed_journal_cannot_be_checked_without_its_key(two_units: Path) -> None:
    with Manifest.open(two_units) as manifest, pytest.raises(ManifestError, match="keyed"):
        verify_journal(manifest)


def test_without_a_station_key_the_journal_is_a_plain_hash_chain(
    path: Path, key: StationKey
) -> None:
    with Manifest.open(path) as manifest:
        provision(manifest, "dev-1", Attestation.SAS_GROUP)
        fail(manifest, "dev-2", Attestation.SAS_GROUP)
    assert {row[3] for row in journal_rows(path)} == {"sha256"}
    report = check(path, None)
    assert report.ok
    assert "no entry is keyed" in report.describe()

    tamper(path, "UPDATE journal SET facts = replace(facts, 'verify', 'label') WHERE seq = 4")
    assert check(path, None).broken_seq == 4

    # Checked with a station key, unkeyed entries prove nothing and say so.
    tamper(path, "UPDATE journal SET facts = replace(facts, 'label', 'verify') WHERE seq = 4")
    with_key = check(path, key)
    assert with_key.broken_seq == 1
    assert "without the station key" in with_key.broken_reason


def test_an_older_manifest_starts_its_chain_with_baseline_entries(
    path: Path, key: StationKey
) -> None:
    with Manifest.open(path, key) as manifest:
        provision(manifest, "dev-1")
        fail(manifest, "dev-2")
    # The same file as a station before the journal left it: schema 2, no journal.
    rewind(path, 2)
    with Manifest.open(path, key) as manifest:
        assert manifest.schema_version == SCHEMA_VERSION
        provision(manifest, "dev-3")
        report = verify_journal(manifest)
    assert report.ok, report.describe()
    assert [(action, device, kind) for _, action, device, kind, _ in journal_rows(path)] == [
        ("baseline", "dev-1", "sha256"),
        ("baseline", "dev-2", "sha256"),
        ("pending", "dev-3", "hmac"),
        ("provisioned", "dev-3", "hmac"),
    ]

    # A baseline rewritten later is caught by the keyed entries that follow it.
    forge(path, 2, "sha256", failed_stage="label")
    forged = check(path, key)
    assert (forged.broken_seq, forged.altered_units) == (3, ())


def test_a_unit_written_outside_the_station_is_reported_as_not_journaled(
    two_units: Path, key: StationKey
) -> None:
    tamper(
        two_units,
        "INSERT INTO units (device_id, job_id, profile_id, attestation, id_scope, dps_endpoint, "
        "status, last_attempt_id, created_at, updated_at) SELECT 'dev-9', job_id, profile_id, "
        "attestation, id_scope, dps_endpoint, status, last_attempt_id, created_at, updated_at "
        "FROM units WHERE device_id = 'dev-1'",
    )
    report = check(two_units, key)
    assert report.ok
    assert report.unjournaled == ("dev-9",)
    assert "1 unit(s) not journaled" in report.describe()


def test_two_writers_at_once_keep_one_valid_chain(path: Path, key: StationKey) -> None:
    Manifest.open(path, key).close()
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def write(prefix: str) -> None:
        try:
            with Manifest.open(path, key) as manifest:
                start.wait()
                for n in range(15):
                    if n % 3:
                        provision(manifest, f"{prefix}-{n}")
                    else:
                        fail(manifest, f"{prefix}-{n}")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []

    report = check(path, key)
    assert report.ok, report.describe()
    assert report.entries == report.head_seq == 60
    per_unit: dict[str, int] = {}
    for _, _, device, _, _ in journal_rows(path):
        per_unit[device] = per_unit.get(device, 0) + 1
    assert len(per_unit) == 30 and set(per_unit.values()) == {2}


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
    from station.manifest import Manifest
    from station.manifest.custody.station_keys import key_for_reading

    path = Path(sys.argv[1])
    job = Job(job_id="job-1", profile_id="p", id_scope="0ne0012ABCD",
              attestation=Attestation.SAS_GROUP)
    manifest = Manifest.open(path, key_for_reading(path))
    while True:
        n = manifest.next_counter("unit")
        device_id = f"dev-{n}"
        unit = Unit(job=job, board=BoardInfo(port="COM3"),
                    identity=DeviceIdentity(device_id, "counter"),
                    credential=Credential(Attestation.SAS_GROUP))
        attempt = manifest.begin_attempt(job, "COM3")
        manifest.record_pending(attempt, unit)
        if n % 2:
            manifest.record_provisioned(attempt, device_id)
        else:
            manifest.record_failed(attempt, device_id, "write", "no answer")
        print(n, flush=True)
    """
)


def test_a_killed_writer_leaves_a_valid_chain(path: Path, key: StationKey) -> None:
    for units_before_kill in (3, 7, 12):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        for _ in range(units_before_kill):
            assert child.stdout.readline()
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        report = check(path, key)
        assert report.ok, report.describe()
        assert report.entries >= units_before_kill * 2


def test_cli_verify_says_intact_or_not_in_one_line(
    two_units: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["manifest", "verify", "--manifest", str(two_units)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("journal intact: 4 entries, head ")
    assert len(out.strip().splitlines()) == 1

    tamper(two_units, "UPDATE units SET status = 'provisioned' WHERE device_id = 'dev-2'")
    assert main(["manifest", "verify", "--manifest", str(two_units)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "journal NOT intact: 1 problem(s) in 4 entries"
    assert lines[1].startswith("  unit dev-2: status is 'provisioned', the journal says 'failed'")
