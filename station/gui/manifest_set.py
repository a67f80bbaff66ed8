"""The manifests the QA view shows: each one opened, and their units read as one list.

No Qt here. Every connection is opened on the GUI thread and used there; the
work that writes (uploads, status refreshes, exports) opens its own on its thread.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from station.core.errors import StationError
from station.manifest import Manifest, StationKey, UnitRecord
from station.manifest.custody import RESTORE_HINT, KeyNotHere
from station.manifest.custody.station_keys import KeyAccess, key_for_reading
from station.manifest.records import UnitFilters

# A kept unit: which of the shown manifests it came from, and its record.
Row = tuple[int, UnitRecord]


@dataclass
class ShownManifest:
    """One manifest in the QA view.

    ``writable`` only for the running job's manifest: anything opened by QA is
    opened read-only and never written from the window (exports and uploads open
    their own connection). ``key_note`` says why the station key is missing, and
    how to restore it, when it could not be had; the units can be browsed anyway.
    """

    path: Path
    manifest: Manifest
    key: StationKey | None
    writable: bool = False
    key_note: str = ""
    label: str = ""

    def close(self) -> None:
        self.manifest.close()


def describe_error(exc: StationError) -> str:
    """A StationError as the one line the window shows."""
    return f"{exc.message} — {exc.hint}" if exc.hint else exc.message


def key_problem(exc: StationError, path: Path) -> str:
    """The line for a station key that could not be had; the restore command it names
    is given this manifest's path, so it can be typed as it stands."""
    line = describe_error(exc)
    if isinstance(exc, KeyNotHere) and exc.hint.endswith(RESTORE_HINT):
        line += f" --manifest {path}"
    return line


def open_for_reading(path: Path, access: KeyAccess) -> ShownManifest:
    """Open ``path`` read-only with its station key when this PC holds it.

    A key that is elsewhere (another PC's TPM or secret store, a locked store)
    leaves the manifest open without it and says why in ``key_note``. Raises
    StationError when the file is not a manifest that can be read.
    """
    path = Path(path).resolve()
    key_note = ""
    try:
        key = key_for_reading(path, access)
    except StationError as exc:
        key = None
        key_note = key_problem(exc, path)
    manifest = Manifest.open(path, key, read_only=True)
    return ShownManifest(path, manifest, key, writable=False, key_note=key_note)


def short_labels(paths: Sequence[Path]) -> list[str]:
    """A short, distinct name for each manifest: its file name without suffix, with as
    many parent folders as it takes to tell equal names apart (stations all name
    their file ``manifest.sqlite``)."""
    labels = []
    for path in paths:
        label = path.stem
        for depth in range(len(path.parent.parts) + 1):
            label = _tail(path, depth)
            if all(_tail(other, depth) != label for other in paths if other != path):
                break
        labels.append(label)
    return labels


def _tail(path: Path, depth: int) -> str:
    folders = path.parent.parts
    return "/".join([*folders[len(folders) - depth:], path.stem])


# -- the units of several manifests as one list ------------------------------------------


class _Pages:
    """One manifest's units matching the filters, newest first, read a page at a time."""

    def __init__(self, manifest: Manifest, filters: UnitFilters) -> None:
        self.manifest = manifest
        self.filters = filters
        self.total = manifest.count_units(**filters)
        self.read = 0

    def next(self, limit: int) -> list[UnitRecord]:
        limit = min(limit, self.total - self.read)
        if limit <= 0:
            return []
        page = self.manifest.units(**self.filters, limit=limit, offset=self.read,
                                   newest_first=True)
        self.read += len(page)
        if not page:
            self.total = self.read  # units were removed under us; stop asking
        return page


@dataclass
class _Head:
    source: int
    buffer: list[UnitRecord] = field(default_factory=list)


class MergedUnits:
    """The units of several manifests that match ``filters``, newest first across all of
    them, read a page at a time: each manifest is counted and paged by its own queries.
    Runs on the thread that opened the manifests.
    """

    def __init__(self, manifests: Sequence[Manifest], filters: UnitFilters) -> None:
        self._sources = [_Pages(manifest, filters) for manifest in manifests]
        self._heads = [_Head(index) for index in range(len(self._sources))]
        self.delivered = 0

    @property
    def total(self) -> int:
        return sum(source.total for source in self._sources)

    def next_page(self, limit: int) -> list[Row]:
        """Up to ``limit`` more units, newest first: each manifest is read ahead only as
        far as this page can need."""
        for head in self._heads:
            if len(head.buffer) < limit:
                head.buffer += self._sources[head.source].next(limit - len(head.buffer))
        page = list(self._merge(limit))
        self.delivered += len(page)
        return page

    def _merge(self, limit: int) -> Iterator[Row]:
        # Each buffer is newest first; the merge takes the newest head each time.
        positions = [0] * len(self._heads)
        queue = [(_newest_first(head.buffer[0]), head.source) for head in self._heads
                 if head.buffer]
        heapq.heapify(queue)
        taken = 0
        while queue and taken < limit:
            _, source = heapq.heappop(queue)
            head = self._heads[source]
            yield source, head.buffer[positions[source]]
            positions[source] += 1
            taken += 1
            if positions[source] < len(head.buffer):
                heapq.heappush(queue, (_newest_first(head.buffer[positions[source]]), source))
        for head in self._heads:
            del head.buffer[:positions[head.source]]


def _newest_first(unit: UnitRecord) -> float:
    """The heap's key: the newer the unit, the smaller."""
    return -dt.datetime.fromisoformat(unit.created_at).timestamp()
