from .._runtime.enums import OpenStrEnum


class LoyaltyCardEventStatus(OpenStrEnum):
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"
