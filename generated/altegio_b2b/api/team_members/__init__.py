"""The `team_members` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

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
