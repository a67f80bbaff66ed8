"""The sound of a result: short, different for pass and fail, and never blocking.

QtMultimedia is not part of PySide6-Essentials, so the WAV files in
``assets/sounds`` are played by the platform: ``winsound`` on Windows (async),
``paplay`` or ``aplay`` started as a detached process on Linux, and the
platform's beep where none of these exists. ``write_result_sounds`` makes the
WAV files (``python -m station.gui.sound``).
"""

from __future__ import annotations

import math
import shutil
import struct
import sys
import wave
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QProcess, QTimer
from PySide6.QtWidgets import QApplication

from station.gui.assets import asset_path

SAMPLE_RATE = 22050
# (frequency Hz, seconds) steps: a rising pair for pass, a low double buzz for fail.
PASS_TONES = ((880.0, 0.09), (1320.0, 0.16))
FAIL_TONES = ((220.0, 0.18), (0.0, 0.06), (220.0, 0.25))


def write_tones(path: Path, tones: tuple[tuple[float, float], ...], volume: float = 0.5) -> Path:
    """Write a 16-bit mono WAV of the given tones (frequency 0 is silence)."""
    frames = bytearray()
    for frequency, seconds in tones:
        count = int(SAMPLE_RATE * seconds)
        for i in range(count):
            # A short fade at both ends keeps the speaker from clicking.
            envelope = min(1.0, i / 200, (count - i) / 200)
            sample = math.sin(2 * math.pi * frequency * i / SAMPLE_RATE) if frequency else 0.0
            frames += struct.pack("<h", int(32767 * volume * envelope * sample))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(bytes(frames))
    return path


def write_result_sounds(folder: Path | None = None) -> list[Path]:
    folder = folder or asset_path("sounds")
    return [
        write_tones(folder / "pass.wav", PASS_TONES),
        write_tones(folder / "fail.wav", FAIL_TONES),
    ]


class SoundPlayer(Protocol):
    """Plays one result sound. ``play`` returns at once; it is called on the GUI thread."""

    def play(self, wav: Path, ok: bool) -> None: ...


class WinsoundPlayer:
    """Windows: the WAV through ``winsound``, asynchronously."""

    def play(self, wav: Path, ok: bool) -> None:
        if sys.platform == "win32":  # chosen on Windows only; type checkers see winsound there
            import winsound

            winsound.PlaySound(str(wav), winsound.SND_FILENAME | winsound.SND_ASYNC)


class CommandPlayer:
    """Runs ``command + [wav]`` as a detached process (e.g. ``paplay`` or ``aplay -q``)."""

    def __init__(self, command: list[str]) -> None:
        self.command = command

    def play(self, wav: Path, ok: bool) -> None:
        started, _pid = QProcess.startDetached(self.command[0], [*self.command[1:], str(wav)])
        if not started:  # the player vanished or cannot run: a beep still tells the result
            BeepPlayer().play(wav, ok)


class BeepPlayer:
    """The platform's beep: once for a pass, twice for a failure."""

    def play(self, wav: Path, ok: bool) -> None:
        QApplication.beep()
        if not ok:
            QTimer.singleShot(250, QApplication.beep)


def default_player() -> SoundPlayer:
    """The best way this machine has to play a WAV without blocking."""
    if sys.platform == "win32":
        return WinsoundPlayer()
    for command in (["paplay"], ["aplay", "-q"]):
        found = shutil.which(command[0])
        if found:
            return CommandPlayer([found, *command[1:]])
    return BeepPlayer()


class ResultSound:
    """Sounds each unit's result through ``player`` (chosen on first use when None)."""

    def __init__(self, player: SoundPlayer | None = None) -> None:
        self.player = player
        self._sounds: dict[bool, tuple[Path, bool]] = {}  # the file, and whether it is there

    def play_result(self, ok: bool) -> None:
        """Sound the result of a unit; returns at once. Call on the GUI thread."""
        if self.player is None:
            self.player = default_player()
        if ok not in self._sounds:  # looked up once: results come several a second
            wav = asset_path("sounds", "pass.wav" if ok else "fail.wav")
            self._sounds[ok] = (wav, wav.exists())
        wav, present = self._sounds[ok]
        (self.player if present else BeepPlayer()).play(wav, ok)


if __name__ == "__main__":
    for written in write_result_sounds():
        print(written)
