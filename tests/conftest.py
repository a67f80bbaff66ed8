"""Shared test set-up: the station's data folder lives in a temporary folder."""

from __future__ import annotations

import os
import traceback

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

pytest_plugins = ["tests.tpm_fixtures", "tests.softhsm_fixtures"]


def _needs_tpm2_pytss(exc: BaseException | None) -> bool:
    """Whether ``exc`` (an import failure) comes from tpm2-pytss, missing or unloadable."""
    while exc is not None:
        if isinstance(exc, ImportError):
            if (exc.name or "").split(".")[0] == "tpm2_pytss":
                return True
            frames = traceback.extract_tb(exc.__traceback__)
            if any(f"{os.sep}tpm2_pytss{os.sep}" in frame.filename for frame in frames):
                return True
        exc = exc.__cause__ or exc.__context__
    return False


class _MissingTpmExtra(pytest.Item):
    """Stands for a test module that cannot be imported for want of the ``tpm`` extra: it
    fails, in one line saying what to install, and the rest of the suite still runs."""

    def __init__(self, *, reason: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.reason = reason

    def runtest(self) -> None:
        pytest.fail(self.reason, pytrace=False)

    def reportinfo(self):  # type: ignore[no-untyped-def]
        return self.path, None, self.name


class _TestModule(pytest.Module):
    """A test module that, when it cannot be imported for want of the ``tpm`` extra,
    collects as one failing test naming what to install (not an import traceback)."""

    def collect(self):  # type: ignore[no-untyped-def]
        try:
            return super().collect()
        except self.CollectError as exc:
            from tests.tpm_fixtures import tpm_extra_missing

            missing = tpm_extra_missing()
            if missing and _needs_tpm2_pytss(exc.__cause__):
                where = self.path.relative_to(self.config.rootpath).as_posix()
                return [_MissingTpmExtra.from_parent(
                    self, name="tpm-extra", reason=f"{where} cannot run: {missing}")]
            raise


def pytest_pycollect_makemodule(module_path, parent):  # type: ignore[no-untyped-def]
    return _TestModule.from_parent(parent, path=module_path)


@pytest.fixture(scope="session")
def qapp():  # type: ignore[no-untyped-def]
    """The window's tests run in the QApplication the station makes itself, so its
    start-up checks and settings (the Qt binding check, the GIL switch interval) hold.
    """
    from station.gui.app import application

    return application()
