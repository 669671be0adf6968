"""Change service category

PUT /service_category/{location_id}/{id} (operation `update_service_category` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime import shapes as _shapes
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_service_category_body import UpdateServiceCategoryBody
from ...models.update_service_category_response_200 import UpdateServiceCategoryResponse200
from ...types import Response

_OPERATION = Operation("update_service_category", "PUT", "/service_category/{location_id}/{id}", "BearerPartnerUser")
_RESPONSE = _fields.Model("UpdateServiceCategoryResponse200")

_BODY = _fields.Model("UpdateServiceCategoryBody")


def _request(
    location_id: int,
    id: int,
    *,
    body: UpdateServiceCategoryBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("id", id, required=True)

    _arguments.instance("body", body, UpdateServiceCategoryBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "id": id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> UpdateServiceCategoryResponse200:
    data = _shapes.as_object(data)
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    id: int,
    *,
    body: UpdateServiceCategoryBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateServiceCategoryResponse200 | None:
    """Change service category

    PUT /service_category/{location_id}/{id} (operation `update_service_category` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        id (int): Service Category ID
        body (UpdateServiceCategoryBody): Create service category Example: {'title': 'Haircut very
            feminine', 'api_id': 'adw322', 'weight': 111, 'staff': [5006, 8901]}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateServiceCategoryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            id=id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    id: int,
    *,
    body: UpdateServiceCategoryBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateServiceCategoryResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            id=id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    id: int,
    *,
    body: UpdateServiceCategoryBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateServiceCategoryResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                id=id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    id: int,
    *,
    body: UpdateServiceCategoryBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateServiceCategoryResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            id=id,
            body=body,
        ),
        _parse_data,
        options,
    )
