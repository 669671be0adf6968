from .._runtime.enums import OpenStrEnum


class ListVoipCallsResponse200ItemType(OpenStrEnum):
    INCOMING = "incoming"
    INTERNAL = "internal"
    OUTGOING = "outgoing"
