from .._runtime.enums import OpenIntEnum


class WebhookClientDataSmsNot(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
