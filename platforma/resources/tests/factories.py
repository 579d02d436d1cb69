import io
from datetime import timedelta

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from factory.django import DjangoModelFactory
from PIL import Image

from platforma.resources.models import Booking, BookingStatus, Resource, ResourceKind, ResourcePhoto


def png_upload(name: str = "zdjecie.png", *, size: tuple[int, int] = (8, 6)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, (40, 120, 60)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


class ResourceFactory(DjangoModelFactory):
    class Meta:
        model = Resource
        skip_postgeneration_save = True

    owner = factory.SubFactory("platforma.organisations.tests.factories.OrganisationFactory")
    kind = ResourceKind.EQUIPMENT
    name = factory.Sequence(lambda n: f"Wiertnica geotechniczna nr {n}")
    description = "Wiertnica na podwoziu gąsienicowym, wiercenia do 30 m, pobór rdzeni gruntu."
    city = "Piekary Śląskie"
    street = "ul. Przemysłowa 14"
    price = "900 zł / dzień"
    is_free = False
    is_active = True

    @factory.post_generation
    def competences(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.competences.set(extracted)


class ResourcePhotoFactory(DjangoModelFactory):
    class Meta:
        model = ResourcePhoto

    resource = factory.SubFactory(ResourceFactory)
    image = factory.LazyFunction(png_upload)
    alt_text = "Wiertnica na placu parku"


def _in_days(days: int):
    return factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=days))


class BookingFactory(DjangoModelFactory):
    class Meta:
        model = Booking

    resource = factory.SubFactory(ResourceFactory)
    requested_by = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    starts_on = _in_days(10)
    ends_on = _in_days(12)
    purpose = "Odwierty badawcze na hałdzie w ramach projektu rekultywacji."
    status = BookingStatus.REQUESTED
