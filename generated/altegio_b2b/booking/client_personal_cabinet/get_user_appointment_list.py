"""Get User Appointments

GET /user/records/{record_id}/{record_hash} (operation `get_user_appointment_list` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_user_appointment_list_response_201_item import GetUserAppointmentListResponse201Item
from ...types import Response

_OPERATION = Operation("get_user_appointment_list", "GET", "/user/records/{record_id}/{record_hash}", "BearerPartner")
_RESPONSE = _fields.ListOf(_fields.Model("GetUserAppointmentListResponse201Item"))


def _request(
    record_id: int,
    record_hash: str,
) -> RequestParts:
    _arguments.integer("record_id", record_id, required=True)

    return RequestParts(
        path_params={
            "record_id": record_id,
            "record_hash": record_hash,
        },
    )


def _parse_data(data: Any) -> list[GetUserAppointmentListResponse201Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    record_id: int,
    record_hash: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetUserAppointmentListResponse201Item] | None:
    """Get User Appointments

    The JSON Object containing the user appointment parameters has the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | id | number | YES | Appointment ID |
    | services | array of numbers | YES | List of ID service appointments |
    | location | object | YES | location parameters |
    | staff | object | YES | Parameters of the team member who was booked. Note: "staff" is a legacy
    field name for team member. |
    | clients_count | int | YES | Number of clients |
    | date | string | YES | Session date |
    | datetime | string | YES | Session date in ISO |
    | create_date | string | YES | Appointment creation date |
    | length | number | YES | Session duration |
    | deleted | boolean | YES | Has the appointment been created ? (true if deleted) |
    | notify_by_sms | number | NO | Number of hours in advance to send an SMS reminder for the
    appointment. Set to 0 to disable SMS reminders |
    | notify_by_email | number | NO | Number of hours in advance to send an email reminder for the
    appointment. Set to 0 to disable email reminders |
    | comment | string | YES | Appointment Comment |
    | master_requested | boolean | YES | Whether a specific team member was specified when appointment
    (false if "any team member" was specified) |
    | online | boolean | YES | Indicates whether the appointment was created online by the client (true)
    or manually by an administrator (false) |
    | visit_attendance | number | YES | 2 - The user confirmed the appointment, 1 - The user came, the
    services were provided, 0 - the user was waiting, -1 - the user did not come to visit |
    | api_id | string | NO | External Appointment ID |
    | last_change_date | string | NO | Date of the last edit of the appointment |
    | prepaid | boolean | NO | Is online payment available for appointment |
    | prepaid_confirmed | boolean | NO | Online payment status |
    | last_change_date | string | NO | Date of the last edit of the appointment |
    | activity_id | int | NO | Event ID (for group events) |

    Each object in the services array has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Service ID |
    | title | string | Service name |
    | cost | float | Service cost |
    | price_min | float | Minimum price of the service |
    | price_max | float | Maximum service price |
    | discount | float | Discount |
    | amount | int | Number of ordered services |
    | session_length | int | Service duration in seconds (only if filter by team member is set) |

    The location object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | location ID |
    | title | string | location name |
    | country_id | number | Identifier of the country in which the location is located |
    | country | string | location name |
    | city_id | number | Identifier of the city where the location is located) |
    | city | string | location city name |
    | time zone | string | timezone locations |
    | address | string | Address where the location is located |
    | phone | string | location's main phone number |
    | phones | array of strings | All phone numbers of the location |
    | coordinate_lat | float | Latitude where the location is located |
    | coordinate lng | float | Longitude |
    | allow_delete_record | boolean | Is it possible to delete an appointment |
    | allow_change_record | boolean | Is it possible to reschedule the appointment |
    | site | string | location website |
    | currency_short_title | string | Currency symbol |
    | allow_change_record_delay_step | int | Time after which you can reschedule the appointment |
    | allow_delete_record_delay_step | int | Time after which you can delete an appointment |

    The team member object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | team member ID |
    | name | string | team member name |
    | specialization | string | team member specialization |
    | position | object | team member position |
    | show_rating | number | Whether to show team member's rating (1 - show, 0 - don't show) |
    | rating | number | team member rating |
    | votes_count | number | Number of votes rated team member |
    | comments_count | number | Number of comments to a team member |
    | avatar | string | Path to team member avatar file |

    GET /user/records/{record_id}/{record_hash} (operation `get_user_appointment_list` of the Online Booking API); needs the partner token.

    Args:
        record_id (int): Appointment ID
        record_hash (str): HASH of the appointment
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetUserAppointmentListResponse201Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            record_id=record_id,
            record_hash=record_hash,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    record_id: int,
    record_hash: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetUserAppointmentListResponse201Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            record_id=record_id,
            record_hash=record_hash,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    record_id: int,
    record_hash: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetUserAppointmentListResponse201Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                record_id=record_id,
                record_hash=record_hash,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    record_id: int,
    record_hash: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetUserAppointmentListResponse201Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            record_id=record_id,
            record_hash=record_hash,
        ),
        _parse_data,
        options,
    )
