"""Endpoint modules for the "salary" tag; import the one you need."""
