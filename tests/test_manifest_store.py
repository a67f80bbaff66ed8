"""The manifest store: schema, the unit's record through the pipeline, recovery, counters."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from station.core.errors import DuplicateDeviceError, ManifestError
from station.core.events import EventKind, Stage, StageEvent
from station.core.interfaces import ManifestStore
from station.core.models import (
    Attestation,
    BoardInfo,
    Credential,
    DeviceIdentity,
    Job,
    Unit,
    UnitStatus,
)
from station.manifest import Manifest, StationKey
from station.manifest.schema import MIGRATION_SET, MIGRATIONS, SCHEMA_VERSION, apply_migrations
from tests.python_runs import start_script

TABLES = {"jobs", "units", "attempts", "events", "counters"}


def make_job(job_id: str = "job-1", **changes: object) -> Job:
    values: dict = {
        "job_id": job_id,
        "profile_id": "esp32-devkit",
        "id_scope": "0ne0012ABCD",
        "attestation": Attestation.SAS_INDIVIDUAL,
        "operator": "ana",
        "station_id": "line-1",
    }
    values.update(changes)
    return Job(**values)


def make_unit(device_id: str, job: Job | None = None, port: str = "COM3", **board: str) -> Unit:
    job = job or make_job()
    return Unit(
        job=job,
        board=BoardInfo(port=port, board_type="devkit", chip="ESP32", **board),
        identity=DeviceIdentity(device_id, "mac"),
        credential=Credential(
            job.attestation,
            sas_primary=f"primary-{device_id}",
            sas_secondary=f"secondary-{device_id}",
        ),
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "manifest.sqlite"


@pytest.fixture
def key(tmp_path: Path) -> StationKey:
    return StationKey.load_or_create(tmp_path / "manifest.sqlite.key")


@pytest.fixture
def manifest(path: Path, key: StationKey):
    with Manifest.open(path, key) as opened:
        yield opened


def provision(manifest: Manifest, device_id: str, job: Job | None = None) -> int:
    attempt = manifest.begin_attempt(job or make_job(), "COM3")
    manifest.record_pending(attempt, make_unit(device_id, job))
    manifest.record_provisioned(attempt, device_id)
    return attempt


# -- schema --------------------------------------------------------------------


def test_manifest_satisfies_the_pipeline_protocol(manifest: Manifest) -> None:
    store: ManifestStore = manifest
    assert callable(store.record_pending)


def test_opening_an_empty_file_applies_every_migration(manifest: Manifest, path: Path) -> None:
    assert manifest.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        applied = [
            name
            for (name,) in raw.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
                (MIGRATION_SET,),
            )
        ]
        tables = {name for (name,) in raw.execute("SELECT name FROM sqlite_master")}
    assert applied == [name for name, _ in MIGRATIONS]
    assert TABLES <= tables


def test_reopening_applies_no_migration_twice(path: Path, key: StationKey) -> None:
    Manifest.open(path, key).close()
    with Manifest.open(path, key) as manifest:
        assert apply_migrations(manifest.db) == []
        assert manifest.db["_sqlite_migrations"].count == len(MIGRATIONS)


def test_wal_mode_is_on(manifest: Manifest, path: Path) -> None:
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_every_table_is_strict(manifest: Manifest) -> None:
    listed = manifest.db.execute("PRAGMA table_list").fetchall()
    ours = {name: strict for schema, name, kind, _, _, strict in listed if schema == "main"}
    ours = {name: strict for name, strict in ours.items() if not name.startswith("sqlite_")}
    assert TABLES <= set(ours)
    assert all(ours.values()), ours


def test_strict_tables_refuse_the_wrong_type(manifest: Manifest) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        manifest.db.execute("INSERT INTO counters (name, value) VALUES ('x', 'not a number')")


def test_a_manifest_from_a_newer_station_is_refused(path: Path) -> None:
    Manifest.open(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 999")
    with pytest.raises(ManifestError, match="newer version"):
        Manifest.open(path)


def test_a_file_that_is_not_a_database_is_refused(path: Path) -> None:
    path.write_bytes(b"these are not the pages you are looking for" * 100)
    with pytest.raises(ManifestError, match="not a usable manifest") as caught:
        Manifest.open(path)
    assert caught.value.hint


def test_two_threads_opening_a_new_file_at_once_both_succeed(path: Path) -> None:
    errors: list[BaseException] = []
    versions: list[int] = []
    start = threading.Barrier(4)

    def open_it() -> None:
        try:
            start.wait()
            with Manifest.open(path) as manifest:
                versions.append(manifest.schema_version)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert versions == [SCHEMA_VERSION] * 4
    with Manifest.open(path) as manifest:
        assert manifest.db["_sqlite_migrations"].count == len(MIGRATIONS)


def test_integrity_check_is_ok_after_use(manifest: Manifest, path: Path) -> None:
    provision(manifest, "dev-1")
    assert manifest.integrity_check() == "ok"
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_connection_belongs_to_the_thread_that_opened_it(manifest: Manifest) -> None:
    caught: list[BaseException] = []

    def use_from_elsewhere() -> None:
        try:
            manifest.next_counter("serial")
        except BaseException as exc:
            caught.append(exc)

    thread = threading.Thread(target=use_from_elsewhere)
    thread.start()
    thread.join()
    assert len(caught) == 1 and isinstance(caught[0], sqlite3.ProgrammingError)


# -- one unit's record ------------------------------------------------------------


def test_pending_then_provisioned(manifest: Manifest) -> None:
    job = make_job()
    attempt = manifest.begin_attempt(job, "COM3")
    manifest.record_pending(attempt, make_unit("dev-1", job, mac="a0b1c2d3e4f5", serial="SN1"))

    pending = manifest.unit("dev-1")
    assert pending is not None
    assert pending.status is UnitStatus.PENDING
    assert (pending.job_id, pending.profile_id, pending.operator, pending.station_id) == (
        "job-1",
        "esp32-devkit",
        "ana",
        "line-1",
    )
    assert (pending.port, pending.mac, pending.serial, pending.attestation) == (
        "COM3",
        "a0b1c2d3e4f5",
        "SN1",
        Attestation.SAS_INDIVIDUAL,
    )
    assert pending.provisioned_at is None and pending.has_secrets

    manifest.record_provisioned(attempt, "dev-1")
    done = manifest.unit("dev-1")
    assert done is not None and done.status is UnitStatus.PROVISIONED
    assert done.provisioned_at is not None and done.provisioned_at >= done.created_at
    [record] = manifest.attempts_for("dev-1")
    assert (record.outcome, record.port, record.ended_at is not None) == (
        "provisioned",
        "COM3",
        True,
    )


def test_pending_then_failed_keeps_stage_and_reason(manifest: Manifest) -> None:
    attempt = manifest.begin_attempt(make_job(), "COM3")
    manifest.record_pending(attempt, make_unit("dev-1"))
    manifest.record_failed(attempt, "dev-1", "write", "the board stopped answering")

    unit = manifest.unit("dev-1")
    assert unit is not None
    assert (unit.status, unit.failed_stage, unit.failure_reason) == (
        UnitStatus.FAILED,
        "write",
        "the board stopped answering",
    )
    [record] = manifest.attempts_for("dev-1")
    assert (record.outcome, record.failed_stage, record.reason) == (
        "failed",
        "write",
        "the board stopped answering",
    )


def test_a_failure_before_a_device_id_marks_only_the_attempt(manifest: Manifest) -> None:
    attempt = manifest.begin_attempt(make_job(), "COM4")
    manifest.record_failed(attempt, "", "detect", "the board stayed silent")

    assert manifest.count_units() == 0
    summary = manifest.yield_summary()
    assert (summary.attempts_total, summary.attempts_failed) == (1, 1)
    assert summary.top_failures[0].stage == "detect"


def test_a_provisioned_device_id_is_a_duplicate(manifest: Manifest) -> None:
    provision(manifest, "dev-1")
    first = manifest.unit("dev-1")
    assert first is not None

    again = manifest.begin_attempt(make_job(), "COM5")
    with pytest.raises(DuplicateDeviceError) as caught:
        manifest.record_pending(again, make_unit("dev-1", port="COM5"))
    assert "dev-1" in str(caught.value)
    assert str(first.provisioned_at) in str(caught.value)
    assert caught.value.hint

    # The pipeline then marks its attempt failed; the earlier unit stays as it was.
    manifest.record_failed(again, "dev-1", "record-pending", caught.value.message)
    assert manifest.unit("dev-1") == first
    assert [a.outcome for a in manifest.attempts_for("dev-1")] == ["provisioned", "failed"]


def test_device_id_is_unique_in_the_database(manifest: Manifest) -> None:
    provision(manifest, "dev-1")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        manifest.db.execute(
            "INSERT INTO units (device_id, job_id, profile_id, attestation, id_scope, "
            "dps_endpoint, status, last_attempt_id, created_at, updated_at) "
            "SELECT device_id, job_id, profile_id, attestation, id_scope, dps_endpoint, "
            "status, last_attempt_id, created_at, updated_at FROM units"
        )


def test_a_failed_board_tried_again_reuses_its_row(manifest: Manifest) -> None:
    first = manifest.begin_attempt(make_job(), "COM3")
    manifest.record_pending(first, make_unit("dev-1"))
    manifest.record_failed(first, "dev-1", "verify", "read-back differs")

    second = manifest.begin_attempt(make_job(), "COM4")
    manifest.record_pending(second, make_unit("dev-1", port="COM4", serial="SN9"))
    retried = manifest.unit("dev-1")
    assert retried is not None
    assert (retried.status, retried.attempts, retried.port, retried.serial) == (
        UnitStatus.PENDING,
        2,
        "COM4",
        "SN9",
    )
    assert (retried.failed_stage, retried.failure_reason) == ("", "")

    manifest.record_provisioned(second, "dev-1")
    assert manifest.count_units() == 1
    assert [a.outcome for a in manifest.attempts_for("dev-1")] == ["failed", "provisioned"]


def test_one_device_id_on_two_live_attempts_is_a_duplicate(manifest: Manifest) -> None:
    first = manifest.begin_attempt(make_job(), "COM3")
    manifest.record_pending(first, make_unit("dev-1"))
    second = manifest.begin_attempt(make_job(), "COM4")
    with pytest.raises(DuplicateDeviceError, match="right now on COM3"):
        manifest.record_pending(second, make_unit("dev-1", port="COM4"))
    manifest.record_provisioned(first, "dev-1")


def test_provisioned_needs_this_attempts_pending_record(manifest: Manifest) -> None:
    attempt = manifest.begin_attempt(make_job(), "COM3")
    with pytest.raises(ManifestError, match="no pending record"):
        manifest.record_provisioned(attempt, "dev-1")


def test_a_label_failure_after_provisioning_keeps_the_unit_provisioned(
    manifest: Manifest,
) -> None:
    attempt = provision(manifest, "dev-1")
    manifest.record_failed(attempt, "dev-1", "label", "printer out of paper")

    unit = manifest.unit("dev-1")
    assert unit is not None and unit.status is UnitStatus.PROVISIONED
    assert manifest.events_for("dev-1")[-1].message == "printer out of paper"


def test_a_job_id_cannot_change_its_scope(manifest: Manifest) -> None:
    manifest.begin_attempt(make_job(), "COM3")
    with pytest.raises(ManifestError, match="id_scope"):
        manifest.begin_attempt(make_job(id_scope="0ne00FFFFFF"), "COM3")
    # Operator and station may change within a job.
    manifest.begin_attempt(make_job(operator="bo", station_id="line-2"), "COM3")


def event(stage: Stage, kind: EventKind, message: str = "", at: float | None = None):
    return StageEvent("COM3", stage, kind, message, **({"at": at} if at is not None else {}))


def test_events_follow_the_device(manifest: Manifest) -> None:
    attempt = manifest.begin_attempt(make_job(), "COM3")
    manifest.record_events(
        attempt,
        [
            event(Stage.DETECT, EventKind.STARTED),
            event(Stage.DETECT, EventKind.FINISHED, "board answered", at=1_700_000_000.0),
        ],
    )
    manifest.record_pending(attempt, make_unit("dev-1"))
    manifest.record_events(attempt, [event(Stage.WRITE, EventKind.STARTED)])

    events = manifest.events_for("dev-1")
    assert [(e.stage, e.kind) for e in events] == [
        ("detect", "started"),
        ("detect", "finished"),
        ("write", "started"),
    ]
    assert events[1].at.startswith("2023-11-14T22:13:20")
    assert all(e.port == "COM3" and e.attempt_id == attempt for e in events)
    assert manifest.events_for_attempt(attempt) == events


def test_records_carry_the_events_kept_so_far_in_their_transaction(manifest: Manifest) -> None:
    attempt = manifest.begin_attempt(make_job(), "COM3")
    manifest.record_pending(
        attempt,
        make_unit("dev-1"),
        events=[
            event(Stage.DETECT, EventKind.STARTED, at=1_700_000_000.0),
            event(Stage.DETECT, EventKind.FINISHED, "board answered", at=1_700_000_001.0),
        ],
    )
    manifest.record_events(attempt, [event(Stage.WRITE, EventKind.FINISHED, at=1_700_000_002.0)])
    manifest.record_provisioned(
        attempt, "dev-1", [event(Stage.VERIFY, EventKind.FINISHED, at=1_700_000_003.0)]
    )
    manifest.record_failed(
        attempt,
        "dev-1",
        "label",
        "out of labels",
        [
            event(Stage.LABEL, EventKind.STARTED, at=1_700_000_004.0),
            event(Stage.LABEL, EventKind.FAILED, "out of labels", at=1_700_000_005.0),
        ],
    )

    events = manifest.events_for_attempt(attempt)
    assert [(e.stage, e.kind, e.message) for e in events] == [
        ("detect", "started", ""),
        ("detect", "finished", "board answered"),
        ("write", "finished", ""),
        ("verify", "finished", ""),
        ("label", "started", ""),
        ("label", "failed", "out of labels"),  # the failure once: its events held it
    ]
    assert [e.at[17:19] for e in events] == ["20", "21", "22", "23", "24", "25"]
    unit = manifest.unit("dev-1")
    assert unit is not None and unit.status is UnitStatus.PROVISIONED
    # Events are not the journal's: it holds the unit's two records only.
    journal = manifest.db.execute("SELECT action FROM journal ORDER BY seq").fetchall()
    assert journal == [("pending",), ("provisioned",)]


def test_a_failure_before_the_unit_row_keeps_its_events(manifest: Manifest) -> None:
    attempt = manifest.begin_attempt(make_job(), "COM4")
    manifest.record_failed(
        attempt,
        "",
        "detect",
        "silent",
        [
            event(Stage.DETECT, EventKind.STARTED),
            event(Stage.DETECT, EventKind.FAILED, "silent"),
        ],
    )
    assert [(e.stage, e.kind) for e in manifest.events_for_attempt(attempt)] == [
        ("detect", "started"),
        ("detect", "failed"),
    ]
    assert manifest.count_units() == 0


def test_a_refused_record_keeps_none_of_its_events(manifest: Manifest) -> None:
    provision(manifest, "dev-1")
    attempt = manifest.begin_attempt(make_job(), "COM3")
    carried = [event(Stage.DETECT, EventKind.STARTED), event(Stage.DETECT, EventKind.FINISHED)]
    with pytest.raises(DuplicateDeviceError):
        manifest.record_pending(attempt, make_unit("dev-1"), events=carried)
    with pytest.raises(ManifestError, match="not in the manifest"):
        manifest.record_pending(attempt, make_unit("dev-9"), replacing="RMA 1", events=carried)
    with pytest.raises(ManifestError, match="no pending record"):
        manifest.record_provisioned(attempt, "dev-2", carried)
    assert manifest.events_for_attempt(attempt) == []

    # What the refusals did not keep, the failure's record does, once.
    manifest.record_failed(attempt, "", "record-pending", "duplicate", carried)
    assert len(manifest.events_for_attempt(attempt)) == 2


def test_events_alone_do_not_wait_for_the_disk_and_records_do(manifest: Manifest) -> None:
    conn = manifest.writer._connection.db.conn
    attempt = manifest.begin_attempt(make_job(), "COM3")
    levels: dict[str, int] = {}
    real_write = manifest.writer._connection.write

    @contextmanager
    def watched_write(what: str, **kwargs):
        with real_write(what, **kwargs) as inner:
            levels[what] = inner.execute("PRAGMA synchronous").fetchone()[0]
            yield inner

    manifest.writer._connection.write = watched_write  # type: ignore[method-assign]
    manifest.record_pending(
        attempt, make_unit("dev-1"), events=[event(Stage.DETECT, EventKind.STARTED)]
    )
    manifest.record_events(attempt, [event(Stage.WRITE, EventKind.FINISHED)])
    manifest.record_provisioned(attempt, "dev-1", [event(Stage.VERIFY, EventKind.FINISHED)])
    del manifest.writer._connection.write

    normal, full = 1, 2
    assert levels.pop("keep a stage's events") == normal
    # The events a record carries wait for the disk with it.
    assert levels and set(levels.values()) == {full}, levels
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == full
    assert len(manifest.events_for_attempt(attempt)) == 3


# -- recovery --------------------------------------------------------------------

CRASHING_WORKER = """
import os, sys
from pathlib import Path
sys.path[:0] = [{tests!r}]
from test_manifest_store import make_job, make_unit
from station.manifest import Manifest, StationKey

