"""``kit-master-sas``: each unit's SAS keys derived from a factory master key that the
mode declares as its own secret, every unit enrolled on its own (so a unit's keys can
be derived again at the factory, and one unit can be revoked alone)."""

from __future__ import annotations

import base64
import hashlib
import hmac

from station.core.errors import CredentialError
from station.core.models import Attestation, Credential, DeviceIdentity
from station.credentials.modes import AttestationMode
from station.credentials.providers import JobSecrets, ProviderOptions

NAME = "kit-master-sas"


class MasterKeyProvider:
    def __init__(self, master: bytes) -> None:
        self._master = master

    def __repr__(self) -> str:
        return "MasterKeyProvider(master=<set>)"

    def _derive(self, label: str, device_id: str) -> str:
        message = f"{label}:{device_id}".encode()
        return base64.b64encode(hmac.new(self._master, message, hashlib.sha256).digest()).decode()

    def issue(self, identity: DeviceIdentity, link: object) -> Credential:
        return Credential(
            attestation=Attestation(NAME),
            sas_primary=self._derive("primary", identity.device_id),
            sas_secondary=self._derive("secondary", identity.device_id),
        )


def _provider(secrets: JobSecrets, options: ProviderOptions) -> MasterKeyProvider:
    master = str(secrets.named.get("kit_master", ""))
    if len(master) < 16:
        raise CredentialError(
            "kit-master-sas needs the factory master key (16 characters or more)",
            hint="set STATION_SECRET_KIT_MASTER",
        )
    return MasterKeyProvider(master.encode())


MODE = AttestationMode(
    name=NAME,
    description="SAS keys derived from the factory master key, enrolled individually",
    mechanism="symmetricKey",
    group=False,
    provider=_provider,
    board_sources=("sas_key",),
    secrets=("kit_master",),
)
