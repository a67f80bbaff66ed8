"""Fixtures of the line tests: one throwaway PostgreSQL cluster per session, a fresh
line database per test, and stations set up on it."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from station.line.config import LineConfig, save_line_config
from station.line.connection import store_line_password
from tests.line.pg_server import PgServer, remove_cluster, start_cluster

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = start_cluster()
    try:
        yield server
    finally:
        remove_cluster(server)


@dataclass(frozen=True)
class LineDb:
    server: PgServer
    name: str
    url: str

    @property
    def password(self) -> str:
        return self.server.password

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self.server.admin(self.name) as conn:
            return conn.execute(sql, params).fetchall()


@pytest.fixture
def line_db(pg_server: PgServer) -> Iterator[LineDb]:
    name = f"line_{next(_numbers)}"
    url = pg_server.create_database(name)
    yield LineDb(pg_server, name, url)
    try:
        pg_server.drop_database(name)
    except psycopg.OperationalError:
        pass  # the server is down after a failed test; the session's end removes it


@contextmanager
def at_home(home: Path) -> Iterator[None]:
    """Run as the station whose data folder is ``home``."""
    before = os.environ.get("STATION_HOME")
    os.environ["STATION_HOME"] = str(home)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("STATION_HOME", None)
        else:
            os.environ["STATION_HOME"] = before


def put_on_line(
    home: Path, db: LineDb, station: str, manifest: Path, *, lease_block: int = 100,
    interval_s: float = 0.3,
) -> LineConfig:
    """Give the station at ``home`` its line settings and the password, as an engineer would."""
    config = LineConfig(db.url, station, manifest, lease_block, interval_s)
    with at_home(home):
        save_line_config(config)
        store_line_password(db.password)
    return config
