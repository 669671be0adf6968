"""Get appointment review

GET /master_record_review/{record_token} (operation `get_feedback_form_status` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_feedback_form_status_response_200 import GetFeedbackFormStatusResponse200
from ...types import Response

_OPERATION = Operation("get_feedback_form_status", "GET", "/master_record_review/{record_token}", "BearerPartner")
_RESPONSE = _fields.Model("GetFeedbackFormStatusResponse200")


def _request(
    record_token: str,
) -> RequestParts:

    return RequestParts(
        path_params={
            "record_token": record_token,
        },
    )


def _parse_data(data: Any) -> GetFeedbackFormStatusResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    record_token: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetFeedbackFormStatusResponse200 | None:
    """Get appointment review

    GET /master_record_review/{record_token} (operation `get_feedback_form_status` of the Online Booking API); needs the partner token.

    Args:
        record_token (str): Short appointment token
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetFeedbackFormStatusResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            record_token=record_token,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    record_token: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetFeedbackFormStatusResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            record_token=record_token,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    record_token: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetFeedbackFormStatusResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                record_token=record_token,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    record_token: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetFeedbackFormStatusResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            record_token=record_token,
        ),
        _parse_data,
        options,
    )
