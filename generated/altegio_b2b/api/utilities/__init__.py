"""The `utilities` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        delete_image,
        disable_team_member_tips,
        enable_team_member_tips,
        get_location_subscription_information,
        get_team_member_tip_settings,
        phone_number_format_check,
        upload_image,
    )

__all__ = (
    "delete_image",
    "disable_team_member_tips",
    "enable_team_member_tips",
    "get_location_subscription_information",
    "get_team_member_tip_settings",
    "phone_number_format_check",
    "upload_image",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
