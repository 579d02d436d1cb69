"""Role × visibility: a notification about a confidential target never reaches an outsider — not in the
centre, not by an immediate e-mail, not in the digest. The confidential target is an organisation still
applying to the cluster, seen only by its own people and the coordinator (can_view_organisation)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from platforma.community.notifications import tasks
from platforma.community.notifications.models import Notification
from platforma.community.notifications.services import notify
from platforma.community.notifications.tests.factories import IMMEDIATE, WEEKLY
from platforma.organisations.models import ClusterStatus, OrganisationRole
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

SECRET_NAME = "Tajny Projekt Rekultywacji sp. z o.o."


@pytest.fixture
def people(anna, bogdan, celina, dawid, ewa, olek):
    applicant = OrganisationFactory(name=SECRET_NAME, cluster_status=ClusterStatus.APPLICANT)
    filip = MembershipFactory(organisation=applicant, role=OrganisationRole.ADMIN).user
    return {
        "coordinator": anna,
        "admin of the applicant": filip,
        "admin of another member": bogdan,
        "member of another member": celina,
        "specialist": dawid,
        "admin of a third member": ewa,
        "outsider": olek,
    }, applicant


SEES = {"coordinator", "admin of the applicant"}
ROLES = [
    "coordinator",
    "admin of the applicant",
    "admin of another member",
    "member of another member",
    "specialist",
    "admin of a third member",
    "outsider",
]


@pytest.mark.parametrize("role", ROLES)
def test_confidential_target_reaches_only_who_may_see_it(role, people, client_for, django_capture_on_commit_callbacks):
    by_role, applicant = people
    person = by_role[role]
    everyone = list(by_role.values())
    an_hour_ago = timezone.now() - timedelta(hours=1)

    with django_capture_on_commit_callbacks(execute=True):
        notify(verb=IMMEDIATE, target=applicant, recipients=everyone)
        notify(verb=WEEKLY, target=applicant, recipients=everyone)
    Notification.objects.update(created_at=an_hour_ago)
    with django_capture_on_commit_callbacks(execute=True):
        tasks.send_digests.enqueue("weekly")

    sees = role in SEES
    centre = client_for(person).get(reverse("notifications:centre")).text
    assert (SECRET_NAME in centre) is sees
    mails = [m for m in mail.outbox if m.to == [person.email]]
    assert len(mails) == (2 if sees else 0)  # one at once, one in the digest
    for message in mail.outbox:
        if message.to[0] not in {by_role[r].email for r in SEES}:
            assert SECRET_NAME not in message.body
    assert Notification.objects.filter(recipient=person).exists() is sees


@pytest.mark.parametrize("role", ROLES)
def test_public_target_reaches_everyone_it_was_meant_for(role, people, client_for, django_capture_on_commit_callbacks):
    by_role, _applicant = people
    person = by_role[role]
    public = OrganisationFactory(name="Jawna Spółka Wodna")

    with django_capture_on_commit_callbacks(execute=True):
        notify(verb=IMMEDIATE, target=public, recipients=list(by_role.values()))

    assert "Jawna Spółka Wodna" in client_for(person).get(reverse("notifications:centre")).text
    assert [m.subject for m in mail.outbox if m.to == [person.email]] == ["Sprawa osobista: Jawna Spółka Wodna"]


def test_the_header_count_of_an_outsider_leaves_out_the_confidential_target(
    people, client_for, django_capture_on_commit_callbacks
):
    by_role, applicant = people
    with django_capture_on_commit_callbacks(execute=True):
        notify(verb=WEEKLY, target=applicant, recipients=list(by_role.values()))

    outsider_badge = client_for(by_role["outsider"]).get(reverse("notifications:unread_badge")).text
    coordinator_badge = client_for(by_role["coordinator"]).get(reverse("notifications:unread_badge")).text

    assert "nieprzeczytane" not in outsider_badge
    assert "Powiadomienia, 1 nieprzeczytane" in coordinator_badge
