from .._runtime.enums import OpenStrEnum


class GetUserNotificationSettingsResponse200Mode(OpenStrEnum):
    ADMIN = "admin"
    DISABLED = "disabled"
    STAFF = "staff"
