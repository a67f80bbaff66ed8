"""The result sound: the right WAV for each result, played without blocking."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from station.gui.app import application
from station.gui.sound import BeepPlayer, CommandPlayer, ResultSound, default_player
from tests.gui_fixtures import RecordingPlayer


def test_result_sound_picks_the_pass_and_fail_wavs() -> None:
    player = RecordingPlayer()
    sound = ResultSound(player)
    sound.play_result(True)
    sound.play_result(False)
    assert player.played == [("pass.wav", True), ("fail.wav", False)]


def test_command_player_runs_the_player_detached_with_the_wav(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    application()
    copy = tmp_path / "played.wav"
    player = CommandPlayer(["/bin/sh", "-c", f'cp "$1" "{copy}"', "sh"])
    wav = tmp_path / "tone.wav"
    wav.write_bytes(b"RIFF-test")
    player.play(wav, True)  # returns at once; the copy appears when the process has run
    qtbot.waitUntil(lambda: copy.exists() and copy.read_bytes() == b"RIFF-test", timeout=10_000)


def test_default_player_prefers_paplay_then_aplay_then_beep(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert isinstance(default_player(), BeepPlayer)
    for name in ("aplay", "paplay"):
        tool = tmp_path / name
        tool.write_text("#!/bin/sh\n")
        tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
        chosen = default_player()
        assert isinstance(chosen, CommandPlayer)
        assert chosen.command[0] == os.fspath(tool)
