from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_members_available_for_booking_response_200_item_image_group_type_0 import (
        GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0,
    )
    from ..models.get_team_members_available_for_booking_response_200_item_position_type_0 import (
        GetTeamMembersAvailableForBookingResponse200ItemPositionType0,
    )
    from ..models.get_team_members_available_for_booking_response_200_item_seances_item import (
        GetTeamMembersAvailableForBookingResponse200ItemSeancesItem,
    )
    from ..models.get_team_members_available_for_booking_response_200_item_user_type_0 import (
        GetTeamMembersAvailableForBookingResponse200ItemUserType0,
    )


T = TypeVar("T", bound="GetTeamMembersAvailableForBookingResponse200Item")


@_attrs_define
class GetTeamMembersAvailableForBookingResponse200Item:
    """
    Attributes:
        id (int | Unset): team member ID
        api_id (None | str | Unset): External team member ID
        user_id (int | None | Unset): User ID associated with team member (can be null if not linked)
        name (str | Unset): team member name
        bookable (bool | Unset): Does the team member have sessions available for appointment
        specialization (str | Unset): team member specialization
        position (GetTeamMembersAvailableForBookingResponse200ItemPositionType0 | list[Any] | Unset): team member's
            position (object or empty array)
        position_id (int | Unset): Position ID
        show_rating (float | Unset): Whether to show the team member's rating (1 - show, 0 - do not show)
        rating (float | Unset): team member Rating
        votes_count (float | Unset): Number of votes that rated the team member
        avatar (str | Unset): Path to team member avatar file
        avatar_big (str | Unset): Path to large team member avatar file
        comments_count (float | Unset): Number of comments to the team member
        weight (int | Unset): team member weight. team members are sorted by weight on exit, heavier first
        information (str | Unset): Additional information about the team member (HTML format)
        seance_date (datetime.date | Unset): The date of the next day that there are available sessions (only for
            bookable = true)
        schedule_till (datetime.date | Unset): Schedule available until date
        seances (list[GetTeamMembersAvailableForBookingResponse200ItemSeancesItem] | Unset): Available sessions
        has_access_timetable (bool | Unset): Has access to timetable
        image_group (GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0 | list[Any] | Unset): Image group
            with different sizes (object or empty array)
        fired (int | Unset): Whether team member is fired
        status (int | Unset): Team member status
        hidden (int | Unset): Whether team member is hidden
        user (GetTeamMembersAvailableForBookingResponse200ItemUserType0 | None | Unset): User information
        prepaid (str | Unset): Prepaid status
    """

    id: int | Unset = UNSET
    api_id: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    name: str | Unset = UNSET
    bookable: bool | Unset = UNSET
    specialization: str | Unset = UNSET
    position: GetTeamMembersAvailableForBookingResponse200ItemPositionType0 | list[Any] | Unset = UNSET
    position_id: int | Unset = UNSET
    show_rating: float | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: float | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    comments_count: float | Unset = UNSET
    weight: int | Unset = UNSET
    information: str | Unset = UNSET
    seance_date: datetime.date | Unset = UNSET
    schedule_till: datetime.date | Unset = UNSET
    seances: list[GetTeamMembersAvailableForBookingResponse200ItemSeancesItem] | Unset = UNSET
    has_access_timetable: bool | Unset = UNSET
    image_group: GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0 | list[Any] | Unset = UNSET
    fired: int | Unset = UNSET
    status: int | Unset = UNSET
    hidden: int | Unset = UNSET
    user: GetTeamMembersAvailableForBookingResponse200ItemUserType0 | None | Unset = UNSET
    prepaid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_team_members_available_for_booking_response_200_item_image_group_type_0 import (
            GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0,  # noqa: PLC0415
        )
        from ..models.get_team_members_available_for_booking_response_200_item_position_type_0 import (
            GetTeamMembersAvailableForBookingResponse200ItemPositionType0,  # noqa: PLC0415
        )
        from ..models.get_team_members_available_for_booking_response_200_item_user_type_0 import (
            GetTeamMembersAvailableForBookingResponse200ItemUserType0,  # noqa: PLC0415
        )

        id = self.id

        api_id: None | str | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        name = self.name

        bookable = self.bookable

        specialization = self.specialization

        position: dict[str, Any] | list[Any] | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, GetTeamMembersAvailableForBookingResponse200ItemPositionType0):
            position = self.position.to_dict()
        else:
            position = self.position

        position_id = self.position_id

        show_rating = self.show_rating

        rating = self.rating

        votes_count = self.votes_count

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        weight = self.weight

        information = self.information

        seance_date: str | Unset = UNSET
        if not isinstance(self.seance_date, Unset):
            seance_date = self.seance_date.isoformat()

        schedule_till: str | Unset = UNSET
        if not isinstance(self.schedule_till, Unset):
            schedule_till = self.schedule_till.isoformat()

        seances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.seances, Unset):
            seances = []
            for seances_item_data in self.seances:
                seances_item = seances_item_data.to_dict()
                seances.append(seances_item)

        has_access_timetable = self.has_access_timetable

        image_group: dict[str, Any] | list[Any] | Unset
        if isinstance(self.image_group, Unset):
            image_group = UNSET
        elif isinstance(self.image_group, GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0):
            image_group = self.image_group.to_dict()
        else:
            image_group = self.image_group

        fired = self.fired

        status = self.status

        hidden = self.hidden

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, GetTeamMembersAvailableForBookingResponse200ItemUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        prepaid = self.prepaid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if bookable is not UNSET:
            field_dict["bookable"] = bookable
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if position is not UNSET:
            field_dict["position"] = position
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
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
        if seance_date is not UNSET:
            field_dict["seance_date"] = seance_date
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till
        if seances is not UNSET:
            field_dict["seances"] = seances
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if user is not UNSET:
            field_dict["user"] = user
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_members_available_for_booking_response_200_item_image_group_type_0 import (
            GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0,  # noqa: PLC0415
        )
        from ..models.get_team_members_available_for_booking_response_200_item_position_type_0 import (
            GetTeamMembersAvailableForBookingResponse200ItemPositionType0,  # noqa: PLC0415
        )
        from ..models.get_team_members_available_for_booking_response_200_item_seances_item import (
            GetTeamMembersAvailableForBookingResponse200ItemSeancesItem,  # noqa: PLC0415
        )
        from ..models.get_team_members_available_for_booking_response_200_item_user_type_0 import (
            GetTeamMembersAvailableForBookingResponse200ItemUserType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_api_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_id = _parse_api_id(d.pop("api_id", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        name = d.pop("name", UNSET)

        bookable = d.pop("bookable", UNSET)

        specialization = d.pop("specialization", UNSET)

        def _parse_position(
            data: object,
        ) -> GetTeamMembersAvailableForBookingResponse200ItemPositionType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = GetTeamMembersAvailableForBookingResponse200ItemPositionType0.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            position_type_1 = cast(list[Any], data)

            return position_type_1

        position = _parse_position(d.pop("position", UNSET))

        position_id = d.pop("position_id", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        rating = d.pop("rating", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        weight = d.pop("weight", UNSET)

        information = d.pop("information", UNSET)

        _seance_date = d.pop("seance_date", UNSET)
        seance_date: datetime.date | Unset
        if isinstance(_seance_date, Unset):
            seance_date = UNSET
        else:
            seance_date = _timestamps.parse_date(_seance_date)

        _schedule_till = d.pop("schedule_till", UNSET)
        schedule_till: datetime.date | Unset
        if isinstance(_schedule_till, Unset):
            schedule_till = UNSET
        else:
            schedule_till = _timestamps.parse_date(_schedule_till)

        _seances = d.pop("seances", UNSET)
        seances: list[GetTeamMembersAvailableForBookingResponse200ItemSeancesItem] | Unset = UNSET
        if _seances is not UNSET:
            seances = []
            for seances_item_data in _seances:
                seances_item = GetTeamMembersAvailableForBookingResponse200ItemSeancesItem.from_dict(seances_item_data)

                seances.append(seances_item)

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        def _parse_image_group(
            data: object,
        ) -> GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_group_type_0 = GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0.from_dict(data)

                return image_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            image_group_type_1 = cast(list[Any], data)

            return image_group_type_1

        image_group = _parse_image_group(d.pop("image_group", UNSET))

        fired = d.pop("fired", UNSET)

        status = d.pop("status", UNSET)

        hidden = d.pop("hidden", UNSET)

        def _parse_user(data: object) -> GetTeamMembersAvailableForBookingResponse200ItemUserType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = GetTeamMembersAvailableForBookingResponse200ItemUserType0.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetTeamMembersAvailableForBookingResponse200ItemUserType0 | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        prepaid = d.pop("prepaid", UNSET)

        _model = cls(
            id=id,
            api_id=api_id,
            user_id=user_id,
            name=name,
            bookable=bookable,
            specialization=specialization,
            position=position,
            position_id=position_id,
            show_rating=show_rating,
            rating=rating,
            votes_count=votes_count,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            weight=weight,
            information=information,
            seance_date=seance_date,
            schedule_till=schedule_till,
            seances=seances,
            has_access_timetable=has_access_timetable,
            image_group=image_group,
            fired=fired,
            status=status,
            hidden=hidden,
            user=user,
            prepaid=prepaid,
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
