"""What `station manifest summary` and `verify` report: units, yield, the journal's verdict."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from station.core.errors import ConfigError
from station.core.locations import default_manifest, demo_dir
from station.manifest.anchors import record_anchor, recorded_anchors
from station.manifest.custody.station_keys import key_for_reading
from station.manifest.exports import export
from station.manifest.journal import Anchor, JournalReport, journal_head, verify
from station.manifest.store import Manifest, read_error


def open_existing(path: Path | None) -> Manifest:
    """Open a manifest that must already exist, read-only, with its station key when
    there is one. Reports write nothing, so a read-only share or backup medium will do."""
    path = path or default_manifest()
    if not path.exists():
        raise ConfigError(
            f"there is no manifest at {path}",
            hint="provision a unit first, or pass --manifest PATH (the demo keeps its own: "
            f"{demo_dir() / 'manifest.sqlite'})",
        )
    return Manifest.open(path, key_for_reading(path), read_only=True)


@contextmanager
def reading(path: Path | None) -> Iterator[Manifest]:
    """``open_existing``, with a query that fails on the file made one clear error."""
    with open_existing(path) as manifest:
        try:
            yield manifest
        except sqlite3.DatabaseError as exc:
            raise read_error(exc, manifest.path) from exc


def export_manifest(
    path: Path | None,
    format_name: str,
    out: Path,
    *,
    group_key_b64: str = "",
    job_id: str | None = None,
) -> int:
    """Export the manifest at ``path`` (default: the station's); returns the rows written.

    ``group_key_b64`` derives the device keys of ``sas-group`` units (see ``export``);
    ``job_id`` limits the export to one job's units.
    """
    with reading(path) as manifest:
        manifest.use_group_key(group_key_b64)
        return export(manifest, format_name, out, job_id=job_id)


def journal_head_of(path: Path | None, purpose: str = "") -> Anchor | None:
    """The journal's head now, signed with the station key when this PC holds it, as
    ``verify --since`` takes it (None: no entry yet). With ``purpose`` (what the head
    follows: an export, an upload, a verify) it is also recorded on this PC."""
    with reading(path) as manifest:
        return noted_head(manifest, purpose)


def noted_head(manifest: Manifest, purpose: str = "") -> Anchor | None:
    head = journal_head(manifest.db.conn)
    key = manifest.station_key
    if head is None or key is None:
        return head
    if purpose:
        record_anchor(key, head, purpose)
    return head.signed(key)


def head_note(head: Anchor | None) -> str:
    """The line that shows a journal head to note down after an export or upload."""
    if head is None:
        return "journal head: none yet (no unit recorded)"
    return (
        f"journal head: {head} (note it outside the station; "
        f"station manifest verify --since {head} proves later that nothing before it changed)"
    )


def describe_manifest(path: Path | None) -> str:
    with reading(path) as manifest:
        summary = manifest.yield_summary()
        interrupted = manifest.interrupted_units()
        lines = [f"Manifest {manifest.path} (schema {manifest.schema_version})"]
        for status in ("provisioned", "pending", "failed"):
            lines.append(f"  {status:<12} {summary.units_by_status.get(status, 0):>8} units")
        lines.append(
            f"  attempts: {summary.attempts_provisioned} passed, {summary.attempts_failed} failed, "
            f"{summary.attempts_running} never ended; yield {summary.attempt_yield:.1%}"
        )
        if interrupted:
            lines.append(
                "Units left pending by an interrupted station (their boards may hold data):"
            )
            lines += [f"  {unit.device_id} on {unit.port}" for unit in interrupted]
        if summary.top_failures:
            lines.append("Top failure reasons:")
            lines += [
                f"  {failure.count:>5} × {failure.stage}: {failure.reason}"
                for failure in summary.top_failures
            ]
        return "\n".join(lines)


def verify_journal(manifest: Manifest, since: Anchor | None = None) -> JournalReport:
    """Check the manifest's journal chain and every unit's row against its last entry.

    Keyed entries are checked with the manifest's station key, and so are the heads
    this PC recorded for it; raises ManifestError when the journal is keyed and the
    manifest has none. A sound journal's head is recorded.
    """
    key = manifest.station_key
    recorded = recorded_anchors(key.key_id) if key is not None else []
    report = verify(manifest.db.conn, key, since, recorded)
    if report.ok and key is not None and report.head is not None:
        record_anchor(key, report.head, "verify")
        report = replace(report, head_tag=report.head.signed(key).tag)
    return report


def verify_manifest(path: Path | None, since: Anchor | None = None) -> JournalReport:
    """``verify_journal`` on the manifest at ``path`` (default: the station's) and its key;
    with ``since``, also that it still holds that head noted earlier.

    SQLite checks the whole file first: raises DamagedManifestError when it is damaged,
    since a journal read from damaged pages proves nothing.
    """
    with reading(path) as manifest:
        manifest.check_integrity()
        return verify_journal(manifest, since)
