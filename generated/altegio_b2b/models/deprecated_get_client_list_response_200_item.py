from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deprecated_get_client_list_response_200_item_categories_item import (
        DeprecatedGetClientListResponse200ItemCategoriesItem,
    )
    from ..models.deprecated_get_client_list_response_200_item_custom_fields_type_0 import (
        DeprecatedGetClientListResponse200ItemCustomFieldsType0,
    )


T = TypeVar("T", bound="DeprecatedGetClientListResponse200Item")


@_attrs_define
class DeprecatedGetClientListResponse200Item:
    """
    Attributes:
        id (int | Unset): Client ID
        name (str | Unset): Client name
        phone (str | Unset): Customer phone
        email (str | Unset): Client Email
        categories (list[DeprecatedGetClientListResponse200ItemCategoriesItem] | Unset): Client categories
        gender_id (int | Unset): Gender identifier, 0 - unknown, 1 - male, 2 - female
        gender (str | Unset): Gender name
        discount (float | Unset): Discount
        importance_id (int | Unset): Client priority level (0 - none, 1 - bronze, 2 - silver, 3 - gold)
        importance (str | Unset): Client priority level name
        card (float | str | Unset): Client card number
        birth_date (datetime.date | None | Unset): Client's date of birth
        comment (str | Unset): Customer comment
        sms_check (float | Unset): 1 - Happy Birthday by SMS, 0 - do not congratulate
        sms_not (float | Unset): 1 - Exclude the client from SMS mailings, 0 - do not exclude
        spent (float | Unset): How much money spent in the location at the time of adding
        balance (float | Unset): Client balance
        visits (float | Unset): Number of visits
        last_change_date (datetime.datetime | Unset): Last modified date
        custom_fields (DeprecatedGetClientListResponse200ItemCustomFieldsType0 | list[Any] | Unset): Additional client
            fields
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    categories: list[DeprecatedGetClientListResponse200ItemCategoriesItem] | Unset = UNSET
    gender_id: int | Unset = UNSET
    gender: str | Unset = UNSET
    discount: float | Unset = UNSET
    importance_id: int | Unset = UNSET
    importance: str | Unset = UNSET
    card: float | str | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    comment: str | Unset = UNSET
    sms_check: float | Unset = UNSET
    sms_not: float | Unset = UNSET
    spent: float | Unset = UNSET
    balance: float | Unset = UNSET
    visits: float | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    custom_fields: DeprecatedGetClientListResponse200ItemCustomFieldsType0 | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deprecated_get_client_list_response_200_item_custom_fields_type_0 import (
            DeprecatedGetClientListResponse200ItemCustomFieldsType0,  # noqa: PLC0415
        )

        id = self.id

        name = self.name

        phone = self.phone

        email = self.email

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        gender_id = self.gender_id

        gender = self.gender

        discount = self.discount

        importance_id = self.importance_id

        importance = self.importance

        card: float | str | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        else:
            card = self.card

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        comment = self.comment

        sms_check = self.sms_check

        sms_not = self.sms_not

        spent = self.spent

        balance = self.balance

        visits = self.visits

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        custom_fields: dict[str, Any] | list[Any] | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, DeprecatedGetClientListResponse200ItemCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if categories is not UNSET:
            field_dict["categories"] = categories
        if gender_id is not UNSET:
            field_dict["gender_id"] = gender_id
        if gender is not UNSET:
            field_dict["gender"] = gender
        if discount is not UNSET:
            field_dict["discount"] = discount
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if importance is not UNSET:
            field_dict["importance"] = importance
        if card is not UNSET:
            field_dict["card"] = card
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_not is not UNSET:
            field_dict["sms_not"] = sms_not
        if spent is not UNSET:
            field_dict["spent"] = spent
        if balance is not UNSET:
            field_dict["balance"] = balance
        if visits is not UNSET:
            field_dict["visits"] = visits
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deprecated_get_client_list_response_200_item_categories_item import (
            DeprecatedGetClientListResponse200ItemCategoriesItem,  # noqa: PLC0415
        )
        from ..models.deprecated_get_client_list_response_200_item_custom_fields_type_0 import (
            DeprecatedGetClientListResponse200ItemCustomFieldsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[DeprecatedGetClientListResponse200ItemCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = DeprecatedGetClientListResponse200ItemCategoriesItem.from_dict(categories_item_data)

                categories.append(categories_item)

        gender_id = d.pop("gender_id", UNSET)

        gender = d.pop("gender", UNSET)

        discount = d.pop("discount", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        importance = d.pop("importance", UNSET)

        def _parse_card(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        card = _parse_card(d.pop("card", UNSET))

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = _timestamps.parse_date(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        comment = d.pop("comment", UNSET)

        sms_check = d.pop("sms_check", UNSET)

        sms_not = d.pop("sms_not", UNSET)

        spent = d.pop("spent", UNSET)

        balance = d.pop("balance", UNSET)

        visits = d.pop("visits", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _timestamps.parse_datetime(_last_change_date)

        def _parse_custom_fields(
            data: object,
        ) -> DeprecatedGetClientListResponse200ItemCustomFieldsType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = DeprecatedGetClientListResponse200ItemCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            custom_fields_type_1 = cast(list[Any], data)

            return custom_fields_type_1

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        _model = cls(
            id=id,
            name=name,
            phone=phone,
            email=email,
            categories=categories,
            gender_id=gender_id,
            gender=gender,
            discount=discount,
            importance_id=importance_id,
            importance=importance,
            card=card,
            birth_date=birth_date,
            comment=comment,
            sms_check=sms_check,
            sms_not=sms_not,
            spent=spent,
            balance=balance,
            visits=visits,
            last_change_date=last_change_date,
            custom_fields=custom_fields,
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
