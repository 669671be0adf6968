from .._runtime.enums import OpenStrEnum


class ListVoipCallsResponse200ItemStatus(OpenStrEnum):
    BUSY = "busy"
    CANCEL = "cancel"
    MISSED = "missed"
    NOTALLOWED = "notallowed"
    NOTAVAILABLE = "notavailable"
    NOTFOUND = "notfound"
    SUCCESS = "success"
