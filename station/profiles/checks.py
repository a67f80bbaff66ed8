"""Checks beyond the schema: what a valid-looking profile must also get right.

These run at load time against what exists (image files and their hashes,
the chips esptool knows) and against the limits of the place the data goes
(NVS keys and strings, flash pages), so that a bad profile is refused before
a job starts rather than halfway through a board.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from station.core.errors import ConfigError
from station.core.folders import ImagePathError, resolve_in_folder
from station.core.labels import layout_problems
from station.core.registries import ATTESTATIONS, STORAGE_FORMATS, TRANSPORTS
from station.credentials.csr import MADE_ON_BOARD
from station.credentials.modes import attestation_mode
from station.identity.rules import validate_model_id
from station.identity.sources import identity_rule
from station.profiles.kinds import (
    STORAGE_SETTINGS,
    profile_storage,
    profile_transport,
    storage_format,
    transport_kind,
)
from station.profiles.model import (
    INTEGER_TYPES,
    PEM_SOURCES,
    ImageEntry,
    Profile,
)
from station.profiles.problems import Found, ProfileProblem

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


def resolve_image(folder: Path, entry: ImageEntry) -> Path:
    """The image file for ``entry``, which must be a file inside ``folder``.

    Raises ImagePathError for absolute paths, paths that leave the folder with
    ``..`` or through a symbolic link, and missing files.
    """
    return resolve_in_folder(folder, entry.path)


def check_profile(profile: Profile, file: Path) -> list[ProfileProblem]:
    """All problems in a schema-valid profile read from ``file``; warnings included."""
    checks = (_file_name, _identity, _credentials, _device_key, _storage_items, _transport,
              _tpm, _enrollment, _label)
    return [ProfileProblem(file, key, message, severity)
            for check in checks for key, message, severity in check(profile, file)]


def _file_name(profile: Profile, file: Path) -> Found:
    # A copy kept as "my-board-old.toml" would otherwise clash with "my-board.toml" by id.
    if file.stem != profile.id:
        yield ("id", f"'{profile.id}' differs from the file name '{file.name}'; allowed: name "
               f"the file {profile.id}.toml", "warning")


def _identity(profile: Profile, file: Path) -> Found:
    section = profile.identity
    x509 = any(mode.is_x509 for mode in profile.attestation.allowed)
    for key, message, severity in identity_rule(section.rule).check(section, x509):
        yield (f"identity.{key}", message, severity)


def _credentials(profile: Profile, file: Path) -> Found:
    sources = {item.source for item in profile.storage.items if item.source}
    device_key = profile.attestation.device_key
    for mode in profile.attestation.allowed:
        for needed in attestation_mode(mode).for_device_key(device_key).board_sources:
            if needed not in sources:
                kind = ', type = "blob"' if needed in PEM_SOURCES else ""
                yield ("attestation.allowed", f"{mode.value!r} needs a storage item with source "
                       f"{needed!r}, and there is none; add [[storage.items]] with "
                       f'source = "{needed}"{kind}, or remove {mode.value!r}', "error")
    if "scope_id" not in sources and not _has_fixed(profile, "scope_id"):
        yield ("storage.items", "no item puts the ID scope on the board; allowed: an item with "
               'source = "scope_id", unless the firmware has it built in', "warning")
    if not sources & {"device_id", "registration_id"} and not _uses_tpm(profile):
        yield ("storage.items", "no item puts the device ID on the board; allowed: an item with "
               'source = "device_id"', "warning")


def _device_key(profile: Profile, file: Path) -> Found:
    if profile.attestation.device_key != MADE_ON_BOARD:
        return
    kind = profile_transport(profile)
    if not kind.makes_device_keys:
        makers = [name for name in TRANSPORTS.names() if transport_kind(name).makes_device_keys]
        yield ("attestation.device_key", f"'board' has the board make its device key, but "
               f"the {kind.name!r} transport cannot ask a board for one; allowed: 'station', "
               f"or 'board' with transport {' or '.join(makers)}", "error")
    if not any(attestation_mode(mode).board_key for mode in profile.attestation.allowed):
        takers = [name for name in ATTESTATIONS.names() if attestation_mode(name).board_key]
        yield ("attestation.device_key", "'board' is used by none of the allowed modes; "
               f"allowed: 'station', or 'board' with {' or '.join(takers)} allowed", "error")


def _has_fixed(profile: Profile, key: str) -> bool:
    return any(item.key == key and item.value is not None for item in profile.storage.items)


def _storage_items(profile: Profile, file: Path) -> Found:
    first_use: dict[str, int] = {}
    for i, item in enumerate(profile.storage.items):
        at = f"storage.items[{i}]"
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
    yield from profile_storage(profile).check(profile, file)
    yield from _storage_settings(profile)


def _storage_settings(profile: Profile) -> Found:
    # A setting the format ignores would look like, say, encryption that never happens.
    fmt = profile_storage(profile)
    storage = profile.storage
    for name in STORAGE_SETTINGS:
        if name in fmt.settings or getattr(storage, name) == type(storage).model_fields[
            name
        ].default:
            continue
        readers = [n for n in STORAGE_FORMATS.names() if name in storage_format(n).settings]
        yield (f"storage.{name}", f"is not read by storage format {fmt.name!r}, so it would "
               f"have no effect; allowed: remove it, or format {' or '.join(readers)}", "error")


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
    kind = profile_transport(profile)
    if profile.images and not kind.writes_images:
        writers = [name for name in TRANSPORTS.names() if transport_kind(name).writes_images]
        yield ("images", f"the {kind.name!r} transport does not write images; allowed: images "
               f"only with transport {' or '.join(writers)}", "error")
    fmt = profile.storage.format
    if fmt and fmt not in kind.storage_formats:
        yield ("storage.format", f"the {kind.name!r} transport cannot write {fmt!r}; allowed: "
               f"{', '.join(kind.storage_formats)}", "error")
    yield from kind.check(profile, file)


def _tpm(profile: Profile, file: Path) -> Found:
    section = profile.tpm
    uses_tpm = _uses_tpm(profile)
    reads_ek = identity_rule(profile.identity.rule).reads_tpm
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
        if not profile_transport(profile).relays_tpm:
            relays = [name for name in TRANSPORTS.names() if transport_kind(name).relays_tpm]
            yield ("tpm.access", f"'board' reaches the TPM through the board's link, but the "
                   f"transport is {profile.transport.kind!r}; allowed: 'board' only "
                   f"with transport {' or '.join(relays)}, or 'direct' with a tcti", "error")
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


def _uses_tpm(profile: Profile) -> bool:
    return any(attestation_mode(m).mechanism == "tpm" for m in profile.attestation.allowed)


def _enrollment(profile: Profile, file: Path) -> Found:
    if "enrollment" not in profile.model_fields_set:
        return
    if not any(mode.needs_enrollment for mode in profile.attestation.allowed):
        yield ("enrollment", "is not used: only group modes are allowed, and their units are "
               "admitted by the enrollment group, whose settings are made in DPS; allowed: "
               "remove [enrollment], or allow sas-individual, x509-individual or tpm", "warning")


def _label(profile: Profile, file: Path) -> Found:
    layout = profile.label_layout
    if layout is None:
        return
    for where, message in layout_problems(layout):
        yield (f"label.{where}", message, "error")
