"""Bundles in: the object store, reading a bundle, the inbox, leases and quarantine.

Stands on the core only."""
