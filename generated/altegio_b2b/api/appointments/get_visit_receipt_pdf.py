from io import BytesIO
from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...types import File, Response

_OPERATION = OPERATIONS["get_visit_receipt_pdf"]


def _get_kwargs(
    visit_id: int,
) -> dict[str, Any]:
    _arguments.integer("visit_id", visit_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/attendance/receipt_print/{visit_id}".format(
            visit_id=quote(str(visit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> File:
    response_200 = File(payload=BytesIO(data))

    return response_200


def sync_detailed(
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[File]:
    """Receipt PDF for the visit

    GET /attendance/receipt_print/{visit_id} (operation `get_visit_receipt_pdf`)

    Args:
        visit_id (int):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[File]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> File | None:
    """Receipt PDF for the visit

    GET /attendance/receipt_print/{visit_id} (operation `get_visit_receipt_pdf`)

    Args:
        visit_id (int):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        File | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        visit_id=visit_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[File]:
    """Receipt PDF for the visit

    GET /attendance/receipt_print/{visit_id} (operation `get_visit_receipt_pdf`)

    Args:
        visit_id (int):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[File]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> File | None:
    """Receipt PDF for the visit

    GET /attendance/receipt_print/{visit_id} (operation `get_visit_receipt_pdf`)

    Args:
        visit_id (int):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        File | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            visit_id=visit_id,
            client=client,
            options=options,
        )
    ).parsed
