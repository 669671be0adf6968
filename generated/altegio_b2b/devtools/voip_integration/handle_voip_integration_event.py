"""VoIP events

POST /voip/integration (operation `handle_voip_integration_event` of the Developer Tools API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.call_notification import CallNotification
from ...models.connect_integration import ConnectIntegration
from ...models.disable_integration import DisableIntegration
from ...models.saving_call_information import SavingCallInformation
from ...types import Response

_OPERATION = Operation("handle_voip_integration_event", "POST", "/voip/integration", "BearerPartner")
_RESPONSE = _fields.STRING

_BODY = _fields.OneOf(
    _fields.Model("ConnectIntegration"),
    _fields.Model("DisableIntegration"),
    _fields.Model("SavingCallInformation"),
    _fields.Model("CallNotification"),
)


def _request(
    *,
    body: CallNotification | ConnectIntegration | DisableIntegration | SavingCallInformation,
) -> RequestParts:
    _arguments.instance(
        "body",
        body,
        (
            ConnectIntegration,
            DisableIntegration,
            SavingCallInformation,
            CallNotification,
        ),
        required=True,
    )

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> str:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    body: CallNotification | ConnectIntegration | DisableIntegration | SavingCallInformation,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> str | None:
    """VoIP events

    #### Enable integration
    To use the api and activate access to the settings in the user interface, you need to activate the
    integration by sending the "Enable integration" request. After a successful connection, access to
    the section with routing settings will be opened in the chain user interface.

    #### Disable integration
    To disable the integration, you can use the "Disable integration" method. After the integration is
    disabled, access to the user interface settings section is closed, the requests "Call notification"
    and "Call information saving" are not processed.

    #### Call notification
    To display notifications about an incoming call, the "Call notification" method is used, the call
    type ("incoming", "outgoing", "internal") is specified in the parameters, but currently
    notifications are displayed only for the "incoming" value. Notifications are displayed for users
    defined based on routing settings. When specifying the "user" and "diversion" parameters at the same
    time, "user" is the priority when searching for routes.

    #### Saving call information
    The information about the call is automatically saved to the chain history and to the history of
    chain locations in accordance with the call routing settings.

    POST /voip/integration (operation `handle_voip_integration_event` of the Developer Tools API); needs the partner token.

    Args:
        body (CallNotification | ConnectIntegration | DisableIntegration | SavingCallInformation):
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
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    body: CallNotification | ConnectIntegration | DisableIntegration | SavingCallInformation,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[str]:
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
    body: CallNotification | ConnectIntegration | DisableIntegration | SavingCallInformation,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> str | None:
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
    body: CallNotification | ConnectIntegration | DisableIntegration | SavingCallInformation,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[str]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
