from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.search_event_services_response_200_item import SearchEventServicesResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["search_event_services"]


def _get_kwargs(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("staff_id", staff_id, required=False)

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params["term"] = term

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/{location_id}/services".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[SearchEventServicesResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = SearchEventServicesResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SearchEventServicesResponse200Item]]:
    """Search Event Services

    GET /activity/{location_id}/services (operation `search_event_services`)

    Args:
        location_id (int): location ID
        staff_id (int | Unset): team member ID to filter
        term (str | Unset): Search by name or part of the service name
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[SearchEventServicesResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        term=term,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SearchEventServicesResponse200Item] | None:
    """Search Event Services

    GET /activity/{location_id}/services (operation `search_event_services`)

    Args:
        location_id (int): location ID
        staff_id (int | Unset): team member ID to filter
        term (str | Unset): Search by name or part of the service name
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[SearchEventServicesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        staff_id=staff_id,
        term=term,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SearchEventServicesResponse200Item]]:
    """Search Event Services

    GET /activity/{location_id}/services (operation `search_event_services`)

    Args:
        location_id (int): location ID
        staff_id (int | Unset): team member ID to filter
        term (str | Unset): Search by name or part of the service name
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[SearchEventServicesResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        term=term,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SearchEventServicesResponse200Item] | None:
    """Search Event Services

    GET /activity/{location_id}/services (operation `search_event_services`)

    Args:
        location_id (int): location ID
        staff_id (int | Unset): team member ID to filter
        term (str | Unset): Search by name or part of the service name
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[SearchEventServicesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            staff_id=staff_id,
            term=term,
            options=options,
        )
    ).parsed
