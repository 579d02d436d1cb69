import pytest

from platforma.community.events import permissions, selectors
from platforma.community.events.models import EventStatus, RegistrationStatus
from platforma.community.events.tests.conftest import ROLES
from platforma.community.events.tests.factories import EventFactory, RegistrationFactory, in_days
from platforma.core.models import Visibility
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory


def expect(row: tuple[int, ...], role: str) -> bool:
    """Rows follow ROLES: anonymous, olek, dawid, ewa (woda), celina and bogdan (ziemia), anna."""
    return bool(row[ROLES.index(role)])


def build(state: str, *, ziemia, inna):
    return {
        "public_by_ziemia": lambda: EventFactory(organiser=ziemia),
        "members_by_ziemia": lambda: EventFactory(organiser=ziemia, visibility=Visibility.MEMBERS),
        "draft_by_ziemia": lambda: EventFactory(organiser=ziemia, status=EventStatus.DRAFT),
        "members_draft_by_inna": lambda: EventFactory(
            organiser=inna, status=EventStatus.DRAFT, visibility=Visibility.MEMBERS
        ),
        "cancelled_by_inna": lambda: EventFactory(organiser=inna, status=EventStatus.CANCELLED),
        "members_by_inna": lambda: EventFactory(organiser=inna, visibility=Visibility.MEMBERS),
        "public_by_the_cluster": lambda: EventFactory(organiser=None),
        "past_by_ziemia": lambda: EventFactory(organiser=ziemia, starts_at=in_days(-3), ends_at=in_days(-2.9)),
        "closed_by_ziemia": lambda: EventFactory(organiser=ziemia, registration_closes_at=in_days(-1)),
    }[state]()


VIEW = {
    "public_by_ziemia": (1, 1, 1, 1, 1, 1, 1),
    "members_by_ziemia": (0, 0, 0, 1, 1, 1, 1),
    "draft_by_ziemia": (0, 0, 0, 0, 0, 1, 1),
    "members_draft_by_inna": (0, 0, 0, 0, 0, 0, 1),
    "cancelled_by_inna": (1, 1, 1, 1, 1, 1, 1),
    "members_by_inna": (0, 0, 0, 1, 1, 1, 1),
    "public_by_the_cluster": (1, 1, 1, 1, 1, 1, 1),
}

EDIT = {
    "public_by_ziemia": (0, 0, 0, 0, 0, 1, 1),
    "draft_by_ziemia": (0, 0, 0, 0, 0, 1, 1),
    "members_by_inna": (0, 0, 0, 0, 0, 0, 1),
    "public_by_the_cluster": (0, 0, 0, 0, 0, 0, 1),
}

PUBLISH = {
    "draft_by_ziemia": (0, 0, 0, 0, 0, 1, 1),
    "members_draft_by_inna": (0, 0, 0, 0, 0, 0, 1),
    "public_by_ziemia": (0, 0, 0, 0, 0, 0, 0),
    "cancelled_by_inna": (0, 0, 0, 0, 0, 0, 0),
}

CANCEL = {
    "public_by_ziemia": (0, 0, 0, 0, 0, 1, 1),
    "members_by_inna": (0, 0, 0, 0, 0, 0, 1),
    "draft_by_ziemia": (0, 0, 0, 0, 0, 0, 0),
    "cancelled_by_inna": (0, 0, 0, 0, 0, 0, 0),
    "past_by_ziemia": (0, 0, 0, 0, 0, 0, 0),
}

REGISTER = {
    "public_by_ziemia": (0, 1, 1, 1, 1, 1, 1),
    "members_by_ziemia": (0, 0, 0, 1, 1, 1, 1),
    "draft_by_ziemia": (0, 0, 0, 0, 0, 0, 0),
    "cancelled_by_inna": (0, 0, 0, 0, 0, 0, 0),
    "past_by_ziemia": (0, 0, 0, 0, 0, 0, 0),
    "closed_by_ziemia": (0, 0, 0, 0, 0, 0, 0),
}


