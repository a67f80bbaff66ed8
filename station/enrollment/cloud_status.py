"""Each shipped unit's status read back from IoT Central or DPS, kept in the manifest.

Runs on the calling thread, which opens (and owns) the manifest. Reads are
paged wherever the service allows it, never one request per unit:

- IoT Central: ``GET /api/devices?$top=N``, then each page's ``nextLink``.
  A device's ``enabled``, ``provisioned`` and ``template`` give the status IoT
  Central shows (see ``central_status``).
- DPS: ``POST /enrollments/query`` (individual enrollments, each with its
  ``registrationState``), ``POST /enrollmentGroups/query``, then
  ``POST /registrations/{groupId}/query`` per group, following the
  ``x-ms-continuation`` tokens.

Every page is recorded in one transaction with the place to go on from
(``cloud_status_runs.cursor``), so a refresh stopped by an outage resumes
where it stopped. Units the full pass did not meet are named at the end:
enrolled by the station but unknown to the service, admitted by a group but
never registered, or not enrolled at all. The status tables are the
manifest's migration ``0008-cloud-status``, apart from the journaled record.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote

from station.core.errors import ConfigError
from station.core.models import Attestation, UnitStatus
from station.credentials.modes import attestation_mode
from station.enrollment.client import ClockFn, Reply, ServiceClient, SleepFn
from station.enrollment.errors import CredentialRejected, EnrollmentError, ServiceUnavailable
from station.enrollment.limits import DPS_QUERY_PAGE_SIZE, IOTC_LIST_PAGE_SIZE
from station.enrollment.state import Target, UploadState, immediate_transaction
from station.enrollment.upload import (
    DpsCredential,
    IotcCredential,
    UploadCredential,
    check_credential,
    service_client,
    service_url,
)
from station.manifest.records import CloudFilter
from station.manifest.store import Manifest, now_iso

ProgressFn = Callable[[int, str], None]


class CloudStatus(StrEnum):
    """What the service says of a unit, in its own words, or what the station concludes."""

    # IoT Central's device status.
    REGISTERED = "registered"
    PROVISIONED = "provisioned"
    BLOCKED = "blocked"
    UNASSOCIATED = "unassociated"
    WAITING_FOR_APPROVAL = "waiting-for-approval"
    # DPS registration states.
    ASSIGNED = "assigned"
    ASSIGNING = "assigning"
    UNASSIGNED = "unassigned"
    FAILED = "failed"
    DISABLED = "disabled"
    # Concluded by the station from what the service does not hold.
    NEVER_REGISTERED = "never-registered"
    UNKNOWN = "unknown"
    OTHER_ATTESTATION = "other-attestation"
    NOT_ENROLLED = "not-enrolled"


# The unit reached the service as a device (it connected at least once).
CONNECTED = frozenset({CloudStatus.PROVISIONED, CloudStatus.UNASSOCIATED, CloudStatus.ASSIGNED})

# The groups QA filters units by, in QA's words (the window's cloud-status filter).
STATUS_GROUPS: dict[str, frozenset[CloudStatus]] = {
    "connected": CONNECTED,
    "never connected": frozenset({
        CloudStatus.REGISTERED, CloudStatus.NEVER_REGISTERED, CloudStatus.UNKNOWN,
        CloudStatus.NOT_ENROLLED,
    }),
    "blocked": frozenset({CloudStatus.BLOCKED, CloudStatus.DISABLED}),
    "failed to register": frozenset({CloudStatus.FAILED}),
    "waiting for approval": frozenset({CloudStatus.WAITING_FOR_APPROVAL}),
    "another attestation": frozenset({CloudStatus.OTHER_ATTESTATION}),
}

# The cloud filter's choice for provisioned units never read from the service.
NOT_READ = "not read yet"


def cloud_filter(group: str, target: Target | str) -> CloudFilter:
    """The manifest query's filter for a group of ``STATUS_GROUPS`` (or ``NOT_READ``) as
    read from ``target``. Raises ConfigError for a group the station does not know."""
    target = Target(target)
    if group == NOT_READ:
        return CloudFilter(target.value, unread=True)
    if group not in STATUS_GROUPS:
        raise ConfigError(
            f"{group!r} is not a cloud status group",
            hint="use " + ", ".join([*STATUS_GROUPS, NOT_READ]),
        )
    return CloudFilter(target.value, frozenset(s.value for s in STATUS_GROUPS[group]))


_ID_CHUNK = 500  # device IDs per query, well under SQLite's limit of bound values

_DPS_STATES = {s.value: s for s in (
    CloudStatus.ASSIGNED, CloudStatus.ASSIGNING, CloudStatus.UNASSIGNED,
    CloudStatus.FAILED, CloudStatus.DISABLED,
)}


def _mechanism(mode: Attestation) -> str:
    """What DPS calls the unit's attestation: symmetricKey, x509 or tpm."""
    return attestation_mode(mode).mechanism


