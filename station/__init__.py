"""Provisioning Station: gives factory boards their Azure DPS identity."""

__version__ = "0.1.0"
