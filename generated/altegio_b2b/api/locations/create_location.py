"""Create a location

POST /companies (operation `create_location` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_location_body import CreateLocationBody
from ...models.create_location_response_201 import CreateLocationResponse201
from ...types import Response

_OPERATION = Operation("create_location", "POST", "/companies", "BearerPartnerUser")
_RESPONSE = _fields.Model("CreateLocationResponse201")

_BODY = _fields.Model("CreateLocationBody")


def _request(
    *,
    body: CreateLocationBody,
) -> RequestParts:
    _arguments.instance("body", body, CreateLocationBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> CreateLocationResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    body: CreateLocationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateLocationResponse201 | None:
    """Create a location

    Create new location

    POST /companies (operation `create_location` of the Business Management API); needs the partner and the user token.

    Args:
        body (CreateLocationBody): Create a location Example: {'title': 'James Smith LLC',
            'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive', 'site': 'james-
            smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot': -73.935242,
            'business_type_id': 1, 'short_descr': 'Beauty studio'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateLocationResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    body: CreateLocationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateLocationResponse201]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    body: CreateLocationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateLocationResponse201 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    body: CreateLocationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateLocationResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
