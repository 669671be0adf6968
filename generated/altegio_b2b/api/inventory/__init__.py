"""Endpoint modules for the "inventory" tag; import the one you need."""
