"""Get Location's Call List

GET /voip/integration/calls (operation `list_voip_calls` of the Developer Tools API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.list_voip_calls_body import ListVoipCallsBody
from ...models.list_voip_calls_response_200_item import ListVoipCallsResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "list_voip_calls", "GET", "/voip/integration/calls", "BearerPartnerUser", paging=Paging("body", "page", "limit")
)
_RESPONSE = _fields.ListOf(_fields.Model("ListVoipCallsResponse200Item"))

_BODY = _fields.Model("ListVoipCallsBody")


def _request(
    *,
    body: ListVoipCallsBody | Unset = UNSET,
) -> RequestParts:
    _arguments.instance("body", body, ListVoipCallsBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> list[ListVoipCallsResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    body: ListVoipCallsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[ListVoipCallsResponse200Item] | None:
    """Get Location's Call List

    This endpoint is designed to get a list of calls in a location, taking into account filters and
    pagination

    GET /voip/integration/calls (operation `list_voip_calls` of the Developer Tools API); needs the partner and the user token.

    Args:
        body (ListVoipCallsBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[ListVoipCallsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    body: ListVoipCallsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[ListVoipCallsResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    body: ListVoipCallsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[ListVoipCallsResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    body: ListVoipCallsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[ListVoipCallsResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
