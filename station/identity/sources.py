"""Where a unit's device ID comes from: the chip's MAC, a scanned barcode or a counter.

Each source implements ``station.core.interfaces.IdentitySource`` and checks
the ID against the registration-ID rules before handing it on. Sources are
called from the worker thread of the port being provisioned.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from station.core.errors import IdentityError
from station.core.events import Stage
from station.core.interfaces import IdentitySource
from station.core.models import BoardInfo, DeviceIdentity
from station.identity.patterns import SCAN_MAX, compile_barcode_pattern
from station.identity.rules import validate_device_id
from station.identity.templates import DEFAULT_TEMPLATES, render_template, template_problems
from station.profiles.model import IdentitySection

if TYPE_CHECKING:
    from station.credentials.tpm_settings import TpmSettings

_MAC_SEPARATORS = re.compile(r"[:\-.]")
_MAC = re.compile(r"[0-9a-f]{12}")


class CounterStore(Protocol):
    """The part of the manifest a counter identity needs."""

    def next_counter(self, name: str) -> int: ...


def _checked_template(template: str, rule: str) -> str:
    template = template or DEFAULT_TEMPLATES[rule]
    problems = template_problems(template, rule)
    if problems:
        raise IdentityError(
            f"identity template {template!r}: {problems[0]}",
            hint="fix identity.template in the profile",
            stage=Stage.IDENTIFY,
        )
    return template


def _checked_pattern(pattern: str) -> re.Pattern[str]:
    try:
        return compile_barcode_pattern(pattern)
    except ValueError as exc:
        raise IdentityError(
            f"barcode pattern {exc}",
            hint="fix identity.pattern in the profile",
            stage=Stage.IDENTIFY,
        ) from None


def normalise_mac(mac: str) -> str:
    """Return a MAC as twelve lowercase hex digits; separators and hex case do not matter."""
    digits = _MAC_SEPARATORS.sub("", mac.strip()).lower()
    if not _MAC.fullmatch(digits):
        raise IdentityError(
            f"the board reported MAC {mac!r}, which is not six hex bytes",
            hint="the board's firmware answered oddly; set the board aside for an engineer",
            stage=Stage.IDENTIFY,
        )
    return digits


class MacIdentity:
    """Device ID made from the chip's MAC address, e.g. ``demo-a0b1c2d3e4f5``."""

    def __init__(
        self, template: str = "", prefix: str = "", charset: str = "dps", x509: bool = False
    ) -> None:
        self.template = _checked_template(template, "mac")
        self.prefix = prefix
        self.charset = charset
        self.x509 = x509

    def identify(self, board: BoardInfo, scanned: str | None = None) -> DeviceIdentity:
        if not board.mac:
            raise IdentityError(
                f"the board on {board.port} did not report a MAC address, and this profile "
                "makes device IDs from the MAC",
                hint="check that the profile matches the board, or use a barcode or counter rule",
                stage=Stage.IDENTIFY,
            )
        device_id = render_template(
            self.template, prefix=self.prefix, mac=normalise_mac(board.mac), serial=board.serial
        )
        validate_device_id(device_id, x509=self.x509, charset=self.charset)
        return DeviceIdentity(device_id=device_id, source="mac")


class BarcodeIdentity:
    """Device ID read from the unit's barcode, checked against the profile's pattern."""

    def __init__(self, pattern: str = "", charset: str = "dps", x509: bool = False) -> None:
        self.pattern = _checked_pattern(pattern) if pattern else None
        self.charset = charset
        self.x509 = x509

    def identify(self, board: BoardInfo, scanned: str | None = None) -> DeviceIdentity:
        # Scanners end a read with CR/LF (sometimes a tab); none of it is part of the ID.
        device_id = (scanned or "").strip()
        if not device_id:
            raise IdentityError(
                "no barcode was scanned for this unit, and this profile takes the device ID "
                "from the barcode",
                hint="scan the unit's barcode",
                stage=Stage.IDENTIFY,
            )
        if len(device_id) > SCAN_MAX:
            # The pattern's bound on backtracking holds for scans no longer than an ID.
            validate_device_id(device_id, x509=self.x509, charset=self.charset)
        if self.pattern is not None and not self.pattern.fullmatch(device_id):
            raise IdentityError(
                f"scanned {device_id!r} does not match the profile's barcode pattern "
                f"{self.pattern.pattern!r}",
                hint="scan the unit's device-ID barcode, not another label",
                stage=Stage.IDENTIFY,
            )
        validate_device_id(device_id, x509=self.x509, charset=self.charset)
        return DeviceIdentity(device_id=device_id, source="barcode")


