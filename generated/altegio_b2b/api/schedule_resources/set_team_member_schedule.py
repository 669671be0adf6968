from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.set_team_member_schedule_body import SetTeamMemberScheduleBody
from ...models.set_team_member_schedule_response_200_item import SetTeamMemberScheduleResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["set_team_member_schedule"]


def _get_kwargs(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, SetTeamMemberScheduleBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/company/{location_id}/staff/schedule".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> list[SetTeamMemberScheduleResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = SetTeamMemberScheduleResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SetTeamMemberScheduleResponse200Item]]:
    """Set team member schedules

    Sets work schedules for team members by date.

    Supports both setting new schedules and deleting existing ones in a single request.

    Returns the resulting schedules for affected team members within the date range
    from minimum to maximum modified date.

    PUT /company/{location_id}/staff/schedule (operation `set_team_member_schedule`)

    Args:
        location_id (int): Location ID
        body (SetTeamMemberScheduleBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[SetTeamMemberScheduleResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SetTeamMemberScheduleResponse200Item] | None:
    """Set team member schedules

    Sets work schedules for team members by date.

    Supports both setting new schedules and deleting existing ones in a single request.

    Returns the resulting schedules for affected team members within the date range
    from minimum to maximum modified date.

    PUT /company/{location_id}/staff/schedule (operation `set_team_member_schedule`)

    Args:
        location_id (int): Location ID
        body (SetTeamMemberScheduleBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[SetTeamMemberScheduleResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SetTeamMemberScheduleResponse200Item]]:
    """Set team member schedules

    Sets work schedules for team members by date.

    Supports both setting new schedules and deleting existing ones in a single request.

    Returns the resulting schedules for affected team members within the date range
    from minimum to maximum modified date.

    PUT /company/{location_id}/staff/schedule (operation `set_team_member_schedule`)

    Args:
        location_id (int): Location ID
        body (SetTeamMemberScheduleBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[SetTeamMemberScheduleResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SetTeamMemberScheduleResponse200Item] | None:
    """Set team member schedules

    Sets work schedules for team members by date.

    Supports both setting new schedules and deleting existing ones in a single request.

    Returns the resulting schedules for affected team members within the date range
    from minimum to maximum modified date.

    PUT /company/{location_id}/staff/schedule (operation `set_team_member_schedule`)

    Args:
        location_id (int): Location ID
        body (SetTeamMemberScheduleBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[SetTeamMemberScheduleResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