def _matrix(table):
    return [(state, role) for state in table for role in ROLES]


@pytest.mark.parametrize(("state", "role"), _matrix(VIEW))
def test_can_view_and_the_list_selector_agree_on_the_matrix(state, role, everyone, ziemia, inna):
    event = build(state, ziemia=ziemia, inna=inna)
    user = everyone[role]

    assert permissions.can_view(user, event) is expect(VIEW[state], role)
    assert selectors.event_visible_queryset(user=user).filter(pk=event.pk).exists() is expect(VIEW[state], role)


@pytest.mark.parametrize(("state", "role"), _matrix(EDIT))
def test_can_edit(state, role, everyone, ziemia, inna):
    event = build(state, ziemia=ziemia, inna=inna)
    assert permissions.can_edit(everyone[role], event) is expect(EDIT[state], role)
    assert permissions.can_see_participants(everyone[role], event) is expect(EDIT[state], role)


@pytest.mark.parametrize(("state", "role"), _matrix(PUBLISH))
def test_can_publish(state, role, everyone, ziemia, inna):
    event = build(state, ziemia=ziemia, inna=inna)
    assert permissions.can_publish(everyone[role], event) is expect(PUBLISH[state], role)


@pytest.mark.parametrize(("state", "role"), _matrix(CANCEL))
def test_can_cancel(state, role, everyone, ziemia, inna):
    event = build(state, ziemia=ziemia, inna=inna)
    assert permissions.can_cancel(everyone[role], event) is expect(CANCEL[state], role)


@pytest.mark.parametrize(("state", "role"), _matrix(REGISTER))
def test_can_register(state, role, everyone, ziemia, inna):
    event = build(state, ziemia=ziemia, inna=inna)
    assert permissions.can_register(everyone[role], event) is expect(REGISTER[state], role)


@pytest.mark.parametrize("role", ROLES)
def test_can_create_event(role, everyone):
    assert permissions.can_create_event(everyone[role]) is expect((0, 0, 0, 1, 0, 1, 1), role)


def test_admins_of_organisations_that_left_the_cluster_neither_create_nor_edit(db, ziemia):
    former = OrganisationFactory(cluster_status=ClusterStatus.FORMER)
    admin = MembershipFactory(organisation=former, role="admin").user
    event = EventFactory(organiser=former)

    assert not permissions.can_create_event(admin)
    assert not permissions.can_edit(admin, event)


ONLINE_LINK = {
    # registration of the viewer → who sees the link: the viewer themselves (olek) and the editors
    None: {"olek": False, "bogdan": True, "anna": True},
    RegistrationStatus.CONFIRMED: {"olek": True},
    RegistrationStatus.WAITING: {"olek": False},
    RegistrationStatus.CANCELLED: {"olek": False},
}


@pytest.mark.parametrize("status", list(ONLINE_LINK))
def test_the_online_link_is_for_confirmed_participants_and_organisers(status, everyone, ziemia):
    event = EventFactory(organiser=ziemia, online_url="https://meet.example/abc")
    for role, sees in ONLINE_LINK[status].items():
        user = everyone[role]
        registration = RegistrationFactory(event=event, user=user, status=status) if status else None
        assert permissions.can_see_online_link(user, event, registration) is sees, role


@pytest.mark.parametrize(
    ("status", "days", "expected"),
    [
        (RegistrationStatus.CONFIRMED, 3, True),
        (RegistrationStatus.WAITING, 3, True),
        (RegistrationStatus.CANCELLED, 3, False),
        (RegistrationStatus.CONFIRMED, -1, False),
    ],
)
def test_can_cancel_registration_only_own_and_before_the_start(status, days, expected, celina, olek):
    event = EventFactory(starts_at=in_days(days), ends_at=in_days(days + 0.1))
    registration = RegistrationFactory(event=event, user=celina, status=status)

    assert permissions.can_cancel_registration(celina, registration) is expected
    assert permissions.can_cancel_registration(olek, registration) is False
