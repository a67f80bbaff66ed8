"""``station manifest merge``: manifests from stations without a network (brought on a
USB stick) combined into one manifest on the QA desk.

Every source's journal is verified with its station key first. A device ID found
in two sources is one unit only when its credentials are the same in both (the
same manifest copied twice, or a merge merged again); then the more advanced
record is kept (provisioned over the rest, else the newer). With different
credentials two boards carry one ID: the merge is refused and nothing is written.
The merged manifest has its own station key; its journal starts with one keyed
baseline entry per unit, and sealed secrets are sealed again under its key.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.core.errors import ConfigError, ManifestError
from station.manifest.custody.keyref import keyref_path
from station.manifest.custody.station_keys import KeyAccess, key_for_reading, key_for_writing
from station.manifest.journal import BASELINE, append_entry, canonical, journal_key
from station.manifest.reports import verify_journal
from station.manifest.secrets import StationKey
from station.manifest.store import Manifest, now_iso

# What makes two records of one device ID the same unit's.
CREDENTIAL_FIELDS = (
    "attestation", "id_scope", "cert_thumbprint_sha1", "cert_thumbprint_sha256", "cert_pem",
    "ek_public", "key_check",
)
# An attempt is the same attempt in two sources when these agree (the process token
# is random per station process).
_ATTEMPT_IDENTITY = ("process_token", "started_at", "port", "job_id")
_JOB_FIXED = ("profile_id", "id_scope", "attestation", "dps_endpoint", "model_id")


@dataclass
class _Source:
    path: Path
    key: StationKey | None
    jobs: list[dict[str, Any]] = field(default_factory=list)
    attempts: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    secrets: dict[str, dict[str, str]] = field(default_factory=dict)
    uploads_by_unit: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass(frozen=True)
class MergeResult:
    out: Path
    sources: int
    units: int
    same_unit_twice: int  # device IDs found in more than one source with equal credentials
    key_id: str


def _rows(conn: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    cursor = conn.execute(sql)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _read_source(path: Path, access: KeyAccess) -> _Source:
    if not path.is_file():
        raise ConfigError(f"there is no manifest at {path}", hint="check the file names given")
    key = key_for_reading(path, access)
    with Manifest.open(path, key, read_only=True) as manifest:
        manifest.check_integrity()
        report = verify_journal(manifest)
        if not report.ok:
            first = report.describe().splitlines()
            raise ManifestError(
                f"{path}: {first[1].strip() if len(first) > 1 else first[0]}; merge refused",
                hint=f"look into it first: station manifest verify --manifest {path}",
            )
        conn = manifest.db.conn
        source = _Source(path, key)
        source.jobs = _rows(conn, "SELECT * FROM jobs")
        source.attempts = _rows(conn, "SELECT * FROM attempts ORDER BY id")
        source.events = _rows(conn, "SELECT * FROM events ORDER BY id")
        source.units = _rows(conn, "SELECT * FROM units ORDER BY id")
        for upload in _rows(conn, "SELECT * FROM uploads"):
            source.uploads_by_unit.setdefault(upload["device_id"], []).append(upload)
        for unit in source.units:
            if unit["secret_ciphertext"] is not None:
                source.secrets[unit["device_id"]] = manifest.unit_secrets(unit["device_id"])
    return source


def _credentials(source: _Source, unit: dict[str, Any]) -> tuple[str, ...]:
    kept = canonical(source.secrets.get(unit["device_id"], {}))
    return (*(str(unit[name] or "") for name in CREDENTIAL_FIELDS), kept)


def _differing(a: tuple[str, ...], b: tuple[str, ...]) -> str:
    names = (*CREDENTIAL_FIELDS, "kept keys")
    return ", ".join(name for name, x, y in zip(names, a, b, strict=True) if x != y)


def _choose_units(sources: list[_Source]) -> tuple[dict[str, tuple[_Source, dict]], int]:
    """Each device ID's record to keep, and how many were found twice with equal
    credentials. Raises ManifestError on a device ID with different credentials."""
    chosen: dict[str, tuple[_Source, dict[str, Any]]] = {}
    twice = 0
    for source in sources:
        for unit in source.units:
            device_id = unit["device_id"]
            if device_id not in chosen:
                chosen[device_id] = (source, unit)
                continue
            other_source, other = chosen[device_id]
            mine, theirs = _credentials(source, unit), _credentials(other_source, other)
            if mine != theirs:
                raise ManifestError(
                    f"device ID {device_id} is in {other_source.path.name} and "
                    f"{source.path.name} with different credentials ({_differing(theirs, mine)}):"
                    " two boards carry one ID; merge refused, nothing written",
                    hint="set both boards aside for an engineer; leave one of the two "
                    "manifests out to merge the others",
                )
            twice += 1
            if _rank(unit) > _rank(other):
                chosen[device_id] = (source, unit)
    return chosen, twice


def _rank(unit: dict[str, Any]) -> tuple[bool, str]:
    return unit["status"] == "provisioned", str(unit["updated_at"])


def _check_jobs(sources: list[_Source]) -> dict[str, dict[str, Any]]:
    jobs: dict[str, dict[str, Any]] = {}
    for source in sources:
        for job in source.jobs:
            known = jobs.setdefault(job["job_id"], job)
            changed = [name for name in _JOB_FIXED if known[name] != job[name]]
            if changed:
                raise ManifestError(
                    f"job {job['job_id']} is in two manifests with a different "
                    f"{', '.join(changed)}; merge refused, nothing written",
                    hint="merge the manifests of that job apart from each other",
                )
    return jobs


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    names = list(row)
    cursor = conn.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        [row[name] for name in names],
    )
    return int(cursor.lastrowid or 0)


def _write(out: Manifest, sources: list[_Source], chosen: dict, jobs: dict) -> None:
    conn = out.db.conn
    assert out.station_key is not None
    key = journal_key(out.station_key)
    now = now_iso()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for job in jobs.values():
            _insert(conn, "jobs", job)
        attempt_ids: dict[tuple[int, int], int] = {}  # (source, old id) -> new id
        seen: dict[tuple[Any, ...], int] = {}
        for index, source in enumerate(sources):
            events: dict[int, list[dict[str, Any]]] = {}
            for event in source.events:
                events.setdefault(event["attempt_id"], []).append(event)
            for attempt in source.attempts:
                identity = tuple(attempt[name] for name in _ATTEMPT_IDENTITY)
                if identity in seen:
                    attempt_ids[(index, attempt["id"])] = seen[identity]
                    continue
                new_id = _insert(conn, "attempts", {k: v for k, v in attempt.items() if k != "id"})
                seen[identity] = attempt_ids[(index, attempt["id"])] = new_id
                for event in events.get(attempt["id"], []):
                    _insert(conn, "events", {**{k: v for k, v in event.items() if k != "id"},
                                             "attempt_id": new_id})
        index_of = {id(source): index for index, source in enumerate(sources)}
        for device_id, (source, unit) in chosen.items():
            row = {k: v for k, v in unit.items() if k != "id"}
            row["last_attempt_id"] = attempt_ids[(index_of[id(source)], unit["last_attempt_id"])]
            kept = source.secrets.get(device_id)
            if kept is not None:  # sealed again: only the merged manifest's key opens it
                row["secret_ciphertext"] = out.station_key.seal(device_id, kept)
            _insert(conn, "units", row)
            for target_upload in source.uploads_by_unit.get(device_id, []):
                _insert(conn, "uploads", target_upload)
            append_entry(conn, key, BASELINE, device_id, row["last_attempt_id"], now)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def merge_manifests(
    paths: list[Path], out: Path, access: KeyAccess | None = None
) -> MergeResult:
    """Merge the manifests at ``paths`` into a new manifest ``out``.

    Everything is read and checked before ``out`` is made; when anything is
    refused nothing is written. Raises ConfigError or ManifestError, one line each.
    """
    access = access or KeyAccess()
    if len(paths) < 1:
        raise ConfigError("no manifest to merge", hint="give one or more manifest files")
    if out.exists() or keyref_path(out).exists():
        raise ConfigError(f"{out} already exists", hint="choose a new file for the merged manifest")
    resolved = [path.resolve() for path in paths]
    if len(set(resolved)) != len(resolved):
        raise ConfigError("a manifest is named twice", hint="give each manifest file once")
    sources = [_read_source(path, access) for path in paths]
    jobs = _check_jobs(sources)
    chosen, twice = _choose_units(sources)
    made = [out, *(out.with_name(out.name + end) for end in ("-wal", "-shm")), keyref_path(out)]
    try:
        key = key_for_writing(out, access)
        with Manifest.open(out, key) as merged:
            _write(merged, sources, chosen, jobs)
    except BaseException:
        for path in made:
            path.unlink(missing_ok=True)
        raise
    return MergeResult(out, len(sources), len(chosen), twice, key.key_id)
