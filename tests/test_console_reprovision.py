"""Whole units through the pipeline with the shipped demo-console profile: a board
re-provisioned from x509-group to sas-group, and a unit whose COMMIT reply is lost.

The second provisioning of a board uses a manifest of its own, as a rework
bench or a second line would (one manifest never gives a device ID twice).
"""

from __future__ import annotations

import base64
import dataclasses
from pathlib import Path

import pytest

from station.core.models import Attestation, UnitResult, UnitStatus
from station.core.pipeline import UnitPlan, run_unit
from station.credentials.ca import CertificateAuthority, create_ca
from station.credentials.providers import JobSecrets
from station.jobs.plan import JobSettings, build_plan
from station.manifest import Manifest, StationKey
from station.profiles.loader import find_profile
from station.simulation.console_board import VirtualConsoleBoard

SCOPE = "0ne000DE001"
GROUP_KEY = base64.b64encode(bytes(range(64))).decode()
CERTIFICATE_KEYS = {"cert_pem", "key_pem", "chain_pem"}


@pytest.fixture(scope="module")
def ca() -> CertificateAuthority:
    return create_ca("Reprovision Test CA")


def _plan(mode: Attestation, ca: CertificateAuthority | None, timeout_s: float = 0.0) -> UnitPlan:
    loaded = find_profile("demo-console")
    if timeout_s:
        profile = loaded.profile
        transport = profile.transport.model_copy(update={"timeout_s": timeout_s})
        loaded = dataclasses.replace(
            loaded, profile=profile.model_copy(update={"transport": transport})
        )
    return build_plan(
        loaded,
        JobSettings(id_scope=SCOPE, attestation=mode),
        JobSecrets(group_key_b64=GROUP_KEY, ca=ca),
        counters=None,
    )


def _run(plan: UnitPlan, url: str, manifest: Path) -> tuple[UnitResult, str]:
    """One unit; returns its result and the status its manifest records."""
    with Manifest.open(manifest, StationKey.generate()) as store:
        result = run_unit(plan, url, store, lambda event: None)
        unit = store.unit(result.device_id)
        return result, unit.status if unit else ""


def test_x509_then_sas_group_leaves_no_certificate_or_key(
    tmp_path: Path, ca: CertificateAuthority
) -> None:
    board = VirtualConsoleBoard(board_type="virtual-console", seed="rework")
    with board.serve_tcp() as served:
        first, _ = _run(_plan(Attestation.X509_GROUP, ca), served.url, tmp_path / "a.sqlite")
        assert first.ok, first.reason
        assert CERTIFICATE_KEYS <= set(board.committed["dps"])
        second, status = _run(_plan(Attestation.SAS_GROUP, None), served.url, tmp_path / "b.sqlite")
    assert second.ok, second.reason
    assert status == "provisioned"
    stored = board.committed["dps"]
    assert not CERTIFICATE_KEYS & set(stored)
    assert stored["device_id"] == second.device_id
    assert "sas_key" in stored


def test_a_version_1_board_is_refused_across_modes_and_keeps_its_set(
    tmp_path: Path, ca: CertificateAuthority
) -> None:
    board = VirtualConsoleBoard(board_type="virtual-console", seed="rework-old", protocol=1)
    with board.serve_tcp() as served:
        first, _ = _run(_plan(Attestation.X509_GROUP, ca), served.url, tmp_path / "a.sqlite")
        assert first.ok, first.reason
        before = board.committed
        second, status = _run(_plan(Attestation.SAS_GROUP, None), served.url, tmp_path / "b.sqlite")
    assert second.status is UnitStatus.FAILED
    assert second.failed_stage == "write"
    assert "still holds cert_pem, key_pem" in second.reason
    assert "console protocol 2" in second.hint
    assert status == "failed"
    assert board.committed == before  # the x509 set, whole and alone


@pytest.mark.parametrize(
    ("fault", "status"),
    [("commit-reply-lost", "provisioned"), ("commit-lost", "failed")],
)
def test_a_lost_commit_reply_is_settled_by_what_the_board_stores(
    tmp_path: Path, fault: str, status: str
) -> None:
    board = VirtualConsoleBoard(board_type="virtual-console", seed=fault, commit_fault=fault)
    plan = _plan(Attestation.SAS_GROUP, None, timeout_s=0.4)
    with board.serve_tcp() as served:
        result, recorded = _run(plan, served.url, tmp_path / "m.sqlite")
    assert recorded == status
    if status == "provisioned":
        assert result.ok, result.reason
        assert board.committed["dps"]["device_id"] == result.device_id
    else:
        assert result.failed_stage == "verify"
        assert "did not answer COMMIT" in result.reason
        assert board.committed == {}
