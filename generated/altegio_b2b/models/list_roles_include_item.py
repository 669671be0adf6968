from .._runtime.enums import OpenStrEnum


class ListRolesIncludeItem(OpenStrEnum):
    USER_PERMISSIONS = "user_permissions"
