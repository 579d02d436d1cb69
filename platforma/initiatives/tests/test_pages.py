"""Every page of an initiative with everything in it renders for the lead, a partner and a visitor."""

import pytest
from django.urls import reverse

from platforma.core.models import Visibility
from platforma.initiatives.models import PledgeKind, TaskStatus
from platforma.initiatives.tests.factories import (
    GoalFactory,
    InitiativeFactory,
    MilestoneFactory,
    ParticipantFactory,
    PledgeFactory,
    TaskFactory,
)


@pytest.fixture
def full(ziemia, woda, bogdan, dawid):
    initiative = InitiativeFactory(lead_organisation=ziemia, visibility=Visibility.PUBLIC)
    ParticipantFactory(initiative=initiative, organisation=woda)
    ParticipantFactory(initiative=initiative, organisation=None, user=dawid, role="expert")
    goal = GoalFactory(initiative=initiative)
    MilestoneFactory(initiative=initiative, goal=goal)
    MilestoneFactory(initiative=initiative, due_date="2020-01-01")
    TaskFactory(initiative=initiative, assignee_organisation=woda)
    TaskFactory(initiative=initiative, status=TaskStatus.DOING, due_date="2020-01-01", assignee_user=dawid)
    PledgeFactory(initiative=initiative, organisation=ziemia)
    PledgeFactory(initiative=initiative, organisation=woda, kind=PledgeKind.STAFF_DAYS, amount=12)
    return initiative


PAGES = ["detail", "partners", "pledges", "plan", "calendar", "tasks", "board", "documents", "timeline"]


@pytest.mark.parametrize("who", ["bogdan", "ewa", "anonymous"])
def test_every_page_renders(who, full, client, client_for, request):
    if who != "anonymous":
        client = client_for(request.getfixturevalue(who))
    for name in PAGES:
        response = client.get(reverse(f"initiatives:{name}", args=[full.pk]))
        assert response.status_code == 200, name
        assert full.name in response.content.decode()
