"""Endpoint modules for the "team_members" tag; import the one you need."""
