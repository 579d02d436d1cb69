"""The demo: initiatives at every status with partners, pledges, tasks, milestones, an outcome, and a group."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from platforma.initiatives.demo import INITIATIVES, InitiativesDemoError, load_demo
from platforma.initiatives.models import (
    Initiative,
    InitiativeStatus,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    Pledge,
    PledgeKind,
    WorkingGroup,
)
from platforma.resources.demo import load_demo as load_resources_demo


def test_the_demo_has_every_status_and_keeps_the_services_rules(db):
    call_command("seed_demo", "--cluster-only", verbosity=0)
    load_resources_demo(now=timezone.now())

    counts = load_demo(now=timezone.now())

    if counts["initiatives"]:  # seed_demo may already call this loader; then the data is there all the same
        assert counts["initiatives"] == len(INITIATIVES)
        assert counts["pledges"] >= 10 and counts["tasks"] >= 10 and counts["working_groups"] == 1
    assert set(Initiative.objects.values_list("status", flat=True)) >= set(InitiativeStatus.values)
    for initiative in Initiative.objects.all():
        leaders = initiative.participants.filter(role=ParticipantRole.LEADER, status=ParticipantStatus.ACCEPTED)
        assert [p.organisation_id for p in leaders] == [initiative.lead_organisation_id]
        assert initiative.timeline.exists() and initiative.status_changes.exists()
    assert Initiative.objects.filter(status=InitiativeStatus.COMPLETED, outcome__isnull=False).exists()
    for pledge in Pledge.objects.select_related("resource"):
        assert Participant.objects.filter(
            initiative=pledge.initiative_id, organisation=pledge.organisation_id, status="accepted"
        ).exists()
        if pledge.kind == PledgeKind.EQUIPMENT:
            assert pledge.resource.owner_id == pledge.organisation_id
    assert Pledge.objects.filter(kind=PledgeKind.EQUIPMENT).exists()
    group = WorkingGroup.objects.get()
    assert group.source_challenge is not None
    assert group.members.filter(organisation__isnull=False).count() == 1 + group.source_challenge.supports.count()
    assert group.posts.count() == 3
    # A second load writes nothing.
    assert load_demo(now=timezone.now())["initiatives"] == 0


def test_without_the_demo_cluster_nothing_is_written(db):
    with pytest.raises(InitiativesDemoError):
        load_demo(now=timezone.now())
    assert not Initiative.objects.exists()
