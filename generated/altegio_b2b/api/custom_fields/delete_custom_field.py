"""Remove a Custom Field from a Location

DELETE /custom_fields/{field_category}/{location_id}/{field_id} (operation `delete_custom_field` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.delete_custom_field_response_200_item import DeleteCustomFieldResponse200Item
from ...types import Response

_OPERATION = Operation(
    "delete_custom_field", "DELETE", "/custom_fields/{field_category}/{location_id}/{field_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.ListOf(_fields.Model("DeleteCustomFieldResponse200Item"))


def _request(
    field_category: str,
    location_id: int,
    field_id: int,
) -> RequestParts:

    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("field_id", field_id, required=True)

    return RequestParts(
        path_params={
            "field_category": field_category,
            "location_id": location_id,
            "field_id": field_id,
        },
    )


def _parse_data(data: Any) -> list[DeleteCustomFieldResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[DeleteCustomFieldResponse200Item] | None:
    """Remove a Custom Field from a Location

    To remove a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section: <br>**Settings → Access → Custom Fields → Remove
    custom fields**

    DELETE /custom_fields/{field_category}/{location_id}/{field_id} (operation `delete_custom_field` of the Business Management API); needs the partner and the user token.

    Args:
        field_category (str): Field category.<br>

            - For appointments - appointment

            - For clients - client <br>
        location_id (int): location ID
        field_id (int): field ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[DeleteCustomFieldResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[DeleteCustomFieldResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[DeleteCustomFieldResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                field_category=field_category,
                location_id=location_id,
                field_id=field_id,
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
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[DeleteCustomFieldResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
        ),
        _parse_data,
        options,
    )
