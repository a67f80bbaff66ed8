"""A port's board work in a process of its own.

With many ports at once, every port's link (esptool's SLIP framing, a read loop per
answer, compression, MD5s) shares one interpreter with the others and with the
window, so each of a unit's ninety-odd ROM round trips waits for its turn and the
window's event loop waits behind them. ``PortProcesses`` wraps a transport whose
links are plain ``BoardLink``s and runs each port's link in a worker process: the
port's thread in the station sends it the calls, and only the answers, progress
and log lines come back over a pipe (an OS pipe: a payload's secrets never touch
a file or a command line).

    transport = PortProcesses(transport_for(profile, folder))
    link = transport.open("/dev/ttyUSB3")  # a worker process serves the port
    ...
    transport.close()  # ends the workers; they also end when the station does

A worker lives as long as the transport and serves its port's units one after
another. Progress waits for the station's answer, so a unit stopped by the operator
stops inside a long write as it does in the station's own process. A worker that
dies mid-unit fails that unit (``PortProcessEnded``); the next unit gets a new one.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import weakref
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from station.core.errors import Cancelled, StationError, TransportError
from station.core.interfaces import BoardLink, LogFn, ProgressFn, Transport
from station.core.models import BoardInfo, BoardPayload

_logger = logging.getLogger(__name__)

# Messages: station -> worker ("call", name, args) (name "open" makes the link,
# "close" ends it) ("go",) ("stop", error) ("quit",); worker -> station
# ("progress", done, total, text) ("log", line) ("record", logger, level, text)
# ("done", value) ("error", error).


_PRELOAD = ("station.transports.", "station.boards.")
# Workers yield a core to the station's own threads (the window's first): a unit's
# serial work can wait a millisecond, a stalled window is seen by the operator.
WORKER_NICENESS = 5


class PortProcessEnded(TransportError):
    """The worker process serving a port ended in the middle of a unit."""

    default_hint = (
        "provision the unit again; the port gets a new worker. If it happens again, "
        "report it to the station's engineer with the station log"
    )


def _context() -> Any:
    """Workers forked from a server that has already imported the transports start in
    milliseconds; a frozen program or a system without fork spawns them."""
    if getattr(sys, "frozen", False) or "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    return multiprocessing.get_context("forkserver")


class PortProcesses:
    """A transport whose links each run in a worker process per port."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self.kind = getattr(transport, "kind", "")
        self._context = _context()
        if self._context.get_start_method() == "forkserver":
            # What the station has loaded for its boards, so a new worker imports nothing.
            loaded = [name for name in sys.modules if name.startswith(_PRELOAD)]
            self._context.set_forkserver_preload([*loaded, type(transport).__module__])
        self._idle: list[_Worker] = []  # workers between units; any port may take one
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        # A transport dropped without close() still ends its workers.
        self._finalizer = weakref.finalize(self, _end_all, self._all)

    def open(self, port: str) -> PortProcessLink:
        """A link to the board on ``port``, served by the port's worker; nothing is
        sent to the board until ``identify``."""
        with self._lock:
            if self._closed:
                raise TransportError(
                    "the station is closing its ports", hint="start the job again"
                )
            worker = self._idle.pop() if self._idle else None
        if worker is None or not worker.alive():
            if worker is not None:
                self._forget(worker)
            worker = _Worker(self._context, self.transport)
            with self._lock:
                self._all.add(worker)
        return PortProcessLink(self, worker, port)

    def give_back(self, worker: _Worker) -> None:
        """A link is done with ``worker``: keep it for the next unit."""
        with self._lock:
            if not self._closed and worker.alive():
                self._idle.append(worker)
                return
        self._forget(worker)

    def _forget(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.end()

    def workers(self) -> int:
        """How many worker processes are alive."""
        with self._lock:
            return sum(1 for worker in self._all if worker.alive())

    def pids(self) -> list[int]:
        """The live workers' process IDs (to watch what they use)."""
        with self._lock:
            return [worker.process.pid for worker in self._all if worker.alive()]

    def close(self) -> None:
        """End every worker. Links still open fail their next call."""
        with self._lock:
            self._closed = True
            self._idle.clear()
        self._finalizer()

    def __enter__(self) -> PortProcesses:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def end_ports(transport: Transport) -> None:
    """End ``transport``'s worker processes, if it runs ports in any."""
    if isinstance(transport, PortProcesses):
        transport.close()


def _end_all(workers: set[_Worker]) -> None:
    for worker in list(workers):
        worker.end()
    workers.clear()


class _Worker:
    """One worker process and the station's end of its pipe."""

    def __init__(self, context: Any, transport: Transport) -> None:
        self.conn, child = context.Pipe()
        level = logging.getLogger("station").getEffectiveLevel()
        self.process = context.Process(
            target=serve, args=(child, transport, level), name="station port worker",
            daemon=True,
        )
        self.process.start()
        child.close()

    def alive(self) -> bool:
        return self.process.is_alive() and not self.conn.closed

    def end(self) -> None:
        if not self.conn.closed:
            try:
                self.conn.send(("quit",))
            except OSError:
                pass
            self.conn.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class PortProcessLink:
    """The station's side of one link served by a worker process. One worker thread."""

    def __init__(self, owner: PortProcesses, worker: _Worker, port: str) -> None:
        self.port = port
        self.board: BoardInfo | None = None
        self._owner = owner
        self._worker: _Worker | None = worker
        try:
            self._call("open", port)
        except BaseException:
            if self._worker is not None:  # the worker is sound; the port was not
                self._worker = None
                owner.give_back(worker)
            raise

    def identify(self) -> BoardInfo:
        board: BoardInfo = self._call("identify")
        self.board = board
        return board

    def write(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        self._call("write", payload, progress=progress, log=log)

    def verify(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        self._call("verify", payload, progress=progress, log=log)

    def finish(self) -> None:
        self._call("finish")

    def close(self) -> None:
        """Close the board's port in the worker and keep the worker for the next unit.
        Safe to call more than once."""
        worker, self._worker = self._worker, None
        if worker is None:
            return
        try:
            self._ask(worker, "close", ())
        except StationError as exc:
            _logger.debug("closing %s: %s", self.port, exc)
            self._owner._forget(worker)
            return
        self._owner.give_back(worker)

    def __enter__(self) -> PortProcessLink:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(
        self, name: str, *args: Any, progress: ProgressFn | None = None, log: LogFn | None = None
    ) -> Any:
        if self._worker is None:
            raise TransportError(f"the link to {self.port} is closed", hint="open it again")
        worker = self._worker
        try:
            return self._ask(worker, name, args, progress, log)
        except PortProcessEnded:
            self._worker = None
            self._owner._forget(worker)
            raise

    def _ask(
        self,
        worker: _Worker,
        name: str,
        args: tuple[Any, ...],
        progress: ProgressFn | None = None,
        log: LogFn | None = None,
    ) -> Any:
        conn = worker.conn
        stopped: BaseException | None = None
        try:
            conn.send(("call", name, args))
            while True:
                message = conn.recv()
                what = message[0]
                if what == "progress":
                    answer: tuple[Any, ...] = ("go",)
                    if progress is not None and stopped is None:
                        try:
                            progress(*message[1:])
                        except StationError as exc:  # the operator stopped the unit
                            stopped, answer = exc, ("stop", _sendable(exc))
                    conn.send(answer)
                elif what == "log":
                    if log is not None:
                        log(message[1])
                elif what == "record":
                    logging.getLogger(message[1]).log(message[2], "%s", message[3])
                elif what == "done":
                    return message[1]
                else:  # "error"
                    raise message[1]
        except (EOFError, OSError) as exc:
            raise PortProcessEnded(
                f"the worker process serving {self.port} ended during {name}"
            ) from exc


# -- the worker's side ------------------------------------------------------------------


class _Forward(logging.Handler):
    """Hands the worker's log records to the station, which logs them as its own."""

    def __init__(self, conn: Connection, level: int) -> None:
        super().__init__(level)
        self.conn = conn

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.conn.send(("record", record.name, record.levelno, record.getMessage()))
        except OSError:
            pass


def _sendable(exc: BaseException) -> BaseException:
    """``exc`` if the other side can rebuild it, else a TransportError that says the same."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # an error class pickle cannot rebuild: keep its words and code
        text = exc.message if isinstance(exc, StationError) else f"{type(exc).__name__}: {exc}"
        error = TransportError(text)
        if isinstance(exc, StationError):
            error.hint, error.stage, error.code = exc.hint, exc.stage, exc.code
        return error
    return exc


def _progress_over(conn: Connection) -> Callable[[int, int, str], None]:
    def progress(done: int, total: int, text: str = "") -> None:
        conn.send(("progress", done, total, text))
        answer = conn.recv()
        if answer[0] == "stop":
            error = answer[1]
            raise error if isinstance(error, StationError) else Cancelled(str(error))

    return progress


def serve(conn: Connection, transport: Transport, level: int) -> None:
    """The worker's loop: open links to its port and run their calls until told to
    quit or the station's end of the pipe closes."""
    root = logging.getLogger()
    root.handlers[:] = [_Forward(conn, level)]
    root.setLevel(level)
    # Ctrl+C reaches the whole process group; the station stops its units itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)
    link: BoardLink | None = None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            break
        if message[0] == "quit":
            break
        _, name, args = message
        try:
            value = _run(transport, link, name, args, conn)
            if name == "open":
                link, value = value, None
            elif name == "close":
                link = None
            answer: tuple[Any, ...] = ("done", value)
        except Exception as exc:  # every failure goes back to the unit, as in-process
            answer = ("error", _sendable(exc))
        try:
            conn.send(answer)
        except OSError:
            break
    if link is not None:
        link.close()


def _run(transport: Transport, link: BoardLink | None, name: str, args: tuple[Any, ...],
         conn: Connection) -> Any:
    """One call from the station: ``open`` gives the new link, any other its value."""
    if name == "open":
        if link is not None:
            link.close()
        return transport.open(*args)
    if link is None:
        raise TransportError(f"{name} on a link that is not open", hint="open it again")
    if name in ("write", "verify"):
        args = (*args, _progress_over(conn), lambda line: conn.send(("log", line)))
    return getattr(link, name)(*args)
