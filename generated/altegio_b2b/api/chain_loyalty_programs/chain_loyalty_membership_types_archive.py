from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.chain_loyalty_membership_types_archive_body import ChainLoyaltyMembershipTypesArchiveBody
from ...types import Response

_OPERATION = OPERATIONS["chain_loyalty_membership_types_archive"]


def _get_kwargs(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesArchiveBody,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("loyalty_membership_type_id", loyalty_membership_type_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyMembershipTypesArchiveBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive".format(
            chain_id=quote(str(chain_id), safe=""),
            loyalty_membership_type_id=quote(str(loyalty_membership_type_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


def sync_detailed(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesArchiveBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Archive or unarchive membership type

    Archives or unarchives a membership type.

    Archived membership types:
    - Cannot be sold to new clients
    - Existing active memberships remain functional
    - Can be unarchived at any time

    **Note:** Requires chain-level permissions.

    PATCH /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive (operation `chain_loyalty_membership_types_archive`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID
        body (ChainLoyaltyMembershipTypesArchiveBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    PATCH /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive (operation `chain_loyalty_membership_types_archive`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID
        body (ChainLoyaltyMembershipTypesArchiveBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesArchiveBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Archive or unarchive membership type

    Archives or unarchives a membership type.

    Archived membership types:
    - Cannot be sold to new clients
    - Existing active memberships remain functional
    - Can be unarchived at any time

    **Note:** Requires chain-level permissions.

    PATCH /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive (operation `chain_loyalty_membership_types_archive`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID
        body (ChainLoyaltyMembershipTypesArchiveBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    PATCH /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive (operation `chain_loyalty_membership_types_archive`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID
        body (ChainLoyaltyMembershipTypesArchiveBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