manifest = Manifest.open(Path({path!r}), StationKey.load_or_create(Path({key!r})))
attempt = manifest.begin_attempt(make_job(), "COM7")
manifest.record_pending(attempt, make_unit("dev-crash", port="COM7"))
manifest.begin_attempt(make_job(), "COM8")
os._exit(0)  # dies with the board half-written: no close, no cleanup
"""


def test_pending_unit_survives_a_crash_and_is_reported(path: Path, tmp_path: Path) -> None:
    script = CRASHING_WORKER.format(
        tests=str(Path(__file__).parent), path=str(path), key=str(tmp_path / "manifest.sqlite.key")
    )
    subprocess.run([sys.executable, "-c", textwrap.dedent(script)], check=True)

    with Manifest.open(path, StationKey.load(tmp_path / "manifest.sqlite.key")) as manifest:
        [unit] = manifest.interrupted_units()
        assert (unit.device_id, unit.status, unit.port) == ("dev-crash", UnitStatus.PENDING, "COM7")
        assert [a.port for a in manifest.interrupted_attempts()] == ["COM7", "COM8"]
        assert all(a.outcome == "running" for a in manifest.interrupted_attempts())
        assert manifest.unit_secrets("dev-crash")["sas_primary"] == "primary-dev-crash"

        # The same board, plugged in again, takes up its row.
        attempt = manifest.begin_attempt(make_job(), "COM7")
        manifest.record_pending(attempt, make_unit("dev-crash", port="COM7"))
        manifest.record_provisioned(attempt, "dev-crash")
        assert manifest.interrupted_units() == []
        assert manifest.yield_summary().attempts_running == 2


def test_a_reused_process_id_does_not_keep_a_crashed_unit_busy(path: Path, tmp_path: Path) -> None:
    key_path = tmp_path / "manifest.sqlite.key"
    tests = str(Path(__file__).parent)
    script = CRASHING_WORKER.format(tests=tests, path=str(path), key=str(key_path))
    subprocess.run([sys.executable, "-c", textwrap.dedent(script)], check=True)
    # After a reboot, the dead station's process ID belongs to another, live program.
    other = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        with sqlite3.connect(path) as raw:
            raw.execute("UPDATE attempts SET pid = ?", (other.pid,))
        raw.close()
        with Manifest.open(path, StationKey.load(key_path)) as manifest:
            assert [u.device_id for u in manifest.interrupted_units()] == ["dev-crash"]
            assert [a.port for a in manifest.interrupted_attempts()] == ["COM7", "COM8"]
            attempt = manifest.begin_attempt(make_job(), "COM7")
            manifest.record_pending(attempt, make_unit("dev-crash", port="COM7"))
            manifest.record_provisioned(attempt, "dev-crash")
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait()


LIVE_WORKER = """
import sys
from pathlib import Path
sys.path[:0] = [{tests!r}]
from test_manifest_store import make_job, make_unit
from station.manifest import Manifest, StationKey

