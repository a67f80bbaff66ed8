"""What a unit's label may show: the device key only for SAS jobs whose policy allows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station.core.models import Attestation
from station.credentials.sas import derive_device_key
from station.demo import DemoOptions, demo_request
from station.gui.job import start_job


def _job(tmp_path: Path, attestation: Attestation, *, label_includes_key: bool):  # type: ignore[no-untyped-def]
    request = demo_request(
        DemoOptions(attestation=attestation, profile="demo-console",
                    manifest=tmp_path / f"{attestation.value}.sqlite"),
        [],
        tmp_path,
    )
    return start_job(request, label_includes_key=label_includes_key)


def test_sas_group_label_holds_the_key_only_when_the_policy_allows(tmp_path: Path) -> None:
    with_key = _job(tmp_path, Attestation.SAS_GROUP, label_includes_key=True)
    label = with_key.label_for("unit-0001")
    assert with_key.key_on_label and label.includes_key
    key = derive_device_key(with_key.group_key_b64, "unit-0001")
    assert json.loads(label.qr_text) == {
        "idScope": with_key.id_scope, "deviceId": "unit-0001", "deviceKey": key,
    }

    without = _job(tmp_path, Attestation.SAS_GROUP, label_includes_key=False)
    label = without.label_for("unit-0001")
    assert not without.key_on_label and not label.includes_key
    assert json.loads(label.qr_text) == {"idScope": without.id_scope, "deviceId": "unit-0001"}


@pytest.mark.parametrize("mode", [Attestation.X509_GROUP, Attestation.X509_INDIVIDUAL])
def test_x509_label_never_holds_a_key(tmp_path: Path, mode: Attestation) -> None:
    job = _job(tmp_path, mode, label_includes_key=True)
    label = job.label_for("unit-0002")
    assert not job.key_on_label
    assert not label.includes_key
    assert json.loads(label.qr_text) == {"idScope": job.id_scope, "deviceId": "unit-0002"}
