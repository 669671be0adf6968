"""Iterate over every item of a paged list operation, page after page.

    for item in paginate(chain_loyalty_certificate_types_list, 706028, client=client):
        ...
    async for item in apaginate(get_appointment_list, location_id, client=client, page_size=200):
        ...

Each page is one ordinary call, so the client's retries, rate limit and errors apply to it; a
page is requested again only by a retry of that same call, so none is skipped or repeated.
Iteration stops at a short or empty page, or when ``meta`` says the total has been reached.
A server that ignores ``page`` (a full page equal to the one before) or sends more items than
its own total raises ``PaginationError`` instead of looping or yielding duplicates.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

from .errors import ArgumentError, PaginationError
from .operation import Operation

DEFAULT_PAGE_SIZE = 100
MAX_PAGES = 100_000  # a server that never returns a short page must not loop forever
_TOTAL_KEYS = ("total_count", "total", "count")


def _endpoint(function: Any) -> tuple[ModuleType, str]:
    """The endpoint module and the name of its page-size parameter."""
    module = function if inspect.ismodule(function) else inspect.getmodule(function)
    operation = getattr(module, "_OPERATION", None)
    if module is None or not isinstance(operation, Operation):
        raise ArgumentError("function", "a generated endpoint module or one of its functions", function)
    if operation.page_size_parameter is None:
        raise ArgumentError(
            "function", "a paged list operation (it has no page/count parameters)", operation.operation_id
        )
    return module, operation.page_size_parameter


def _page_items(parsed: Any, page: int) -> list[Any]:
    if parsed is None:
        return []
    if isinstance(parsed, list):
        return parsed
    raise PaginationError(f"page {page} is a {type(parsed).__name__}, not a list of items", page=page)


def _total(meta: Any) -> int | None:
    if isinstance(meta, dict):
        for key in _TOTAL_KEYS:
            value = meta.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                return value
    return None


def _check_size(page_size: int) -> None:
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ArgumentError("page_size", "an integer >= 1", page_size)


class _Pages:
    """Page bookkeeping shared by the sync and async iterators."""

    def __init__(self, page_size: int, start_page: int) -> None:
        self.page_size = page_size
        self.page = start_page
        self.seen = 0
        self.previous: list[Any] | None = None

    def done_after(self, items: list[Any], meta: Any) -> bool:
        """Whether that was the last page; raises PaginationError before a bad page is yielded."""
        if items and items == self.previous:
            raise PaginationError(
                f"page {self.page} repeats page {self.page - 1} (the server seems to ignore `page`); stopped",
                page=self.page,
            )
        self.seen += len(items)
        total = _total(meta)
        if total is not None and self.seen > total:
            raise PaginationError(
                f"page {self.page} brings the items to {self.seen}, past the total of {total} the server "
                "announced; stopped",
                page=self.page,
            )
        self.previous = items
        self.page += 1
        return len(items) < self.page_size or (total is not None and self.seen >= total) or self.page > MAX_PAGES


def paginate(
    function: Any, *args: Any, page_size: int = DEFAULT_PAGE_SIZE, start_page: int = 1, **kwargs: Any
) -> Iterator[Any]:
    """Yield every item of a paged list operation (pass its module or any of its functions)."""
    module, size_parameter = _endpoint(function)
    _check_size(page_size)
    pages = _Pages(page_size, start_page)
    while True:
        kwargs.update({"page": pages.page, size_parameter: page_size})
        response = module.sync_detailed(*args, **kwargs)
        items = _page_items(response.parsed, pages.page)
        last = pages.done_after(items, response.meta)
        yield from items
        if last:
            return


async def apaginate(
    function: Any, *args: Any, page_size: int = DEFAULT_PAGE_SIZE, start_page: int = 1, **kwargs: Any
) -> AsyncIterator[Any]:
    """The async twin of :func:`paginate`."""
    module, size_parameter = _endpoint(function)
    _check_size(page_size)
    pages = _Pages(page_size, start_page)
    while True:
        kwargs.update({"page": pages.page, size_parameter: page_size})
        response = await module.asyncio_detailed(*args, **kwargs)
        items = _page_items(response.parsed, pages.page)
        last = pages.done_after(items, response.meta)
        for item in items:
            yield item
        if last:
            return
