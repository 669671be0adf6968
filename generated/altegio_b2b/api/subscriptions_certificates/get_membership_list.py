from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_membership_list"]


def _get_kwargs(
    chain_id: int,
    *,
    abonements_ids: list[float] | Unset = UNSET,
    count: float | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    page: float | Unset = UNSET,
) -> dict[str, Any]:
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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/abonements".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


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
    """Get a List of Memberships by Filter

    Requires Chain membership access. Supply `abonements_ids` or both `created_after` and
    `created_before`; otherwise the request returns 400. The date range filters membership creation, not
    sales. This list is not filtered by client, and `type.cost` is the membership type's current price,
    not a historical paid amount.

    GET /chain/{chain_id}/loyalty/abonements (operation `get_membership_list`)

    Args:
        chain_id (int): Chain ID.
        abonements_ids (list[float] | Unset): List of membership IDs for the filter.
        count (float | Unset): Number of appointments per page.
        created_after (str | Unset): Creation date from (filter by creation date).
        created_before (str | Unset): Creation date by (filter by creation date).
        page (float | Unset): Page number.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        abonements_ids=abonements_ids,
        count=count,
        created_after=created_after,
        created_before=created_before,
        page=page,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    GET /chain/{chain_id}/loyalty/abonements (operation `get_membership_list`)

    Args:
        chain_id (int): Chain ID.
        abonements_ids (list[float] | Unset): List of membership IDs for the filter.
        count (float | Unset): Number of appointments per page.
        created_after (str | Unset): Creation date from (filter by creation date).
        created_before (str | Unset): Creation date by (filter by creation date).
        page (float | Unset): Page number.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        abonements_ids=abonements_ids,
        count=count,
        created_after=created_after,
        created_before=created_before,
        page=page,
        options=options,
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
    """Get a List of Memberships by Filter

    Requires Chain membership access. Supply `abonements_ids` or both `created_after` and
    `created_before`; otherwise the request returns 400. The date range filters membership creation, not
    sales. This list is not filtered by client, and `type.cost` is the membership type's current price,
    not a historical paid amount.

    GET /chain/{chain_id}/loyalty/abonements (operation `get_membership_list`)

    Args:
        chain_id (int): Chain ID.
        abonements_ids (list[float] | Unset): List of membership IDs for the filter.
        count (float | Unset): Number of appointments per page.
        created_after (str | Unset): Creation date from (filter by creation date).
        created_before (str | Unset): Creation date by (filter by creation date).
        page (float | Unset): Page number.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        abonements_ids=abonements_ids,
        count=count,
        created_after=created_after,
        created_before=created_before,
        page=page,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


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
    """Get a List of Memberships by Filter

    Requires Chain membership access. Supply `abonements_ids` or both `created_after` and
    `created_before`; otherwise the request returns 400. The date range filters membership creation, not
    sales. This list is not filtered by client, and `type.cost` is the membership type's current price,
    not a historical paid amount.

    GET /chain/{chain_id}/loyalty/abonements (operation `get_membership_list`)

    Args:
        chain_id (int): Chain ID.
        abonements_ids (list[float] | Unset): List of membership IDs for the filter.
        count (float | Unset): Number of appointments per page.
        created_after (str | Unset): Creation date from (filter by creation date).
        created_before (str | Unset): Creation date by (filter by creation date).
        page (float | Unset): Page number.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            abonements_ids=abonements_ids,
            count=count,
            created_after=created_after,
            created_before=created_before,
            page=page,
            options=options,
        )
    ).parsed
