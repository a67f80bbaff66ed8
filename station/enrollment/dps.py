"""Uploading individual enrollments to DPS with the bulk enrollment operation.

Runs on the caller's thread, which owns the manifest. Every batch is marked in
flight in the manifest before it is sent and settled unit by unit once the
service has answered; a batch whose answer was lost is settled by asking DPS
what it holds for each of its units, so no confirmed unit is ever sent again.

Why REST with httpx rather than Microsoft's ``azure-iot-deviceprovisioning``
(1.0.0b1, evaluated): its ``from_connection_string`` always sends to
``https://<HostName>``, so pointing ``--endpoint`` at a staging service or a
local test server means building the client by hand, and then the SAS token's
``sr`` becomes the override URL instead of the HostName the service checks;
its retry policy sleeps on its own and cannot take the per-client ``sleep``
that the GUI's cooperative stop and the tests rely on; and it is a beta whose
``run_bulk_operation`` hands back the raw JSON anyway, so it would save none
of the per-enrollment result handling below.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from station.enrollment.client import Reply, ServiceClient
from station.enrollment.enrollments import (
    Json,
    attestation_matches,
    describe_attestation,
)
from station.enrollment.errors import ConnectionLost, ServiceUnavailable
from station.enrollment.limits import DPS_BULK_MAX_ENROLLMENTS, RETRY_ATTEMPTS
from station.enrollment.state import Target, UploadLedger, UploadState
from station.manifest.records import UnitRecord

BULK_PATH = "/enrollments"
TARGET = Target.DPS


def enrollment_path(registration_id: str) -> str:
    return f"/enrollments/{quote(registration_id, safe='')}"


def attestation_mechanism_path(registration_id: str) -> str:
    return f"{enrollment_path(registration_id)}/attestationmechanism"


def bulk_create_body(enrollments: Sequence[Json]) -> Json:
    return {"mode": "create", "enrollments": list(enrollments)}


def _http_status(error_code: object) -> int | None:
    """The HTTP status in a DPS error code: codes are the status plus three digits (409201)."""
    try:
        code = int(str(error_code))
    except ValueError:
        return None
    return code if code < 1000 else code // 1000


def is_conflict(error_code: object) -> bool:
    return _http_status(error_code) == 409


def is_success(error_code: object) -> bool:
    """A bulk result entry that reports success (200, 201, 200000, … "Succeeded")."""
    status = _http_status(error_code)
    return status is not None and 200 <= status < 300


@dataclass(frozen=True)
class Pending:
    """A unit ready to send: its manifest record and the enrollment built for it, and
    the attestations of its earlier credential generations (a returned unit)."""

    unit: UnitRecord
    enrollment: Json
    earlier: tuple[tuple[UnitRecord, Json], ...] = ()

    @property
    def device_id(self) -> str:
        return self.unit.device_id

    def held_earlier(self, theirs: Json) -> bool:
        """Whether a service holds one of this unit's earlier credentials: an enrollment
        the station made itself, to be updated, never a conflict."""
        return any(attestation_matches(unit, ours, theirs) for unit, ours in self.earlier)


SettledFn = Callable[[str, UploadState, str], None]


class Uploader:
    """What every target's uploader shares: settle a unit in the ledger, then tell the caller."""

    target: Target

    def __init__(self, client: ServiceClient, ledger: UploadLedger, settled: SettledFn) -> None:
        self.client = client
        self.ledger = ledger
        self._settled = settled

    def _settle(
        self, device_id: str, state: UploadState, reason: str = "", request_id: str = ""
    ) -> None:
        self.ledger.settle(self.target, device_id, state, reason=reason, request_id=request_id)
        self._settled(device_id, state, reason)


