from .._runtime.enums import OpenStrEnum


class UpdateUserNotificationSettingsResponse200Mode(OpenStrEnum):
    ADMIN = "admin"
    DISABLED = "disabled"
    STAFF = "staff"
