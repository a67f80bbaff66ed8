"""A unit's facts, defined once (``station.manifest.facts``): the migrated schema, the
journal and the record all follow the one definition, and the journal keeps exactly
what older stations hashed."""

from __future__ import annotations

import sqlite3
from operator import attrgetter
from pathlib import Path

import pytest

from station.core.models import Attestation, BoardInfo, Credential, DeviceIdentity, Job, Unit
from station.manifest import Manifest
from station.manifest.facts import (
    UNIT_COLUMNS,
    UNIT_FACTS,
    UNIT_RECORD_FIELDS,
    UnitRecord,
    unit_columns,
)
from station.manifest.journal import JOURNALED_COLUMNS, canonical, unit_facts
from tests.manifest_rewind import rewind

X509 = Attestation.X509_INDIVIDUAL
JOB = Job("job-1", "esp32-devkit", "0ne0012ABCD", X509, operator="ana", station_id="line-1")


def make_unit(device_id: str, cert_pem: str, cert_pem_secondary: str = "") -> Unit:
    return Unit(
        JOB,
        BoardInfo(port="", board_type="devkit", chip="ESP32", mac="240ac4000001", serial="SN1"),
        DeviceIdentity(device_id, "mac"),
        Credential(
            X509, cert_pem=cert_pem, cert_pem_secondary=cert_pem_secondary,
            thumbprint_sha1="a1", thumbprint_sha256="b2", cert_issuer="CN=Line CA",
            cert_not_after="2031-01-01",
        ),
    )


def declared_columns(conn: sqlite3.Connection) -> dict[str, str]:
    """Each column of ``units`` declared as ``facts`` writes it."""
    columns = {}
    for _, name, sql_type, not_null, default, primary_key in conn.execute(
        "PRAGMA table_info(units)"
    ):
        declaration = sql_type
        declaration += " NOT NULL" if not_null else ""
        declaration += f" DEFAULT {default}" if default is not None else ""
        declaration += " PRIMARY KEY" if primary_key else ""
        columns[name] = declaration
    return columns


@pytest.mark.parametrize("migrated_from", [None, 1], ids=["new", "from-the-first-schema"])
def test_the_migrated_schema_holds_every_fact_as_declared(
    tmp_path: Path, migrated_from: int | None
) -> None:
    path = tmp_path / "m.sqlite"
    Manifest.open(path).close()
    if migrated_from is not None:
        rewind(path, migrated_from)
        Manifest.open(path).close()
    with sqlite3.connect(path) as conn:
        # A migration that adds, drops or changes a column of units needs its fact here.
        assert declared_columns(conn) == UNIT_COLUMNS


def test_the_record_carries_the_facts_in_the_audit_order() -> None:
    assert UNIT_RECORD_FIELDS == tuple(f.name for f in UNIT_FACTS)
    assert UNIT_RECORD_FIELDS[:3] == ("device_id", "job_id", "profile_id")
    assert UNIT_RECORD_FIELDS[-1] == "has_secrets"
    assert len(UNIT_RECORD_FIELDS) == len(UnitRecord.__dataclass_fields__)


def test_a_journal_entry_keeps_the_columns_it_always_kept() -> None:
    # Part of every entry's hash: the journals of existing manifests depend on it.
    assert JOURNALED_COLUMNS == (
        "device_id", "job_id", "profile_id", "attestation", "id_scope", "dps_endpoint",
        "model_id", "operator", "station_id", "port", "status", "failed_stage",
        "failure_reason", "board_type", "chip", "mac", "serial", "identity_source",
        "cert_thumbprint_sha1", "cert_thumbprint_sha256", "cert_issuer", "cert_not_after",
        "ek_public", "ek_cert_thumbprint", "ek_cert_issuer", "attempts", "last_attempt_id",
        "created_at", "provisioned_at",
    )


