from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_record_data_client_type_0_client_tags_item import WebhookRecordDataClientType0ClientTagsItem
    from ..models.webhook_record_data_client_type_0_custom_fields_item import (
        WebhookRecordDataClientType0CustomFieldsItem,
    )


T = TypeVar("T", bound="WebhookRecordDataClientType0")
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
        "comment",
        "discount",
        "sex",
        "birthday",
        "success_visits_count",
        "fail_visits_count",
        "custom_fields",
        "client_tags",
    }
)
_EXTRA = _fields.ANY
_KIND_custom_fields = _fields.ListOf(_fields.Model("WebhookRecordDataClientType0CustomFieldsItem"))
_KIND_client_tags = _fields.ListOf(_fields.Model("WebhookRecordDataClientType0ClientTagsItem"))


@_attrs_define
class WebhookRecordDataClientType0:
    """Client details.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        surname (str | Unset):
        patronymic (str | Unset):
        display_name (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        card (str | Unset):
        comment (str | Unset):
        discount (float | Unset):
        sex (str | Unset):
        birthday (str | Unset):
        success_visits_count (int | Unset):
        fail_visits_count (int | Unset):
        custom_fields (list[WebhookRecordDataClientType0CustomFieldsItem] | Unset):
        client_tags (list[WebhookRecordDataClientType0ClientTagsItem] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    patronymic: str | Unset = UNSET
    display_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    card: str | Unset = UNSET
    comment: str | Unset = UNSET
    discount: float | Unset = UNSET
    sex: str | Unset = UNSET
    birthday: str | Unset = UNSET
    success_visits_count: int | Unset = UNSET
    fail_visits_count: int | Unset = UNSET
    custom_fields: list[WebhookRecordDataClientType0CustomFieldsItem] | Unset = UNSET
    client_tags: list[WebhookRecordDataClientType0ClientTagsItem] | Unset = UNSET
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

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        sex = self.sex
        if type(sex) is not str and sex is not UNSET:
            sex = _fields.write_string(sex, "sex")
        if sex is not UNSET:
            field_dict["sex"] = sex

        birthday = self.birthday
        if type(birthday) is not str and birthday is not UNSET:
            birthday = _fields.write_string(birthday, "birthday")
        if birthday is not UNSET:
            field_dict["birthday"] = birthday

        success_visits_count = self.success_visits_count
        if type(success_visits_count) is not int and success_visits_count is not UNSET:
            success_visits_count = _fields.write_integer(success_visits_count, "success_visits_count")
        if success_visits_count is not UNSET:
            field_dict["success_visits_count"] = success_visits_count

        fail_visits_count = self.fail_visits_count
        if type(fail_visits_count) is not int and fail_visits_count is not UNSET:
            fail_visits_count = _fields.write_integer(fail_visits_count, "fail_visits_count")
        if fail_visits_count is not UNSET:
            field_dict["fail_visits_count"] = fail_visits_count

        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = _KIND_custom_fields.write_field(custom_fields, "custom_fields")

        client_tags = self.client_tags
        if client_tags is not UNSET:
            field_dict["client_tags"] = _KIND_client_tags.write_field(client_tags, "client_tags")

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

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        sex = _get("sex", UNSET)
        if type(sex) is not str and sex is not UNSET:
            sex = _fields.read_string(sex, "sex")

        birthday = _get("birthday", UNSET)
        if type(birthday) is not str and birthday is not UNSET:
            birthday = _fields.read_string(birthday, "birthday")

        success_visits_count = _get("success_visits_count", UNSET)
        if type(success_visits_count) is not int and success_visits_count is not UNSET:
            success_visits_count = _fields.read_integer(success_visits_count, "success_visits_count")

        fail_visits_count = _get("fail_visits_count", UNSET)
        if type(fail_visits_count) is not int and fail_visits_count is not UNSET:
            fail_visits_count = _fields.read_integer(fail_visits_count, "fail_visits_count")

        custom_fields = _get("custom_fields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = _KIND_custom_fields.read_field(custom_fields, "custom_fields")

        client_tags = _get("client_tags", UNSET)
        if client_tags is not UNSET:
            client_tags = _KIND_client_tags.read_field(client_tags, "client_tags")

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
        _model.comment = comment
        _model.discount = discount
        _model.sex = sex
        _model.birthday = birthday
        _model.success_visits_count = success_visits_count
        _model.fail_visits_count = fail_visits_count
        _model.custom_fields = custom_fields
        _model.client_tags = client_tags
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not WebhookRecordDataClientType0:
            _fields.init_added_fields(_model, WebhookRecordDataClientType0)
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