@dataclass(frozen=True)
class UnitCloudStatus:
    """One unit's last-read status for one target, and when it was read."""

    device_id: str
    target: Target
    status: CloudStatus
    detail: str
    read_at: str

    @property
    def connected(self) -> bool:
        return self.status in CONNECTED


@dataclass(frozen=True)
class StatusReport:
    """The outcome of a refresh: every provisioned unit's status as now recorded.

    ``stopped`` is the error that ended the run early (the next refresh resumes);
    ``requests`` counts the page requests this run sent, ``resumed`` whether it
    went on from an interrupted one.
    """

    target: Target
    units: tuple[UnitCloudStatus, ...]
    requests: int
    resumed: bool = False
    stopped: EnrollmentError | None = None
    notes: tuple[str, ...] = ()

    def count(self, status: CloudStatus) -> int:
        return sum(1 for unit in self.units if unit.status is status)

    def unit(self, device_id: str) -> UnitCloudStatus | None:
        return next((u for u in self.units if u.device_id == device_id), None)

    @property
    def connected(self) -> frozenset[str]:
        return frozenset(u.device_id for u in self.units if u.connected)

    def summary(self) -> str:
        counts = Counter(unit.status for unit in self.units)
        parts = ", ".join(f"{counts[s]} {s}" for s in CloudStatus if counts[s])
        head = f"{self.target} status: {len(self.connected)} of {len(self.units)} connected"
        if self.stopped is not None:
            head += " (refresh interrupted; run it again to resume)"
        return f"{head} ({parts or 'no provisioned units'}; {self.requests} request(s))"


# -- the manifest's status tables ----------------------------------------------------------


@dataclass
class Run:
    """One refresh of one target: its id, where it goes on from, what it has read."""

    run_id: str
    target: Target
    cursor: dict[str, Any]
    requests: int = 0
    resumed: bool = False


