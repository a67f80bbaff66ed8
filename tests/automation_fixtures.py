"""Real parts for the automation API's tests: virtual console boards on loopback
(some held at a gate, so a unit stays busy until the test lets it go), a running
``AutomationServer`` with its token in the station's secret store, an HTTP client,
a reader of server-sent events, and a check of answers against the OpenAPI document.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jsonschema
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from station.automation.cli_commands import unlocked_store
from station.automation.controller import AutomatedStation, ServedJob
from station.automation.openapi import openapi_document
from station.automation.server import AutomationServer
from station.automation.token import TokenCheck, new_token
from station.manifest.custody.station_keys import KeyAccess
from station.printing.spooler import LabelPrinting
from station.provisioning import ProvisionRequest
from station.simulation.console_board import VirtualConsoleBoard
from station.simulation.serving import ByteStream, ServedBoard, serve_tcp

GROUP_KEY = base64.b64encode(bytes(range(64))).decode()
SCOPE = "0ne000DE001"


class _HeldAtSet:
    """A board's connection whose first SET waits at the gate before the board sees it."""

    def __init__(self, stream: ByteStream, gate: threading.Event) -> None:
        self.stream = stream
        self.gate = gate

    def read(self) -> bytes:
        data = self.stream.read()
        if b"SET " in data or b"BLOB " in data:
            self.gate.wait()
        return data

    def write(self, data: bytes) -> None:
        self.stream.write(data)

    def close(self) -> None:
        self.stream.close()


class Board:
    """A virtual console board that becomes a new unit after each reboot.

    ``hold="connect"``: a connection waits at the gate before the board answers;
    ``hold="write"``: the first value written waits there (the unit is recorded
    pending by then). The gate starts closed for a held board; ``release`` opens it.
    """

    def __init__(self, seed: str, hold: str = "") -> None:
        self.board = VirtualConsoleBoard(seed=seed, swap_on_reboot=True)
        self.hold = hold
        self.gate = threading.Event()
        if not hold:
            self.gate.set()
        self.served: ServedBoard = serve_tcp(self._session, name=f"board {seed}")
        self.url = self.served.url

    def _session(self, stream: ByteStream) -> None:
        if self.hold == "connect":
            self.gate.wait()
        self.board.session(_HeldAtSet(stream, self.gate) if self.hold == "write" else stream)

    def release(self) -> None:
        self.gate.set()

    def stop(self) -> None:
        self.gate.set()  # a session waiting at the gate ends, so serving can stop
        self.served.stop()

    def __enter__(self) -> Board:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def api_token() -> str:
    """A new API token, its digest kept in the test's secret store."""
    return new_token(unlocked_store())


@dataclass
class Api:
    server: AutomationServer
    station: AutomatedStation
    client: httpx.Client
    manifest: Path
    token: str

    def start(self, port: str, client: str = "fixture-1", **body: Any) -> httpx.Response:
        return self.client.post(f"/ports/{port}/units", json={"client": client, **body})


@contextmanager
def serving(
    tmp_path: Path,
    ports: list[str],
    printing: LabelPrinting | None = None,
    profile: str = "demo-console",
) -> Iterator[Api]:
    """A server on loopback for a job on ``ports``, and a client with the token."""
    store = unlocked_store()  # one store, unlocked once: scrypt takes its time
    token = new_token(store)
    manifest = tmp_path / "manifest.sqlite"
    request = ProvisionRequest(profile=profile, ports=ports, id_scope=SCOPE,
                               group_key_b64=GROUP_KEY, manifest=manifest,
                               key_access=KeyAccess(store=store))
    station = AutomatedStation(ServedJob.prepare(request), ports, printing=printing)
    server = AutomationServer(station, TokenCheck.from_store(store), port=0)
    with server, httpx.Client(base_url=server.url, timeout=30,
                              headers={"Authorization": f"Bearer {token}"}) as client:
        yield Api(server, station, client, manifest, token)


def sse(response: httpx.Response) -> Iterator[tuple[str, dict]]:
    """The (event type, data) of each server-sent event in a streaming response."""
    kind, data = "", ""
    for line in response.iter_lines():
        if line.startswith("event:"):
            kind = line[6:].strip()
        elif line.startswith("data:"):
            data += line[5:].strip()
        elif not line and kind:
            yield kind, json.loads(data)
            kind, data = "", ""


def until_result(events: Iterator[tuple[str, dict]], run_id: str) -> list[tuple[str, dict]]:
    """The events up to and including ``run_id``'s result."""
    seen = []
    for kind, data in events:
        seen.append((kind, data))
        if kind == "result" and data["run_id"] == run_id:
            return seen
    raise AssertionError(f"the stream ended before run {run_id} did: {seen}")


_DOCUMENT = openapi_document()
_REGISTRY = Registry().with_resource("urn:api", DRAFT202012.create_resource(_DOCUMENT))


def assert_matches(schema: str, body: Any) -> None:
    """``body`` is valid against the OpenAPI document's component ``schema``."""
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"urn:api#/components/schemas/{schema}"}, registry=_REGISTRY)
    validator.validate(body)
