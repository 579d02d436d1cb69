import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from platforma.core.models import Visibility
from platforma.initiatives.models import (
    Goal,
    GroupMember,
    GroupMemberRole,
    GroupPost,
    Initiative,
    InitiativeStatus,
    Milestone,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    Pledge,
    PledgeKind,
    PledgeStatus,
    Task,
    TaskStatus,
    WorkingGroup,
)


class InitiativeFactory(DjangoModelFactory):
    """An initiative with its lead organisation already on board as the accepted leader."""

    class Meta:
        model = Initiative
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Rekultywacja hałdy w Bytomiu, etap {n}")
    goal = "Zazielenić hałdę i ograniczyć pylenie metali ciężkich."
    description = "Wspólne przedsięwzięcie **trzech** członków klastra."
    lead_organisation = factory.SubFactory("platforma.organisations.tests.factories.OrganisationFactory")
    created_by = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    visibility = Visibility.PUBLIC
    status = InitiativeStatus.ACTIVE
    planned_start = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    planned_end = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=300))

    @factory.post_generation
    def leader(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            Participant.objects.create(
                initiative=self,
                organisation=self.lead_organisation,
                role=ParticipantRole.LEADER,
                status=ParticipantStatus.ACCEPTED,
                responded_at=timezone.now(),
            )

    @factory.post_generation
    def challenges(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.challenges.set(extracted)


class ParticipantFactory(DjangoModelFactory):
    class Meta:
        model = Participant

    initiative = factory.SubFactory(InitiativeFactory)
    organisation = factory.SubFactory("platforma.organisations.tests.factories.OrganisationFactory")
    role = ParticipantRole.PARTNER
    status = ParticipantStatus.ACCEPTED


class PledgeFactory(DjangoModelFactory):
    class Meta:
        model = Pledge

    initiative = factory.SubFactory(InitiativeFactory)
    organisation = factory.SubFactory("platforma.organisations.tests.factories.OrganisationFactory")
    kind = PledgeKind.MONEY
    amount = 10000
    period_start = factory.LazyFunction(timezone.localdate)
    period_end = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=90))
    status = PledgeStatus.CONFIRMED


class GoalFactory(DjangoModelFactory):
    class Meta:
        model = Goal

    initiative = factory.SubFactory(InitiativeFactory)
    title = factory.Sequence(lambda n: f"Cel {n}: ograniczyć pylenie")


class MilestoneFactory(DjangoModelFactory):
    class Meta:
        model = Milestone

    initiative = factory.SubFactory(InitiativeFactory)
    title = factory.Sequence(lambda n: f"Kamień milowy {n}")
    due_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=20))


class TaskFactory(DjangoModelFactory):
    class Meta:
        model = Task

    initiative = factory.SubFactory(InitiativeFactory)
    title = factory.Sequence(lambda n: f"Pobrać próbki gleby, punkt {n}")
    status = TaskStatus.TODO
    due_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=10))


class WorkingGroupFactory(DjangoModelFactory):
    class Meta:
        model = WorkingGroup

    name = factory.Sequence(lambda n: f"Grupa robocza: wody kopalniane {n}")
    description = "Wymiana doświadczeń przy odwadnianiu piwnic."
    visibility = Visibility.MEMBERS


class GroupMemberFactory(DjangoModelFactory):
    class Meta:
        model = GroupMember

    group = factory.SubFactory(WorkingGroupFactory)
    role = GroupMemberRole.MEMBER


class GroupPostFactory(DjangoModelFactory):
    class Meta:
        model = GroupPost

    group = factory.SubFactory(WorkingGroupFactory)
    author = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    body = "U nas pompy pracują całą dobę."
