"""DPS connection strings and the SharedAccessSignature tokens made from them."""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import parse_qsl, quote_plus

import pytest

from station.core.errors import ConfigError
from station.enrollment.sas import DpsConnectionString, sas_token
from tests.enrollment_server import FakeDps

KEY = base64.b64encode(b"k" * 32).decode()


def test_parses_a_connection_string_and_hides_its_key():
    cs = DpsConnectionString.parse(
        f"HostName=my-dps.azure-devices-provisioning.net;SharedAccessKeyName=owner;"
        f"SharedAccessKey={KEY}"
    )
    assert (cs.host_name, cs.key_name, cs.key) == (
        "my-dps.azure-devices-provisioning.net", "owner", KEY)
    assert KEY not in repr(cs)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("HostName=x;SharedAccessKeyName=owner", "no SharedAccessKey"),
        ("SharedAccessKeyName=owner;SharedAccessKey=" + KEY, "no HostName"),
        ("HostName=x;SharedAccessKeyName=owner;SharedAccessKey=not base64!", "not base64"),
        ("just some text", "Name=value"),
    ],
)
def test_rejects_a_broken_connection_string(text, message):
    with pytest.raises(ConfigError, match=message) as caught:
        DpsConnectionString.parse(text)
    assert caught.value.hint


def test_token_is_signed_over_the_encoded_uri_and_expiry():
    token = sas_token("my-dps.azure-devices-provisioning.net", KEY, "owner", now=1_000_000)
    assert token.startswith("SharedAccessSignature ")
    fields = dict(parse_qsl(token.removeprefix("SharedAccessSignature ")))
    assert list(fields) == ["sr", "sig", "se", "skn"]
    assert fields["sr"] == "my-dps.azure-devices-provisioning.net"
    assert fields["se"] == "1003600" and fields["skn"] == "owner"
    message = f"{quote_plus('my-dps.azure-devices-provisioning.net')}\n1003600".encode()
    expected = base64.b64encode(hmac.new(b"k" * 32, message, hashlib.sha256).digest()).decode()
    assert fields["sig"] == expected


def _percent_encoded(text: str) -> str:
    """Form-encoding of base64 text and of the URIs below, spelled out by hand."""
    for char, code in (("%", "%25"), ("+", "%2B"), ("/", "%2F"), ("=", "%3D"), (":", "%3A")):
        text = text.replace(char, code)
    return text


@pytest.mark.parametrize(
    ("resource_uri", "encoded_uri"),
    [
        ("myhub.azure-devices-provisioning.net/registrations/x",
         "myhub.azure-devices-provisioning.net%2Fregistrations%2Fx"),
        ("127.0.0.1:8443/enrollments/dev-1", "127.0.0.1%3A8443%2Fenrollments%2Fdev-1"),
    ],
)
def test_a_uri_with_slashes_and_colons_is_encoded_and_signed_encoded(resource_uri, encoded_uri):
    token = sas_token(resource_uri, KEY, "provisioningserviceowner",
                      lifetime_s=60, now=1_700_000_000)

    message = f"{encoded_uri}\n1700000060".encode()
    signature = base64.b64encode(hmac.new(b"k" * 32, message, hashlib.sha256).digest()).decode()
    assert token == (
        f"SharedAccessSignature sr={encoded_uri}&sig={_percent_encoded(signature)}"
        "&se=1700000060&skn=provisioningserviceowner"
    )
    # Signing the raw URI would give another signature: the test tells the two apart.
    raw = f"{resource_uri}\n1700000060".encode()
    assert base64.b64encode(hmac.new(b"k" * 32, raw, hashlib.sha256).digest()).decode() != (
        signature
    )


def test_the_local_dps_accepts_our_token_and_refuses_a_tampered_one():
    dps = FakeDps()
    cs = DpsConnectionString.parse(dps.connection_string)
    token = sas_token(cs.host_name, cs.key, cs.key_name)
    assert dps.check_authorization(token) is None
    expired = sas_token(cs.host_name, cs.key, cs.key_name, lifetime_s=-10)
    assert dps.check_authorization(expired) == "token expired"
    other_host = sas_token("127.0.0.1:8080", cs.key, cs.key_name)
    assert "not" in (dps.check_authorization(other_host) or "")