class StatusBook:
    """The ``cloud_status`` tables of one manifest. Use from the thread that opened it.

    Each page is one ``BEGIN IMMEDIATE`` transaction: statuses, history rows for
    the units whose status changed, and the run's cursor move together.
    """

    def __init__(self, manifest: Manifest) -> None:
        self._conn = manifest.db.conn
        self._current: dict[tuple[str, str], tuple[str, str]] = {}

    def _write(self, what: str) -> AbstractContextManager[sqlite3.Connection]:
        return immediate_transaction(self._conn, what)

    def open_run(self, target: Target) -> Run:
        """The target's unfinished refresh (to resume), else a new one."""
        row = self._conn.execute(
            "SELECT run_id, cursor, requests FROM cloud_status_runs "
            "WHERE target = ? AND finished_at IS NULL ORDER BY started_at DESC LIMIT 1",
            (target.value,),
        ).fetchone()
        self._current = {
            (device_id, target.value): (status, detail)
            for device_id, status, detail in self._conn.execute(
                "SELECT device_id, status, detail FROM cloud_status WHERE target = ?",
                (target.value,),
            )
        }
        if row is not None:
            return Run(row[0], target, json.loads(row[1]), int(row[2]), resumed=True)
        run = Run(uuid.uuid4().hex, target, {})
        with self._write("start a status refresh") as conn:
            conn.execute(
                "INSERT INTO cloud_status_runs (run_id, target, started_at) VALUES (?, ?, ?)",
                (run.run_id, target.value, now_iso()),
            )
        return run

    def seen(self, run: Run) -> set[str]:
        """Device IDs this run has recorded so far (also before an interruption)."""
        return {
            device_id
            for (device_id,) in self._conn.execute(
                "SELECT device_id FROM cloud_status WHERE target = ? AND run_id = ?",
                (run.target.value, run.run_id),
            )
        }

    def record(
        self,
        run: Run,
        statuses: Sequence[tuple[str, CloudStatus, str]],
        *,
        finished: bool = False,
    ) -> None:
        """Record a page's ``(device_id, status, detail)`` and the run's cursor together."""
        now = now_iso()
        target = run.target.value
        with self._write("record units' cloud status") as conn:
            conn.executemany(
                "INSERT INTO cloud_status (device_id, target, status, detail, read_at, run_id) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device_id, target) DO UPDATE SET "
                "status = excluded.status, detail = excluded.detail, "
                "read_at = excluded.read_at, run_id = excluded.run_id",
                [(d, target, s.value, detail, now, run.run_id) for d, s, detail in statuses],
            )
            changed = [
                (d, target, s.value, detail, now)
                for d, s, detail in statuses
                if self._current.get((d, target)) != (s.value, detail)
            ]
            conn.executemany(
                "INSERT INTO cloud_status_history (device_id, target, status, detail, read_at) "
                "VALUES (?, ?, ?, ?, ?)",
                changed,
            )
            conn.execute(
                "UPDATE cloud_status_runs SET cursor = ?, pages = pages + 1, requests = ?, "
                "finished_at = ? WHERE run_id = ?",
                (json.dumps(run.cursor), run.requests, now if finished else None, run.run_id),
            )
        for d, s, detail in statuses:
            self._current[(d, target)] = (s.value, detail)

    def records(self, target: Target) -> list[UnitCloudStatus]:
        """Every provisioned unit's last-read status for ``target``, in recording order."""
        rows = self._conn.execute(
            "SELECT c.device_id, c.status, c.detail, c.read_at FROM cloud_status c "
            "JOIN units ON units.device_id = c.device_id "
            "WHERE c.target = ? AND units.status = ? ORDER BY units.id",
            (target.value, UnitStatus.PROVISIONED.value),
        )
        return [UnitCloudStatus(d, target, CloudStatus(s), detail, at) for d, s, detail, at in rows]

    def history(self, device_id: str, target: Target) -> list[UnitCloudStatus]:
        """Every status the unit had for ``target``, oldest first."""
        rows = self._conn.execute(
            "SELECT status, detail, read_at FROM cloud_status_history "
            "WHERE device_id = ? AND target = ? ORDER BY id",
            (device_id, target.value),
        )
        return [UnitCloudStatus(device_id, target, CloudStatus(s), d, at) for s, d, at in rows]


def cloud_statuses(manifest: Manifest, target: Target | str) -> dict[str, UnitCloudStatus]:
    """The last-read status of each unit for ``target`` (for views and exports)."""
    return {u.device_id: u for u in StatusBook(manifest).records(Target(target))}


def statuses_of(
    manifest: Manifest, target: Target | str, device_ids: Collection[str]
) -> dict[str, UnitCloudStatus]:
    """The last-read status for ``target`` of those of ``device_ids`` that were read
    (a page of a view: one query per ``_ID_CHUNK`` IDs, not the whole manifest)."""
    target = Target(target)
    found: dict[str, UnitCloudStatus] = {}
    ids = list(device_ids)
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start:start + _ID_CHUNK]
        rows = manifest.db.conn.execute(
            "SELECT device_id, status, detail, read_at FROM cloud_status WHERE target = ? "
            f"AND device_id IN ({', '.join('?' * len(chunk))})",
            (target.value, *chunk),
        )
        for device_id, status, detail, read_at in rows:
            found[device_id] = UnitCloudStatus(device_id, target, CloudStatus(status), detail,
                                               read_at)
    return found


