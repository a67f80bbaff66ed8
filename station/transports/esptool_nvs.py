"""The ESP32 transport: the storage partitions (and the profile's images) written with esptool.

What the storage partitions hold is the profile's storage format's business
(``StorageFormat.flash``): an NVS partition, with its ``nvs_keys`` partition when
encrypted, or an ``esp_secure_cert`` partition beside NVS. The link builds them once
per unit (an encrypted NVS has keys made for that unit alone), writes them, and checks
them by flash MD5 and, with ``verify.readback``, by reading them back and parsing them.

esptool runs in-process through its Python API. Ports are whatever pyserial's
``serial_for_url`` opens: a serial device (``/dev/ttyUSB0``, ``COM5``),
``socket://host:port`` (a virtual board; esptool then skips the DTR/RTS reset)
or ``rfc2217://host:port`` -- or an already-open pyserial port.

A link is used by one worker thread, in pipeline order: ``identify``,
``write``, ``verify``, ``finish``, ``close``; one connection serves them all.
All esptool output made during a call goes to that call's ``log`` /
``progress`` (see ``esptool_logging``).

How a unit's cycle is kept short, within what the chips really support:

- **Speed first, in the ROM.** ``identify`` connects at the ROM's 115200 baud,
  checks the chip and reads the MAC, then asks the ROM loader itself to change
  speed (esptool's ``change_baud`` on the ROM class: the ESP32's takes the old
  rate as 0 and corrects for the ROM's crystal estimate). Everything after,
  the flasher stub too when it is needed, travels at the profile's rate. A
  ROM that cannot change speed (esptool raises ``NotImplementedInROMError``,
  as on the ESP8266) gets the stub first, as esptool's command line does.
- **No stub when the ROM is enough.** The ROM loader writes compressed
  (FLASH_DEFL_*) and computes flash MD5s on the ESP32 and later chips, so a
  small write (the NVS partition, up to ``ROM_WRITE_LIMIT`` bytes in all)
  goes through the ROM with esptool's own ``write_flash``, which knows the
  ROM's ways (1 KiB blocks, no FLASH_DEFL_END that would leave the loader).
  The stub is uploaded, at the fast rate, only for bigger writes and for the
  NVS read-back (the ROM reads 64 bytes a command).
- **Skip what is there.** Images marked ``if-different`` are compared by the
  flash MD5 of their region, as esptool's verification does, and written only
  when they differ; ``pre-flashed`` images are never written and fail the
  unit at detect when the board does not hold them. The write stage's log
  (the unit's events) says which images were written and which were not.
- **Highest safe speed.** When the link does not hold at a rate (a command
  fails, or the MD5 after writing differs), the board is reset into its
  bootloader (the port is opened again) and the next of the profile's
  ``fallback_bauds`` is tried; the write stage's log names the rate used.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from serial import SerialBase, SerialException

from station.core.errors import (
    BoardMismatch,
    ConfigError,
    StationError,
    VerificationError,
)
from station.core.events import Stage
from station.core.interfaces import LogFn, ProgressFn
from station.core.models import BoardInfo, BoardPayload
from station.profiles.kinds import FlashStorage, profile_storage
from station.profiles.model import Profile
from station.transports.esptool_api import (
    ESPLoader,
    FatalError,
    NotImplementedInROMError,
    cmds,
    flash_size_bytes,
    open_port,
)
from station.transports.esptool_errors import (
    FlashTooSmall,
    ImageMissing,
    PortUnavailable,
    first_line,
    translate_esptool_error,
)
from station.transports.esptool_logging import route_esptool_output

KIND = "esptool-nvs"
DEFAULT_CONNECT_ATTEMPTS = 3
# Writes up to this many bytes (all regions of a unit, before compression) go through
# the ROM loader; bigger ones through the flasher stub, whose 16 KiB blocks are taken
# while the previous one is programmed, where the ROM programs each 1 KiB block
# before it answers.
ROM_WRITE_LIMIT = 64 * 1024

_logger = logging.getLogger(__name__)
_ADDRESS_IN_TEXT = re.compile(r"0x([0-9a-fA-F]+)")
T = TypeVar("T")


@dataclass(frozen=True)
class FlashRegion:
    """Bytes meant for one place in flash."""

    name: str
    offset: int
    data: bytes
    write: str = "always"  # "always", "if-different" or "pre-flashed" (ImageEntry.write)

    @property
    def end(self) -> int:
        return self.offset + len(self.data)

    @property
    def padded(self) -> bytes:
        """What esptool really writes: the data padded with 0xff to a 4-byte boundary."""
        return self.data + b"\xff" * (-len(self.data) % 4)

    @property
    def label(self) -> str:
        return f"{self.name} at {self.offset:#x}"


def chip_id(name: str) -> str:
    """``ESP32-C3`` / ``esp32c3`` / ``esp32-c3`` all become ``esp32c3``."""
    return name.lower().replace("-", "").replace("_", "").strip()


def chip_display_name(chip: str) -> str:
    """esptool's own name for a chip id (``esp32c3`` -> ``ESP32-C3``)."""
    rom = _chip_defs().get(chip_id(chip))
    return rom.CHIP_NAME if rom is not None else chip.upper()


