"""Checks beyond the schema: what a valid-looking profile must also get right.

These run at load time against what exists (image files and their hashes,
the chips esptool knows) and against the limits of the place the data goes
(NVS keys and strings, flash pages), so that a bad profile is refused before
a job starts rather than halfway through a board.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path, PurePosixPath, PureWindowsPath

from station.core.errors import ConfigError, IdentityError
from station.core.models import Attestation
from station.identity.rules import (
    CHARSET_WORDS,
    CHARSETS,
    DEVICE_ID_MAX,
    DEVICE_ID_MAX_X509,
    validate_device_id,
    validate_model_id,
)
from station.identity.templates import render_template, template_problems
from station.profiles.flash_layout import (
    FLASH_SECTOR,
    Region,
    board_problems,
    chip_layout,
    esptool_chips,
    layout_problems,
)
from station.profiles.model import (
    INTEGER_TYPES,
    MODE_SOURCES,
    NVS_KEY_MAX,
    NVS_STRING_MAX,
    PEM_SOURCES,
    ImageEntry,
    Profile,
)
from station.profiles.problems import Found, Problem, ProfileProblem, display_path

NVS_MIN_SIZE = 3 * FLASH_SECTOR  # NVS needs at least three pages to rotate through

INTEGER_RANGES: dict[str, tuple[int, int]] = {
    **{f"u{bits}": (0, 2**bits - 1) for bits in (8, 16, 32, 64)},
    **{f"i{bits}": (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) for bits in (8, 16, 32, 64)},
}

_SAMPLE_MAC = "0123456789ab"
# name or name:config, as the TPM stack's TCTI loader takes it
_TCTI = re.compile(r"[A-Za-z0-9_-]+(:.*)?")


def sha256_of(path: Path) -> str:
    """Lowercase hex SHA-256 of a file, read in chunks."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class ImagePathError(ValueError):
    """An image path that is not a file inside the profile's folder; the message says why."""


def resolve_image(folder: Path, entry: ImageEntry) -> Path:
    """The image file for ``entry``, which must be a file inside ``folder``.

    Raises ImagePathError for absolute paths, paths that leave the folder with
    ``..`` or through a symbolic link, and missing files.
    """
    return resolve_in_folder(folder, entry.path)


def resolve_in_folder(folder: Path, raw: str) -> Path:
    """The file ``raw`` names relative to ``folder``; it must exist inside that folder.

    Raises ImagePathError as ``resolve_image`` does.
    """
    if PurePosixPath(raw).is_absolute() or PureWindowsPath(raw).is_absolute() or (
        PureWindowsPath(raw).drive
    ):
        raise ImagePathError(
            f"{raw!r} is an absolute path; allowed: a path relative to the profile's folder"
        )
    base = folder.resolve()
    lexical = Path(os.path.normpath(base / raw))
    if not lexical.is_relative_to(base):
        raise ImagePathError(
            f"{raw!r} leaves the profile's folder; allowed: files inside {display_path(base)}"
        )
    target = lexical.resolve()
    if not target.is_relative_to(base):
        raise ImagePathError(
            f"{raw!r} is a link to {target}, outside the profile's folder; "
            f"allowed: files inside {display_path(base)}"
        )
    if not target.is_file():
        raise ImagePathError(
            f"{raw!r} does not exist in {display_path(base)}; "
            "allowed: an existing file beside the profile"
        )
    return target


def check_profile(profile: Profile, file: Path) -> list[ProfileProblem]:
    """All problems in a schema-valid profile read from ``file``; warnings included."""
    checks = (_file_name, _identity, _credentials, _storage_items, _transport, _tpm, _enrollment)
    return [ProfileProblem(file, key, message, severity)
            for check in checks for key, message, severity in check(profile, file)]


def _file_name(profile: Profile, file: Path) -> Found:
    # A copy kept as "my-board-old.toml" would otherwise clash with "my-board.toml" by id.
    if file.stem != profile.id:
        yield ("id", f"'{profile.id}' differs from the file name '{file.name}'; allowed: name "
               f"the file {profile.id}.toml", "warning")


