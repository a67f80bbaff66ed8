"""A real PKCS#11 token for tests: SoftHSM2 (Debian's ``softhsm2``) in a temporary folder.

Registered in ``tests/conftest.py`` (``pytest_plugins``); python-pkcs11 is imported
only when the fixture runs. Each test gets its own
SoftHSM configuration and token folder (``SOFTHSM2_CONF`` points to them), its
token(s) initialised with ``softhsm2-util``, and ``STATION_HSM_PIN`` set to the
user PIN; the station's open token sessions are closed before and after, so the
module starts again and reads the test's configuration.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from station.credentials.pkcs11_token import close_tokens

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
USER_PIN = "4711-station"
SO_PIN = "0815-officer"
CA_TOKEN = "Station CA"


@dataclass(frozen=True)
class SoftHsm:
    """A SoftHSM2 installation of the test's own: its configuration and token folder."""

    folder: Path
    module: str = SOFTHSM_MODULE

    def init_token(self, label: str, pin: str = USER_PIN) -> None:
        """Make a token labelled ``label`` in the next free slot, with user PIN ``pin``."""
        subprocess.run(
            ["softhsm2-util", "--init-token", "--free", "--label", label,
             "--so-pin", SO_PIN, "--pin", pin],
            check=True, capture_output=True, text=True,
        )

    def uri(self, token: str = CA_TOKEN, key: str = "", *, with_module: bool = True) -> str:
        """A ``pkcs11:`` URI for ``key`` in ``token`` (with this SoftHSM's module path)."""
        text = f"pkcs11:token={quote(token)}"
        if key:
            text += f";object={quote(key)}"
        return text + (f"?module-path={self.module}" if with_module else "")

    @contextmanager
    def session(self, token: str = CA_TOKEN) -> Iterator[Any]:
        """A session of the test's own on ``token``, logged in (for looking at objects)."""
        import pkcs11

        library = pkcs11.lib(self.module)
        found = library.get_token(token_label=token)
        try:
            opened = found.open(rw=True, user_pin=USER_PIN)
        except pkcs11.UserAlreadyLoggedIn:  # the station's session has logged the app in
            opened = found.open(rw=True)
        try:
            yield opened
        finally:
            try:
                opened.close()
            except pkcs11.UserNotLoggedIn:
                pass

    def generate_rsa_ca_key(self, label: str, token: str = CA_TOKEN) -> rsa.RSAPublicKey:
        """Make an RSA-2048 key pair inside ``token`` (the private half never leaves it);
        return its public key."""
        import pkcs11

        with self.session(token) as session:
            public, _private = session.generate_keypair(
                pkcs11.KeyType.RSA, 2048, store=True, label=label,
                private_template={
                    pkcs11.Attribute.SENSITIVE: True,
                    pkcs11.Attribute.EXTRACTABLE: False,
                    pkcs11.Attribute.SIGN: True,
                },
            )
            modulus = int.from_bytes(public[pkcs11.Attribute.MODULUS], "big")
            exponent = int.from_bytes(public[pkcs11.Attribute.PUBLIC_EXPONENT], "big")
        return rsa.RSAPublicNumbers(exponent, modulus).public_key()


@pytest.fixture
def softhsm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SoftHsm]:
    """SoftHSM2 with one token, ``CA_TOKEN``, in the test's temporary folder."""
    if shutil.which("softhsm2-util") is None or not Path(SOFTHSM_MODULE).exists():
        pytest.fail("SoftHSM2 is missing: apt-get install softhsm2 (bash packaging/setup.sh test)")
    folder = tmp_path / "softhsm"
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    config = folder / "softhsm2.conf"
    config.write_text(
        f"directories.tokendir = {tokens}\n"
        "objectstore.backend = file\n"
        "log.level = ERROR\n"
        "slots.removable = false\n",
        encoding="utf-8",
    )
    close_tokens()  # a module started for an earlier test read that test's configuration
    monkeypatch.setenv("SOFTHSM2_CONF", str(config))
    monkeypatch.setenv("STATION_HSM_PIN", USER_PIN)
    monkeypatch.delenv("STATION_PKCS11_MODULE", raising=False)
    hsm = SoftHsm(folder)
    hsm.init_token(CA_TOKEN)
    try:
        yield hsm
    finally:
        close_tokens()
        import pkcs11

        pkcs11.unload(SOFTHSM_MODULE)  # the tests' own sessions, too
