from enum import Enum


class GetUserNotificationSettingsResponse200Mode(str, Enum):
    ADMIN = "admin"
    DISABLED = "disabled"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
