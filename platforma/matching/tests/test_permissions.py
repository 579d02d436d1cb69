"""Who may see which matches: role × state matrices."""

import pytest
from django.contrib.auth.models import AnonymousUser

from platforma.challenges.models import ChallengeStatus
from platforma.challenges.tests.factories import ChallengeFactory
from platforma.matching import permissions

pytestmark = pytest.mark.django_db

PEOPLE = ["anna", "bogdan", "celina", "dawid", "ewa", "olek", "anonymous"]


def person(request, name):
    return AnonymousUser() if name == "anonymous" else request.getfixturevalue(name)


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("anna", True),
        ("bogdan", True),
        ("celina", True),
        ("dawid", False),
        ("ewa", False),
        ("olek", False),
        ("anonymous", False),
    ],
)
def test_opportunities_of_an_organisation_are_for_its_people_and_the_coordinator(request, ziemia, name, allowed):
    assert permissions.can_see_opportunities_of(person(request, name), ziemia) is allowed


@pytest.mark.parametrize(
    ("name", "status", "hidden", "allowed"),
    [
        ("bogdan", ChallengeStatus.OPEN, False, True),
        ("celina", ChallengeStatus.SOLVED, False, True),
        ("bogdan", ChallengeStatus.DRAFT, False, False),
        ("bogdan", ChallengeStatus.OPEN, True, False),
        ("ewa", ChallengeStatus.OPEN, False, False),
        ("anna", ChallengeStatus.OPEN, False, False),
        ("dawid", ChallengeStatus.OPEN, False, False),
        ("anonymous", ChallengeStatus.OPEN, False, False),
    ],
)
def test_joining_forces_is_offered_to_the_owners_of_a_published_challenge(
    request, ziemia, name, status, hidden, allowed
):
    challenge = ChallengeFactory(organisation=ziemia, status=status, is_hidden=hidden)
    assert permissions.can_join_forces(person(request, name), challenge) is allowed


@pytest.mark.parametrize("name", PEOPLE)
def test_only_the_coordinator_sees_the_duplicates(request, name):
    assert permissions.can_see_duplicates(person(request, name)) is (name == "anna")


@pytest.mark.parametrize(
    ("name", "active", "allowed"),
    [("dawid", True, True), ("dawid", False, False), ("olek", True, False), ("anna", True, False)],
)
def test_a_persons_own_opportunities_are_for_that_person(request, dawid, name, active, allowed):
    user = person(request, name)
    user.is_active = active
    assert permissions.can_see_own_opportunities(user, dawid.profile) is allowed


def test_a_visitor_has_no_own_opportunities(dawid):
    assert permissions.can_see_own_opportunities(AnonymousUser(), dawid.profile) is False
