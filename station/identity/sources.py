"""Where a unit's device ID comes from: the chip's MAC, a scanned barcode or a counter.

Each source implements ``station.core.interfaces.IdentitySource`` and checks
the ID against the registration-ID rules before handing it on. Sources are
called from the worker thread of the port being provisioned.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from station.core.errors import IdentityError
from station.core.events import Stage
from station.core.interfaces import IdentitySource
from station.core.models import BoardInfo, DeviceIdentity
from station.core.registries import IDENTITY_SOURCES
from station.identity.patterns import SCAN_MAX, compile_barcode_pattern
from station.identity.rules import (
    CHARSET_WORDS,
    CHARSETS,
    DEVICE_ID_MAX,
    DEVICE_ID_MAX_X509,
    validate_device_id,
)
from station.identity.templates import DEFAULT_TEMPLATES, render_template, template_problems

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


# (key within [identity], message, "error" or "warning")
IdentityProblem = tuple[str, str, Literal["error", "warning"]]
IdentityCheck = Callable[["IdentitySettings", bool], Iterator[IdentityProblem]]

_SAMPLE_MAC = "0123456789ab"


def check_template_rule(section: IdentitySettings, x509: bool) -> Iterator[IdentityProblem]:
    """A rule that renders a template: its prefix, template and the IDs they make.

    ``x509``: X.509 modes are allowed (the certificate CN limits IDs to 64 characters).
    """
    allowed = CHARSETS[section.charset]
    bad = [(i, c) for i, c in enumerate(section.prefix, 1) if c not in allowed]
    if bad:
        pos, char = bad[0]
        why = "an uppercase letter (IDs are lowercase)" if char.isupper() else repr(char)
        yield ("prefix", f"{section.prefix!r} has {why} at position {pos}; "
               f"allowed: {CHARSET_WORDS[section.charset]}", "error")
        return

    problems = template_problems(section.template, section.rule)
    for message in problems:
        yield ("template", message, "error")
    if problems:
        return

    limit = DEVICE_ID_MAX_X509 if x509 else DEVICE_ID_MAX
    where = " when X.509 modes are allowed (the certificate CN limit)" if x509 else ""
    sample = render_template(section.template, prefix=section.prefix, mac=_SAMPLE_MAC, n=1)
    try:
        validate_device_id(sample, charset=section.charset)
    except IdentityError as exc:
        yield ("template", f"makes device IDs like {sample!r}, which fail: "
               f"{exc.message}", "error")
        return
    if len(sample) > limit:
        yield ("template", f"makes {len(sample)}-character device IDs such as "
               f"{sample!r}; allowed: at most {limit} characters{where}", "error")
        return
    if "{n" in section.template:  # a counter: IDs grow with it
        for digits in range(2, 19):
            longer = render_template(section.template, prefix=section.prefix, n=10**digits)
            if len(longer) > limit:
                yield ("template", f"device IDs grow past {limit} characters once the "
                       f"counter reaches {10**digits:,}; allowed: at most {limit}{where}",
                       "warning")
                break
    if "{serial" in section.template:
        room = limit - len(render_template(section.template, prefix=section.prefix,
                                           mac=_SAMPLE_MAC, n=1, serial=""))
        yield ("template", f"includes the board serial; serials longer than {room} "
               f"characters make IDs longer than {limit}, and uppercase serials are refused; "
               "allowed: use it only when serials are short and lowercase", "warning")


def check_scanned_rule(section: IdentitySettings, x509: bool) -> Iterator[IdentityProblem]:
    """A rule that takes the device ID from a scan as it is: template and prefix unused."""
    for key in ("template", "prefix"):
        if getattr(section, key):
            yield (key, f"is not used by rule {section.rule!r}, which takes the device ID "
                   "from the scan as it is; remove it", "warning")


def no_identity_checks(section: IdentitySettings, x509: bool) -> Iterator[IdentityProblem]:
    return iter(())


class IdentitySettings(Protocol):
    """A profile's ``[identity]`` section, as the rules read it."""

    @property
    def rule(self) -> str: ...
    @property
    def template(self) -> str: ...
    @property
    def prefix(self) -> str: ...
    @property
    def charset(self) -> str: ...
    @property
    def pattern(self) -> str: ...


# (settings, counters, x509, the job's TPM settings or None) -> the job's source.
IdentityFactory = Callable[[IdentitySettings, CounterStore | None, bool, Any], IdentitySource]


@dataclass(frozen=True)
class IdentityRule:
    """One identity rule (``[identity] rule = …``): how it builds a job's identity source.

    ``default_template``: the device ID template when the profile gives none.
    ``reads_tpm``: the rule reads each unit's TPM (the profile needs a ``[tpm]`` section).
    ``counts``: it numbers devices from the station's counter instead of reading an ID
    from the board (a line leases it blocks of numbers; a returned unit is recognised
    by its recorded MAC).
    ``scans``: each unit's ID is scanned (the window and the automation ask for it).
    ``read_from_unit``: the ID is read from the unit itself (its chip, its label), so
    another station can meet the same one: on a line, the ID and the board's MAC are
    looked up there before the board is touched.
    ``check``: what it finds wrong in the profile's ``[identity]`` section.
    """

    name: str
    description: str
    build: IdentityFactory
    default_template: str = ""
    reads_tpm: bool = False
    counts: bool = False
    scans: bool = False
    read_from_unit: bool = False
    check: IdentityCheck = no_identity_checks


def _mac(settings: IdentitySettings, store: CounterStore | None, x509: bool,
         tpm: Any) -> IdentitySource:
    return MacIdentity(settings.template, settings.prefix, settings.charset, x509)


def _barcode(settings: IdentitySettings, store: CounterStore | None, x509: bool,
             tpm: Any) -> IdentitySource:
    return BarcodeIdentity(settings.pattern, settings.charset, x509)


def _counter(settings: IdentitySettings, store: CounterStore | None, x509: bool,
             tpm: Any) -> IdentitySource:
    if store is None:
        raise IdentityError(
            "counter identities need the manifest, which keeps the station's counters",
            hint="open the manifest before starting the job",
            stage=Stage.IDENTIFY,
        )
    return CounterIdentity(store, settings.template, settings.prefix, settings.charset, x509)


MAC_RULE = IdentityRule(
    "mac", "the board's MAC address", _mac, DEFAULT_TEMPLATES["mac"], read_from_unit=True,
    check=check_template_rule,
)
BARCODE_RULE = IdentityRule(
    "barcode", "a barcode scanned for each unit", _barcode, scans=True, read_from_unit=True,
    check=check_scanned_rule
)
COUNTER_RULE = IdentityRule(
    "counter", "the station's counter", _counter, DEFAULT_TEMPLATES["counter"],
    counts=True, check=check_template_rule,
)


def identity_rule(name: str) -> IdentityRule:
    """The rule called ``name``. Raises ConfigError when this station has none."""
    rule: IdentityRule = IDENTITY_SOURCES.get(name, IdentityRule)
    return rule


def identity_source_for(
    settings: IdentitySettings,
    *,
    store: CounterStore | None = None,
    x509: bool = False,
    tpm: Any = None,
) -> IdentitySource:
    """Build the identity source a profile's ``[identity]`` section describes.

    ``x509`` says whether the job uses an X.509 mode (64-character IDs);
    ``tpm`` holds the profile's ``[tpm]`` settings for rules that read the TPM.
    Raises a StationError when the rule cannot be served here.
    """
    return identity_rule(settings.rule).build(settings, store, x509, tpm)
