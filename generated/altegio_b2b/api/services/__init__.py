"""Endpoint modules for the "services" tag; import the one you need."""
