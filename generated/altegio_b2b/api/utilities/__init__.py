"""Utilities: operations of Altegio's Business Management API (``altegio_b2b.api.utilities``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``delete_image``: Deleting images
- ``disable_team_member_tips``: Disable Tips for the team member
- ``enable_team_member_tips``: Enable Tips for the team member
- ``get_location_subscription_information``: Retrieve location subscription information
- ``get_team_member_tip_settings``: Get a list of location team members with their tip settings
- ``phone_number_format_check``: Phone number format check
- ``upload_image``: Image upload
"""

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
