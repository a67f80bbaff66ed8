"""The ``esptool-nvs`` transport: an ESP32-family board written with esptool, its values
in an ESP-IDF NVS partition (encrypted or not), its firmware images beside it. Its other
storage format, ``esp_secure_cert``, is declared in ``station.boards.esp_secure_cert``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from station.profiles.kinds import FlashStorage, StorageFormat, TransportKind, key_length_check
from station.profiles.model import NVS_KEY_MAX, Profile
from station.profiles.problems import Found
from station.simulation.esp32.board import FAULTS, VirtualEsp32
from station.transports.esp_storage import (
    build_nvs,
    check_nvs_encryption,
    nvs_areas,
    read_nvs_back,
)
from station.transports.esptool_checks import check_esptool_profile, check_nvs_items
from station.transports.esptool_nvs import transport_from_profile

NAME = "esptool-nvs"


class Esp32Boards:
    """Virtual ESP32s that follow the ROM loader and esptool's stub."""

    faults = FAULTS

    def make(self, profile: Profile, seed: str, fault: str | None, tpm: Any) -> Any:
        return VirtualEsp32(chip=profile.board.chip or "esp32", seed=seed, fault=fault)

    def serve(self, profile: Profile, board: Any) -> Any:
        return board.serve_tcp()  # its server reads ``board`` at each connection


def _simulate(argv: list[str]) -> int:
    from station.simulation.esp32.__main__ import main

    return main(argv)


_nvs_keys = key_length_check(NVS_KEY_MAX, "the NVS key limit")


def check_nvs(profile: Profile, file: Path) -> Found:
    """What an NVS partition cannot hold, and its encryption settings."""
    yield from _nvs_keys(profile, file)
    yield from check_nvs_items(profile, file)
    yield from check_nvs_encryption(profile, file)


TRANSPORT = TransportKind(
    name=NAME,
    description="an ESP32-family board written with esptool",
    open=transport_from_profile,
    storage_formats=("nvs", "esp_secure_cert"),
    check=check_esptool_profile,
    writes_images=True,
    virtual=Esp32Boards(),
    simulator="esp32",
    simulate=_simulate,
    runs_apart=True,
)

STORAGE = StorageFormat(
    name="nvs",
    description="an ESP-IDF NVS partition (namespace, typed keys) at the profile's offset, "
    "encrypted with a per-unit nvs_keys partition when the profile says so",
    check=check_nvs,
    settings=("encrypted", "keys_offset"),
    flash=FlashStorage(areas=nvs_areas, build=build_nvs, read_back=read_nvs_back),
)
