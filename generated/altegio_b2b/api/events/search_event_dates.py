"""Search Event Dates

GET /activity/{location_id}/search_dates (operation `search_event_dates`); needs the partner token.
"""

from typing import Any, cast

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...types import UNSET, Response, Unset

_OPERATION = Operation("search_event_dates", "GET", "/activity/{location_id}/search_dates", "BearerPartner")


def _request(
    location_id: int,
    *,
    from_: str,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    params: dict[str, Any] = {}
    params["from"] = from_
    json_resource_ids: list[int] | Unset = UNSET
    if not isinstance(resource_ids, Unset):
        json_resource_ids = resource_ids

    params["resource_ids"] = json_resource_ids
    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids"] = json_service_ids
    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids"] = json_staff_ids
    params["till"] = till
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


def sync(
    location_id: int,
    *,
    from_: str,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Search Event Dates

    GET /activity/{location_id}/search_dates (operation `search_event_dates`); needs the partner token.

    Args:
        location_id (int): ID of a location.
        from_ (str): Search start date (YYYY-MM-DD format).
        resource_ids (list[int] | Unset): Filter by resources IDs.
        service_ids (list[int] | Unset): Filter by services IDs.
        staff_ids (list[int] | Unset): Filter by team member IDs.
        till (str): Search end date (YYYY-MM-DD format).
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            from_=from_,
            resource_ids=resource_ids,
            service_ids=service_ids,
            staff_ids=staff_ids,
            till=till,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    from_: str,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            from_=from_,
            resource_ids=resource_ids,
            service_ids=service_ids,
            staff_ids=staff_ids,
            till=till,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    from_: str,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                from_=from_,
                resource_ids=resource_ids,
                service_ids=service_ids,
                staff_ids=staff_ids,
                till=till,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    from_: str,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            from_=from_,
            resource_ids=resource_ids,
            service_ids=service_ids,
            staff_ids=staff_ids,
            till=till,
        ),
        _parse_data,
        options,
    )
