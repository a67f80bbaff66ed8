"""Enrollment uploads and cloud-status refreshes of the line record, so a line uploads
once: QA sends every station's provisioned units from the line database, and the
upload ledger and the statuses read back are kept there (migration
``0007-line-uploads``), whichever station recorded each unit.

The upload's and the refresh's own logic is the enrollment package's: the same
uploaders (``DpsUploader``, ``CentralUploader``) and the same pagers, given a ledger
and a status book that read and write the line database instead of a manifest.
What the line cannot send is said per unit: it holds no device keys, so a unit with
kept SAS keys (``sas-individual``) and a returned unit (its earlier credentials are
in its station's manifest only) are uploaded from the station's manifest.

Runs on the calling thread with one connection of its own.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from station.core.errors import ConfigError
from station.core.models import UnitStatus
from station.credentials.modes import attestation_mode
from station.enrollment.client import ClockFn, SleepFn
from station.enrollment.cloud_status import (
    CloudStatus,
    KnownUnit,
    Run,
    StatusBook,
    StatusReport,
    UnitCloudStatus,
    known_units,
    refresh_book,
)
from station.enrollment.dps import Pending
from station.enrollment.endpoints import clear_text_warning
from station.enrollment.enrollments import UnitNotUploadable, attestation_body, dps_enrollment
from station.enrollment.options import EnrollmentOptions, OptionOverrides, UnitOptions
from station.enrollment.state import LEDGER_COLUMNS, Target, UploadLedger, UploadRecord, UploadState
from station.enrollment.upload import (
    CARRIED,
    SETTLED,
    ProgressFn,
    UploadCredential,
    UploadReport,
    check_credential,
    needs_upload,
    send_pending,
    service_url,
)
from station.line.connection import LineConnector, psycopg_module, unreachable
from station.line.pg_schema import apply_line_migrations
from station.line.queries import _PAGE_COLUMNS, LineUnit, _line_unit
from station.manifest.store import now_iso


@contextmanager
def _transaction(pg: Any, url: str) -> Any:
    psycopg = psycopg_module()
    try:
        with pg.transaction(), pg.cursor() as cur:
            yield cur
    except psycopg.Error as exc:
        raise unreachable(url, exc) from None


def provisioned_line_units(pg: Any) -> list[LineUnit]:
    """Every provisioned unit of the line, in the order first recorded."""
    with pg.cursor() as cur:
        cur.execute(
            f"SELECT station, {_PAGE_COLUMNS} FROM units WHERE status = %s "
            "ORDER BY created_at, station, device_id",
            (UnitStatus.PROVISIONED.value,),
        )
        names = [column.name for column in cur.description]
        rows = cur.fetchall()
    return [_line_unit(dict(zip(names, row, strict=True))) for row in rows]


def _chosen(units: list[LineUnit]) -> tuple[dict[str, LineUnit], dict[str, list[str]]]:
    """One unit per device ID; and the device IDs that two stations recorded (with those
    stations), which no service may be sent twice."""
    one: dict[str, LineUnit] = {}
    twice: dict[str, list[str]] = {}
    for unit in units:
        device_id = unit.unit.device_id
        if device_id in one:
            twice.setdefault(device_id, [one[device_id].station]).append(unit.station)
        else:
            one[device_id] = unit
    return one, twice


class LineUploadLedger(UploadLedger):
    """``UploadLedger``'s rows in the line database (``line_uploads``): each change one
    short transaction, committed before the caller goes on, as the manifest's."""

    def __init__(self, pg: Any, url: str, stations: dict[str, str]) -> None:
        # No manifest: every method of the manifest's ledger is replaced below.
        self._pg = pg
        self._url = url
        self._stations = stations  # device ID -> the station whose unit is sent

    def _write(self, what: str) -> AbstractContextManager[Any]:
        return _transaction(self._pg, self._url)

    def records(self, target: Target) -> list[UploadRecord]:
        with _transaction(self._pg, self._url) as cur:
            cur.execute(
                f"SELECT {', '.join(LEDGER_COLUMNS)} FROM line_uploads WHERE target = %s "
                "AND device_id = ANY(%s)",
                (target.value, list(self._stations)),
            )
            found = {row[0]: _record(row) for row in cur.fetchall()}
        return [found[device_id] for device_id in self._stations if device_id in found]

    def record(self, device_id: str, target: Target) -> UploadRecord | None:
        with _transaction(self._pg, self._url) as cur:
            cur.execute(
                f"SELECT {', '.join(LEDGER_COLUMNS)} FROM line_uploads "
                "WHERE device_id = %s AND target = %s",
                (device_id, target.value),
            )
            row = cur.fetchone()
        return None if row is None else _record(row)

    def track_provisioned(self, target: Target, needs_upload: dict[str, bool]) -> int:
        now = now_iso()
        rows = [
            (
                device_id,
                target.value,
                self._stations[device_id],
                (UploadState.PENDING if needed else UploadState.NOT_NEEDED).value,
                now,
            )
            for device_id, needed in needs_upload.items()
        ]
        with self._write("track units for upload") as cur:
            cur.executemany(
                "INSERT INTO line_uploads (device_id, target, station, state, updated_at) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (device_id, target) DO NOTHING",
                rows,
            )
            return max(int(cur.rowcount), 0)

    def mark_in_flight(self, target: Target, device_ids: Iterable[str], batch_id: str) -> None:
        now = now_iso()
        with self._write(f"mark batch {batch_id} as sent") as cur:
            cur.execute(
                "UPDATE line_uploads SET state = %s, batch_id = %s, sent_at = %s, reason = '', "
                "sends = sends + 1, updated_at = %s WHERE device_id = ANY(%s) AND target = %s",
                (UploadState.PENDING.value, batch_id, now, now, list(device_ids), target.value),
            )

    def settle(
        self,
        target: Target,
        device_id: str,
        state: UploadState,
        *,
        reason: str = "",
        request_id: str = "",
    ) -> None:
        now = now_iso()
        with self._write(f"record {device_id} as {state}") as cur:
            cur.execute(
                "UPDATE line_uploads SET state = %s, sent_at = NULL, uploaded_at = %s, "
                "reason = %s, request_id = %s, updated_at = %s, "
                "batch_id = CASE WHEN %s = 'pending' THEN '' ELSE batch_id END "
                "WHERE device_id = %s AND target = %s",
                (
                    state.value,
                    now if state is UploadState.UPLOADED else None,
                    reason,
                    request_id,
                    now,
                    state.value,
                    device_id,
                    target.value,
                ),
            )


