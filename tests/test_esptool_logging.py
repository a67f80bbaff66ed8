"""esptool's one process-wide logger, routed to the thread that caused the output."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from importlib.metadata import version
from pathlib import Path

from esp_pylib.logger import EspLog, log  # the proxy esptool's own ``log`` is
from rich.markup import escape

from station.transports.esptool_api import cmds
from station.transports.esptool_logging import (
    RoutingEsptoolLogger,
    install_esptool_logger,
    route_esptool_output,
)


def test_installing_twice_keeps_one_logger():
    first = install_esptool_logger()
    assert install_esptool_logger() is first
    assert isinstance(EspLog.instance, RoutingEsptoolLogger)


def test_esptool_output_reaches_the_route_as_plain_lines():
    lines: list[str] = []
    with route_esptool_output(log=lines.append):
        cmds.version()  # a real esptool command that prints its version
        log.print("Connecting...", end="")
        log.print(".", end="")
        log.print("")
        log.warn("[bold]careful[/bold]")
        log.note(escape("a file named [1].bin"))  # esptool escapes text it did not write
    assert lines == [
        version("esptool"),
        "Connecting....",
        "Warning: careful",
        "Note: a file named [1].bin",
    ]


def test_progress_bars_reach_the_route():
    seen: list[tuple[int, int, str]] = []
    with route_esptool_output(progress=lambda d, t, m: seen.append((d, t, m))):
        with log.progress(total=300, unit="B") as bar:
            for _ in range(3):
                bar.update(advance=100, description="Writing at 0x00009000")
    assert [s[:2] for s in seen] == [(100, 300), (200, 300), (300, 300)]
    assert seen[-1][2] == "Writing at 0x00009000"


def test_two_threads_keep_their_output_apart():
    results: dict[str, list[tuple[int, int]]] = {"a": [], "b": []}
    lines: dict[str, list[str]] = {"a": [], "b": []}
    both_inside = threading.Barrier(2)

    def worker(name: str, total: int) -> None:
        with route_esptool_output(
            progress=lambda d, t, m: results[name].append((d, t)), log=lines[name].append
        ):
            both_inside.wait()
            with log.progress(total=total) as bar:
                for _ in range(total):
                    log.print(f"step of {name}")
                    bar.update(advance=1)

    threads = [threading.Thread(target=worker, args=(n, t)) for n, t in (("a", 50), ("b", 70))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert results["a"] == [(i, 50) for i in range(1, 51)]
    assert results["b"] == [(i, 70) for i in range(1, 71)]
    assert set(lines["a"]) == {"step of a"} and len(lines["a"]) == 50
    assert set(lines["b"]) == {"step of b"} and len(lines["b"]) == 70


def test_routes_nest_and_the_inner_one_wins():
    outer: list[str] = []
    inner: list[str] = []
    with route_esptool_output(log=outer.append):
        log.print("one")
        with route_esptool_output(log=inner.append):
            log.print("two")
        log.print("three")
    assert outer == ["one", "three"]
    assert inner == ["two"]


def test_output_without_a_route_goes_to_python_logging(caplog, capsys):
    install_esptool_logger()
    with caplog.at_level(logging.DEBUG, logger="station.esptool"):
        log.print("Connecting...")
        log.warn("flash is slow")
        with log.progress(total=10) as bar:
            bar.update(advance=10, description="Reading")
    messages = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert (logging.INFO, "Connecting...") in messages
    assert (logging.WARNING, "Warning: flash is slow") in messages
    assert (logging.DEBUG, "Reading 10/10") in messages
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_esptool_ignores_config_files_in_the_working_folder(tmp_path: Path):
    (tmp_path / "esptool.cfg").write_text("[esptool]\ntimeout = 99\n")
    probe = (
        "import os, station.transports.esptool_api\n"
        "import esptool.loader\n"
        "print(esptool.loader.DEFAULT_TIMEOUT, os.environ.get('ESPTOOL_CFGFILE'))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    # esptool's default timeout, and the environment left as it was.
    assert run.stdout.split() == ["3", "None"]
