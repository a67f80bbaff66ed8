"""What a board transport and a storage format declare about themselves.

They are declared here, beside the profile they read, so that the profile's
checks can ask them; the transports, virtual boards and simulators they name
live above. A ``TransportKind`` is everything the station needs to know about one way of
reaching boards (``[transport] kind = …`` in a profile): its checks on a
profile, how it opens links, the storage formats it can write, whether a TPM
can be reached through it, and its virtual board for demos and trials. A
``StorageFormat`` is what bytes a board keeps (``[storage] format = …``): its
checks on the profile's storage items, the ``[storage]`` settings it reads and, for a
format kept in flash partitions, how it lays a unit's payload out and reads it back.
The station's own are declared in ``station.boards``; a plugin's through the entry
point groups named in ``station.core.registries``. Nothing else in the station
switches on their names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from station.core.errors import ConfigError
from station.core.interfaces import Transport
from station.core.models import BoardPayload
from station.core.registries import STORAGE_FORMATS, TRANSPORTS
from station.profiles.model import Profile
from station.profiles.problems import Found, Problem

ProfileCheck = Callable[[Profile, Path], Found]


def no_checks(profile: Profile, file: Path) -> Found:
    return iter(())


def key_length_check(limit: int, where: str) -> ProfileCheck:
    """A check that every storage key (and the namespace) is at most ``limit`` characters."""

    def check(profile: Profile, file: Path) -> Iterator[Problem]:
        for i, item in enumerate(profile.storage.items):
            if len(item.key) > limit:
                yield (f"storage.items[{i}].key", f"{item.key!r} is {len(item.key)} characters; "
                       f"allowed: at most {limit} ({where})", "error")

    return check


class ServedBoard(Protocol):
    """A virtual board listening for the station; ``url`` is the port to open.

    Each connection is served by whichever board ``board`` is at that moment:
    the bay puts a fresh one there between units, as a line worker swaps boards.
    """

    url: str
    board: Any

    def stop(self) -> None: ...


class VirtualBoards(Protocol):
    """Virtual boards of one transport, for the demo, training and trying a profile.

    ``make`` builds a fresh board (new MAC, blank store) from a seed; ``tpm`` is a
    TPM simulator's backend for boards that carry one (``relays_tpm``), or None.
    ``serve`` starts listening with ``board`` plugged in.
    """

    @property
    def faults(self) -> Sequence[str]: ...

    def make(self, profile: Profile, seed: str, fault: str | None, tpm: Any) -> Any: ...

    def serve(self, profile: Profile, board: Any) -> ServedBoard: ...


@dataclass(frozen=True)
class TransportKind:
    """One board transport.

    ``open``: the profile's transport, configured by it (``folder`` holds its
    images). ``storage_formats``: the formats it writes, the first the default.
    ``writes_images``: it can write firmware images (``[[images]]``).
    ``relays_tpm``: a TPM on the board is reached through its link (``[tpm]
    access = "board"``). ``makes_device_keys``: its links are ``KeyMakingLink``s,
    so a board can make its own device key pair and send only a certificate
    request (``[attestation] device_key = "board"``). ``virtual``: its virtual
    boards, if it has them.
    ``simulate``: ``station simulate SIMULATOR ARGS…`` runs one virtual board.
    ``runs_apart``: its transport and links may run in a worker process per port
    (``station.transports.port_process``): the transport pickles, and its links are
    plain ``BoardLink``s whose work is the link's own.
    """

    name: str
    description: str
    open: Callable[[Profile, Path], Transport]
    storage_formats: tuple[str, ...]
    check: ProfileCheck = no_checks
    writes_images: bool = False
    relays_tpm: bool = False
    makes_device_keys: bool = False
    virtual: VirtualBoards | None = None
    simulator: str = ""  # ``station simulate NAME``: the name, when ``simulate`` is set
    simulate: Callable[[list[str]], int] | None = None
    runs_apart: bool = False


@dataclass(frozen=True)
class FlashArea:
    """One flash partition a storage format fills: the firmware's name for it, where it
    lies, how big it is, and the profile key that places it (for problems)."""

    name: str
    offset: int
    size: int
    key: str

    @property
    def end(self) -> int:
        return self.offset + self.size


@dataclass(frozen=True)
class FlashStorage:
    """How a storage format kept in flash partitions writes and reads back one unit.

    ``areas(profile)``: the partitions it fills, main one first; only those the profile
    places (a missing offset is a problem its check reports). ``build(profile,
    payload)``: one image per area, each exactly its size; raises ConfigError when the
    payload does not fit. ``read_back(profile, payload, read)``: takes what was read
    from each area, parses it as the firmware will and raises VerificationError unless
    every value of the payload is there; returns a line for the unit's log. Pure; any
    thread. ``build`` may make per-unit secrets (keys), so a transport builds once per
    unit and writes and verifies those same images.
    """

    areas: Callable[[Profile], tuple[FlashArea, ...]]
    build: Callable[[Profile, BoardPayload], tuple[bytes, ...]]
    read_back: Callable[[Profile, BoardPayload, tuple[bytes, ...]], str]


@dataclass(frozen=True)
class StorageFormat:
    """One storage format: what a board keeps, and the limits its items must respect.

    ``settings``: the ``[storage]`` settings beyond the common ones (see
    ``STORAGE_SETTINGS``) that this format reads; a profile that sets another is told.
    ``flash``: how it lays a unit out in flash, for transports that write flash.
    """

    name: str
    description: str
    check: ProfileCheck = no_checks
    settings: tuple[str, ...] = ()
    flash: FlashStorage | None = None


# [storage] settings that only some formats read; each format names those it reads.
STORAGE_SETTINGS = ("encrypted", "keys_offset", "secure_cert_offset")


def transport_kind(name: str) -> TransportKind:
    """The transport called ``name``. Raises ConfigError when this station has none."""
    kind: TransportKind = TRANSPORTS.get(name, TransportKind)
    return kind


def storage_format(name: str) -> StorageFormat:
    """The storage format called ``name``. Raises ConfigError when this station has none."""
    found: StorageFormat = STORAGE_FORMATS.get(name, StorageFormat)
    return found


def profile_transport(profile: Profile) -> TransportKind:
    return transport_kind(profile.transport.kind)


def profile_storage(profile: Profile) -> StorageFormat:
    """The profile's storage format: the one it names, else its transport's first."""
    name = profile.storage.format or profile_transport(profile).storage_formats[0]
    return storage_format(name)


def transport_for(profile: Profile, folder: Path) -> Transport:
    """The transport a profile names, configured by it; ``folder`` holds its images."""
    return profile_transport(profile).open(profile, folder)


def simulator_named(name: str) -> Callable[[list[str]], int]:
    """What ``station simulate NAME`` runs: a transport's simulator, by its name or the
    transport's. Raises ConfigError when no transport has one of that name."""
    names = TRANSPORTS.names()
    kinds = [transport_kind(name)] if name in names else [transport_kind(n) for n in names]
    for kind in kinds:
        if kind.simulate is not None and name in (kind.name, kind.simulator):
            return kind.simulate
    known = [k.simulator or k.name for k in map(transport_kind, names) if k.simulate]
    raise ConfigError(f"there is no virtual board called {name!r}",
                      hint=f"use one of: {', '.join(known)}")
