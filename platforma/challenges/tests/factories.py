import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from platforma.challenges.models import Challenge, ChallengeStatus, ChallengeSupport, Proposal
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
