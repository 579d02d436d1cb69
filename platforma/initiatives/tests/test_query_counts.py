"""Lists keep a constant number of queries: the same limit holds at 10 rows and at 100."""

import pytest
from django.urls import reverse

from platforma.core.models import Visibility
from platforma.initiatives.models import ParticipantStatus, PledgeKind, TaskStatus
from platforma.initiatives.services._common import record
from platforma.initiatives.tests.factories import (
    GroupMemberFactory,
    GroupPostFactory,
    InitiativeFactory,
    ParticipantFactory,
    PledgeFactory,
    TaskFactory,
    WorkingGroupFactory,
)
from platforma.organisations.tests.factories import OrganisationFactory

SIZES = [10, 100]


@pytest.fixture
def one(ziemia, woda, dawid):
    initiative = InitiativeFactory(lead_organisation=ziemia, visibility=Visibility.MEMBERS)
    ParticipantFactory(initiative=initiative, organisation=woda)
    ParticipantFactory(initiative=initiative, organisation=None, user=dawid, role="expert")
    return initiative


@pytest.mark.parametrize("rows", SIZES)
def test_the_initiative_list(rows, client_for, bogdan, inna, woda, django_assert_max_num_queries):
    for initiative in InitiativeFactory.create_batch(rows, lead_organisation=inna, visibility=Visibility.MEMBERS):
        ParticipantFactory(initiative=initiative, organisation=woda)
    client = client_for(bogdan)

    with django_assert_max_num_queries(7):
        response = client.get(reverse("initiatives:list"), {"scope": "", "status": "wszystkie"})
    assert response.status_code == 200
    assert len(response.context["initiatives"]) == min(rows, 20)


@pytest.mark.parametrize("rows", SIZES)
def test_the_task_list_and_board(rows, one, client_for, bogdan, woda, dawid, django_assert_max_num_queries):
    for index in range(rows):
        assignee = {"assignee_organisation": woda} if index % 2 else {"assignee_user": dawid}
        TaskFactory(initiative=one, status=TaskStatus.values[index % 3], **assignee)
    client = client_for(bogdan)

    with django_assert_max_num_queries(9):
        assert client.get(reverse("initiatives:tasks", args=[one.pk])).status_code == 200
    with django_assert_max_num_queries(7):
        assert client.get(reverse("initiatives:board", args=[one.pk])).status_code == 200


@pytest.mark.parametrize("rows", SIZES)
def test_the_pledges_page_and_the_overview(rows, one, client_for, bogdan, django_assert_max_num_queries):
    organisations = OrganisationFactory.create_batch(5)
    for organisation in organisations:
        ParticipantFactory(initiative=one, organisation=organisation)
    for index in range(rows):
        kind = PledgeKind.MONEY if index % 2 else PledgeKind.STAFF_DAYS
        PledgeFactory(initiative=one, organisation=organisations[index % 5], kind=kind, amount=index + 1)
        record(one, "task_added", actor=bogdan, title=f"Zadanie {index}")
    client = client_for(bogdan)

    with django_assert_max_num_queries(8):
        assert client.get(reverse("initiatives:pledges", args=[one.pk])).status_code == 200
    # 13: the follow button's URL names the content type, one cached lookup (no query once the cache is warm).
    with django_assert_max_num_queries(13):
        assert client.get(reverse("initiatives:detail", args=[one.pk])).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(reverse("initiatives:timeline", args=[one.pk])).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(reverse("initiatives:calendar", args=[one.pk])).status_code == 200


@pytest.mark.parametrize("rows", SIZES)
def test_the_invitations_page(rows, client_for, ewa, woda, inna, django_assert_max_num_queries):
    for initiative in InitiativeFactory.create_batch(rows, lead_organisation=inna):
        ParticipantFactory(initiative=initiative, organisation=woda, status=ParticipantStatus.INVITED)
    client = client_for(ewa)

    with django_assert_max_num_queries(4):
        response = client.get(reverse("initiatives:invitations"))
    assert len(response.context["invitations"]) == rows


@pytest.mark.parametrize("rows", SIZES)
def test_the_group_list_and_a_groups_discussion(rows, client_for, celina, woda, django_assert_max_num_queries):
    groups = WorkingGroupFactory.create_batch(rows)
    for group in groups:
        GroupMemberFactory(group=group, organisation=woda)
    busy = groups[0]
    for _index in range(rows):
        GroupPostFactory(group=busy)
        GroupMemberFactory(group=busy, organisation=OrganisationFactory())
    client = client_for(celina)

    with django_assert_max_num_queries(9):
        assert client.get(reverse("groups:list")).status_code == 200
    with django_assert_max_num_queries(9):
        assert client.get(reverse("groups:detail", args=[busy.pk])).status_code == 200
