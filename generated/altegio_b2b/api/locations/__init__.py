"""Endpoint modules for the "locations" tag; import the one you need."""
