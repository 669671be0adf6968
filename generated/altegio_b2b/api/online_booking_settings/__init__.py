"""Endpoint modules for the "online_booking_settings" tag; import the one you need."""
