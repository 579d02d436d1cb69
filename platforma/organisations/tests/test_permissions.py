"""Role × state matrices for every function in permissions.py."""

import pytest
from django.contrib.auth.models import AnonymousUser

from platforma.organisations import permissions
from platforma.organisations.models import ClusterStatus

PERSONAS = ["anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"]
STATUSES = list(ClusterStatus.values)


def matrix(allowed: set[str]):
    return [(name, name in allowed) for name in PERSONAS]


@pytest.fixture
def persona(request, db):
    """Turns a persona name from the matrix into the user (anonymous → AnonymousUser)."""

    def get(name):
        if name == "anonymous":
            return AnonymousUser()
        return request.getfixturevalue(name)

    return get


@pytest.fixture
def ziemia_in(ziemia, bogdan, celina):
    def set_status(status):
        ziemia.cluster_status = status
        ziemia.save()
        return ziemia

    return set_status


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("anonymous", None),
        ("olek", None),
        ("dawid", None),
        ("ewa", None),
        ("celina", True),
        ("bogdan", True),
        ("anna", True),
    ],
)
def test_can_view_organisation(persona, ziemia_in, status, name, expected):
    organisation = ziemia_in(status)
    public = status in {"member", "suspended", "former"}
    assert permissions.can_view_organisation(persona(name), organisation) is (True if public else bool(expected))


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("name", "expected"), matrix({"bogdan", "anna"}))
def test_can_edit_organisation(persona, ziemia_in, status, name, expected):
    assert permissions.can_edit_organisation(persona(name), ziemia_in(status)) is expected


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("name", "expected"), matrix({"bogdan", "anna"}))
def test_can_manage_people(persona, ziemia_in, status, name, expected):
    assert permissions.can_manage_people(persona(name), ziemia_in(status)) is expected


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("name", "expected"), matrix({"bogdan", "celina"}))
def test_can_act_for(persona, ziemia_in, status, name, expected):
    assert permissions.can_act_for(persona(name), ziemia_in(status)) is expected


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("name", "expected"), matrix({"bogdan"}))
def test_is_organisation_admin(persona, ziemia_in, status, name, expected):
    assert permissions.is_organisation_admin(persona(name), ziemia_in(status)) is expected


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("name", "expected"), matrix({"bogdan", "celina", "anna"}))
def test_can_see_all_people(persona, ziemia_in, status, name, expected):
    assert permissions.can_see_all_people(persona(name), ziemia_in(status)) is expected


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("name", PERSONAS)
def test_is_cluster_member_depends_on_the_organisations_status(persona, ziemia_in, ewa, status, name):
    ziemia_in(status)
    expected = name == "anna" or name == "ewa" or (name in {"bogdan", "celina"} and status == "member")
    assert permissions.is_cluster_member(persona(name)) is expected


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("name", PERSONAS)
def test_member_and_acting_organisations(persona, ziemia_in, ewa, woda, status, name):
    ziemia = ziemia_in(status)
    user = persona(name)
    acting = {"bogdan": [ziemia], "celina": [ziemia], "ewa": [woda]}.get(name, [])
    assert permissions.acting_organisations(user) == acting
    assert permissions.member_organisations(user) == [o for o in acting if o.cluster_status == "member"]


@pytest.mark.parametrize(("name", "expected"), matrix({"anna"}))
def test_is_coordinator_and_can_decide_membership(persona, name, expected):
    user = persona(name)
    assert permissions.is_coordinator(user) is expected
    assert permissions.can_decide_membership(user) is expected


@pytest.mark.parametrize(("name", "expected"), [(name, name != "anonymous") for name in PERSONAS])
def test_can_apply_for_membership(persona, name, expected):
    assert permissions.can_apply_for_membership(persona(name)) is expected


def test_a_deactivated_coordinator_is_no_longer_a_coordinator(anna):
    anna.is_active = False
    assert not permissions.is_coordinator(anna)
    assert not permissions.can_apply_for_membership(anna)


def test_forgetting_memberships_reloads_them(ziemia, bogdan):
    assert permissions.can_act_for(bogdan, ziemia)
    bogdan.organisation_memberships.all().delete()
    assert permissions.can_act_for(bogdan, ziemia)  # still the cached answer within one request
    permissions.forget_memberships(bogdan)
    assert not permissions.can_act_for(bogdan, ziemia)
