from .._runtime.enums import OpenStrEnum


class MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug(OpenStrEnum):
    SMS = "sms"
    WHATSAPP = "whatsapp"
