"""Exports of the manifest: IoT Central's CSVs and the QA audit file.

Every format is an ``ExportFormat``, found by name in the ``EXPORTS`` registry
(``station.core.registries``): the station's own are declared below and in
``station.enrollment.dps_export``, a plugin's through the ``station.exports``
entry point group.
Cells a spreadsheet would run as a formula are escaped, except base64 keys in
the columns a format names as key columns, and PEM certificates, which get a
line of RFC 7468 explanatory text before them instead (see ``pem_cell``). A
file is written beside its destination and moved into place only when
complete; a file that holds device keys in clear is readable by its owner
only, and ``ExportResult.holds_keys`` tells its maker to warn. A file without
keys (an audit, or an IoT Central list of X.509 units) gets the usual permissions.
The audit ends with each unit's last-read cloud status (``AUDIT_CLOUD_COLUMNS``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from typing_extensions import Unpack

from station.core.errors import ConfigError
from station.core.models import Attestation, UnitStatus
from station.core.private_files import private_output
from station.core.registries import EXPORTS
from station.credentials.certificates import thumbprint_sha1_of
from station.credentials.modes import attestation_mode
from station.manifest.facts import UNIT_FACTS
from station.manifest.queries import unit_where
from station.manifest.records import UNIT_RECORD_FIELDS, UnitFilters, UnitRecord
from station.manifest.store import Manifest

# What a spreadsheet takes as the start of a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

WriteFn = Callable[[Manifest, Iterable[UnitRecord], TextIO], int]
SelectedWriteFn = Callable[[Manifest, UnitFilters, TextIO], int]
RowFn = Callable[[Manifest, UnitRecord], Sequence[object]]
KeysFn = Callable[[UnitRecord], bool]


@dataclass(frozen=True)
class ExportFormat:
    """One kind of export file.

    ``holds_keys`` tells whether a unit's entry in the file holds device keys in
    clear (None: the format never holds any); a file is private, and its maker
    warns, only when one of its units' entries does. ``carries_secrets`` (a
    format that may hold keys) tells the GUI to caution before writing and to
    hand over the group key. ``provisioned_only`` limits it to units that are on
    their boards for good. ``write`` puts the given units into an open text file
    and returns the rows written. ``write_selected``, for a format without keys,
    writes exactly what ``write`` would of the units the filters select, straight
    from the manifest's query (no record made per unit): the export takes it when given.
    """

    name: str
    description: str
    write: WriteFn
    holds_keys: KeysFn | None = None
    provisioned_only: bool = False
    suffix: str = ".csv"
    write_selected: SelectedWriteFn | None = None

    @property
    def carries_secrets(self) -> bool:
        """True when a file of this format may hold device keys in clear."""
        return self.holds_keys is not None


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: its rows, and whether it holds device keys in clear (then
    it is readable by its owner only, and whoever made it should say so)."""

    rows: int
    holds_keys: bool = False


class _KeyWatch:
    """Hands the units on to a format's writer, noting whether any of them brings keys."""

    def __init__(self, units: Iterable[UnitRecord], holds_keys: KeysFn | None) -> None:
        self._units = units
        self._holds_keys = holds_keys
        self.seen = False

    def __iter__(self) -> Iterator[UnitRecord]:
        for unit in self._units:
            if not self.seen and self._holds_keys is not None and self._holds_keys(unit):
                self.seen = True
            yield unit


def export_format(name: str) -> ExportFormat:
    """The export format called ``name``. Raises ConfigError when this station has none."""
    found: ExportFormat = EXPORTS.get(name, ExportFormat)
    return found


def export_formats() -> dict[str, ExportFormat]:
    """Every export format this station has, by name, its own first."""
    return {name: export_format(name) for name in EXPORTS.names()}


# A base64 key such as "+AbC/k==" starts like a formula; quoting it would corrupt
# one key in 64. Text of this shape can still be a formula ("+A1+A2+A3+A4+A5+A6"),
# so the exemption holds only in columns that hold keys the station made.
_BASE64_KEY = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")


def escape_cell(value: object, *, key: bool = False) -> str:
    """The cell's text, with a leading quote when a spreadsheet would run it as a formula.

    In a ``key`` column a base64 key is left as it is; anywhere else, text of
    the same shape is quoted like any other formula.
    """
    text = "" if value is None else str(value)
    if not text.startswith(FORMULA_STARTS):
        return text
    if key and _BASE64_KEY.fullmatch(text):
        return text
    return "'" + text


