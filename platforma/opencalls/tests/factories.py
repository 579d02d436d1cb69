from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from platforma.opencalls.models import (
    CallProposal,
    Criterion,
    Eligibility,
    Evaluation,
    EvaluationScore,
    Evaluator,
    OpenCall,
    ProposalStatus,
)

TERMS = "Zachowam poufność informacji o wyzwaniu. Prawa do rozwiązania pozostają przy autorach."


class OpenCallFactory(DjangoModelFactory):
    """An open call of the challenge's organisation, with two criteria (weights 3 and 1) unless told otherwise."""

    class Meta:
        model = OpenCall
        skip_postgeneration_save = True

    challenge = factory.SubFactory("platforma.challenges.tests.factories.ChallengeFactory")
    owner_organisation = factory.LazyAttribute(lambda o: o.challenge.organisation)
    title = factory.Sequence(lambda n: f"Nabór rozwiązań: stabilizacja hałdy {n}")
    summary = "Szukamy metody **stabilizacji** skarpy hałdy i ograniczenia pylenia."
    deadline = factory.LazyFunction(lambda: timezone.now() + timedelta(days=14))
    eligibility = Eligibility.EVERYONE
    terms = TERMS

    @factory.post_generation
    def criteria(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if not create:
            return
        rows = extracted if extracted is not None else [("Skuteczność", 3), ("Koszt", 1)]
        for position, (name, weight) in enumerate(rows):
            Criterion.objects.create(call=self, name=name, weight=weight, position=position)

    @factory.post_generation
    def evaluators(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            for user in extracted:
                Evaluator.objects.create(call=self, user=user)


class ClosedCallFactory(OpenCallFactory):
    deadline = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))


class DecidedCallFactory(ClosedCallFactory):
    decided_at = factory.LazyFunction(timezone.now)


class CallProposalFactory(DjangoModelFactory):
    class Meta:
        model = CallProposal

    call = factory.SubFactory(OpenCallFactory)
    author = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    title = factory.Sequence(lambda n: f"Biologiczna stabilizacja skarpy, wariant {n}")
    description = "Hydroobsiew mieszanką traw i geosiatka na skarpie."
    status = ProposalStatus.SUBMITTED
    terms_accepted_at = factory.LazyFunction(timezone.now)
    terms_version = 1
    terms_text = TERMS


def evaluate(evaluator: Evaluator, proposal: CallProposal, points: list[int], comment: str = "Solidna propozycja."):
    """An evaluation with `points` for the call's criteria, in their order."""
    evaluation = Evaluation.objects.create(evaluator=evaluator, proposal=proposal, comment=comment)
    criteria = list(proposal.call.criteria.order_by("position", "pk"))
    EvaluationScore.objects.bulk_create(
        EvaluationScore(evaluation=evaluation, criterion=criterion, score=score)
        for criterion, score in zip(criteria, points, strict=True)
    )
    return evaluation
