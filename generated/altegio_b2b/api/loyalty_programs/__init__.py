"""Endpoint modules for the "loyalty_programs" tag; import the one you need."""
