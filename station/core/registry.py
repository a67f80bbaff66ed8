"""Registries of the station's extensions: one per kind, filled from one table and from
Python entry points.

A registry maps a name (what a profile, a job or a command line says: ``console``,
``x509-group``, ``iotc-import``) to the object that declares that extension. The
station's own extensions are named by import path in ``station.core.extensions``,
exactly as a plugin names its own in its package metadata::

    [project.entry-points."station.transports"]
    nrf91-at = "acme_station.nrf91:TRANSPORT"

Nothing is imported until it is asked for by name (esptool and the TPM stack are
large), and asking for a name that nobody declares is one clear ``ConfigError``.
A name declared twice keeps the station's own entry: a plugin adds, it does not
replace.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from importlib import import_module
from importlib.metadata import EntryPoint, entry_points
from typing import TypeVar

from station.core.errors import ConfigError

T = TypeVar("T")


def _load_reference(reference: str) -> object:
    module_name, _, attribute = reference.partition(":")
    target: object = import_module(module_name)
    for part in attribute.split(".") if attribute else ():
        target = getattr(target, part)
    return target


class Registry:
    """Extensions of one kind by name. Safe to use from any thread."""

    def __init__(self, kind: str, group: str, builtins: Mapping[str, str]) -> None:
        self.kind = kind
        self.group = group
        self._builtins = dict(builtins)
        self._added: dict[str, object] = {}
        self._loaded: dict[str, object] = {}
        self._plugins: dict[str, EntryPoint] | None = None
        self._lock = threading.RLock()  # a module being loaded may ask for another of its kind

    @property
    def builtins(self) -> Mapping[str, str]:
        """The station's own extensions of this kind: name -> import path."""
        return dict(self._builtins)

    def _entry_points(self) -> dict[str, EntryPoint]:
        if self._plugins is None:
            found = {ep.name: ep for ep in entry_points(group=self.group)}
            self._plugins = {n: ep for n, ep in found.items() if n not in self._builtins}
        return self._plugins

    def names(self) -> list[str]:
        """Every name this station can serve: its own first, in their order, then plugins'."""
        seen = list(self._builtins)
        seen += [name for name in self._added if name not in seen]
        seen += sorted(name for name in self._entry_points() if name not in seen)
        return seen

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self.names()

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def add(self, name: str, item: T) -> T:
        """Declare an extension from code (a test's own, say); a station's own name stays its."""
        if name in self._builtins:
            raise ValueError(f"the {self.kind} {name!r} is the station's own")
        with self._lock:
            self._added[name] = item
            self._loaded.pop(name, None)
        return item

    def remove(self, name: str) -> None:
        """Forget an extension added with ``add``; the station's own stay."""
        with self._lock:
            self._added.pop(name, None)
            self._loaded.pop(name, None)

    def get(self, name: str, of_type: type[T]) -> T:
        """The extension called ``name``, which must be an ``of_type``.

        Raises ConfigError when there is none, it does not load, or it is something
        else (a plugin's entry point pointing at the wrong object).
        """
        with self._lock:
            item = self._loaded.get(name)
            if item is None:
                item = self._loaded[name] = self._load(name)
        if not isinstance(item, of_type):
            raise ConfigError(
                f"the {self.kind} {name!r} is a {type(item).__name__}, "
                f"not a {of_type.__name__}",
                hint="fix or remove the package that provides it",
            )
        return item

    def _load(self, name: str) -> object:
        if name in self._added:
            return self._added[name]
        where: str
        try:
            if name in self._builtins:
                where = self._builtins[name]
                loaded = _load_reference(where)
            else:
                plugin = self._entry_points().get(name)
                if plugin is None:
                    raise ConfigError(
                        f"this station has no {self.kind} called {name!r}",
                        hint=f"use one of: {', '.join(self.names())}, or install the "
                        f"package that provides it",
                    )
                where = f"{plugin.value} (entry point {self.group!r})"
                loaded = plugin.load()
        except ConfigError:
            raise
        except Exception as exc:  # a plugin's import may fail in any way
            raise ConfigError(
                f"the {self.kind} {name!r} could not be loaded from {where}: {exc}",
                hint="reinstall or remove the package that provides it",
            ) from exc
        return loaded
