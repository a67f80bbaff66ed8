"""A throwaway PostgreSQL cluster for the line tests: ``initdb`` and ``pg_ctl`` from
Debian's ``postgresql`` package, in a private folder, on a loopback port and a
private socket folder.

PostgreSQL refuses to run as root, so under root the cluster belongs to ``nobody``
and its commands run through ``runuser``. The administrator connects through the
socket (trust, for the fixture only); stations connect over loopback with a
password (scram-sha-256), as on a line.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

ADMIN = "line_admin"
STATION_ROLE = "station"


def postgres_bin_dir() -> Path:
    """The newest installed PostgreSQL's binaries (Debian keeps them off PATH)."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb") or shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise RuntimeError(
        "PostgreSQL is not installed (no initdb): install it with bash packaging/setup.sh test"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgServer:
    """One cluster. ``url_for(db)`` is what a station is configured with (no password)."""

    base: Path
    bin_dir: Path = field(default_factory=postgres_bin_dir)
    port: int = field(default_factory=_free_port)
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    # More server settings ("name=value"), e.g. memory for a benchmark's ten million rows.
    settings: tuple[str, ...] = ()
    _as_user: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def sockets(self) -> Path:
        return self.base / "sockets"

    def _run(self, *command: str) -> None:
        done = subprocess.run(
            [*self._as_user, *command], cwd=self.base, capture_output=True, text=True
        )
        if done.returncode != 0:
            log = (self.base / "server.log")
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{command[0]} failed: {done.stderr or done.stdout}\n{tail}")

    def initdb(self) -> None:
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.base, nobody.pw_uid, nobody.pw_gid)
            self._as_user = ["runuser", "-u", "nobody", "--"]
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", ADMIN,
                  "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                  "--no-locale", "--no-sync")
        self._run("mkdir", "-p", str(self.sockets))

    def start(self) -> None:
        options = (f"-k {self.sockets} -p {self.port} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c max_connections=60"
                   + "".join(f" -c {setting}" for setting in self.settings))
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.base / "server.log"), "-o", options, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        """``immediate`` is a crash, as a power cut or a killed server would leave it."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def admin(self, dbname: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(host=str(self.sockets), port=self.port, user=ADMIN,
                               dbname=dbname, autocommit=True)

    def url_for(self, dbname: str) -> str:
        return f"postgresql://{STATION_ROLE}@127.0.0.1:{self.port}/{dbname}"

    def create_station_role(self) -> None:
        with self.admin() as conn:
            conn.execute(f"CREATE ROLE {STATION_ROLE} LOGIN PASSWORD '{self.password}'")

    def create_database(self, name: str) -> str:
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" OWNER {STATION_ROLE}')
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster(settings: tuple[str, ...] = ()) -> PgServer:
    # Under /tmp, not pytest's per-user folder: ``nobody`` must reach it.
    server = PgServer(Path(tempfile.mkdtemp(prefix="station-pg-")), settings=settings)
    try:
        server.initdb()
        server.start()
        server.create_station_role()
    except BaseException:
        shutil.rmtree(server.base, ignore_errors=True)
        raise
    return server


def remove_cluster(server: PgServer) -> None:
    try:
        server.stop("fast")
    except RuntimeError:
        pass  # already stopped
    shutil.rmtree(server.base, ignore_errors=True)
