"""The QA view's queries on the line record: counts equal to counting the units, pages in
the order promised, and every filter served by an index."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from station.line.pg_schema import LATER_UNIT_FACTS, LINE_UNIT_COLUMNS, apply_line_migrations
from station.line.queries import LineFilters, count_line_units, line_units_page, line_where
from tests.line.conftest import LineDb

STATIONS = ("st-1", "st-2", "st-3")
STATUSES = ("provisioned", "failed", "pending")
START = datetime(2025, 3, 1, 6, 0, tzinfo=UTC)
_COLUMNS = ("station", *LINE_UNIT_COLUMNS, *LATER_UNIT_FACTS, "updated_at", "seq")


def unit_row(n: int, rng: random.Random) -> dict[str, Any]:
    row: dict[str, Any] = {name: "" for name in _COLUMNS}
    created = START + timedelta(seconds=rng.randrange(0, 3 * 24 * 3600))
    row.update(
        station=rng.choice(STATIONS), device_id=f"dev-{rng.choice('abc')}{n:05d}",
        job_id=f"job-{rng.randrange(4)}", profile_id=rng.choice(("esp32", "console")),
        attestation=rng.choice(("sas-group", "x509-individual", "tpm")),
        status=rng.choice(STATUSES), attempts=1, last_attempt_id=n, provisioned_at=None,
        created_at=created.isoformat(timespec="microseconds"), generation=1,
        key_origin="station", seq=n,
    )
    return row


@pytest.fixture
def line(line_db: LineDb) -> Iterator[psycopg.Connection]:
    with line_db.server.admin(line_db.name) as conn:
        apply_line_migrations(conn)
        conn.execute("INSERT INTO stations (station, key_id) SELECT unnest(%s::text[]), ''",
                     (list(STATIONS),))
        yield conn


def insert_units(conn: psycopg.Connection, rows: list[dict[str, Any]]) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            f"INSERT INTO units ({', '.join(_COLUMNS)}) "
            f"VALUES ({', '.join('%s' for _ in _COLUMNS)})",
            [[row[name] for name in _COLUMNS] for row in rows],
        )


def counted(conn: psycopg.Connection, filters: LineFilters) -> int:
    where, params = line_where(filters)
    return int(conn.execute(f"SELECT count(*) FROM units WHERE {where}", params).fetchone()[0])


def random_bound(rng: random.Random) -> Any:
    moment = START + timedelta(seconds=rng.randrange(-3600, 4 * 24 * 3600))
    shape = rng.randrange(5)
    if shape == 0:
        return moment.replace(minute=0, second=0)  # on the hour
    if shape == 1:
        return moment.strftime("%Y-%m-%d")  # a date, read as UTC
    if shape == 2:
        return moment.astimezone(datetime.now().astimezone().tzinfo)  # another zone
    if shape == 3:
        return moment.strftime("%Y-%m-%dT%H:%M")
    return moment


def random_filters(rng: random.Random) -> LineFilters:
    filters: dict[str, Any] = {}
    for name, choices in (("status", STATUSES), ("station", STATIONS),
                          ("job_id", ("job-0", "job-3")), ("profile_id", ("esp32",)),
                          ("attestation", ("tpm", "sas-group"))):
        if rng.random() < 0.3:
            filters[name] = rng.choice(choices)
    for name in ("since", "until"):
        if rng.random() < 0.6:
            filters[name] = random_bound(rng)
    if rng.random() < 0.15:
        filters["device_prefix"] = rng.choice(("dev-a", "dev-b0", "dev-c001", "x"))
    return LineFilters(**filters)  # type: ignore[typeddict-item]


def test_counts_equal_counting_the_units_as_units_come_change_and_go(
    line: psycopg.Connection,
) -> None:
    rng = random.Random(17)
    rows = [unit_row(n, rng) for n in range(2000)]
    insert_units(line, rows)
    # Units change status and station copies move on; a few are gone (a database fixed by hand).
    line.execute("UPDATE units SET status = 'provisioned' WHERE status = 'pending' "
                 "AND seq % 3 = 0")
    line.execute("UPDATE units SET created_at = replace(created_at, '2025-03-02', '2025-03-04') "
                 "WHERE seq % 7 = 0")
    line.execute("DELETE FROM units WHERE seq % 11 = 0")
    assert count_line_units(line) == counted(line, {}) == 2000 - len(range(0, 2000, 11))
    for _ in range(300):
        filters = random_filters(rng)
        assert count_line_units(line, **filters) == counted(line, filters), filters


def test_a_page_is_the_newest_first_or_in_device_id_order_for_a_prefix(
    line: psycopg.Connection,
) -> None:
    rng = random.Random(3)
    insert_units(line, [unit_row(n, rng) for n in range(500)])
    page = line_units_page(line, limit=50, status="failed")
    expected = line.execute(
        "SELECT station, device_id FROM units WHERE status = 'failed' "
        "ORDER BY created_at DESC, station DESC, device_id DESC LIMIT 50").fetchall()
    assert [(u.station, u.unit.device_id) for u in page] == expected
    assert all(u.unit.status == "failed" and not u.unit.has_secrets for u in page)
    next_page = line_units_page(line, limit=50, offset=50, status="failed")
    assert not {u.unit.device_id for u in page} & {u.unit.device_id for u in next_page}

    by_prefix = line_units_page(line, limit=500, device_prefix="dev-b")
    ids = [u.unit.device_id for u in by_prefix]
    assert ids == sorted(ids) and ids and all(i.startswith("dev-b") for i in ids)
    assert line_units_page(line, device_prefix="dev-_") == []  # "_" is a character here


def _seq_scans(plan: dict[str, Any]) -> Iterator[str]:
    if plan.get("Node Type") == "Seq Scan" and plan.get("Relation Name") == "units":
        yield "Seq Scan on units"
    for child in plan.get("Plans", []):
        yield from _seq_scans(child)


class _Recording:
    """A connection that notes every query the QA functions run."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self.queries: list[tuple[str, Any]] = []

    def cursor(self) -> Any:
        recording = self

        class Cursor:
            def __init__(self) -> None:
                self.cur = recording.conn.cursor()

            def __enter__(self) -> Cursor:
                return self

            def __exit__(self, *exc: object) -> None:
                self.cur.close()

            def execute(self, sql: str, params: Any = None) -> None:
                recording.queries.append((sql, params))
                self.cur.execute(sql, params)

            def __getattr__(self, name: str) -> Any:
                return getattr(self.cur, name)

        return Cursor()


