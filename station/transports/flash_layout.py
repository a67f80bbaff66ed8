"""Where an ESP chip keeps its boot code in flash, and whether a profile's layout respects it.

The ROM starts the second-stage bootloader from a fixed address that esptool
knows per chip (``BOOTLOADER_FLASH_OFFSET``: 0x1000 on the esp32 and esp32s2,
0x0 on the esp32c3, esp32s3 and most later chips); the bootloader reads the
partition table at ``board.partition_table_offset`` (ESP-IDF's default
0x8000). Writing the NVS image over either bricks the board, and nothing may
be written past the end of the flash.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import Any

from station.profiles.problems import Found

FLASH_SECTOR = 0x1000
PARTITION_TABLE_SIZE = FLASH_SECTOR  # the table and its checksum fill one sector


@cache
def _targets() -> dict[str, Any]:
    # Imported here: esptool is heavy and only esptool-nvs profiles need it. esptool_api
    # loads esptool with the station's own (empty) configuration first.
    from station.transports import esptool_api  # noqa: F401

    return dict(importlib.import_module("esptool.targets").CHIP_DEFS)


def esptool_chips() -> tuple[str, ...]:
    """The chip names esptool knows (``esp32``, ``esp32c3``, ...)."""
    return tuple(_targets())


def flash_sizes(chip: str) -> dict[str, int]:
    """The flash sizes esptool takes for ``chip`` (e.g. ``"4MB"``), in bytes, smallest first."""
    from station.transports.esptool_api import flash_size_bytes

    sizes = {name: flash_size_bytes(name) for name in _targets()[chip].FLASH_SIZES}
    return dict(sorted(sizes.items(), key=lambda item: (item[1], item[0])))


@dataclass(frozen=True)
class Region:
    """A stretch of flash a profile writes (or a chip reserves); ``end`` is exclusive."""

    start: int
    end: int
    label: str
    key: str = ""  # the profile key that places it, for problems

    def overlaps(self, other: Region) -> bool:
        return self.start < other.end and other.start < self.end

    def __str__(self) -> str:
        return f"{self.label} ({self.start:#x}-{self.end - 1:#x})"


@dataclass(frozen=True)
class ChipLayout:
    """The boot regions of one chip and the flash a profile's regions must fit in."""

    chip: str
    bootloader: Region
    partition_table: Region
    flash_end: int
    flash_name: str

    def slots(self) -> tuple[tuple[Region, str], ...]:
        """The reserved regions, each with the kind of image that may fill it."""
        return ((self.bootloader, "bootloader"), (self.partition_table, "partition table"))


def chip_layout(chip: str, partition_table_offset: int, flash_size: str) -> ChipLayout:
    """The layout of ``chip`` (a name esptool knows); ``flash_size`` empty means the
    largest flash the chip takes. The arguments must have passed ``board_problems``."""
    boot = int(_targets()[chip].BOOTLOADER_FLASH_OFFSET)
    sizes = flash_sizes(chip)
    name = flash_size or max(sizes, key=lambda size: sizes[size])
    table_end = partition_table_offset + PARTITION_TABLE_SIZE
    return ChipLayout(
        chip=chip,
        bootloader=Region(boot, partition_table_offset, f"the {chip} bootloader"),
        partition_table=Region(partition_table_offset, table_end, "the partition table"),
        flash_end=sizes[name],
        flash_name=name,
    )


def board_problems(chip: str, partition_table_offset: int, flash_size: str) -> Found:
    """Problems with ``[board]``'s flash_size and partition_table_offset for ``chip``."""
    sizes = flash_sizes(chip)
    if flash_size and flash_size not in sizes:
        yield ("board.flash_size", f"{flash_size!r} is not a flash size of {chip}; allowed: "
               f"{', '.join(sizes)}", "error")
    boot = int(_targets()[chip].BOOTLOADER_FLASH_OFFSET)
    allowed = (f"allowed: a multiple of {FLASH_SECTOR:#x} after {boot:#x}, usually "
               "0x8000")
    offset = partition_table_offset
    if offset <= boot:
        yield ("board.partition_table_offset", f"{offset:#x} leaves no room for the {chip} "
               f"bootloader at {boot:#x}; {allowed}", "error")
    elif offset % FLASH_SECTOR:
        yield ("board.partition_table_offset", f"{offset:#x} is not on a flash sector "
               f"boundary; {allowed}", "error")


def layout_problems(layout: ChipLayout, regions: list[Region], storage: list[Region],
                    flash_size_set: bool) -> Found:
    """Problems with where ``regions`` (the storage regions and the images) lie on the chip:
    over its bootloader or partition table, or past the end of its flash."""
    after_table = layout.partition_table.end
    if after_table > layout.flash_end:
        yield ("board.partition_table_offset", f"{layout.partition_table} lies past the end "
               f"of the {layout.flash_name} flash ({layout.flash_end:#x}); allowed: an offset "
               "inside the flash, usually 0x8000", "error")
    for region in regions:
        for slot, kind in layout.slots():
            if not region.overlaps(slot):
                continue
            if any(region is own for own in storage):
                yield (region.key, f"{region} overlaps {slot}; allowed: the storage region "
                       "outside the bootloader and the partition table, e.g. at "
                       f"{after_table:#x} or later", "error")
                break
            # A factory may flash the bootloader and the table themselves, each in its place.
            if region.start != slot.start or region.end > slot.end:
                yield (region.key, f"{region} overlaps {slot}; allowed: only a {kind} image, "
                       f"at {slot.start:#x} and ending by {slot.end:#x}", "error")
                break
        if region.end > layout.flash_end:
            larger = ("or a larger board.flash_size" if flash_size_set
                      else f"the largest flash {layout.chip} takes")
            yield (region.key, f"{region} ends past the end of the {layout.flash_name} flash "
                   f"({layout.flash_end:#x}); allowed: regions that end by "
                   f"{layout.flash_end:#x}, {larger}", "error")
