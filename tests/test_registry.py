"""The extension registry: names, the station's own first, plugins added, clear refusals."""

from __future__ import annotations

import pytest

from station.core.errors import ConfigError
from station.core.registries import (
    ATTESTATIONS,
    EXPORTS,
    IDENTITY_SOURCES,
    STORAGE_FORMATS,
    TRANSPORTS,
)
from station.core.registry import Registry
from station.credentials.modes import AttestationMode, attestation_mode
from station.identity.sources import IdentityRule, identity_rule
from station.manifest.exports import ExportFormat, export_format
from station.profiles.kinds import StorageFormat, TransportKind, storage_format, transport_kind


def registry() -> Registry:
    return Registry("gadget", "station.test-gadgets", {
        "plain": "station.core.errors:ConfigError",
        "missing": "station.no_such_module:THING",
    })


def test_every_built_in_extension_loads_as_its_kind() -> None:
    for name in TRANSPORTS.names():
        assert isinstance(transport_kind(name), TransportKind)
    for name in STORAGE_FORMATS.names():
        assert isinstance(storage_format(name), StorageFormat)
    for name in ATTESTATIONS.names():
        assert isinstance(attestation_mode(name), AttestationMode)
        assert attestation_mode(name).name == name
    for name in IDENTITY_SOURCES.names():
        assert isinstance(identity_rule(name), IdentityRule)
        assert identity_rule(name).name == name
    for name in EXPORTS.names():
        assert export_format(name).name == name
    # Each transport's storage formats are ones the station has.
    for name in TRANSPORTS.names():
        assert set(transport_kind(name).storage_formats) <= set(STORAGE_FORMATS.names())


def test_names_list_the_stations_own_first_then_those_added() -> None:
    gadgets = registry()
    gadgets.add("zeta", 1)
    gadgets.add("alpha", 2)
    assert gadgets.names() == ["plain", "missing", "zeta", "alpha"]
    assert "zeta" in gadgets and "omega" not in gadgets
    assert gadgets.get("zeta", int) == 1
    gadgets.remove("zeta")
    assert "zeta" not in gadgets


def test_the_stations_own_cannot_be_replaced() -> None:
    with pytest.raises(ValueError, match="'plain' is the station's own"):
        registry().add("plain", object())


def test_an_unknown_name_lists_the_choices() -> None:
    with pytest.raises(ConfigError) as err:
        registry().get("gizmo", object)
    assert err.value.message == "this station has no gadget called 'gizmo'"
    assert err.value.hint.startswith("use one of: plain, missing")


def test_a_reference_that_does_not_load_is_one_line() -> None:
    with pytest.raises(ConfigError) as err:
        registry().get("missing", object)
    assert err.value.message.startswith(
        "the gadget 'missing' could not be loaded from station.no_such_module:THING: "
    )


def test_an_entry_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(ConfigError, match="the gadget 'plain' is a type, not a TransportKind"):
        registry().get("plain", TransportKind)


def test_export_formats_from_code_are_served_until_removed() -> None:
    fake = ExportFormat(name="count-only", description="rows", write=lambda m, u, o: 0)
    EXPORTS.add("count-only", fake)
    try:
        assert export_format("count-only") is fake
    finally:
        EXPORTS.remove("count-only")
    with pytest.raises(ConfigError):
        export_format("count-only")
