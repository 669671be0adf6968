"""Team Members: operations of Altegio's Business Management API (``altegio_b2b.api.team_members``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_position_quick``: Deprecated. Quick create a position
- ``create_team_member_quick``: Quick create a team member
- ``delete_team_member``: Delete team member
- ``deprecated_create_team_member``: Add new team member
- ``get_position_list``: Deprecated. Get a list of location positions
- ``get_team_member``: Get Team Members / Specific Team Member
- ``get_team_member_by_id``: Get a specific team member
- ``get_team_member_list``: Get list of team members
- ``update_team_member``: Edit Team Member
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_position_quick,
        create_team_member_quick,
        delete_team_member,
        deprecated_create_team_member,
        get_position_list,
        get_team_member,
        get_team_member_by_id,
        get_team_member_list,
        update_team_member,
    )

__all__ = (
    "create_position_quick",
    "create_team_member_quick",
    "delete_team_member",
    "deprecated_create_team_member",
    "get_position_list",
    "get_team_member",
    "get_team_member_by_id",
    "get_team_member_list",
    "update_team_member",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