def _record(row: Sequence[Any]) -> UploadRecord:
    values = list(row)
    values[1], values[2] = Target(values[1]), UploadState(values[2])
    return UploadRecord(*values)


def _not_from_line(item: LineUnit, target: Target) -> str:
    """Why the line cannot send this unit ("" when it can)."""
    unit = item.unit
    mode = attestation_mode(unit.attestation)
    if not mode.group and mode.mechanism == "symmetricKey":
        return (
            f"the line holds no device keys: upload {unit.device_id} from station "
            f"{item.station}'s manifest"
        )
    if unit.generation > 1 and (target is Target.DPS or not mode.group):
        return (
            f"{unit.device_id} was provisioned again (generation {unit.generation}); its "
            f"earlier credentials are in station {item.station}'s manifest: upload it "
            "from there"
        )
    return ""


def upload_line(
    connector: LineConnector,
    target: Target | str,
    *,
    credential: UploadCredential,
    endpoint: str | None = None,
    progress: ProgressFn | None = None,
    sleep: SleepFn = time.sleep,
    clock: ClockFn = time.monotonic,
    options: EnrollmentOptions | None = None,
    overrides: OptionOverrides | None = None,
    profile_folders: Sequence[Path] | None = None,
    insecure: bool = False,
    app_url: str = "",
) -> UploadReport:
    """Upload the line's provisioned units to ``target`` and keep the ledger in the line
    database: a unit the line uploaded once is not sent again, whoever runs the next
    upload. Resumes an interrupted upload as ``station.enrollment.upload.upload`` does.
    A device ID two stations recorded is not sent (failed, naming the stations: settle
    the duplicate first). Raises LineError when the line cannot be reached."""
    target = Target(target)
    check_credential(target, credential)
    base_url = service_url(target, credential, endpoint, insecure=insecure, app_url=app_url)
    if target is not Target.DPS and overrides is not None and not overrides.empty:
        raise ConfigError(
            "the provisioning status and IoT Edge settings are for DPS enrollments only",
            hint="leave them out of an IoT Central upload",
        )
    unit_options = UnitOptions(overrides=overrides, fixed=options, folders=profile_folders)
    psycopg = psycopg_module()
    url = connector.config.url
    with connector.connect() as pg:
        apply_line_migrations(pg)
        try:
            units = provisioned_line_units(pg)
        except psycopg.Error as exc:
            raise unreachable(url, exc) from None
        one, twice = _chosen(units)
        ledger = LineUploadLedger(pg, url, {d: u.station for d, u in one.items()})
        ledger.track_provisioned(target, {d: needs_upload(target, u.unit) for d, u in one.items()})
        records = {record.device_id: record for record in ledger.records(target)}
        work: list[Pending] = []
        for device_id, item in one.items():
            record = records.get(device_id)
            if record is None or record.state in SETTLED:
                continue
            reason = _not_from_line(item, target)
            if device_id in twice:
                reason = (
                    f"{device_id} is on the line from stations "
                    f"{', '.join(twice[device_id])}: check the boards and settle the "
                    "duplicate (station line duplicates) before uploading it"
                )
            if reason:
                ledger.settle(target, device_id, UploadState.FAILED, reason=reason)
                continue
            try:
                work.append(_pending(item, target, unit_options))
            except UnitNotUploadable as exc:
                ledger.settle(target, device_id, UploadState.FAILED, reason=str(exc))
        report = send_pending(ledger, target, credential, base_url, work, records,
                              progress=progress, sleep=sleep, clock=clock,
                              notes=unit_options.notes)
    note = clear_text_warning(base_url, CARRIED[target], dry_run=False)
    if note:
        report = UploadReport(
            report.target, report.dry_run, report.units, report.stopped, (note, *report.notes)
        )
    return report


