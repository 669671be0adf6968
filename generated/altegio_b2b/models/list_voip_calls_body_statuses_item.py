from .._runtime.enums import OpenStrEnum


class ListVoipCallsBodyStatusesItem(OpenStrEnum):
    BUSY = "busy"
    CANCEL = "cancel"
    MISSED = "missed"
    NOTALLOWED = "notallowed"
    NOTAVAILABLE = "notavailable"
    NOTFOUND = "notfound"
    SUCCESS = "success"