def first_connected(manifest: Manifest, target: Target | str) -> dict[str, str]:
    """When a refresh first saw each unit connected to ``target`` (stored UTC time).

    A refresh reads what the service holds at that moment, so this is the time of
    the first refresh after the unit connected: an upper bound of when it did.
    """
    connected = sorted(s.value for s in CONNECTED)
    rows = manifest.db.conn.execute(
        "SELECT device_id, min(read_at) FROM cloud_status_history WHERE target = ? "
        f"AND status IN ({', '.join('?' * len(connected))}) GROUP BY device_id",
        (Target(target).value, *connected),
    )
    return {device_id: read_at for device_id, read_at in rows}


def last_read_target(manifest: Manifest) -> Target | None:
    """The target of the manifest's latest finished refresh; None before the first."""
    row = manifest.db.conn.execute(
        "SELECT target FROM cloud_status_runs WHERE finished_at IS NOT NULL "
        "ORDER BY finished_at DESC LIMIT 1"
    ).fetchone()
    return None if row is None else Target(row[0])


# -- what the manifest knows of its units ---------------------------------------------------


@dataclass(frozen=True)
class KnownUnit:
    """What the station's record says of a provisioned unit, to compare with what the
    service holds: its attestation, certificate thumbprint, EK, and whether the
    station's upload enrolled it (or met a conflict)."""

    device_id: str
    attestation: Attestation
    thumbprint: str
    ek_public: str
    uploaded: bool
    conflict: bool


# What a record gives of each provisioned unit: device ID, attestation, SHA-1 thumbprint
# and EK public (either may be None).
UnitFacts = tuple[str, str, str | None, str | None]


def known_units(
    target: Target, units: Iterable[UnitFacts], uploads: dict[str, str]
) -> dict[str, KnownUnit]:
    """The refresh's view of ``units`` (in the record's order), keyed as ``target`` keys
    device IDs; ``uploads`` is each device ID's upload state for ``target``."""
    known: dict[str, KnownUnit] = {}
    for device_id, attestation, thumbprint, ek in units:
        state = uploads.get(device_id)
        known[_key(target, device_id)] = KnownUnit(
            device_id, Attestation(attestation), (thumbprint or "").upper(), ek or "",
            state == UploadState.UPLOADED.value, state == UploadState.CONFLICT.value,
        )
    return known


def _units(manifest: Manifest, target: Target) -> dict[str, KnownUnit]:
    uploads = dict(
        manifest.db.conn.execute(
            "SELECT device_id, state FROM uploads WHERE target = ?", (target.value,)
        ).fetchall()
    )
    rows = manifest.db.conn.execute(
        "SELECT device_id, attestation, cert_thumbprint_sha1, ek_public FROM units "
        "WHERE status = ? ORDER BY id",
        (UnitStatus.PROVISIONED.value,),
    )
    return known_units(target, rows, uploads)


def _key(target: Target, device_id: str) -> str:
    # DPS registration IDs are case-insensitive; IoT Central device IDs are taken as given.
    return device_id.lower() if target is Target.DPS else device_id


# -- IoT Central ------------------------------------------------------------------------------


def central_status(device: dict[str, Any], created_by_station: bool) -> tuple[CloudStatus, str]:
    """The status IoT Central shows for ``device`` (a device as its API lists it).

    Not enabled: blocked, or waiting for approval when the device made itself
    known (connected through a group) rather than being created by the station.
    Provisioned without a template: unassociated. Then provisioned, or registered.
    """
    template = str(device.get("template") or "")
    if device.get("enabled") is False:
        if not device.get("provisioned") and not created_by_station:
            return CloudStatus.WAITING_FOR_APPROVAL, "connected; waiting for an operator's approval"
        return CloudStatus.BLOCKED, "blocked in IoT Central"
    if device.get("provisioned"):
        if not template:
            return CloudStatus.UNASSOCIATED, "connected without a device template"
        return CloudStatus.PROVISIONED, template
    return CloudStatus.REGISTERED, "created, never connected"


