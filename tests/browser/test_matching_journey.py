"""A challenge page shows who could solve the problem, with reasons, and others who face it too; its owner is
offered to join forces with them."""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import Page, expect

from platforma.challenges.models import ProposalStatus
from platforma.challenges.tests.factories import ChallengeFactory, ProposalFactory
from platforma.matching.index import reset_index
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory
from tests.browser.conftest import assert_accessible, log_in, verify_email

PASSWORD = "haslo-testowe-123"
HEAP = (
    "Hałda odpadów cynkowo-ołowiowych przy ul. Strzelców Bytomskich pyli w suche dni na ogródki działkowe. "
    "Szukamy fitostabilizacji skarp trawami metalotolerancyjnymi."
)


@pytest.fixture
def scene(ziemia, woda, settings):
    """Saved through the ORM: the tasks after each commit write the matching index, as in production."""
    settings.SEARCH_EMBEDDER = ""
    reset_index()  # the test database was flushed under the process's index
    phyto = CompetenceFactory(
        slug="przegladarka-fitostabilizacja", name_pl="Fitostabilizacja hałd", name_en="Heap phytostabilisation"
    )
    ziemia.latitude, ziemia.longitude = Decimal("50.34802"), Decimal("18.93282")
    ziemia.save()
    green = OrganisationFactory(
        name="Zielone Hałdy sp. z o.o.",
        slug="zielone-haldy",
        city="Piekary Śląskie",
        latitude=Decimal("50.38017"),
        longitude=Decimal("18.94409"),
        description="Zieleń miejska i ogrody.",
    )
    green.competences.set([phyto])
    ProposalFactory(
        challenge=ChallengeFactory(title="Pyląca hałda w Radzionkowie", description=HEAP, organisation=woda),
        organisation=green,
        title="Trawy na skarpach hałdy",
        description="Fitostabilizacja skarp hałdy cynkowo-ołowiowej trawami metalotolerancyjnymi.",
        status=ProposalStatus.ACCEPTED,
    )
    challenge = ChallengeFactory(
        organisation=ziemia,
        title="Pylenie z hałdy cynkowo-ołowiowej w Bytomiu",
        description=HEAP,
        latitude=Decimal("50.34802"),
        longitude=Decimal("18.93282"),
    )
    challenge.competences.set([phyto])
    twin = ChallengeFactory(
        organisation=woda, title="Hałda cynkowo-ołowiowa pyli na osiedle w Zabrzu", description=HEAP, city="Zabrze"
    )
    yield {"challenge": challenge, "twin": twin}
    reset_index()


def test_a_visitor_sees_believable_helpers_and_similar_challenges(page: Page, scene) -> None:
    page.goto(scene["challenge"].get_absolute_url())
    matches = page.locator("#dopasowania")
    expect(matches.get_by_role("heading", name="Kto może pomóc rozwiązać ten problem")).to_be_visible()
    expect(matches.get_by_role("link", name="Zielone Hałdy sp. z o.o.")).to_be_visible()
    expect(matches.get_by_text("rozwiązany podobny problem: „Pyląca hałda w Radzionkowie”")).to_be_visible()
    expect(matches.get_by_text("wspólne kompetencje: Fitostabilizacja hałd")).to_be_visible()
    expect(matches.get_by_role("heading", name="Inni też mierzą się z tym problemem")).to_be_visible()
    expect(matches.get_by_role("link", name="Hałda cynkowo-ołowiowa pyli na osiedle w Zabrzu")).to_be_visible()
    assert_accessible(page)

    matches.get_by_role("link", name="Zielone Hałdy sp. z o.o.").click()
    expect(page.get_by_role("heading", level=1, name="Zielone Hałdy sp. z o.o.")).to_be_visible()


def test_the_owner_is_offered_to_say_we_face_it_too_on_the_similar_challenge(page: Page, scene, bogdan) -> None:
    verify_email(bogdan)
    log_in(page, email=bogdan.email, password=PASSWORD)
    page.goto(scene["challenge"].get_absolute_url())
    join = page.locator("#dopasowania").get_by_role("link", name=re.compile("^Zgłoś „my też” przy „Hałda cynkowo"))
    expect(join).to_be_visible()
    assert_accessible(page)
    join.click()
    expect(page.get_by_role("heading", level=1, name=scene["twin"].title)).to_be_visible()
    expect(page.get_by_role("button", name="My też mamy ten problem")).to_be_visible()
    assert_accessible(page)


def test_without_javascript_the_link_leads_to_the_full_page(page: Page, scene) -> None:
    page.goto(f"/dopasowania/wyzwania/{scene['challenge'].pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kto może pomóc")
    expect(page.get_by_role("link", name="Zielone Hałdy sp. z o.o.")).to_be_visible()
    assert_accessible(page)
