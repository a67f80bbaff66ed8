"""``upload``: send a manifest's units to DPS or IoT Central and record the outcome per unit.

Runs on the calling thread, which opens (and owns) the manifest for the
duration. Progress is reported through ``progress(done, total, message)`` on
that same thread.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from station.core.errors import ConfigError, ManifestError
from station.core.models import Attestation, UnitStatus
from station.enrollment.central import CentralUploader, attestation_path, device_path
from station.enrollment.client import ClockFn, Pacer, ServiceClient, SleepFn
from station.enrollment.dps import (
    BULK_PATH,
    DpsUploader,
    Pending,
    bulk_create_body,
)
from station.enrollment.endpoints import checked_service_url, clear_text_warning
from station.enrollment.enrollments import (
    REDACTED,
    Json,
    UnitNotUploadable,
    attestation_body,
    central_device,
    dps_enrollment,
    redacted,
)
from station.enrollment.errors import CredentialRejected, EnrollmentError, ServiceUnavailable
from station.enrollment.limits import (
    DPS_API_VERSION,
    DPS_BULK_MAX_ENROLLMENTS,
    DPS_OPERATIONS_PER_MINUTE,
    IOTC_API_VERSION,
    IOTC_OPERATIONS_PER_MINUTE,
)
from station.enrollment.options import EnrollmentOptions, OptionOverrides, UnitOptions
from station.enrollment.sas import DpsConnectionString, sas_token
from station.enrollment.state import (
    Target,
    UploadLedger,
    UploadRecord,
    UploadState,
)
from station.manifest.custody.station_keys import key_for_reading
from station.manifest.records import UnitRecord
from station.manifest.secrets import StationKey
from station.manifest.store import Manifest

ProgressFn = Callable[[int, int, str], None]

# States after which a unit is not sent again (conflicts wait for QA).
SETTLED = (UploadState.NOT_NEEDED, UploadState.UPLOADED, UploadState.CONFLICT)

# Where a dry run without a DPS connection string addresses its requests: the host name
# the connection string would give (".invalid" is never a real host, RFC 2606).
DPS_HOST_STAND_IN = "dps-host-name.invalid"

# What an upload's requests carry, in the words its warnings and errors use.
CARRIED = {
    Target.DPS: "the DPS SAS token and device keys",
    Target.CENTRAL: "the IoT Central API token and device keys",
}


@dataclass(frozen=True)
class DpsCredential:
    """What DPS uploads authenticate with: a service connection string."""

    connection_string: DpsConnectionString


@dataclass(frozen=True)
class IotcCredential:
    """What IoT Central uploads authenticate with: the app's URL and an API token."""

    app_url: str
    api_token: str = field(repr=False)


UploadCredential = DpsCredential | IotcCredential


@dataclass(frozen=True)
class UnitUpload:
    """One unit's upload state after the run (or, in a dry run, what would happen)."""

    device_id: str
    state: UploadState
    reason: str = ""
    batch_id: str = ""
    uploaded_at: str | None = None
    would_send: bool = False

    @classmethod
    def from_record(cls, record: UploadRecord, *, would_send: bool = False) -> UnitUpload:
        return cls(
            device_id=record.device_id,
            state=record.state,
            reason=record.reason,
            batch_id=record.batch_id,
            uploaded_at=record.uploaded_at,
            would_send=would_send,
        )


@dataclass(frozen=True)
class UploadReport:
    """Per-unit results of one upload run.

    ``stopped`` is the error that ended the run early (the service unreachable
    or refusing the credential); units it did not reach stay ``pending``.
    ``notes`` are things the person should know that are not errors, such as
    a profile that was not found, so that its units' enrollments took the defaults.
    """

    target: Target
    dry_run: bool
    units: tuple[UnitUpload, ...]
    stopped: EnrollmentError | None = None
    notes: tuple[str, ...] = ()

    def count(self, state: UploadState) -> int:
        return sum(1 for unit in self.units if unit.state is state)

    def unit(self, device_id: str) -> UnitUpload | None:
        return next((u for u in self.units if u.device_id == device_id), None)

    @property
    def ok(self) -> bool:
        """Nothing stopped the run and every unit is uploaded or needs no upload."""
        return self.stopped is None and all(
            unit.state in (UploadState.UPLOADED, UploadState.NOT_NEEDED) for unit in self.units
        )

    def summary(self) -> str:
        counts = ", ".join(
            f"{self.count(state)} {state}" for state in UploadState if self.count(state)
        )
        if self.dry_run:
            sent = sum(1 for unit in self.units if unit.would_send)
            return f"dry run for {self.target}: {sent} unit(s) would be sent ({counts or 'none'})"
        return f"{self.target}: {counts or 'no provisioned units'}"


