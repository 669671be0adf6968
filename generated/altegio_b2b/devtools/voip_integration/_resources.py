"""``devtools.voip_integration``: the Voip Integration operations of Altegio's Developer Tools API as methods
(``client.devtools.voip_integration.<operation_id>(...)``; ``client.aio.devtools.voip_integration`` has the async forms). Each
is the module function ``altegio_b2b.devtools.voip_integration.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.call_notification import CallNotification
    from ...models.connect_integration import ConnectIntegration
    from ...models.disable_integration import DisableIntegration
    from ...models.list_voip_calls_body import ListVoipCallsBody
    from ...models.list_voip_calls_response_200_item import ListVoipCallsResponse200Item
    from ...models.saving_call_information import SavingCallInformation


class VoipIntegration:
    """The Voip Integration operations as methods of ``client.devtools.voip_integration``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<devtools.voip_integration: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "handle_voip_integration_event",
            "list_voip_calls",
        ]

    def handle_voip_integration_event(
        self,
        *,
        body: CallNotification | ConnectIntegration | DisableIntegration | SavingCallInformation,
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
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            str | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.voip_integration.handle_voip_integration_event.sync``; ``client.aio`` has the async form.
        """

        from .handle_voip_integration_event import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def list_voip_calls(
        self,
        *,
        body: ListVoipCallsBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[ListVoipCallsResponse200Item] | None:
        """Get Location's Call List

        This endpoint is designed to get a list of calls in a location, taking into account filters and
        pagination

        GET /voip/integration/calls (operation `list_voip_calls` of the Developer Tools API); needs the partner and the user token.

        Args:
            body (ListVoipCallsBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[ListVoipCallsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.voip_integration.list_voip_calls.sync``; ``client.aio`` has the async form.
        """

        from .list_voip_calls import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )


class AsyncVoipIntegration:
    """The async forms: ``await client.aio.devtools.voip_integration.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.devtools.voip_integration: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "handle_voip_integration_event",
            "list_voip_calls",
        ]

    async def handle_voip_integration_event(
        self,
        *,
        body: CallNotification | ConnectIntegration | DisableIntegration | SavingCallInformation,
        options: RequestOptions | None = None,
    ) -> str | None:
        """The async form of ``client.devtools.voip_integration.handle_voip_integration_event`` (see its docstring)."""
        from .handle_voip_integration_event import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def list_voip_calls(
        self,
        *,
        body: ListVoipCallsBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[ListVoipCallsResponse200Item] | None:
        """The async form of ``client.devtools.voip_integration.list_voip_calls`` (see its docstring)."""
        from .list_voip_calls import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )
