"""The matching pages and their HTMX fragments: who may open them, what they show, what they never show."""

import pytest
from django.urls import reverse

from platforma.challenges.models import ProposalStatus
from platforma.challenges.tests.factories import ChallengeFactory, DraftChallengeFactory, ProposalFactory
from platforma.core.models import Visibility
from platforma.matching.models import MatchEntry
from platforma.matching.tests.factories import BYTOM, PIEKARY, competences, organisation_at
from platforma.talent.tests.factories import OfferFactory

pytestmark = pytest.mark.django_db

HALDA = "Hałda cynkowa pyli metalami ciężkimi. Szukamy fitoremediacji i zazielenienia skarp hałdy."
HTMX = {"HTTP_HX_REQUEST": "true"}
# Session, user, memberships, the challenge, the index check, competences, labels, the matches' sources.
FRAGMENT_QUERIES = 12
PANEL_QUERIES = 4


@pytest.fixture
def scene(ziemia, woda, reindex):
    _soil, phyto, _water = competences()
    green = organisation_at(PIEKARY, name="Zielone Hałdy", slug="zielone-haldy", description="Zieleń miejska.")
    green.competences.set([phyto])
    ProposalFactory(
        challenge=ChallengeFactory(title="Hałda w Radzionkowie", description=HALDA),
        organisation=green,
        description="Fitoremediacja pylącej hałdy cynkowej; zazielenienie skarp.",
        status=ProposalStatus.ACCEPTED,
    )
    challenge = ChallengeFactory(organisation=ziemia, title="Pyląca hałda w Bytomiu", description=HALDA)
    challenge.latitude, challenge.longitude = BYTOM
    challenge.save()
    challenge.competences.set([phyto])
    twin = ChallengeFactory(organisation=woda, title="Hałda cynkowa przy osiedlu", description=HALDA)
    secret = ChallengeFactory(
        organisation=woda, title="Poufna hałda cynkowa", description=HALDA, visibility=Visibility.RESTRICTED
    )
    offer = OfferFactory(organisation=woda, title="Praca przy fitoremediacji hałd", description=HALDA)
    offer.competences.set([phyto])
    reindex()
    return {"challenge": challenge, "twin": twin, "secret": secret, "green": green, "offer": offer}


def matches_url(challenge):
    return reverse("matching:challenge_matches", kwargs={"pk": challenge.pk})


# --- a challenge's matches ------------------------------------------------------------------------------------


