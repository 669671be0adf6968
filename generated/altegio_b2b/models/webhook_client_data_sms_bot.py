from .._runtime.enums import OpenIntEnum


class WebhookClientDataSmsBot(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
