from .._runtime.enums import OpenIntEnum


class CreatePositionQuickResponse201ServicesBindingType(OpenIntEnum):
    VALUE_0 = 0
    VALUE_2 = 2
