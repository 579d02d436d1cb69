import factory
from factory.django import DjangoModelFactory

from platforma.taxonomy.models import Competence


class CompetenceFactory(DjangoModelFactory):
    class Meta:
        model = Competence
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"kompetencja-testowa-{n}")
    name_pl = factory.Sequence(lambda n: f"Kompetencja testowa {n}")
    name_en = factory.Sequence(lambda n: f"Test competence {n}")