def line_upload_records(connector: LineConnector, target: Target | str) -> list[UploadRecord]:
    """The line's upload ledger for ``target`` as it stands (what a stopped upload
    recorded), for its provisioned units in the order first recorded. Raises LineError
    when the line cannot be reached."""
    target = Target(target)
    psycopg = psycopg_module()
    with connector.connect() as pg:
        apply_line_migrations(pg)
        try:
            one, _twice = _chosen(provisioned_line_units(pg))
        except psycopg.Error as exc:
            raise unreachable(connector.config.url, exc) from None
        stations = {device_id: item.station for device_id, item in one.items()}
        return LineUploadLedger(pg, connector.config.url, stations).records(target)


def _pending(item: LineUnit, target: Target, options: UnitOptions) -> Pending:
    unit = item.unit
    if target is Target.DPS:
        return Pending(unit, dps_enrollment(unit, {}, options.for_unit(unit)))
    return Pending(unit, {"attestation": attestation_body(unit, {})})


# -- cloud status -------------------------------------------------------------------------


class LineStatusBook(StatusBook):
    """``StatusBook``'s tables in the line database (``line_cloud_status*``): each page
    one transaction with the run's cursor, as the manifest's."""

    def __init__(self, pg: Any, url: str, stations: dict[str, str]) -> None:
        # No manifest: every method of the manifest's book is replaced below.
        self._pg = pg
        self._url = url
        self._stations = stations
        self._current: dict[tuple[str, str], tuple[str, str]] = {}

    def open_run(self, target: Target) -> Run:
        with _transaction(self._pg, self._url) as cur:
            cur.execute(
                "SELECT run_id, cursor, requests FROM line_cloud_status_runs "
                "WHERE target = %s AND finished_at IS NULL ORDER BY started_at DESC LIMIT 1",
                (target.value,),
            )
            row = cur.fetchone()
            cur.execute(
                "SELECT device_id, status, detail FROM line_cloud_status WHERE target = %s",
                (target.value,),
            )
            self._current = {(d, target.value): (s, detail) for d, s, detail in cur.fetchall()}
            if row is not None:
                return Run(row[0], target, json.loads(row[1]), int(row[2]), resumed=True)
            run = Run(uuid.uuid4().hex, target, {})
            cur.execute(
                "INSERT INTO line_cloud_status_runs (run_id, target, started_at) "
                "VALUES (%s, %s, %s)",
                (run.run_id, target.value, now_iso()),
            )
        return run

    def seen(self, run: Run) -> set[str]:
        with _transaction(self._pg, self._url) as cur:
            cur.execute(
                "SELECT device_id FROM line_cloud_status WHERE target = %s AND run_id = %s",
                (run.target.value, run.run_id),
            )
            return {row[0] for row in cur.fetchall()}

    def record(
        self,
        run: Run,
        statuses: Sequence[tuple[str, CloudStatus, str]],
        *,
        finished: bool = False,
    ) -> None:
        now = now_iso()
        target = run.target.value
        with _transaction(self._pg, self._url) as cur:
            cur.executemany(
                "INSERT INTO line_cloud_status (device_id, target, station, status, detail, "
                "read_at, run_id) VALUES (%s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (device_id, target) DO UPDATE SET station = excluded.station, "
                "status = excluded.status, detail = excluded.detail, "
                "read_at = excluded.read_at, run_id = excluded.run_id",
                [
                    (d, target, self._stations.get(d, ""), s.value, detail, now, run.run_id)
                    for d, s, detail in statuses
                ],
            )
            cur.executemany(
                "INSERT INTO line_cloud_status_history (device_id, target, status, detail, "
                "read_at) VALUES (%s, %s, %s, %s, %s)",
                [
                    (d, target, s.value, detail, now)
                    for d, s, detail in statuses
                    if self._current.get((d, target)) != (s.value, detail)
                ],
            )
            cur.execute(
                "UPDATE line_cloud_status_runs SET cursor = %s, pages = pages + 1, "
                "requests = %s, finished_at = %s WHERE run_id = %s",
                (json.dumps(run.cursor), run.requests, now if finished else None, run.run_id),
            )
        for d, s, detail in statuses:
            self._current[(d, target)] = (s.value, detail)

    def records(self, target: Target) -> list[UnitCloudStatus]:
        return list(line_cloud_statuses(self._pg, target, list(self._stations)).values())


