from enum import Enum


class GetUserRolesIncludeItem(str, Enum):
    USER_PERMISSIONS = "user_permissions"

    def __str__(self) -> str:
        return str(self.value)
