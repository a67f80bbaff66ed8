"""The ESP32 transport: an NVS partition (and the profile's images) written with esptool.

esptool runs in-process through its Python API. Ports are whatever pyserial's
``serial_for_url`` opens: a serial device (``/dev/ttyUSB0``, ``COM5``),
``socket://host:port`` (a virtual board; esptool then skips the DTR/RTS reset)
or ``rfc2217://host:port`` -- or an already-open pyserial port.

A link is used by one worker thread, in pipeline order: ``identify`` (connect
at the ROM's 115200 baud, check the chip, read MAC and flash size, start the
flasher stub and switch to the profile's baud rate), ``write``, ``verify``,
``finish``, ``close``; one connection serves them all. All esptool output made during a call goes
to that call's ``log`` / ``progress`` (see ``esptool_logging``).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

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
from station.profiles.model import Profile
from station.transports.esptool_api import ESPLoader, FatalError, cmds, flash_size_bytes
from station.transports.esptool_errors import (
    FlashTooSmall,
    translate_esptool_error,
)
from station.transports.esptool_logging import route_esptool_output
from station.transports.nvs_image import build_nvs_image, parse_nvs_image, payload_values

KIND = "esptool-nvs"
DEFAULT_CONNECT_ATTEMPTS = 3

_logger = logging.getLogger(__name__)
_ADDRESS_IN_TEXT = re.compile(r"0x([0-9a-fA-F]+)")


@dataclass(frozen=True)
class FlashRegion:
    """Bytes meant for one place in flash."""

    name: str
    offset: int
    data: bytes

    @property
    def end(self) -> int:
        return self.offset + len(self.data)

    @property
    def padded(self) -> bytes:
        """What esptool really writes: the data padded with 0xff to a 4-byte boundary."""
        return self.data + b"\xff" * (-len(self.data) % 4)


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
                                   data))
    storage = FlashRegion("nvs", profile.storage.offset, b"\0" * profile.storage.size)
    _check_no_overlap([storage, *regions], profile.id)
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
        self.images = load_images(profile, images_dir)
        self.connect_attempts = connect_attempts
        self.layout_end = max(
            [profile.storage.offset + profile.storage.size, *(r.end for r in self.images)]
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
        self._esp: ESPLoader | None = None
        self._flash_ready = False
        self._address: int | None = None  # flash address in progress, for error messages
        self._region = ""  # region being written or checked, for error messages
        self.board: BoardInfo | None = None

    # -- BoardLink ---------------------------------------------------------------

    def identify(self) -> BoardInfo:
        """Connect, check the chip against the profile, read MAC and flash size.

        Raises BoardNotResponding (not in download mode), PortUnavailable,
        BoardMismatch (another chip) or FlashTooSmall. Worker thread.
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
            mac = "".join(f"{byte:02x}" for byte in esp.read_mac())
            self._prepare_flash()
            flash_size = self._flash_size()
            board = BoardInfo(
                port=self.port,
                board_type=self._profile.board.type,
                chip=found,
                mac=mac,
                flash_size=flash_size,
            )
        self.board = board
        return board

    def write(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        """Write the payload's NVS image and the profile's images, with progress in bytes.

        ``progress(done, total, message)`` counts bytes over all regions, so it
        only grows and ends at ``total``; the message names the region and its
        percent. Raises ConfigError (payload does not fit; nothing written),
        BoardWentAway, VerificationError (esptool's own checksum after the
        write) or another TransportError. Worker thread.
        """
        regions = self._regions(payload)
        tracker = _RegionProgress(regions, progress, "writing")

        def on_bar(current: int, total: int, description: str) -> None:
            found = _ADDRESS_IN_TEXT.search(description)  # "Writing at 0x0000a000"
            if found:
                self._address = int(found.group(1), 16)
            tracker.on_bar(current, total, description)

        with self._esptool(Stage.WRITE, log=log, progress=on_bar):
            esp = self._connect()
            self._prepare_flash()
            compress = self._profile.transport.compress
            for region in regions:
                tracker.start(region)
                self._address = region.offset
                self._region = f"{region.name} at {region.offset:#x}"
                log(f"writing {region.name}: {len(region.data)} bytes at {region.offset:#x}")
                cmds.write_flash(
                    esp,
                    [(region.offset, region.data)],
                    compress=compress,
                    no_compress=not compress,
                )
                tracker.finish(region)
            self._address, self._region = None, ""

    def verify(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        """Prove the board holds what ``write`` put there.

        Each region is checked by the MD5 the chip computes over its flash;
        with ``verify.readback`` the whole NVS region is also read back,
        compared byte for byte and parsed. Raises VerificationError naming the
        region and offset. Worker thread.
        """
        regions = self._regions(payload)
        storage = regions[0]
        readback = self._profile.verify.readback
        total = sum(len(r.padded) for r in regions) + (len(storage.data) if readback else 0)
        done = 0
        with self._esptool(Stage.VERIFY, log=log):
            esp = self._connect()
            self._prepare_flash()
            progress(0, total, "verifying")
            for region in regions:
                self._address = region.offset
                self._region = f"{region.name} at {region.offset:#x}"
                expected = hashlib.md5(region.padded).hexdigest()
                actual = esp.flash_md5sum(region.offset, len(region.padded)).lower()
                if actual != expected:
                    raise VerificationError(
                        f"{region.name} at {region.offset:#x} on {self.port} does not match "
                        f"what was written (flash MD5 {actual}, expected {expected})",
                        stage=Stage.VERIFY,
                    )
                done += len(region.padded)
                log(f"{region.name} at {region.offset:#x}: flash MD5 matches")
                progress(done, total, f"{region.name} checked by MD5")
            if readback:
                self._read_back(esp, storage, payload, done, total, progress, log)
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

    def _connect(self) -> ESPLoader:
        if self._esp is None:
            # detect_chip is annotated for names, but ESPLoader also takes an open port.
            # The ROM listens at its own rate; the profile's rate comes once the stub
            # runs (see _prepare_flash), as esptool's command line does it.
            self._esp = cmds.detect_chip(
                self._target,  # type: ignore[arg-type]
                baud=min(ESPLoader.ESP_ROM_BAUD, self._profile.transport.baud),
                connect_mode="default-reset",
                connect_attempts=self._transport.connect_attempts,
            )
        return self._esp

    def _prepare_flash(self) -> None:
        """Start the flasher stub, switch to the profile's baud rate and attach the SPI
        flash, once per connection."""
        if self._flash_ready:
            return
        assert self._esp is not None
        self._esp = cmds.run_stub(self._esp)
        baud = self._profile.transport.baud
        if baud > self._esp._port.baudrate:
            self._esp.change_baud(baud)
        cmds.attach_flash(self._esp)
        self._flash_ready = True

    def _flash_size(self) -> int:
        assert self._esp is not None
        name = cmds.detect_flash_size(self._esp)
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

    def _regions(self, payload: BoardPayload) -> list[FlashRegion]:
        storage = self._profile.storage
        if payload.namespace != storage.namespace:
            raise ConfigError(
                f"payload namespace {payload.namespace!r} is not the profile's "
                f"{storage.namespace!r}",
                hint="build the payload from the same profile",
            )
        image = build_nvs_image(payload, storage.size)
        return [FlashRegion("nvs", storage.offset, image), *self._transport.images]

    def _read_back(
        self,
        esp: ESPLoader,
        storage: FlashRegion,
        payload: BoardPayload,
        done: int,
        total: int,
        progress: ProgressFn,
        log: LogFn,
    ) -> None:
        self._address = storage.offset

        def on_read(read: int, length: int, offset: int) -> None:
            self._address = offset + read
            progress(done + read, total, f"reading {storage.name} back: {100 * read // length}%")

        data = esp.read_flash(storage.offset, len(storage.data), on_read)
        if data != storage.data:
            at = storage.offset + _first_difference(data, storage.data)
            raise VerificationError(
                f"{storage.name} on {self.port} differs from what was written, first at {at:#x}",
                stage=Stage.VERIFY,
            )
        held = parse_nvs_image(data).get(payload.namespace, {})
        for key, value in payload_values(payload).items():
            if held.get(key) != value:
                raise VerificationError(
                    f"{storage.name} on {self.port} does not hold {key!r} as written",
                    stage=Stage.VERIFY,
                )
        progress(done + len(data), total, f"{storage.name} read back and matches")
        log(f"{storage.name} read back: {len(data)} bytes match, {len(held)} keys present")


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
    """Factory for ``station.transports.registry``; images resolve against ``folder``."""
    return EsptoolNvsTransport(profile, folder)
