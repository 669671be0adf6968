"""Endpoint modules for the "appointments" tag; import the one you need."""
