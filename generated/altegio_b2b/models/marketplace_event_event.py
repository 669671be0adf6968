from .._runtime.enums import OpenStrEnum


class MarketplaceEventEvent(OpenStrEnum):
    FREEZE = "freeze"
    UNINSTALL = "uninstall"
