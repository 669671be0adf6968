"""Deprecated. Create Event

POST /activity/{location_id} (operation `create_event` of the Business Management API); needs the partner and the user token.
Deprecated by Altegio.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_event_body import CreateEventBody
from ...models.create_event_response_200 import CreateEventResponse200
from ...types import Response

_OPERATION = Operation("create_event", "POST", "/activity/{location_id}", "BearerPartnerUser", deprecated=True)
_RESPONSE = _fields.Model("CreateEventResponse200")

_BODY = _fields.Model("CreateEventBody")


def _request(
    location_id: int,
    *,
    body: CreateEventBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, CreateEventBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> CreateEventResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: CreateEventBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateEventResponse200 | None:
    """Deprecated. Create Event

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **This endpoint is deprecated.** Use `POST /v2/locations/{location_id}/events` instead.

    **Migration:** The V2 Events API provides enhanced validation, better error handling, and JSON:API
    format responses. See operation `create_event` for details.

    POST /activity/{location_id} (operation `create_event` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        body (CreateEventBody): Event creation/update request body Example: {'date': '2026-10-10
            15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity': 9,
            'resource_instance_ids': [3127], 'force': False}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: CreateEventBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateEventResponse200]:
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
    body: CreateEventBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateEventResponse200 | None:
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
    body: CreateEventBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateEventResponse200]:
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
