"""Search Event Services

GET /activity/{location_id}/services (operation `search_event_services` of the Business Management API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.search_event_services_response_200_item import SearchEventServicesResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation("search_event_services", "GET", "/activity/{location_id}/services", "BearerPartner")
_RESPONSE = _fields.ListOf(_fields.Model("SearchEventServicesResponse200Item"))


def _request(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("staff_id", staff_id, required=False)

    params: dict[str, Any] = {}
    params["staff_id"] = staff_id
    params["term"] = term
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[SearchEventServicesResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SearchEventServicesResponse200Item] | None:
    """Search Event Services

    GET /activity/{location_id}/services (operation `search_event_services` of the Business Management API); needs the partner token.

    Args:
        location_id (int): location ID
        staff_id (int | Unset): team member ID to filter
        term (str | Unset): Search by name or part of the service name
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[SearchEventServicesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            staff_id=staff_id,
            term=term,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SearchEventServicesResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            staff_id=staff_id,
            term=term,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SearchEventServicesResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                staff_id=staff_id,
                term=term,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SearchEventServicesResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            staff_id=staff_id,
            term=term,
        ),
        _parse_data,
        options,
    )
