"""The window's demo: the demo job, and the virtual boards that stand in for real ones.

Virtual boards reach the line as ports like any other: the line controller is
given each board's port and a way to put a fresh board there between units, and
knows nothing else about them. "+ Virtual board" plugs one in for any job, so a
job set up in Settings can be tried without hardware. GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from station.core.errors import ConfigError
from station.demo import DEMO_ID_SCOPE, DemoOptions, demo_request
from station.gui.i18n import translate
from station.gui.job import ActiveJob, start_job
from station.gui.line_controller import LineController
from station.simulation.bay import VirtualBay


def demo_job(profile: str, folder: Path, *, manifest: Path | None = None) -> ActiveJob:
    """A job on the demo ID scope with demo secrets and the demo's own manifest."""
    options = DemoOptions(profile=profile, manifest=manifest)
    request = demo_request(options, [], folder)
    assert request.id_scope == DEMO_ID_SCOPE
    return start_job(request, label_includes_key=False, demo=True)


class VirtualBoards:
    """Virtual boards of the running job's profile, each plugged into ``controller`` as
    a port whose board is swapped for a fresh one between units.
    """

    def __init__(self, controller: LineController) -> None:
        self.controller = controller
        self.bays: dict[str, VirtualBay] = {}

    def add(self, count: int = 1, fault: str | None = None) -> list[str]:
        """Plug ``count`` virtual boards of the job's profile into new ports; returns them.

        Raises ConfigError when there is no job, or the boards cannot start (an unknown
        ``fault``, or swtpm missing for boards with a TPM).
        """
        job = self.controller.job
        if job is None:
            raise ConfigError(
                translate("VirtualBoards", "there is no job to make virtual boards for"),
                hint=translate("VirtualBoards",
                               "start a job first (Settings, or `station gui --demo`)"),
            )
        bay = VirtualBay(job.loaded.profile, count, fault=fault)
        urls = bay.start()
        first = len(self.bays)
        for offset, url in enumerate(urls):
            self.bays[url] = bay
            self.controller.add_port(url, translate("VirtualBoards", "Virtual board {number}")
                                     .format(number=first + offset + 1),
                                     swap=bay.next_board)
        return urls

    def board_on(self, port: str) -> Any:
        """The virtual board plugged into ``port`` now."""
        return self.bays[port].board_on(port)

    def shutdown(self) -> None:
        """Stop every virtual board. Once the ports' threads have ended: no unit runs."""
        for bay in set(self.bays.values()):
            bay.stop()
        self.bays.clear()
