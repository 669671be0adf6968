from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_client_list_body import GetClientListBody
from ...models.get_client_list_response_200_item import GetClientListResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["get_client_list"]


def _get_kwargs(
    location_id: int,
    *,
    body: GetClientListBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, GetClientListBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/clients/search".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> list[GetClientListResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetClientListResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    body: GetClientListBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientListResponse200Item]]:
    """Get a list of clients

    Filter and sort the client base, returning meta.total_count and only the requested fields for one
    page. If fields is omitted, each row contains only id. This endpoint cannot return tags/categories,
    custom fields, birth date, loyalty card or comments; use the deprecated GET /clients/{location_id}
    for full profile pages or GET /client/{location_id}/{id} for one card.

    POST /company/{location_id}/clients/search (operation `get_client_list`)

    Args:
        location_id (int): location ID
        body (GetClientListBody): Get a list of clients
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetClientListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    body: GetClientListBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientListResponse200Item] | None:
    """Get a list of clients

    Filter and sort the client base, returning meta.total_count and only the requested fields for one
    page. If fields is omitted, each row contains only id. This endpoint cannot return tags/categories,
    custom fields, birth date, loyalty card or comments; use the deprecated GET /clients/{location_id}
    for full profile pages or GET /client/{location_id}/{id} for one card.

    POST /company/{location_id}/clients/search (operation `get_client_list`)

    Args:
        location_id (int): location ID
        body (GetClientListBody): Get a list of clients
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetClientListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: GetClientListBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientListResponse200Item]]:
    """Get a list of clients

    Filter and sort the client base, returning meta.total_count and only the requested fields for one
    page. If fields is omitted, each row contains only id. This endpoint cannot return tags/categories,
    custom fields, birth date, loyalty card or comments; use the deprecated GET /clients/{location_id}
    for full profile pages or GET /client/{location_id}/{id} for one card.

    POST /company/{location_id}/clients/search (operation `get_client_list`)

    Args:
        location_id (int): location ID
        body (GetClientListBody): Get a list of clients
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetClientListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    body: GetClientListBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientListResponse200Item] | None:
    """Get a list of clients

    Filter and sort the client base, returning meta.total_count and only the requested fields for one
    page. If fields is omitted, each row contains only id. This endpoint cannot return tags/categories,
    custom fields, birth date, loyalty card or comments; use the deprecated GET /clients/{location_id}
    for full profile pages or GET /client/{location_id}/{id} for one card.

    POST /company/{location_id}/clients/search (operation `get_client_list`)

    Args:
        location_id (int): location ID
        body (GetClientListBody): Get a list of clients
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetClientListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