class CounterIdentity:
    """Device ID from a station counter, e.g. ``line1-000042``.

    The counter is named after the prefix, so every profile with the same
    prefix draws from the same counter and no ID is issued twice. A number is
    used up even when the ID it makes is refused.
    """

    def __init__(
        self,
        store: CounterStore,
        template: str = "",
        prefix: str = "",
        charset: str = "dps",
        x509: bool = False,
    ) -> None:
        self.store = store
        self.template = _checked_template(template, "counter")
        self.prefix = prefix
        self.charset = charset
        self.x509 = x509

    def identify(self, board: BoardInfo, scanned: str | None = None) -> DeviceIdentity:
        n = self.store.next_counter(self.prefix)
        device_id = render_template(self.template, prefix=self.prefix, n=n, serial=board.serial)
        validate_device_id(device_id, x509=self.x509, charset=self.charset)
        return DeviceIdentity(device_id=device_id, source="counter")


# (section, store, x509) -> source; rules registered with uses_tpm also get the TPM settings.
IdentityFactory = Callable[..., IdentitySource]


def _mac(section: IdentitySection, store: CounterStore | None, x509: bool) -> IdentitySource:
    return MacIdentity(section.template, section.prefix, section.charset, x509)


def _barcode(section: IdentitySection, store: CounterStore | None, x509: bool) -> IdentitySource:
    return BarcodeIdentity(section.pattern, section.charset, x509)


def _counter(section: IdentitySection, store: CounterStore | None, x509: bool) -> IdentitySource:
    if store is None:
        raise IdentityError(
            "counter identities need the manifest, which keeps the station's counters",
            hint="open the manifest before starting the job",
            stage=Stage.IDENTIFY,
        )
    return CounterIdentity(store, section.template, section.prefix, section.charset, x509)


def _tpm_ek_missing(
    section: IdentitySection,
    store: CounterStore | None,
    x509: bool,
    tpm: TpmSettings | None = None,
) -> IdentitySource:
    raise IdentityError(
        "tpm-ek identities need the TPM support, which is not available in this station",
        hint="install the station with TPM support, or choose another identity rule",
        stage=Stage.IDENTIFY,
    )


_RULES: dict[str, IdentityFactory] = {
    "mac": _mac,
    "barcode": _barcode,
    "counter": _counter,
    "tpm-ek": _tpm_ek_missing,
}


# Rules whose factory also takes the profile's [tpm] settings, as a fourth argument.
_TPM_RULES: set[str] = {"tpm-ek"}


def register_identity_rule(name: str, factory: IdentityFactory, *, uses_tpm: bool = False) -> None:
    """Make ``factory(section, store, x509)`` the source for identity rule ``name``.

    With ``uses_tpm`` the factory is called as ``factory(section, store, x509,
    tpm)``, ``tpm`` being the job's TpmSettings or None. The TPM support
    registers ``tpm-ek`` this way; a later registration replaces an earlier one.
    """
    _RULES[name] = factory
    if uses_tpm:
        _TPM_RULES.add(name)
    else:
        _TPM_RULES.discard(name)


def identity_source_for(
    section: IdentitySection,
    *,
    store: CounterStore | None = None,
    x509: bool = False,
    tpm: TpmSettings | None = None,
) -> IdentitySource:
    """Build the identity source a profile's ``[identity]`` section describes.

    ``x509`` says whether the job uses an X.509 mode (64-character IDs);
    ``tpm`` holds the profile's ``[tpm]`` settings for rules that read the TPM.
    Raises IdentityError when the rule cannot be served here.
    """
    factory = _RULES.get(section.rule)
    if factory is None:
        raise IdentityError(
            f"identity rule {section.rule!r} is unknown; allowed: {', '.join(_RULES)}",
            hint="fix identity.rule in the profile",
            stage=Stage.IDENTIFY,
        )
    if section.rule in _TPM_RULES:
        return factory(section, store, x509, tpm)
    return factory(section, store, x509)