manifest = Manifest.open(Path({path!r}), StationKey.load_or_create(Path({key!r})))
attempt = manifest.begin_attempt(make_job(), "COM7")
manifest.record_pending(attempt, make_unit("dev-live", port="COM7"))
print("pending", flush=True)
sys.stdin.read()  # keeps provisioning until the test lets it go
"""


def test_a_unit_another_live_station_provisions_is_busy(path: Path, tmp_path: Path) -> None:
    key_path = tmp_path / "manifest.sqlite.key"
    script = LIVE_WORKER.format(tests=str(Path(__file__).parent), path=str(path), key=str(key_path))
    worker = start_script(script)
    assert worker.stdin is not None and worker.stdout is not None
    try:
        assert worker.stdout.readline() == "pending\n"
        with Manifest.open(path, StationKey.load(key_path)) as manifest:
            assert manifest.interrupted_units() == []
            assert manifest.interrupted_attempts() == []
            attempt = manifest.begin_attempt(make_job(), "COM9")
            with pytest.raises(DuplicateDeviceError, match="being provisioned right now on COM7"):
                manifest.record_pending(attempt, make_unit("dev-live", port="COM9"))
    finally:
        worker.stdin.close()
        worker.wait()
        worker.stdout.close()


def test_this_process_own_pending_units_are_not_interrupted(manifest: Manifest) -> None:
    attempt = manifest.begin_attempt(make_job(), "COM3")
    manifest.record_pending(attempt, make_unit("dev-1"))
    assert manifest.interrupted_units() == []
    assert manifest.interrupted_attempts() == []


def test_pending_survives_reopen(path: Path, key: StationKey) -> None:
    with Manifest.open(path, key) as manifest:
        attempt = manifest.begin_attempt(make_job(), "COM3")
        manifest.record_pending(attempt, make_unit("dev-1"))
    with Manifest.open(path, key) as manifest:
        unit = manifest.unit("dev-1")
        assert unit is not None and unit.status is UnitStatus.PENDING
        assert manifest.units(status="pending") == [unit]


# -- counters ---------------------------------------------------------------------


def test_counter_never_repeats_across_reopen(path: Path) -> None:
    with Manifest.open(path) as manifest:
        first = [manifest.next_counter("serial") for _ in range(3)]
    with Manifest.open(path) as manifest:
        later = [manifest.next_counter("serial") for _ in range(3)]
        other = manifest.next_counter("batch", start=1000)
    assert first + later == [1, 2, 3, 4, 5, 6]
    assert other == 1000


def test_counter_never_repeats_across_two_threads(path: Path) -> None:
    Manifest.open(path).close()
    taken: dict[str, list[int]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def hammer(name: str) -> None:
        try:
            with Manifest.open(path) as manifest:
                start.wait()
                taken[name] = [manifest.next_counter("serial") for _ in range(150)]
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=hammer, args=(n,)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = taken["a"] + taken["b"]
    assert len(set(numbers)) == len(numbers) == 300
    assert taken["a"] == sorted(taken["a"]) and taken["b"] == sorted(taken["b"])


def test_workers_on_two_threads_record_their_units(path: Path, key: StationKey) -> None:
    Manifest.open(path, key).close()
    errors: list[BaseException] = []

    def worker(port: str) -> None:
        try:
            with Manifest.open(path, key) as manifest:
                for n in range(25):
                    number = manifest.next_counter("unit")
                    attempt = manifest.begin_attempt(make_job(), port)
                    manifest.record_events(attempt, [event(Stage.DETECT, EventKind.STARTED)])
                    manifest.record_pending(attempt, make_unit(f"dev-{number}", port=port))
                    if n % 5 == 0:
                        manifest.record_failed(attempt, f"dev-{number}", "verify", "mismatch")
                    else:
                        manifest.record_provisioned(attempt, f"dev-{number}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(p,)) for p in ("COM3", "COM4")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Manifest.open(path, key) as manifest:
        summary = manifest.yield_summary()
        assert summary.units_by_status == {"pending": 0, "provisioned": 40, "failed": 10}
        assert (summary.attempts_provisioned, summary.attempts_failed) == (40, 10)
        assert summary.attempt_yield == pytest.approx(0.8)
        assert summary.top_failures[0].count == 10
        assert manifest.integrity_check() == "ok"


# -- queries ------------------------------------------------------------------------


def test_queries_filter_and_page(manifest: Manifest) -> None:
    other_job = make_job("job-2", operator="bo", station_id="line-2")
    for n in range(6):
        provision(manifest, f"dev-{n}", other_job if n >= 4 else None)
    attempt = manifest.begin_attempt(make_job(), "COM3")
    manifest.record_pending(attempt, make_unit("odd_one%", serial="SN-X"))
    manifest.record_failed(attempt, "odd_one%", "write", "timeout")

    assert manifest.count_units() == 7
    assert [u.device_id for u in manifest.units(job_id="job-2")] == ["dev-4", "dev-5"]
    assert manifest.count_units(operator="bo") == 2
    assert manifest.count_units(station_id="line-1") == 5
    assert [u.device_id for u in manifest.units(status=UnitStatus.FAILED)] == ["odd_one%"]
    assert [u.device_id for u in manifest.units(search="one%")] == ["odd_one%"]
    assert [u.device_id for u in manifest.units(search="sn-x")] == ["odd_one%"]
    assert manifest.count_units(search="%") == 1  # a wildcard is searched for, not expanded
    assert [u.device_id for u in manifest.units(limit=2, offset=1)] == ["dev-1", "dev-2"]
    assert manifest.units(limit=1, newest_first=True)[0].device_id == "odd_one%"

    first = manifest.unit("dev-0")
    last = manifest.unit("odd_one%")
    assert first is not None and last is not None
    assert manifest.count_units(since=last.created_at) == 1
    assert manifest.count_units(until=last.created_at) == 6
    assert manifest.count_units(since="2000-01-01", until="2000-01-02") == 0
    assert manifest.unit("nobody") is None


def test_yield_summary_counts_units_attempts_and_reasons(manifest: Manifest) -> None:
    provision(manifest, "dev-1")
    for port, stage, reason in (
        ("COM3", "detect", "silent"),
        ("COM4", "detect", "silent"),
        ("COM5", "write", "timeout"),
    ):
        attempt = manifest.begin_attempt(make_job(), port)
        manifest.record_failed(attempt, "", stage, reason)
    manifest.begin_attempt(make_job(), "COM6")

    summary = manifest.yield_summary()
    assert summary.units_by_status == {"pending": 0, "provisioned": 1, "failed": 0}
    assert summary.units_total == 1
    assert (summary.attempts_total, summary.attempts_provisioned) == (5, 1)
    assert (summary.attempts_failed, summary.attempts_running) == (3, 1)
    assert [(f.stage, f.reason, f.count) for f in summary.top_failures] == [
        ("detect", "silent", 2),
        ("write", "timeout", 1),
    ]
    assert manifest.yield_summary(job_id="no-such-job").attempts_total == 0


def test_the_same_fault_on_two_ports_is_one_failure_reason(manifest: Manifest) -> None:
    for port in ("socket://127.0.0.1:4001", "socket://127.0.0.1:4002", "COM3"):
        attempt = manifest.begin_attempt(make_job(), port)
        manifest.record_failed(attempt, "", "detect", f"no answer from the board on {port}")
    reasons = [(f.reason, f.count) for f in manifest.yield_summary().top_failures]
    assert reasons == [("no answer from the board on the port", 3)]
