from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.create_client_comment_body import CreateClientCommentBody
from ...models.create_client_comment_response_201 import CreateClientCommentResponse201
from ...types import Response

_OPERATION = OPERATIONS["create_client_comment"]


def _get_kwargs(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("client_id", client_id, required=True)

    _arguments.instance("body", body, CreateClientCommentBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/clients/{client_id}/comments".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> CreateClientCommentResponse201:
    response_201 = CreateClientCommentResponse201.from_dict(data)

    return response_201


def sync_detailed(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateClientCommentResponse201]:
    """Add a client card comment

    Creates a text comment for one Location client. Requires `clients_access`
    and `client_comments_add_access`. `text` must be nonblank and at most 255
    characters. A URL in `text` is saved as text; it does not attach or upload
    the document at that URL.

    POST /company/{location_id}/clients/{client_id}/comments (operation `create_client_comment`)

    Args:
        location_id (int): ID of a location.
        client_id (int): ID of a location client.
        body (CreateClientCommentBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateClientCommentResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateClientCommentResponse201 | None:
    """Add a client card comment

    Creates a text comment for one Location client. Requires `clients_access`
    and `client_comments_add_access`. `text` must be nonblank and at most 255
    characters. A URL in `text` is saved as text; it does not attach or upload
    the document at that URL.

    POST /company/{location_id}/clients/{client_id}/comments (operation `create_client_comment`)

    Args:
        location_id (int): ID of a location.
        client_id (int): ID of a location client.
        body (CreateClientCommentBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateClientCommentResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client_id=client_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateClientCommentResponse201]:
    """Add a client card comment

    Creates a text comment for one Location client. Requires `clients_access`
    and `client_comments_add_access`. `text` must be nonblank and at most 255
    characters. A URL in `text` is saved as text; it does not attach or upload
    the document at that URL.

    POST /company/{location_id}/clients/{client_id}/comments (operation `create_client_comment`)

    Args:
        location_id (int): ID of a location.
        client_id (int): ID of a location client.
        body (CreateClientCommentBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateClientCommentResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateClientCommentResponse201 | None:
    """Add a client card comment

    Creates a text comment for one Location client. Requires `clients_access`
    and `client_comments_add_access`. `text` must be nonblank and at most 255
    characters. A URL in `text` is saved as text; it does not attach or upload
    the document at that URL.

    POST /company/{location_id}/clients/{client_id}/comments (operation `create_client_comment`)

    Args:
        location_id (int): ID of a location.
        client_id (int): ID of a location client.
        body (CreateClientCommentBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateClientCommentResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
