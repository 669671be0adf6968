from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.send_email_campaign_to_filtered_clients_body import SendEmailCampaignToFilteredClientsBody
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["send_email_campaign_to_filtered_clients"]


def _get_kwargs(
    location_id: int,
    *,
    body: SendEmailCampaignToFilteredClientsBody,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, SendEmailCampaignToFilteredClientsBody, required=True)

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["email"] = email

    params["fullname"] = fullname

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/clients/by_filter/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> None:
    return cast(None, data)


def sync_detailed(
    location_id: int,
    *,
    body: SendEmailCampaignToFilteredClientsBody,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None]:
    """Send email campaigns for clients matching the filters

    The object for creating an Email campaign has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | text | string | Text Email Message |
    | subject | string | Email Subject |

    #### Client filtering
    + fullname:'Joh' (optional, string) - Name (part of name) to filter clients
    + phone:'1315' (optional, string) - Phone (part of the number) to filter clients
    + email:'test@' (optional, string) - Email (part) for client filtering
    + card:'5663rt' (optional, string) - Card (part) to filter customers by loyalty card number

    Attention: If there are no filters, email distribution will go to the entire database!

    POST /email/clients/by_filter/{location_id} (operation `send_email_campaign_to_filtered_clients`)

    Args:
        location_id (int): location ID
        email (str | Unset): Email (part) for customer filtering
        fullname (str | Unset): Name (part of the name) for client filtering
        phone (str | Unset): Phone (part of the number) for customer filtering
        body (SendEmailCampaignToFilteredClientsBody): Send email campaigns for clients matching
            the filters
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[None]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
        email=email,
        fullname=fullname,
        phone=phone,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    body: SendEmailCampaignToFilteredClientsBody,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None:
    """Send email campaigns for clients matching the filters

    The object for creating an Email campaign has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | text | string | Text Email Message |
    | subject | string | Email Subject |

    #### Client filtering
    + fullname:'Joh' (optional, string) - Name (part of name) to filter clients
    + phone:'1315' (optional, string) - Phone (part of the number) to filter clients
    + email:'test@' (optional, string) - Email (part) for client filtering
    + card:'5663rt' (optional, string) - Card (part) to filter customers by loyalty card number

    Attention: If there are no filters, email distribution will go to the entire database!

    POST /email/clients/by_filter/{location_id} (operation `send_email_campaign_to_filtered_clients`)

    Args:
        location_id (int): location ID
        email (str | Unset): Email (part) for customer filtering
        fullname (str | Unset): Name (part of the name) for client filtering
        phone (str | Unset): Phone (part of the number) for customer filtering
        body (SendEmailCampaignToFilteredClientsBody): Send email campaigns for clients matching
            the filters
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        None | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
        email=email,
        fullname=fullname,
        phone=phone,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: SendEmailCampaignToFilteredClientsBody,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None]:
    """Send email campaigns for clients matching the filters

    The object for creating an Email campaign has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | text | string | Text Email Message |
    | subject | string | Email Subject |

    #### Client filtering
    + fullname:'Joh' (optional, string) - Name (part of name) to filter clients
    + phone:'1315' (optional, string) - Phone (part of the number) to filter clients
    + email:'test@' (optional, string) - Email (part) for client filtering
    + card:'5663rt' (optional, string) - Card (part) to filter customers by loyalty card number

    Attention: If there are no filters, email distribution will go to the entire database!

    POST /email/clients/by_filter/{location_id} (operation `send_email_campaign_to_filtered_clients`)

    Args:
        location_id (int): location ID
        email (str | Unset): Email (part) for customer filtering
        fullname (str | Unset): Name (part of the name) for client filtering
        phone (str | Unset): Phone (part of the number) for customer filtering
        body (SendEmailCampaignToFilteredClientsBody): Send email campaigns for clients matching
            the filters
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[None]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
        email=email,
        fullname=fullname,
        phone=phone,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    body: SendEmailCampaignToFilteredClientsBody,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None:
    """Send email campaigns for clients matching the filters

    The object for creating an Email campaign has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | text | string | Text Email Message |
    | subject | string | Email Subject |

    #### Client filtering
    + fullname:'Joh' (optional, string) - Name (part of name) to filter clients
    + phone:'1315' (optional, string) - Phone (part of the number) to filter clients
    + email:'test@' (optional, string) - Email (part) for client filtering
    + card:'5663rt' (optional, string) - Card (part) to filter customers by loyalty card number

    Attention: If there are no filters, email distribution will go to the entire database!

    POST /email/clients/by_filter/{location_id} (operation `send_email_campaign_to_filtered_clients`)

    Args:
        location_id (int): location ID
        email (str | Unset): Email (part) for customer filtering
        fullname (str | Unset): Name (part of the name) for client filtering
        phone (str | Unset): Phone (part of the number) for customer filtering
        body (SendEmailCampaignToFilteredClientsBody): Send email campaigns for clients matching
            the filters
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        None | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            email=email,
            fullname=fullname,
            phone=phone,
            options=options,
        )
    ).parsed
