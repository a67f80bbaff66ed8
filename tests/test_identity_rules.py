"""The DPS registration-ID and ID-scope rules."""

from __future__ import annotations

import pytest

from station.core.errors import IdentityError, StationError
from station.identity.rules import validate_device_id, validate_id_scope


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
