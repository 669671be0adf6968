from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.webhook_client_data_sex_id import WebhookClientDataSexId
from ..models.webhook_client_data_sms_bot import WebhookClientDataSmsBot
from ..models.webhook_client_data_sms_check import WebhookClientDataSmsCheck
from ..models.webhook_client_data_sms_not import WebhookClientDataSmsNot
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_client_data_categories_item import WebhookClientDataCategoriesItem
    from ..models.webhook_client_data_custom_fields_item import WebhookClientDataCustomFieldsItem


T = TypeVar("T", bound="WebhookClientData")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "surname",
        "patronymic",
        "display_name",
        "phone",
        "email",
        "card",
        "birth_date",
        "comment",
        "discount",
        "visits",
        "sex_id",
        "sex",
        "sms_check",
        "sms_bot",
        "sms_not",
        "spent",
        "paid",
        "balance",
        "importance_id",
        "importance",
        "categories",
        "last_change_date",
        "custom_fields",
    }
)
_EXTRA = _fields.ANY
_KIND_sex_id = _fields.EnumOf("WebhookClientDataSexId", _fields.INTEGER)
_KIND_sms_check = _fields.EnumOf("WebhookClientDataSmsCheck", _fields.INTEGER)
_KIND_sms_bot = _fields.EnumOf("WebhookClientDataSmsBot", _fields.INTEGER)
_KIND_sms_not = _fields.EnumOf("WebhookClientDataSmsNot", _fields.INTEGER)
_KIND_categories = _fields.ListOf(_fields.Model("WebhookClientDataCategoriesItem"))
_KIND_custom_fields = _fields.ListOf(_fields.Model("WebhookClientDataCustomFieldsItem"))


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        surname = self.surname
        if type(surname) is not str and surname is not UNSET:
            surname = _fields.write_string(surname, "surname")
        if surname is not UNSET:
            field_dict["surname"] = surname

        patronymic = self.patronymic
        if type(patronymic) is not str and patronymic is not UNSET:
            patronymic = _fields.write_string(patronymic, "patronymic")
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic

        display_name = self.display_name
        if type(display_name) is not str and display_name is not UNSET:
            display_name = _fields.write_string(display_name, "display_name")
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        email = self.email
        if type(email) is not str and email is not UNSET:
            email = _fields.write_string(email, "email")
        if email is not UNSET:
            field_dict["email"] = email

        card = self.card
        if type(card) is not str and card is not UNSET:
            card = _fields.write_string(card, "card")
        if card is not UNSET:
            field_dict["card"] = card

        birth_date = self.birth_date
        if birth_date is not UNSET:
            field_dict["birth_date"] = _fields.write_date(birth_date, "birth_date")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        visits = self.visits
        if type(visits) is not int and visits is not UNSET:
            visits = _fields.write_integer(visits, "visits")
        if visits is not UNSET:
            field_dict["visits"] = visits

        sex_id = self.sex_id
        if sex_id is not UNSET:
            field_dict["sex_id"] = _KIND_sex_id.write_field(sex_id, "sex_id")

        sex = self.sex
        if type(sex) is not str and sex is not UNSET:
            sex = _fields.write_string(sex, "sex")
        if sex is not UNSET:
            field_dict["sex"] = sex

        sms_check = self.sms_check
        if sms_check is not UNSET:
            field_dict["sms_check"] = _KIND_sms_check.write_field(sms_check, "sms_check")

        sms_bot = self.sms_bot
        if sms_bot is not UNSET:
            field_dict["sms_bot"] = _KIND_sms_bot.write_field(sms_bot, "sms_bot")

        sms_not = self.sms_not
        if sms_not is not UNSET:
            field_dict["sms_not"] = _KIND_sms_not.write_field(sms_not, "sms_not")

        spent = self.spent
        if spent is not UNSET:
            field_dict["spent"] = _fields.write_number(spent, "spent")

        paid = self.paid
        if paid is not UNSET:
            field_dict["paid"] = _fields.write_number(paid, "paid")

        balance = self.balance
        if balance is not UNSET:
            field_dict["balance"] = _fields.write_number(balance, "balance")

        importance_id = self.importance_id
        if type(importance_id) is not int and importance_id is not UNSET:
            importance_id = _fields.write_integer(importance_id, "importance_id")
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id

        importance = self.importance
        if type(importance) is not str and importance is not UNSET:
            importance = _fields.write_string(importance, "importance")
        if importance is not UNSET:
            field_dict["importance"] = importance

        categories = self.categories
        if categories is not UNSET:
            field_dict["categories"] = _KIND_categories.write_field(categories, "categories")

        last_change_date = self.last_change_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = _fields.write_datetime(last_change_date, "last_change_date")

        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = _KIND_custom_fields.write_field(custom_fields, "custom_fields")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        surname = _get("surname", UNSET)
        if type(surname) is not str and surname is not UNSET:
            surname = _fields.read_string(surname, "surname")

        patronymic = _get("patronymic", UNSET)
        if type(patronymic) is not str and patronymic is not UNSET:
            patronymic = _fields.read_string(patronymic, "patronymic")

        display_name = _get("display_name", UNSET)
        if type(display_name) is not str and display_name is not UNSET:
            display_name = _fields.read_string(display_name, "display_name")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _fields.read_string(email, "email")

        card = _get("card", UNSET)
        if type(card) is not str and card is not UNSET:
            card = _fields.read_string(card, "card")

        birth_date = _get("birth_date", UNSET)
        if birth_date is not UNSET:
            try:
                birth_date = _fields.date_fromisoformat(birth_date)
            except (TypeError, ValueError):
                birth_date = _fields.read_date(birth_date, "birth_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        visits = _get("visits", UNSET)
        if type(visits) is not int and visits is not UNSET:
            visits = _fields.read_integer(visits, "visits")

        sex_id = _get("sex_id", UNSET)
        if sex_id is not UNSET:
            sex_id = _KIND_sex_id.read_field(sex_id, "sex_id")

        sex = _get("sex", UNSET)
        if type(sex) is not str and sex is not UNSET:
            sex = _fields.read_string(sex, "sex")

        sms_check = _get("sms_check", UNSET)
        if sms_check is not UNSET:
            sms_check = _KIND_sms_check.read_field(sms_check, "sms_check")

        sms_bot = _get("sms_bot", UNSET)
        if sms_bot is not UNSET:
            sms_bot = _KIND_sms_bot.read_field(sms_bot, "sms_bot")

        sms_not = _get("sms_not", UNSET)
        if sms_not is not UNSET:
            sms_not = _KIND_sms_not.read_field(sms_not, "sms_not")

        spent = _get("spent", UNSET)
        if type(spent) is not float and type(spent) is not int and spent is not UNSET:
            spent = _fields.read_number(spent, "spent")

        paid = _get("paid", UNSET)
        if type(paid) is not float and type(paid) is not int and paid is not UNSET:
            paid = _fields.read_number(paid, "paid")

        balance = _get("balance", UNSET)
        if type(balance) is not float and type(balance) is not int and balance is not UNSET:
            balance = _fields.read_number(balance, "balance")

        importance_id = _get("importance_id", UNSET)
        if type(importance_id) is not int and importance_id is not UNSET:
            importance_id = _fields.read_integer(importance_id, "importance_id")

        importance = _get("importance", UNSET)
        if type(importance) is not str and importance is not UNSET:
            importance = _fields.read_string(importance, "importance")

        categories = _get("categories", UNSET)
        if categories is not UNSET:
            categories = _KIND_categories.read_field(categories, "categories")

        last_change_date = _get("last_change_date", UNSET)
        if last_change_date is not UNSET:
            try:
                last_change_date = _fields.datetime_fromisoformat(last_change_date)
            except (TypeError, ValueError):
                last_change_date = _fields.read_datetime(last_change_date, "last_change_date")

        custom_fields = _get("custom_fields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = _KIND_custom_fields.read_field(custom_fields, "custom_fields")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.name = name
        _model.surname = surname
        _model.patronymic = patronymic
        _model.display_name = display_name
        _model.phone = phone
        _model.email = email
        _model.card = card
        _model.birth_date = birth_date
        _model.comment = comment
        _model.discount = discount
        _model.visits = visits
        _model.sex_id = sex_id
        _model.sex = sex
        _model.sms_check = sms_check
        _model.sms_bot = sms_bot
        _model.sms_not = sms_not
        _model.spent = spent
        _model.paid = paid
        _model.balance = balance
        _model.importance_id = importance_id
        _model.importance = importance
        _model.categories = categories
        _model.last_change_date = last_change_date
        _model.custom_fields = custom_fields
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not WebhookClientData:
            _fields.init_added_fields(_model, WebhookClientData)
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
