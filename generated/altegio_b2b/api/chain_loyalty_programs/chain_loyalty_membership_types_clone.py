"""Clone membership type

POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone (operation `chain_loyalty_membership_types_clone` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.chain_loyalty_membership_types_clone_body import ChainLoyaltyMembershipTypesCloneBody
from ...models.chain_loyalty_membership_types_clone_response_200 import ChainLoyaltyMembershipTypesCloneResponse200
from ...models.chain_loyalty_membership_types_clone_response_201 import ChainLoyaltyMembershipTypesCloneResponse201
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "chain_loyalty_membership_types_clone",
    "POST",
    "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("ChainLoyaltyMembershipTypesCloneResponse200")

_BODY = _fields.Model("ChainLoyaltyMembershipTypesCloneBody")


def _request(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("loyalty_membership_type_id", loyalty_membership_type_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyMembershipTypesCloneBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "chain_id": chain_id,
            "loyalty_membership_type_id": loyalty_membership_type_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> ChainLoyaltyMembershipTypesCloneResponse200 | ChainLoyaltyMembershipTypesCloneResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesCloneResponse200 | ChainLoyaltyMembershipTypesCloneResponse201 | None:
    """Clone membership type

    Creates a copy of an existing membership type with a new ID.

    The cloned membership type will:
    - Have the same settings (cost, period, services, etc.)
    - Get a modified title with " (2)" suffix automatically added
    - Have a new unique ID
    - Preserve all service/category links from the original

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone (operation `chain_loyalty_membership_types_clone` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID to clone
        body (ChainLoyaltyMembershipTypesCloneBody | Unset): Empty body required (or omit
            entirely)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipTypesCloneResponse200 | ChainLoyaltyMembershipTypesCloneResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesCloneResponse200 | ChainLoyaltyMembershipTypesCloneResponse201]:
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
    body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesCloneResponse200 | ChainLoyaltyMembershipTypesCloneResponse201 | None:
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
    body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesCloneResponse200 | ChainLoyaltyMembershipTypesCloneResponse201]:
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
