"""Endpoint modules for the "chain_management" tag; import the one you need."""