def upload(
    manifest_path: Path | str,
    target: Target | str,
    *,
    credential: UploadCredential | None,
    endpoint: str | None = None,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
    sleep: SleepFn = time.sleep,
    clock: ClockFn = time.monotonic,
    station_key: StationKey | None = None,
    options: EnrollmentOptions | None = None,
    overrides: OptionOverrides | None = None,
    profile_folders: Sequence[Path] | None = None,
    dry_run_out: TextIO | None = None,
    insecure: bool = False,
    app_url: str = "",
) -> UploadReport:
    """Upload the manifest's provisioned units to ``target`` (``dps`` or ``central``).

    Resumes an interrupted run: batches left in flight are settled by asking
    the service before anything is sent again. ``endpoint`` replaces the base
    URL (the DPS SAS token still names the connection string's HostName).
    ``dry_run`` sends nothing, changes nothing and writes the requests it
    would send, secrets redacted, to ``dry_run_out`` (default stdout). A dry run
    reads no secret: it needs no ``credential`` (without one its requests go to
    ``endpoint``, IoT Central's ``app_url``, or the stand-in DPS host
    ``DPS_HOST_STAND_IN``) and no station key, since it never unseals a device key.
    ``station_key`` defaults to the manifest's own (see ``key_for_reading``).

    Plain http to another computer is refused (PlainHttpRefused, before
    anything is read or sent) unless ``insecure``; the report then notes that
    the credential and keys went in clear.

    A DPS enrollment's provisioning status, IoT Edge flag and initial twin
    come from the ``[enrollment]`` section of the unit's profile (looked up in
    ``profile_folders``, default the station's), or from ``options`` for every
    unit when given; ``overrides`` win over both. Raises ConfigError, before
    sending anything, when a unit's profile exists but does not load.
    """
    target = Target(target)
    check_credential(target, credential, dry_run=dry_run)
    base_url = service_url(target, credential, endpoint, insecure=insecure, app_url=app_url)
    if target is not Target.DPS and overrides is not None and not overrides.empty:
        raise ConfigError(
            "the provisioning status and IoT Edge settings are for DPS enrollments only",
            hint="leave them out of an IoT Central upload",
        )
    unit_options = UnitOptions(overrides=overrides, fixed=options, folders=profile_folders)
    manifest_path = Path(manifest_path)
    if not manifest_path.is_file():
        raise ConfigError(
            f"no manifest at {manifest_path}",
            hint="give the station's manifest file with --manifest",
        )
    if station_key is None and not dry_run:
        station_key = key_for_reading(manifest_path)
    with Manifest.open(manifest_path, station_key) as manifest:
        units = manifest.units(status=UnitStatus.PROVISIONED)
        if dry_run or credential is None:  # None only in a dry run (check_credential)
            report = _dry_run(manifest, target, base_url, units, unit_options, dry_run_out)
        else:
            report = _run(
                manifest, target, credential, base_url, units, unit_options, progress, sleep,
                clock,
            )
    notes = [clear_text_warning(base_url, CARRIED[target], dry_run=dry_run)]
    if credential is None and not endpoint and target is Target.DPS:
        notes.append(f"no DPS connection string was given: the requests name the stand-in host "
                     f"{DPS_HOST_STAND_IN} where its HostName goes")
    extra = tuple(note for note in notes if note)
    return replace(report, notes=(*extra, *report.notes)) if extra else report


