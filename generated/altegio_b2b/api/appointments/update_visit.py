"""Edit Visit

PUT /visits/{visit_id}/{record_id} (operation `update_visit` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_visit_body import UpdateVisitBody
from ...types import Response

_OPERATION = Operation(
    "update_visit", "PUT", "/visits/{visit_id}/{record_id}", "BearerPartnerUser", response_kind="none"
)

_BODY = _fields.Model("UpdateVisitBody")


def _request(
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody,
) -> RequestParts:
    _arguments.integer("visit_id", visit_id, required=True)

    _arguments.integer("record_id", record_id, required=True)

    _arguments.instance("body", body, UpdateVisitBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "visit_id": visit_id,
            "record_id": record_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> Any:
    return None


def sync(
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Edit Visit

    PUT /visits/{visit_id}/{record_id} (operation `update_visit` of the Business Management API); needs the partner and the user token.

    Args:
        visit_id (int):
        record_id (int):
        body (UpdateVisitBody): Edit Visit Example: {'attendance': 1, 'comment': '',
            'new_transactions': [{'id': 12345, 'amount': 100, 'account_id': 23322}],
            'deleted_transaction_ids': [], 'fast_payment': 1, 'goods_transactions': [{'id': 2168657,
            'title': 'Vital Creme Shampoo Plus', 'barcode': '123', 'article': '120277', 'amount': -1,
            'cost_per_unit': 15, 'price': 15, 'cost': 12, 'operation_unit_type': 2, 'master_id':
            55436, 'storage_id': 91303, 'good_id': 232658, 'discount': 20}], 'services': [{'id':
            389045, 'title': 'Hand massage (10 min)', 'cost': 255, 'cost_per_unit': 300, 'discount':
            15, 'first_cost': 300, 'record_id': 10403702}]}.
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
            visit_id=visit_id,
            record_id=record_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            visit_id=visit_id,
            record_id=record_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                visit_id=visit_id,
                record_id=record_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            visit_id=visit_id,
            record_id=record_id,
            body=body,
        ),
        _parse_data,
        options,
    )
