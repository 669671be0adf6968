"""Endpoint modules for the "users_permissions" tag; import the one you need."""
