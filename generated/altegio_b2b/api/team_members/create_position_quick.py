"""Deprecated. Quick create a position

POST /company/{location_id}/positions/quick (operation `create_position_quick` of the Business Management API); needs the partner and the user token.
Deprecated by Altegio.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_position_quick_body import CreatePositionQuickBody
from ...models.create_position_quick_response_201 import CreatePositionQuickResponse201
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "create_position_quick", "POST", "/company/{location_id}/positions/quick", "BearerPartnerUser", deprecated=True
)
_RESPONSE = _fields.Model("CreatePositionQuickResponse201")

_BODY = _fields.Model("CreatePositionQuickBody")


def _request(
    location_id: int,
    *,
    body: CreatePositionQuickBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, CreatePositionQuickBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> CreatePositionQuickResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: CreatePositionQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreatePositionQuickResponse201 | None:
    """Deprecated. Quick create a position

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **This endpoint is deprecated.** Use `POST /v2/companies/{company_id}/positions` instead.

    Creates a new position in a location; position is created as a chain entity and at the same time
    linked to a location initiated its creation.

    **Migration:** The V2 Positions API provides full CRUD operations with enhanced validation and
    JSON:API format responses. See operation `create_position` for details.

    POST /company/{location_id}/positions/quick (operation `create_position_quick` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        body (CreatePositionQuickBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreatePositionQuickResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: CreatePositionQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreatePositionQuickResponse201]:
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
    body: CreatePositionQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreatePositionQuickResponse201 | None:
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
    body: CreatePositionQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreatePositionQuickResponse201]:
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
