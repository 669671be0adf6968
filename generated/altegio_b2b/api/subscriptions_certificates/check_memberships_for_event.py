from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.check_memberships_for_event_response_200 import CheckMembershipsForEventResponse200
from ...types import UNSET, Response

_OPERATION = OPERATIONS["check_memberships_for_event"]


def _get_kwargs(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    event_id: int,
    schedule_day_ids: str,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("client_id", client_id, required=True)

    _arguments.integer("membership_id", membership_id, required=True)

    _arguments.integer("event_id", event_id, required=True)

    params: dict[str, Any] = {}

    params["event_id"] = event_id

    params["schedule_day_ids"] = schedule_day_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
            membership_id=quote(str(membership_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> CheckMembershipsForEventResponse200:
    response_200 = CheckMembershipsForEventResponse200.from_dict(data)

    return response_200


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

    GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity (operation `check_memberships_for_event`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID
        membership_id (int): Membership instance ID
        event_id (int): Event (group event) ID
        schedule_day_ids (str): Comma-separated list of schedule day IDs to check
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CheckMembershipsForEventResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        membership_id=membership_id,
        event_id=event_id,
        schedule_day_ids=schedule_day_ids,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity (operation `check_memberships_for_event`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID
        membership_id (int): Membership instance ID
        event_id (int): Event (group event) ID
        schedule_day_ids (str): Comma-separated list of schedule day IDs to check
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CheckMembershipsForEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client_id=client_id,
        membership_id=membership_id,
        client=client,
        event_id=event_id,
        schedule_day_ids=schedule_day_ids,
        options=options,
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

    GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity (operation `check_memberships_for_event`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID
        membership_id (int): Membership instance ID
        event_id (int): Event (group event) ID
        schedule_day_ids (str): Comma-separated list of schedule day IDs to check
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CheckMembershipsForEventResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        membership_id=membership_id,
        event_id=event_id,
        schedule_day_ids=schedule_day_ids,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


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

    GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity (operation `check_memberships_for_event`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID
        membership_id (int): Membership instance ID
        event_id (int): Event (group event) ID
        schedule_day_ids (str): Comma-separated list of schedule day IDs to check
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CheckMembershipsForEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            client=client,
            event_id=event_id,
            schedule_day_ids=schedule_day_ids,
            options=options,
        )
    ).parsed
