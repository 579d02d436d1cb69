import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from platforma.community.b2b.models import B2BProfile, B2BSession, Meeting, MeetingStatus, TimeWindow
from platforma.community.events.tests.factories import EventFactory, RegistrationFactory  # noqa: F401


def local(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


class SessionFactory(DjangoModelFactory):
    """A session with one window, 10:00–11:00 on the event's first day: three 20-minute slots."""

    class Meta:
        model = B2BSession
        skip_postgeneration_save = True

    event = factory.SubFactory(EventFactory)
    slot_minutes = 20
    tables = 2

    @factory.post_generation
    def windows(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if not create:
            return
        day = timezone.localdate(self.event.starts_at)
        for starts_at, ends_at in extracted or [(local(day, 10), local(day, 11))]:
            TimeWindow.objects.create(session=self, starts_at=starts_at, ends_at=ends_at)


class ProfileFactory(DjangoModelFactory):
    class Meta:
        model = B2BProfile
        skip_postgeneration_save = True

    session = factory.SubFactory(SessionFactory)
    user = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    offer = "Analizy gleby na metale ciężkie w akredytowanym laboratorium."
    seek = "Partnera do pilotażu fitostabilizacji hałdy."

    @factory.post_generation
    def competences(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.competences.set(extracted)


class MeetingFactory(DjangoModelFactory):
    class Meta:
        model = Meeting

    session = factory.SubFactory(SessionFactory)
    requester = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    recipient = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    message = "Porozmawiajmy o wspólnym pilotażu."
    status = MeetingStatus.PENDING
