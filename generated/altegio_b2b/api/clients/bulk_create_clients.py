"""Bulk adding clients

POST /clients/{location_id}/bulk (operation `bulk_create_clients` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.bulk_create_clients_body_type_0 import BulkCreateClientsBodyType0
from ...types import UNSET, Response, Unset

_OPERATION = Operation("bulk_create_clients", "POST", "/clients/{location_id}/bulk", "BearerPartnerUser")
_RESPONSE = _fields.ANY

_BODY = _fields.OneOf(
    _fields.Model("BulkCreateClientsBodyType0"),
    _fields.ListOf(_fields.ANY),
)


def _request(
    location_id: int,
    *,
    body: BulkCreateClientsBodyType0 | list[Any] | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: BulkCreateClientsBodyType0 | list[Any] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Bulk adding clients

    POST /clients/{location_id}/bulk (operation `bulk_create_clients` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        body (BulkCreateClientsBodyType0 | list[Any] | Unset):  Example: [{'name': 'James',
            'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550181, 'email':
            'j.smith@example.com', 'gender_id': 1, 'discount': 15, 'importance_id': 1, 'card':
            555888666, 'birth_date': '952041600', 'comment': 'throws show-off', 'sms_check': 0,
            'sms_not': 0, 'spent': 1000, 'balance': -200, 'categories': [101, 102]}, {'name': 'James',
            'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550181}, {'phone': 13155550182},
            {'name': 'James', 'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550183},
            {'name': 'Theodore', 'surname': 'Hicks', 'middle_name': 'Richardson'}].
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
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: BulkCreateClientsBodyType0 | list[Any] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
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
    body: BulkCreateClientsBodyType0 | list[Any] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
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
    body: BulkCreateClientsBodyType0 | list[Any] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
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
