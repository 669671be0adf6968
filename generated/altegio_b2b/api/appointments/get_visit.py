"""Get a visit

GET /visits/{visit_id} (operation `get_visit` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_visit_response_200 import GetVisitResponse200
from ...types import Response

_OPERATION = Operation("get_visit", "GET", "/visits/{visit_id}", "BearerPartnerUser")
_RESPONSE = _fields.Model("GetVisitResponse200")


def _request(
    visit_id: int,
) -> RequestParts:
    _arguments.integer("visit_id", visit_id, required=True)

    return RequestParts(
        path_params={
            "visit_id": visit_id,
        },
    )


def _parse_data(data: Any) -> GetVisitResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetVisitResponse200 | None:
    """Get a visit

    GET /visits/{visit_id} (operation `get_visit` of the Business Management API); needs the partner and the user token.

    Args:
        visit_id (int):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetVisitResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            visit_id=visit_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetVisitResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            visit_id=visit_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetVisitResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                visit_id=visit_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetVisitResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            visit_id=visit_id,
        ),
        _parse_data,
        options,
    )
