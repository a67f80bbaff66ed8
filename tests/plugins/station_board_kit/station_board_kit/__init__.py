"""A board maker's extensions of Provisioning Station, declared through entry points."""