def _chip_defs() -> dict[str, type[ESPLoader]]:
    from esptool.targets import CHIP_DEFS

    return CHIP_DEFS


def flash_storage(profile: Profile) -> FlashStorage:
    """How the profile's storage format lays a unit out in flash. Raises ConfigError when
    the format is not one this transport can write."""
    found = profile_storage(profile)
    if found.flash is None:
        raise ConfigError(
            f"profile {profile.id!r}: the {KIND!r} transport cannot write storage format "
            f"{found.name!r}",
            hint="choose a storage format the transport writes, e.g. nvs or esp_secure_cert",
        )
    return found.flash


def load_images(profile: Profile, images_dir: Path | str | None) -> tuple[FlashRegion, ...]:
    """Read the profile's images and check each against its SHA-256.

    Relative paths resolve against ``images_dir`` (normally the profile's
    folder). Raises ConfigError naming the file when one is missing,
    unreadable or not the file the profile names by its sum, and when two
    regions of the layout overlap. Runs before any board is touched.
    """
    regions = []
    for number, entry in enumerate(profile.images, start=1):
        path = Path(entry.path)
        if not path.is_absolute():
            if images_dir is None:
                raise ConfigError(
                    f"image {entry.path!r} of profile {profile.id!r} has a relative path "
                    "and no folder was given to resolve it",
                    hint="load the profile from its file so images resolve beside it",
                )
            path = Path(images_dir) / path
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ConfigError(
                f"image {path} of profile {profile.id!r} cannot be read ({exc.strerror})",
                hint="put the image beside the profile or fix its path",
            ) from None
        actual = hashlib.sha256(data).hexdigest()
        if actual != entry.sha256.lower():
            raise ConfigError(
                f"image {path} does not match profile {profile.id!r}: its SHA-256 is "
                f"{actual}, the profile expects {entry.sha256.lower()}",
                hint="restore the image the profile was made for, or update the profile",
            )
        regions.append(FlashRegion(entry.name or path.name or f"image {number}", entry.offset,
                                   data, entry.write))
    storage = [FlashRegion(area.name, area.offset, b"\0" * area.size)
               for area in flash_storage(profile).areas(profile)]
    _check_no_overlap([*storage, *regions], profile.id)
    return tuple(regions)


def _check_no_overlap(regions: list[FlashRegion], profile_id: str) -> None:
    ordered = sorted(regions, key=lambda r: r.offset)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if before.end > after.offset:
            raise ConfigError(
                f"profile {profile_id!r}: {before.name} ({before.offset:#x}..{before.end:#x}) "
                f"overlaps {after.name} at {after.offset:#x}",
                hint="fix the offsets in the profile",
            )


class EsptoolNvsTransport:
    """Opens esptool links to ESP boards, configured by one profile.

    Checks the profile's images (presence and SHA-256) when created, so a
    wrong file stops the job before any board is touched.
    """

    kind = KIND

    def __init__(
        self,
        profile: Profile,
        images_dir: Path | str | None = None,
        *,
        connect_attempts: int = DEFAULT_CONNECT_ATTEMPTS,
    ) -> None:
        if profile.transport.kind != KIND:
            raise ConfigError(
                f"profile {profile.id!r} uses transport {profile.transport.kind!r}, "
                f"not {KIND!r}",
                hint="open this profile with its own transport",
            )
        self.profile = profile
        self.storage = flash_storage(profile)
        self.images = load_images(profile, images_dir)
        self.connect_attempts = connect_attempts
        self.layout_end = max(
            [*(area.end for area in self.storage.areas(profile)), *(r.end for r in self.images)]
        )

    def open(self, port: str | SerialBase) -> EsptoolNvsLink:
        """A link to the board on ``port``; nothing is sent until ``identify``.

        ``port`` is a port name or URL, or an already-open pyserial port (which
        the link then owns and closes).
        """
        return EsptoolNvsLink(self, port)


