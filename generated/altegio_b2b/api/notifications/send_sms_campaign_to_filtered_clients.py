"""Send SMS campaigns to customers matching the filters

POST /sms/clients/by_filter/{location_id} (operation `send_sms_campaign_to_filtered_clients` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.send_sms_campaign_to_filtered_clients_body import SendSmsCampaignToFilteredClientsBody
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "send_sms_campaign_to_filtered_clients", "POST", "/sms/clients/by_filter/{location_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.STRING

_BODY = _fields.Model("SendSmsCampaignToFilteredClientsBody")


def _request(
    location_id: int,
    *,
    body: SendSmsCampaignToFilteredClientsBody,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, SendSmsCampaignToFilteredClientsBody, required=True)

    params: dict[str, Any] = {}
    params["fullname"] = fullname
    params["phone"] = phone
    params["email"] = email
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
        json=_json,
    )


def _parse_data(data: Any) -> str:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: SendSmsCampaignToFilteredClientsBody,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> str | None:
    """Send SMS campaigns to customers matching the filters

    The object for creating SMS mailing has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | text | string | SMS text message |

    #### Client filtering
    + fullname:'Joh' (optional, string) - Name (part of name) to filter clients
    + phone:'1315' (optional, string) - Phone (part of the number) to filter clients
    + email:'test@' (optional, string) - Email (part) for client filtering
    + card:'5663rt' (optional, string) - Card (part) to filter customers by loyalty card number

    Attention: If there are no filters, SMS mailing will go to the entire database!

    POST /sms/clients/by_filter/{location_id} (operation `send_sms_campaign_to_filtered_clients` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        fullname (str | Unset): Name (part of the name) for client filtering
        phone (str | Unset): Phone (part of the number) for customer filtering
        email (str | Unset): Email (part) for customer filtering
        body (SendSmsCampaignToFilteredClientsBody): Send SMS campaigns to customers matching the
            filters Example: {'text': 'Dear clients, we congratulate you on being our clients! You are
            very lucky!'}.
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
            fullname=fullname,
            phone=phone,
            email=email,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: SendSmsCampaignToFilteredClientsBody,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[str]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
            fullname=fullname,
            phone=phone,
            email=email,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    body: SendSmsCampaignToFilteredClientsBody,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
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
                fullname=fullname,
                phone=phone,
                email=email,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: SendSmsCampaignToFilteredClientsBody,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[str]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
            fullname=fullname,
            phone=phone,
            email=email,
        ),
        _parse_data,
        options,
    )
