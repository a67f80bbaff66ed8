"""The provisioning pipeline and the types it passes around. No Qt, no serial code."""
