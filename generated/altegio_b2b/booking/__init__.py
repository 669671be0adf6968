"""Altegio's Online Booking API: one package per tag, ``altegio_b2b.booking.<tag>.<operation_id>``.

- ``authentication_b2c``: Authentication B2C
- ``client_personal_cabinet``: Client Personal Cabinet
- ``online_booking``: Online Booking
"""

from typing import TYPE_CHECKING

from .._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        authentication_b2c,
        client_personal_cabinet,
        online_booking,
    )

__all__ = (
    "authentication_b2c",
    "client_personal_cabinet",
    "online_booking",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
