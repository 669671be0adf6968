"""Update a Custom Field

PUT /custom_fields/{field_category}/{location_id}/{field_id} (operation `update_custom_field` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_custom_field_body import UpdateCustomFieldBody
from ...models.update_custom_field_response_202_item import UpdateCustomFieldResponse202Item
from ...types import Response

_OPERATION = Operation(
    "update_custom_field", "PUT", "/custom_fields/{field_category}/{location_id}/{field_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.ListOf(_fields.Model("UpdateCustomFieldResponse202Item"))

_BODY = _fields.Model("UpdateCustomFieldBody")


def _request(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody,
) -> RequestParts:

    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("field_id", field_id, required=True)

    _arguments.instance("body", body, UpdateCustomFieldBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "field_category": field_category,
            "location_id": location_id,
            "field_id": field_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> list[UpdateCustomFieldResponse202Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UpdateCustomFieldResponse202Item] | None:
    """Update a Custom Field

    To update a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section <br>**Settings → Access → Custom Fields → Modify
    custom fields**

    PUT /custom_fields/{field_category}/{location_id}/{field_id} (operation `update_custom_field` of the Business Management API); needs the partner and the user token.

    Args:
        field_category (str): Field category.<br>

            - For appointments - appointment

            - For clients - client <br>
        location_id (int): location ID
        field_id (int): field ID
        body (UpdateCustomFieldBody): Adding a Custom Field Example: {'type': 'text', 'code':
            'my_text_field', 'title': 'test field', 'user_can_edit': True, 'show_in_ui': True}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UpdateCustomFieldResponse202Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UpdateCustomFieldResponse202Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UpdateCustomFieldResponse202Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                field_category=field_category,
                location_id=location_id,
                field_id=field_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UpdateCustomFieldResponse202Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
            body=body,
        ),
        _parse_data,
        options,
    )
