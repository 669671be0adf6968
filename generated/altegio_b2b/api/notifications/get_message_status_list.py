"""Getting Message Statuses

POST /delivery/status (operation `get_message_status_list` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_message_status_list_body_item import GetMessageStatusListBodyItem
from ...types import Response

_OPERATION = Operation("get_message_status_list", "POST", "/delivery/status", "BearerPartnerUser")
_RESPONSE = _fields.ANY

_BODY = _fields.ListOf(_fields.Model("GetMessageStatusListBodyItem"))


def _request(
    *,
    body: list[GetMessageStatusListBodyItem],
) -> RequestParts:

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    body: list[GetMessageStatusListBodyItem],
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Getting Message Statuses

    ### Get message statuses
    | Number | Title |
    | ------------- | ------------- |
    | 1 | Delivered |
    | 2 | Not delivered |
    | 4 | Sent to phone |
    | 8 | Transferred to the operator |
    | 16 | Rejected by operator |
    | 52 | Not enough funds |

    In the event of an error, the corresponding HTTP status code is returned. In some cases, a
    descriptive error message is also included in the response.
    The following error codes may be returned by all API methods:

    | error code | Http status code | Title | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | 5 | 400 | ENTITY_VALIDATION_ERROR | The request body did not pass validation |
    | 10 | 400 | FIELD_VALIDATION_ERROR | Parameter not validated |
    | 15 | 403 | ACCESS_FORBIDDEN | The action is not available, the application does not have the
    required permissions. |
    | 20 | 401 | INVALID_PARTNER_TOKEN | partner_token missing or invalid |
    | 30 | 404 | RESOURCE_NOT_FOUND | The resource at the requested path does not exist |

    When sending SMS, the delivery_callback_url attribute is passed in the request - this is the url to
    which message statuses should be sent.

    Use it to send message statuses. Url to which message statuses should be sent -
    https://app.alteg.io/smsprovider/status/callback/{partner_token}

    POST /delivery/status (operation `get_message_status_list` of the Business Management API); needs the partner and the user token.

    Args:
        body (list[GetMessageStatusListBodyItem]): Getting message statuses Example: [{'id':
            '232674', 'status': 1, 'payment_sum': 0.045, 'currency_iso': 'EUR', 'parts_amount': 2}].
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
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    body: list[GetMessageStatusListBodyItem],
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
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
    body: list[GetMessageStatusListBodyItem],
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
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
    body: list[GetMessageStatusListBodyItem],
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
