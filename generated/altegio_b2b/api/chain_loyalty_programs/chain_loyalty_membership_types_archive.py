"""Archive or unarchive membership type

PATCH /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive (operation `chain_loyalty_membership_types_archive` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.chain_loyalty_membership_types_archive_body import ChainLoyaltyMembershipTypesArchiveBody
from ...types import Response

_OPERATION = Operation(
    "chain_loyalty_membership_types_archive",
    "PATCH",
    "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive",
    "BearerPartnerUser",
)
_RESPONSE = _fields.ANY

_BODY = _fields.Model("ChainLoyaltyMembershipTypesArchiveBody")


def _request(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesArchiveBody,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("loyalty_membership_type_id", loyalty_membership_type_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyMembershipTypesArchiveBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "chain_id": chain_id,
            "loyalty_membership_type_id": loyalty_membership_type_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesArchiveBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Archive or unarchive membership type

    Archives or unarchives a membership type.

    Archived membership types:
    - Cannot be sold to new clients
    - Existing active memberships remain functional
    - Can be unarchived at any time

    **Note:** Requires chain-level permissions.

    PATCH /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive (operation `chain_loyalty_membership_types_archive` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID
        body (ChainLoyaltyMembershipTypesArchiveBody):
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
    body: ChainLoyaltyMembershipTypesArchiveBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
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
    body: ChainLoyaltyMembershipTypesArchiveBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
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
    body: ChainLoyaltyMembershipTypesArchiveBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
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
