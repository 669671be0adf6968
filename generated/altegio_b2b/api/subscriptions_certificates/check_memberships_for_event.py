"""Check membership availability for event

GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity (operation `check_memberships_for_event` of the Business Management API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.check_memberships_for_event_response_200 import CheckMembershipsForEventResponse200
from ...types import UNSET, Response

_OPERATION = Operation(
    "check_memberships_for_event",
    "GET",
    "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity",
    "BearerPartner",
)
_RESPONSE = _fields.Model("CheckMembershipsForEventResponse200")


def _request(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    event_id: int,
    schedule_day_ids: str,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("client_id", client_id, required=True)

    _arguments.integer("membership_id", membership_id, required=True)

    _arguments.integer("event_id", event_id, required=True)

    params: dict[str, Any] = {}
    params["event_id"] = event_id
    params["schedule_day_ids"] = schedule_day_ids
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "client_id": client_id,
            "membership_id": membership_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> CheckMembershipsForEventResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    event_id: int,
    schedule_day_ids: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CheckMembershipsForEventResponse200 | None:
    """Check membership availability for event

    Validates a specific subscription for creating activity schedules.

    Returns:
    - **Last possible appointment date** based on membership expiration
    - **Available visit count** for the selected subscription
    - **Schedule day IDs** that can be booked

    **Use cases:**
    - Validate subscription before creating recurring appointments
    - Check if subscription has enough visits for schedule
    - Determine last bookable date based on expiration
    - Pre-validate schedule parameters

    **Note:** Requires schedule_day_ids parameter to check specific dates.

    GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity (operation `check_memberships_for_event` of the Business Management API); needs the partner token.

    Args:
        location_id (int): Location ID
        client_id (int): Client ID
        membership_id (int): Membership instance ID
        event_id (int): Event (group event) ID
        schedule_day_ids (str): Comma-separated list of schedule day IDs to check
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CheckMembershipsForEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            event_id=event_id,
            schedule_day_ids=schedule_day_ids,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    event_id: int,
    schedule_day_ids: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CheckMembershipsForEventResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            event_id=event_id,
            schedule_day_ids=schedule_day_ids,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    event_id: int,
    schedule_day_ids: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CheckMembershipsForEventResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                client_id=client_id,
                membership_id=membership_id,
                event_id=event_id,
                schedule_day_ids=schedule_day_ids,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    event_id: int,
    schedule_day_ids: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CheckMembershipsForEventResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            event_id=event_id,
            schedule_day_ids=schedule_day_ids,
        ),
        _parse_data,
        options,
    )