# One or more whole PEM blocks (RFC 7468 strict form) and nothing else. PostgreSQL's
# regular expressions read the same pattern, so the line's exports match it there.
PEM_BLOCKS_PATTERN = (
    r"(?:-----BEGIN ([A-Z0-9 ]+)-----\r?\n[A-Za-z0-9+/=\r\n]+-----END \1-----(?:\r?\n)?)+"
)
_PEM_BLOCKS = re.compile(PEM_BLOCKS_PATTERN)
# What a PEM cell starts with. A spreadsheet takes a cell that starts with "-" for a
# formula, and the usual leading quote would break the "-----BEGIN" line that PEM
# parsers (OpenSSL, mbedTLS) look for. RFC 7468 lets explanatory text precede the
# block, so this line neutralises the cell and the PEM below it stays valid.
PEM_CELL_LABEL = "PEM certificate:"


def pem_cell(value: object) -> str:
    """A cell for a PEM certificate: ``PEM_CELL_LABEL``, a line break, then the PEM as it is.

    Any PEM parser that skips explanatory text (OpenSSL, Python's cryptography, Go's
    pem.Decode, mbedTLS) reads the cell as it is; a script that wants the bare PEM
    takes the cell from its first "-----BEGIN" on. Anything that is not whole PEM
    blocks is escaped like any other cell.
    """
    text = "" if value is None else str(value)
    if text and _PEM_BLOCKS.fullmatch(text):
        return f"{PEM_CELL_LABEL}\n{text}"
    return escape_cell(text)


def csv_writer(
    header: Sequence[str],
    row: RowFn,
    key_columns: frozenset[str] = frozenset(),
    pem_columns: frozenset[str] = frozenset(),
) -> WriteFn:
    """A ``write`` function for a CSV format: the header, then ``row`` for each unit.

    ``key_columns`` name the header's columns that hold base64 keys (see
    ``escape_cell``), ``pem_columns`` those that hold PEM certificates (see ``pem_cell``).
    """
    unknown = (key_columns | pem_columns) - set(header)
    if unknown:
        raise ValueError(f"columns {sorted(unknown)} are not in the header")
    cell_fns: list[Callable[[object], str]] = [
        pem_cell if name in pem_columns
        else (_escape_key_cell if name in key_columns else escape_cell)
        for name in header
    ]

    def write(manifest: Manifest, units: Iterable[UnitRecord], out: TextIO) -> int:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        count = 0
        for unit in units:
            cells = row(manifest, unit)
            writer.writerow([fn(c) for c, fn in zip(cells, cell_fns, strict=True)])
            count += 1
        return count

    return write


def _escape_key_cell(value: object) -> str:
    return escape_cell(value, key=True)


def export(
    manifest: Manifest,
    format: str,
    out_path: Path,
    **filters: Unpack[UnitFilters],
) -> int:
    """``write_export``, returning the rows written."""
    return write_export(manifest, format, out_path, **filters).rows


def write_export(
    manifest: Manifest,
    format: str,
    out_path: Path,
    **filters: Unpack[UnitFilters],
) -> ExportResult:
    """Write the units matching the filters to ``out_path`` in ``format``.

    Formats marked ``provisioned_only`` take provisioned units whatever ``status``
    says otherwise. ``sas-group`` device keys are derived again from the group key
    given to ``manifest.use_group_key``; without it, or with a group key the
    unit's job did not use, an export that needs them fails and writes no file.
    The file is mode 0600 when it holds device keys (``ExportResult.holds_keys``),
    else it gets the usual permissions. Runs on the thread that owns ``manifest``.
    """
    chosen = export_format(format)
    if Path(out_path).is_dir():
        raise ConfigError(
            f"{out_path} is a folder, not a file",
            hint=f"give a file name, e.g. {Path(out_path) / ('units' + chosen.suffix)}",
        )
    if chosen.provisioned_only:
        status = filters.get("status")
        if status is not None and str(status) != UnitStatus.PROVISIONED:
            raise ConfigError(
                f"the {format} export holds provisioned units only, not {status} ones",
                hint="leave the status filter out, or use the audit export",
            )
        filters["status"] = UnitStatus.PROVISIONED
    if not Path(out_path).parent.is_dir():
        raise ConfigError(
            f"cannot write the export to {out_path}: the folder {Path(out_path).parent} "
            "does not exist",
            hint="choose a folder that exists and that you may write to",
        )
    units = _KeyWatch(manifest.iter_units(**filters), chosen.holds_keys)
    selected = chosen.write_selected if chosen.holds_keys is None else None
    # Written whole or not at all; a killed export leaves no partial file, and no key
    # under a temporary name (private_output). Private until complete; then private
    # only when a unit brought its keys into it.
    with private_output(Path(out_path), secret=lambda: units.seen) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        try:
            if selected is not None:
                count = selected(manifest, filters, out)
            else:
                count = chosen.write(manifest, units, out)
            out.flush()
        finally:
            out.detach()  # the file itself is private_output's to finish or discard
    return ExportResult(rows=count, holds_keys=units.seen)


