"""Get a list of clients

POST /company/{location_id}/clients/search (operation `get_client_list` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_client_list_body import GetClientListBody
from ...models.get_client_list_response_200_item import GetClientListResponse200Item
from ...types import Response

_OPERATION = Operation(
    "get_client_list",
    "POST",
    "/company/{location_id}/clients/search",
    "BearerPartnerUser",
    paging=Paging("body", "page", "page_size"),
)
_RESPONSE = _fields.ListOf(_fields.Model("GetClientListResponse200Item"))

_BODY = _fields.Model("GetClientListBody")


def _request(
    location_id: int,
    *,
    body: GetClientListBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, GetClientListBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> list[GetClientListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: GetClientListBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientListResponse200Item] | None:
    """Get a list of clients

    POST /company/{location_id}/clients/search (operation `get_client_list` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        body (GetClientListBody): Get a list of clients Example: {'page': 1, 'page_size': 3,
            'fields': ['id', 'name'], 'order_by': 'name', 'order_by_direction': 'desc', 'operation':
            'AND', 'filters': [{'type': 'id', 'state': {'value': [1, 2, 3]}}, {'type': 'sold_amount',
            'state': {'from': 0, 'to': 100.77}}, {'type': 'quick_search', 'state': {'value': 'James
            Smith'}}, {'type': 'importance', 'state': {'value': [0, 1, 2, 3]}}, {'type':
            'has_mobile_app', 'state': {'value': True}}, {'type': 'category', 'state': {'value': [1,
            7]}}, {'type': 'has_passteam_card', 'state': {'value': True}}, {'type':
            'passteam_card_ids', 'state': {'value': ['111122223333aaaabbbbcccc']}}, {'type':
            'birthday', 'state': {'from': '1990-01-01 00:00:00', 'to': '2000-01-01 23:59:59'}},
            {'type': 'gender', 'state': {'value': [0, 1, 2]}}, {'type': 'record', 'state': {'staff':
            {'value': [1, 2]}, 'service': {'value': [2, 3]}, 'service_category': {'value': [4, 5]},
            'status': {'value': [1]}, 'created': {'from': '2026-01-01 00:00:00', 'to': '2026-01-01
            23:59:59'}, 'records_count': {'from': 1, 'to': 99999}, 'sold_amount': {'from': 1.001,
            'to': 99999.09}}}, {'type': 'client', 'state': {'id': {'value': [1, 2, 3]}, 'birthday':
            {'from': '1990-01-01 00:00:00', 'to': '2000-01-01 23:59:59'}}}, {'type': 'sale', 'state':
            {'abonement_balance': {'from': 2, 'to': 3}}}]}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetClientListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: GetClientListBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientListResponse200Item]]:
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
    body: GetClientListBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientListResponse200Item] | None:
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
    body: GetClientListBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientListResponse200Item]]:
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
