from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.remove_user_from_locations_body_user_company_links_item import (
        RemoveUserFromLocationsBodyUserCompanyLinksItem,
    )


T = TypeVar("T", bound="RemoveUserFromLocationsBody")


@_attrs_define
class RemoveUserFromLocationsBody:
    """
    Attributes:
        user_company_links (list[RemoveUserFromLocationsBodyUserCompanyLinksItem]): List of locations to remove the user
            from
    """

    user_company_links: list[RemoveUserFromLocationsBodyUserCompanyLinksItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_company_links = []
        for user_company_links_item_data in self.user_company_links:
            user_company_links_item = user_company_links_item_data.to_dict()
            user_company_links.append(user_company_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_company_links": user_company_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remove_user_from_locations_body_user_company_links_item import (
            RemoveUserFromLocationsBodyUserCompanyLinksItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        user_company_links = []
        _user_company_links = d.pop("user_company_links")
        for user_company_links_item_data in _user_company_links:
            user_company_links_item = RemoveUserFromLocationsBodyUserCompanyLinksItem.from_dict(
                user_company_links_item_data
            )

            user_company_links.append(user_company_links_item)

        _model = cls(
            user_company_links=user_company_links,
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
