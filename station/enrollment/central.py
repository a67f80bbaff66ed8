"""Creating devices and their attestations in an IoT Central application.

Runs on the caller's thread, which owns the manifest. IoT Central's PUT
creates *or replaces*, so each unit is looked up first: a device that exists
is never replaced, and an attestation that differs from ours is a conflict.
"""

from __future__ import annotations

import uuid
from urllib.parse import quote

from station.enrollment.client import Reply
from station.enrollment.dps import Pending, Uploader
from station.enrollment.enrollments import (
    Json,
    attestation_matches,
    central_device,
    describe_attestation,
)
from station.enrollment.state import Target, UploadState

TARGET = Target.CENTRAL


def device_path(device_id: str) -> str:
    return f"/api/devices/{quote(device_id, safe='')}"


def attestation_path(device_id: str) -> str:
    return f"{device_path(device_id)}/attestation"


class CentralUploader(Uploader):
    """Creates each unit's device (and attestation, for individually attested units)."""

    target = TARGET

    def _failed(self, item: Pending, what: str, reply: Reply) -> None:
        self._settle(
            item.device_id,
            UploadState.FAILED,
            f"IoT Central could not {what} (HTTP {reply.status}: {reply.error_message})",
            reply.request_id,
        )

    def upload(self, item: Pending) -> None:
        """Bring one unit into the application and settle its state.

        ``item.enrollment`` holds the ``attestation`` to set, or None for
        group-attested units.
        """
        device_id = item.device_id
        self.ledger.mark_in_flight(TARGET, [device_id], uuid.uuid4().hex)
        found = self.client.request("GET", device_path(device_id))
        if found.status == 404:
            created = self.client.request(
                "PUT", device_path(device_id), json=central_device(item.unit)
            )
            if created.status not in (200, 201):
                self._failed(item, "create the device", created)
                return
            last = created
        elif found.status == 200:
            last = found
        else:
            self._failed(item, "look the device up", found)
            return

        ours = item.enrollment.get("attestation")
        if ours is None:
            self._settle(device_id, UploadState.UPLOADED, "", last.request_id)
            return
        held = self.client.request("GET", attestation_path(device_id))
        if held.status == 200:
            if attestation_matches(item.unit, ours, held.body):
                self._settle(device_id, UploadState.UPLOADED, "", held.request_id)
            elif item.held_earlier(held.body):
                self._replace_attestation(item, ours)
            else:
                self._settle(
                    device_id,
                    UploadState.CONFLICT,
                    f"IoT Central's device {device_id} already has another attestation "
                    f"({describe_attestation(held.body or {})}); it was left as it is",
                    held.request_id,
                )
            return
        if held.status != 404:
            self._failed(item, "read the device's attestation", held)
            return
        stored = self.client.request("PUT", attestation_path(device_id), json=ours)
        if stored.status not in (200, 201):
            self._failed(item, "set the device's attestation", stored)
            return
        self._settle(device_id, UploadState.UPLOADED, "", stored.request_id)

    def _replace_attestation(self, item: Pending, ours: Json) -> None:
        """The device holds the unit's earlier credentials: give it the current ones."""
        stored = self.client.request("PUT", attestation_path(item.device_id), json=ours)
        if stored.status not in (200, 201):
            self._failed(item, "update the device's attestation", stored)
            return
        self._settle(
            item.device_id, UploadState.UPLOADED,
            f"updated: its credentials were replaced (generation {item.unit.generation})",
            stored.request_id,
        )
