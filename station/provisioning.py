"""Running a provisioning job from files and settings: what `station provision` and the
GUI share. Loads the profile and the secrets, checks the job, opens the manifest per
worker and runs the ports.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from pathlib import Path

from station.core.errors import ConfigError
from station.core.events import StageEvent
from station.core.interfaces import ManifestStore
from station.core.locations import default_manifest, labels_dir_for
from station.core.models import Attestation, UnitResult, UnitStatus
from station.core.pipeline import UnitPlan, run_unit
from station.core.runner import NextBoard, ProvisioningRun
from station.credentials.ca import CertificateAuthority, load_ca_files
from station.credentials.providers import JobSecrets
from station.credentials.signers import GroupKeySigner
from station.identity.returned import ReturnedUnitIdentity
from station.identity.sources import identity_rule
from station.jobs.plan import JobSettings, build_plan
from station.line.station_hooks import copying_to_line, leased_counters, line_checked_identity
from station.manifest import Manifest, StationKey, UnitRecord
from station.manifest.custody.station_keys import KeyAccess, key_for_reading, key_for_writing
from station.manifest.store import Resolution
from station.profiles.kinds import profile_transport
from station.profiles.loader import LoadedProfile, find_profile
from station.profiles.locations import default_profile_dirs
from station.transports.port_process import PortProcesses, end_ports
from station.transports.ports import PORT_FORMS, check_port_name


@dataclass(frozen=True)
class ProvisionRequest:
    """A job as the operator asked for it. Secrets are held only in memory.

    The CA comes either from files (``ca_cert`` and ``ca_key``; ``ca_key`` may be
    a ``pkcs11:`` URI naming the key in a token) or, already loaded and checked,
    as ``ca`` (the window's Settings keep the key in the secret store, not in a
    file); ``ca`` wins when both are given. A ``sas-group`` job's keys come in
    base64 or, kept in a token, as ``pkcs11:`` URIs (``group_key_token``).
    """

    profile: str
    ports: list[str]
    id_scope: str
    count: int = 1
    attestation: Attestation | None = None
    group_key_b64: str = field(default="", repr=False)
    group_key_secondary_b64: str = field(default="", repr=False)
    group_key_token: str = ""
    group_key_secondary_token: str = ""
    ca_cert: str | None = None
    ca_key: str | None = None
    ca_passphrase: bytes | None = field(default=None, repr=False)
    ca: CertificateAuthority | None = field(default=None, repr=False)
    # x509-group: the CA the group moves to, and which of the two issues this job's leaves.
    ca_secondary_cert: str | None = None
    ca_secondary_key: str | None = None
    ca_secondary: CertificateAuthority | None = field(default=None, repr=False)
    ca_slot: str = "primary"
    # How the station key is reached: the window passes its secret store; the demo
    # keeps its key beside its own manifest.
    key_access: KeyAccess = field(default_factory=KeyAccess, repr=False)
    operator: str = ""
    station_id: str = ""
    model_id: str = ""
    manifest: Path | None = None
    profile_dirs: list[Path] = field(default_factory=list)
    labels: bool = True
    # Counter numbers per lease from the line database; 0: the station's line settings'.
    lease_block: int = 0
    # Each port's board work in a worker process of its own, when the transport allows
    # it: with several ports the links stop taking turns for one interpreter.
    port_processes: bool = False


def several_ports(ports: list[str]) -> bool:
    """Whether a job runs on more than one port (a port named twice is one), and so runs
    each port's board work in a worker process where its transport allows."""
    return len(set(ports)) > 1


class ManifestCounters:
    """Station counters for identities; safe from any thread (one connection per call)."""

    def __init__(self, path: Path, key: StationKey | None) -> None:
        self.path = path
        self.key = key

    def next_counter(self, name: str) -> int:
        with Manifest.open(self.path, self.key) as manifest:
            return manifest.next_counter(name)