class _Pager:
    """Reads one target's pages into the book; shared by both services."""

    def __init__(self, client: ServiceClient, book: StatusBook, run: Run,
                 units: dict[str, KnownUnit], progress: ProgressFn | None) -> None:
        self.client = client
        self.book = book
        self.run = run
        self.units = units
        self.progress = progress
        self.requests = 0

    def counted(self, reply: Reply) -> Reply:
        """``reply``, counted as one page request of this run."""
        self.requests += 1
        self.run.requests += 1
        return reply

    def page_done(self, statuses: list[tuple[str, CloudStatus, str]], what: str) -> None:
        self.book.record(self.run, statuses)
        if self.progress is not None:
            self.progress(self.requests, f"{what}: {len(statuses)} of the manifest's units")


def _refresh_central(pager: _Pager) -> None:
    run = pager.run
    client = pager.client
    while run.cursor.get("phase") != "done":
        link = run.cursor.get("next")
        if link:
            reply = pager.counted(client.follow(link))
            if 400 <= reply.status < 500 and reply.status != 429:
                # A next link from an interrupted refresh may have expired: list afresh.
                run.cursor = {}
                continue
        else:
            reply = pager.counted(client.request(
                "GET", "/api/devices", query={"$top": str(IOTC_LIST_PAGE_SIZE)}))
        if reply.status != 200 or not isinstance(reply.body, dict):
            raise EnrollmentError(
                f"IoT Central could not list its devices (HTTP {reply.status}: "
                f"{reply.error_message})",
                hint="check that the API token's role may read devices, then refresh again",
            )
        statuses: list[tuple[str, CloudStatus, str]] = []
        for device in reply.body.get("value") or []:
            unit = pager.units.get(str(device.get("id", "")))
            if unit is None:
                continue
            status, detail = central_status(device, unit.uploaded)
            if unit.conflict:
                status, detail = CloudStatus.OTHER_ATTESTATION, (
                    f"IoT Central holds it with another attestation ({status})")
            statuses.append((unit.device_id, status, detail))
        next_link = reply.body.get("nextLink")
        run.cursor = {"next": next_link} if next_link else {"phase": "done"}
        pager.page_done(statuses, "IoT Central devices")


def _central_unseen(unit: KnownUnit) -> tuple[CloudStatus, str]:
    if unit.uploaded:
        return CloudStatus.UNKNOWN, "enrolled by the station but unknown to IoT Central"
    if unit.conflict:
        return CloudStatus.OTHER_ATTESTATION, "IoT Central held it with another attestation"
    if unit.attestation.needs_enrollment:
        return CloudStatus.NOT_ENROLLED, "not in the application; upload it"
    return CloudStatus.NEVER_REGISTERED, "not in the application: never connected"


# -- DPS ----------------------------------------------------------------------------------------


def _registration(state: Any) -> tuple[CloudStatus, str] | None:
    if not isinstance(state, dict) or state.get("status") not in _DPS_STATES:
        return None
    status = _DPS_STATES[state["status"]]
    if status is CloudStatus.FAILED:
        detail = f"{state.get('errorCode', '')}: {state.get('errorMessage', '')}".strip(": ")
        return status, detail or "registration failed"
    if status is CloudStatus.ASSIGNED:
        return status, f"assigned to {state.get('assignedHub', '?')}"
    return status, str(state.get("substatus", ""))


def _individual_matches(unit: KnownUnit, attestation: dict[str, Any]) -> bool:
    kind = attestation.get("type")
    if kind != _mechanism(unit.attestation):
        return False
    if kind == "x509" and unit.thumbprint:
        certs = (attestation.get("x509") or {}).get("clientCertificates") or {}
        prints = {str(((c or {}).get("info") or {}).get("sha1Thumbprint", "")).upper()
                  for c in certs.values()}
        return unit.thumbprint in prints
    if kind == "tpm" and unit.ek_public:
        held = (attestation.get("tpm") or {}).get("endorsementKey")
        return held in (None, unit.ek_public)
    return True


