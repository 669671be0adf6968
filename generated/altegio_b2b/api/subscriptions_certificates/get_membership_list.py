"""Get a List of Memberships by Filter

GET /chain/{chain_id}/loyalty/abonements (operation `get_membership_list` of the Business Management API); needs the partner token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_membership_list",
    "GET",
    "/chain/{chain_id}/loyalty/abonements",
    "BearerPartner",
    paging=Paging("query", "page", "count"),
)
_RESPONSE = _fields.ANY


def _request(
    chain_id: int,
    *,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.datetime("created_after", created_after, required=False)

    _arguments.datetime("created_before", created_before, required=False)

    abonements_ids = _arguments.integers("abonements_ids", abonements_ids, required=False)

    _arguments.integer("page", page, required=False)

    _arguments.integer("count", count, required=False)

    params: dict[str, Any] = {}
    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after
    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before
    json_abonements_ids: list[int] | Unset = UNSET
    if not isinstance(abonements_ids, Unset):
        json_abonements_ids = abonements_ids

    if isinstance(json_abonements_ids, list):
        params["abonements_ids"] = ",".join(str(item) for item in json_abonements_ids)
    params["page"] = page
    params["count"] = count
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "chain_id": chain_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    *,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Get a List of Memberships by Filter

    GET /chain/{chain_id}/loyalty/abonements (operation `get_membership_list` of the Business Management API); needs the partner token.

    Args:
        chain_id (int): Chain ID.
        created_after (datetime.datetime | Unset): Creation date from (filter by creation date).
        created_before (datetime.datetime | Unset): Creation date by (filter by creation date).
        abonements_ids (list[int] | Unset): List of membership IDs for the filter.
        page (int | Unset): Page number.
        count (int | Unset): Number of appointments per page.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            created_after=created_after,
            created_before=created_before,
            abonements_ids=abonements_ids,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    *,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            created_after=created_after,
            created_before=created_before,
            abonements_ids=abonements_ids,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    *,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                created_after=created_after,
                created_before=created_before,
                abonements_ids=abonements_ids,
                page=page,
                count=count,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            created_after=created_after,
            created_before=created_before,
            abonements_ids=abonements_ids,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    )
