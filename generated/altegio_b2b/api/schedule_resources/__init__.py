"""Endpoint modules for the "schedule_resources" tag; import the one you need."""
