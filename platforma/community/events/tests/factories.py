from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from platforma.community.events.models import Event, EventStatus, Registration, RegistrationStatus
from platforma.core.models import Visibility


def in_days(days: float) -> timezone.datetime:
    return timezone.now() + timedelta(days=days)


class EventFactory(DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Warsztaty fitostabilizacji hałd, edycja {n}")
    description = "Praktyczne warsztaty na poligonie EkoParku: **trawy metalotolerancyjne** i wapnowanie."
    starts_at = factory.LazyFunction(lambda: in_days(10))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=3))
    place = "Sala konferencyjna EkoPark, ul. Przemysłowa 14"
    town = "Piekary Śląskie"
    organiser = factory.SubFactory("platforma.organisations.tests.factories.OrganisationFactory")
    status = EventStatus.PUBLISHED
    visibility = Visibility.PUBLIC
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def competences(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.competences.set(extracted)


class RegistrationFactory(DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    user = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    status = RegistrationStatus.CONFIRMED
