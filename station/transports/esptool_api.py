"""esptool, imported the one way the station uses it.

esptool reads ``esptool.cfg`` / ``setup.cfg`` / ``tox.ini`` from the current
folder (and ``~/.config/esptool``) when ``esptool.loader`` is first imported,
so a stray file on the factory PC could change its timeouts or reset sequence.
Importing esptool through this module points ``ESPTOOL_CFGFILE`` at a file of
ours with an empty ``[esptool]`` section (esptool ignores a file without the
section and goes on searching), then removes the file and restores the
environment: the settings are read once, at import.

Every station module that needs esptool imports it from here. Importing it
also installs the station's routing logger (``esptool_logging``), so esptool
never prints to the terminal behind the station's back.
"""

from __future__ import annotations

import os
import sys
import tempfile

CONFIG_ENV_VAR = "ESPTOOL_CFGFILE"


def _import_esptool_with_our_config() -> None:
    if "esptool.loader" in sys.modules:
        return  # already imported (and configured) by someone else; nothing to change now
    fd, path = tempfile.mkstemp(prefix="station-esptool-", suffix=".cfg")
    with os.fdopen(fd, "w", encoding="utf-8") as cfg:
        cfg.write("[esptool]\n")
    previous = os.environ.get(CONFIG_ENV_VAR)
    os.environ[CONFIG_ENV_VAR] = path
    try:
        import esptool.loader  # noqa: F401  (reads the config file now)
    finally:
        if previous is None:
            os.environ.pop(CONFIG_ENV_VAR, None)
        else:
            os.environ[CONFIG_ENV_VAR] = previous
        os.unlink(path)


_import_esptool_with_our_config()

# The imports below find esptool already loaded with our (empty) configuration.
from esptool import cmds  # noqa: E402
from esptool.config import load_config_file  # noqa: E402
from esptool.loader import ESPLoader  # noqa: E402
from esptool.util import (  # noqa: E402
    FatalError,
    NotImplementedInROMError,
    UnsupportedCommandError,
    flash_size_bytes,
)

from station.transports.esptool_logging import install_esptool_logger  # noqa: E402

install_esptool_logger()

__all__ = [
    "ESPLoader",
    "FatalError",
    "NotImplementedInROMError",
    "UnsupportedCommandError",
    "cmds",
    "flash_size_bytes",
    "load_config_file",
]
