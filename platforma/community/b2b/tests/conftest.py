"""B2B fixtures on top of the root personas.

The event is organised by ziemia (so bogdan, its admin, is the organiser); celina and dawid hold
confirmed places and have published profiles; ewa is a cluster member without a place; olek is an
outsider; anna is the coordinator.
"""

import datetime

import pytest
from django.utils import timezone

from platforma.community.b2b.tests.factories import EventFactory, ProfileFactory, RegistrationFactory, SessionFactory

ROLES = ["anonymous", "olek", "ewa", "celina", "bogdan", "anna"]


@pytest.fixture
def event(ziemia):
    starts_at = timezone.make_aware(
        datetime.datetime.combine(timezone.localdate() + datetime.timedelta(days=10), datetime.time(9, 0))
    )
    return EventFactory(
        title="Dzień kooperacji B2B",
        organiser=ziemia,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=7),
    )


@pytest.fixture
def session(event):
    return SessionFactory(event=event)


@pytest.fixture
def participants(session, celina, dawid):
    """celina and dawid: confirmed places and published profiles."""
    for user in (celina, dawid):
        RegistrationFactory(event=session.event, user=user)
    return {
        "celina": ProfileFactory(session=session, user=celina, offer="Fitoremediacja gleb", seek="Laboratorium"),
        "dawid": ProfileFactory(session=session, user=dawid, offer="Analizy laboratoryjne", seek="Terenów do badań"),
    }


@pytest.fixture
def everyone(person, participants, bogdan, ewa, olek, anna):
    """All personas created up front, so that memberships exist before any permission cache fills."""
    return {role: person(role) for role in ROLES}


@pytest.fixture
def competence(db):
    """A second-level node of the tree the taxonomy migration loads."""
    from platforma.taxonomy.models import Competence

    return Competence.objects.filter(depth=1).order_by("position", "pk").first()
