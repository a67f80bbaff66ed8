"""The small interfaces through which the pipeline uses the rest of the station.

Implementations live in ``station.transports``, ``station.identity``,
``station.credentials`` and ``station.manifest``; the pipeline only knows these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from station.core.events import StageEvent
from station.core.models import (
    BoardInfo,
    BoardPayload,
    Credential,
    DeviceIdentity,
    Job,
    Unit,
)

# done, total, message: called from the worker thread that does the work.
ProgressFn = Callable[[int, int, str], None]
LogFn = Callable[[str], None]


class BoardLink(Protocol):
    """One open connection to one board. Used by a single worker thread."""

    port: str

    def identify(self) -> BoardInfo:
        """Ask the board what it is. Raises BoardNotResponding when it stays silent."""
        ...

    def write(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        """Put the payload on the board. Raises TransportError on failure."""
        ...

    def verify(self, payload: BoardPayload, progress: ProgressFn, log: LogFn) -> None:
        """Prove the board holds the payload. Raises VerificationError when it does not."""
        ...

    def finish(self) -> None:
        """Leave the board ready to run (commit, reboot or reset as the profile says)."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class KeyMakingLink(BoardLink, Protocol):
    """A link to a board that makes its device key pairs itself; no private key crosses it.

    Used by a credential provider on the port's worker thread.
    """

    def make_device_key(self, slot: str, algorithm: str, common_name: str) -> bytes:
        """Have the board make a new key pair in ``slot`` (``ec-p256`` or ``rsa-2048``)
        and return its PKCS#10 certificate request (DER) for ``common_name``.

        The new key becomes the board's own only when the unit's values are
        committed; until then the key the board held before stays in use.
        Raises TransportError when the board cannot make such a key.
        """
        ...


class Transport(Protocol):
    """Opens links to boards of one kind, configured by a profile."""

    def open(self, port: str) -> BoardLink: ...


class IdentitySource(Protocol):
    """Decides a unit's device ID."""

    def identify(self, board: BoardInfo, scanned: str | None = None) -> DeviceIdentity: ...


@runtime_checkable
class LinkIdentitySource(IdentitySource, Protocol):
    """An identity source that asks the board itself, e.g. its TPM through the console.

    The pipeline calls ``identify_on`` with the unit's open link instead of
    ``identify`` when a source has it. Runs on the port's worker thread.
    """

    def identify_on(
        self, link: BoardLink, board: BoardInfo, scanned: str | None = None
    ) -> DeviceIdentity: ...


class CredentialProvider(Protocol):
    """Derives, generates or reads a unit's credential."""

    def issue(self, identity: DeviceIdentity, link: BoardLink) -> Credential: ...


class ManifestStore(Protocol):
    """What the pipeline needs from the manifest. Each worker thread has its own."""

    def begin_attempt(self, job: Job, port: str) -> int:
        """Record that a pass through the pipeline started; returns the attempt's id."""
        ...

    def record_pending(
        self,
        attempt_id: int,
        unit: Unit,
        *,
        replacing: str = "",
        events: Sequence[StageEvent] = (),
    ) -> None:
        """Commit the unit as ``pending`` before its board is touched, with ``events``
        in the same transaction.

        Raises DuplicateDeviceError when the device ID was provisioned before,
        unless ``replacing`` says why a returned unit gets new credentials. When
        it raises, none of ``events`` is kept.
        """
        ...

    def record_provisioned(
        self, attempt_id: int, device_id: str, events: Sequence[StageEvent] = ()
    ) -> None:
        """Mark the unit ``provisioned``, with ``events`` in the same transaction; when
        it raises, none of them is kept."""
        ...

    def record_failed(
        self,
        attempt_id: int,
        device_id: str,
        stage: str,
        reason: str,
        events: Sequence[StageEvent] = (),
    ) -> None:
        """Mark the attempt (and the unit, when it has a row) ``failed``, with
        ``events`` (the failure's among them) in the same transaction."""
        ...

    def record_events(self, attempt_id: int, events: Sequence[StageEvent]) -> None:
        """Keep events of an attempt, in order, in one write (one that may not wait
        for the disk, though it survives the station's crash)."""
        ...

    def next_counter(self, name: str) -> int:
        """Take the next number of a station counter; it is never handed out again."""
        ...
