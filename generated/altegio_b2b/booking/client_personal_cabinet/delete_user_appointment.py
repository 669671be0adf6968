"""Delete User Appointment

DELETE /user/records/{record_id}/{record_hash} (operation `delete_user_appointment` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...types import Response

_OPERATION = Operation(
    "delete_user_appointment",
    "DELETE",
    "/user/records/{record_id}/{record_hash}",
    "BearerPartner",
    response_kind="none",
)


def _request(
    record_id: int,
    record_hash: str,
) -> RequestParts:
    _arguments.integer("record_id", record_id, required=True)

    return RequestParts(
        path_params={
            "record_id": record_id,
            "record_hash": record_hash,
        },
    )


def _parse_data(data: Any) -> Any:
    return None


def sync(
    record_id: int,
    record_hash: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Delete User Appointment

    DELETE /user/records/{record_id}/{record_hash} (operation `delete_user_appointment` of the Online Booking API); needs the partner token.

    Args:
        record_id (int): Appointment ID (enough to delete the appointment if the user is
            authorized)
        record_hash (str): HASH appointments (required to delete the appointment if the user is
            not authorized)
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
            record_id=record_id,
            record_hash=record_hash,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    record_id: int,
    record_hash: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            record_id=record_id,
            record_hash=record_hash,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    record_id: int,
    record_hash: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                record_id=record_id,
                record_hash=record_hash,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    record_id: int,
    record_hash: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            record_id=record_id,
            record_hash=record_hash,
        ),
        _parse_data,
        options,
    )
