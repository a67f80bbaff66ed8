"""The sound of a result: short, different for pass and fail, and never blocking.

QtMultimedia is not part of PySide6-Essentials, so the WAV files in
``assets/sounds`` are played with ``winsound`` where it exists (Windows, async)
and the platform's beep stands in elsewhere. ``write_result_sounds`` makes the
WAV files (``python -m station.gui.sound``).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QTimer
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


def play_result(ok: bool) -> None:
    """Sound the result of a unit; returns at once. Call on the GUI thread."""
    sound = asset_path("sounds", "pass.wav" if ok else "fail.wav")
    if sys.platform == "win32" and sound.exists():
        import winsound

        winsound.PlaySound(str(sound), winsound.SND_FILENAME | winsound.SND_ASYNC)
        return
    QApplication.beep()
    if not ok:  # a second beep makes a failure sound different from a pass
        QTimer.singleShot(250, QApplication.beep)


if __name__ == "__main__":
    for written in write_result_sounds():
        print(written)
