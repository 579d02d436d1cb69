import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from platforma.challenges.models import (
    Challenge,
    ChallengeStatus,
    ChallengeStatusChange,
    ChallengeSupport,
    Proposal,
    ProposalStatus,
)
from platforma.core.models import Visibility


class ChallengeFactory(DjangoModelFactory):
    class Meta:
        model = Challenge
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Gleby zanieczyszczone cynkiem i ołowiem, działka {n}")
    description = "Stężenie cynku w glebie przekracza normę dwukrotnie. Szukamy metody remediacji."
    organisation = factory.SubFactory("platforma.organisations.tests.factories.OrganisationFactory")
    author = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    city = "Bytom"
    visibility = Visibility.PUBLIC
    status = ChallengeStatus.OPEN
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def competences(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.competences.set(extracted)

    @factory.post_generation
    def visible_to(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.visible_to.set(extracted)


class DraftChallengeFactory(ChallengeFactory):
    status = ChallengeStatus.DRAFT
    published_at = None


class ChallengeSupportFactory(DjangoModelFactory):
    class Meta:
        model = ChallengeSupport

    challenge = factory.SubFactory(ChallengeFactory)
    organisation = factory.SubFactory("platforma.organisations.tests.factories.OrganisationFactory")
    note = "U nas to samo."


class ProposalFactory(DjangoModelFactory):
    class Meta:
        model = Proposal

    challenge = factory.SubFactory(ChallengeFactory)
    author = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    title = "Fitostabilizacja z użyciem traw metalotolerancyjnych"
    description = "Proponujemy nasadzenia kostrzewy i wapnowanie."
    status = ProposalStatus.SUBMITTED


class ChallengeStatusChangeFactory(DjangoModelFactory):
    class Meta:
        model = ChallengeStatusChange

    challenge = factory.SubFactory(ChallengeFactory)
    from_status = ChallengeStatus.DRAFT
    to_status = ChallengeStatus.OPEN
