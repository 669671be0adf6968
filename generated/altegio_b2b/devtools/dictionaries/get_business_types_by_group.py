"""Get business types by group

GET /references/business_groups_with_types (operation `get_business_types_by_group` of the Developer Tools API); needs the partner token.
"""

from typing import Any

from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_business_types_by_group_response_200_item import GetBusinessTypesByGroupResponse200Item
from ...types import Response

_OPERATION = Operation("get_business_types_by_group", "GET", "/references/business_groups_with_types", "BearerPartner")
_RESPONSE = _fields.ListOf(_fields.Model("GetBusinessTypesByGroupResponse200Item"))


def _request() -> RequestParts:

    return RequestParts()


def _parse_data(data: Any) -> list[GetBusinessTypesByGroupResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetBusinessTypesByGroupResponse200Item] | None:
    """Get business types by group

    GET /references/business_groups_with_types (operation `get_business_types_by_group` of the Developer Tools API); needs the partner token.

    Args:
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetBusinessTypesByGroupResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(_OPERATION, _request(), _parse_data, options).parsed


def sync_detailed(
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetBusinessTypesByGroupResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(_OPERATION, _request(), _parse_data, options)


async def asyncio(
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetBusinessTypesByGroupResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (await client.asend(_OPERATION, _request(), _parse_data, options)).parsed


async def asyncio_detailed(
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetBusinessTypesByGroupResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(_OPERATION, _request(), _parse_data, options)
