"""Transport kinds by the name a profile gives them.

Imports are lazy so that a station using only console boards never loads
esptool (which reads its config and sets up its logger at import).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from station.core.errors import ConfigError
from station.core.interfaces import Transport
from station.profiles.model import Profile

TransportFactory = Callable[[Profile, Path], Transport]

_FACTORIES: dict[str, str] = {
    "console": "station.transports.console:transport_from_profile",
    "esptool-nvs": "station.transports.esptool_nvs:transport_from_profile",
}


def transport_for(profile: Profile, folder: Path) -> Transport:
    """The transport a profile names, configured by it; ``folder`` holds its images."""
    target = _FACTORIES.get(profile.transport.kind)
    if target is None:
        raise ConfigError(
            f"profile {profile.id!r} names transport {profile.transport.kind!r}, "
            f"which this station does not have",
            hint=f"use one of: {', '.join(sorted(_FACTORIES))}",
        )
    module_name, _, attribute = target.partition(":")
    factory: TransportFactory = getattr(import_module(module_name), attribute)
    return factory(profile, folder)
