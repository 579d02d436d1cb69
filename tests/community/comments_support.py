"""Shared arrangements for the comments tests that need real challenges (plain functions, not fixtures,
so that this folder needs no conftest of its own)."""

from typing import Any

from django.contrib.auth.models import AnonymousUser

from platforma.challenges.models import Challenge
from platforma.challenges.tests.factories import ChallengeFactory
from platforma.core.models import Visibility
from platforma.organisations.tests.factories import OrganisationFactory

ROLES = ["anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"]
STATES = ["public_by_ziemia", "members_by_inna", "restricted_by_inna_to_woda"]


def everyone(request: Any) -> dict[str, Any]:
    """All personas created up front, so that memberships exist before any permission cache fills."""
    people = {role: request.getfixturevalue(role) for role in ROLES if role != "anonymous"}
    return {"anonymous": AnonymousUser(), **people}


def challenge_in(state: str, request: Any) -> Challenge:
    ziemia, woda = request.getfixturevalue("ziemia"), request.getfixturevalue("woda")
    if state == "public_by_ziemia":
        return ChallengeFactory(organisation=ziemia, title="Pylenie z hałdy w Brzezinach")
    inna = OrganisationFactory(name="Inna Spółka Rekultywacyjna", slug="inna-spolka", city="Gliwice")
    if state == "members_by_inna":
        return ChallengeFactory(organisation=inna, visibility=Visibility.MEMBERS, title="Zasolenie Kłodnicy")
    assert state == "restricted_by_inna_to_woda"
    return ChallengeFactory(
        organisation=inna, visibility=Visibility.RESTRICTED, visible_to=[woda], title="Poufny wyciek solanki"
    )


def expect(row: tuple[int, ...], role: str) -> bool:
    """Rows follow ROLES: anonymous, olek, dawid, ewa (woda), celina, bogdan (ziemia), anna."""
    return bool(row[ROLES.index(role)])
