from enum import Enum


class UpdateUserPermissionsResponse200UserRole(str, Enum):
    ACCOUNTANT = "accountant"
    ADMINISTRATOR = "administrator"
    FREE_READONLY = "free_readonly"
    FREE_READONLY_ADMIN = "free_readonly_admin"
    MANAGER = "manager"
    OWNER = "owner"
    WORKER = "worker"

    def __str__(self) -> str:
        return str(self.value)
