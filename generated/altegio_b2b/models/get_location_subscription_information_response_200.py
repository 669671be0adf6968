from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_subscription_information_response_200_options_item import (
        GetLocationSubscriptionInformationResponse200OptionsItem,
    )
    from ..models.license_option import LicenseOption


T = TypeVar("T", bound="GetLocationSubscriptionInformationResponse200")


@_attrs_define
class GetLocationSubscriptionInformationResponse200:
    """
    Attributes:
        license_option (LicenseOption | Unset):
        active (float | Unset): Is the subscription active
        deactivation_date (str | Unset): Subscription expiration date
        id (int | Unset): Subscription ID
        name (str | Unset): Subscription name
        options (list[GetLocationSubscriptionInformationResponse200OptionsItem] | Unset): Subscription options
        salon_id (int | Unset): location ID
        staff_limit (float | Unset): team member limit
        is_paid_rights_model (bool | Unset): Whether the location uses paid rights licensing model
        start_date (str | Unset): Subscription start date
    """

    license_option: LicenseOption | Unset = UNSET
    active: float | Unset = UNSET
    deactivation_date: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    options: list[GetLocationSubscriptionInformationResponse200OptionsItem] | Unset = UNSET
    salon_id: int | Unset = UNSET
    staff_limit: float | Unset = UNSET
    is_paid_rights_model: bool | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_option, Unset):
            license_option = self.license_option.to_dict()

        active = self.active

        deactivation_date = self.deactivation_date

        id = self.id

        name = self.name

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        salon_id = self.salon_id

        staff_limit = self.staff_limit

        is_paid_rights_model = self.is_paid_rights_model

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if license_option is not UNSET:
            field_dict["LicenseOption"] = license_option
        if active is not UNSET:
            field_dict["active"] = active
        if deactivation_date is not UNSET:
            field_dict["deactivation_date"] = deactivation_date
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if staff_limit is not UNSET:
            field_dict["staff_limit"] = staff_limit
        if is_paid_rights_model is not UNSET:
            field_dict["is_paid_rights_model"] = is_paid_rights_model
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_location_subscription_information_response_200_options_item import (
            GetLocationSubscriptionInformationResponse200OptionsItem,  # noqa: PLC0415
        )
        from ..models.license_option import LicenseOption  # noqa: PLC0415

        d = dict(src_dict)
        _license_option = d.pop("LicenseOption", UNSET)
        license_option: LicenseOption | Unset
        if isinstance(_license_option, Unset):
            license_option = UNSET
        else:
            license_option = LicenseOption.from_dict(_license_option)

        active = d.pop("active", UNSET)

        deactivation_date = d.pop("deactivation_date", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _options = d.pop("options", UNSET)
        options: list[GetLocationSubscriptionInformationResponse200OptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = GetLocationSubscriptionInformationResponse200OptionsItem.from_dict(options_item_data)

                options.append(options_item)

        salon_id = d.pop("salon_id", UNSET)

        staff_limit = d.pop("staff_limit", UNSET)

        is_paid_rights_model = d.pop("is_paid_rights_model", UNSET)

        start_date = d.pop("start_date", UNSET)

        _model = cls(
            license_option=license_option,
            active=active,
            deactivation_date=deactivation_date,
            id=id,
            name=name,
            options=options,
            salon_id=salon_id,
            staff_limit=staff_limit,
            is_paid_rights_model=is_paid_rights_model,
            start_date=start_date,
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