def _query(pager: _Pager, path: str, body: dict[str, Any] | None, what: str) -> Reply:
    token = pager.run.cursor.get("token")
    headers = {"x-ms-max-item-count": str(DPS_QUERY_PAGE_SIZE)}
    if token:
        headers["x-ms-continuation"] = str(token)
    reply = pager.counted(pager.client.request("POST", path, json=body, headers=headers))
    if reply.status != 200 or not isinstance(reply.body, list):
        raise EnrollmentError(
            f"DPS could not run the {what} query (HTTP {reply.status}: {reply.error_message})",
            hint="check that the connection string's policy may read enrollments and "
            "registrations, then refresh again",
        )
    return reply


def _refresh_dps(pager: _Pager) -> None:
    run = pager.run
    units = pager.units
    while True:
        cursor = run.cursor
        phase = cursor.setdefault("phase", "enrollments")
        if phase == "done":
            return
        statuses: list[tuple[str, CloudStatus, str]] = []
        if phase == "enrollments":
            reply = _query(pager, "/enrollments/query", {"query": "*"}, "enrollment")
            for enrollment in reply.body:
                unit = units.get(str(enrollment.get("registrationId", "")).lower())
                if unit is None:
                    continue
                attestation = enrollment.get("attestation") or {}
                if not unit.attestation.needs_enrollment:
                    statuses.append((unit.device_id, CloudStatus.OTHER_ATTESTATION,
                                     "DPS holds an individual enrollment for it, which wins "
                                     "over its enrollment group"))
                elif unit.conflict or not _individual_matches(unit, attestation):
                    statuses.append((unit.device_id, CloudStatus.OTHER_ATTESTATION,
                                     f"DPS enrolls it with another attestation "
                                     f"({attestation.get('type', '?')})"))
                else:
                    found = _registration(enrollment.get("registrationState"))
                    if found is None and enrollment.get("provisioningStatus") == "disabled":
                        found = CloudStatus.DISABLED, "enrollment disabled"
                    statuses.append((unit.device_id, *(found or (
                        CloudStatus.NEVER_REGISTERED, "enrolled, never registered"))))
            done_phase = "groups"
            what = "DPS individual enrollments"
        elif phase == "groups":
            reply = _query(pager, "/enrollmentGroups/query", {"query": "*"}, "enrollment group")
            groups = dict(cursor.get("groups") or {})
            for group in reply.body:
                group_id = str(group.get("enrollmentGroupId", ""))
                if group_id:
                    groups[group_id] = (group.get("attestation") or {}).get("type", "")
            cursor["groups"] = groups
            done_phase = "registrations"
            what = "DPS enrollment groups"
        else:
            groups = cursor.get("groups") or {}
            order = sorted(groups)
            index = int(cursor.get("index", 0))
            if index >= len(order):
                run.cursor = {"phase": "done", "groups": groups}
                pager.book.record(run, [])
                return
            group_id = order[index]
            reply = _query(pager, f"/registrations/{quote(group_id, safe='')}/query", None,
                           "registration state")
            for state in reply.body:
                unit = units.get(str(state.get("registrationId", "")).lower())
                if unit is None or unit.attestation.needs_enrollment:
                    continue  # individual enrollments were read with their enrollment
                if _mechanism(unit.attestation) != groups[group_id]:
                    statuses.append((unit.device_id, CloudStatus.OTHER_ATTESTATION,
                                     f"registered through group {group_id} "
                                     f"({groups[group_id]})"))
                    continue
                found = _registration(state)
                if found is not None:
                    status, detail = found
                    statuses.append((unit.device_id, status, f"group {group_id}; {detail}"))
            done_phase = "registrations"
            what = f"DPS registrations of group {group_id}"
        token = reply.headers.get("x-ms-continuation")
        if token:
            cursor["token"] = token
        else:
            cursor.pop("token", None)
            if phase == "registrations":
                cursor["index"] = int(cursor.get("index", 0)) + 1
            else:
                cursor["phase"] = done_phase
        pager.page_done(statuses, what)


