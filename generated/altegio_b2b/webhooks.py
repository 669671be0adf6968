"""Typed webhook events: what Altegio posts to your URL when something changes at a location.

    from altegio_b2b import webhooks

    event = webhooks.parse(body, headers=headers, expected_token=WEBHOOK_TOKEN)
    if isinstance(event, webhooks.AppointmentEvent):
        ...
    key = webhooks.delivery_key(event)   # deliveries repeat: deduplicate by it

``parse`` takes the raw body (bytes, text or a decoded mapping) and the request's headers (a
mapping, or anything with ``items()``), checks the ``Authorization: Bearer`` token in constant
time when ``expected_token`` is given (a wrong or missing one raises ``WebhookAuthError`` and
nothing is parsed), and returns the event's model, chosen by its ``resource``; a resource this
package does not know gives an ``UnknownEvent`` (never an error). Unknown fields are kept in each
model's ``additional_properties``. A body that is not a JSON event object (or a known event that
does not fit its model) raises ``WebhookFormatError``; neither error ever shows a token.

- ``LocationEvent`` (salon): Location Event
- ``TeamMemberEvent`` (staff): Team Member Event
- ``ServiceEvent`` (service): Service Event
- ``ServiceCategoryEvent`` (service_category): Service Category Event
- ``ClientEvent`` (client): Client Event
- ``AppointmentEvent`` (record): Appointment Event
- ``LoyaltyCardEvent`` (loyalty_card): Loyalty Card Event
- ``ScheduleEvent`` (schedule): Schedule Event
- ``ProductEvent`` (good): Product Event
- ``ProductOperationEvent`` (goods_operations_sale, goods_operations_receipt, goods_operations_consumable, goods_operations_stolen, goods_operations_move): Product Operation Event
- ``FinancialOperationEvent`` (finances_operation): Financial Operation Event
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._runtime.lazy import lazy_attributes
from ._runtime.webhooks import (
    HeaderItems,
    UnknownEvent,
    WebhookAuthError,
    WebhookError,
    WebhookFormatError,
    delivery_key,
    parse_event,
)

if TYPE_CHECKING:
    from .models.appointment_event import AppointmentEvent
    from .models.client_event import ClientEvent
    from .models.financial_operation_event import FinancialOperationEvent
    from .models.location_event import LocationEvent
    from .models.loyalty_card_event import LoyaltyCardEvent
    from .models.product_event import ProductEvent
    from .models.product_operation_event import ProductOperationEvent
    from .models.schedule_event import ScheduleEvent
    from .models.service_category_event import ServiceCategoryEvent
    from .models.service_event import ServiceEvent
    from .models.team_member_event import TeamMemberEvent

    Event = (
        LocationEvent
        | TeamMemberEvent
        | ServiceEvent
        | ServiceCategoryEvent
        | ClientEvent
        | AppointmentEvent
        | LoyaltyCardEvent
        | ScheduleEvent
        | ProductEvent
        | ProductOperationEvent
        | FinancialOperationEvent
        | UnknownEvent
    )

# The payload's `resource` -> the module (in .models) and class of its event.
EVENT_MODELS: dict[str, tuple[str, str]] = {
    "salon": ("location_event", "LocationEvent"),
    "staff": ("team_member_event", "TeamMemberEvent"),
    "service": ("service_event", "ServiceEvent"),
    "service_category": ("service_category_event", "ServiceCategoryEvent"),
    "client": ("client_event", "ClientEvent"),
    "record": ("appointment_event", "AppointmentEvent"),
    "loyalty_card": ("loyalty_card_event", "LoyaltyCardEvent"),
    "schedule": ("schedule_event", "ScheduleEvent"),
    "good": ("product_event", "ProductEvent"),
    "goods_operations_sale": ("product_operation_event", "ProductOperationEvent"),
    "goods_operations_receipt": ("product_operation_event", "ProductOperationEvent"),
    "goods_operations_consumable": ("product_operation_event", "ProductOperationEvent"),
    "goods_operations_stolen": ("product_operation_event", "ProductOperationEvent"),
    "goods_operations_move": ("product_operation_event", "ProductOperationEvent"),
    "finances_operation": ("financial_operation_event", "FinancialOperationEvent"),
}


def model_for(resource: str) -> Any:
    """The event model of a ``resource`` (its module loads on first use), or None."""
    where = EVENT_MODELS.get(resource)
    return getattr(import_module(f".models.{where[0]}", __package__), where[1]) if where else None


def parse(
    body: bytes | str | Mapping[str, Any],
    *,
    headers: Mapping[str, str] | HeaderItems | None = None,
    expected_token: str | None = None,
) -> Event:
    """The typed event of one delivery (see the module's docstring)."""
    try:
        event: Event = parse_event(body, model_for, headers=headers, expected_token=expected_token)
    finally:
        del headers, expected_token  # a traceback keeps frame locals (error trackers record them)
    return event


# The event classes, loaded on first use (``webhooks.AppointmentEvent``) by the package's one lazy loader.
__getattr__, __dir__ = lazy_attributes(
    __name__, globals(), defined_in={name: f".models.{module}" for module, name in EVENT_MODELS.values()}
)


__all__ = [
    "EVENT_MODELS",
    "LocationEvent",
    "TeamMemberEvent",
    "ServiceEvent",
    "ServiceCategoryEvent",
    "ClientEvent",
    "AppointmentEvent",
    "LoyaltyCardEvent",
    "ScheduleEvent",
    "ProductEvent",
    "ProductOperationEvent",
    "FinancialOperationEvent",
    "UnknownEvent",
    "WebhookAuthError",
    "WebhookError",
    "WebhookFormatError",
    "delivery_key",
    "parse",
]
