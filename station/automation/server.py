"""Serving the automation API over HTTP with uvicorn, on a thread of its own, and
stopping it cleanly: no unit, stream or thread of the server is left afterwards.

The listening socket is bound before the server starts (``listen``), so a taken
port or an unknown address is one line at start-up, and the address actually
bound (an ``--api-port 0`` picks a free one) is known at once.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import uvicorn
from starlette.types import ASGIApp

from station.automation.app import build_app
from station.automation.controller import AutomatedStation
from station.automation.listen import DEFAULT_API_PORT, DEFAULT_BIND, listen
from station.automation.token import TokenCheck
from station.core.errors import StationError

READER_THREADS = 2  # manifest reads and label reprints, off the event loop


class AutomationServer:
    """The API over ``station`` on ``bind:port``, from ``start`` to ``stop``."""

    def __init__(
        self,
        station: AutomatedStation,
        tokens: TokenCheck,
        *,
        bind: str = DEFAULT_BIND,
        port: int = DEFAULT_API_PORT,
    ) -> None:
        self.station = station
        self.tokens = tokens
        self.bind = bind
        self.port = port
        self.loopback = True
        self._readers: ThreadPoolExecutor | None = None
        self.app: ASGIApp | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.bind}]" if ":" in self.bind else self.bind
        return f"http://{host}:{self.port}"

    def start(self) -> AutomationServer:
        """Bind, open the station and serve; returns once requests are answered.
        Raises ConfigError (the address) or StationError (the server did not start)."""
        sock, self.loopback = listen(self.bind, self.port)
        self.bind, self.port = sock.getsockname()[:2]
        self._readers = ThreadPoolExecutor(READER_THREADS, thread_name_prefix="automation read")
        self.app = build_app(self.station, self.tokens, self._readers)
        config = uvicorn.Config(
            self.app,
            lifespan="off",
            log_config=None,
            log_level="warning",
            access_log=False,
            server_header=False,
        )
        self._server = uvicorn.Server(config)
        self.station.open()
        server = self._server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="automation http"
        )
        self._thread.start()
        while not server.started and self._thread.is_alive():
            time.sleep(0.01)
        if not server.started:
            sock.close()
            self.stop()
            raise StationError(
                f"the automation server did not start on {self.url}",
                hint="run with --debug and report what it says",
            )
        return self

    def stop(self) -> None:
        """Stop the units (each at its next step; their results still reach the streams),
        end the streams, stop serving, print the labels queued. Waits for all of it."""
        self.station.stop_units()
        self.station.hub.close()
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join()
        self.station.close()
        if self._readers is not None:
            self._readers.shutdown(wait=True)
            self._readers = None

    def __enter__(self) -> AutomationServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
