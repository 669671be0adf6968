"""Endpoint modules for the "authentication_b2b" tag; import the one you need."""
