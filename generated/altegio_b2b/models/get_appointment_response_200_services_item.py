from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_appointment_response_200_services_item_assistants_type_0_item import (
        GetAppointmentResponse200ServicesItemAssistantsType0Item,
    )
    from ..models.get_appointment_response_200_services_item_company_service_link import (
        GetAppointmentResponse200ServicesItemCompanyServiceLink,
    )
    from ..models.get_appointment_response_200_services_item_staff_service_link import (
        GetAppointmentResponse200ServicesItemStaffServiceLink,
    )


T = TypeVar("T", bound="GetAppointmentResponse200ServicesItem")


@_attrs_define
class GetAppointmentResponse200ServicesItem:
    """
    Attributes:
        id (int | Unset): Service ID
        title (str | Unset): Service name
        cost (float | Unset): The total cost of the service
        cost_to_pay (float | Unset): Amount to pay (cost minus discounts/deposits)
        manual_cost (float | Unset): Manual price
        cost_per_unit (float | Unset): Unit cost
        discount (float | Unset): Discount
        first_cost (float | Unset): Initial cost of the service (excluding discounts)
        amount (float | Unset): Quantity
        assistants (list[GetAppointmentResponse200ServicesItemAssistantsType0Item] | None | Unset): Array of assistant
            team members for this service
        staff_service_link (GetAppointmentResponse200ServicesItemStaffServiceLink | Unset): Team member service link
            configuration
        company_service_link (GetAppointmentResponse200ServicesItemCompanyServiceLink | Unset): Location service link
            configuration
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    cost: float | Unset = UNSET
    cost_to_pay: float | Unset = UNSET
    manual_cost: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    discount: float | Unset = UNSET
    first_cost: float | Unset = UNSET
    amount: float | Unset = UNSET
    assistants: list[GetAppointmentResponse200ServicesItemAssistantsType0Item] | None | Unset = UNSET
    staff_service_link: GetAppointmentResponse200ServicesItemStaffServiceLink | Unset = UNSET
    company_service_link: GetAppointmentResponse200ServicesItemCompanyServiceLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        cost = self.cost

        cost_to_pay = self.cost_to_pay

        manual_cost = self.manual_cost

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        first_cost = self.first_cost

        amount = self.amount

        assistants: list[dict[str, Any]] | None | Unset
        if isinstance(self.assistants, Unset):
            assistants = UNSET
        elif isinstance(self.assistants, list):
            assistants = []
            for assistants_type_0_item_data in self.assistants:
                assistants_type_0_item = assistants_type_0_item_data.to_dict()
                assistants.append(assistants_type_0_item)

        else:
            assistants = self.assistants

        staff_service_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff_service_link, Unset):
            staff_service_link = self.staff_service_link.to_dict()

        company_service_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_service_link, Unset):
            company_service_link = self.company_service_link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = cost_to_pay
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = manual_cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if amount is not UNSET:
            field_dict["amount"] = amount
        if assistants is not UNSET:
            field_dict["assistants"] = assistants
        if staff_service_link is not UNSET:
            field_dict["staff_service_link"] = staff_service_link
        if company_service_link is not UNSET:
            field_dict["company_service_link"] = company_service_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_appointment_response_200_services_item_assistants_type_0_item import (
            GetAppointmentResponse200ServicesItemAssistantsType0Item,  # noqa: PLC0415
        )
        from ..models.get_appointment_response_200_services_item_company_service_link import (
            GetAppointmentResponse200ServicesItemCompanyServiceLink,  # noqa: PLC0415
        )
        from ..models.get_appointment_response_200_services_item_staff_service_link import (
            GetAppointmentResponse200ServicesItemStaffServiceLink,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        cost = d.pop("cost", UNSET)

        cost_to_pay = d.pop("cost_to_pay", UNSET)

        manual_cost = d.pop("manual_cost", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        discount = d.pop("discount", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        amount = d.pop("amount", UNSET)

        def _parse_assistants(
            data: object,
        ) -> list[GetAppointmentResponse200ServicesItemAssistantsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assistants_type_0 = []
                _assistants_type_0 = data
                for assistants_type_0_item_data in _assistants_type_0:
                    assistants_type_0_item = GetAppointmentResponse200ServicesItemAssistantsType0Item.from_dict(
                        assistants_type_0_item_data
                    )

                    assistants_type_0.append(assistants_type_0_item)

                return assistants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GetAppointmentResponse200ServicesItemAssistantsType0Item] | None | Unset, data)

        assistants = _parse_assistants(d.pop("assistants", UNSET))

        _staff_service_link = d.pop("staff_service_link", UNSET)
        staff_service_link: GetAppointmentResponse200ServicesItemStaffServiceLink | Unset
        if isinstance(_staff_service_link, Unset):
            staff_service_link = UNSET
        else:
            staff_service_link = GetAppointmentResponse200ServicesItemStaffServiceLink.from_dict(_staff_service_link)

        _company_service_link = d.pop("company_service_link", UNSET)
        company_service_link: GetAppointmentResponse200ServicesItemCompanyServiceLink | Unset
        if isinstance(_company_service_link, Unset):
            company_service_link = UNSET
        else:
            company_service_link = GetAppointmentResponse200ServicesItemCompanyServiceLink.from_dict(
                _company_service_link
            )

        _model = cls(
            id=id,
            title=title,
            cost=cost,
            cost_to_pay=cost_to_pay,
            manual_cost=manual_cost,
            cost_per_unit=cost_per_unit,
            discount=discount,
            first_cost=first_cost,
            amount=amount,
            assistants=assistants,
            staff_service_link=staff_service_link,
            company_service_link=company_service_link,
        )

        _model.additional_properties = d
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