class DpsUploader(Uploader):
    """Sends enrollments in batches of at most ``DPS_BULK_MAX_ENROLLMENTS`` and settles them."""

    target = TARGET

    # -- asking DPS what it holds ---------------------------------------------------

    def check(self, item: Pending) -> None:
        """Settle ``item`` by what DPS holds: same attestation = uploaded, other = conflict.

        Leaves it ``pending`` (to be sent) when DPS has no enrollment for it.
        """
        reply = self.client.request("POST", attestation_mechanism_path(item.device_id))
        if reply.status == 404:
            self._settle(item.device_id, UploadState.PENDING)
            return
        if reply.status != 200:
            self._settle(
                item.device_id,
                UploadState.FAILED,
                f"DPS could not show the enrollment (HTTP {reply.status}: "
                f"{reply.error_message})",
                reply.request_id,
            )
            return
        ours = item.enrollment["attestation"]
        if attestation_matches(item.unit, ours, reply.body):
            self._settle(item.device_id, UploadState.UPLOADED, "", reply.request_id)
        elif item.held_earlier(reply.body):
            self.update(item)
        else:
            self._settle(
                item.device_id,
                UploadState.CONFLICT,
                f"DPS already has an enrollment for {item.device_id} with another attestation "
                f"({describe_attestation(reply.body or {})}); it was left as it is",
                reply.request_id,
            )

    def update(self, item: Pending) -> None:
        """Replace the enrollment DPS holds for ``item`` (its earlier credentials) with the
        current one, under the etag read just before: a change made meanwhile by
        someone else is not overwritten (DPS answers 412, and the unit fails)."""
        held = self.client.request("GET", enrollment_path(item.device_id))
        etag = (held.body or {}).get("etag") if isinstance(held.body, dict) else None
        if held.status != 200 or not etag:
            self._settle(
                item.device_id, UploadState.FAILED,
                f"DPS could not show the enrollment to update (HTTP {held.status}: "
                f"{held.error_message})", held.request_id,
            )
            return
        body = {**item.enrollment, "etag": etag}
        put = self.client.request(
            "PUT", enrollment_path(item.device_id), json=body, headers={"If-Match": etag}
        )
        if put.status == 200:
            self._settle(
                item.device_id, UploadState.UPLOADED,
                f"updated: its credentials were replaced (generation {item.unit.generation})",
                put.request_id,
            )
            return
        self._settle(
            item.device_id, UploadState.FAILED,
            f"DPS refused to update the enrollment (HTTP {put.status}: {put.error_message})",
            put.request_id,
        )

    # -- sending ------------------------------------------------------------------------

    def send_all(self, items: Sequence[Pending]) -> None:
        """Send ``items`` in batches, settling each unit; stops by raising on a lost service."""
        for start in range(0, len(items), DPS_BULK_MAX_ENROLLMENTS):
            self.send_batch(items[start : start + DPS_BULK_MAX_ENROLLMENTS])

    def send_batch(self, batch: Sequence[Pending], *, drops: int = 0) -> None:
        """Send one batch and settle its units. ``drops``: connections lost so far."""
        batch_id = uuid.uuid4().hex
        self.ledger.mark_in_flight(TARGET, [item.device_id for item in batch], batch_id)
        body = bulk_create_body([item.enrollment for item in batch])
        try:
            reply = self.client.request(
                "POST", BULK_PATH, json=body, operations=len(batch), idempotent=False
            )
        except ConnectionLost as exc:
            # The batch may have landed: ask before sending any of it again.
            for item in batch:
                self.check(item)
            retry = [item for item in batch if self._still_pending(item.device_id)]
            if retry and drops + 1 >= RETRY_ATTEMPTS:
                raise ServiceUnavailable(
                    f"the connection to DPS dropped {drops + 1} times in a row ({exc.message})"
                ) from exc
            if retry:
                self.send_batch(retry, drops=drops + 1)
            return
        self._settle_batch(batch, reply)

    def _settle_batch(self, batch: Sequence[Pending], reply: Reply) -> None:
        if reply.status == 409:
            for item in batch:
                self.check(item)
                self._fail_if_still_pending(item, reply)
            return
        if reply.status != 200 or not isinstance(reply.body, dict):
            reason = f"DPS refused the batch (HTTP {reply.status}: {reply.error_message})"
            for item in batch:
                self._settle(item.device_id, UploadState.FAILED, reason, reply.request_id)
            return
        errors: dict[str, Json] = {}
        for error in reply.body.get("errors") or []:
            if isinstance(error, dict) and error.get("registrationId"):
                errors[str(error["registrationId"]).lower()] = error
        if not reply.body.get("isSuccessful") and not errors:
            # Failed without saying for whom: count nothing as uploaded without proof.
            for item in batch:
                self.check(item)
                self._fail_if_still_pending(item, reply)
            return
        for item in batch:
            error = errors.get(item.device_id.lower())
            if error is None or is_success(error.get("errorCode")):
                self._settle(item.device_id, UploadState.UPLOADED, "", reply.request_id)
            elif is_conflict(error.get("errorCode")):
                self.check(item)
                self._fail_if_still_pending(item, reply)
            else:
                self._settle(
                    item.device_id,
                    UploadState.FAILED,
                    f"DPS refused the enrollment ({error.get('errorCode')}: "
                    f"{error.get('errorStatus', '')})",
                    reply.request_id,
                )

    def _still_pending(self, device_id: str) -> bool:
        record = self.ledger.record(device_id, TARGET)
        return record is not None and record.state is UploadState.PENDING

    def _fail_if_still_pending(self, item: Pending, reply: Reply) -> None:
        """A refusal that DPS then does not explain by an enrollment: record it, don't loop."""
        if self._still_pending(item.device_id):
            self._settle(
                item.device_id,
                UploadState.FAILED,
                f"DPS refused the batch (HTTP {reply.status}) but holds no enrollment "
                "for this unit",
                reply.request_id,
            )
