from enum import Enum


class UpdateUserNotificationSettingsResponse200Mode(str, Enum):
    ADMIN = "admin"
    DISABLED = "disabled"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
