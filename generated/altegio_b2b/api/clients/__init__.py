"""Endpoint modules for the "clients" tag; import the one you need."""
