"""Receipt PDF for the visit

GET /attendance/receipt_print/{visit_id} (operation `get_visit_receipt_pdf` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...types import File, Response

_OPERATION = Operation(
    "get_visit_receipt_pdf",
    "GET",
    "/attendance/receipt_print/{visit_id}",
    "BearerPartnerUser",
    response_kind="bytes",
    media_type="application/pdf",
)
_RESPONSE = _fields.FILE


def _request(
    visit_id: int,
) -> RequestParts:
    _arguments.integer("visit_id", visit_id, required=True)

    return RequestParts(
        path_params={
            "visit_id": visit_id,
        },
    )


def _parse_data(data: Any) -> File:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> File | None:
    """Receipt PDF for the visit

    GET /attendance/receipt_print/{visit_id} (operation `get_visit_receipt_pdf` of the Business Management API); needs the partner and the user token.

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
        File | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
) -> Response[File]:
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
) -> File | None:
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
) -> Response[File]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            visit_id=visit_id,
        ),
        _parse_data,
        options,
    )
