"""A unit's recorded facts, defined once: the fields of ``UnitRecord``.

Each field carries a ``Fact``: how ``units`` declares its column, whether and how
the journal keeps it, and where a ``Unit`` holds it. From them follow what a
record carries (and the audit export's columns), the columns a journal entry
keeps, and what the pipeline writes when it records a unit. The schema is built
by migrations that never change (``station.manifest.schema``); a test holds it
to these declarations.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from operator import attrgetter
from typing import Any

from station.core.models import Attestation, Unit, UnitStatus

# Column declarations as ``PRAGMA table_info`` shows them (type, NOT NULL, DEFAULT,
# PRIMARY KEY); UNIQUE, CHECK and REFERENCES live in the migrations only.
TEXT = "TEXT NOT NULL DEFAULT ''"
REQUIRED_TEXT = "TEXT NOT NULL"


class Journaled(Enum):
    """How a journal entry keeps a fact."""

    NO = "no"  # left out: what changes without a journaled event, or is derived
    VALUE = "value"  # its value, under its own name
    SHA256 = "sha256"  # a PEM, as the SHA-256 of its text under NAME_sha256 ("" for none)


@dataclass(frozen=True)
class Fact:
    """How the manifest keeps one fact of a unit.

    ``absent_value`` is set for a column added after the journal began: the value
    every unit held while the column did not exist. Such a fact enters a journal
    entry only when it differs from that (or, with ``journaled_with``, when that
    other fact differs from its own), so entries written before still match.
    """

    name: str = ""
    column: str = TEXT  # its declaration in ``units``; "" for a fact no column stores
    journaled: Journaled = Journaled.VALUE
    from_unit: str = ""  # its attribute path on a ``Unit``; "" when the manifest sets it
    absent_value: str | int | None = None
    journaled_with: str = ""
    select: str = ""  # the SQL that computes a fact no column stores, of the row {table}
    read: Callable[[Any], Any] | None = None  # the stored value as the record holds it

    @property
    def journal_key(self) -> str:
        """The fact's name in a journal entry."""
        return f"{self.name}_sha256" if self.journaled is Journaled.SHA256 else self.name


def fact(
    column: str = TEXT,
    *,
    journaled: Journaled = Journaled.VALUE,
    from_unit: str = "",
    absent_value: str | int | None = None,
    journaled_with: str = "",
    select: str = "",
    read: Callable[[Any], Any] | None = None,
) -> dict[str, Fact]:
    """A ``UnitRecord`` field's metadata, ``field(metadata=fact(...))``; see ``Fact``."""
    return {
        "fact": Fact(
            "", column, journaled, from_unit, absent_value, journaled_with, select, read
        )
    }