def _identity(profile: Profile, file: Path) -> Found:
    section = profile.identity
    if section.rule == "tpm-ek":
        return  # the TPM support decides these IDs
    if section.rule == "barcode":
        for key in ("template", "prefix"):
            if getattr(section, key):
                yield (f"identity.{key}", "is not used by rule 'barcode', which takes the device "
                       "ID from the scan as it is; remove it", "warning")
        return

    allowed = CHARSETS[section.charset]
    bad = [(i, c) for i, c in enumerate(section.prefix, 1) if c not in allowed]
    if bad:
        pos, char = bad[0]
        why = "an uppercase letter (IDs are lowercase)" if char.isupper() else repr(char)
        yield ("identity.prefix", f"{section.prefix!r} has {why} at position {pos}; "
               f"allowed: {CHARSET_WORDS[section.charset]}", "error")
        return

    problems = template_problems(section.template, section.rule)
    for message in problems:
        yield ("identity.template", message, "error")
    if problems:
        return

    x509 = any(mode.is_x509 for mode in profile.attestation.allowed)
    limit = DEVICE_ID_MAX_X509 if x509 else DEVICE_ID_MAX
    where = " when X.509 modes are allowed (the certificate CN limit)" if x509 else ""
    sample = render_template(section.template, prefix=section.prefix, mac=_SAMPLE_MAC, n=1)
    try:
        validate_device_id(sample, charset=section.charset)
    except IdentityError as exc:
        yield ("identity.template", f"makes device IDs like {sample!r}, which fail: "
               f"{exc.message}", "error")
        return
    if len(sample) > limit:
        yield ("identity.template", f"makes {len(sample)}-character device IDs such as "
               f"{sample!r}; allowed: at most {limit} characters{where}", "error")
        return
    if section.rule == "counter":
        for digits in range(2, 19):
            longer = render_template(section.template, prefix=section.prefix, n=10**digits)
            if len(longer) > limit:
                yield ("identity.template", f"device IDs grow past {limit} characters once the "
                       f"counter reaches {10**digits:,}; allowed: at most {limit}{where}",
                       "warning")
                break
    if "{serial" in section.template:
        room = limit - len(render_template(section.template, prefix=section.prefix,
                                           mac=_SAMPLE_MAC, n=1, serial=""))
        yield ("identity.template", f"includes the board serial; serials longer than {room} "
               f"characters make IDs longer than {limit}, and uppercase serials are refused; "
               "allowed: use it only when serials are short and lowercase", "warning")


def _credentials(profile: Profile, file: Path) -> Found:
    sources = {item.source for item in profile.storage.items if item.source}
    for mode in profile.attestation.allowed:
        for needed in MODE_SOURCES[mode]:
            if needed not in sources:
                kind = ', type = "blob"' if needed in PEM_SOURCES else ""
                yield ("attestation.allowed", f"{mode.value!r} needs a storage item with source "
                       f"{needed!r}, and there is none; add [[storage.items]] with "
                       f'source = "{needed}"{kind}, or remove {mode.value!r}', "error")
    if "scope_id" not in sources and not _has_fixed(profile, "scope_id"):
        yield ("storage.items", "no item puts the ID scope on the board; allowed: an item with "
               'source = "scope_id", unless the firmware has it built in', "warning")
    if not sources & {"device_id", "registration_id"} and (
        Attestation.TPM not in profile.attestation.allowed
    ):
        yield ("storage.items", "no item puts the device ID on the board; allowed: an item with "
               'source = "device_id"', "warning")


def _has_fixed(profile: Profile, key: str) -> bool:
    return any(item.key == key and item.value is not None for item in profile.storage.items)


def _storage_items(profile: Profile, file: Path) -> Found:
    nvs = profile.transport.kind == "esptool-nvs"
    first_use: dict[str, int] = {}
    for i, item in enumerate(profile.storage.items):
        at = f"storage.items[{i}]"
        if len(item.key) > NVS_KEY_MAX:
            yield (f"{at}.key", f"{item.key!r} is {len(item.key)} characters; allowed: at most "
                   f"{NVS_KEY_MAX} (the NVS key limit)", "error")
        if item.key in first_use:
            yield (f"{at}.key", f"{item.key!r} is also the key of "
                   f"storage.items[{first_use[item.key]}]; allowed: each key once", "error")
        first_use.setdefault(item.key, i)

        if item.type in INTEGER_TYPES:
            yield from _integer_item(at, item.type, item.source, item.value)
        elif isinstance(item.value, str) and (
            item.key == "model_id" or item.value.lower().startswith("dtmi:")
        ):
            # A model ID built into the profile follows the rule the job's follows.
            try:
                validate_model_id(item.value)
            except ConfigError as exc:
                yield (f"{at}.value", exc.message, "error")
        elif isinstance(item.value, int):
            yield (f"{at}.value", f"{item.value} is a number but the type is {item.type!r}; "
                   f'allowed: quote it ("{item.value}") or use an integer type '
                   f"({', '.join(INTEGER_TYPES)})", "error")
        if not nvs:
            continue
        if item.type == "string" and item.source in PEM_SOURCES:
            yield (f"{at}.type", f"{item.source} can exceed 4,000 bytes; NVS strings cannot "
                   'hold it: use type = "blob"', "error")
        if item.type == "string" and isinstance(item.value, str):
            size = len(item.value.encode("utf-8"))
            if size > NVS_STRING_MAX:
                yield (f"{at}.value", f"is {size:,} bytes; NVS strings hold at most "
                       f'{NVS_STRING_MAX:,}: use type = "blob"', "error")


