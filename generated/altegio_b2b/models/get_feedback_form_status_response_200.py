from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_feedback_form_status_response_200_agreement_links import (
        GetFeedbackFormStatusResponse200AgreementLinks,
    )
    from ..models.get_feedback_form_status_response_200_company import GetFeedbackFormStatusResponse200Company
    from ..models.get_feedback_form_status_response_200_currency import GetFeedbackFormStatusResponse200Currency
    from ..models.get_feedback_form_status_response_200_language import GetFeedbackFormStatusResponse200Language
    from ..models.get_feedback_form_status_response_200_master import GetFeedbackFormStatusResponse200Master
    from ..models.get_feedback_form_status_response_200_record import GetFeedbackFormStatusResponse200Record
    from ..models.get_feedback_form_status_response_200_tips_item import GetFeedbackFormStatusResponse200TipsItem


T = TypeVar("T", bound="GetFeedbackFormStatusResponse200")


@_attrs_define
class GetFeedbackFormStatusResponse200:
    """Object with data

    Attributes:
        favicon_url (str | Unset): Let to the logo
        is_review_submitted (bool | Unset): Has feedback been sent?
        page_title (str | Unset): Page Title
        master (GetFeedbackFormStatusResponse200Master | Unset): team member
        company (GetFeedbackFormStatusResponse200Company | Unset): location
        tips (list[GetFeedbackFormStatusResponse200TipsItem] | Unset): Tips
        record (GetFeedbackFormStatusResponse200Record | Unset): Recording
        currency (GetFeedbackFormStatusResponse200Currency | Unset): location currency
        agreement_links (GetFeedbackFormStatusResponse200AgreementLinks | Unset): Links to agreements
        language (GetFeedbackFormStatusResponse200Language | Unset): Language
    """

    favicon_url: str | Unset = UNSET
    is_review_submitted: bool | Unset = UNSET
    page_title: str | Unset = UNSET
    master: GetFeedbackFormStatusResponse200Master | Unset = UNSET
    company: GetFeedbackFormStatusResponse200Company | Unset = UNSET
    tips: list[GetFeedbackFormStatusResponse200TipsItem] | Unset = UNSET
    record: GetFeedbackFormStatusResponse200Record | Unset = UNSET
    currency: GetFeedbackFormStatusResponse200Currency | Unset = UNSET
    agreement_links: GetFeedbackFormStatusResponse200AgreementLinks | Unset = UNSET
    language: GetFeedbackFormStatusResponse200Language | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        favicon_url = self.favicon_url

        is_review_submitted = self.is_review_submitted

        page_title = self.page_title

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        tips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tips, Unset):
            tips = []
            for tips_item_data in self.tips:
                tips_item = tips_item_data.to_dict()
                tips.append(tips_item)

        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        agreement_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agreement_links, Unset):
            agreement_links = self.agreement_links.to_dict()

        language: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if favicon_url is not UNSET:
            field_dict["favicon_url"] = favicon_url
        if is_review_submitted is not UNSET:
            field_dict["is_review_submitted"] = is_review_submitted
        if page_title is not UNSET:
            field_dict["page_title"] = page_title
        if master is not UNSET:
            field_dict["master"] = master
        if company is not UNSET:
            field_dict["company"] = company
        if tips is not UNSET:
            field_dict["tips"] = tips
        if record is not UNSET:
            field_dict["record"] = record
        if currency is not UNSET:
            field_dict["currency"] = currency
        if agreement_links is not UNSET:
            field_dict["agreement_links"] = agreement_links
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_feedback_form_status_response_200_agreement_links import (
            GetFeedbackFormStatusResponse200AgreementLinks,  # noqa: PLC0415
        )
        from ..models.get_feedback_form_status_response_200_company import GetFeedbackFormStatusResponse200Company  # noqa: PLC0415
        from ..models.get_feedback_form_status_response_200_currency import GetFeedbackFormStatusResponse200Currency  # noqa: PLC0415
        from ..models.get_feedback_form_status_response_200_language import GetFeedbackFormStatusResponse200Language  # noqa: PLC0415
        from ..models.get_feedback_form_status_response_200_master import GetFeedbackFormStatusResponse200Master  # noqa: PLC0415
        from ..models.get_feedback_form_status_response_200_record import GetFeedbackFormStatusResponse200Record  # noqa: PLC0415
        from ..models.get_feedback_form_status_response_200_tips_item import GetFeedbackFormStatusResponse200TipsItem  # noqa: PLC0415

        d = dict(src_dict)
        favicon_url = d.pop("favicon_url", UNSET)

        is_review_submitted = d.pop("is_review_submitted", UNSET)

        page_title = d.pop("page_title", UNSET)

        _master = d.pop("master", UNSET)
        master: GetFeedbackFormStatusResponse200Master | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = GetFeedbackFormStatusResponse200Master.from_dict(_master)

        _company = d.pop("company", UNSET)
        company: GetFeedbackFormStatusResponse200Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = GetFeedbackFormStatusResponse200Company.from_dict(_company)

        _tips = d.pop("tips", UNSET)
        tips: list[GetFeedbackFormStatusResponse200TipsItem] | Unset = UNSET
        if _tips is not UNSET:
            tips = []
            for tips_item_data in _tips:
                tips_item = GetFeedbackFormStatusResponse200TipsItem.from_dict(tips_item_data)

                tips.append(tips_item)

        _record = d.pop("record", UNSET)
        record: GetFeedbackFormStatusResponse200Record | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = GetFeedbackFormStatusResponse200Record.from_dict(_record)

        _currency = d.pop("currency", UNSET)
        currency: GetFeedbackFormStatusResponse200Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = GetFeedbackFormStatusResponse200Currency.from_dict(_currency)

        _agreement_links = d.pop("agreement_links", UNSET)
        agreement_links: GetFeedbackFormStatusResponse200AgreementLinks | Unset
        if isinstance(_agreement_links, Unset):
            agreement_links = UNSET
        else:
            agreement_links = GetFeedbackFormStatusResponse200AgreementLinks.from_dict(_agreement_links)

        _language = d.pop("language", UNSET)
        language: GetFeedbackFormStatusResponse200Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = GetFeedbackFormStatusResponse200Language.from_dict(_language)

        _model = cls(
            favicon_url=favicon_url,
            is_review_submitted=is_review_submitted,
            page_title=page_title,
            master=master,
            company=company,
            tips=tips,
            record=record,
            currency=currency,
            agreement_links=agreement_links,
            language=language,
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
