"""Submit appointment review

POST /master_record_review/{record_token} (operation `submit_feedback_form` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.submit_feedback_form_body import SubmitFeedbackFormBody
from ...types import Response

_OPERATION = Operation("submit_feedback_form", "POST", "/master_record_review/{record_token}", "BearerPartner")
_RESPONSE = _fields.ANY

_BODY = _fields.Model("SubmitFeedbackFormBody")


def _request(
    record_token: str,
    *,
    body: SubmitFeedbackFormBody,
) -> RequestParts:

    _arguments.instance("body", body, SubmitFeedbackFormBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "record_token": record_token,
        },
        json=_json,
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    record_token: str,
    *,
    body: SubmitFeedbackFormBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Submit appointment review

    POST /master_record_review/{record_token} (operation `submit_feedback_form` of the Online Booking API); needs the partner token.

    Args:
        record_token (str): Short appointment token
        body (SubmitFeedbackFormBody): Send feedback request Example: {'rating': 5, 'text':
            'Excellent service!', 'tips_amount': 22.5, 'redirect_prefix': 'https://n1.app.alteg.io'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            record_token=record_token,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    record_token: str,
    *,
    body: SubmitFeedbackFormBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            record_token=record_token,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    record_token: str,
    *,
    body: SubmitFeedbackFormBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                record_token=record_token,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    record_token: str,
    *,
    body: SubmitFeedbackFormBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            record_token=record_token,
            body=body,
        ),
        _parse_data,
        options,
    )
