import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured

from platforma.accounts.models import Profile, ProfileVisibility
from platforma.accounts.permissions import can_edit_profile, can_view_profile, viewer_is_cluster_member
from platforma.accounts.tests.factories import UserFactory

PUBLIC, MEMBERS, PRIVATE = ProfileVisibility.PUBLIC, ProfileVisibility.MEMBERS, ProfileVisibility.PRIVATE


def always_member(user):
    return True


def never_member(user):
    return False


def _viewer(role: str, owner):
    if role == "anonymous":
        return AnonymousUser(), False
    if role == "owner":
        return owner, False
    user = UserFactory.build(pk=1000 + len(role), is_coordinator=role == "coordinator", is_active=role != "inactive")
    return user, role in {"member", "inactive"}


def _profile(visibility: str, *, owner_active: bool = True) -> Profile:
    owner = UserFactory.build(pk=1, is_active=owner_active)
    return Profile(user=owner, visibility=visibility)


@pytest.mark.parametrize(
    ("role", "visibility", "expected"),
    [
        ("anonymous", PUBLIC, True),
        ("anonymous", MEMBERS, False),
        ("anonymous", PRIVATE, False),
        ("outsider", PUBLIC, True),
        ("outsider", MEMBERS, False),
        ("outsider", PRIVATE, False),
        ("member", PUBLIC, True),
        ("member", MEMBERS, True),
        ("member", PRIVATE, False),
        ("inactive", MEMBERS, False),
        ("coordinator", PUBLIC, True),
        ("coordinator", MEMBERS, True),
        ("coordinator", PRIVATE, True),
        ("owner", PUBLIC, True),
        ("owner", MEMBERS, True),
        ("owner", PRIVATE, True),
    ],
)
def test_can_view_profile_by_role_and_visibility(role, visibility, expected):
    profile = _profile(visibility)
    viewer, is_member = _viewer(role, profile.user)

    assert can_view_profile(viewer, profile, viewer_is_cluster_member=is_member) is expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [("anonymous", False), ("outsider", False), ("member", False), ("coordinator", True), ("owner", True)],
)
def test_a_deactivated_person_s_public_profile_is_seen_only_by_coordinators_and_themselves(role, expected):
    profile = _profile(PUBLIC, owner_active=False)
    viewer, is_member = _viewer(role, profile.user)

    assert can_view_profile(viewer, profile, viewer_is_cluster_member=is_member) is expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [("anonymous", False), ("outsider", False), ("member", False), ("coordinator", False), ("owner", True)],
)
def test_only_the_owner_edits_a_profile(role, expected):
    profile = _profile(PUBLIC)
    viewer, _ = _viewer(role, profile.user)

    assert can_edit_profile(viewer, profile) is expected


def test_viewer_is_cluster_member_asks_the_configured_check(settings):
    user = UserFactory.build(pk=5)

    settings.PLATFORMA_CLUSTER_MEMBER_CHECK = "platforma.accounts.tests.test_permissions.always_member"
    assert viewer_is_cluster_member(user) is True
    settings.PLATFORMA_CLUSTER_MEMBER_CHECK = "platforma.accounts.tests.test_permissions.never_member"
    assert viewer_is_cluster_member(user) is False


def test_viewer_is_cluster_member_needs_no_check_for_anonymous_visitors_and_coordinators(settings):
    settings.PLATFORMA_CLUSTER_MEMBER_CHECK = "platforma.accounts.tests.test_permissions.never_member"

    assert viewer_is_cluster_member(AnonymousUser()) is False
    assert viewer_is_cluster_member(UserFactory.build(pk=6, is_coordinator=True)) is True


def test_viewer_is_cluster_member_fails_loudly_without_a_configured_check(settings):
    del settings.PLATFORMA_CLUSTER_MEMBER_CHECK

    with pytest.raises(ImproperlyConfigured):
        viewer_is_cluster_member(UserFactory.build(pk=7))
