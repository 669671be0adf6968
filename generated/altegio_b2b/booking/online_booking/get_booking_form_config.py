"""Get Booking Form Configuration

GET /bookform/{id} (operation `get_booking_form_config` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_booking_form_config_response_200 import GetBookingFormConfigResponse200
from ...types import Response

_OPERATION = Operation("get_booking_form_config", "GET", "/bookform/{id}", "BearerPartner")
_RESPONSE = _fields.Model("GetBookingFormConfigResponse200")


def _request(
    id: int,
) -> RequestParts:
    _arguments.integer("id", id, required=True)

    return RequestParts(
        path_params={
            "id": id,
        },
    )


def _parse_data(data: Any) -> GetBookingFormConfigResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetBookingFormConfigResponse200 | None:
    """Get Booking Form Configuration

    Each Altegio client can create an unlimited number of Online Booking forms with different designs
    and booking scenarios.

    Typically, the ID of a booking form is embedded in the subdomain. For example:
    https://b123.alteg.io, where 123 is the booking form ID. This ID can be used to retrieve all
    necessary parameters for implementing Online Booking and to determine whether the booking applies to
    a specific location or a location chain.

    For chain widgets, you will also need to call the [GET] /locations method with the company_id filter
    to retrieve the list of locations available for booking.


    The object containing the Online Booking form settings includes the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | steps | Array of objects | Booking form steps with custom settings |
    | style | object | Booking form design settings |
    | group_id | number | Location chain ID (0 - if the booking form is for a non-chain location) |
    | company_id | number | Location ID (always returned, used to get additional settings) |
    | phone_confirmation | boolean | Do I need to confirm the phone by SMS (if groupid = 0 (not a group
    form), otherwise look in the settings of each location separately)
    | language | string | Booking form language (code from langs array) |
    | langs | array of object | List of widget languages
    | comment_required | boolean | Whether the field with a comment within booking is required
    | google_analytics_id | string | Google Analytics ID
    | facebook_pixel_id | string | Facebook Pixel ID
    | sms_enabled | boolean | Is sending SMS available?
    | comment_input_name | string (optional) | Title for the field with a comment to the booking (if not
    set, the default value is used)
    | booking_notify_text | string (optional) | The text of the notification that is displayed (if set)
    at the step of entering contact data
    | is_show_privacy_policy | boolean | Whether it is necessary to display the text of the agreement on
    the personal data processing policy to the user
    | specialization_display_mode | number | Display the specialization or position of the team member.
    0 - Specialization, 1 - Position

    The steps array consists of objects that have the following fields:

    | Field | Type | Description | For what steps is specified |
    | ------------- | ------------- | ------------- | ------------- |
    | step | string | Step city/company/service/team member/datetime/contact/confirm |
    | title | string | Name of the step to display in the interface | For everyone |
    | number | number | What number should this step be displayed on (starting from 1) | For everyone |
    | default | string or number | The default value for this step, if set | For all but datetime |
    | hidden | boolean | Hide this step when booking or not | For everyone |
    | date_hidden | boolean | Hide this step when booking or not | For datetime |
    | time_hidden | boolean | Hide this step when booking or not | For datetime |
    | date_default | string | The default value for this step, if set | For datetime |
    | time_default | number | The default value for this step, if set | For datetime |

    The style object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | show header | boolean | Show header and menu or not |
    | logo | string | Path to logo image |
    | header_background | string | Path to subtitle background image |
    | menu_background | string | Path to menu background image |
    | primaryPalette | string | The main color of the form (all colors from the list: red, pink, purple,
    deep-purple, indigo, blue, light-blue, cyan, teal, green, light-green, lime, yellow, amber, orange,
    deep-orange, brown , grey, blue-grey, white, black) |
    | accentPalette | string | Form secondary color (subtitle semi-transparent cover) |
    | warnPalette | string | Booking form buttons color |
    | backgroundPalette | string | Booking form background color |

    GET /bookform/{id} (operation `get_booking_form_config` of the Online Booking API); needs the partner token.

    Args:
        id (int): ID of thebooking form
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetBookingFormConfigResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            id=id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetBookingFormConfigResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            id=id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetBookingFormConfigResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                id=id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetBookingFormConfigResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            id=id,
        ),
        _parse_data,
        options,
    )
