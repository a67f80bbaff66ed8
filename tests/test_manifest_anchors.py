"""Journal heads noted outside the station: cutting the journal back or rewriting it
before a noted head is found, with the station key or without it."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from station.cli import main
from station.core.errors import ConfigError
from station.core.models import Attestation
from station.manifest import Manifest, StationKey
from station.manifest.anchors import anchors_file
from station.manifest.journal import Anchor, canonical, entry_mac, journal_key
from tests.test_manifest_journal import provision, tamper

HEAD = re.compile(r"head (\d+:[0-9a-f]{16}(?::[0-9a-f]{16})?)")


def _verify(path: Path, capsys, *extra: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    status = main(["manifest", "verify", "--manifest", str(path), *extra])
    return status, capsys.readouterr().out


def _noted_head(path: Path, capsys) -> str:  # type: ignore[no-untyped-def]
    status, out = _verify(path, capsys)
    assert status == 0, out
    found = HEAD.search(out)
    assert found, out
    return found.group(1)


def test_cutting_off_the_last_unit_and_its_entries_is_found_against_a_noted_head(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "manifest.sqlite"
    with Manifest.open(path) as manifest:  # no station key: a plain hash chain
        for n in range(3):
            provision(manifest, f"dev-{n}", Attestation.SAS_GROUP)
    head = _noted_head(path, capsys)

    tamper(
        path,
        "DELETE FROM journal WHERE device_id = 'dev-2'",
        "DELETE FROM units WHERE device_id = 'dev-2'",
    )
    status, out = _verify(path, capsys)
    assert status == 0  # the chain alone cannot tell a shorter journal from a younger one
    status, out = _verify(path, capsys, "--since", head)
    assert status == 1
    assert "journal NOT intact" in out and "entries were cut away" in out


def _rechain(path: Path, key: bytes, from_seq: int, **changes: str) -> None:
    """Rewrite entry ``from_seq`` (and its unit row) with ``changes`` and recompute every
    MAC from there on with the station key, as someone holding the key would."""
    with sqlite3.connect(path) as raw:
        rows = raw.execute(
            "SELECT seq, at, action, device_id, attempt_id, facts FROM journal "
            "WHERE seq >= ? ORDER BY seq", (from_seq,)
        ).fetchall()
        prev = raw.execute("SELECT mac FROM journal WHERE seq = ?", (from_seq - 1,)).fetchone()[0]
    statements = []
    for seq, at, action, device_id, attempt_id, facts in rows:
        if seq == from_seq:
            facts = canonical({**json.loads(facts), **changes})
            assignments = ", ".join(f"{k} = '{v}'" for k, v in changes.items())
            statements.append(f"UPDATE units SET {assignments} WHERE device_id = '{device_id}'")
        kind, mac = entry_mac(key, prev, seq, at, action, device_id, attempt_id, facts)
        statements.append(
            f"UPDATE journal SET facts = '{facts}', prev = '{prev}', kind = '{kind}', "
            f"mac = '{mac}' WHERE seq = {seq}"
        )
        prev = mac
    tamper(path, *statements)


def test_a_history_rewritten_with_the_station_key_is_found_against_a_noted_head(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "manifest.sqlite"
    key = StationKey.load_or_create(tmp_path / "manifest.sqlite.key")
    with Manifest.open(path, key) as manifest:
        for n in range(3):
            provision(manifest, f"dev-{n}")
    head = _noted_head(path, capsys)

    _rechain(path, journal_key(key), 2, operator="mallory")  # dev-0's provisioned entry
    # The head this PC recorded when verify printed it catches the rewrite at once.
    status, out = _verify(path, capsys)
    assert status == 1 and f"recorded on this PC: entry {head.split(':')[0]}" in out
    # Without that record (someone cleared it too), the chain alone verifies: with the
    # key, a rewritten chain is self-consistent. The head noted outside still finds it.
    anchors_file(key.key_id).unlink()
    status, out = _verify(path, capsys)
    assert status == 0, out
    status, out = _verify(path, capsys, "--since", head)
    assert status == 1
    assert f"entry {head.split(':')[0]} is not the one noted as head {head}" in out

    # Units added after the noted head are not mistaken for tampering.
    good = tmp_path / "good.sqlite"
    good_key = StationKey.load_or_create(tmp_path / "good.sqlite.key")
    with Manifest.open(good, good_key) as manifest:
        provision(manifest, "dev-a")
    earlier = _noted_head(good, capsys)
    with Manifest.open(good, good_key) as manifest:
        provision(manifest, "dev-b")
    status, out = _verify(good, capsys, "--since", earlier)
    assert status == 0 and f"holds the head {earlier} noted earlier, unchanged" in out


@pytest.mark.parametrize("text", ["", "12", "x:0123456789abcdef", "3:0123", "0:0123456789abcdef",
                                  "3:0123456789abcdeg"])
def test_a_head_that_is_not_one_is_refused_in_one_line(text: str) -> None:
    with pytest.raises(ConfigError, match="is not a journal head"):
        Anchor.parse(text)


def test_an_export_prints_the_head_that_verify_then_accepts(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "manifest.sqlite"
    with Manifest.open(path) as manifest:
        provision(manifest, "dev-1", Attestation.SAS_GROUP)
    assert main(["manifest", "export", "--format", "audit", "--out", str(tmp_path / "a.csv"),
                 "--manifest", str(path)]) == 0
    printed = HEAD.search(capsys.readouterr().err.replace("journal head: ", "head "))
    assert printed, "the export printed no journal head"
    status, out = _verify(path, capsys, "--since", printed.group(1))
    assert status == 0, out
