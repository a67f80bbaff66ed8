"""SAS keys: derivation from an enrollment group key and random individual keys."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

import pytest

from station.core.errors import CredentialError
from station.credentials.sas import (
    decode_group_key,
    derive_device_key,
    generate_individual_keys,
)

# A 64-byte group key 00 01 .. 3f and the device key for "station-0001", as
# computed with `openssl dgst -sha256 -mac HMAC -macopt hexkey:...`.
KNOWN_GROUP_KEY = base64.b64encode(bytes(range(64))).decode()
KNOWN_DEVICE_KEY = "6CF1QY8tZcARayl7VE1N0zSQef6tNTCwDRkZ4Jd/haM="


def _reference_key(group_key_b64: str, device_id: str) -> str:
    raw = base64.b64decode(group_key_b64)
    return base64.b64encode(hmac.new(raw, device_id.encode(), hashlib.sha256).digest()).decode()


def test_derive_device_key_matches_known_answer() -> None:
    assert derive_device_key(KNOWN_GROUP_KEY, "station-0001") == KNOWN_DEVICE_KEY


@pytest.mark.parametrize("device_id", ["a", "esp32-a0b1c2d3e4f5", "x" * 128, "dev:01.b_c"])
def test_derive_device_key_matches_hmac_reference(device_id: str) -> None:
    group_key = base64.b64encode(secrets.token_bytes(64)).decode()
    assert derive_device_key(group_key, device_id) == _reference_key(group_key, device_id)


def test_derived_keys_differ_per_device_and_decode_to_32_bytes() -> None:
    first = derive_device_key(KNOWN_GROUP_KEY, "dev-1")
    second = derive_device_key(KNOWN_GROUP_KEY, "dev-2")
    assert first != second
    assert len(base64.b64decode(first, validate=True)) == 32


def test_group_key_surrounding_whitespace_is_ignored() -> None:
    assert derive_device_key(f"  {KNOWN_GROUP_KEY}\n", "station-0001") == KNOWN_DEVICE_KEY


@pytest.mark.parametrize(
    "bad_key",
    ["not base64!!", "abc", "QUJD\x00", "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY*"],
)
def test_group_key_that_is_not_base64_is_refused(bad_key: str) -> None:
    with pytest.raises(CredentialError) as caught:
        derive_device_key(bad_key, "dev-1")
    assert "the group key is not valid base64" in caught.value.message
    assert "Azure portal" in caught.value.hint


@pytest.mark.parametrize("empty", ["", "   ", "\n"])
def test_empty_group_key_is_refused(empty: str) -> None:
    with pytest.raises(CredentialError, match="group key is empty"):
        derive_device_key(empty, "dev-1")


@pytest.mark.parametrize("size", [8, 15, 65])
def test_group_key_of_wrong_length_is_refused(size: int) -> None:
    key = base64.b64encode(bytes(size)).decode()
    with pytest.raises(CredentialError, match=f"decodes to {size} bytes"):
        decode_group_key(key)


def test_error_messages_never_contain_the_key() -> None:
    # A real-looking key with one character made invalid.
    key = base64.b64encode(secrets.token_bytes(64)).decode()
    broken = key[:40] + "#" + key[41:]
    with pytest.raises(CredentialError) as caught:
        derive_device_key(broken, "dev-1")
    assert key[:20] not in str(caught.value)
    assert key[-20:] not in str(caught.value)


def test_individual_keys_are_64_random_bytes_in_base64() -> None:
    primary, secondary = generate_individual_keys()
    assert len(base64.b64decode(primary, validate=True)) == 64
    assert len(base64.b64decode(secondary, validate=True)) == 64
    assert primary != secondary
    assert {primary, secondary}.isdisjoint(generate_individual_keys())


def test_individual_keys_are_usable_as_group_keys() -> None:
    # DPS takes any of its keys in the same shape; a generated key must pass our own check.
    primary, _ = generate_individual_keys()
    assert len(decode_group_key(primary)) == 64
