from .._runtime.enums import OpenIntEnum


class UpdateAppointmentBodyType0ActivityId(OpenIntEnum):
    VALUE_0 = 0
