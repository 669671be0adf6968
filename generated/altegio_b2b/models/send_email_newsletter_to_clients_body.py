from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendEmailNewsletterToClientsBody")


@_attrs_define
class SendEmailNewsletterToClientsBody:
    """Send Email newsletter according to the list of clients

    Example:
        {'client_ids': [1, 2, 3, 4, 5], 'subject': 'Important!', 'text': 'Dear clients, we congratulate you on being our
            clients! You are very lucky!'}

    Attributes:
        client_ids (list[float]): Array of client IDs
        subject (str): Email Subject
        text (str): Email text
    """

    client_ids: list[float]
    subject: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_ids = self.client_ids

        subject = self.subject

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_ids": client_ids,
                "subject": subject,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_ids = cast(list[float], d.pop("client_ids"))

        subject = d.pop("subject")

        text = d.pop("text")

        _model = cls(
            client_ids=client_ids,
            subject=subject,
            text=text,
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
