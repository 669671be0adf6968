"""Create a Chain Promotion

POST /chain/{chain_id}/loyalty/programs (operation `create_chain_loyalty_program` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_chain_loyalty_program_body import CreateChainLoyaltyProgramBody
from ...models.create_chain_loyalty_program_include import CreateChainLoyaltyProgramInclude
from ...models.create_chain_loyalty_program_response_200 import CreateChainLoyaltyProgramResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "create_chain_loyalty_program", "POST", "/chain/{chain_id}/loyalty/programs", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("CreateChainLoyaltyProgramResponse200")

_BODY = _fields.Model("CreateChainLoyaltyProgramBody")


def _request(
    chain_id: int,
    *,
    body: CreateChainLoyaltyProgramBody,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    include = _arguments.member("include", include, CreateChainLoyaltyProgramInclude, required=False)

    _arguments.instance("body", body, CreateChainLoyaltyProgramBody, required=True)

    params: dict[str, Any] = {}
    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "chain_id": chain_id,
        },
        params=params,
        json=_json,
    )


def _parse_data(data: Any) -> CreateChainLoyaltyProgramResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    *,
    body: CreateChainLoyaltyProgramBody,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateChainLoyaltyProgramResponse200 | None:
    """Create a Chain Promotion

    POST /chain/{chain_id}/loyalty/programs (operation `create_chain_loyalty_program` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        include (CreateChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
        body (CreateChainLoyaltyProgramBody): The body of the request to create a loyalty
            promotion Example: {'title': 'Cumulative discount for some services and not for goods',
            'type': 'discount_accumulative_paid', 'service_item_type': 'custom_allowed',
            'good_item_type': 'not_allowed', 'allowed_service_ids': [53, 92], 'allowed_good_ids': [],
            'allowed_good_category_ids': [], 'value_unit': 'percent', 'usage_limit': 0,
            'visit_multiplicity': 0, 'sold_items_multiplicity': 0, 'expiration_timeout': 6,
            'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7,
            'params_source_type': 'chain', 'history_start_date': '2026-09-21',
            'loyalty_card_type_ids': [51, 29], 'on_changed_notification_template': {'type': 'custom',
            'body': 'Your discount has changed'}, 'on_expiration_notification_template': {'type':
            'big'}, 'rules': [{'parameter': 10, 'value': 2.5, 'service_id': 0}, {'parameter': 30,
            'value': 7.5, 'service_id': 0}], 'company_ids': [49]}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateChainLoyaltyProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            body=body,
            include=include,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    *,
    body: CreateChainLoyaltyProgramBody,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateChainLoyaltyProgramResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            body=body,
            include=include,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    *,
    body: CreateChainLoyaltyProgramBody,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateChainLoyaltyProgramResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                body=body,
                include=include,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    body: CreateChainLoyaltyProgramBody,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateChainLoyaltyProgramResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            body=body,
            include=include,
        ),
        _parse_data,
        options,
    )
