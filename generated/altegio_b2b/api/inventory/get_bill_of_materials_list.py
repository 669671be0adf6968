from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_bill_of_materials_list_response_200_item import GetBillOfMaterialsListResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_bill_of_materials_list"]


def _get_kwargs(
    location_id: int,
    *,
    count: float | Unset = UNSET,
    page: float | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.number("count", count, required=False)

    _arguments.number("page", page, required=False)

    params: dict[str, Any] = {}

    params["count"] = count

    params["page"] = page

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/technological_cards/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetBillOfMaterialsListResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetBillOfMaterialsListResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    count: float | Unset = UNSET,
    page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetBillOfMaterialsListResponse200Item]]:
    """Retrieve a list of bill of materials and consumables

    GET /technological_cards/{location_id} (operation `get_bill_of_materials_list`)

    Args:
        location_id (int): Location ID
        count (float | Unset): number of those lists per page
        page (float | Unset): page number
        search (str | Unset): parameter for searching by the name of those lists
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetBillOfMaterialsListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        count=count,
        page=page,
        search=search,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    count: float | Unset = UNSET,
    page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetBillOfMaterialsListResponse200Item] | None:
    """Retrieve a list of bill of materials and consumables

    GET /technological_cards/{location_id} (operation `get_bill_of_materials_list`)

    Args:
        location_id (int): Location ID
        count (float | Unset): number of those lists per page
        page (float | Unset): page number
        search (str | Unset): parameter for searching by the name of those lists
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetBillOfMaterialsListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        count=count,
        page=page,
        search=search,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    count: float | Unset = UNSET,
    page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetBillOfMaterialsListResponse200Item]]:
    """Retrieve a list of bill of materials and consumables

    GET /technological_cards/{location_id} (operation `get_bill_of_materials_list`)

    Args:
        location_id (int): Location ID
        count (float | Unset): number of those lists per page
        page (float | Unset): page number
        search (str | Unset): parameter for searching by the name of those lists
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetBillOfMaterialsListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        count=count,
        page=page,
        search=search,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    count: float | Unset = UNSET,
    page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetBillOfMaterialsListResponse200Item] | None:
    """Retrieve a list of bill of materials and consumables

    GET /technological_cards/{location_id} (operation `get_bill_of_materials_list`)

    Args:
        location_id (int): Location ID
        count (float | Unset): number of those lists per page
        page (float | Unset): page number
        search (str | Unset): parameter for searching by the name of those lists
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetBillOfMaterialsListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            count=count,
            page=page,
            search=search,
            options=options,
        )
    ).parsed