def test_journaled_facts_are_the_text_older_stations_hashed(tmp_path: Path) -> None:
    with Manifest.open(tmp_path / "m.sqlite") as manifest:
        attempt = manifest.begin_attempt(JOB, "COM3")
        manifest.record_pending(attempt, make_unit("dev-1", "PEM-1", "PEM-1B"))
        manifest.record_provisioned(attempt, "dev-1")
        attempt = manifest.begin_attempt(JOB, "COM3")
        manifest.record_pending(attempt, make_unit("dev-1", "PEM-2"), replacing="RMA 7")
        manifest.record_provisioned(attempt, "dev-1")
        # A failed unit done again keeps generation 1: its reason is not journaled.
        attempt = manifest.begin_attempt(JOB, "COM4")
        manifest.record_pending(attempt, make_unit("dev-2", "PEM-3", "PEM-3B"))
        manifest.record_failed(attempt, "dev-2", "write", "no")
        attempt = manifest.begin_attempt(JOB, "COM4")
        manifest.record_pending(attempt, make_unit("dev-2", "PEM-3", "PEM-3B"), replacing="again")
        manifest.db.execute(
            "UPDATE units SET created_at = '2025-01-02T03:04:05.000006+00:00', "
            "provisioned_at = iif(provisioned_at IS NULL, NULL, "
            "'2025-01-02T03:04:06.000007+00:00')"
        )
        conn = manifest.db.conn
        assert canonical(unit_facts(conn, "dev-1")) == (
            '{"attempts":2,"attestation":"x509-individual","board_type":"devkit",'
            '"cert_issuer":"CN=Line CA","cert_not_after":"2031-01-01",'
            '"cert_pem_sha256":"ba7ca24e0462b2f0c0d4d9558bc7ce533410c03f6e7f055ff656a7c43fcbc237",'
            '"cert_thumbprint_sha1":"a1","cert_thumbprint_sha256":"b2","chip":"ESP32",'
            '"created_at":"2025-01-02T03:04:05.000006+00:00","device_id":"dev-1",'
            '"dps_endpoint":"global.azure-devices-provisioning.net","ek_cert_issuer":"",'
            '"ek_cert_thumbprint":"","ek_public":"","failed_stage":"","failure_reason":"",'
            '"generation":2,"generation_reason":"RMA 7","id_scope":"0ne0012ABCD",'
            '"identity_source":"mac","job_id":"job-1","last_attempt_id":2,"mac":"240ac4000001",'
            '"model_id":"","operator":"ana","port":"COM3","profile_id":"esp32-devkit",'
            '"provisioned_at":"2025-01-02T03:04:06.000007+00:00","serial":"SN1",'
            '"station_id":"line-1","status":"provisioned"}'
        )
        assert canonical(unit_facts(conn, "dev-2")) == (
            '{"attempts":2,"attestation":"x509-individual","board_type":"devkit",'
            '"cert_issuer":"CN=Line CA","cert_not_after":"2031-01-01",'
            '"cert_pem_secondary_sha256":"5da391300603e350d88484d042fe3b817a598030b76ce046c4f7264115f09a78",'
            '"cert_pem_sha256":"53e162dea429091275df67ff76eda6b0f1e23d8d6566a24a7c82f976ef990eee",'
            '"cert_thumbprint_sha1":"a1","cert_thumbprint_sha256":"b2","chip":"ESP32",'
            '"created_at":"2025-01-02T03:04:05.000006+00:00","device_id":"dev-2",'
            '"dps_endpoint":"global.azure-devices-provisioning.net","ek_cert_issuer":"",'
            '"ek_cert_thumbprint":"","ek_public":"","failed_stage":"","failure_reason":"",'
            '"id_scope":"0ne0012ABCD","identity_source":"mac","job_id":"job-1",'
            '"last_attempt_id":4,"mac":"240ac4000001","model_id":"","operator":"ana",'
            '"port":"COM4","profile_id":"esp32-devkit","provisioned_at":null,"serial":"SN1",'
            '"station_id":"line-1","status":"pending"}'
        )


def test_every_fact_a_unit_holds_is_read_from_it() -> None:
    unit = make_unit("dev-1", "PEM-1", "PEM-1B")
    taken = unit_columns(unit)
    assert taken == {
        f.name: str(attrgetter(f.from_unit)(unit)) for f in UNIT_FACTS if f.from_unit
    }
    assert taken["device_id"] == "dev-1"
    assert taken["attestation"] == "x509-individual"
    assert taken["cert_pem_secondary"] == "PEM-1B"
    assert "status" not in taken  # the manifest sets it, not the unit