class EsptoolNvsLink:
    """One esptool connection to one board. Used by a single worker thread."""

    def __init__(self, transport: EsptoolNvsTransport, port: str | SerialBase) -> None:
        self.port: str = port if isinstance(port, str) else str(port.name or port.port)
        self._target = port
        self._transport = transport
        self._profile = transport.profile
        self._bauds = transport.profile.transport.bauds
        self._speed = 0  # index into _bauds of the rate being tried
        self._esp: ESPLoader | None = None
        self._raised = False  # the line runs above the ROM's rate on this connection
        self._flash_ready = False
        self._mac = ""
        # Images compared with the board at detect, by offset: True when it holds them.
        self._held: dict[int, bool] | None = None
        self._notes: list[str] = []  # what happened to the speed before ``write`` could say
        self._address: int | None = None  # flash address in progress, for error messages
        self._region = ""  # region being written or checked, for error messages
        # The unit's storage partitions, built once per payload: an encrypted NVS's keys
        # are made for the unit, so write and verify (after a reconnect too) must see the
        # same images. They go with the link.
        self._built: tuple[BoardPayload, tuple[FlashRegion, ...]] | None = None
        self.board: BoardInfo | None = None
        self.baud_used: int | None = None  # the rate the data went at, once written

    # -- BoardLink ---------------------------------------------------------------

    def identify(self) -> BoardInfo:
        """Connect, check the chip against the profile, read MAC and flash size, raise
        the speed and compare the images the profile does not always write.

        Raises BoardNotResponding (not in download mode), PortUnavailable,
        BoardMismatch (another chip), FlashTooSmall or ImageMissing (a
        pre-flashed image is not on the board). Worker thread.
        """
        with self._esptool(Stage.DETECT, log=self._debug_log):
            esp = self._connect()
            found = chip_id(esp.CHIP_NAME)
            expected = self._profile.board.chip
            if expected and chip_id(expected) != found:
                raise BoardMismatch(
                    f"the board on {self.port} is an {esp.CHIP_NAME}, the profile expects an "
                    f"{chip_display_name(expected)}",
                    stage=Stage.DETECT,
                )

            def prepare() -> int:
                self._prepare_flash()
                size = self._flash_size()
                self._check_images()
                return size

            flash_size = self._with_fallback(self._note, prepare)
            board = BoardInfo(
                port=self.port,
                board_type=self._profile.board.type,
                chip=found,
                mac=self._mac,
                flash_size=flash_size,
            )
        self.board = board
        return board

    def write(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        """Write the payload's storage partitions and the profile's images that need
        writing, with progress in bytes.

        ``progress(done, total, message)`` counts bytes over the regions written,
        so it only grows and ends at ``total``; the message names the region and
        its percent. The log says which images were written and which were
        already on the board, and the rate the data went at. Raises ConfigError
        (payload does not fit; nothing written), BoardWentAway,
        VerificationError (esptool's own checksum after the write, at the
        slowest rate the profile allows) or another TransportError. Worker thread.
        """
        storage = self._storage_regions(payload)
        with self._esptool(Stage.WRITE, log=log):
            self._connect()
            if self._held is None:  # not identified on this link: compare the images now

                def compare() -> None:
                    self._prepare_flash()
                    self._check_images()

                self._with_fallback(log, compare)
        for note in self._notes:
            log(note)
        self._notes.clear()
        held = self._held or {}
        to_write = list(storage)
        for region in self._transport.images:
            if region.write == "pre-flashed":
                log(f"{region.label}: pre-flashed, on the board (flash MD5 matches); not written")
            elif region.write == "if-different" and held.get(region.offset):
                log(f"{region.label}: already on the board (flash MD5 matches); not written")
            else:
                if region.write == "if-different":
                    log(f"{region.label}: differs from what the board holds; writing it")
                to_write.append(region)
        tracker = _RegionProgress(to_write, progress, "writing")

        def on_bar(current: int, total: int, description: str) -> None:
            found = _ADDRESS_IN_TEXT.search(description)  # "Writing at 0x0000a000"
            if found:
                self._address = int(found.group(1), 16)
            tracker.on_bar(current, total, description)

        def write_all() -> None:
            self._prepare_flash()
            if sum(len(r.data) for r in to_write) > ROM_WRITE_LIMIT:
                self._start_stub()
            compress = self._profile.transport.compress
            for region in to_write:
                tracker.start(region)
                self._address = region.offset
                self._region = region.label
                log(f"writing {region.name}: {len(region.data)} bytes at {region.offset:#x}")
                self._in_rom_or_stub(
                    lambda region=region: cmds.write_flash(  # type: ignore[misc]
                        self._loader(),
                        [(region.offset, region.data)],
                        compress=compress,
                        no_compress=not compress,
                    )
                )
                tracker.finish(region)

        with self._esptool(Stage.WRITE, log=log, progress=on_bar):
            self._with_fallback(log, write_all)
            self._address, self._region = None, ""
        self.baud_used = self._loader()._port.baudrate
        loader = "the flasher stub" if self._loader().IS_STUB else "the ROM loader"
        log(f"written at {self.baud_used} baud through {loader}")

    def verify(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        """Prove the board holds what ``write`` put there.

        Each region written is checked by the MD5 the chip computes over its
        flash (the images not written were checked so at detect); with
        ``verify.readback`` every storage partition is also read back, compared
        byte for byte and parsed by its storage format (an encrypted NVS
        decrypted with the keys read back). Raises VerificationError naming the
        region and offset. Worker thread.
        """
        storage = self._storage_regions(payload)
        regions = [*storage, *self._transport.images]
        readback = self._profile.verify.readback
        total = sum(len(r.padded) for r in regions) + (
            sum(len(r.data) for r in storage) if readback else 0
        )
        done = 0
        held = self._held or {}
        with self._esptool(Stage.VERIFY, log=log):
            self._connect()
            if readback:
                self._start_stub()  # the ROM reads flash 64 bytes a command
            self._prepare_flash()
            progress(0, total, "verifying")
            for region in regions:
                self._address = region.offset
                self._region = region.label
                if region.write != "always" and held.get(region.offset):
                    done += len(region.padded)
                    log(f"{region.label}: checked by flash MD5 at detect")
                    progress(done, total, f"{region.name} checked by MD5")
                    continue
                expected = hashlib.md5(region.padded).hexdigest()
                actual = self._flash_md5(region.offset, len(region.padded))
                if actual != expected:
                    raise VerificationError(
                        f"{region.label} on {self.port} does not match "
                        f"what was written (flash MD5 {actual}, expected {expected})",
                        stage=Stage.VERIFY,
                    )
                done += len(region.padded)
                log(f"{region.label}: flash MD5 matches")
                progress(done, total, f"{region.name} checked by MD5")
            if readback:
                self._read_back(self._loader(), storage, payload, done, total, progress, log)
            self._address, self._region = None, ""

    def finish(self) -> None:
        """Hard-reset the board when the profile says so, so it boots its firmware."""
        if self._esp is None or not self._profile.transport.reset_after:
            return
        with self._esptool(Stage.VERIFY, log=self._debug_log):
            cmds.reset_chip(self._esp, "hard-reset")

    def close(self) -> None:
        """Close the port. Safe to call more than once, and after a failure."""
        esp, self._esp = self._esp, None
        self._flash_ready = False
        self._raised = False
        if esp is not None:
            try:
                esp._port.close()
            except (OSError, SerialException) as exc:
                _logger.debug("closing %s: %s", self.port, exc)

    def __enter__(self) -> EsptoolNvsLink:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- internals ---------------------------------------------------------------

    @contextmanager
    def _esptool(
        self,
        stage: Stage,
        *,
        log: LogFn,
        progress: ProgressFn | None = None,
    ) -> Iterator[None]:
        """Route esptool's output to this call and turn its failures into station errors."""
        try:
            with route_esptool_output(progress=progress, log=log):
                yield
        except StationError as exc:
            if exc.stage is None:
                exc.stage = stage
            raise
        except (FatalError, SerialException, OSError) as exc:
            error = translate_esptool_error(
                exc, self.port, stage=stage, address=self._address, region=self._region
            )
            self.close()  # the board's state is unknown now; the next unit connects afresh
            raise error from exc

    def _debug_log(self, line: str) -> None:
        _logger.debug("%s: %s", self.port, line)

    def _note(self, line: str) -> None:
        """A line for the unit's events that comes before ``write`` has a log to take it."""
        self._debug_log(line)
        self._notes.append(line)

    def _loader(self) -> ESPLoader:
        assert self._esp is not None
        return self._esp

    def _connect(self) -> ESPLoader:
        if self._esp is None:
            port = open_port(self._target)
            try:
                # detect_chip is annotated for names, but ESPLoader also takes an open
                # port. The ROM listens at its own rate; the profile's comes in
                # _prepare_flash.
                self._esp = cmds.detect_chip(
                    port,  # type: ignore[arg-type]
                    baud=min(ESPLoader.ESP_ROM_BAUD, self._bauds[self._speed]),
                    connect_mode="default-reset",
                    connect_attempts=self._transport.connect_attempts,
                )
            except BaseException:
                if port is not self._target and isinstance(port, SerialBase):
                    port.close()  # opened here for this attempt only
                raise
            mac = "".join(f"{byte:02x}" for byte in self._esp.read_mac())
            if self._mac and mac != self._mac:
                raise BoardMismatch(
                    f"the board on {self.port} changed during the unit (MAC {mac}, "
                    f"was {self._mac})",
                    hint="leave the board in place until its unit ends",
                )
            self._mac = mac
        return self._esp

    def _prepare_flash(self) -> None:
        """Bring the line to the rate being tried and attach the SPI flash, once per
        connection (and again once the stub runs)."""
        if self._flash_ready:
            return
        esp = self._loader()
        baud = self._bauds[self._speed]
        if baud > esp._port.baudrate:
            self._raised = True
            try:
                # The ROM's own CHANGE_BAUDRATE, through esptool's class for the chip
                # (ESP32: old rate 0, corrected for the ROM's crystal estimate).
                esp.change_baud(baud)
            except NotImplementedInROMError:
                self._start_stub()  # this ROM cannot change speed: the stub first
                self._loader().change_baud(baud)
        cmds.attach_flash(self._loader())
        self._flash_ready = True

    def _start_stub(self) -> None:
        """Upload and start esptool's flasher stub, at whatever rate the line runs."""
        if self._loader().IS_STUB:
            return
        self._esp = cmds.run_stub(self._loader())
        self._flash_ready = False
        if self._raised:  # speed already set by the ROM; the stub keeps the UART as it is
            self._prepare_flash()

    def _in_rom_or_stub(self, work: Callable[[], T]) -> T:
        """Run ``work`` on the loader there is; on the stub when the ROM lacks the command."""
        try:
            return work()
        except NotImplementedInROMError:
            self._start_stub()
            self._prepare_flash()
            return work()

    def _flash_md5(self, offset: int, size: int) -> str:
        return self._in_rom_or_stub(lambda: self._loader().flash_md5sum(offset, size)).lower()

    def _with_fallback(self, log: LogFn, work: Callable[[], T]) -> T:
        """Run ``work``; while the line above the ROM's rate does not hold and the
        profile has a slower rate left, reset the board and try again at that rate."""
        while True:
            try:
                return work()
            except (FatalError, SerialException, OSError) as exc:
                last = self._speed + 1 >= len(self._bauds)
                if last or not self._raised or isinstance(
                    translate_esptool_error(exc, self.port), PortUnavailable
                ):
                    raise
                failed = self._bauds[self._speed]
                self._speed += 1
                log(
                    f"the link did not hold at {failed} baud ({first_line(exc)}); "
                    f"resetting the board and trying {self._bauds[self._speed]} baud"
                )
                self._reconnect()

    def _reconnect(self) -> None:
        """Close the port and connect again: the board resets into its bootloader."""
        esp = self._esp
        self.close()
        if esp is not None and not isinstance(self._target, str):
            self._target.open()  # a port handed in: open it again, as esptool does
        self._connect()

    def _flash_size(self) -> int:
        name = cmds.detect_flash_size(self._loader())
        if name is None:
            raise BoardMismatch(
                f"the flash chip on {self.port} reports a size esptool does not know",
                hint="check the board; the profile needs a known flash size",
                stage=Stage.DETECT,
            )
        size = flash_size_bytes(name)
        end = self._transport.layout_end
        if size < end:
            raise FlashTooSmall(
                f"flash too small for the layout: the board on {self.port} has {name} "
                f"({size:#x} bytes), the profile writes up to {end:#x}",
                stage=Stage.DETECT,
            )
        return size

    def _check_images(self) -> None:
        """Compare each image not always written with the board's flash, by MD5.

        Raises ImageMissing when a pre-flashed image is not there.
        """
        held: dict[int, bool] = {}
        for region in self._transport.images:
            if region.write == "always":
                continue
            self._address, self._region = region.offset, region.label
            expected = hashlib.md5(region.padded).hexdigest()
            actual = self._flash_md5(region.offset, len(region.padded))
            held[region.offset] = actual == expected
            if region.write == "pre-flashed" and actual != expected:
                raise ImageMissing(
                    f"the board on {self.port} does not hold the pre-flashed {region.label} "
                    f"(flash MD5 {actual}, expected {expected})",
                    stage=Stage.DETECT,
                )
        self._address, self._region = None, ""
        self._held = held

    def _storage_regions(self, payload: BoardPayload) -> tuple[FlashRegion, ...]:
        """The unit's storage partitions, built by the storage format once per payload."""
        if self._built is not None and self._built[0] == payload:
            return self._built[1]
        namespace = self._profile.storage.namespace
        if payload.namespace != namespace:
            raise ConfigError(
                f"payload namespace {payload.namespace!r} is not the profile's "
                f"{namespace!r}",
                hint="build the payload from the same profile",
            )
        storage = self._transport.storage
        areas = storage.areas(self._profile)
        images = storage.build(self._profile, payload)
        regions = tuple(FlashRegion(area.name, area.offset, image)
                        for area, image in zip(areas, images, strict=True))
        self._built = (payload, regions)
        return regions

    def _read_back(
        self,
        esp: ESPLoader,
        storage: tuple[FlashRegion, ...],
        payload: BoardPayload,
        done: int,
        total: int,
        progress: ProgressFn,
        log: LogFn,
    ) -> None:
        """Read every storage partition back, compare it byte for byte, then have the
        storage format parse what was read as the firmware will."""
        read: list[bytes] = []
        for region in storage:
            self._address, self._region = region.offset, region.label
            base = done

            def on_read(count: int, length: int, offset: int, region: FlashRegion = region,
                        base: int = base) -> None:
                self._address = offset + count
                progress(base + count, total,
                         f"reading {region.name} back: {100 * count // length}%")

            data = esp.read_flash(region.offset, len(region.data), on_read)
            if data != region.data:
                at = region.offset + _first_difference(data, region.data)
                raise VerificationError(
                    f"{region.name} on {self.port} differs from what was written, "
                    f"first at {at:#x}",
                    stage=Stage.VERIFY,
                )
            read.append(data)
            done += len(data)
            progress(done, total, f"{region.name} read back and matches")
        try:
            parsed = self._transport.storage.read_back(self._profile, payload, tuple(read))
        except VerificationError as exc:
            raise VerificationError(f"{exc.message} (the board on {self.port})",
                                    hint=exc.hint, stage=Stage.VERIFY) from None
        size = sum(len(data) for data in read)
        log(f"{', '.join(r.name for r in storage)} read back: {size} bytes match; {parsed}")


def _first_difference(a: bytes, b: bytes) -> int:
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return index
    return min(len(a), len(b))


class _RegionProgress:
    """Turns esptool's per-region progress bars into one byte count over all regions.

    esptool's bar counts the bytes it sends (compressed, when compressing), so
    the bar's fraction is scaled to the region's real size. Never goes back.
    """

    def __init__(self, regions: list[FlashRegion], progress: ProgressFn, verb: str) -> None:
        self._progress = progress
        self._verb = verb
        self._total = sum(len(r.data) for r in regions)
        self._base = 0
        self._done = 0
        self._region: FlashRegion | None = None

    def start(self, region: FlashRegion) -> None:
        self._region = region
        self._report(self._base, 0)

    def finish(self, region: FlashRegion) -> None:
        self._base += len(region.data)
        self._report(self._base, 100)

    def on_bar(self, current: int, total: int, description: str) -> None:
        region = self._region
        if region is None or total <= 0:
            return
        fraction = min(current, total) / total
        self._report(self._base + int(fraction * len(region.data)), int(fraction * 100))

    def _report(self, done: int, percent: int) -> None:
        self._done = max(self._done, done)
        region = self._region
        name = f"{region.name} at {region.offset:#x}" if region else ""
        self._progress(self._done, self._total, f"{self._verb} {name}: {percent}%")


def transport_from_profile(profile: Profile, folder: Path) -> EsptoolNvsTransport:
    """Opens the ``esptool-nvs`` transport (``station.boards.esptool_nvs``); images resolve
    against ``folder``."""
    return EsptoolNvsTransport(profile, folder)
