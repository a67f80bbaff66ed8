"""Route esptool's output to the worker thread that caused it.

esptool (and esp-idf-nvs-partition-gen, through the same esp-pylib logger)
has one logger per process. The station installs one ``RoutingEsptoolLogger``
and each worker thread says where its share goes::

    with route_esptool_output(progress=on_progress, log=on_line):
        cmds.write_flash(esp, ...)

so four ports writing at once keep their progress bars and messages apart.
Output from a thread that has no route goes to Python ``logging`` (logger
``station.esptool``), never straight to the terminal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from esp_pylib.logger import EspLog, EspLogBase
from rich.errors import MarkupError
from rich.markup import render

from station.core.interfaces import LogFn

# done, total, description of the bar (e.g. "Writing at 0x0000a000").
EsptoolProgressFn = Callable[[int, int, str], None]

_logger = logging.getLogger("station.esptool")


def plain_text(markup: str) -> str:
    """esptool's messages carry Rich markup (colours, escaped brackets); keep the words."""
    if "[" not in markup:
        return markup  # most of esptool's lines: nothing for Rich's parser to take out
    try:
        return render(markup).plain
    except MarkupError:
        return markup


@dataclass
class _Route:
    progress: EsptoolProgressFn | None
    log: LogFn | None
    partial: list[str] = field(default_factory=list)  # text printed with end=""

    def write(self, text: str) -> None:
        """Collect printed text and hand on each complete line."""
        *complete, rest = text.split("\n")
        if complete:
            first = "".join(self.partial) + complete[0]
            self.partial = [rest] if rest else []
            for line in (first, *complete[1:]):
                self._line(line)
        elif rest:
            self.partial.append(rest)

    def flush(self) -> None:
        if self.partial:
            line, self.partial = "".join(self.partial), []
            self._line(line)

    def _line(self, line: str) -> None:
        line = plain_text(line).rstrip()
        if not line:
            return
        if self.log is not None:
            self.log(line)
        else:
            _logger.info("%s", line)


_local = threading.local()


def _routes() -> list[_Route]:
    routes = getattr(_local, "routes", None)
    if routes is None:
        routes = _local.routes = []
    return routes


def _current() -> _Route | None:
    routes = _routes()
    return routes[-1] if routes else None


def _join(args: tuple[Any, ...], sep: str = " ") -> str:
    return sep.join(str(a) for a in args)


class RoutingEsptoolLogger(EspLogBase):
    """esptool's process-wide logger, sending each call to the calling thread's route.

    Runs on whichever thread esptool runs on; keeps no state shared between
    threads except the fallback to Python ``logging`` (which is thread-safe).
    """

    def __init__(self) -> None:
        self._verbose = False

    # -- plain output ------------------------------------------------------------

    def print(self, *args: Any, **kwargs: Any) -> None:
        sep = kwargs.get("sep") or " "
        end = kwargs.get("end")
        text = _join(args, sep) + ("\n" if end is None else end)
        route = _current()
        if route is not None:
            route.write(text)
        else:
            for line in text.splitlines():
                if line.strip():
                    _logger.info("%s", plain_text(line))

    def _message(
        self, level: int, label: str, args: tuple[Any, ...], suggestion: str | None
    ) -> None:
        text = f"{label}{_join(args)}"
        if suggestion:
            text += f" ({suggestion})"
        route = _current()
        if route is not None:
            route.flush()
            route.write(text + "\n")
        else:
            _logger.log(level, "%s", plain_text(text))

    def note(self, *args: Any) -> None:
        self._message(logging.INFO, "Note: ", args, None)

    def hint(self, *args: Any) -> None:
        self._message(logging.INFO, "Hint: ", args, None)

    def warn(self, *args: Any, suggestion: str | None = None) -> None:
        self._message(logging.WARNING, "Warning: ", args, suggestion)

    def err(self, *args: Any, suggestion: str | None = None) -> None:
        self._message(logging.ERROR, "Error: ", args, suggestion)

    # esptool still calls these older names in places.
    def warning(self, message: str, suggestion: str | None = None) -> None:
        self.warn(message, suggestion=suggestion)

    def error(self, message: str, suggestion: str | None = None) -> None:
        self.err(message, suggestion=suggestion)

    def debug(self, *args: Any) -> None:
        route = _current()
        if self._verbose and route is not None:
            route.write(_join(args) + "\n")
        else:
            _logger.debug("%s", plain_text(_join(args)))

    def stage(self, finish: bool = False) -> None:
        """Collapsible terminal stages mean nothing here; lines are kept as they come."""

    def set_verbosity(self, mode: int | str) -> None:
        self._verbose = str(mode).lower() in ("verbose", "3")

    # -- progress ----------------------------------------------------------------

    def progress_bar(
        self,
        cur_iter: int,
        total_iters: int,
        prefix: str = "",
        suffix: str = "",
        bar_length: int = 30,
    ) -> None:
        route = _current()
        description = plain_text(prefix).strip()
        if route is not None and route.progress is not None:
            route.progress(cur_iter, total_iters, description)
        else:
            _logger.debug("%s %d/%d", description, cur_iter, total_iters)


_install_lock = threading.Lock()


def install_esptool_logger() -> RoutingEsptoolLogger:
    """Make the routing logger esptool's logger for this process; safe to call again.

    Replaces esptool's default (terminal) logger. Any thread may call it.
    """
    with _install_lock:
        current = EspLog.instance
        if isinstance(current, RoutingEsptoolLogger):
            return current
        routing = RoutingEsptoolLogger()
        # EspLog.set_logger is what esptool's own ``log.set_logger`` ends in; calling
        # the class method keeps working once our logger (which has no set_logger) is in.
        EspLog.set_logger(routing)
        return routing


@contextmanager
def route_esptool_output(
    progress: EsptoolProgressFn | None = None, log: LogFn | None = None
) -> Iterator[None]:
    """Send esptool output made on this thread, inside the block, to ``progress`` and ``log``.

    ``progress(done, total, description)`` gets every progress-bar update;
    ``log(line)`` gets each complete line of text, Rich markup removed. A
    ``None`` callback sends that kind of output to Python ``logging``.
    Blocks nest; the innermost wins. Call it on the worker thread itself.
    """
    install_esptool_logger()
    route = _Route(progress=progress, log=log)
    routes = _routes()
    routes.append(route)
    try:
        yield
    finally:
        route.flush()
        routes.remove(route)
