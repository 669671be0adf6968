from .._runtime.enums import OpenIntEnum


class WebhookClientDataSexId(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
