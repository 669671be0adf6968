"""Get location

GET /company/{location_id} (operation `get_location` of the Business Management API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_location_response_200 import GetLocationResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_location", "GET", "/company/{location_id}", "BearerPartner")
_RESPONSE = _fields.Model("GetLocationResponse200")


def _request(
    location_id: int,
    *,
    my: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("my", my, required=False)

    _arguments.integer("for_booking", for_booking, required=False)

    _arguments.integer("show_groups", show_groups, required=False)

    _arguments.integer("show_bookforms", show_bookforms, required=False)

    _arguments.integer("bookform_id", bookform_id, required=False)

    params: dict[str, Any] = {}
    params["my"] = my
    params["forBooking"] = for_booking
    params["show_groups"] = show_groups
    params["showBookforms"] = show_bookforms
    params["bookform_id"] = bookform_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> GetLocationResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    my: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetLocationResponse200 | None:
    """Get location

    Getting information about the location.

    GET /company/{location_id} (operation `get_location` of the Business Management API); needs the partner token.

    Args:
        location_id (int): The ID of the location to get information about.
        my (int | Unset): For authorized user only. If you need additional data for the location
            that the user has rights to manage
        for_booking (int | Unset): Date and time of the next free session in the location
            (ISO8601).
        show_groups (int | Unset): Include in the location object a list of chains that this
            location belongs to
        show_bookforms (int | Unset): Show location online booking forms (widgets)
        bookform_id (int | Unset): Show url of online booking form with specified ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetLocationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            my=my,
            for_booking=for_booking,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
            bookform_id=bookform_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    my: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLocationResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            my=my,
            for_booking=for_booking,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
            bookform_id=bookform_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    my: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetLocationResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                my=my,
                for_booking=for_booking,
                show_groups=show_groups,
                show_bookforms=show_bookforms,
                bookform_id=bookform_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    my: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLocationResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            my=my,
            for_booking=for_booking,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
            bookform_id=bookform_id,
        ),
        _parse_data,
        options,
    )