def test_a_visitor_sees_helpers_with_reasons_and_similar_challenges_on_a_page(client, scene):
    response = client.get(matches_url(scene["challenge"]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>" in content
    assert "Zielone Hałdy" in content
    assert "rozwiązany podobny problem: „Hałda w Radzionkowie”" in content
    assert "Hałda cynkowa przy osiedlu" in content
    assert "Poufna hałda cynkowa" not in content


def test_the_htmx_request_gets_the_fragment_that_replaces_the_placeholder(client, scene):
    response = client.get(matches_url(scene["challenge"]), **HTMX)
    content = response.content.decode()
    assert content.lstrip().startswith('<section id="dopasowania"')
    assert "<h1>" not in content
    assert "Zielone Hałdy" in content


def test_the_challenge_page_pulls_the_fragment_by_url_and_links_to_it_without_js(client, scene):
    response = client.get(scene["challenge"].get_absolute_url())
    assert f'hx-get="{matches_url(scene["challenge"])}"' in response.content.decode()
    assert f'<a href="{matches_url(scene["challenge"])}">' in response.content.decode()


def test_the_owners_are_offered_to_join_forces_and_others_are_not(client_for, scene, bogdan, olek):
    owners = client_for(bogdan).get(matches_url(scene["challenge"]), **HTMX).content.decode()
    assert f"{scene['twin'].get_absolute_url()}#supports" in owners
    outsider = client_for(olek).get(matches_url(scene["challenge"]), **HTMX).content.decode()
    assert "#supports" not in outsider


def test_matches_of_a_challenge_one_may_not_see_are_a_404_and_change_nothing(client_for, client, ziemia, olek):
    draft = DraftChallengeFactory(organisation=ziemia)
    before = MatchEntry.objects.count()
    assert client.get(matches_url(draft)).status_code == 404
    assert client_for(olek).get(matches_url(draft), **HTMX).status_code == 404
    assert MatchEntry.objects.count() == before


def test_a_malformed_or_unknown_challenge_id_is_a_404(client):
    assert client.get("/dopasowania/wyzwania/abc/").status_code == 404
    assert client.get("/dopasowania/wyzwania/99999999999999999999/").status_code == 404


def test_the_fragment_takes_the_same_number_of_queries_however_many_matches(
    client, scene, reindex, django_assert_max_num_queries
):
    url = matches_url(scene["challenge"])
    client.get(url, **HTMX)
    with django_assert_max_num_queries(FRAGMENT_QUERIES):
        client.get(url, **HTMX)
    for n in range(10):
        organisation_at(PIEKARY, name=f"Hałdy {n}", description="Fitoremediacja hałd cynkowych.")
        ChallengeFactory(title=f"Hałda cynkowa {n}", description=HALDA)
    reindex()
    client.get(url, **HTMX)
    with django_assert_max_num_queries(FRAGMENT_QUERIES):
        response = client.get(url, **HTMX)
    assert response.content.decode().count('class="fw-semibold"') >= 10


# --- what an organisation or a person could answer ------------------------------------------------------------------


def test_an_organisations_people_see_what_it_could_answer(client_for, scene, ewa):
    url = reverse("matching:organisation_opportunities", kwargs={"slug": "zielone-haldy"})
    response = client_for(ewa).get(reverse("matching:organisation_opportunities", kwargs={"slug": "wody-slaskie"}))
    assert response.status_code == 200
    assert "Pyląca hałda w Bytomiu" in response.content.decode()
    assert "Praca przy fitoremediacji hałd" not in response.content.decode()  # Woda's own offer
    assert client_for(ewa).get(url).status_code == 404


def test_the_organisation_fragment_is_served_to_htmx(client_for, scene, bogdan):
    url = reverse("matching:organisation_opportunities", kwargs={"slug": "ziemia-czysta"})
    content = client_for(bogdan).get(url, **HTMX).content.decode()
    assert content.lstrip().startswith('<section id="dla-was"')
    assert "Praca przy fitoremediacji hałd" in content


@pytest.mark.parametrize("who", ["anonymous", "olek", "dawid"])
def test_outsiders_get_a_404_for_an_organisations_opportunities(request, client, client_for, scene, who):
    viewer = client if who == "anonymous" else client_for(request.getfixturevalue(who))
    before = MatchEntry.objects.count()
    url = reverse("matching:organisation_opportunities", kwargs={"slug": "ziemia-czysta"})
    assert viewer.get(url).status_code == 404
    assert MatchEntry.objects.count() == before


def test_the_organisation_page_pulls_the_fragment_only_for_its_own_people(client, client_for, scene, bogdan):
    url = reverse("matching:organisation_opportunities", kwargs={"slug": "ziemia-czysta"})
    assert url in client_for(bogdan).get(reverse("organisations:detail", args=["ziemia-czysta"])).content.decode()
    client.logout()
    assert url not in client.get(reverse("organisations:detail", args=["ziemia-czysta"])).content.decode()


def test_a_specialist_sees_what_fits_their_profile(client_for, scene, dawid):
    profile = dawid.profile
    profile.bio = "Fitoremediacja hałd cynkowych."
    profile.save()
    response = client_for(dawid).get(reverse("matching:my_opportunities"), **HTMX)
    assert response.status_code == 200
    assert "Pyląca hałda w Bytomiu" in response.content.decode()
    assert "Poufna hałda cynkowa" not in response.content.decode()


def test_a_person_without_a_profile_is_asked_to_fill_it_in(client_for, olek):
    response = client_for(olek).get(reverse("matching:my_opportunities"))
    assert response.status_code == 200
    assert reverse("accounts:profile") in response.content.decode()


def test_a_visitor_is_sent_to_log_in_for_own_opportunities(client):
    response = client.get(reverse("matching:my_opportunities"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_the_profile_page_pulls_the_fragment_for_its_owner_only(client, client_for, dawid):
    url = reverse("accounts:public_profile", kwargs={"pk": dawid.profile.pk})
    assert reverse("matching:my_opportunities") in client_for(dawid).get(url).content.decode()
    client.logout()
    assert reverse("matching:my_opportunities") not in client.get(url).content.decode()


# --- the coordinator's duplicates ---------------------------------------------------------------------------------


def test_the_coordinator_sees_likely_duplicates(client_for, scene, anna):
    response = client_for(anna).get(reverse("matching_panel:duplicates"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Pyląca hałda w Bytomiu" in content
    assert "Hałda cynkowa przy osiedlu" in content


def test_others_may_not_open_the_duplicates(client, client_for, scene, bogdan):
    before = MatchEntry.objects.count()
    assert client_for(bogdan).get(reverse("matching_panel:duplicates")).status_code == 403
    client.logout()
    assert client.get(reverse("matching_panel:duplicates")).status_code == 302
    assert MatchEntry.objects.count() == before


def test_the_duplicates_page_takes_the_same_number_of_queries_however_many_pairs(
    client_for, scene, anna, woda, reindex, django_assert_max_num_queries
):
    client = client_for(anna)
    url = reverse("matching_panel:duplicates")
    client.get(url)
    with django_assert_max_num_queries(PANEL_QUERIES):
        client.get(url)
    for n in range(6):
        ChallengeFactory(title=f"Hałda cynkowa {n}", description=HALDA, organisation=organisation_at(PIEKARY))
    reindex()
    client.get(url)
    with django_assert_max_num_queries(PANEL_QUERIES):
        client.get(url)
