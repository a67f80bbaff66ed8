"""The station's own board transports and storage formats, one module each.

Each module declares a ``TRANSPORT`` (``station.profiles.kinds.TransportKind``)
and a ``STORAGE`` format, naming the link, checks, virtual boards and simulator
that live in ``station.transports`` and ``station.simulation``. They are listed
in ``station.core.registries``; a board maker's package declares its own the same
way, through entry points (docs/extending.md).
"""
