"""`station simulate console`: its options make the board a firmware team asks for."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from station.simulation.console_cli import main
from station.transports.console import ConsoleHello, ConsoleLink
from station.transports.ports import open_port


@contextmanager
def _simulated(capsys: pytest.CaptureFixture[str], *options: str) -> Iterator[str]:
    """Run the command on a thread; yields its port URL once it has printed it."""
    stop = threading.Event()
    done: list[int] = []
    runner = threading.Thread(
        target=lambda: done.append(main(["--listen", "127.0.0.1:0", *options], stop=stop))
    )
    runner.start()
    printed = ""
    try:
        while not (found := re.search(r"socket://\S+", printed)):
            assert runner.is_alive(), printed
            stop.wait(0.02)
            printed += capsys.readouterr().out
        yield found[0]
    finally:
        stop.set()
        runner.join()
    assert done == [0]


def _hello(url: str) -> ConsoleHello:
    with ConsoleLink(open_port(url, 115200, 0.05), url, timeout=2.0) as link:
        link.identify()
        assert link.hello is not None
        return link.hello


def test_the_simulated_board_speaks_version_2_with_its_limits(
    capsys: pytest.CaptureFixture[str],
) -> None:
    options = ("--value-limit", "4096", "--key-limit", "16", "--stage-limit", "12288")
    with _simulated(capsys, *options, "--line-limit", "512", "--chunk", "128") as url:
        hello = _hello(url)
    assert hello.protocol == 2
    assert (hello.value_limit, hello.key_limit, hello.stage_limit) == (4096, 16, 12288)
    assert (hello.line_limit, hello.chunk) == (512, 128)


def test_the_simulated_board_can_be_an_old_one_with_a_prompt_and_chatter(
    capsys: pytest.CaptureFixture[str],
) -> None:
    options = ("--protocol", "1", "--prompt", "factory> ", "--boot-chatter")
    with _simulated(capsys, *options, "--commit-fault", "commit-reply-lost") as url:
        assert _hello(url).protocol == 1
