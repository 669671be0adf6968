from .._runtime.enums import OpenStrEnum


class UpdateUserPermissionsBodyUserRole(OpenStrEnum):
    ACCOUNTANT = "accountant"
    ADMINISTRATOR = "administrator"
    FREE_READONLY = "free_readonly"
    FREE_READONLY_ADMIN = "free_readonly_admin"
    MANAGER = "manager"
    OWNER = "owner"
    WORKER = "worker"
