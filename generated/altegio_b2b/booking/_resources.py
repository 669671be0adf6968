"""The tags of Altegio's Online Booking API as attributes (``client.booking.<tag>.<operation_id>(...)``),
each loaded on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..booking.authentication_b2c._resources import AsyncAuthenticationB2c, AuthenticationB2c
    from ..booking.client_personal_cabinet._resources import AsyncClientPersonalCabinet, ClientPersonalCabinet
    from ..booking.online_booking._resources import AsyncOnlineBooking, OnlineBooking
    from ..client import AltegioClient


class BookingResources:
    """The Online Booking API's tags: ``client.booking.<tag>``."""

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __dir__(self) -> list[str]:
        return [
            "authentication_b2c",
            "client_personal_cabinet",
            "online_booking",
        ]

    @cached_property
    def authentication_b2c(self) -> AuthenticationB2c:
        """Authentication B2C: 3 operations (``altegio_b2b.booking.authentication_b2c``)."""
        from ..booking.authentication_b2c._resources import AuthenticationB2c

        return AuthenticationB2c(self._client)

    @cached_property
    def client_personal_cabinet(self) -> ClientPersonalCabinet:
        """Client Personal Cabinet: 8 operations (``altegio_b2b.booking.client_personal_cabinet``)."""
        from ..booking.client_personal_cabinet._resources import ClientPersonalCabinet

        return ClientPersonalCabinet(self._client)

    @cached_property
    def online_booking(self) -> OnlineBooking:
        """Online Booking: 13 operations (``altegio_b2b.booking.online_booking``)."""
        from ..booking.online_booking._resources import OnlineBooking

        return OnlineBooking(self._client)


class AsyncBookingResources:
    """The async forms: ``await client.aio.booking.<tag>.<operation_id>(...)``."""

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __dir__(self) -> list[str]:
        return [
            "authentication_b2c",
            "client_personal_cabinet",
            "online_booking",
        ]

    @cached_property
    def authentication_b2c(self) -> AsyncAuthenticationB2c:
        """Authentication B2C: 3 operations (``altegio_b2b.booking.authentication_b2c``)."""
        from ..booking.authentication_b2c._resources import AsyncAuthenticationB2c

        return AsyncAuthenticationB2c(self._client)

    @cached_property
    def client_personal_cabinet(self) -> AsyncClientPersonalCabinet:
        """Client Personal Cabinet: 8 operations (``altegio_b2b.booking.client_personal_cabinet``)."""
        from ..booking.client_personal_cabinet._resources import AsyncClientPersonalCabinet

        return AsyncClientPersonalCabinet(self._client)

    @cached_property
    def online_booking(self) -> AsyncOnlineBooking:
        """Online Booking: 13 operations (``altegio_b2b.booking.online_booking``)."""
        from ..booking.online_booking._resources import AsyncOnlineBooking

        return AsyncOnlineBooking(self._client)
