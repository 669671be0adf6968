"""Send Email newsletter according to the list of clients

POST /email/clients/by_id/{location_id} (operation `send_email_newsletter_to_clients` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.send_email_newsletter_to_clients_body import SendEmailNewsletterToClientsBody
from ...types import Response

_OPERATION = Operation(
    "send_email_newsletter_to_clients", "POST", "/email/clients/by_id/{location_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.STRING

_BODY = _fields.Model("SendEmailNewsletterToClientsBody")


def _request(
    location_id: int,
    *,
    body: SendEmailNewsletterToClientsBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, SendEmailNewsletterToClientsBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> str:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: SendEmailNewsletterToClientsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> str | None:
    """Send Email newsletter according to the list of clients

    The object for creating an Email campaign has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | client_ids | array of numbers | Array of client IDs |
    | text | string | Text Email Message |
    | subject | string | Email Subject |

    POST /email/clients/by_id/{location_id} (operation `send_email_newsletter_to_clients` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        body (SendEmailNewsletterToClientsBody): Send Email newsletter according to the list of
            clients Example: {'client_ids': [1, 2, 3, 4, 5], 'subject': 'Important!', 'text': 'Dear
            clients, we congratulate you on being our clients! You are very lucky!'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        str | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: SendEmailNewsletterToClientsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[str]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    body: SendEmailNewsletterToClientsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> str | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: SendEmailNewsletterToClientsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[str]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )
