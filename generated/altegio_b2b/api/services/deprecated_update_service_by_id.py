"""Update a service

PUT /services/{location_id}/{service_id} (operation `deprecated_update_service_by_id` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.deprecated_update_service_by_id_body import DeprecatedUpdateServiceByIdBody
from ...models.deprecated_update_service_by_id_response_200 import DeprecatedUpdateServiceByIdResponse200
from ...models.deprecated_update_service_by_id_response_201 import DeprecatedUpdateServiceByIdResponse201
from ...types import Response

_OPERATION = Operation(
    "deprecated_update_service_by_id", "PUT", "/services/{location_id}/{service_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("DeprecatedUpdateServiceByIdResponse200")

_BODY = _fields.Model("DeprecatedUpdateServiceByIdBody")


def _request(
    location_id: int,
    service_id: int,
    *,
    body: DeprecatedUpdateServiceByIdBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.instance("body", body, DeprecatedUpdateServiceByIdBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "service_id": service_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> DeprecatedUpdateServiceByIdResponse200 | DeprecatedUpdateServiceByIdResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    service_id: int,
    *,
    body: DeprecatedUpdateServiceByIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> DeprecatedUpdateServiceByIdResponse200 | DeprecatedUpdateServiceByIdResponse201 | None:
    """Update a service

    Method to update a service by ID

    PUT /services/{location_id}/{service_id} (operation `deprecated_update_service_by_id` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        service_id (int): Service ID
        body (DeprecatedUpdateServiceByIdBody): Create a service Example: {'title': "Men's
            haircut", 'category_id': 83167, 'price_min': 1300, 'price_max': 1300, 'duration': 3600,
            'discount': 0, 'comment': '', 'weight': 6, 'active': 1, 'api_id': '00000000042', 'staff':
            [{'id': 5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600}, {'id': 8973,
            'seance_length': 3600}, {'id': 13616, 'seance_length': 3600}, {'id': 16681,
            'seance_length': 3600}, {'id': 1796, 'seance_length': 3600}, {'id': 34006,
            'seance_length': 3600}]}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        DeprecatedUpdateServiceByIdResponse200 | DeprecatedUpdateServiceByIdResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_id=service_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    service_id: int,
    *,
    body: DeprecatedUpdateServiceByIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[DeprecatedUpdateServiceByIdResponse200 | DeprecatedUpdateServiceByIdResponse201]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_id=service_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    body: DeprecatedUpdateServiceByIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> DeprecatedUpdateServiceByIdResponse200 | DeprecatedUpdateServiceByIdResponse201 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                service_id=service_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    *,
    body: DeprecatedUpdateServiceByIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[DeprecatedUpdateServiceByIdResponse200 | DeprecatedUpdateServiceByIdResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            service_id=service_id,
            body=body,
        ),
        _parse_data,
        options,
    )
