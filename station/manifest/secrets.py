"""The station key: it encrypts the per-device secrets the manifest must keep and
keys the manifest's journal.

The key is never kept in the manifest's folder: ``station.manifest.custody`` keeps
it in the station PC's TPM or its secret store, and the folder holds only a
reference to it. Encryption is Fernet (AES-128-CBC + HMAC-SHA256) from
``cryptography``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import string
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from station.core.errors import ManifestError
from station.core.private_files import write_private_file

WRONG_KEY_MESSAGE = "this manifest's secrets were encrypted with another station key"

# What to do about a short key file when nothing says whether the manifest needs it.
SHORT_KEY_HINT = (
    "restore it from its backup; only if the manifest beside it keeps no secrets and "
    "no keyed journal yet, delete it and the station makes a new one"
)

KEY_ID_PURPOSE = b"station key id v1"
ANCHOR_PURPOSE = b"journal anchor v1"
ANCHOR_TAG_HEX = 16

# A Fernet key: 32 bytes in URL-safe base64.
_KEY_LENGTH = 44
_KEY_ALPHABET = frozenset((string.ascii_letters + string.digits + "-_=").encode())


class ShortStationKey(ManifestError):
    """The station key file is empty or cut short (a full disk while it was made)."""


class StationKey:
    """A Fernet key that seals and opens per-device secrets.

    Immutable and safe to share between threads.
    """

    def __init__(self, key: bytes, path: Path | None = None) -> None:
        try:
            self._fernet = Fernet(key)
        except ValueError as exc:
            where = f" in {path}" if path else ""
            raise ManifestError(
                f"the station key{where} is not a valid key",
                hint="restore the station key file from its backup",
            ) from exc
        self._key = key
        self.path = path

    @classmethod
    def generate(cls) -> StationKey:
        """A new random key held in memory only (for tests and one-off tools)."""
        return cls(Fernet.generate_key())

    @classmethod
    def load(cls, path: Path) -> StationKey:
        """Read an existing key file. Raises ManifestError when it is missing or bad,
        ShortStationKey when it is empty or cut short."""
        try:
            key = path.read_bytes().strip()
        except FileNotFoundError as exc:
            raise ManifestError(
                f"no station key at {path}",
                hint="restore the station key file, or point the station at the right one",
            ) from exc
        except OSError as exc:
            raise ManifestError(
                f"cannot read the station key {path}: {exc.strerror}",
                hint="check the file's permissions",
            ) from exc
        _check_whole(key, path)
        return cls(key, path)

    @classmethod
    def load_or_create(cls, path: Path) -> StationKey:
        """Read the key file at ``path``, creating it (mode 0600) when it does not exist.

        The new key is written whole or not at all (``write_private_file``). Two
        processes racing to create the file end up with the same key: the file is
        created exclusively and the loser reads the winner's key.
        """
        if path.exists():
            return cls.load(path)
        key = Fernet.generate_key()
        try:
            write_private_file(path, key + b"\n", exclusive=True)
        except FileExistsError:
            return cls.load(path)
        return cls(key, path)

    @property
    def key_id(self) -> str:
        """A short name of this key (16 hex digits) that reveals nothing of it: what the
        key reference, backups and recorded anchors use to say which key they mean."""
        return self.derive_key(KEY_ID_PURPOSE)[:8].hex()

    @property
    def material(self) -> bytes:
        """The key itself, for its custody and its backup only."""
        return self._key

    def anchor_tag(self, seq: int, mac_prefix: str) -> str:
        """The signature of a journal head ``seq:mac_prefix``: only a holder of this key
        can make it, so a head cannot be forged from the manifest's folder alone."""
        message = f"{seq}:{mac_prefix}".encode()
        tag = hmac.new(self.derive_key(ANCHOR_PURPOSE), message, hashlib.sha256).hexdigest()
        return tag[:ANCHOR_TAG_HEX]

    def derive_key(self, purpose: bytes) -> bytes:
        """A 32-byte key for ``purpose`` (HKDF-SHA256); it reveals nothing of this key."""
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(
            self._key
        )

    def seal(self, device_id: str, secrets: dict[str, str]) -> bytes:
        """Encrypt ``secrets`` bound to ``device_id`` (a sealed blob opens only for that ID)."""
        plain = json.dumps({"device_id": device_id, "secrets": secrets}, sort_keys=True)
        return self._fernet.encrypt(plain.encode())

    def open(self, device_id: str, sealed: bytes) -> dict[str, str]:
        """Decrypt what ``seal`` made for ``device_id``.

        Raises ManifestError when the key is not the one that sealed it, or the
        blob belongs to another device (a row copied over another).
        """
        try:
            plain = self._fernet.decrypt(sealed)
        except InvalidToken as exc:
            raise ManifestError(
                WRONG_KEY_MESSAGE,
                hint="open the manifest with the station key file that was used to write it",
            ) from exc
        content = json.loads(plain)
        if content.get("device_id") != device_id:
            raise ManifestError(
                f"the secrets stored for {device_id} belong to another device",
                hint="the manifest was altered; keep it aside and ask an engineer",
            )
        return dict(content["secrets"])


def _check_whole(key: bytes, path: Path) -> None:
    """Raise ShortStationKey when ``key`` is empty or the start of a key cut short.

    Anything else that is not a key is left for Fernet to call "not a valid key".
    """
    if not key:
        raise ShortStationKey(f"the station key {path} is empty (0 bytes)", hint=SHORT_KEY_HINT)
    if len(key) < _KEY_LENGTH and set(key) <= _KEY_ALPHABET:
        raise ShortStationKey(
            f"the station key {path} is cut short ({len(key)} of {_KEY_LENGTH} characters)",
            hint=SHORT_KEY_HINT,
        )
