import factory
from factory.django import DjangoModelFactory

from platforma.accounts.models import Profile, User


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"osoba{n}@przyklad.example")
    first_name = factory.Faker("first_name", locale="pl_PL")
    last_name = factory.Faker("last_name", locale="pl_PL")
    password = factory.django.Password("haslo-testowe-123")
    is_active = True


class ProfileFactory(DjangoModelFactory):
    class Meta:
        model = Profile
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    job_title = "Specjalista ds. ochrony środowiska"
    bio = "Zajmuję się rekultywacją terenów zdegradowanych."
    city = "Bytom"
