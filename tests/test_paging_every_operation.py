"""paginate on every operation the spec pages (the index's `paged` column, query and body), each
called as the spec describes it against a loopback server: a start page, a page size, the total."""

from __future__ import annotations

import contextlib
import importlib
from typing import Any

import pytest

from altegio_b2b import AltegioClient, paginate
from altegio_b2b._index import OPERATIONS, Entry
from contract_args import build_call
from http_server import Recorded, Reply, ScriptedServer, envelope

ITEMS = [{"id": i, "title": f"item {i}"} for i in range(1, 8)]  # 7 items: pages of 3, 3, 1


PAGED = [entry for entry in OPERATIONS if entry.paged]


def test_the_spec_pages_in_the_query_and_in_the_body() -> None:
    assert {entry.paged for entry in PAGED} == {"query", "body"}


@pytest.mark.parametrize("entry", PAGED, ids=[entry.operation_id for entry in PAGED])
def test_every_paged_operation_pages_from_a_start_page_to_its_total(
    entry: Entry, server: ScriptedServer, client: AltegioClient, spec_operations: dict[str, dict[str, Any]]
) -> None:
    """Each operation the index calls paged, called as the spec describes it: pages 2 and 3 of 3
    items, where the operation carries them (query or body), until the answers' total (7)."""
    module = importlib.import_module(entry.module)
    paging = module._OPERATION.paging
    assert paging is not None and paging.where == entry.paged
    call = build_call(module.sync, spec_operations[entry.operation_id])
    for name in (paging.page, paging.size):  # paginate's own start_page/page_size set these
        call.kwargs.pop(name, None)

    def handler(request: Recorded) -> Reply:
        sent = request.json() if paging.where == "body" else dict(request.query)
        page, size = int(sent[paging.page]), int(sent[paging.size])
        return Reply(200, envelope(ITEMS[(page - 1) * size : page * size], {"total_count": len(ITEMS)}))

    server.default = handler
    pages = paginate(module.sync, *call.args, client=client, page_size=3, start_page=2, **call.kwargs)
    deprecated = pytest.warns(DeprecationWarning) if entry.deprecated else contextlib.nullcontext()
    with deprecated:
        got = list(pages)
    assert len(got) == 4  # items 4-7 of 7
    assert pages.total == len(ITEMS)
    sent = [request.json() if paging.where == "body" else dict(request.query) for request in server.requests]
    assert [(str(page[paging.page]), str(page[paging.size])) for page in sent] == [("2", "3"), ("3", "3")]
