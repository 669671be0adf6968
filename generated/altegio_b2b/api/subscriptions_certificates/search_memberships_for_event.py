"""Search available subscriptions for event

GET /company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity (operation `search_memberships_for_event` of the Business Management API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.search_memberships_for_event_response_200 import SearchMembershipsForEventResponse200
from ...types import UNSET, Response

_OPERATION = Operation(
    "search_memberships_for_event",
    "GET",
    "/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity",
    "BearerPartner",
)
_RESPONSE = _fields.Model("SearchMembershipsForEventResponse200")


def _request(
    location_id: int,
    client_id: int,
    *,
    event_id: int,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("client_id", client_id, required=True)

    _arguments.integer("event_id", event_id, required=True)

    params: dict[str, Any] = {}
    params["event_id"] = event_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "client_id": client_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> SearchMembershipsForEventResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    client_id: int,
    *,
    event_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> SearchMembershipsForEventResponse200 | None:
    """Search available subscriptions for event

    Retrieves subscriptions that can be used to create a client schedule for a series of events.

    This method returns subscriptions (memberships) that:
    - Belong to the specified client
    - Are valid and active
    - Can be applied to the specified activity
    - Have remaining visits available

    **Use cases:**
    - Display available subscriptions when scheduling recurring activity sessions
    - Check which subscriptions cover specific activity types
    - Validate subscription applicability before creating schedules

    **Note:** Returns subscriptions with their types and availability intervals.

    GET /company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity (operation `search_memberships_for_event` of the Business Management API); needs the partner token.

    Args:
        location_id (int): Location ID
        client_id (int): Client ID
        event_id (int): Event (group event) ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        SearchMembershipsForEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            event_id=event_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    client_id: int,
    *,
    event_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[SearchMembershipsForEventResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            event_id=event_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    event_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> SearchMembershipsForEventResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                client_id=client_id,
                event_id=event_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    event_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[SearchMembershipsForEventResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            event_id=event_id,
        ),
        _parse_data,
        options,
    )
