from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_booking_widget_list_response_200_item import GetBookingWidgetListResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["get_booking_widget_list"]


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/booking_forms".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetBookingWidgetListResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetBookingWidgetListResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetBookingWidgetListResponse200Item]]:
    """Get a list of booking widgets

    GET /company/{location_id}/booking_forms (operation `get_booking_widget_list`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetBookingWidgetListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetBookingWidgetListResponse200Item] | None:
    """Get a list of booking widgets

    GET /company/{location_id}/booking_forms (operation `get_booking_widget_list`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetBookingWidgetListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetBookingWidgetListResponse200Item]]:
    """Get a list of booking widgets

    GET /company/{location_id}/booking_forms (operation `get_booking_widget_list`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetBookingWidgetListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetBookingWidgetListResponse200Item] | None:
    """Get a list of booking widgets

    GET /company/{location_id}/booking_forms (operation `get_booking_widget_list`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetBookingWidgetListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            options=options,
        )
    ).parsed
