"""Update membership type

PUT /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id} (operation `chain_loyalty_membership_types_update` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.chain_loyalty_membership_types_update_body import ChainLoyaltyMembershipTypesUpdateBody
from ...models.chain_loyalty_membership_types_update_response_200 import ChainLoyaltyMembershipTypesUpdateResponse200
from ...types import Response

_OPERATION = Operation(
    "chain_loyalty_membership_types_update",
    "PUT",
    "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("ChainLoyaltyMembershipTypesUpdateResponse200")

_BODY = _fields.Model("ChainLoyaltyMembershipTypesUpdateBody")


def _request(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesUpdateBody,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("loyalty_membership_type_id", loyalty_membership_type_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyMembershipTypesUpdateBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "chain_id": chain_id,
            "loyalty_membership_type_id": loyalty_membership_type_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> ChainLoyaltyMembershipTypesUpdateResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesUpdateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesUpdateResponse200 | None:
    """Update membership type

    Updates an existing membership type. You can update basic information
    (title, cost, period) without modifying the service/category links.

    **Note:** To preserve existing services, pass empty arrays for
    `services` and `service_categories` fields.

    PUT /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id} (operation `chain_loyalty_membership_types_update` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID
        body (ChainLoyaltyMembershipTypesUpdateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipTypesUpdateResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesUpdateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesUpdateResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesUpdateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesUpdateResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                loyalty_membership_type_id=loyalty_membership_type_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesUpdateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesUpdateResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
        ),
        _parse_data,
        options,
    )
