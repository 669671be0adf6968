from .._runtime.enums import OpenStrEnum


class ListVoipCallsBodyTypesItem(OpenStrEnum):
    INCOMING = "incoming"
    INTERNAL = "internal"
    OUTGOING = "outgoing"
