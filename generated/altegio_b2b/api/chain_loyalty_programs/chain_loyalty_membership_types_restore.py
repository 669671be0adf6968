from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.chain_loyalty_membership_types_restore_body import ChainLoyaltyMembershipTypesRestoreBody
from ...types import Response

_OPERATION = OPERATIONS["chain_loyalty_membership_types_restore"]


def _get_kwargs(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("loyalty_membership_type_id", loyalty_membership_type_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyMembershipTypesRestoreBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/restore".format(
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
    body: ChainLoyaltyMembershipTypesRestoreBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Restore deleted membership type

    Restores a previously deleted membership type.

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/restore (operation `chain_loyalty_membership_types_restore`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID to restore
        body (ChainLoyaltyMembershipTypesRestoreBody):
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
    body: ChainLoyaltyMembershipTypesRestoreBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Restore deleted membership type

    Restores a previously deleted membership type.

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/restore (operation `chain_loyalty_membership_types_restore`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID to restore
        body (ChainLoyaltyMembershipTypesRestoreBody):
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
    body: ChainLoyaltyMembershipTypesRestoreBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Restore deleted membership type

    Restores a previously deleted membership type.

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/restore (operation `chain_loyalty_membership_types_restore`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID to restore
        body (ChainLoyaltyMembershipTypesRestoreBody):
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
    body: ChainLoyaltyMembershipTypesRestoreBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Restore deleted membership type

    Restores a previously deleted membership type.

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/restore (operation `chain_loyalty_membership_types_restore`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID to restore
        body (ChainLoyaltyMembershipTypesRestoreBody):
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
