from .._runtime.enums import OpenStrEnum


class CreateUserInvitationBodyInvitesItemUserRole(OpenStrEnum):
    ACCOUNTANT = "accountant"
    ADMINISTRATOR = "administrator"
    MANAGER = "manager"
    OWNER = "owner"
    WORKER = "worker"
