from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_staff_data_fired import WebhookStaffDataFired
from ..models.webhook_staff_data_hidden import WebhookStaffDataHidden
from ..models.webhook_staff_data_show_rating import WebhookStaffDataShowRating
from ..models.webhook_staff_data_status import WebhookStaffDataStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_staff_data_image_group import WebhookStaffDataImageGroup
    from ..models.webhook_staff_data_position import WebhookStaffDataPosition
    from ..models.webhook_staff_data_user_type_0 import WebhookStaffDataUserType0


T = TypeVar("T", bound="WebhookStaffData")


@_attrs_define
class WebhookStaffData:
    """Team member data sent in webhook notifications. Matches the output of the team member detail API.

    Attributes:
        id (int | Unset): Team member ID.
        api_id (str | Unset):
        name (str | Unset): Full name.
        specialization (str | Unset):
        position (WebhookStaffDataPosition | Unset): Position details.
        show_rating (WebhookStaffDataShowRating | Unset):
        rating (float | Unset):
        votes_count (int | Unset):
        avatar (str | Unset): Avatar thumbnail URL.
        avatar_big (str | Unset): Full-size avatar URL.
        comments_count (int | Unset):
        weight (int | Unset): Sort order.
        information (str | Unset): HTML biography.
        hidden (WebhookStaffDataHidden | Unset):
        fired (WebhookStaffDataFired | Unset): 1 — dismissed, 0 — active.
        status (WebhookStaffDataStatus | Unset):
        position_id (int | Unset):
        schedule_till (str | Unset): Schedule end date.
        image_group (WebhookStaffDataImageGroup | Unset): Image group data.
        prepaid (str | Unset): Prepaid slug.
        user_id (int | None | Unset):
        user (None | Unset | WebhookStaffDataUserType0):
        has_access_timetable (bool | Unset):
        is_paid_staff (bool | Unset):
    """

    id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    position: WebhookStaffDataPosition | Unset = UNSET
    show_rating: WebhookStaffDataShowRating | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: int | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    comments_count: int | Unset = UNSET
    weight: int | Unset = UNSET
    information: str | Unset = UNSET
    hidden: WebhookStaffDataHidden | Unset = UNSET
    fired: WebhookStaffDataFired | Unset = UNSET
    status: WebhookStaffDataStatus | Unset = UNSET
    position_id: int | Unset = UNSET
    schedule_till: str | Unset = UNSET
    image_group: WebhookStaffDataImageGroup | Unset = UNSET
    prepaid: str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    user: None | Unset | WebhookStaffDataUserType0 = UNSET
    has_access_timetable: bool | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_staff_data_user_type_0 import WebhookStaffDataUserType0  # noqa: PLC0415

        id = self.id

        api_id = self.api_id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        show_rating: int | Unset = UNSET
        if not isinstance(self.show_rating, Unset):
            show_rating = self.show_rating.value

        rating = self.rating

        votes_count = self.votes_count

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        weight = self.weight

        information = self.information

        hidden: int | Unset = UNSET
        if not isinstance(self.hidden, Unset):
            hidden = self.hidden.value

        fired: int | Unset = UNSET
        if not isinstance(self.fired, Unset):
            fired = self.fired.value

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        position_id = self.position_id

        schedule_till = self.schedule_till

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        prepaid = self.prepaid

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, WebhookStaffDataUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        has_access_timetable = self.has_access_timetable

        is_paid_staff = self.is_paid_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if position is not UNSET:
            field_dict["position"] = position
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if weight is not UNSET:
            field_dict["weight"] = weight
        if information is not UNSET:
            field_dict["information"] = information
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_staff_data_image_group import WebhookStaffDataImageGroup  # noqa: PLC0415
        from ..models.webhook_staff_data_position import WebhookStaffDataPosition  # noqa: PLC0415
        from ..models.webhook_staff_data_user_type_0 import WebhookStaffDataUserType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        api_id = d.pop("api_id", UNSET)

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        _position = d.pop("position", UNSET)
        position: WebhookStaffDataPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = WebhookStaffDataPosition.from_dict(_position)

        _show_rating = d.pop("show_rating", UNSET)
        show_rating: WebhookStaffDataShowRating | Unset
        if isinstance(_show_rating, Unset):
            show_rating = UNSET
        else:
            show_rating = WebhookStaffDataShowRating(_show_rating)

        rating = d.pop("rating", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        weight = d.pop("weight", UNSET)

        information = d.pop("information", UNSET)

        _hidden = d.pop("hidden", UNSET)
        hidden: WebhookStaffDataHidden | Unset
        if isinstance(_hidden, Unset):
            hidden = UNSET
        else:
            hidden = WebhookStaffDataHidden(_hidden)

        _fired = d.pop("fired", UNSET)
        fired: WebhookStaffDataFired | Unset
        if isinstance(_fired, Unset):
            fired = UNSET
        else:
            fired = WebhookStaffDataFired(_fired)

        _status = d.pop("status", UNSET)
        status: WebhookStaffDataStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WebhookStaffDataStatus(_status)

        position_id = d.pop("position_id", UNSET)

        schedule_till = d.pop("schedule_till", UNSET)

        _image_group = d.pop("image_group", UNSET)
        image_group: WebhookStaffDataImageGroup | Unset
        if isinstance(_image_group, Unset):
            image_group = UNSET
        else:
            image_group = WebhookStaffDataImageGroup.from_dict(_image_group)

        prepaid = d.pop("prepaid", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user(data: object) -> None | Unset | WebhookStaffDataUserType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = WebhookStaffDataUserType0.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookStaffDataUserType0, data)

        user = _parse_user(d.pop("user", UNSET))

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        _model = cls(
            id=id,
            api_id=api_id,
            name=name,
            specialization=specialization,
            position=position,
            show_rating=show_rating,
            rating=rating,
            votes_count=votes_count,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            weight=weight,
            information=information,
            hidden=hidden,
            fired=fired,
            status=status,
            position_id=position_id,
            schedule_till=schedule_till,
            image_group=image_group,
            prepaid=prepaid,
            user_id=user_id,
            user=user,
            has_access_timetable=has_access_timetable,
            is_paid_staff=is_paid_staff,
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
