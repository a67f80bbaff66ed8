"""Watching a line that `station serve` drives: the window follows a real server on
loopback through the automation API, shows each port's unit as the Line tab shows its
own, and never starts or holds a unit itself."""

from __future__ import annotations

from pathlib import Path

from station.credentials.secret_store import EncryptedFileSecrets
from station.gui.app import application
from station.gui.line_controller import PortState
from station.gui.main_window import MainWindow, WindowOptions
from station.gui.served_line import WATCH_TOKEN
from tests.automation_fixtures import Board, serving

PASSPHRASE = "watching passphrase"


def _window(qtbot, tmp_path: Path, url: str, token: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window with no job, its Settings naming the served line and keeping its token."""
    application()
    store = EncryptedFileSecrets(tmp_path / "window-secrets.enc")
    store.unlock(PASSPHRASE)
    store.set(WATCH_TOKEN, token)
    window = MainWindow(WindowOptions(
        watch_ports=False, language="en", manifest=tmp_path / "window.sqlite",
        secret_store=store,
    ))
    qtbot.addWidget(window)
    window.show()
    view = window.settings_view
    view.served_url.setText(url)
    view.watch.setChecked(True)
    return window


def test_the_window_follows_units_a_fixture_starts_through_station_serve(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    with Board("watched-1") as first, Board("watched-2") as second, serving(
        tmp_path, [first.url, second.url]
    ) as api:
        window = _window(qtbot, tmp_path, api.server.url, api.token)
        served = window.served_view
        try:
            window.settings_view.watch_button.click()  # saves, then watches
            assert window.tabs.isTabVisible(window.tabs.indexOf(served))
            assert window.tabs.currentWidget() is served
            qtbot.waitUntil(lambda: set(served.tiles) == {"1", "2"}, timeout=20_000)
            assert first.url in served.ports["1"].label
            assert "demo-console" in served.job.full_text or "Demo" in served.job.full_text

            answer = api.start("2", client="fixture-7")
            assert answer.status_code == 202, answer.text
            qtbot.waitUntil(lambda: served.ports["2"].state is PortState.PASSED,
                            timeout=30_000)
            result = served.ports["2"].last_result
            assert result is not None and result.ok
            assert served.banner.outcome == "passed"
            assert result.device_id in served.banner.title.text()
            assert not served.banner.retry.isVisible()  # the fixture retries, not the window
            assert served.tiles["2"].chip.text() == "PASSED"
            assert served.ports["1"].state is PortState.IDLE
            qtbot.waitUntil(lambda: served.counts.text() == "Provisioned today: 1",
                            timeout=20_000)
            # Watching started nothing: the window runs no job and holds no port.
            assert window.controller.job is None and window.controller.ports == {}
            assert api.station.ports["2"].last.client == "fixture-7"
            assert window.settings_view.settings.watch_served_line
        finally:
            window.shutdown()


def test_a_wrong_token_is_one_line_on_the_served_line_tab(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Board("watched-refused") as board, serving(tmp_path, [board.url]) as api:
        window = _window(qtbot, tmp_path, api.server.url, "stn_not-the-token")
        served = window.served_view
        try:
            assert window.watch_served_line()
            qtbot.waitUntil(lambda: served.state.isVisible(), timeout=20_000)
            line = served.state.text().replace("\u200b", "")
            assert line.startswith("Not connected: the station serve at ")
            assert "the API token is wrong" in line and "\n" not in line
            assert served.tiles == {}
        finally:
            window.shutdown()


def test_no_address_is_said_in_settings(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path, "ftp://line-3", "stn_token")
    try:
        assert not window.watch_served_line()
        assert "is not the address of a station serve" in window.settings_view.message.text()
        assert not window.tabs.isTabVisible(window.tabs.indexOf(window.served_view))
    finally:
        window.shutdown()
