"""Edit Chain Promotion

PUT /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `update_chain_loyalty_program` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_chain_loyalty_program_body import UpdateChainLoyaltyProgramBody
from ...models.update_chain_loyalty_program_include import UpdateChainLoyaltyProgramInclude
from ...models.update_chain_loyalty_program_response_200 import UpdateChainLoyaltyProgramResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "update_chain_loyalty_program",
    "PUT",
    "/chain/{chain_id}/loyalty/programs/{loyalty_program_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("UpdateChainLoyaltyProgramResponse200")

_BODY = _fields.Model("UpdateChainLoyaltyProgramBody")


def _request(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("loyalty_program_id", loyalty_program_id, required=True)

    include = _arguments.member("include", include, UpdateChainLoyaltyProgramInclude, required=False)

    _arguments.instance("body", body, UpdateChainLoyaltyProgramBody, required=True)

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
            "loyalty_program_id": loyalty_program_id,
        },
        params=params,
        json=_json,
    )


def _parse_data(data: Any) -> UpdateChainLoyaltyProgramResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateChainLoyaltyProgramResponse200 | None:
    """Edit Chain Promotion

    PUT /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `update_chain_loyalty_program` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        loyalty_program_id (int): Promotion ID
        include (UpdateChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
        body (UpdateChainLoyaltyProgramBody): The body of the request to change the loyalty
            promotion Example: {'title': 'Cumulative discount for some services and not for goods',
            'allowed_service_ids': [53, 92], 'allowed_good_ids': [], 'allowed_good_category_ids': [],
            'usage_limit': 0, 'expiration_timeout': 6, 'expiration_timeout_unit': 'month',
            'expiration_notification_timeout': 7, 'loyalty_card_type_ids': [51, 29],
            'on_changed_notification_template': {'type': 'custom', 'body': 'Your discount has
            changed'}, 'on_expiration_notification_template': {'type': 'big'}, 'rules': [{'parameter':
            10, 'value': 2.5, 'service_id': 0}, {'parameter': 30, 'value': 7.5, 'service_id': 0}],
            'company_ids': [49]}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateChainLoyaltyProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            body=body,
            include=include,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateChainLoyaltyProgramResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            body=body,
            include=include,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateChainLoyaltyProgramResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                loyalty_program_id=loyalty_program_id,
                body=body,
                include=include,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateChainLoyaltyProgramResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            body=body,
            include=include,
        ),
        _parse_data,
        options,
    )