def line_cloud_statuses(
    pg: Any, target: Target | str, device_ids: Sequence[str]
) -> dict[str, UnitCloudStatus]:
    """The last-read status for ``target`` of those of ``device_ids`` the line holds one
    for, in the order given (a page of the QA view, or every unit)."""
    target = Target(target)
    with pg.cursor() as cur:
        cur.execute(
            "SELECT device_id, status, detail, read_at FROM line_cloud_status "
            "WHERE target = %s AND device_id = ANY(%s)",
            (target.value, list(device_ids)),
        )
        found = {
            d: UnitCloudStatus(d, target, CloudStatus(s), detail, at)
            for d, s, detail, at in cur.fetchall()
        }
    return {d: found[d] for d in device_ids if d in found}


def _line_units_for_status(
    pg: Any, target: Target, one: dict[str, LineUnit]
) -> dict[str, KnownUnit]:
    with pg.cursor() as cur:
        cur.execute("SELECT device_id, state FROM line_uploads WHERE target = %s", (target.value,))
        uploads = dict(cur.fetchall())
    facts = (
        (d, item.unit.attestation, item.unit.cert_thumbprint_sha1, item.unit.ek_public)
        for d, item in one.items()
    )
    return known_units(target, facts, uploads)


def refresh_line_status(
    connector: LineConnector,
    target: Target | str,
    *,
    credential: UploadCredential,
    endpoint: str | None = None,
    insecure: bool = False,
    progress: Callable[[int, str], None] | None = None,
    sleep: SleepFn = time.sleep,
    clock: ClockFn = time.monotonic,
) -> StatusReport:
    """Read what ``target`` knows of the line's provisioned units and keep it in the line
    database; resumes an interrupted refresh, as ``refresh_status`` does for a manifest.
    Raises LineError when the line cannot be reached."""
    target = Target(target)
    check_credential(target, credential)
    base_url = service_url(target, credential, endpoint, insecure=insecure)
    psycopg = psycopg_module()
    with connector.connect() as pg:
        apply_line_migrations(pg)
        try:
            one, _twice = _chosen(provisioned_line_units(pg))
            units = _line_units_for_status(pg, target, one)
        except psycopg.Error as exc:
            raise unreachable(connector.config.url, exc) from None
        book = LineStatusBook(pg, connector.config.url, {d: u.station for d, u in one.items()})
        return refresh_book(book, target, units, credential=credential, base_url=base_url,
                            progress=progress, sleep=sleep, clock=clock)


__all__ = [
    "LineStatusBook",
    "LineUploadLedger",
    "line_cloud_statuses",
    "line_upload_records",
    "refresh_line_status",
    "upload_line",
]
