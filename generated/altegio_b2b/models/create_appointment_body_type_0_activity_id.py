from enum import IntEnum


class CreateAppointmentBodyType0ActivityId(IntEnum):
    VALUE_0 = 0

    def __str__(self) -> str:
        return str(self.value)
