"""Create an Online Booking

POST /book_record/{location_id} (operation `create_online_booking` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_online_booking_body import CreateOnlineBookingBody
from ...models.create_online_booking_response_201_item import CreateOnlineBookingResponse201Item
from ...types import Response

_OPERATION = Operation("create_online_booking", "POST", "/book_record/{location_id}", "BearerPartner")
_RESPONSE = _fields.ListOf(_fields.Model("CreateOnlineBookingResponse201Item"))

_BODY = _fields.Model("CreateOnlineBookingBody")


def _request(
    location_id: int,
    *,
    body: CreateOnlineBookingBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, CreateOnlineBookingBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> list[CreateOnlineBookingResponse201Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: CreateOnlineBookingBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[CreateOnlineBookingResponse201Item] | None:
    """Create an Online Booking

    To create a session appointment, provide a JSON object containing the online booking parameters. The
    object includes the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | phone | string | YES | Client's phone number (eg +13155550175) |
    | full name | string | YES | Client name |
    | email | string | NO | Postal address of the client |
    | appointments | Array of objects | YES | Booking options (services, team members...) |
    | code | string | NO | Phone number confirmation code sent via SMS (only needed if you need to
    confirm the number) |
    | notify_by_sms | number | NO | Number of hours in advance to send an SMS reminder for the
    appointment (set to 0 to disable reminders). |
    | notify_by_email | number | NO | Number of hours in advance to send an email reminder for the
    appointment (set to 0 to disable the reminder). |
    | comment | string | NO | Appointment Comment |
    | api_id | string | NO | External Appointment ID |

    The appointments array consists of objects that have the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | id | number | Yes | Appointment ID for post-save feedback (see response to request).
    | services | array of numbers | NO | Array of IDs of the services the client wants to sign up for |
    | staff_id | number | YES | ID of the team member the client wants to book with (0 if any team
    member is selected) |
    | datetime | datetime | YES | Session date and time in ISO8601 format (passed for each session in
    the book_times resource)|
    | custom_fields | key-value object | NO | Custom field values that are returned with the appointment
    |

    Custom fields in the appointments array

    When custom appointment fields are created (see the "Custom Fields" section), you can pass custom
    values for them during appointment creation. These fields are unique to each location.
    Once the custom fields are set up, their values can be included in the optional custom_fields
    parameter. This should be passed as a key–value object, where each key corresponds to the code of
    the custom field. Example:

    * location created an custom appointment field with code="my_custom_field" type="number", and a
    second field code="some_another_field" type="list"
    *  When creating an appointment, another attribute was passed in the appointments array element: ""
    appointments: [{
        ...
    }, {
        ...
        custom_fields: {
        "my_custom_field": 123,
        "some_another_field": ["first value", "second value"]
        }
    }]"
    * When this appointment is received by the GET method later, the same value of custom fields will be
    returned in the response


    In response to the request to create an appointment, an array of objects will come (the number of
    objects is equal to the number of objects in the appointments array) with the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | The appointment ID as passed in the original appointments array |
    | record_id | number | The unique identifier of the appointment created in the system |
    | record_hash | string | A temporary ID used for deleting the appointment immediately after creation
    |

    Errors to be handled:
    1.  Incorrect SMS verification code.
    Returned with HTTP status 422 and error code 432. The SMS verification code entered by the user is
    invalid.

    2.  Selected time slot is already taken.
    Returned with HTTP status 422 and error code 433. The selected appointment time is unavailable. The
    response includes the id of the conflicting appointment from the appointments array.

    3.  User is blacklisted.
    Returned with HTTP status 403 and error code 434. The user with the specified phone number is
    blacklisted and cannot book an appointment.

    4.  Invalid phone number format.
    Returned with HTTP status 422 and error code 431. The user's phone number is not in a valid format.

    5.  Missing client name.
    Returned with HTTP status 422 and error code 435. The client's name was not provided.

    6.  No available team members.
    Returned with HTTP status 422 and error code 436. No team members are available at the selected time
    (commonly occurs when using a default team member setting).

    7.  Overlapping appointments in request.
    Returned with HTTP status 422 and error code 437. One of the selected times overlaps with another
    appointment in the same request. The response includes the id of the conflicting appointment from
    the appointments array.

    POST /book_record/{location_id} (operation `create_online_booking` of the Online Booking API); needs the partner token.

    Args:
        location_id (int): location ID
        body (CreateOnlineBookingBody): Create a session appointment Example: {'phone':
            '+13155550175', 'fullname': 'James Smith', 'email': 'j.smith@example.com', 'code': 38829,
            'comment': 'test appointment!', 'type': 'mobile', 'notify_by_sms': 6, 'notify_by_email':
            24, 'api_id': 777, 'appointments': [{'id': 1, 'services': [331], 'staff_id': 6544,
            'datetime': '2026-09-21T23:00:00.000-05:00', 'custom_fields': {'my_custom_field': 123,
            'some_another_field': ['first value', 'next value']}}, {'id': 2, 'services': [99055],
            'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00', 'custom_fields':
            {'my_custom_field': 456, 'some_another_field': ['next value', 'last value']}}]}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[CreateOnlineBookingResponse201Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: CreateOnlineBookingBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[CreateOnlineBookingResponse201Item]]:
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
    body: CreateOnlineBookingBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[CreateOnlineBookingResponse201Item] | None:
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
    body: CreateOnlineBookingBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[CreateOnlineBookingResponse201Item]]:
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
