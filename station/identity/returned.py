"""The identity of a returned unit: provisioned again under the device ID it already has.

The board must prove it is that unit, as the profile's identity rule reads it: a
rule that derives the ID from the board (its MAC, a scanned barcode, its TPM)
must give the same ID again; a counter cannot, so the board's MAC is compared
with the one recorded for the unit when both are known.
"""

from __future__ import annotations

from station.core.errors import IdentityError
from station.core.events import Stage
from station.core.interfaces import BoardLink, IdentitySource, LinkIdentitySource
from station.core.models import BoardInfo, DeviceIdentity
from station.identity.sources import identity_rule


class ReturnedUnitIdentity:
    """Identifies the board as ``device_id`` or refuses it at the identify stage."""

    def __init__(
        self, device_id: str, rule: str, inner: IdentitySource, recorded_mac: str = ""
    ) -> None:
        self.device_id = device_id
        self.rule = rule
        self.inner = inner
        self.recorded_mac = recorded_mac.lower()

    def identify(self, board: BoardInfo, scanned: str | None = None) -> DeviceIdentity:
        if identity_rule(self.rule).counts:
            return self._by_recorded_mac(board)
        return self._same(self.inner.identify(board, scanned))

    def identify_on(
        self, link: BoardLink, board: BoardInfo, scanned: str | None = None
    ) -> DeviceIdentity:
        if isinstance(self.inner, LinkIdentitySource):
            return self._same(self.inner.identify_on(link, board, scanned))
        return self.identify(board, scanned)

    def _same(self, found: DeviceIdentity) -> DeviceIdentity:
        if found.device_id != self.device_id:
            raise IdentityError(
                f"this board identifies as {found.device_id} ({self.rule}), not as the "
                f"returned unit {self.device_id}",
                hint="connect the returned unit, or check the device ID you gave",
                stage=Stage.IDENTIFY,
            )
        return found

    def _by_recorded_mac(self, board: BoardInfo) -> DeviceIdentity:
        mac = (board.mac or "").lower()
        if self.recorded_mac and mac and mac != self.recorded_mac:
            raise IdentityError(
                f"this board's MAC is {mac}; the returned unit {self.device_id} was "
                f"recorded with {self.recorded_mac}",
                hint="connect the returned unit, or check the device ID you gave",
                stage=Stage.IDENTIFY,
            )
        return DeviceIdentity(self.device_id, source=self.rule)
