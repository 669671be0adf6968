from .._runtime.enums import OpenStrEnum


class GetMarketplaceIntegrationStatusResponse200ConnectionStatusStatus(OpenStrEnum):
    ACTIVE = "active"
    FREEZED = "freezed"
    PENDING = "pending"
