"""Endpoint modules for the "analytics_reports" tag; import the one you need."""
