"""``authentication_b2b``: the Authentication B2B operations of Altegio's Business Management API as methods
(``client.authentication_b2b.<operation_id>(...)``; ``client.aio.authentication_b2b`` has the async forms). Each
is the module function ``altegio_b2b.api.authentication_b2b.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.authorize_user_body import AuthorizeUserBody
    from ...models.authorize_user_response_201 import AuthorizeUserResponse201


class AuthenticationB2b:
    """The Authentication B2B operations as methods of ``client.authentication_b2b``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<authentication_b2b: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "authorize_user",
        ]

    def authorize_user(
        self,
        *,
        body: AuthorizeUserBody,
        options: RequestOptions | None = None,
    ) -> AuthorizeUserResponse201 | None:
        """Authorize User

        When a user changes their password, their API key is regenerated. As a result, reauthorization is
        required using the new API key.

        | Attribute | Type | Description |
        | ------------- | ------------- | ------------- |
        | login | string | The user's phone number in the format +13155550175, or their email address.|
        | password | string | User password |

        POST /auth (operation `authorize_user` of the Business Management API); needs the partner token.

        Args:
            body (AuthorizeUserBody): User authorization Example: {'login': 'testuser@alteg.io',
                'password': 'testpass'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            AuthorizeUserResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.authentication_b2b.authorize_user.sync``; ``client.aio`` has the async form.
        """

        from .authorize_user import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )


class AsyncAuthenticationB2b:
    """The async forms: ``await client.aio.authentication_b2b.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.authentication_b2b: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "authorize_user",
        ]

    async def authorize_user(
        self,
        *,
        body: AuthorizeUserBody,
        options: RequestOptions | None = None,
    ) -> AuthorizeUserResponse201 | None:
        """The async form of ``client.authentication_b2b.authorize_user`` (see its docstring)."""
        from .authorize_user import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )
