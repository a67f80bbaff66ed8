"""Shared test set-up: the station's data folder lives in a temporary folder."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TSS2_LOG", "all+none")

TEST_SECRETS_PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def station_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test's manifest, keys and demo files out of the user's folders."""
    home = tmp_path_factory.mktemp("station-home")
    monkeypatch.setenv("STATION_HOME", str(home))
    # Station keys go to the secrets file under STATION_HOME, unlocked with this
    # passphrase; a test that wants the TPM custody starts a swtpm and names it.
    monkeypatch.setenv("STATION_SECRETS_PASSPHRASE", TEST_SECRETS_PASSPHRASE)
    monkeypatch.setenv("STATION_KEY_TPM", "none")
    return home

pytest_plugins = ["tests.tpm_fixtures"]


@pytest.fixture(scope="session")
def qapp():  # type: ignore[no-untyped-def]
    """The window's tests run in the QApplication the station makes itself, so its
    start-up checks and settings (the Qt binding check, the GIL switch interval) hold.
    """
    from station.gui.app import application

    return application()
