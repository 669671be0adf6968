"""Endpoint modules for the "chain_loyalty_programs" tag; import the one you need."""
