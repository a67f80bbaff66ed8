"""A line of stations: one line-wide record on PostgreSQL that every station copies its
manifest's changes to (``outbox``), counter numbers leased from it in blocks
(``leases``), and manifests merged on a QA desk without a network (``merge``).

Each station stays local-first: its SQLite manifest is written before a board is
touched, as without a line; the line record follows when the network allows.
No Qt here.
"""
