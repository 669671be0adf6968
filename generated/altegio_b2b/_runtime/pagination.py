"""Iterate over every item of a paged list operation, page after page.

    for client_row in paginate(get_appointment_list.sync, location_id, client=client, page_size=200):
        ...
    pages = paginate(get_client_list.sync, location_id, client=client, body=GetClientListBody())
    for item in pages: ...
    pages.total            # what the answers' `meta` says there are (None if they do not say)
    async for item in apaginate(get_appointment_list.asyncio, location_id, client=client):
        ...

An operation is paged when the spec gives it a page number and a page size, in the query
(`page` + `count`, `page_size`, `limit`, `editable_length` or `max_count`) or in its JSON body
(`get_client_list`: `page` + `page_size`; pass the body, its page fields are set per page);
each endpoint module's ``_OPERATION.paging`` says which. Pass the operation's ``sync`` (or
``asyncio``) function, its module, or the client's method (``client.clients.get_client_list``,
``client.aio.clients.get_client_list``: the client comes with it); ``page_size`` and ``start_page`` are paginate's own
(``page=``/``count=`` given as the operation's arguments are taken as those).

Each page is one ordinary call, so the client's retries, rate limit and errors apply to it; a
page is requested again only by a retry of that same call, so none is skipped or repeated.
Iteration stops at a short or empty page, or when ``meta`` says the total has been reached.
A server that ignores ``page`` (a full page equal to the one before) or sends more items than
its own total raises ``PaginationError`` instead of looping or yielding duplicates.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from importlib import import_module
from types import ModuleType
from typing import Any, Generic, TypeVar, overload

import attrs

from .errors import ArgumentError, PaginationError
from .operation import Operation, Paging

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 100
MAX_PAGES = 100_000  # a server that never returns a short page must not loop forever
_TOTAL_KEYS = ("total_count", "total", "count")


def _endpoint(function: Any, kwargs: dict[str, Any]) -> tuple[ModuleType, Operation, Paging]:
    """The endpoint module of ``function`` (a generated function, its module or a client method
    such as ``client.clients.get_client_list``), its facts, its paging. A client method brings
    its client: put into ``kwargs`` (a different ``client=`` as well is an error)."""
    owner = getattr(function, "__self__", None)
    if owner is not None and type(owner).__module__.endswith("._resources"):
        function = import_module(f"{type(owner).__module__.rpartition('.')[0]}.{function.__name__}")
        given = kwargs.setdefault("client", owner._client)
        if given is not owner._client:
            raise ArgumentError("client", "no client= with a client's method (the method brings its own)", given)
    module = function if inspect.ismodule(function) else inspect.getmodule(function)
    operation = getattr(module, "_OPERATION", None)
    if module is None or not isinstance(operation, Operation):
        raise ArgumentError(
            "function", "a generated endpoint function (e.g. get_appointment_list.sync) or its module", function
        )
    if operation.paging is None:
        raise ArgumentError("function", f"a paged list operation ({_paged_list()})", operation.operation_id)
    return module, operation, operation.paging


def _paged_list() -> str:
    # The generated index of operations (a data table, not code the runtime runs): read for this
    # message only, when someone pages what cannot be paged.
    from .._index import OPERATIONS

    paged = [entry.operation_id for entry in OPERATIONS if entry.paged]
    return f"{len(paged)} are: {', '.join(paged)}"


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


def _first(*values: Any) -> Any:
    return next(value for value in values if value is not None)


def _positive(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ArgumentError(name, "an integer >= 1", value)
    return value


class _Plan:
    """The calls' arguments, page by page, and the bookkeeping shared by the sync and async
    iterators."""

    def __init__(
        self,
        operation: Operation,
        paging: Paging,
        page_size: int | None,
        start_page: int | None,
        kwargs: dict[str, Any],
    ) -> None:
        self.operation = operation
        self.paging = paging
        self.kwargs = dict(kwargs)
        given_page, given_size = self._given(kwargs)
        if start_page is not None and given_page is not None and start_page != given_page:
            raise ArgumentError("start_page", f"the same page as {paging.page}={given_page}", start_page)
        if page_size is not None and given_size is not None and page_size != given_size:
            raise ArgumentError("page_size", f"the same size as {paging.size}={given_size}", page_size)
        self.page = _positive("start_page", _first(start_page, given_page, 1))
        self.page_size = _positive("page_size", _first(page_size, given_size, DEFAULT_PAGE_SIZE))
        self.seen = 0
        self.total: int | None = None
        self.previous: list[Any] | None = None

    def _given(self, kwargs: dict[str, Any]) -> tuple[Any, Any]:
        """The page and size the caller wrote as the operation's own arguments (or body fields)."""
        if self.paging.where == "query":
            return kwargs.get(self.paging.page), kwargs.get(self.paging.size)
        body = kwargs.get("body")
        if body is None or not attrs.has(type(body)):
            raise ArgumentError(
                "body",
                f"the {self.operation.operation_id} request body (a model with {self.paging.page} and "
                f"{self.paging.size}: paginate sets them page by page)",
                body,
            )
        page, size = getattr(body, self.paging.page, None), getattr(body, self.paging.size, None)
        return (page if isinstance(page, int) else None), (size if isinstance(size, int) else None)

    def arguments(self) -> dict[str, Any]:
        """The keyword arguments of the call for the current page."""
        fields = {self.paging.page: self.page, self.paging.size: self.page_size}
        if self.paging.where == "query":
            return {**self.kwargs, **fields}
        return {**self.kwargs, "body": attrs.evolve(self.kwargs["body"], **fields)}

    def done_after(self, items: list[Any], meta: Any) -> bool:
        """Whether that was the last page; raises PaginationError before a bad page is yielded."""
        if items and items == self.previous:
            raise PaginationError(
                f"page {self.page} repeats page {self.page - 1} (the server seems to ignore `page`); stopped",
                page=self.page,
            )
        self.seen += len(items)
        total = _total(meta)
        self.total = total if total is not None else self.total
        if total is not None and self.seen > total:
            raise PaginationError(
                f"page {self.page} brings the items to {self.seen}, past the total of {total} the server "
                "announced; stopped",
                page=self.page,
            )
        self.previous = items
        self.page += 1
        return len(items) < self.page_size or (total is not None and self.seen >= total) or self.page > MAX_PAGES


