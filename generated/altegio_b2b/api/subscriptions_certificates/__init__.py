"""Endpoint modules for the "subscriptions_certificates" tag; import the one you need."""
