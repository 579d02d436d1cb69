"""Initiatives, shared resources, knowledge articles, talent offers and open calls in search: each found by
those its own page would show it to, never shown (not even counted) to anyone else, with facets by type,
competence and town, and indexed again after a save."""

import pytest
from django.contrib.auth.models import AnonymousUser

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.core.models import Visibility
from platforma.initiatives.tests.factories import InitiativeFactory
from platforma.knowledge.models import ArticleStatus
from platforma.knowledge.tests.factories import ArticleFactory
from platforma.opencalls.models import Eligibility
from platforma.opencalls.tests.factories import OpenCallFactory
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.resources.tests.factories import ResourceFactory
from platforma.search.selectors import search_page
from platforma.talent.tests.factories import OfferFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db

ANONYMOUS = AnonymousUser()
WORD = "Bioremediacja"


def shown(ziemia):
    """One object of each type that everyone may see, all in Zabrze."""
    return {
        "initiative": InitiativeFactory(name=f"{WORD} jawna", lead_organisation=OrganisationFactory(city="Zabrze")),
        "resource": ResourceFactory(name=f"{WORD} jawny zasób", city="Zabrze"),
        "article": ArticleFactory(title=f"{WORD} jawny artykuł"),
        "offer": OfferFactory(title=f"{WORD} jawna oferta", city="Zabrze"),
        "opencall": OpenCallFactory(
            title=f"{WORD} jawny nabór", challenge=ChallengeFactory(city="Zabrze"), eligibility=Eligibility.EVERYONE
        ),
    }


def hidden(ziemia):
    """One object of each type that only Ziemia's people (and the coordinator) may see, all in Bytom."""
    applicant = OrganisationFactory(city="Bytom", cluster_status=ClusterStatus.APPLICANT)
    return {
        "initiative": InitiativeFactory(
            name=f"{WORD} poufna", lead_organisation=ziemia, visibility=Visibility.RESTRICTED
        ),
        "resource": ResourceFactory(name=f"{WORD} wyłączony zasób", owner=ziemia, city="Bytom", is_active=False),
        "article": ArticleFactory(title=f"{WORD} dla członków", visibility=Visibility.MEMBERS),
        "offer": OfferFactory(title=f"{WORD} oferta kandydata", organisation=applicant, city="Bytom"),
        "opencall": OpenCallFactory(
            title=f"{WORD} nabór dla członków",
            challenge=ChallengeFactory(city="Bytom", organisation=ziemia),
            eligibility=Eligibility.MEMBERS,
        ),
    }


TYPES = ["initiative", "resource", "article", "offer", "opencall"]


def titles(page):
    return [str(r.title).replace("<mark>", "").replace("</mark>", "") for r in page.results]


@pytest.mark.parametrize("type_key", TYPES)
@pytest.mark.parametrize("persona", ["anonymous", "olek"])
def test_an_outsider_finds_the_open_one_and_never_the_hidden_one_not_even_as_a_count(
    request, reindex, ziemia, type_key, persona
):
    user = ANONYMOUS if persona == "anonymous" else request.getfixturevalue(persona)
    visible, secret = shown(ziemia)[type_key], hidden(ziemia)[type_key]
    reindex()
    page = search_page(user=user, query=WORD.lower(), params={"type": type_key}, page_param=None)
    found = titles(page)
    assert str(getattr(visible, "title", None) or visible.name) in found
    assert str(getattr(secret, "title", None) or secret.name) not in found
    assert page.total == 1
    assert {f.value: f.count for f in page.facets["type"]}[type_key] == 1
    assert "Bytom" not in {f.value for f in page.facets["city"]}


@pytest.mark.parametrize("type_key", ["initiative", "resource", "opencall"])
def test_the_owners_people_find_their_own_hidden_one(reindex, ziemia, bogdan, type_key):
    secret = hidden(ziemia)[type_key]
    reindex()
    page = search_page(user=bogdan, query=WORD.lower(), params={"type": type_key}, page_param=None)
    assert str(getattr(secret, "title", None) or secret.name) in titles(page)


def test_a_members_only_article_is_found_by_a_member_and_a_draft_by_nobody(reindex, ziemia, bogdan, anna):
    ArticleFactory(title=f"{WORD} dla członków", visibility=Visibility.MEMBERS)
    ArticleFactory(title=f"{WORD} szkic", status=ArticleStatus.DRAFT, published_at=None, authors=[bogdan])
    reindex()
    for user in (bogdan, anna):
        found = titles(search_page(user=user, query=WORD.lower(), params={"type": "article"}, page_param=None))
        assert f"{WORD} dla członków" in found
        assert f"{WORD} szkic" not in found


def test_an_offer_of_an_applicant_is_found_by_the_coordinator(reindex, ziemia, anna):
    hidden(ziemia)
    reindex()
    found = titles(search_page(user=anna, query=WORD.lower(), params={"type": "offer"}, page_param=None))
    assert found == [f"{WORD} oferta kandydata"]


def test_every_new_type_has_facets_by_type_competence_and_town(reindex, ziemia):
    competence = CompetenceFactory(slug="test-bioremediacja", name_pl="Bioremediacja gruntu", name_en="Bioremediation")
    objects = shown(ziemia)
    for key in ("resource", "article", "offer"):
        objects[key].competences.set([competence])
    objects["opencall"].challenge.competences.set([competence])
    objects["initiative"].challenges.set([objects["opencall"].challenge])
    reindex()
    page = search_page(user=ANONYMOUS, query=WORD.lower(), params={}, page_param=None)
    # The call's challenge is found too, by its competence.
    assert {f.value: f.count for f in page.facets["type"]} == dict.fromkeys(TYPES, 1) | {"challenge": 1}
    assert {f.label: f.count for f in page.facets["competence"]}["Bioremediacja gruntu"] == 6
    assert {f.value: f.count for f in page.facets["city"]}["Zabrze"] == 5  # the article has no town


def test_a_saved_change_is_indexed_after_commit(reindex, committed, ziemia):
    reindex()
    with committed():
        resource = ResourceFactory(name="Respirometr glebowy", city="Zabrze")
    assert titles(search_page(user=ANONYMOUS, query="respirometr", params={}, page_param=None)) == [
        "Respirometr glebowy"
    ]
    with committed():
        resource.is_active = False
        resource.save()
    assert titles(search_page(user=ANONYMOUS, query="respirometr", params={}, page_param=None)) == []
