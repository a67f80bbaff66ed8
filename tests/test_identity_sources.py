"""Identity sources: MAC, barcode, counter, and the rule registry."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from station.core.errors import IdentityError
from station.core.models import BoardInfo, DeviceIdentity
from station.core.registries import IDENTITY_SOURCES
from station.identity.sources import (
    BarcodeIdentity,
    CounterIdentity,
    IdentityProblem,
    IdentityRule,
    IdentitySettings,
    MacIdentity,
    identity_rule,
    identity_source_for,
)
from station.profiles.model import IdentitySection

BOARD = BoardInfo(port="socket://127.0.0.1:5555", mac="a0b1c2d3e4f5", serial="sn7")


class CountingStore:
    """Hands out numbers per counter name, the way the manifest does."""

    def __init__(self) -> None:
        self.counters: dict[str, int] = {}

    def next_counter(self, name: str) -> int:
        self.counters[name] = self.counters.get(name, 0) + 1
        return self.counters[name]


def test_mac_identity_uses_prefix_and_mac() -> None:
    identity = MacIdentity("{prefix}-{mac}", "demo").identify(BOARD)
    assert identity == DeviceIdentity("demo-a0b1c2d3e4f5", "mac")


def test_mac_identity_accepts_a_mac_with_separators() -> None:
    board = BoardInfo(port="p", mac="A0:B1:C2:D3:E4:F5")
    assert MacIdentity(prefix="demo").identify(board).device_id == "demo-a0b1c2d3e4f5"


def test_mac_identity_refuses_a_board_without_mac() -> None:
    with pytest.raises(IdentityError, match="did not report a MAC address"):
        MacIdentity(prefix="demo").identify(BoardInfo(port="COM3"))


def test_mac_identity_refuses_a_malformed_mac() -> None:
    with pytest.raises(IdentityError, match="not six hex bytes"):
        MacIdentity(prefix="demo").identify(BoardInfo(port="p", mac="a0b1c2"))


def test_mac_identity_refuses_an_uppercase_prefix() -> None:
    with pytest.raises(IdentityError, match="uppercase"):
        MacIdentity(prefix="Demo").identify(BOARD)


def test_mac_identity_checks_the_x509_length() -> None:
    source = MacIdentity(prefix="p" * 60, x509=True)
    with pytest.raises(IdentityError, match="at most 64"):
        source.identify(BOARD)


def test_mac_template_without_mac_is_refused() -> None:
    with pytest.raises(IdentityError, match=r"lacks \{mac\}"):
        MacIdentity("{prefix}-unit", "demo")


def test_barcode_strips_what_the_scanner_adds() -> None:
    source = BarcodeIdentity(pattern=r"sn-\d{6}")
    assert source.identify(BOARD, " sn-000123\r\n") == DeviceIdentity("sn-000123", "barcode")


def test_barcode_missing_scan_asks_for_one() -> None:
    for scanned in (None, "", "\r\n"):
        with pytest.raises(IdentityError) as caught:
            BarcodeIdentity().identify(BOARD, scanned)
        assert caught.value.hint == "scan the unit's barcode"


def test_barcode_must_match_the_whole_pattern() -> None:
    with pytest.raises(IdentityError, match="does not match the profile's barcode pattern"):
        BarcodeIdentity(pattern=r"sn-\d{6}").identify(BOARD, "sn-0001234")


def test_barcode_is_validated_and_never_lowercased() -> None:
    with pytest.raises(IdentityError, match="uppercase"):
        BarcodeIdentity().identify(BOARD, "SN-0001")


def test_barcode_iotc_charset() -> None:
    with pytest.raises(IdentityError, match="IoT Central"):
        BarcodeIdentity(charset="iotc").identify(BOARD, "sn_0001")


def test_counter_never_issues_the_same_number_twice() -> None:
    store = CountingStore()
    source = CounterIdentity(store, "{prefix}{n:06d}", "line1-")
    ids = [source.identify(BOARD).device_id for _ in range(3)]
    assert ids == ["line1-000001", "line1-000002", "line1-000003"]
    assert store.counters == {"line1-": 3}


def test_counters_are_per_prefix() -> None:
    store = CountingStore()
    a = CounterIdentity(store, prefix="a-")
    b = CounterIdentity(store, prefix="b-")
    assert [a.identify(BOARD).device_id, b.identify(BOARD).device_id] == ["a-000001", "b-000001"]


def test_source_for_builds_each_rule() -> None:
    store = CountingStore()
    mac = identity_source_for(IdentitySection(rule="mac", prefix="demo"), store=store)
    barcode = identity_source_for(IdentitySection(rule="barcode"), store=store)
    counter = identity_source_for(IdentitySection(rule="counter", prefix="c"), store=store)
    assert mac.identify(BOARD).device_id == "demo-a0b1c2d3e4f5"
    assert barcode.identify(BOARD, "unit-9").device_id == "unit-9"
    assert counter.identify(BOARD).device_id == "c000001"


def test_source_for_passes_the_x509_limit() -> None:
    section = IdentitySection(rule="mac", prefix="p" * 60)
    assert identity_source_for(section).identify(BOARD)
    with pytest.raises(IdentityError, match="at most 64"):
        identity_source_for(section, x509=True).identify(BOARD)


def test_counter_rule_needs_a_store() -> None:
    with pytest.raises(IdentityError, match="need the manifest"):
        identity_source_for(IdentitySection(rule="counter"))


def test_tpm_ek_says_so_without_the_tpm_stack(monkeypatch: pytest.MonkeyPatch) -> None:
    # As on a station installed without the tpm extra: the TPM stack does not import.
    for name in [n for n in sys.modules if n.startswith("tpm2_pytss")] + ["tpm2_pytss"]:
        monkeypatch.setitem(sys.modules, name, None)
    for name in [n for n in sys.modules if n.startswith("station.credentials.tpm")]:
        if name not in ("station.credentials.tpm_settings", "station.credentials.tpm_identity"):
            monkeypatch.delitem(sys.modules, name)  # imported again, without the stack
    section = IdentitySection(rule="tpm-ek")
    with pytest.raises(IdentityError, match="tpm-ek identities need the TPM support"):
        identity_source_for(section).identify(BOARD)


def test_a_rule_added_to_the_registry_is_served_and_checked() -> None:
    class FixedId:
        def identify(self, board: BoardInfo, scanned: str | None = None) -> DeviceIdentity:
            return DeviceIdentity("fixed-0f1e2d", "fixed")

    def never_prefixed(section: IdentitySettings, x509: bool) -> Iterator[IdentityProblem]:
        if section.prefix:
            yield ("prefix", "is not used by rule 'fixed'", "warning")

    IDENTITY_SOURCES.add("fixed", IdentityRule(
        "fixed", "one ID for every board", lambda *args: FixedId(), check=never_prefixed
    ))
    try:
        section = IdentitySection(rule="fixed", prefix="x")
        assert identity_source_for(section).identify(BOARD).device_id == "fixed-0f1e2d"
        assert list(identity_rule("fixed").check(section, False)) == [
            ("prefix", "is not used by rule 'fixed'", "warning")
        ]
    finally:
        IDENTITY_SOURCES.remove("fixed")
    with pytest.raises(ValueError, match="'fixed' is not allowed; allowed: mac, barcode, co"):
        IdentitySection(rule="fixed")
