"""Book Event

POST /activity/{location_id}/{event_id}/book (operation `book_event` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.book_event_body import BookEventBody
from ...models.book_event_response_200 import BookEventResponse200
from ...types import Response

_OPERATION = Operation("book_event", "POST", "/activity/{location_id}/{event_id}/book", "BearerPartner")
_RESPONSE = _fields.Model("BookEventResponse200")

_BODY = _fields.Model("BookEventBody")


def _request(
    location_id: int,
    event_id: int,
    *,
    body: BookEventBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("event_id", event_id, required=True)

    _arguments.instance("body", body, BookEventBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "event_id": event_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> BookEventResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    event_id: int,
    *,
    body: BookEventBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> BookEventResponse200 | None:
    """Book Event

    POST /activity/{location_id}/{event_id}/book (operation `book_event` of the Online Booking API); needs the partner token.

    Args:
        location_id (int): location ID
        event_id (int): Event ID
        body (BookEventBody): Book Event request body Example: {'fullname': 'James Smith',
            'phone': '+13155550175', 'email': 'j.smith@example.com', 'code': 0, 'comment': '',
            'notify_by_sms': 0, 'notify_by_email': 0, 'type': 'mobile'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        BookEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            event_id=event_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    event_id: int,
    *,
    body: BookEventBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[BookEventResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            event_id=event_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    event_id: int,
    *,
    body: BookEventBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> BookEventResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                event_id=event_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    event_id: int,
    *,
    body: BookEventBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[BookEventResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            event_id=event_id,
            body=body,
        ),
        _parse_data,
        options,
    )
