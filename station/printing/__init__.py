"""Unit labels for thermal label printers: ZPL II rendering for a fixed label stock,
sending over a printer's raw TCP port (9100), and a spooler that prints each
provisioned unit's label without ever holding up or failing the unit. No Qt here.
"""
