"""Endpoint modules for the "deposits" tag; import the one you need."""
