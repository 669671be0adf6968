"""Get Internationalization Options

GET /i18n/{lang_code} (operation `get_i18n_options` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_i18n_options_response_200 import GetI18NOptionsResponse200
from ...types import Response

_OPERATION = Operation("get_i18n_options", "GET", "/i18n/{lang_code}", "BearerPartner")
_RESPONSE = _fields.Model("GetI18NOptionsResponse200")


def _request(
    lang_code: str,
) -> RequestParts:

    return RequestParts(
        path_params={
            "lang_code": lang_code,
        },
    )


def _parse_data(data: Any) -> GetI18NOptionsResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    lang_code: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetI18NOptionsResponse200 | None:
    """Get Internationalization Options

    Translation is available in one of the languages:
    - Latvian - 'lv-LV'
    - English - 'en-US'
    - Estonian - 'ee-EE'
    - Lithuanian - 'lt-LT'
    - German - 'de-DE'
    - Ukrainian - 'uk-UK'

    GET /i18n/{lang_code} (operation `get_i18n_options` of the Online Booking API); needs the partner token.

    Args:
        lang_code (str): Language code. One of the set 'lv-LV', 'en-US', 'ee-EE', 'lt-LT', 'de-
            DE', 'uk-UK'
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetI18NOptionsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            lang_code=lang_code,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    lang_code: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetI18NOptionsResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            lang_code=lang_code,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    lang_code: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetI18NOptionsResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                lang_code=lang_code,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    lang_code: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetI18NOptionsResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            lang_code=lang_code,
        ),
        _parse_data,
        options,
    )
