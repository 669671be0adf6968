from .._runtime.enums import OpenIntEnum


class CreateAppointmentBodyType0ActivityId(OpenIntEnum):
    VALUE_0 = 0
