from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.webhook_client_data_sex_id import WebhookClientDataSexId
from ..models.webhook_client_data_sms_bot import WebhookClientDataSmsBot
from ..models.webhook_client_data_sms_check import WebhookClientDataSmsCheck
from ..models.webhook_client_data_sms_not import WebhookClientDataSmsNot
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_client_data_categories_item import WebhookClientDataCategoriesItem
    from ..models.webhook_client_data_custom_fields_item import WebhookClientDataCustomFieldsItem


T = TypeVar("T", bound="WebhookClientData")


@_attrs_define
class WebhookClientData:
    """Client data sent in webhook notifications. Uses the full client profile with all default includes (email, card,
    birth_date, comment, discount, visits, sex, sms preferences, money, importance, categories, custom_fields).

        Attributes:
            id (int | Unset): Client ID.
            name (str | Unset): First name.
            surname (str | Unset):
            patronymic (str | Unset):
            display_name (str | Unset): Formatted full name.
            phone (str | Unset): Phone number (visible — webhook always has full access).
            email (str | Unset):
            card (str | Unset): Loyalty card number.
            birth_date (datetime.date | Unset): Birthday in YYYY-MM-DD format.
            comment (str | Unset): Client card comment.
            discount (float | Unset): Personal discount percentage.
            visits (int | Unset): Total visit count.
            sex_id (WebhookClientDataSexId | Unset): 0 — unknown, 1 — male, 2 — female.
            sex (str | Unset):
            sms_check (WebhookClientDataSmsCheck | Unset):
            sms_bot (WebhookClientDataSmsBot | Unset):
            sms_not (WebhookClientDataSmsNot | Unset):
            spent (float | Unset): Total amount spent.
            paid (float | Unset): Total amount paid.
            balance (float | Unset): Current balance.
            importance_id (int | Unset): 0 — normal, 1 — VIP, 2 — blacklisted.
            importance (str | Unset):
            categories (list[WebhookClientDataCategoriesItem] | Unset): Client category labels.
            last_change_date (datetime.datetime | Unset):
            custom_fields (list[WebhookClientDataCustomFieldsItem] | Unset): Custom field values configured for this
                location.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    patronymic: str | Unset = UNSET
    display_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    card: str | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    comment: str | Unset = UNSET
    discount: float | Unset = UNSET
    visits: int | Unset = UNSET
    sex_id: WebhookClientDataSexId | Unset = UNSET
    sex: str | Unset = UNSET
    sms_check: WebhookClientDataSmsCheck | Unset = UNSET
    sms_bot: WebhookClientDataSmsBot | Unset = UNSET
    sms_not: WebhookClientDataSmsNot | Unset = UNSET
    spent: float | Unset = UNSET
    paid: float | Unset = UNSET
    balance: float | Unset = UNSET
    importance_id: int | Unset = UNSET
    importance: str | Unset = UNSET
    categories: list[WebhookClientDataCategoriesItem] | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    custom_fields: list[WebhookClientDataCustomFieldsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        surname = self.surname

        patronymic = self.patronymic

        display_name = self.display_name

        phone = self.phone

        email = self.email

        card = self.card

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        comment = self.comment

        discount = self.discount

        visits = self.visits

        sex_id: int | Unset = UNSET
        if not isinstance(self.sex_id, Unset):
            sex_id = self.sex_id.value

        sex = self.sex

        sms_check: int | Unset = UNSET
        if not isinstance(self.sms_check, Unset):
            sms_check = self.sms_check.value

        sms_bot: int | Unset = UNSET
        if not isinstance(self.sms_bot, Unset):
            sms_bot = self.sms_bot.value

        sms_not: int | Unset = UNSET
        if not isinstance(self.sms_not, Unset):
            sms_not = self.sms_not.value

        spent = self.spent

        paid = self.paid

        balance = self.balance

        importance_id = self.importance_id

        importance = self.importance

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if card is not UNSET:
            field_dict["card"] = card
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if discount is not UNSET:
            field_dict["discount"] = discount
        if visits is not UNSET:
            field_dict["visits"] = visits
        if sex_id is not UNSET:
            field_dict["sex_id"] = sex_id
        if sex is not UNSET:
            field_dict["sex"] = sex
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_bot is not UNSET:
            field_dict["sms_bot"] = sms_bot
        if sms_not is not UNSET:
            field_dict["sms_not"] = sms_not
        if spent is not UNSET:
            field_dict["spent"] = spent
        if paid is not UNSET:
            field_dict["paid"] = paid
        if balance is not UNSET:
            field_dict["balance"] = balance
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if importance is not UNSET:
            field_dict["importance"] = importance
        if categories is not UNSET:
            field_dict["categories"] = categories
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_client_data_categories_item import WebhookClientDataCategoriesItem  # noqa: PLC0415
        from ..models.webhook_client_data_custom_fields_item import WebhookClientDataCustomFieldsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        patronymic = d.pop("patronymic", UNSET)

        display_name = d.pop("display_name", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        card = d.pop("card", UNSET)

        _birth_date = d.pop("birth_date", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = _timestamps.parse_date(_birth_date)

        comment = d.pop("comment", UNSET)

        discount = d.pop("discount", UNSET)

        visits = d.pop("visits", UNSET)

        _sex_id = d.pop("sex_id", UNSET)
        sex_id: WebhookClientDataSexId | Unset
        if isinstance(_sex_id, Unset):
            sex_id = UNSET
        else:
            sex_id = WebhookClientDataSexId(_sex_id)

        sex = d.pop("sex", UNSET)

        _sms_check = d.pop("sms_check", UNSET)
        sms_check: WebhookClientDataSmsCheck | Unset
        if isinstance(_sms_check, Unset):
            sms_check = UNSET
        else:
            sms_check = WebhookClientDataSmsCheck(_sms_check)

        _sms_bot = d.pop("sms_bot", UNSET)
        sms_bot: WebhookClientDataSmsBot | Unset
        if isinstance(_sms_bot, Unset):
            sms_bot = UNSET
        else:
            sms_bot = WebhookClientDataSmsBot(_sms_bot)

        _sms_not = d.pop("sms_not", UNSET)
        sms_not: WebhookClientDataSmsNot | Unset
        if isinstance(_sms_not, Unset):
            sms_not = UNSET
        else:
            sms_not = WebhookClientDataSmsNot(_sms_not)

        spent = d.pop("spent", UNSET)

        paid = d.pop("paid", UNSET)

        balance = d.pop("balance", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        importance = d.pop("importance", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[WebhookClientDataCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = WebhookClientDataCategoriesItem.from_dict(categories_item_data)

                categories.append(categories_item)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _timestamps.parse_datetime(_last_change_date)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[WebhookClientDataCustomFieldsItem] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = WebhookClientDataCustomFieldsItem.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _model = cls(
            id=id,
            name=name,
            surname=surname,
            patronymic=patronymic,
            display_name=display_name,
            phone=phone,
            email=email,
            card=card,
            birth_date=birth_date,
            comment=comment,
            discount=discount,
            visits=visits,
            sex_id=sex_id,
            sex=sex,
            sms_check=sms_check,
            sms_bot=sms_bot,
            sms_not=sms_not,
            spent=spent,
            paid=paid,
            balance=balance,
            importance_id=importance_id,
            importance=importance,
            categories=categories,
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
