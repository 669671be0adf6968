"""The B2B API v1 operations, one package per tag (``altegio_b2b.api.<tag>.<operation_id>``)."""
