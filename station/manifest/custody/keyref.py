"""The key reference beside a manifest: which station key it uses and where that key is.

It is a small JSON file, ``<manifest>.keyref``, written whole or not at all. It
names the key by its id and its custody, and holds what that custody needs to
find the key again (a TPM-sealed blob that only that TPM opens, an entry name
in the secret store); it never holds the key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from station.core.errors import ManifestError
from station.core.private_files import write_private_file

FORMAT = "station-keyref/1"
SUFFIX = ".keyref"
# A reference is a few kilobytes at most (a sealed TPM blob is under one);
# anything larger is not one, and is not read whole.
MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class KeyRef:
    key_id: str
    custody: str
    data: dict[str, str] = field(default_factory=dict)


def keyref_path(manifest: Path) -> Path:
    return manifest.with_name(manifest.name + SUFFIX)


def read_keyref(manifest: Path) -> KeyRef | None:
    """The manifest's key reference; None when it has none. Raises ManifestError
    when the file is there and is not a key reference."""
    path = keyref_path(manifest)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ManifestError(
            f"cannot read the key reference {path}: {exc.strerror}",
            hint="check the file's permissions",
        ) from exc
    damaged = ManifestError(
        f"the key reference {path} is damaged",
        hint="restore it with the manifest from the same backup, or restore the key: "
        "station manifest key restore BACKUP_FILE",
    )
    if len(raw) > MAX_BYTES:
        raise damaged
    try:
        content = json.loads(raw)
        if content.get("format") != FORMAT:
            raise ValueError("unknown format")
        ref = KeyRef(
            key_id=str(content["key_id"]),
            custody=str(content["custody"]),
            data={str(k): str(v) for k, v in dict(content.get("data", {})).items()},
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise damaged from exc
    if len(ref.key_id) != 16 or any(c not in "0123456789abcdef" for c in ref.key_id):
        raise damaged
    return ref


def write_keyref(manifest: Path, ref: KeyRef) -> None:
    content = {"format": FORMAT, "key_id": ref.key_id, "custody": ref.custody, "data": ref.data}
    write_private_file(keyref_path(manifest), json.dumps(content, indent=1).encode() + b"\n")