def _integer_item(at: str, kind: str, source: str | None, value: object) -> Found:
    if source is not None:
        yield (f"{at}.type", f"{kind!r} needs a fixed integer value, but the item takes the unit "
               f"value {source!r}, which is text; allowed: type string or blob", "error")
        return
    if not isinstance(value, int) or isinstance(value, bool):
        yield (f"{at}.value", f"{value!r} is not a whole number; allowed: an integer for type "
               f"{kind!r}", "error")
        return
    low, high = INTEGER_RANGES[kind]
    if not low <= value <= high:
        yield (f"{at}.value", f"{value} does not fit type {kind!r}; allowed: {low} to {high}",
               "error")


def _transport(profile: Profile, file: Path) -> Found:
    if profile.transport.kind != "esptool-nvs":
        if profile.images:
            yield ("images", f"the {profile.transport.kind!r} transport does not write images; "
                   "allowed: images only with transport esptool-nvs", "error")
        return

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

    nvs = Region(storage.offset, storage.offset + storage.size, "storage", "storage.offset")
    regions = [nvs]
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
            yield from layout_problems(layout, regions, nvs, bool(board.flash_size))


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


def _tpm(profile: Profile, file: Path) -> Found:
    section = profile.tpm
    uses_tpm = Attestation.TPM in profile.attestation.allowed
    reads_ek = profile.identity.rule == "tpm-ek"
    if section is None:
        example = '[tpm] with access = "board" (through the console) or "direct" (and tcti)'
        if uses_tpm:
            yield ("attestation.allowed", "'tpm' needs a [tpm] section saying where the unit's "
                   f"TPM is, and there is none; add {example}, or remove 'tpm'", "error")
        if reads_ek:
            yield ("identity.rule", "'tpm-ek' needs a [tpm] section saying where the unit's TPM "
                   f"is, and there is none; add {example}, or choose another rule", "error")
        return
    if not (uses_tpm or reads_ek):
        yield ("tpm", "is not used: neither attestation 'tpm' nor identity rule 'tpm-ek' is "
               "in the profile; allowed: remove [tpm], or allow 'tpm'", "warning")
    if section.access == "board":
        if profile.transport.kind != "console":
            yield ("tpm.access", f"'board' reaches the TPM through the serial console, but the "
                   f"transport is {profile.transport.kind!r}; allowed: 'board' only with "
                   "transport console, or 'direct' with a tcti", "error")
        if section.tcti:
            yield ("tpm.tcti", "is not used with access 'board' (the TPM is reached through "
                   "the board); allowed: remove it, or use access 'direct'", "warning")
    elif not section.tcti.strip():
        yield ("tpm.tcti", "is required for access 'direct'; allowed: a TPM connection such "
               "as 'device:/dev/tpmrm0' or 'swtpm:host=127.0.0.1,port=2321'", "error")
    elif not _TCTI.fullmatch(section.tcti.strip()):
        yield ("tpm.tcti", f"{section.tcti!r} is not a TPM connection; allowed: name:config, "
               "e.g. 'device:/dev/tpmrm0' or 'swtpm:host=127.0.0.1,port=2321'", "error")
    if section.manufacturer_cas:
        try:
            resolve_in_folder(file.parent, section.manufacturer_cas)
        except ImagePathError as exc:
            yield ("tpm.manufacturer_cas", str(exc), "error")
    elif section.require_certificate:
        yield ("tpm.require_certificate", "needs the TPM makers' CAs to check certificates "
               "against, and tpm.manufacturer_cas is empty; allowed: set manufacturer_cas to "
               "a PEM bundle beside the profile, or require_certificate = false", "error")


def _enrollment(profile: Profile, file: Path) -> Found:
    if "enrollment" not in profile.model_fields_set:
        return
    if not any(mode.needs_enrollment for mode in profile.attestation.allowed):
        yield ("enrollment", "is not used: only group modes are allowed, and their units are "
               "admitted by the enrollment group, whose settings are made in DPS; allowed: "
               "remove [enrollment], or allow sas-individual, x509-individual or tpm", "warning")
