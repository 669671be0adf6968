"""Endpoint modules for the "tags" tag; import the one you need."""
