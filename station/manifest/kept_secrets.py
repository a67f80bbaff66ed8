"""The secrets the manifest keeps for its units: sealed with the station key when a
unit is recorded, opened (or, for ``sas-group`` units, derived again from the group
key) for exports and uploads, and forgotten once uploaded."""

from __future__ import annotations

from station.core.errors import ConfigError, CredentialError, ManifestError
from station.core.models import Unit
from station.credentials.modes import attestation_mode
from station.credentials.sas import derive_device_key, key_check, key_check_matches
from station.credentials.signers import GroupKeySigner
from station.manifest.connection import ManifestConnection, now_iso
from station.manifest.journal import KEYED
from station.manifest.secrets import StationKey


def _unit_secrets(unit: Unit) -> dict[str, str]:
    """The per-device secrets to keep. X.509 leaf keys stay on the board only, and a
    ``sas-group`` key is not kept either: it is derived again from the group key."""
    credential = unit.credential
    if attestation_mode(credential.attestation).keys_from_group_key:
        return {}
    kept = {"sas_primary": credential.sas_primary, "sas_secondary": credential.sas_secondary}
    return {name: value for name, value in kept.items() if value}


def key_checks(unit: Unit) -> tuple[str, str]:
    """What tells a wrong group key from the right one when the unit's primary and
    secondary keys are derived again ("" for keys that are not derived)."""
    credential = unit.credential
    if not attestation_mode(credential.attestation).keys_from_group_key:
        return "", ""
    return (
        key_check(credential.sas_primary) if credential.sas_primary else "",
        key_check(credential.sas_secondary) if credential.sas_secondary else "",
    )


