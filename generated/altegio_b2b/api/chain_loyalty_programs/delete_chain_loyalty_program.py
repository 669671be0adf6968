from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.delete_chain_loyalty_program_include import DeleteChainLoyaltyProgramInclude
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["delete_chain_loyalty_program"]


def _get_kwargs(
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("loyalty_program_id", loyalty_program_id, required=True)

    include = _arguments.member("include", include, DeleteChainLoyaltyProgramInclude, required=False)

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chain/{chain_id}/loyalty/programs/{loyalty_program_id}".format(
            chain_id=quote(str(chain_id), safe=""),
            loyalty_program_id=quote(str(loyalty_program_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> Any:
    return None


def sync_detailed(
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Delete Chain Promotion

    DELETE /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `delete_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        loyalty_program_id (int): Promotion ID
        include (DeleteChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
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
        loyalty_program_id=loyalty_program_id,
        include=include,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Delete Chain Promotion

    DELETE /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `delete_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        loyalty_program_id (int): Promotion ID
        include (DeleteChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
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
        loyalty_program_id=loyalty_program_id,
        client=client,
        include=include,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Delete Chain Promotion

    DELETE /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `delete_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        loyalty_program_id (int): Promotion ID
        include (DeleteChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
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
        loyalty_program_id=loyalty_program_id,
        include=include,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Delete Chain Promotion

    DELETE /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `delete_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        loyalty_program_id (int): Promotion ID
        include (DeleteChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
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
            loyalty_program_id=loyalty_program_id,
            client=client,
            include=include,
            options=options,
        )
    ).parsed