def _ca_from_files(
    cert: str | None, key: str | None, passphrase: bytes | None, what: str, options: str
) -> CertificateAuthority | None:
    """The CA in ``cert`` and ``key`` (None when neither is given)."""
    if not (cert or key):
        return None
    if not (cert and key):
        raise ConfigError(
            f"the {what} needs both its certificate and its private key",
            hint=f"pass {options} together",
        )
    return load_ca_files(cert, key, passphrase)


def load_secrets(request: ProvisionRequest) -> JobSecrets:
    ca = request.ca or _ca_from_files(
        request.ca_cert, request.ca_key, request.ca_passphrase, "CA", "--ca-cert and --ca-key"
    )
    secondary = request.ca_secondary or _ca_from_files(
        request.ca_secondary_cert, request.ca_secondary_key, request.ca_passphrase,
        "secondary CA", "--secondary-ca-cert and --secondary-ca-key",
    )
    return JobSecrets(
        group_key_b64=request.group_key_b64,
        group_key_secondary_b64=request.group_key_secondary_b64,
        ca=ca,
        ca_secondary=secondary,
        group_key_signer=_token_group_key(request.group_key_token),
        group_key_secondary_signer=_token_group_key(request.group_key_secondary_token),
    )


def _token_group_key(uri: str) -> GroupKeySigner | None:
    """The group key a ``pkcs11:`` URI names, opened and checked now; None for no URI."""
    if not uri.strip():
        return None
    from station.credentials.pkcs11_signers import open_group_key

    return open_group_key(uri)


def store_opener(
    path: Path, key: StationKey | None
) -> Callable[[], AbstractContextManager[ManifestStore]]:
    return lambda: Manifest.open(path, key)


def prepare(
    request: ProvisionRequest,
) -> tuple[LoadedProfile, UnitPlan, Path, StationKey]:
    """Check everything that can be checked before a board is touched."""
    if request.count < 1:
        raise ConfigError("the number of units must be at least 1", hint="give --count 1 or more")
    for port in request.ports:
        check_port_name(port)
    loaded = find_profile(request.profile, [*request.profile_dirs, *default_profile_dirs()])
    manifest_path = request.manifest or default_manifest()
    manifest_path.parent.mkdir(parents=True, exist_ok=True)
    key = key_for_writing(manifest_path, request.key_access)
    # Opening once here applies migrations and shows a broken manifest before any unit.
    with Manifest.open(manifest_path, key):
        pass
    settings = JobSettings(
        id_scope=request.id_scope,
        attestation=request.attestation,
        operator=request.operator,
        station_id=request.station_id,
        model_id=request.model_id,
        labels_dir=labels_dir_for(manifest_path) if request.labels else None,
        ca_slot=request.ca_slot,
    )
    counters = leased_counters(
        loaded, manifest_path, key, request.key_access, request.lease_block
    ) or ManifestCounters(manifest_path, key)
    plan = build_plan(loaded, settings, load_secrets(request), counters)
    if request.port_processes and profile_transport(loaded.profile).runs_apart:
        plan = replace(plan, transport=PortProcesses(plan.transport))
    # On a line, an ID read from the unit is looked up there before the board is touched.
    identity = line_checked_identity(loaded, plan.identity, manifest_path, request.key_access)
    return loaded, replace(plan, identity=identity), manifest_path, key