def reopen(
    manifest_path: Path | str, target: Target | str, device_ids: Sequence[str]
) -> list[tuple[str, UploadState]]:
    """Put units whose ``target`` upload ended in a conflict or failure back to ``pending``.

    For QA, once a conflict is resolved in the portal: the next upload sends
    them again. All or nothing: raises ConfigError, changing nothing, when a
    device ID is unknown or its upload is not a conflict or failure. Returns
    each unit with the state it had. Runs on the calling thread.
    """
    target = Target(target)
    manifest_path = Path(manifest_path)
    if not manifest_path.is_file():
        raise ConfigError(
            f"no manifest at {manifest_path}",
            hint="give the station's manifest file with --manifest",
        )
    with Manifest.open(manifest_path) as manifest:
        ledger = UploadLedger(manifest)
        found: list[tuple[str, UploadState]] = []
        problems: list[str] = []
        for device_id in dict.fromkeys(device_ids):
            record = ledger.record(device_id, target)
            if record is None:
                problems.append(f"{device_id} has no {target} upload")
            elif record.state not in (UploadState.CONFLICT, UploadState.FAILED):
                problems.append(f"{device_id} is {record.state}")
            else:
                found.append((device_id, record.state))
        if problems:
            raise ConfigError(
                "nothing was reopened: " + "; ".join(problems),
                hint="reopen only units whose upload ended in a conflict or a failure "
                f"(`station enroll upload --target {target} --dry-run` lists them)",
            )
        for device_id, _state in found:
            ledger.reopen(target, device_id)
    return found


def check_credential(
    target: Target, credential: UploadCredential | None, *, dry_run: bool = False
) -> None:
    """Raise ConfigError unless ``credential`` is the kind ``target`` takes (None only
    in a dry run)."""
    wanted = DpsCredential if target is Target.DPS else IotcCredential
    if credential is None:
        if dry_run:
            return
        raise ConfigError(
            f"an upload to {target} needs its credential",
            hint="DPS takes a connection string; IoT Central an app URL and API token",
        )
    if not isinstance(credential, wanted):
        raise ConfigError(
            f"an upload to {target} needs a {wanted.__name__}, not a "
            f"{type(credential).__name__}",
            hint="DPS takes a connection string; IoT Central an app URL and API token",
        )


def needs_upload(target: Target, unit: UnitRecord) -> bool:
    """Whether ``unit`` needs an enrollment on ``target`` (IoT Central: every device)."""
    return target is Target.CENTRAL or Attestation(unit.attestation).needs_enrollment


def _secrets(manifest: Manifest, unit: UnitRecord, *, dry_run: bool = False) -> dict[str, str]:
    if not unit.has_secrets:
        return {}
    if dry_run:
        # Its requests show keys redacted anyway: a dry run never unseals them.
        return {"sas_primary": REDACTED, "sas_secondary": REDACTED}
    try:
        return manifest.unit_secrets(unit.device_id)
    except ManifestError as exc:
        raise UnitNotUploadable(exc.message, hint=exc.hint) from exc


def _pending(
    manifest: Manifest,
    target: Target,
    unit: UnitRecord,
    options: UnitOptions,
    *,
    dry_run: bool = False,
) -> Pending:
    """The unit with the body to send (for a dry run, with its keys redacted already).
    Raises UnitNotUploadable (or ConfigError, see upload)."""
    secrets = _secrets(manifest, unit, dry_run=dry_run)
    earlier = () if dry_run else _earlier(manifest, unit)
    if target is Target.DPS:
        return Pending(unit, dps_enrollment(unit, secrets, options.for_unit(unit)), earlier)
    return Pending(unit, {"attestation": attestation_body(unit, secrets)}, earlier)


def _earlier(manifest: Manifest, unit: UnitRecord) -> tuple[tuple[UnitRecord, Json], ...]:
    """A returned unit's earlier credentials, each as the unit then was and the attestation
    the station would have sent for it: what a service may still hold, to be updated."""
    if unit.generation == 1:
        return ()
    try:
        sealed = manifest.earlier_secrets(unit.device_id)
    except ManifestError as exc:
        raise UnitNotUploadable(exc.message, hint=exc.hint) from exc
    earlier = []
    for generation in manifest.credential_generations(unit.device_id):
        then = replace(
            unit,
            attestation=Attestation(str(generation["attestation"])),
            cert_thumbprint_sha1=str(generation["cert_thumbprint_sha1"]),
            cert_thumbprint_sha256=str(generation["cert_thumbprint_sha256"]),
            cert_pem=str(generation["cert_pem"]),
            cert_pem_secondary=str(generation["cert_pem_secondary"]),
            ek_public=str(generation["ek_public"]),
        )
        secrets = sealed.get(int(str(generation["generation"])), {})
        try:
            attestation = attestation_body(then, secrets)
        except UnitNotUploadable:
            continue  # a generation the services could not have held (keys not kept)
        if attestation is not None:
            earlier.append((then, attestation))
    return tuple(earlier)