@dataclass(frozen=True)
class UnitRecord:
    """One device as the manifest holds it. Secrets are never part of a record.

    Timestamps are ISO 8601 in UTC; ``provisioned_at`` is None until the unit is.
    The field order is the audit export's column order.
    """

    device_id: str = field(metadata=fact(REQUIRED_TEXT, from_unit="device_id"))
    job_id: str = field(metadata=fact(REQUIRED_TEXT, from_unit="job.job_id"))
    profile_id: str = field(metadata=fact(REQUIRED_TEXT, from_unit="job.profile_id"))
    attestation: Attestation = field(
        metadata=fact(REQUIRED_TEXT, from_unit="job.attestation", read=Attestation)
    )
    id_scope: str = field(metadata=fact(REQUIRED_TEXT, from_unit="job.id_scope"))
    dps_endpoint: str = field(metadata=fact(REQUIRED_TEXT, from_unit="job.dps_endpoint"))
    model_id: str = field(metadata=fact(from_unit="job.model_id"))
    operator: str = field(metadata=fact(from_unit="job.operator"))
    station_id: str = field(metadata=fact(from_unit="job.station_id"))
    port: str = field(metadata=fact(from_unit="board.port"))
    status: UnitStatus = field(metadata=fact(REQUIRED_TEXT, read=UnitStatus))
    failed_stage: str = field(metadata=fact())
    failure_reason: str = field(metadata=fact())
    board_type: str = field(metadata=fact(from_unit="board.board_type"))
    chip: str = field(metadata=fact(from_unit="board.chip"))
    mac: str = field(metadata=fact(from_unit="board.mac"))
    serial: str = field(metadata=fact(from_unit="board.serial"))
    identity_source: str = field(metadata=fact(from_unit="identity.source"))
    cert_thumbprint_sha1: str = field(metadata=fact(from_unit="credential.thumbprint_sha1"))
    cert_thumbprint_sha256: str = field(metadata=fact(from_unit="credential.thumbprint_sha256"))
    cert_issuer: str = field(metadata=fact(from_unit="credential.cert_issuer"))
    cert_not_after: str = field(metadata=fact(from_unit="credential.cert_not_after"))
    cert_pem: str = field(
        metadata=fact(from_unit="credential.cert_pem", journaled=Journaled.SHA256)
    )
    cert_pem_secondary: str = field(
        metadata=fact(
            from_unit="credential.cert_pem_secondary", journaled=Journaled.SHA256,
            absent_value="",
        )
    )
    ek_public: str = field(metadata=fact(from_unit="credential.ek_public"))
    ek_cert_thumbprint: str = field(metadata=fact(from_unit="credential.ek_cert_thumbprint"))
    ek_cert_issuer: str = field(metadata=fact(from_unit="credential.ek_cert_issuer"))
    attempts: int = field(metadata=fact("INTEGER NOT NULL DEFAULT 1"))
    last_attempt_id: int = field(metadata=fact("INTEGER NOT NULL"))
    created_at: str = field(metadata=fact(REQUIRED_TEXT))
    # Also touched when secrets are forgotten after an upload, which journals nothing.
    updated_at: str = field(metadata=fact(REQUIRED_TEXT, journaled=Journaled.NO))
    provisioned_at: str | None = field(metadata=fact("TEXT"))
    # Of its credentials: 1, then one more each time a returned unit is redone.
    generation: int = field(metadata=fact("INTEGER NOT NULL DEFAULT 1", absent_value=1))
    generation_reason: str = field(
        metadata=fact(absent_value="", journaled_with="generation")
    )
    # "station" or "board": a key made on the board never left it.
    key_origin: str = field(
        metadata=fact(
            "TEXT NOT NULL DEFAULT 'station'", from_unit="credential.key_origin",
            absent_value="station",
        )
    )
    has_secrets: bool = field(
        metadata=fact(
            "", select="{table}.secret_ciphertext IS NOT NULL", journaled=Journaled.NO, read=bool
        )
    )


# The facts a record carries, in record order.
UNIT_FACTS: tuple[Fact, ...] = tuple(
    replace(f.metadata["fact"], name=f.name) for f in fields(UnitRecord)
)
UNIT_RECORD_FIELDS = tuple(f.name for f in UNIT_FACTS)

# Columns of ``units`` no record carries: the row id, and what keeps or checks secrets.
UNRECORDED_COLUMNS: tuple[Fact, ...] = (
    Fact("id", "INTEGER PRIMARY KEY", Journaled.NO),
    Fact("secret_ciphertext", "BLOB", Journaled.NO),
    Fact("key_check", TEXT, Journaled.NO),
    Fact("key_check_secondary", TEXT, Journaled.NO),
)

# Every column of ``units``, by name, as the migrations must leave it.
UNIT_COLUMNS: dict[str, str] = {
    f.name: f.column for f in (*UNIT_FACTS, *UNRECORDED_COLUMNS) if f.column
}

# The facts a journal entry keeps, in record order.
JOURNALED_FACTS: tuple[Fact, ...] = tuple(
    f for f in UNIT_FACTS if f.journaled is not Journaled.NO
)
FACTS_BY_NAME: dict[str, Fact] = {f.name: f for f in UNIT_FACTS}


def unit_columns(unit: Unit) -> dict[str, str]:
    """The facts ``unit`` itself holds, by column: what the pipeline writes of it."""
    return {
        unit_fact.name: str(attrgetter(unit_fact.from_unit)(unit))
        for unit_fact in UNIT_FACTS
        if unit_fact.from_unit
    }


def record_columns(table: str = "units") -> str:
    """The SELECT list that makes a UnitRecord, qualified by ``table``."""
    return ", ".join(
        f"{unit_fact.select.format(table=table)} AS {unit_fact.name}"
        if unit_fact.select
        else f"{table}.{unit_fact.name} AS {unit_fact.name}"
        for unit_fact in UNIT_FACTS
    )


def unit_record(row: sqlite3.Row | Mapping[str, Any]) -> UnitRecord:
    """The record of a row selected with ``record_columns``."""
    values = {}
    for unit_fact in UNIT_FACTS:
        value = row[unit_fact.name]
        values[unit_fact.name] = value if unit_fact.read is None else unit_fact.read(value)
    return UnitRecord(**values)
