"""Get a List of Memberships by Filter

GET /chain/{chain_id}/loyalty/abonements (operation `get_membership_list`); needs the partner and the user token.
"""

from typing import Any, cast

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_membership_list",
    "GET",
    "/chain/{chain_id}/loyalty/abonements",
    "BearerPartnerUser",
    page_size_parameter="count",
)


def _request(
    chain_id: int,
    *,
    abonements_ids: list[float] | Unset = UNSET,
    count: float | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    page: float | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.number("count", count, required=False)

    _arguments.number("page", page, required=False)

    params: dict[str, Any] = {}
    json_abonements_ids: list[float] | Unset = UNSET
    if not isinstance(abonements_ids, Unset):
        json_abonements_ids = abonements_ids

    params["abonements_ids"] = json_abonements_ids
    params["count"] = count
    params["created_after"] = created_after
    params["created_before"] = created_before
    params["page"] = page
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "chain_id": chain_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


def sync(
    chain_id: int,
    *,
    abonements_ids: list[float] | Unset = UNSET,
    count: float | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    page: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Get a List of Memberships by Filter

    Requires Chain membership access. Supply `abonements_ids` or both `created_after` and
    `created_before`; otherwise the request returns 400. The date range filters membership creation, not
    sales. This list is not filtered by client, and `type.cost` is the membership type's current price,
    not a historical paid amount.

    GET /chain/{chain_id}/loyalty/abonements (operation `get_membership_list`); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID.
        abonements_ids (list[float] | Unset): List of membership IDs for the filter.
        count (float | Unset): Number of appointments per page.
        created_after (str | Unset): Creation date from (filter by creation date).
        created_before (str | Unset): Creation date by (filter by creation date).
        page (float | Unset): Page number.
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
            abonements_ids=abonements_ids,
            count=count,
            created_after=created_after,
            created_before=created_before,
            page=page,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    *,
    abonements_ids: list[float] | Unset = UNSET,
    count: float | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    page: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            abonements_ids=abonements_ids,
            count=count,
            created_after=created_after,
            created_before=created_before,
            page=page,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    *,
    abonements_ids: list[float] | Unset = UNSET,
    count: float | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    page: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                abonements_ids=abonements_ids,
                count=count,
                created_after=created_after,
                created_before=created_before,
                page=page,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    abonements_ids: list[float] | Unset = UNSET,
    count: float | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    page: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            abonements_ids=abonements_ids,
            count=count,
            created_after=created_after,
            created_before=created_before,
            page=page,
        ),
        _parse_data,
        options,
    )
