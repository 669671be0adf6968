"""Validate Booking Parameters

POST /book_check/{location_id} (operation `validate_booking_params` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.validate_booking_params_body import ValidateBookingParamsBody
from ...types import Response

_OPERATION = Operation("validate_booking_params", "POST", "/book_check/{location_id}", "BearerPartner")
_RESPONSE = _fields.NULL

_BODY = _fields.Model("ValidateBookingParamsBody")


def _request(
    location_id: int,
    *,
    body: ValidateBookingParamsBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, ValidateBookingParamsBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> None:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: ValidateBookingParamsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None:
    """Validate Booking Parameters

    After generating the appointment parameters, you can validate them to ensure the appointment can be
    successfully created.

    The JSON object containing the Online Booking parameters includes the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | appointments | Array of objects | YES | Booking options (services, team members...) |

    The appointments array consists of objects that have the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | id | number | Yes | Appointment ID for post-save feedback (see response to request).
    | services | array of numbers | NO | Array of IDs of the services the client wants to sign up for |
    | staff_id | number | YES | ID of the team member the client wants to book with (0 if any team
    member is selected) |
    | datetime | datetime | YES | Session date and time in ISO8601 format (passed for each session in
    the book_times resource)|


    In response to the parameter check request, an empty response with the code 201 will be returned if
    the booking parameters are in order and bookings can be created:

    If the response is JSON with an HTTP code other than 201, then the booking parameters are out of
    order, and bookings cannot be created.

    The server may return the following errors during appointment creation:

    1.  Selected time slot is already taken.
    Returned with HTTP status code 422 and error code 433.

    2.  No team members available for booking.
    Occurs if a default team member was selected but none are available. Returned with HTTP status code
    422 and error code 436.

    3.  Booking time conflict within the same request.
    One of the selected booking times overlaps with another booking created in the same request.
    Returned with HTTP status code 422 and error code 437, including the conflicting booking’s id in the
    appointments array.

    4. Service not available for booking
    The selected service is no longer available (e.g. removed by the location). Returned with HTTP
    status code 422 and error code 438.

    POST /book_check/{location_id} (operation `validate_booking_params` of the Online Booking API); needs the partner token.

    Args:
        location_id (int): location ID
        body (ValidateBookingParamsBody): Check appointment options Example: {'appointments':
            [{'id': 1, 'services': [331], 'staff_id': 6544, 'datetime':
            '2026-09-21T23:00:00.000-05:00'}, {'id': 2, 'services': [99055], 'staff_id': 6544,
            'datetime': '2026-09-21T23:00:00.000-05:00'}]}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        None | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: ValidateBookingParamsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    body: ValidateBookingParamsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: ValidateBookingParamsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )
