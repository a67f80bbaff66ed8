"""The checks the ``esptool-nvs`` transport and the ``nvs`` storage format make on a profile.

Against what esptool knows of each chip (its name, flash sizes, where the ROM
starts the bootloader) and what an ESP-IDF NVS partition can hold, so that a
layout that would brick a board is refused before any board is touched.
"""

from __future__ import annotations

from pathlib import Path

from station.core.folders import ImagePathError
from station.profiles.checks import resolve_image, sha256_of
from station.profiles.kinds import profile_storage
from station.profiles.model import (
    NVS_STRING_MAX,
    PEM_SOURCES,
    ImageEntry,
    Profile,
)
from station.profiles.problems import Found, Problem
from station.transports.flash_layout import (
    FLASH_SECTOR,
    Region,
    board_problems,
    chip_layout,
    esptool_chips,
    layout_problems,
)

NVS_MIN_SIZE = 3 * FLASH_SECTOR  # NVS needs at least three pages to rotate through


def check_esptool_profile(profile: Profile, file: Path) -> Found:
    """The board, the storage partition and every image: on the chip, aligned, apart."""
    board = profile.board
    chips = esptool_chips()
    if not board.chip:
        yield ("board.chip", f"is required for transport esptool-nvs; allowed: {', '.join(chips)}",
               "error")
    elif board.chip not in chips:
        yield ("board.chip", f"{board.chip!r} is not a chip esptool knows; allowed: "
               f"{', '.join(chips)}", "error")

    storage = profile.storage
    if storage.offset % FLASH_SECTOR:
        yield ("storage.offset", f"{storage.offset:#x} is not on a flash sector boundary; "
               "allowed: multiples of 0x1000", "error")
    if storage.size % FLASH_SECTOR or storage.size < NVS_MIN_SIZE:
        yield ("storage.size", f"{storage.size:#x} is not a valid NVS partition size; allowed: "
               "a multiple of 0x1000, at least 0x3000 (three pages)", "error")

    # The partitions the storage format fills (NVS, nvs_keys, esp_secure_cert).
    flash = profile_storage(profile).flash
    areas = flash.areas(profile) if flash is not None else ()
    storage_regions = [Region(area.offset, area.offset + area.size,
                              "storage" if area.key == "storage.offset" else area.name,
                              area.key) for area in areas]
    regions: list[Region] = list(storage_regions)
    for i, entry in enumerate(profile.images):
        problems, region = _image(f"images[{i}]", entry, file)
        yield from problems
        regions.extend([region] if region else [])
    yield from _overlaps(regions)

    if board.chip in chips:
        board_found = list(board_problems(board.chip, board.partition_table_offset,
                                          board.flash_size))
        yield from board_found
        if not board_found:
            layout = chip_layout(board.chip, board.partition_table_offset, board.flash_size)
            yield from layout_problems(layout, regions, storage_regions,
                                       bool(board.flash_size))


def _image(at: str, entry: ImageEntry, file: Path) -> tuple[list[Problem], Region | None]:
    """The problems with one image entry, and the region it fills (None without its file)."""
    problems: list[Problem] = []
    if entry.offset % FLASH_SECTOR:
        problems.append((f"{at}.offset", f"{entry.offset:#x} is not on a flash sector "
                         "boundary; allowed: multiples of 0x1000", "error"))
    try:
        path = resolve_image(file.parent, entry)
    except ImagePathError as exc:
        return [*problems, (f"{at}.path", str(exc), "error")], None
    actual = sha256_of(path)
    if actual != entry.sha256.lower():
        problems.append((f"{at}.sha256", f"{entry.path} has SHA-256 {actual} but the profile "
                         f"expects {entry.sha256.lower()}; no board was touched; allowed: the "
                         "image the profile was written for, or its new sum from "
                         f"`sha256sum {path}`", "error"))
    label = f"image {entry.name or entry.path!r}"
    return problems, Region(entry.offset, entry.offset + path.stat().st_size, label,
                            f"{at}.offset")


def _overlaps(regions: list[Region]) -> Found:
    ordered = sorted(regions, key=lambda region: (region.start, region.end))
    # Compare each region with the one reaching furthest before it: that catches every overlap.
    reach = ordered[0]
    for region in ordered[1:]:
        if region.start < reach.end:
            yield (region.key, f"{region} overlaps {reach}; allowed: regions that do not "
                   "overlap", "error")
        if region.end > reach.end:
            reach = region


def check_nvs_items(profile: Profile, file: Path) -> Found:
    """What an NVS partition cannot hold: strings of PEM size or over its string limit."""
    for i, item in enumerate(profile.storage.items):
        at = f"storage.items[{i}]"
        if item.type == "string" and item.source in PEM_SOURCES:
            yield (f"{at}.type", f"{item.source} can exceed 4,000 bytes; NVS strings cannot "
                   'hold it: use type = "blob"', "error")
        if item.type == "string" and isinstance(item.value, str):
            size = len(item.value.encode("utf-8"))
            if size > NVS_STRING_MAX:
                yield (f"{at}.value", f"is {size:,} bytes; NVS strings hold at most "
                       f'{NVS_STRING_MAX:,}: use type = "blob"', "error")
