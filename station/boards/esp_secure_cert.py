"""The ``esp_secure_cert`` storage format of the ``esptool-nvs`` transport: the device
certificate, its CA and its private key in the esp_secure_cert partition that
Espressif's esp_secure_cert_mgr reads, every other item in NVS (encrypted or not)."""

from __future__ import annotations

from pathlib import Path

from station.boards.esptool_nvs import check_nvs
from station.profiles.kinds import FlashStorage, StorageFormat
from station.profiles.model import Profile
from station.profiles.problems import Found
from station.transports.esp_storage import (
    build_secure_cert,
    check_secure_cert,
    read_secure_cert_back,
    secure_cert_areas,
)


def _check(profile: Profile, file: Path) -> Found:
    yield from check_secure_cert(profile, file)
    yield from check_nvs(profile, file)


STORAGE = StorageFormat(
    name="esp_secure_cert",
    description="certificates and key in an esp_secure_cert partition (TLV format, "
    "read by esp_secure_cert_mgr); the other items in NVS",
    check=_check,
    settings=("encrypted", "keys_offset", "secure_cert_offset"),
    flash=FlashStorage(
        areas=secure_cert_areas, build=build_secure_cert, read_back=read_secure_cert_back
    ),
)
