from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_location_response_200 import GetLocationResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_location"]


def _get_kwargs(
    location_id: int,
    *,
    bookform_id: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    my: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("bookform_id", bookform_id, required=False)

    _arguments.number("for_booking", for_booking, required=False)

    _arguments.number("my", my, required=False)

    _arguments.number("show_groups", show_groups, required=False)

    _arguments.number("show_bookforms", show_bookforms, required=False)

    params: dict[str, Any] = {}

    params["bookform_id"] = bookform_id

    params["forBooking"] = for_booking

    params["my"] = my

    params["show_groups"] = show_groups

    params["showBookforms"] = show_bookforms

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> GetLocationResponse200:
    response_200 = GetLocationResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    bookform_id: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    my: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLocationResponse200]:
    """Get location

    Getting information about the location.

    GET /company/{location_id} (operation `get_location`)

    Args:
        location_id (int): The ID of the location to get information about.
        bookform_id (int | Unset): Show url of online booking form with specified ID
        for_booking (float | Unset): Date and time of the next free session in the location
            (ISO8601).
        my (float | Unset): For authorized user only. If you need additional data for the location
            that the user has rights to manage
        show_groups (float | Unset): Include in the location object a list of chains that this
            location belongs to
        show_bookforms (float | Unset): Show location online booking forms (widgets)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetLocationResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        bookform_id=bookform_id,
        for_booking=for_booking,
        my=my,
        show_groups=show_groups,
        show_bookforms=show_bookforms,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    bookform_id: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    my: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetLocationResponse200 | None:
    """Get location

    Getting information about the location.

    GET /company/{location_id} (operation `get_location`)

    Args:
        location_id (int): The ID of the location to get information about.
        bookform_id (int | Unset): Show url of online booking form with specified ID
        for_booking (float | Unset): Date and time of the next free session in the location
            (ISO8601).
        my (float | Unset): For authorized user only. If you need additional data for the location
            that the user has rights to manage
        show_groups (float | Unset): Include in the location object a list of chains that this
            location belongs to
        show_bookforms (float | Unset): Show location online booking forms (widgets)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetLocationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        bookform_id=bookform_id,
        for_booking=for_booking,
        my=my,
        show_groups=show_groups,
        show_bookforms=show_bookforms,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    bookform_id: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    my: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLocationResponse200]:
    """Get location

    Getting information about the location.

    GET /company/{location_id} (operation `get_location`)

    Args:
        location_id (int): The ID of the location to get information about.
        bookform_id (int | Unset): Show url of online booking form with specified ID
        for_booking (float | Unset): Date and time of the next free session in the location
            (ISO8601).
        my (float | Unset): For authorized user only. If you need additional data for the location
            that the user has rights to manage
        show_groups (float | Unset): Include in the location object a list of chains that this
            location belongs to
        show_bookforms (float | Unset): Show location online booking forms (widgets)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetLocationResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        bookform_id=bookform_id,
        for_booking=for_booking,
        my=my,
        show_groups=show_groups,
        show_bookforms=show_bookforms,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    bookform_id: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    my: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetLocationResponse200 | None:
    """Get location

    Getting information about the location.

    GET /company/{location_id} (operation `get_location`)

    Args:
        location_id (int): The ID of the location to get information about.
        bookform_id (int | Unset): Show url of online booking form with specified ID
        for_booking (float | Unset): Date and time of the next free session in the location
            (ISO8601).
        my (float | Unset): For authorized user only. If you need additional data for the location
            that the user has rights to manage
        show_groups (float | Unset): Include in the location object a list of chains that this
            location belongs to
        show_bookforms (float | Unset): Show location online booking forms (widgets)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetLocationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            bookform_id=bookform_id,
            for_booking=for_booking,
            my=my,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
            options=options,
        )
    ).parsed
