"""Endpoint modules for the "events" tag; import the one you need."""