# -- IoT Central --------------------------------------------------------------

IOTC_IMPORT_HEADER = ("IOTC_DeviceID", "IOTC_DeviceName")
IOTC_EXPORT_HEADER = (
    "IOTC_DEVICEID",
    "IOTC_DEVICENAME",
    "IOTC_SASKEY_PRIMARY",
    "IOTC_SASKEY_SECONDARY",
    "IOTC_X509THUMBPRINT_PRIMARY",
    "IOTC_X509THUMBPRINT_SECONDARY",
)
IOTC_EXPORT_KEY_COLUMNS = frozenset({"IOTC_SASKEY_PRIMARY", "IOTC_SASKEY_SECONDARY"})


def _iotc_import_row(manifest: Manifest, unit: UnitRecord) -> Sequence[object]:
    return (unit.device_id, unit.device_id)


def _has_device_keys(unit: UnitRecord) -> bool:
    """True when the unit has SAS keys to export: sealed ones, or ``sas-group`` ones."""
    return unit.has_secrets or attestation_mode(unit.attestation).keys_from_group_key


def _device_keys(manifest: Manifest, unit: UnitRecord) -> dict[str, str]:
    """The unit's SAS keys: sealed ones opened, ``sas-group`` ones derived again (the
    manifest needs the group key for those: ``Manifest.use_group_key``)."""
    if _has_device_keys(unit):
        return manifest.unit_secrets(unit.device_id)
    return {}


def _iotc_export_row(manifest: Manifest, unit: UnitRecord) -> Sequence[object]:
    # A device without its key is useless to IoT Central: a key that cannot be had
    # fails the whole export (and leaves no file) rather than leave the cell empty.
    secrets = _device_keys(manifest, unit)
    is_x509 = Attestation(unit.attestation).is_x509
    thumbprint = unit.cert_thumbprint_sha1 if is_x509 else ""
    secondary = (
        thumbprint_sha1_of(unit.cert_pem_secondary) if is_x509 and unit.cert_pem_secondary else ""
    )
    return (
        unit.device_id,
        unit.device_id,
        secrets.get("sas_primary", ""),
        secrets.get("sas_secondary", ""),
        thumbprint,
        secondary,
    )


IOTC_IMPORT = ExportFormat(
    name="iotc-import",
    description="IoT Central device import: device IDs and names",
    write=csv_writer(IOTC_IMPORT_HEADER, _iotc_import_row),
    provisioned_only=True,
)
IOTC_EXPORT = ExportFormat(
    name="iotc-export",
    description="IoT Central device list with SAS keys and X.509 thumbprints",
    write=csv_writer(IOTC_EXPORT_HEADER, _iotc_export_row, IOTC_EXPORT_KEY_COLUMNS),
    holds_keys=_has_device_keys,
    provisioned_only=True,
)


# -- audit --------------------------------------------------------------------

# The unit's own columns (what a line record's audit holds too).
AUDIT_HEADER = tuple(
    "secrets_kept" if name == "has_secrets" else name for name in UNIT_RECORD_FIELDS
)
# Then what the service last said of the unit (``station cloud status``): which service,
# its status, the detail and when it was read (stored UTC). Of a unit read from both
# services, the later reading; empty cells for a unit never read.
AUDIT_CLOUD_COLUMNS = ("cloud_target", "cloud_status", "cloud_detail", "cloud_read_at")
AUDIT_FILE_HEADER = (*AUDIT_HEADER, *AUDIT_CLOUD_COLUMNS)

# One row per unit: its latest reading (ties go to the target that sorts first).
LATEST_CLOUD = (
    "SELECT c.device_id AS cloud_unit, c.target AS cloud_target, c.status AS cloud_status, "
    "c.detail AS cloud_detail, c.read_at AS cloud_read_at FROM cloud_status c "
    "WHERE NOT EXISTS (SELECT 1 FROM cloud_status d WHERE d.device_id = c.device_id AND "
    "(d.read_at > c.read_at OR (d.read_at = c.read_at AND d.target < c.target)))"
)


def _latest_cloud(manifest: Manifest, device_id: str) -> Sequence[object]:
    row = manifest.db.conn.execute(
        "SELECT target, status, detail, read_at FROM cloud_status WHERE device_id = ? "
        "ORDER BY read_at DESC, target LIMIT 1",
        (device_id,),
    ).fetchone()
    return tuple(row) if row is not None else ("",) * len(AUDIT_CLOUD_COLUMNS)


