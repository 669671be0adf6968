"""Endpoint modules for the "fiscalization" tag; import the one you need."""
