import io

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from factory.django import DjangoModelFactory
from PIL import Image

from platforma.community.news.models import News, NewsStatus
from platforma.core.models import Visibility


class NewsFactory(DjangoModelFactory):
    class Meta:
        model = News
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Rekultywacja hałdy w Bytomiu — etap {n}")
    lead = "Zakończyliśmy nasadzenia traw metalotolerancyjnych na hałdzie po dawnej hucie cynku."
    body = "## Co zrobiliśmy\n\nWapnowanie i **fitostabilizacja** na 4 ha."
    author = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    visibility = Visibility.PUBLIC
    status = NewsStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def competences(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.competences.set(extracted)


class DraftNewsFactory(NewsFactory):
    status = NewsStatus.DRAFT
    published_at = None


def png_upload(name: str = "halda.png") -> SimpleUploadedFile:
    """A real, tiny PNG: Pillow recognises it, as validate_image demands."""
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), (40, 120, 60)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def fake_image_upload() -> SimpleUploadedFile:
    """A text file pretending to be a JPEG by its name and content type."""
    return SimpleUploadedFile("zdjecie.jpg", b"to nie jest obraz, tylko tekst", content_type="image/jpeg")
