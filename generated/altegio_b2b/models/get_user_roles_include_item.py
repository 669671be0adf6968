from .._runtime.enums import OpenStrEnum


class GetUserRolesIncludeItem(OpenStrEnum):
    USER_PERMISSIONS = "user_permissions"