def _audit_row(manifest: Manifest, unit: UnitRecord) -> Sequence[object]:
    cells: list[object] = []
    for name in UNIT_RECORD_FIELDS:
        value = getattr(unit, name)
        if name == "has_secrets":
            value = "yes" if value else "no"
        cells.append(value)
    cells.extend(_latest_cloud(manifest, unit.device_id))
    return cells


AUDIT_PEM_COLUMNS = frozenset({"cert_pem", "cert_pem_secondary"})


def sql_text(text: str) -> str:
    """``text`` as an SQL string literal (SQLite and PostgreSQL alike)."""
    return "'" + text.replace("'", "''") + "'"


def escaped_sql(value: str, *, first_code: str, plain: str) -> str:
    """SQL for ``escape_cell`` of ``value`` (an SQL expression) outside key columns, for
    SQLite or PostgreSQL: ``first_code`` names the function that gives the code of a
    text's first character (SQLite's ``unicode``, PostgreSQL's ``ascii``), ``plain``
    is the cell when nothing needs escaping. Comparing one number per cell costs a
    database a third of comparing first characters as text."""
    codes = ", ".join(str(ord(start)) for start in FORMULA_STARTS if len(start) == 1)
    tests = [f"{first_code}({value}) IN ({codes})"]
    tests += [f"substr({value}, 1, {len(start)}) = {sql_text(start)}"
              for start in FORMULA_STARTS if len(start) > 1]
    return (f"CASE WHEN {' OR '.join(tests)} THEN {sql_text(chr(39))} || {value} "
            f"ELSE {plain} END")


# pem_cell, for the manifest's query; asked only of cells that may hold a PEM block.
_SQL_PEM_CELL = "station_pem_cell"


def _audit_cells_sql(table: str = "units") -> str:
    """The audit's cells, as SQLite computes them for a row of ``table``."""
    cells = []
    for fact in UNIT_FACTS:
        if fact.name == "has_secrets":
            cells.append(f"CASE WHEN {fact.select.format(table=table)} THEN 'yes' ELSE 'no' END")
            continue
        value = f"{table}.{fact.name}"
        # The csv module writes a number as str() does, and NULL as nothing.
        cell = escaped_sql(value, first_code="unicode", plain=f"coalesce({value}, '')")
        if fact.name in AUDIT_PEM_COLUMNS:
            cell = (f"CASE WHEN substr({value}, 1, 5) = '-----' THEN {_SQL_PEM_CELL}({value}) "
                    f"ELSE {cell} END")
        cells.append(cell)
    # Escaped where they are read (_AUDIT_CLOUD): most units were never read, and their
    # cells are then empty without a test of each.
    cells += [f"coalesce(cloud.{name}, '')" for name in AUDIT_CLOUD_COLUMNS]
    return ", ".join(cells)


_AUDIT_CELLS = _audit_cells_sql()
_AUDIT_CLOUD = (
    "SELECT cloud_unit, "
    + ", ".join(
        f"{escaped_sql(name, first_code='unicode', plain=name)} AS {name}"
        for name in AUDIT_CLOUD_COLUMNS
    )
    + f" FROM ({LATEST_CLOUD})"
)


def _write_audit_selected(manifest: Manifest, filters: UnitFilters, out: TextIO) -> int:
    """The audit of the units ``filters`` select, its cells escaped by SQLite itself: a
    cell made in Python per value costs more than the CSV writer that writes it."""
    conn = manifest.db.conn
    conn.create_function(_SQL_PEM_CELL, 1, pem_cell, deterministic=True)
    where, params = unit_where(filters)
    # The cloud columns are named apart from the units' so that the filters' columns
    # stay the units' own.
    rows = conn.execute(
        f"SELECT {_AUDIT_CELLS} FROM units LEFT JOIN ({_AUDIT_CLOUD}) AS cloud "
        f"ON cloud.cloud_unit = units.device_id {'WHERE ' + where if where else ''} "
        "ORDER BY units.id",
        params,
    )
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(AUDIT_FILE_HEADER)
    count = 0
    while batch := rows.fetchmany(2000):
        writer.writerows(batch)
        count += len(batch)
    return count


AUDIT = ExportFormat(
    name="audit",
    description="Every unit with its public facts, status, failure and times (no secrets)",
    write=csv_writer(AUDIT_FILE_HEADER, _audit_row, pem_columns=AUDIT_PEM_COLUMNS),
    write_selected=_write_audit_selected,
)
