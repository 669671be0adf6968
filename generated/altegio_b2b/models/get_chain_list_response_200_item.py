from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_chain_list_response_200_item_access import GetChainListResponse200ItemAccess
    from ..models.get_chain_list_response_200_item_companies_item import GetChainListResponse200ItemCompaniesItem


T = TypeVar("T", bound="GetChainListResponse200Item")


@_attrs_define
class GetChainListResponse200Item:
    """
    Attributes:
        id (int | Unset): Chain ID
        title (str | Unset): Chain name
        companies (list[GetChainListResponse200ItemCompaniesItem] | Unset): Chain locations
        access (GetChainListResponse200ItemAccess | Unset): User access rights on the chain
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    companies: list[GetChainListResponse200ItemCompaniesItem] | Unset = UNSET
    access: GetChainListResponse200ItemAccess | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if companies is not UNSET:
            field_dict["companies"] = companies
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_chain_list_response_200_item_access import GetChainListResponse200ItemAccess  # noqa: PLC0415
        from ..models.get_chain_list_response_200_item_companies_item import GetChainListResponse200ItemCompaniesItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _companies = d.pop("companies", UNSET)
        companies: list[GetChainListResponse200ItemCompaniesItem] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = GetChainListResponse200ItemCompaniesItem.from_dict(companies_item_data)

                companies.append(companies_item)

        _access = d.pop("access", UNSET)
        access: GetChainListResponse200ItemAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = GetChainListResponse200ItemAccess.from_dict(_access)

        _model = cls(
            id=id,
            title=title,
            companies=companies,
            access=access,
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
