"""Endpoint functions, one package per tag: ``altegio_b2b.api.<tag>.<operation_id>``.

Each module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``. Nothing is
imported until you import a tag package or module."""
