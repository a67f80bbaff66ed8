"""Exports of the line record, written by PostgreSQL itself.

The server computes every cell (escaped as ``station.manifest.exports`` escapes
it, PEM cells with their label line) and sends the CSV with ``COPY … TO STDOUT``;
the station only writes what arrives. So an export of a million units costs the
station no Python per cell. The file is the audit file a manifest gives, column
for column, with every station's units in the order they were first recorded.
``secrets_kept`` is empty: the line holds no secrets, nor knows which a station keeps.
The cloud columns are the line's own reading (``station cloud status --line``, kept in
``line_cloud_status``), empty for a unit the line never read.
"""

from __future__ import annotations

import csv
import io
import queue
import threading
from pathlib import Path
from typing import Any

from typing_extensions import Unpack

from station.core.errors import ConfigError
from station.core.private_files import private_output
from station.line.connection import LineConnector, psycopg_module, unreachable
from station.line.outbox import PEM_COLUMNS
from station.line.pg_schema import (
    FORMULA_CELL_COLUMNS,
    LATER_UNIT_FACTS,
    LINE_UNIT_COLUMNS,
    apply_line_migrations,
)
from station.line.queries import LineFilters, line_where
from station.manifest.exports import (
    AUDIT_CLOUD_COLUMNS,
    AUDIT_FILE_HEADER,
    AUDIT_PEM_COLUMNS,
    PEM_CELL_LABEL,
    escaped_sql,
    sql_text,
)
from station.manifest.facts import UNIT_FACTS

LINE_EXPORT_FORMATS = ("audit",)

# The audit columns the line record holds (every other cell is empty).
LINE_AUDIT_COLUMNS = frozenset((*LINE_UNIT_COLUMNS, *LATER_UNIT_FACTS, *PEM_COLUMNS,
                                "updated_at"))
_ROWS_PER_WRITE = 4096


def _audit_cells() -> str:
    """The audit's cells as PostgreSQL computes them. An empty cell is NULL, which COPY
    writes as nothing (an empty string it would quote, and the csv module does not).
    A unit's cells are tested for formulas only when ``formula_cells`` says one is."""
    flagged = set(FORMULA_CELL_COLUMNS)
    cells = []
    for fact in UNIT_FACTS:
        if fact.name not in LINE_AUDIT_COLUMNS:
            cells.append("NULL")
            continue
        value = f"{fact.name}::text"
        plain = f"NULLIF({value}, '')"
        cell = escaped_sql(value, first_code="ascii", plain=plain)
        if fact.name in AUDIT_PEM_COLUMNS:
            label = sql_text(f"{PEM_CELL_LABEL}\n")
            cell = f"CASE WHEN {fact.name}_blocks THEN {label} || {value} ELSE {cell} END"
        elif fact.name in flagged:
            cell = f"CASE WHEN formula_cells THEN {cell} ELSE {plain} END"
        cells.append(cell)
    for name in AUDIT_CLOUD_COLUMNS:
        value = f"cloud.{name}"
        cells.append(escaped_sql(value, first_code="ascii", plain=f"NULLIF({value}, '')"))
    return ", ".join(cells)


_AUDIT_CELLS = _audit_cells()

# A unit's latest reading of either service, ties to the target that sorts first, as the
# manifest's audit takes it (bytewise order, as SQLite compares). A lookup per unit in
# the primary key keeps the units' index order, which a hash join would lose to a sort.
_LATEST_CLOUD = (
    "LEFT JOIN LATERAL (SELECT target AS cloud_target, status AS cloud_status, "
    "detail AS cloud_detail, read_at AS cloud_read_at FROM line_cloud_status c "
    "WHERE c.device_id = units.device_id "
    'ORDER BY c.read_at COLLATE "C" DESC, c.target COLLATE "C" LIMIT 1) AS cloud ON true'
)
# A line never read has nothing to join: its cloud cells are empty, at no cost per row.
_NO_CLOUD = (
    "CROSS JOIN (SELECT NULL::text AS cloud_target, NULL::text AS cloud_status, "
    "NULL::text AS cloud_detail, NULL::text AS cloud_read_at) AS cloud"
)


