"""Endpoint modules for the "payments" tag; import the one you need."""
