"""The DPS registration-ID and ID-scope rules."""

from __future__ import annotations

import pytest

from station.core.errors import IdentityError, StationError
from station.core.models import BoardInfo
from station.identity.patterns import BARCODE_PATTERN_MAX, barcode_pattern_problem
from station.identity.rules import validate_device_id, validate_id_scope
from station.identity.sources import BarcodeIdentity

BOARD = BoardInfo(port="sim://1", board_type="virtual-console", mac="a0b1c2d3e4f5")


@pytest.mark.parametrize(
    "device_id",
    ["a", "7", "demo-a0b1c2d3e4f5", "line1.unit_42:b", "a" * 128, "0-0"],
)
def test_valid_dps_ids_come_back_unchanged(device_id: str) -> None:
    assert validate_device_id(device_id) == device_id


def test_128_characters_pass_and_129_fail() -> None:
    assert validate_device_id("x" * 128)
    with pytest.raises(IdentityError, match="129 characters; at most 128"):
        validate_device_id("x" * 129)


def test_x509_modes_allow_64_characters_not_65() -> None:
    assert validate_device_id("x" * 64, x509=True)
    with pytest.raises(IdentityError, match="65 characters; at most 64 .*X.509"):
        validate_device_id("x" * 65, x509=True)
    assert validate_device_id("x" * 65)  # fine outside X.509


def test_empty_id_is_refused() -> None:
    with pytest.raises(IdentityError, match="empty"):
        validate_device_id("")


def test_leading_dash_is_refused_with_its_position() -> None:
    with pytest.raises(IdentityError, match=r"starts with '-' \(position 1\); .*letter or digit"):
        validate_device_id("-abc")


def test_trailing_dot_is_refused_with_its_position() -> None:
    with pytest.raises(IdentityError, match=r"ends with '\.' \(position 4\)"):
        validate_device_id("abc.")


def test_uppercase_is_refused_not_lowercased() -> None:
    with pytest.raises(IdentityError) as caught:
        validate_device_id("ABC-1")
    message = caught.value.message
    assert "'ABC-1' has uppercase letters" in message
    assert "'A' at position 1" in message
    assert "lowercase" in message


def test_space_is_named_with_its_position() -> None:
    with pytest.raises(IdentityError, match="has a space at position 5"):
        validate_device_id("unit 7")


@pytest.mark.parametrize("char", ["#", "/", "é", "+", "\t"])
def test_characters_outside_the_dps_set_are_refused(char: str) -> None:
    with pytest.raises(IdentityError, match="position 2; allowed: lowercase a-z"):
        validate_device_id(f"a{char}b")


def test_iotc_charset_allows_only_letters_digits_and_dash() -> None:
    assert validate_device_id("line-7-a0", charset="iotc") == "line-7-a0"
    for char in "._:":
        with pytest.raises(IdentityError, match=r"position 2; allowed: .*IoT Central"):
            validate_device_id(f"a{char}b", charset="iotc")
        assert validate_device_id(f"a{char}b", charset="dps")


def test_identity_errors_carry_a_hint_and_the_identify_stage() -> None:
    with pytest.raises(StationError) as caught:
        validate_device_id("bad id")
    assert caught.value.hint
    assert caught.value.stage == "identify"


def test_id_scope_examples() -> None:
    assert validate_id_scope("0ne0012ABCD") == "0ne0012ABCD"
    assert validate_id_scope(" 0ne00000A0A\n") == "0ne00000A0A"


@pytest.mark.parametrize(
    ("scope", "problem"),
    [
        ("0ne0012abcd", "lowercase letters after '0ne'"),
        ("", "is empty"),
        ("0ne0012ABC", "does not look like an ID scope"),
        ("1ne0012ABCD", "does not look like an ID scope"),
        ("0ne0012ABCD-", "does not look like an ID scope"),
    ],
)
def test_bad_id_scopes_show_an_example(scope: str, problem: str) -> None:
    with pytest.raises(IdentityError) as caught:
        validate_id_scope(scope)
    assert problem in caught.value.message
    assert "e.g. 0ne0012ABCD" in caught.value.message


# Patterns whose backtracking grows exponentially (or as a high power) with the scan's length.
SLOW_PATTERNS = [
    "(a+)+b",
    "(a*)*b",
    "(a|a)*b",
    "(a|aa)+b",
    "(.*a){12}",
    "(a?){30}a{30}",
    r"\d*\d*\d*\d*x",
    "(?=(a+)+)x",
    r"(a)\1",
]


@pytest.mark.parametrize("pattern", SLOW_PATTERNS)
def test_barcode_patterns_that_backtrack_without_end_are_refused(pattern: str) -> None:
    problem = barcode_pattern_problem(pattern)
    assert problem is not None
    assert "\n" not in problem and "allowed: " in problem


@pytest.mark.parametrize(
    "pattern",
    [
        r"sn-\d{6}",
        "sn-[0-9a-f]{8}",
        "[a-z]{3}-[0-9]{4,8}",
        "([0-9a-f]{2}:){5}[0-9a-f]{2}",
        "(sn|pn)-[0-9]+",
        "[a-z0-9]+-[0-9]+",
        "(?:line[0-9])?-unit-[0-9]{1,6}",
    ],
)
def test_ordinary_barcode_patterns_pass(pattern: str) -> None:
    assert barcode_pattern_problem(pattern) is None


def test_barcode_pattern_that_does_not_compile_says_why() -> None:
    problem = barcode_pattern_problem("sn-[0-9")
    assert problem is not None and "not a valid regular expression" in problem


def test_barcode_pattern_length_is_bounded() -> None:
    assert barcode_pattern_problem("a" * BARCODE_PATTERN_MAX) is None
    problem = barcode_pattern_problem("a" * (BARCODE_PATTERN_MAX + 1))
    assert problem is not None and f"at most {BARCODE_PATTERN_MAX} characters" in problem


def test_barcode_identity_refuses_a_slow_pattern() -> None:
    with pytest.raises(IdentityError, match="allowed: "):
        BarcodeIdentity(pattern="(a+)+b")


def test_a_scan_longer_than_any_device_id_is_refused_before_the_pattern_runs() -> None:
    # The pattern bound counts on scans no longer than a device ID can be.
    source = BarcodeIdentity(pattern="[a-z]+-[0-9]+")
    with pytest.raises(IdentityError, match="129 characters; at most 128"):
        source.identify(BOARD, "a" * 129)