def _dps_unseen(unit: KnownUnit, group_types: set[str]) -> tuple[CloudStatus, str]:
    if unit.attestation.needs_enrollment:
        if unit.uploaded:
            return CloudStatus.UNKNOWN, "enrolled by the station but DPS holds no enrollment"
        if unit.conflict:
            return CloudStatus.OTHER_ATTESTATION, "DPS held it with another attestation"
        return CloudStatus.NOT_ENROLLED, "no individual enrollment on DPS; upload it"
    if _mechanism(unit.attestation) in group_types:
        return CloudStatus.NEVER_REGISTERED, "admitted by an enrollment group, never registered"
    return CloudStatus.NOT_ENROLLED, (
        f"DPS has no {_mechanism(unit.attestation)} enrollment group to admit it")


# -- the refresh --------------------------------------------------------------------------------


def refresh_status(
    manifest_path: Path | str,
    target: Target | str,
    *,
    credential: UploadCredential,
    endpoint: str | None = None,
    insecure: bool = False,
    progress: ProgressFn | None = None,
    sleep: SleepFn = time.sleep,
    clock: ClockFn = time.monotonic,
) -> StatusReport:
    """Read what ``target`` knows of the manifest's provisioned units and record it.

    Resumes an interrupted refresh from its last recorded page. Returns the
    report with ``stopped`` set (and the run left to resume) when the service
    stays away or refuses the credential. Raises ConfigError for a missing
    manifest or credential, PlainHttpRefused for plain http to another computer
    unless ``insecure``.
    """
    target = Target(target)
    check_credential(target, credential)
    base_url = service_url(target, credential, endpoint, insecure=insecure)
    manifest_path = Path(manifest_path)
    if not manifest_path.is_file():
        raise ConfigError(
            f"no manifest at {manifest_path}",
            hint="give the station's manifest file with --manifest",
        )
    with Manifest.open(manifest_path) as manifest:
        return refresh_book(StatusBook(manifest), target, _units(manifest, target),
                            credential=credential, base_url=base_url, progress=progress,
                            sleep=sleep, clock=clock)


def refresh_book(
    book: StatusBook,
    target: Target,
    units: dict[str, KnownUnit],
    *,
    credential: UploadCredential,
    base_url: str,
    progress: ProgressFn | None = None,
    sleep: SleepFn = time.sleep,
    clock: ClockFn = time.monotonic,
) -> StatusReport:
    """Page through what ``target`` knows of ``units`` (``known_units``) into ``book`` (a
    manifest's ``StatusBook`` or another record's), resuming the book's unfinished run;
    units the full pass did not meet are named at its end. Runs on the calling thread,
    which must own the book's connection."""
    run = book.open_run(target)
    stopped: EnrollmentError | None = None
    with service_client(credential, base_url, sleep, clock) as client:
        pager = _Pager(client, book, run, units, progress)
        try:
            if target is Target.CENTRAL:
                _refresh_central(pager)
            else:
                _refresh_dps(pager)
        except (CredentialRejected, ServiceUnavailable, EnrollmentError) as exc:
            stopped = exc
    if stopped is None:
        seen = book.seen(run)
        group_types = set((run.cursor.get("groups") or {}).values())
        unseen = [
            (unit.device_id, *(_central_unseen(unit) if target is Target.CENTRAL
                               else _dps_unseen(unit, group_types)))
            for unit in units.values()
            if unit.device_id not in seen
        ]
        book.record(run, unseen, finished=True)
    return StatusReport(
        target=target,
        units=tuple(book.records(target)),
        requests=pager.requests,
        resumed=run.resumed,
        stopped=stopped,
    )


__all__ = [
    "CONNECTED",
    "NOT_READ",
    "STATUS_GROUPS",
    "CloudStatus",
    "DpsCredential",
    "IotcCredential",
    "KnownUnit",
    "StatusBook",
    "StatusReport",
    "UnitCloudStatus",
    "central_status",
    "cloud_filter",
    "cloud_statuses",
    "first_connected",
    "known_units",
    "last_read_target",
    "refresh_book",
    "refresh_status",
    "statuses_of",
]
