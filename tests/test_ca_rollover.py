"""x509-group jobs with a primary and a secondary CA: the job issues from the one it
names, warns when a CA nears its end, and refuses leaves that would outlive it."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509

from station.cli import main
from station.core.errors import CredentialError
from station.core.models import Attestation, DeviceIdentity
from station.credentials.ca import CertificateAuthority, create_ca, write_ca_files
from station.credentials.providers import JobSecrets
from station.jobs.plan import JobSettings, build_plan
from station.profiles.loader import load_profile
from station.simulation.console_board import VirtualConsoleBoard

REPO = Path(__file__).resolve().parent.parent


def short_lived_profile(folder: Path, validity_days: int, warn_days: int = 90) -> Path:
    text = (REPO / "firmware_profiles" / "demo-console.toml").read_text()
    text = text.replace(
        'default = "sas-group"\n',
        f'default = "x509-group"\nvalidity_days = {validity_days}\nca_warn_days = {warn_days}\n',
    ).replace('id = "demo-console"', 'id = "rollover-console"')
    path = folder / "rollover-console.toml"
    path.write_text(text)
    return path


def ca_files(folder: Path, ca: CertificateAuthority, name: str) -> tuple[Path, Path]:
    cert, key = folder / f"{name}.pem", folder / f"{name}.key"
    write_ca_files(ca, cert, key)
    return cert, key


def plan_for(profile: Path, secrets: JobSecrets, slot: str = "primary"):  # type: ignore[no-untyped-def]
    settings = JobSettings(id_scope="0ne000DE001", attestation=Attestation.X509_GROUP,
                           ca_slot=slot)
    return build_plan(load_profile(profile), settings, secrets, counters=None)


def issuer_of(plan, device_id: str) -> str:  # type: ignore[no-untyped-def]
    credential = plan.credentials.issue(DeviceIdentity(device_id, ""))
    leaf = x509.load_pem_x509_certificate(credential.cert_pem.encode())
    return leaf.issuer.rfc4514_string()


def test_the_job_issues_from_the_ca_it_names(tmp_path: Path) -> None:
    profile = short_lived_profile(tmp_path, validity_days=365)
    old, new = create_ca("Line CA 2026"), create_ca("Line CA 2027")
    secrets = JobSecrets(ca=old, ca_secondary=new)
    assert issuer_of(plan_for(profile, secrets), "dev-1") == old.subject
    assert issuer_of(plan_for(profile, secrets, "secondary"), "dev-2") == new.subject
    with pytest.raises(CredentialError) as caught:
        plan_for(profile, JobSecrets(ca=old), "secondary")
    assert caught.value.message == "the job issues from the secondary CA, and it has none"
    assert "--secondary-ca-cert" in caught.value.hint


def test_a_ca_near_its_end_is_warned_of_before_the_first_unit(tmp_path: Path) -> None:
    profile = short_lived_profile(tmp_path, validity_days=20, warn_days=90)
    ending, fresh = create_ca("Ending CA", validity_days=30), create_ca("Fresh CA")
    plan = plan_for(profile, JobSecrets(ca=ending, ca_secondary=fresh))
    (warning,) = plan.warnings
    assert warning.startswith("the primary CA CN=Ending CA expires in 29 days")
    assert plan_for(profile, JobSecrets(ca=fresh)).warnings == ()


def test_a_job_whose_leaves_would_outlive_its_ca_is_refused_at_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = short_lived_profile(tmp_path, validity_days=365)
    cert, key = ca_files(tmp_path, create_ca("Ending CA", validity_days=30), "ending")
    board = VirtualConsoleBoard(seed="rollover-refused")
    with board.serve_tcp() as served:
        status = main(["provision", "--profile", str(profile), "--port", served.url,
                       "--id-scope", "0ne000DE001", "--no-wait", "--ca-cert", str(cert),
                       "--ca-key", str(key), "--manifest", str(tmp_path / "m.sqlite")])
    error = capsys.readouterr().err.strip()
    assert status == 1 and "\n" not in error
    assert "would outlive it" in error and "--issue-from secondary" in error
    assert board.received == []  # refused before any board was touched


def test_the_cli_warns_and_issues_from_the_secondary_ca(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = short_lived_profile(tmp_path, validity_days=20)
    old_cert, old_key = ca_files(tmp_path, create_ca("Ending CA", validity_days=30), "old")
    new_cert, new_key = ca_files(tmp_path, create_ca("Next CA"), "new")
    board = VirtualConsoleBoard(seed="rollover", swap_on_reboot=True)
    with board.serve_tcp() as served:
        status = main(["provision", "--profile", str(profile), "--port", served.url,
                       "--id-scope", "0ne000DE001", "--no-wait",
                       "--ca-cert", str(old_cert), "--ca-key", str(old_key),
                       "--secondary-ca-cert", str(new_cert), "--secondary-ca-key", str(new_key),
                       "--issue-from", "secondary", "--manifest", str(tmp_path / "m.sqlite")])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "warning: the primary CA CN=Ending CA expires in 29 days" in captured.err
    (unit,) = board.retired
    stored = unit.committed["dps"]["cert_pem"]
    leaf = x509.load_pem_x509_certificate(
        stored.rstrip(b"\0") if isinstance(stored, bytes) else str(stored).encode()
    )
    assert leaf.issuer.rfc4514_string() == "CN=Next CA"