def service_url(
    target: Target | str,
    credential: UploadCredential | None,
    endpoint: str | None = None,
    *,
    insecure: bool = False,
    app_url: str = "",
) -> str:
    """The base URL an upload sends to: ``endpoint``, else the service's own address.

    Without a credential (a dry run) the address is IoT Central's ``app_url``, or
    for DPS the stand-in ``DPS_HOST_STAND_IN``. Raises ConfigError for an address
    that is not an http(s) URL, and PlainHttpRefused for plain http to another
    computer unless ``insecure``.
    """
    target = Target(target)
    if endpoint:
        url = endpoint
    elif isinstance(credential, DpsCredential):
        url = f"https://{credential.connection_string.host_name}"
    elif isinstance(credential, IotcCredential) or target is Target.CENTRAL:
        url = (credential.app_url if isinstance(credential, IotcCredential) else app_url).strip()
        if not url:
            raise ConfigError(
                "an IoT Central upload needs the application's URL",
                hint="pass --app https://NAME.azureiotcentral.com",
            )
        url = url if "://" in url else f"https://{url}"
    else:
        url = f"https://{DPS_HOST_STAND_IN}"
    return checked_service_url(url, CARRIED[target], insecure=insecure)


def service_client(
    credential: UploadCredential,
    base_url: str,
    sleep: SleepFn,
    clock: ClockFn,
) -> ServiceClient:
    """A client of the service ``credential`` is for, at ``base_url``, paced within the
    service's documented rate (a context manager)."""
    if isinstance(credential, DpsCredential):
        cs = credential.connection_string
        return ServiceClient(
            base_url,
            DPS_API_VERSION,
            lambda: sas_token(cs.host_name, cs.key, cs.key_name),
            service_name=f"DPS {cs.host_name}",
            credential_hint=(
                f"check that the connection string's policy {cs.key_name!r} still exists, "
                "has the Enrollment write permission and that its key was not regenerated"
            ),
            pacer=Pacer(DPS_OPERATIONS_PER_MINUTE, sleep, clock),
            sleep=sleep,
        )
    token = credential.api_token
    return ServiceClient(
        base_url,
        IOTC_API_VERSION,
        lambda: token,
        service_name=f"IoT Central {base_url}",
        credential_hint=(
            "check that the API token is for this application, has not expired or been "
            "deleted, and has a role that may manage devices"
        ),
        pacer=Pacer(IOTC_OPERATIONS_PER_MINUTE, sleep, clock),
        sleep=sleep,
    )


def _run(
    manifest: Manifest,
    target: Target,
    credential: UploadCredential,
    base_url: str,
    units: list[UnitRecord],
    options: UnitOptions,
    progress: ProgressFn | None,
    sleep: SleepFn,
    clock: ClockFn,
) -> UploadReport:
    ledger = UploadLedger(manifest)
    ledger.track_provisioned(target, {u.device_id: needs_upload(target, u) for u in units})
    records = {record.device_id: record for record in ledger.records(target)}
    work: list[Pending] = []
    for unit in units:
        record = records.get(unit.device_id)
        if record is None or record.state in SETTLED:
            continue
        try:
            work.append(_pending(manifest, target, unit, options))
        except UnitNotUploadable as exc:
            ledger.settle(target, unit.device_id, UploadState.FAILED, reason=str(exc))

    return send_pending(ledger, target, credential, base_url, work, records, progress=progress,
                        sleep=sleep, clock=clock, notes=options.notes)


