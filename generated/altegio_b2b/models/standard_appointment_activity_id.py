from .._runtime.enums import OpenIntEnum


class StandardAppointmentActivityId(OpenIntEnum):
    VALUE_0 = 0
