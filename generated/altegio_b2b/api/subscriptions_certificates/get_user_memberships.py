"""Get User Memberships

GET /user/loyalty/abonements (operation `get_user_memberships` of the Business Management API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_user_memberships_response_200_item import GetUserMembershipsResponse200Item
from ...types import UNSET, Response

_OPERATION = Operation("get_user_memberships", "GET", "/user/loyalty/abonements", "BearerPartner")
_RESPONSE = _fields.ListOf(_fields.Model("GetUserMembershipsResponse200Item"))


def _request(
    *,
    company_id: int,
) -> RequestParts:
    _arguments.integer("company_id", company_id, required=True)

    params: dict[str, Any] = {}
    params["company_id"] = company_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        params=params,
    )


def _parse_data(data: Any) -> list[GetUserMembershipsResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    company_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetUserMembershipsResponse200Item] | None:
    """Get User Memberships

    Returns a list of memberships of an authorized user

    GET /user/loyalty/abonements (operation `get_user_memberships` of the Business Management API); needs the partner token.

    Args:
        company_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetUserMembershipsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            company_id=company_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    company_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetUserMembershipsResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            company_id=company_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    company_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetUserMembershipsResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                company_id=company_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    company_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetUserMembershipsResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            company_id=company_id,
        ),
        _parse_data,
        options,
    )
