"""Endpoint modules for the "notifications" tag; import the one you need."""