def provision(
    request: ProvisionRequest,
    emit: Callable[[StageEvent], None],
    *,
    next_board: NextBoard | None = None,
    scan: Callable[[str], str | None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[list[UnitResult], Path]:
    """Run the job on its ports; returns every unit's result and the manifest's path.
    ``warn`` is told, before the first unit, what the operator should know."""
    if not request.ports:
        raise ConfigError("no port to provision on", hint=f"give {PORT_FORMS}")
    loaded, plan, manifest_path, key = prepare(request)
    for warning in plan.warnings:
        if warn is not None:
            warn(warning)
    wants_scan = identity_rule(loaded.profile.identity.rule).scans
    with copying_to_line(manifest_path, key, request.key_access, emit) as emit_and_copy:
        run = ProvisioningRun(
            plan,
            request.ports,
            store_opener(manifest_path, key),
            emit_and_copy,
            count=request.count,
            next_board=next_board,
            scan=scan if wants_scan else None,
        )
        try:
            return run.run(), manifest_path
        finally:
            end_ports(plan.transport)


def returned_unit(manifest: Path | None, device_id: str) -> UnitRecord:
    """The record of a unit to provision again; its job's profile, ID scope, mode and
    model ID are the defaults of the re-provisioning job."""
    path = manifest or default_manifest()
    if not path.exists():
        raise ConfigError(f"there is no manifest at {path}", hint="pass --manifest PATH")
    with Manifest.open(path, None, read_only=True) as store:  # public facts only
        record = store.unit(device_id)
    if record is None:
        raise ConfigError(
            f"{device_id} is not in the manifest {path}",
            hint="check the device ID; a new board is provisioned as a new unit",
        )
    if record.status == UnitStatus.PENDING:
        raise ConfigError(
            f"{device_id} was left pending by an interrupted station",
            hint=f"resolve it first: station manifest resolve {device_id} --as failed "
            "--reason TEXT",
        )
    return record


def returned_unit_plan(
    plan: UnitPlan, loaded: LoadedProfile, record: UnitRecord, reason: str
) -> UnitPlan:
    """``plan`` for the returned unit ``record``: its board must prove it is that unit, and
    its current credentials are kept as a generation replaced for ``reason``."""
    if not reason.strip():
        raise ConfigError(
            "say why the unit is provisioned again",
            hint="give a reason, e.g. 'RMA 4711: flash erased in repair'",
        )
    if record.profile_id != loaded.profile.id:
        raise ConfigError(
            f"{record.device_id} was provisioned with the profile {record.profile_id!r}, "
            f"not {loaded.profile.id!r}",
            hint=f"provision it again with its own profile ({record.profile_id})",
        )
    rule = loaded.profile.identity.rule
    identity = ReturnedUnitIdentity(record.device_id, rule, plan.identity, record.mac)
    return replace(plan, identity=identity, replacing=reason.strip())


def reprovision(
    request: ProvisionRequest,
    device_id: str,
    reason: str,
    emit: Callable[[StageEvent], None],
    *,
    scan: Callable[[str], str | None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> UnitResult:
    """Give the returned unit ``device_id`` new credentials on ``request``'s one port.

    The board must prove it is that unit (``ReturnedUnitIdentity``); the unit's
    current credentials are kept as an earlier generation with ``reason``.
    """
    if len(request.ports) != 1:
        raise ConfigError("a returned unit is provisioned on one port", hint="give one --port")
    record = returned_unit(request.manifest, device_id)
    loaded, plan, manifest_path, key = prepare(request)
    for warning in plan.warnings:
        if warn is not None:
            warn(warning)
    plan = returned_unit_plan(plan, loaded, record, reason)
    port = request.ports[0]
    rule = loaded.profile.identity.rule
    scanned = scan(port) if scan is not None and identity_rule(rule).scans else None
    with Manifest.open(manifest_path, key) as store:
        return run_unit(plan, port, store, emit, scanned=scanned)


def interrupted_units(manifest: Path | None) -> list[UnitRecord]:
    """Units an earlier, interrupted station left ``pending``: their boards may hold data."""
    path = manifest or default_manifest()
    if not path.exists():
        return []
    with Manifest.open(path, key_for_reading(path)) as store:
        return store.interrupted_units()


def resolve_interrupted(
    manifest: Path | None,
    device_ids: list[str],
    resolution: Resolution,
    reason: str,
    operator: str,
) -> None:
    """Resolve each interrupted unit in ``device_ids`` (see ``Manifest.resolve_interrupted``).

    All are checked before any is changed, so a typo in one ID changes nothing.
    """
    path = manifest or default_manifest()
    if not path.exists():
        raise ConfigError(f"there is no manifest at {path}", hint="pass --manifest PATH")
    key = key_for_writing(path)
    with Manifest.open(path, key) as store:
        for device_id in device_ids:
            store.check_resolvable(device_id)
        for device_id in device_ids:
            store.resolve_interrupted(device_id, resolution, reason, operator)
