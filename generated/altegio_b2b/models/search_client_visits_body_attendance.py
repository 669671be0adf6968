from .._runtime.enums import OpenIntEnum


class SearchClientVisitsBodyAttendance(OpenIntEnum):
    VALUE_NEGATIVE_1 = -1
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
