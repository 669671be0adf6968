from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_record_data_client_type_0_client_tags_item import WebhookRecordDataClientType0ClientTagsItem
    from ..models.webhook_record_data_client_type_0_custom_fields_item import (
        WebhookRecordDataClientType0CustomFieldsItem,
    )


T = TypeVar("T", bound="WebhookRecordDataClientType0")


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
        id = self.id

        name = self.name

        surname = self.surname

        patronymic = self.patronymic

        display_name = self.display_name

        phone = self.phone

        email = self.email

        card = self.card

        comment = self.comment

        discount = self.discount

        sex = self.sex

        birthday = self.birthday

        success_visits_count = self.success_visits_count

        fail_visits_count = self.fail_visits_count

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        client_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.client_tags, Unset):
            client_tags = []
            for client_tags_item_data in self.client_tags:
                client_tags_item = client_tags_item_data.to_dict()
                client_tags.append(client_tags_item)

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
        if comment is not UNSET:
            field_dict["comment"] = comment
        if discount is not UNSET:
            field_dict["discount"] = discount
        if sex is not UNSET:
            field_dict["sex"] = sex
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if success_visits_count is not UNSET:
            field_dict["success_visits_count"] = success_visits_count
        if fail_visits_count is not UNSET:
            field_dict["fail_visits_count"] = fail_visits_count
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if client_tags is not UNSET:
            field_dict["client_tags"] = client_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_record_data_client_type_0_client_tags_item import (
            WebhookRecordDataClientType0ClientTagsItem,  # noqa: PLC0415
        )
        from ..models.webhook_record_data_client_type_0_custom_fields_item import (
            WebhookRecordDataClientType0CustomFieldsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        patronymic = d.pop("patronymic", UNSET)

        display_name = d.pop("display_name", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        card = d.pop("card", UNSET)

        comment = d.pop("comment", UNSET)

        discount = d.pop("discount", UNSET)

        sex = d.pop("sex", UNSET)

        birthday = d.pop("birthday", UNSET)

        success_visits_count = d.pop("success_visits_count", UNSET)

        fail_visits_count = d.pop("fail_visits_count", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[WebhookRecordDataClientType0CustomFieldsItem] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = WebhookRecordDataClientType0CustomFieldsItem.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _client_tags = d.pop("client_tags", UNSET)
        client_tags: list[WebhookRecordDataClientType0ClientTagsItem] | Unset = UNSET
        if _client_tags is not UNSET:
            client_tags = []
            for client_tags_item_data in _client_tags:
                client_tags_item = WebhookRecordDataClientType0ClientTagsItem.from_dict(client_tags_item_data)

                client_tags.append(client_tags_item)

        _model = cls(
            id=id,
            name=name,
            surname=surname,
            patronymic=patronymic,
            display_name=display_name,
            phone=phone,
            email=email,
            card=card,
            comment=comment,
            discount=discount,
            sex=sex,
            birthday=birthday,
            success_visits_count=success_visits_count,
            fail_visits_count=fail_visits_count,
            custom_fields=custom_fields,
            client_tags=client_tags,
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