class KeptSecrets:
    """Units' secrets in the manifest, for the pipeline's writer (sealing) and for
    exports and uploads (opening, forgetting). Runs on the connection's thread."""

    def __init__(self, connection: ManifestConnection, station_key: StationKey | None) -> None:
        self._connection = connection
        self._db = connection.db
        self.station_key = station_key
        self._group_key: str | GroupKeySigner = ""  # see use_group_key
        self._group_key_secondary: str | GroupKeySigner = ""

    def seal(self, unit: Unit) -> bytes | None:
        """The unit's secrets sealed with the station key; None when none are kept.

        Raises ManifestError when there are secrets to keep and no station key."""
        secrets = _unit_secrets(unit)
        if not secrets:
            return None
        if self.station_key is None:
            raise ManifestError(
                f"the manifest has no station key to keep the secrets of {unit.device_id}",
                hint="open the manifest with its station key file (<manifest>.key)",
            )
        return self.station_key.seal(unit.device_id, secrets)

    def holds_secrets(self) -> bool:
        """Whether any unit keeps sealed secrets (which only its station key opens)."""
        row = self._db.execute(
            "SELECT 1 FROM units WHERE secret_ciphertext IS NOT NULL LIMIT 1"
        ).fetchone()
        return row is not None

    def needs_station_key(self) -> bool:
        """Whether anything here was sealed or signed with the station key: secrets kept,
        or journal entries keyed with it. A new key could not open or check them."""
        if self.holds_secrets():
            return True
        row = self._db.execute("SELECT 1 FROM journal WHERE kind = ? LIMIT 1", (KEYED,)).fetchone()
        return row is not None

    def check_station_key(self, key: StationKey) -> None:
        """Raise when ``key`` cannot open the secrets kept here."""
        # Caught at open, not at the first export: a wrong key must not seal new
        # units beside old ones that it cannot open.
        row = self._db.execute(
            "SELECT device_id, secret_ciphertext FROM units "
            "WHERE secret_ciphertext IS NOT NULL LIMIT 1"
        ).fetchone()
        if row is not None:
            key.open(row[0], row[1])

    def use_group_key(
        self, group_key: str | GroupKeySigner, secondary: str | GroupKeySigner = ""
    ) -> None:
        """Let ``unit_secrets`` derive ``sas-group`` device keys from the group's primary
        key and, for units that got a secondary key, its secondary key ("" for none):
        each in base64, or a signer that derives inside a token. Each is checked against
        the unit's key check when used."""
        self._group_key = group_key.strip() if isinstance(group_key, str) else group_key
        self._group_key_secondary = secondary.strip() if isinstance(secondary, str) else secondary

    def unit_secrets(self, device_id: str) -> dict[str, str]:
        """The secrets of ``device_id``: opened when sealed here (individual keys, and
        ``sas-group`` keys recorded before they were derived instead), derived again
        from the group key (``use_group_key``) for ``sas-group`` units; {} when none.

        Keys: ``sas_primary``, ``sas_secondary`` (when the credential had them).
        Raises ConfigError when a key must be derived and no group key was given,
        CredentialError when the group key is not the one the unit's job used.
        """
        row = self._db.execute(
            "SELECT secret_ciphertext, key_check, job_id, key_check_secondary FROM units "
            "WHERE device_id = ?",
            (device_id,),
        ).fetchone()
        if row is None:
            raise ManifestError(
                f"device ID {device_id} is not in the manifest",
                hint="check the device ID",
            )
        sealed, check, job_id, check_secondary = row
        if sealed is not None:
            return self._open_sealed(device_id, sealed)
        derived = {}
        if check:
            derived["sas_primary"] = self._derived_key(
                device_id, job_id, check, self._group_key, "group key"
            )
        if check_secondary:
            derived["sas_secondary"] = self._derived_key(
                device_id, job_id, check_secondary, self._group_key_secondary,
                "secondary group key",
            )
        return derived

    def earlier_secrets(self, device_id: str) -> dict[int, dict[str, str]]:
        """The sealed SAS keys of ``device_id``'s earlier generations, by generation (what an
        upload compares a service's enrollment with before updating it)."""
        rows = self._db.execute(
            "SELECT generation, secret_ciphertext FROM credential_generations "
            "WHERE device_id = ? AND secret_ciphertext IS NOT NULL ORDER BY generation",
            (device_id,),
        ).fetchall()
        return {row[0]: self._open_sealed(device_id, row[1]) for row in rows}

    def forget_secrets(self, device_id: str) -> None:
        """Drop the secrets kept for ``device_id`` (once they are uploaded)."""
        with self._connection.write(f"forget the secrets of {device_id}") as conn:
            conn.execute(
                "UPDATE units SET secret_ciphertext = NULL, updated_at = ? WHERE device_id = ?",
                (now_iso(), device_id),
            )

    def _open_sealed(self, device_id: str, sealed: bytes) -> dict[str, str]:
        if self.station_key is None:
            raise ManifestError(
                f"the secrets of {device_id} are encrypted and no station key was given",
                hint="open the manifest with its station key file (<manifest>.key)",
            )
        return self.station_key.open(device_id, sealed)

    def _derived_key(
        self, device_id: str, job_id: str, check: str, group_key: str | GroupKeySigner, what: str
    ) -> str:
        if not group_key:
            option = "--group-key-file FILE, --group-key-token URI or STATION_GROUP_KEY"
            if what != "group key":
                option = (
                    "--secondary-group-key-file FILE, --secondary-group-key-token URI or "
                    "STATION_GROUP_KEY_SECONDARY"
                )
            raise ConfigError(
                f"no {what} was given to derive the device key of {device_id}: job "
                f"{job_id} is sas-group, and its device keys are not kept in the manifest",
                hint=f"give job {job_id}'s {what}: {option}; in the window, load it in "
                "Settings",
            )
        if isinstance(group_key, str):
            key = derive_device_key(group_key, device_id)
        else:
            key = group_key.derive_device_key(device_id)
        # Nothing stored holds the key itself: the check is what catches a wrong group key.
        if not key_check_matches(key, check):
            raise CredentialError(
                f"the {what} given is not the one job {job_id} used "
                f"(it does not give the device key recorded for {device_id})",
                hint=f"give the enrollment group key job {job_id} was provisioned with; "
                "export jobs that used different group keys one job at a time",
            )
        return key
