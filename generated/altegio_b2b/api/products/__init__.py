"""Endpoint modules for the "products" tag; import the one you need."""
