import datetime

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from factory.django import DjangoModelFactory

from platforma.talent.models import Application, ApplicationStatus, Offer, OfferKind, WorkingTime
from platforma.talent.pdf import minimal_pdf


class OfferFactory(DjangoModelFactory):
    class Meta:
        model = Offer
        skip_postgeneration_save = True

    organisation = factory.SubFactory("platforma.organisations.tests.factories.OrganisationFactory")
    author = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    kind = OfferKind.JOB
    title = factory.Sequence(lambda n: f"Specjalista/specjalistka ds. rekultywacji gleb {n}")
    description = "Prowadzenie prac rekultywacyjnych na terenach pohutniczych. **Prawo jazdy kat. B.**"
    city = "Bytom"
    is_remote = False
    working_time = WorkingTime.FULL_TIME
    deadline = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))

    @factory.post_generation
    def competences(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.competences.set(extracted)


class ApplicationFactory(DjangoModelFactory):
    class Meta:
        model = Application

    offer = factory.SubFactory(OfferFactory)
    applicant = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    message = "Dzień dobry, chętnie dołączę do Państwa zespołu."
    status = ApplicationStatus.RECEIVED
    cv = factory.LazyFunction(lambda: ContentFile(minimal_pdf("CV testowe"), name="cv.pdf"))
