"""Journal heads this PC noted: every export, upload and verify records the head it
printed, signed with the station key, so a later verify checks them all.

The record is kept in the station's data folder under the key's id, not in the
manifest's folder: whoever rewrites or cuts back a manifest does not reach it,
and a record copied elsewhere cannot be extended without the station key (an
unsigned or wrongly signed head is ignored). One JSON line per head.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from station.core.locations import data_dir
from station.manifest.journal import Anchor
from station.manifest.secrets import StationKey

log = logging.getLogger("station.manifest")

# Heads kept per key: a shift's exports and verifies for years, read in well under a second.
MAX_RECORDED = 100_000


def anchors_file(key_id: str) -> Path:
    return data_dir() / "anchors" / f"{key_id}.jsonl"


def record_anchor(key: StationKey, anchor: Anchor, purpose: str) -> None:
    """Append ``anchor`` (signed with ``key``) with what it was noted for.

    A head that cannot be recorded (a full or read-only disk) is reported and
    skipped: the printed head still stands, and the work it follows is done.
    """
    signed = anchor.signed(key)
    line = json.dumps(
        {"at": datetime.now(UTC).isoformat(timespec="seconds"), "for": purpose,
         "head": str(signed)}
    )
    path = anchors_file(key.key_id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode() + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        log.warning("could not record the journal head %s in %s: %s", signed, path, exc.strerror)


def recorded_anchors(key_id: str) -> list[Anchor]:
    """The heads recorded for ``key_id`` on this PC; lines that do not read are skipped."""
    path = anchors_file(key_id)
    found: list[Anchor] = []
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if len(found) >= MAX_RECORDED:
                    break
                try:
                    found.append(Anchor.parse(str(json.loads(line)["head"])))
                except Exception:  # a torn last line after a power cut, or noise
                    continue
    except OSError:
        return []
    return found
