"""The journal: a hash chain over every change of a unit's record, for QA's proof of no edits.

Each time the station records a unit as pending, provisioned or failed, it
appends one entry in the same transaction: the unit's public facts at that
moment (never secrets), the previous entry's MAC, and its own MAC over both.
Changing, removing or inserting an entry breaks the chain from that entry on;
editing a unit's row directly leaves the row unlike the facts of its last entry.

Two kinds of entry:

- ``hmac``: HMAC-SHA256 under a key derived from the station key. Someone who
  can write the manifest file but has no station key cannot forge one.
- ``sha256``: a plain SHA-256 chain, written when the manifest was opened
  without a station key (and by the migration that starts the journal of an
  older manifest). It catches accidental edits only: anyone can recompute it.
  A keyed entry covers every entry before it, since it signs their chain.

Limits: removing the newest entries together with a matching rollback of the
units they record cannot be seen from inside the file; note the head that
``station manifest verify`` prints to compare later.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from station.core.errors import ConfigError, ManifestError
from station.manifest.facts import FACTS_BY_NAME, JOURNALED_FACTS, Journaled
from station.manifest.secrets import ANCHOR_TAG_HEX, StationKey

# What the chain starts from: the ``prev`` of the first entry.
GENESIS = "0" * 64

JOURNAL_KEY_PURPOSE = b"provisioning-station journal"

BASELINE = "baseline"
ACTIONS = (BASELINE, "pending", "provisioned", "failed")
KEYED = "hmac"
UNKEYED = "sha256"

# The columns an entry keeps as they are: the facts journaled by value since the journal
# began. Besides them an entry keeps the certificate's hash, and the facts of columns
# added later when they differ from what units held before (see ``Fact.absent_value``).
# Left out: secrets, and what changes without a journaled event (``Journaled.NO``).
JOURNALED_COLUMNS = tuple(
    fact.name
    for fact in JOURNALED_FACTS
    if fact.journaled is Journaled.VALUE and fact.absent_value is None
)


def _sql_literal(value: str | int) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return str(value)


def _facts_select(conn: sqlite3.Connection) -> str:
    # The baseline runs in the migration that creates the journal, before later columns.
    present = {row[1] for row in conn.execute("PRAGMA table_info(units)")}
    columns = [
        f"{_sql_literal(fact.absent_value)} AS {fact.name}"
        if fact.absent_value is not None and fact.name not in present
        else fact.name
        for fact in JOURNALED_FACTS
    ]
    return f"SELECT {', '.join(columns)} FROM units"


def create_journal(conn: sqlite3.Connection) -> None:
    """Create the journal table; the triggers stop accidental edits, not deliberate ones."""
    conn.execute(
        f"""
        CREATE TABLE journal (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ({", ".join(f"'{a}'" for a in ACTIONS)})),
            device_id TEXT NOT NULL,
            attempt_id INTEGER NOT NULL,
            facts TEXT NOT NULL,
            prev TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('{KEYED}', '{UNKEYED}')),
            mac TEXT NOT NULL
        ) STRICT
        """
    )
    conn.execute("CREATE INDEX journal_device_id ON journal(device_id)")
    for operation in ("UPDATE", "DELETE"):
        conn.execute(
            f"CREATE TRIGGER journal_no_{operation.lower()} BEFORE {operation} ON journal "
            "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"
        )


def journal_key(station_key: StationKey) -> bytes:
    """The HMAC key of the journal, derived from (and never equal to) the station key."""
    return station_key.derive_key(JOURNAL_KEY_PURPOSE)


def canonical(value: Any) -> str:
    """The one JSON text of ``value`` that MACs are computed over."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _facts_of(row: sqlite3.Row | tuple[Any, ...]) -> dict[str, Any]:
    """What an entry keeps of a row selected by ``_facts_select``."""
    values = dict(zip((fact.name for fact in JOURNALED_FACTS), row, strict=True))
    facts: dict[str, Any] = {}
    for fact in JOURNALED_FACTS:
        if fact.absent_value is not None:
            decides = FACTS_BY_NAME[fact.journaled_with or fact.name]
            if values[decides.name] == decides.absent_value:
                continue
        value = values[fact.name]
        if fact.journaled is Journaled.SHA256:
            value = hashlib.sha256(value.encode()).hexdigest() if value else ""
        facts[fact.journal_key] = value
    return facts