class _Progress:
    """What the sync and async iterators share: the plan, and where it stands."""

    def __init__(self, module: ModuleType, plan: _Plan, args: tuple[Any, ...]) -> None:
        self._module, self._plan, self._args = module, plan, args

    @property
    def total(self) -> int | None:
        """What the answers' ``meta`` says there are (None until a page said it, or if none does)."""
        return self._plan.total

    @property
    def page(self) -> int:
        """The next page to fetch."""
        return self._plan.page


class Pages(_Progress, Generic[T]):
    """The items of every page, fetched as you iterate; ``total`` and ``page`` tell how far it got."""

    def __init__(self, module: ModuleType, plan: _Plan, args: tuple[Any, ...]) -> None:
        super().__init__(module, plan, args)
        self._items: Iterator[T] = self._fetch()

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        return next(self._items)

    def _fetch(self) -> Iterator[T]:
        while True:
            response = self._module.sync_detailed(*self._args, **self._plan.arguments())
            items = _page_items(response.parsed, self._plan.page)
            last = self._plan.done_after(items, response.meta)
            yield from items
            if last:
                return


class AsyncPages(_Progress, Generic[T]):
    """The async twin of :class:`Pages` (``async for``)."""

    def __init__(self, module: ModuleType, plan: _Plan, args: tuple[Any, ...]) -> None:
        super().__init__(module, plan, args)
        self._items: AsyncIterator[T] = self._fetch()

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        return await self._items.__anext__()

    async def _fetch(self) -> AsyncIterator[T]:
        while True:
            response = await self._module.asyncio_detailed(*self._args, **self._plan.arguments())
            items = _page_items(response.parsed, self._plan.page)
            last = self._plan.done_after(items, response.meta)
            for item in items:
                yield item
            if last:
                return


@overload
def paginate(
    function: Callable[..., Sequence[T] | None],
    *args: Any,
    page_size: int | None = None,
    start_page: int | None = None,
    **kwargs: Any,
) -> Pages[T]: ...


@overload
def paginate(
    function: ModuleType, *args: Any, page_size: int | None = None, start_page: int | None = None, **kwargs: Any
) -> Pages[Any]: ...


def paginate(
    function: Any, *args: Any, page_size: int | None = None, start_page: int | None = None, **kwargs: Any
) -> Pages[Any]:
    """Every item of a paged list operation (pass its ``sync`` function, its module, or the
    client's method: ``paginate(client.clients.get_client_list, location_id, body=...)``)."""
    module, operation, paging = _endpoint(function, kwargs)
    return Pages(module, _Plan(operation, paging, page_size, start_page, kwargs), args)


@overload
def apaginate(
    function: Callable[..., Awaitable[Sequence[T] | None]],
    *args: Any,
    page_size: int | None = None,
    start_page: int | None = None,
    **kwargs: Any,
) -> AsyncPages[T]: ...


@overload
def apaginate(
    function: ModuleType, *args: Any, page_size: int | None = None, start_page: int | None = None, **kwargs: Any
) -> AsyncPages[Any]: ...


def apaginate(
    function: Any, *args: Any, page_size: int | None = None, start_page: int | None = None, **kwargs: Any
) -> AsyncPages[Any]:
    """The async twin of :func:`paginate` (pass the operation's ``asyncio`` function, its module,
    or the client's async method: ``apaginate(client.aio.clients.get_client_list, ...)``)."""
    module, operation, paging = _endpoint(function, kwargs)
    return AsyncPages(module, _Plan(operation, paging, page_size, start_page, kwargs), args)
