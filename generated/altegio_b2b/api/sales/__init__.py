"""Endpoint modules for the "sales" tag; import the one you need."""
