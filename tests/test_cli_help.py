"""`station … --help` explains every option of every command, and lists what can be chosen."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from station.cli import build_parser, main
from station.manifest.exports import export_formats
from station.simulation.esp32.__main__ import build_parser as esp32_simulator_parser


def commands(
    parser: argparse.ArgumentParser,
    path: tuple[str, ...] = ("station",),
    text: str | None = "(the program)",
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser, str | None]]:
    """Every command from ``parser`` down: its words, its parser and the line its parent's
    ``--help`` gives it."""
    yield path, parser, text
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name), helps.get(name))


def unexplained(parser: argparse.ArgumentParser) -> list[str]:
    """The options and arguments of ``parser`` that ``--help`` shows without a text."""
    return [
        "/".join(action.option_strings) or action.dest
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction | argparse._SubParsersAction)
        and action.help != argparse.SUPPRESS
        and not (action.help or "").strip()
    ]


def test_every_command_and_option_has_its_help_text() -> None:
    missing = []
    found = 0
    for words, parser, text in commands(build_parser()):
        found += 1
        if not (text or "").strip():
            missing.append(" ".join(words))
        missing += [f"{' '.join(words)} {name}" for name in unexplained(parser)]
    missing += [f"station simulate esp32 {name}"
                for name in unexplained(esp32_simulator_parser())]
    assert found > 30  # the walk reached the subcommands
    assert missing == []


def test_manifest_export_help_lists_every_registered_format(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["manifest", "export", "--help"])
    shown = capsys.readouterr().out
    assert set(export_formats()) >= {"iotc-import", "iotc-export", "audit", "dps-enrollments"}
    listed = shown.split("formats:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in listed] == sorted(export_formats())
    for line, name in zip(listed, sorted(export_formats()), strict=True):
        assert line.split(None, 1)[1] == export_formats()[name].description


def test_an_unknown_export_format_is_refused_with_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["manifest", "export", "--format", "xlsx", "--out", "x.csv"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'xlsx'" in err
    for name in export_formats():
        assert name in err
