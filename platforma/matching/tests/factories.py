"""A small Silesian scene for matching: a problem, the organisations and people who could solve it."""

from decimal import Decimal

from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

BYTOM = (Decimal("50.34802"), Decimal("18.93282"))
PIEKARY = (Decimal("50.38017"), Decimal("18.94409"))
KRAKOW = (Decimal("50.06143"), Decimal("19.93658"))


def competences():
    """Soil remediation with phytoremediation below it, and water treatment elsewhere in the tree."""
    soil = CompetenceFactory(slug="test-remediacja-gleb", name_pl="Remediacja gleb", name_en="Soil remediation")
    phyto = CompetenceFactory(
        slug="test-fitoremediacja", name_pl="Fitoremediacja", name_en="Phytoremediation", parent=soil
    )
    water = CompetenceFactory(slug="test-oczyszczanie-wody", name_pl="Oczyszczanie wody", name_en="Water treatment")
    return soil, phyto, water


def organisation_at(place, **kwargs):
    latitude, longitude = place
    return OrganisationFactory(latitude=latitude, longitude=longitude, **kwargs)
