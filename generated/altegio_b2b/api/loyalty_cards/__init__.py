"""Endpoint modules for the "loyalty_cards" tag; import the one you need."""