def test_every_qa_filter_reads_an_index(line: psycopg.Connection) -> None:
    line.execute("ALTER TABLE units DISABLE TRIGGER units_tally")
    line.execute(
        f"""
        INSERT INTO units ({', '.join(_COLUMNS)})
        SELECT 'st-' || (1 + i % 3), 'dev-' || lpad(i::text, 7, '0'), 'job-' || (i / 5000),
            'profile-' || (i % 4), (ARRAY['sas-group', 'x509-individual', 'tpm'])[1 + i % 3],
            '', '', '', '', '', '', CASE WHEN i % 50 = 0 THEN 'failed' ELSE 'provisioned' END,
            '', '', '', '', '', '', '', '', '', '', '', '', '', '', 1, i,
            to_char(timestamp '2025-03-01' + i * interval '3 seconds',
                    'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'),
            NULL, 1, '', 'station', '', i
        FROM generate_series(1, 60000) AS i
        """
    )
    line.execute("ALTER TABLE units ENABLE TRIGGER units_tally")
    line.execute("VACUUM ANALYZE units")
    every: list[LineFilters] = [
        {}, {"status": "failed"}, {"status": "provisioned"}, {"job_id": "job-3"},
        {"profile_id": "profile-1"}, {"station": "st-2"}, {"attestation": "tpm"},
        {"since": "2025-03-01T10:30", "until": "2025-03-01T12:10"},
        {"device_prefix": "dev-00012"}, {"device_prefix": "dev-001"},
    ]
    recording = _Recording(line)
    for filters in every:
        count_line_units(recording, **filters)  # type: ignore[arg-type]
        line_units_page(recording, **filters)  # type: ignore[arg-type]
    assert len(recording.queries) >= 2 * len(every)
    for sql, params in recording.queries:
        (plan,) = line.execute(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0]
        assert list(_seq_scans(plan["Plan"])) == [], (sql, json.dumps(plan)[:400])