def unit_facts(conn: sqlite3.Connection, device_id: str) -> dict[str, Any] | None:
    """The journaled facts of ``device_id``'s row as it is now; None when there is no row."""
    row = conn.execute(f"{_facts_select(conn)} WHERE device_id = ?", (device_id,)).fetchone()
    return None if row is None else _facts_of(row)


def entry_mac(
    key: bytes | None,
    prev: str,
    seq: int,
    at: str,
    action: str,
    device_id: str,
    attempt_id: int,
    facts: str,
) -> tuple[str, str]:
    """``(kind, mac)`` of an entry: HMAC-SHA256 under ``key``, or SHA-256 without one."""
    message = prev.encode() + canonical([seq, at, action, device_id, attempt_id, facts]).encode()
    if key is None:
        return UNKEYED, hashlib.sha256(message).hexdigest()
    return KEYED, hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    at: str
    action: str
    device_id: str
    attempt_id: int
    facts: str
    prev: str
    kind: str
    mac: str


def append_entry(
    conn: sqlite3.Connection,
    key: bytes | None,
    action: str,
    device_id: str,
    attempt_id: int,
    at: str,
) -> JournalEntry:
    """Append an entry recording ``device_id``'s row as it now is.

    Call inside the write transaction (BEGIN IMMEDIATE) that changed the row:
    the previous entry is read under the same lock, so the order of ``seq`` is
    the order of the chain even with several writers, and a crash keeps either
    both the change and its entry or neither.
    """
    if not conn.in_transaction:
        raise ManifestError(
            "a journal entry must be written in the transaction of the change it records",
            hint="this is a bug in the station; report it to an engineer",
        )
    facts = unit_facts(conn, device_id)
    if facts is None:
        raise ManifestError(
            f"cannot journal {device_id}: it has no row in the manifest",
            hint="this is a bug in the station; report it to an engineer",
        )
    last = conn.execute("SELECT seq, mac FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if last is None else (last[0] + 1, last[1])
    facts_text = canonical(facts)
    kind, mac = entry_mac(key, prev, seq, at, action, device_id, attempt_id, facts_text)
    conn.execute(
        "INSERT INTO journal (seq, at, action, device_id, attempt_id, facts, prev, kind, mac) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, action, device_id, attempt_id, facts_text, prev, kind, mac),
    )
    return JournalEntry(seq, at, action, device_id, attempt_id, facts_text, prev, kind, mac)


def write_baseline(conn: sqlite3.Connection, at: str) -> int:
    """Start the chain of an older manifest: one ``baseline`` entry per unit it holds.

    Runs inside the migration that creates the journal (no station key there,
    so the entries are SHA-256). Returns how many entries were written.
    """
    units = conn.execute("SELECT device_id, last_attempt_id FROM units ORDER BY id").fetchall()
    for device_id, attempt_id in units:
        append_entry(conn, None, BASELINE, device_id, attempt_id, at)
    return len(units)


# -- anchors -----------------------------------------------------------------------

ANCHOR_HEX = 16  # 64 bits of the head's MAC: short enough to note, far too long to forge


@dataclass(frozen=True)
class Anchor:
    """A journal head noted outside the station (``SEQ:HEX:TAG``): its sequence number,
    the start of its MAC, and a tag signed with the station key. A later
    ``verify --since`` proves every entry up to it is still there, unchanged:
    cutting the journal back or rewriting it before the anchor no longer goes
    unseen, even with the station key. The tag shows the head was noted from the
    station itself: nobody without the key can make one (``SEQ:HEX`` alone, as
    older stations printed it, is still taken).
    """

    seq: int
    mac_prefix: str
    tag: str = ""

    def __str__(self) -> str:
        head = f"{self.seq}:{self.mac_prefix}"
        return f"{head}:{self.tag}" if self.tag else head

    @classmethod
    def of(cls, seq: int, mac: str) -> Anchor:
        return cls(seq, mac[:ANCHOR_HEX])

    def signed(self, station_key: StationKey | None) -> Anchor:
        """This head with the station key's tag (unchanged without a key)."""
        if station_key is None:
            return self
        return Anchor(self.seq, self.mac_prefix, station_key.anchor_tag(self.seq, self.mac_prefix))

    def signed_by(self, station_key: StationKey) -> bool:
        return bool(self.tag) and hmac.compare_digest(
            self.tag, station_key.anchor_tag(self.seq, self.mac_prefix)
        )

    @classmethod
    def parse(cls, text: str) -> Anchor:
        """Read ``SEQ:HEX[:TAG]`` as the station printed it; raises ConfigError otherwise."""
        seq, _, rest = text.strip().partition(":")
        prefix, _, tag = rest.lower().partition(":")
        if (
            not seq.isdigit()
            or int(seq) < 1
            or not _is_hex(prefix, ANCHOR_HEX)
            or (tag and not _is_hex(tag, ANCHOR_TAG_HEX))
        ):
            raise ConfigError(
                f"{text!r} is not a journal head",
                hint=f"give the head as verify, export and upload print it: SEQ:HEX:TAG, "
                f"{ANCHOR_HEX} hex digits after the first colon and {ANCHOR_TAG_HEX} after "
                "the second",
            )
        return cls(int(seq), prefix, tag)


def _is_hex(text: str, length: int) -> bool:
    return len(text) == length and all(c in "0123456789abcdef" for c in text)


def journal_head(conn: sqlite3.Connection) -> Anchor | None:
    """The journal's newest entry as an anchor (None while the journal is empty)."""
    row = conn.execute("SELECT seq, mac FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else Anchor.of(row[0], row[1])


def _anchor_fault(anchor: Anchor, mac_at_anchor: str | None, head_seq: int) -> str:
    """Why the journal no longer holds ``anchor``, or "" when it does."""
    if mac_at_anchor is None:
        return (
            f"the journal ends at entry {head_seq}, before the head {anchor} noted earlier: "
            "entries were cut away"
        )
    if not hmac.compare_digest(mac_at_anchor[:ANCHOR_HEX], anchor.mac_prefix):
        return (
            f"entry {anchor.seq} is not the one noted as head {anchor}: "
            "the journal up to it was rewritten"
        )
    return ""


# -- verification ------------------------------------------------------------------


@dataclass(frozen=True)
class UnitMismatch:
    """A unit whose row differs from the facts of its last journal entry (``seq``)."""

    device_id: str
    seq: int
    fields: tuple[str, ...]
    detail: str


@dataclass(frozen=True)
class JournalReport:
    """What ``verify`` found.

    ``broken_seq`` is the first entry where the chain breaks (None when whole),
    ``broken_reason`` says why. ``altered_units`` are rows edited outside the
    station; ``missing_units`` have journal entries and no row any more;
    ``unjournaled`` have a row and no entry (written outside the station), which
    is reported but not counted as tampering.
    """

    entries: int = 0
    keyed_entries: int = 0
    head_seq: int = 0
    head_mac: str = ""
    broken_seq: int | None = None
    broken_reason: str = ""
    altered_units: tuple[UnitMismatch, ...] = ()
    missing_units: tuple[str, ...] = ()
    unjournaled: tuple[str, ...] = ()
    since: Anchor | None = None
    since_fault: str = ""
    recorded_checked: int = 0
    recorded_faults: tuple[str, ...] = ()
    head_tag: str = ""

    @property
    def ok(self) -> bool:
        """True when nothing shows tampering."""
        return (
            self.broken_seq is None
            and not self.altered_units
            and not self.missing_units
            and not self.since_fault
            and not self.recorded_faults
        )

    @property
    def head(self) -> Anchor | None:
        """The head as it is to be noted: signed when the report carries the tag."""
        if not self.head_seq:
            return None
        head = Anchor.of(self.head_seq, self.head_mac)
        return Anchor(head.seq, head.mac_prefix, self.head_tag)

    def describe(self) -> str:
        """The verdict on the first line, then one line per problem."""
        if self.ok:
            lines = [f"journal intact: {self.entries} entries, head {self.head or '-'}"]
            if self.since is not None:
                lines.append(f"  holds the head {self.since} noted earlier, unchanged")
            if self.recorded_checked:
                lines.append(
                    f"  holds all {self.recorded_checked} heads this PC recorded, unchanged"
                )
            if self.entries and not self.keyed_entries:
                lines.append(
                    "  no entry is keyed with a station key: this proves no accidental edit only"
                )
        else:
            problems = (
                (self.broken_seq is not None)
                + len(self.altered_units)
                + len(self.missing_units)
                + bool(self.since_fault)
                + len(self.recorded_faults)
            )
            lines = [f"journal NOT intact: {problems} problem(s) in {self.entries} entries"]
            if self.since_fault:
                lines.append(f"  {self.since_fault}")
            lines += [f"  recorded on this PC: {fault}" for fault in self.recorded_faults]
            if self.broken_seq is not None:
                lines.append(f"  entry {self.broken_seq}: {self.broken_reason}")
            lines += [f"  unit {m.device_id}: {m.detail}" for m in self.altered_units]
            lines += [
                f"  unit {device_id}: its row was removed (the journal records it)"
                for device_id in self.missing_units
            ]
        if self.unjournaled:
            shown = ", ".join(self.unjournaled[:10])
            more = f" and {len(self.unjournaled) - 10} more" if len(self.unjournaled) > 10 else ""
            lines.append(
                f"  {len(self.unjournaled)} unit(s) not journaled (recorded outside the "
                f"station): {shown}{more}"
            )
        return "\n".join(lines)


def _entries(conn: sqlite3.Connection) -> Iterator[JournalEntry]:
    for row in conn.execute(
        "SELECT seq, at, action, device_id, attempt_id, facts, prev, kind, mac "
        "FROM journal ORDER BY seq"
    ):
        yield JournalEntry(*row)


def _chain_fault(
    entry: JournalEntry, expected_seq: int, expected_prev: str, key: bytes | None, keyed_seen: bool
) -> str:
    """Why ``entry`` breaks the chain, or "" when it holds."""
    if entry.seq != expected_seq:
        if entry.seq == expected_seq + 1:
            missing = f"entry {expected_seq}"
        else:
            missing = f"entries {expected_seq} to {entry.seq - 1}"
        return f"{missing} removed: the chain jumps to {entry.seq}"
    if entry.prev != expected_prev:
        return "does not follow the entry before it (an entry was changed, removed or inserted)"
    if entry.kind == KEYED:
        if key is None:
            # The caller refuses keyed journals without a key; kept for safety.
            return "is keyed and no station key was given"
        _, mac = entry_mac(
            key, entry.prev, entry.seq, entry.at, entry.action, entry.device_id,
            entry.attempt_id, entry.facts,
        )
        if not hmac.compare_digest(mac, entry.mac):
            return (
                "was altered (its MAC does not match), or the journal was written with "
                "another station key"
            )
        return ""
    if entry.kind != UNKEYED:
        return f"has an unknown kind {entry.kind!r}"
    _, mac = entry_mac(
        None, entry.prev, entry.seq, entry.at, entry.action, entry.device_id,
        entry.attempt_id, entry.facts,
    )
    if not hmac.compare_digest(mac, entry.mac):
        return "was altered (its hash does not match)"
    if key is not None and keyed_seen:
        # Only someone without the station key writes an unkeyed entry after keyed ones.
        return "is not keyed though entries before it are (rewritten without the station key)"
    if key is not None and entry.action != BASELINE:
        return "was written without the station key, so it proves nothing"
    return ""


def _differences(recorded: dict[str, Any], current: dict[str, Any]) -> tuple[str, ...]:
    names = sorted(set(recorded) | set(current))
    return tuple(name for name in names if recorded.get(name) != current.get(name))


def verify(
    conn: sqlite3.Connection,
    station_key: StationKey | None,
    since: Anchor | None = None,
    recorded: Sequence[Anchor] = (),
) -> JournalReport:
    """Check the whole chain and every unit's row against its last entry; with
    ``since``, that the journal still holds that earlier head unchanged; and that it
    holds every head in ``recorded`` (heads this PC noted, see ``anchors``) that
    the station key signed.

    Reads one snapshot (a read transaction), so writers on other connections
    do not disturb it. Raises ManifestError when the journal holds keyed
    entries and no station key is given: they cannot be checked then.
    """
    key = journal_key(station_key) if station_key is not None else None
    trusted = [a for a in recorded if station_key is not None and a.signed_by(station_key)]
    conn.execute("BEGIN")
    try:
        report = _verify(conn, key, since, trusted)
    finally:
        conn.execute("COMMIT")
    if since is not None and since.tag and station_key is not None and not report.since_fault:
        if not since.signed_by(station_key):
            report = replace(
                report,
                since_fault=f"the head {since} was not noted from this station: its tag "
                "does not match the station key",
            )
    return report


def _verify(
    conn: sqlite3.Connection, key: bytes | None, since: Anchor | None, noted: list[Anchor]
) -> JournalReport:
    if key is None:
        keyed = conn.execute(f"SELECT 1 FROM journal WHERE kind = '{KEYED}' LIMIT 1").fetchone()
        if keyed is not None:
            raise ManifestError(
                "the manifest's journal is keyed and this PC does not hold its station key",
                hint="restore the key from its backup: station manifest key restore BACKUP_FILE",
            )
    entries = keyed_entries = 0
    expected_prev, head_mac, head_seq = GENESIS, "", 0
    broken_seq: int | None = None
    broken_reason = ""
    keyed_seen = False
    wanted = {anchor.seq for anchor in noted} | ({since.seq} if since else set())
    mac_at: dict[int, str] = {}
    last: dict[str, JournalEntry] = {}
    for entry in _entries(conn):
        if entry.seq in wanted:
            mac_at[entry.seq] = entry.mac
        entries += 1
        keyed_entries += entry.kind == KEYED
        if broken_seq is None:
            fault = _chain_fault(entry, head_seq + 1, expected_prev, key, keyed_seen)
            if fault:
                broken_seq = min(entry.seq, head_seq + 1)
                broken_reason = fault
        keyed_seen = keyed_seen or entry.kind == KEYED
        expected_prev, head_mac, head_seq = entry.mac, entry.mac, entry.seq
        last[entry.device_id] = entry

    altered: list[UnitMismatch] = []
    unjournaled: list[str] = []
    for row in conn.execute(f"{_facts_select(conn)} ORDER BY id"):
        current = _facts_of(row)
        device_id = current["device_id"]
        newest = last.pop(device_id) if device_id in last else None
        if newest is None:
            unjournaled.append(device_id)
            continue
        try:
            recorded = json.loads(newest.facts)
        except ValueError:
            recorded = {}
        changed = _differences(recorded, current)
        if changed:
            detail = "; ".join(
                f"{name} is {current.get(name)!r}, the journal says {recorded.get(name)!r}"
                for name in changed
            )
            altered.append(
                UnitMismatch(device_id, newest.seq, changed, f"{detail} (entry {newest.seq})")
            )
    return JournalReport(
        entries=entries,
        keyed_entries=keyed_entries,
        head_seq=head_seq,
        head_mac=head_mac,
        broken_seq=broken_seq,
        broken_reason=broken_reason,
        altered_units=tuple(altered),
        missing_units=tuple(sorted(last)),
        unjournaled=tuple(unjournaled),
        since=since,
        since_fault=_anchor_fault(since, mac_at.get(since.seq), head_seq) if since else "",
        recorded_checked=len(noted),
        recorded_faults=tuple(
            fault
            for anchor in noted
            if (fault := _anchor_fault(anchor, mac_at.get(anchor.seq), head_seq))
        ),
    )
