"""Endpoint modules for the "custom_fields" tag; import the one you need."""