def _header() -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerow(AUDIT_FILE_HEADER)
    return text.getvalue().encode("utf-8")


class _FileWriter:
    """Writes blocks to a binary file on a thread of its own, so that writing the file
    overlaps the rows' arrival; an error in writing is raised in the reading thread."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._blocks: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="line-export-file", daemon=True)

    def __enter__(self) -> _FileWriter:
        self._thread.start()
        return self

    def write(self, block: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._blocks.put(block)

    def _run(self) -> None:
        while (block := self._blocks.get()) is not None:
            if self._error is None:  # after a failure, only drained
                try:
                    self._raw.write(block)
                except BaseException as exc:
                    self._error = exc

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self._blocks.put(None)
        self._thread.join()
        if kind is None and self._error is not None:
            raise self._error


def copy_audit(pg: Any, raw: Any, **filters: Unpack[LineFilters]) -> int:
    """Write the audit of the line's units that ``filters`` select to the binary file
    ``raw``; returns the rows written. Raises psycopg's errors, and the file's."""
    where, params = line_where(filters)
    pg.execute("SET client_encoding = 'UTF8'")  # the audit file is UTF-8, whatever the server's
    # Compiling the cells' expressions costs seconds and saves less than it costs here.
    pg.execute("SET jit = off")
    read = pg.execute("SELECT EXISTS (SELECT 1 FROM line_cloud_status)").fetchone()[0]
    count = 0
    pending: list[Any] = []
    with _FileWriter(raw) as out, pg.cursor() as cur, cur.copy(
        f"COPY (SELECT {_AUDIT_CELLS} FROM units {_LATEST_CLOUD if read else _NO_CLOUD} "
        f"WHERE {where} "
        "ORDER BY created_at, station, device_id) TO STDOUT (FORMAT csv)",
        params,
    ) as copy:
        out.write(_header())
        # COPY sends one row per message, ended by "\n"; the audit's rows end in "\r\n"
        # (line breaks inside a quoted PEM cell stay as they are).
        for row in copy:
            pending.append(row[:-1])
            if len(pending) == _ROWS_PER_WRITE:
                out.write(b"\r\n".join(pending) + b"\r\n")
                count += len(pending)
                pending = []
        if pending:
            out.write(b"\r\n".join(pending) + b"\r\n")
            count += len(pending)
    return count


def export_line(
    connector: LineConnector, format: str, out_path: Path, **filters: Unpack[LineFilters]
) -> int:
    """Write the line's units that ``filters`` select to ``out_path`` in ``format``
    (``audit``); returns the rows written. The file appears whole or not at all.
    Raises ConfigError for a format the line cannot give, LineError when the line
    database is out of reach."""
    if format not in LINE_EXPORT_FORMATS:
        raise ConfigError(
            f"the line record cannot give a {format} export",
            hint=f"choose {', '.join(LINE_EXPORT_FORMATS)}; exports with device keys come "
            "from a station's manifest (station manifest export)",
        )
    out_path = Path(out_path)
    if out_path.is_dir():
        raise ConfigError(f"{out_path} is a folder, not a file",
                          hint=f"give a file name, e.g. {out_path / 'line-audit.csv'}")
    if not out_path.parent.is_dir():
        raise ConfigError(
            f"cannot write the export to {out_path}: the folder {out_path.parent} does not exist",
            hint="choose a folder that exists and that you may write to",
        )
    psycopg = psycopg_module()
    try:
        with connector.connect() as pg:
            apply_line_migrations(pg)
            with private_output(out_path, secret=False) as raw:
                return copy_audit(pg, raw, **filters)
    except psycopg.Error as exc:
        raise unreachable(connector.config.url, exc) from None
