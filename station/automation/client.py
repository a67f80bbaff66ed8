"""A client of the automation API for those who watch a served line (the window's
"Served line" tab): the job, the ports, the day's counts, and each port's events.

It reads only: it never starts or cancels a unit, so a person watching cannot get in
the way of the fixture or MES that drives the line. httpx, as everywhere in the
station; a port's event stream can be ended from another thread (``close``), which
wakes the thread reading it at once.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from station.core.errors import ConfigError, StationError

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 15.0


class ServerUnreachable(StationError):
    """The automation server did not answer, refused the token, or answered otherwise."""

    default_hint = "check that station serve runs and the address and token are the right ones"


def check_url(url: str) -> str:
    """``url`` as the base of the API (no trailing slash); ConfigError when it is no
    http address. Plain http only, as ``station serve`` serves it."""
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme != "http" or not parts.hostname:
        raise ConfigError(
            f"{url!r} is not the address of a station serve",
            hint="give it as http://HOST:PORT, e.g. http://127.0.0.1:8765",
        )
    return text


class ApiClient:
    """Reads from the API at ``url`` with ``token``. Each thread uses its own client."""

    def __init__(self, url: str, token: str) -> None:
        self.url = check_url(url)
        if not token.strip():
            raise ConfigError(
                "no API token is given for the served line",
                hint="paste the token station serve-token showed, and keep it",
            )
        self._http = httpx.Client(
            base_url=self.url,
            headers={"Authorization": f"Bearer {token.strip()}",
                     "Accept": "application/json"},
            timeout=httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
        )

    def get(self, path: str) -> Any:
        """The JSON at ``path``; ServerUnreachable in one line for any failure."""
        try:
            answer = self._http.get(path)
        except httpx.HTTPError as exc:
            raise ServerUnreachable(f"the station serve at {self.url} does not answer: "
                                    f"{_reason(exc)}") from None
        return _json(answer, self.url)

    def events(self, port_id: str) -> EventStream:
        """The stream of ``port_id``'s events (opened at once)."""
        return EventStream(self._http, self.url, port_id)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class EventStream:
    """One port's server-sent events as (type, data) pairs, from the port's snapshot on.

    Iterate on one thread; ``close`` from any other ends the iteration at once.
    """

    def __init__(self, http: httpx.Client, url: str, port_id: str) -> None:
        self._lock = threading.Lock()
        self._closed = False
        self._socket: socket.socket | None = None
        self.url = url
        request = http.build_request("GET", f"/ports/{quote(port_id, safe='')}/events",
                                     headers={"Accept": "text/event-stream"})
        try:
            # No read timeout: the server sends a keep-alive comment every 15 s.
            self._response = http.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise ServerUnreachable(f"the station serve at {url} does not answer: "
                                    f"{_reason(exc)}") from None
        if self._response.status_code != 200:
            self._response.read()
            self._response.close()
            _json(self._response, url)  # raises with the server's own words
        stream = self._response.extensions.get("network_stream")
        found = stream.get_extra_info("socket") if stream is not None else None
        self._socket = found if isinstance(found, socket.socket) else None

    def __iter__(self) -> Iterator[tuple[str, dict]]:
        kind, data = "", ""
        try:
            for line in self._response.iter_lines():
                if line.startswith("event:"):
                    kind = line[6:].strip()
                elif line.startswith("data:"):
                    data += line[5:].strip()
                elif not line and kind:
                    yield kind, json.loads(data)
                    kind, data = "", ""
        except (httpx.HTTPError, OSError, ValueError) as exc:
            if not self._closed:
                raise ServerUnreachable(f"the event stream from {self.url} broke off: "
                                        f"{_reason(exc)}") from None
        finally:
            self._response.close()

    def close(self) -> None:
        """End the stream; the thread iterating it leaves its loop. Any thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._socket is not None:
                try:
                    self._socket.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass  # closed already


def _json(answer: httpx.Response, url: str) -> Any:
    try:
        body = answer.json()
    except ValueError:
        body = None
    if answer.status_code == 200 and body is not None:
        return body
    said = body if isinstance(body, dict) else {}
    message = said.get("error") or f"HTTP {answer.status_code}"
    raise ServerUnreachable(f"the station serve at {url} refused: {message}",
                            hint=said.get("hint") or "")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__
