import datetime
from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_team_member_schedule_body import UpdateTeamMemberScheduleBody
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["update_team_member_schedule"]


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: UpdateTeamMemberScheduleBody | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.instance("body", body, UpdateTeamMemberScheduleBody, required=False)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
            start_date=quote(str(start_date), safe=""),
            end_date=quote(str(end_date), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> Any:
    return None


def sync_detailed(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: UpdateTeamMemberScheduleBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Change schedule of a specific team member

    PUT /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `update_team_member_schedule`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID
        start_date (datetime.date): Start date (YYYY-MM-DD)
        end_date (datetime.date): End date (YYYY-MM-DD)
        body (UpdateTeamMemberScheduleBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: UpdateTeamMemberScheduleBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Change schedule of a specific team member

    PUT /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `update_team_member_schedule`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID
        start_date (datetime.date): Start date (YYYY-MM-DD)
        end_date (datetime.date): End date (YYYY-MM-DD)
        body (UpdateTeamMemberScheduleBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: UpdateTeamMemberScheduleBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Change schedule of a specific team member

    PUT /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `update_team_member_schedule`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID
        start_date (datetime.date): Start date (YYYY-MM-DD)
        end_date (datetime.date): End date (YYYY-MM-DD)
        body (UpdateTeamMemberScheduleBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: UpdateTeamMemberScheduleBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Change schedule of a specific team member

    PUT /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `update_team_member_schedule`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID
        start_date (datetime.date): Start date (YYYY-MM-DD)
        end_date (datetime.date): End date (YYYY-MM-DD)
        body (UpdateTeamMemberScheduleBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
