"""Endpoint modules for the "utilities" tag; import the one you need."""
