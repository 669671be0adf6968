from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_loyalty_certificate_types_create_body_balance_edit_type_id import (
    ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId,
)
from ..models.chain_loyalty_certificate_types_create_body_item_type_id import (
    ChainLoyaltyCertificateTypesCreateBodyItemTypeId,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_certificate_types_create_body_expiration import (
        ChainLoyaltyCertificateTypesCreateBodyExpiration,
    )
    from ..models.chain_loyalty_certificate_types_create_body_online_sale import (
        ChainLoyaltyCertificateTypesCreateBodyOnlineSale,
    )


T = TypeVar("T", bound="ChainLoyaltyCertificateTypesCreateBody")


@_attrs_define
class ChainLoyaltyCertificateTypesCreateBody:
    """
    Attributes:
        title (str): Certificate type name Example: Gift Certificate 1000.
        balance (float): Certificate face value Example: 1000.
        is_multi (bool): true = multiple use, false = single use Example: True.
        item_type_id (ChainLoyaltyCertificateTypesCreateBodyItemTypeId): Usage restrictions (0-4) Example: 0.
        is_allow_empty_code (bool): Allow selling without code? Example: False.
        balance_edit_type_id (ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId): Balance editability (1 =
            editable, 2 = not editable) Example: 1.
        service_ids (list[int]): Specific service IDs (empty if no restriction) Example: [].
        salon_ids (list[int]): Location IDs where certificate is valid Example: [720441].
        expiration (ChainLoyaltyCertificateTypesCreateBodyExpiration): Expiration settings
        online_sale (ChainLoyaltyCertificateTypesCreateBodyOnlineSale): Online sale settings
        category_id (int | None | Unset): Service category restriction (null = no restriction)
    """

    title: str
    balance: float
    is_multi: bool
    item_type_id: ChainLoyaltyCertificateTypesCreateBodyItemTypeId
    is_allow_empty_code: bool
    balance_edit_type_id: ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId
    service_ids: list[int]
    salon_ids: list[int]
    expiration: ChainLoyaltyCertificateTypesCreateBodyExpiration
    online_sale: ChainLoyaltyCertificateTypesCreateBodyOnlineSale
    category_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        balance = self.balance

        is_multi = self.is_multi

        item_type_id = self.item_type_id.value

        is_allow_empty_code = self.is_allow_empty_code

        balance_edit_type_id = self.balance_edit_type_id.value

        service_ids = self.service_ids

        salon_ids = self.salon_ids

        expiration = self.expiration.to_dict()

        online_sale = self.online_sale.to_dict()

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "balance": balance,
                "is_multi": is_multi,
                "item_type_id": item_type_id,
                "is_allow_empty_code": is_allow_empty_code,
                "balance_edit_type_id": balance_edit_type_id,
                "service_ids": service_ids,
                "salon_ids": salon_ids,
                "expiration": expiration,
                "online_sale": online_sale,
            }
        )
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_certificate_types_create_body_expiration import (
            ChainLoyaltyCertificateTypesCreateBodyExpiration,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_certificate_types_create_body_online_sale import (
            ChainLoyaltyCertificateTypesCreateBodyOnlineSale,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title")

        balance = d.pop("balance")

        is_multi = d.pop("is_multi")

        item_type_id = ChainLoyaltyCertificateTypesCreateBodyItemTypeId(d.pop("item_type_id"))

        is_allow_empty_code = d.pop("is_allow_empty_code")

        balance_edit_type_id = ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId(d.pop("balance_edit_type_id"))

        service_ids = cast(list[int], d.pop("service_ids"))

        salon_ids = cast(list[int], d.pop("salon_ids"))

        expiration = ChainLoyaltyCertificateTypesCreateBodyExpiration.from_dict(d.pop("expiration"))

        online_sale = ChainLoyaltyCertificateTypesCreateBodyOnlineSale.from_dict(d.pop("online_sale"))

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        _model = cls(
            title=title,
            balance=balance,
            is_multi=is_multi,
            item_type_id=item_type_id,
            is_allow_empty_code=is_allow_empty_code,
            balance_edit_type_id=balance_edit_type_id,
            service_ids=service_ids,
            salon_ids=salon_ids,
            expiration=expiration,
            online_sale=online_sale,
            category_id=category_id,
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