def send_pending(
    ledger: UploadLedger,
    target: Target,
    credential: UploadCredential,
    base_url: str,
    work: Sequence[Pending],
    records: dict[str, UploadRecord],
    *,
    progress: ProgressFn | None = None,
    sleep: SleepFn = time.sleep,
    clock: ClockFn = time.monotonic,
    notes: tuple[str, ...] = (),
) -> UploadReport:
    """Send ``work`` (units whose ledger state is not settled, each with its body) to
    ``target`` and settle each in ``ledger`` (a manifest's or another record's); first
    asks DPS about batches an interrupted run left in flight (``records``: the ledger's
    rows before the run). Returns the ledger's units as the report; a service that
    stays away or refuses the credential ends the run with ``stopped`` set."""
    done = 0

    def settled(device_id: str, state: UploadState, reason: str) -> None:
        nonlocal done
        if state is not UploadState.PENDING:
            done += 1
        if progress is not None:
            progress(done, len(work), f"{device_id}: {state}" + (f" ({reason})" if reason else ""))

    stopped: EnrollmentError | None = None
    with service_client(credential, base_url, sleep, clock) as client:
        try:
            if target is Target.DPS:
                dps = DpsUploader(client, ledger, settled)
                for item in work:
                    if records[item.device_id].in_flight:
                        dps.check(item)
                dps.send_all([item for item in work if _unsettled(ledger, target, item)])
            else:
                central = CentralUploader(client, ledger, settled)
                for item in work:
                    central.upload(item)
        except (CredentialRejected, ServiceUnavailable) as exc:
            stopped = exc
    return _report(target, False, ledger.records(target), stopped, notes=notes)


def _unsettled(ledger: UploadLedger, target: Target, item: Pending) -> bool:
    record = ledger.record(item.device_id, target)
    return record is not None and record.state in (UploadState.PENDING, UploadState.FAILED)


def _report(
    target: Target,
    dry_run: bool,
    records: list[UploadRecord],
    stopped: EnrollmentError | None,
    would_send: frozenset[str] = frozenset(),
    notes: tuple[str, ...] = (),
) -> UploadReport:
    return UploadReport(
        target=target,
        dry_run=dry_run,
        units=tuple(
            UnitUpload.from_record(r, would_send=r.device_id in would_send) for r in records
        ),
        stopped=stopped,
        notes=notes,
    )


# -- dry run ---------------------------------------------------------------------------


def _dry_run(
    manifest: Manifest,
    target: Target,
    base_url: str,
    units: list[UnitRecord],
    options: UnitOptions,
    out: TextIO | None,
) -> UploadReport:
    """Plan without sending or recording anything; write the planned requests."""
    ledger = UploadLedger(manifest)
    existing = {record.device_id: record for record in ledger.records(target)}
    api_version = DPS_API_VERSION if target is Target.DPS else IOTC_API_VERSION

    def url(path: str) -> str:
        return f"{base_url}{path}?api-version={api_version}"

    records: list[UploadRecord] = []
    work: list[Pending] = []
    for unit in units:
        record = existing.get(unit.device_id)
        if record is None:
            needed = needs_upload(target, unit)
            state = UploadState.PENDING if needed else UploadState.NOT_NEEDED
            record = UploadRecord(unit.device_id, target, state, "", None, None, "", "", 0, "")
        if record.state not in SETTLED:
            try:
                work.append(_pending(manifest, target, unit, options, dry_run=True))
            except UnitNotUploadable as exc:
                record = UploadRecord(
                    unit.device_id, target, UploadState.FAILED, "", None, None, str(exc), "", 0, ""
                )
        records.append(record)

    requests: list[Json] = []
    if target is Target.DPS:
        for start in range(0, len(work), DPS_BULK_MAX_ENROLLMENTS):
            batch = work[start : start + DPS_BULK_MAX_ENROLLMENTS]
            body = bulk_create_body([item.enrollment for item in batch])
            requests.append({"method": "POST", "url": url(BULK_PATH), "body": redacted(body)})
    else:
        for item in work:
            requests.append(
                {
                    "method": "PUT",
                    "url": url(device_path(item.device_id)),
                    "body": central_device(item.unit),
                }
            )
            if item.enrollment["attestation"] is not None:
                requests.append(
                    {
                        "method": "PUT",
                        "url": url(attestation_path(item.device_id)),
                        "body": redacted(item.enrollment["attestation"]),
                    }
                )
    stream = sys.stdout if out is None else out
    json.dump(requests, stream, indent=2)
    stream.write("\n")
    stream.flush()
    sent = frozenset(item.device_id for item in work)
    return _report(target, True, records, None, sent, notes=options.notes)
