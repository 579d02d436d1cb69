"""Matches as people see them: who could solve a challenge (with reasons), others with the same problem,
what an organisation or a specialist could answer, and the coordinator's duplicates; never anything the
viewer may not see."""

import pytest
from django.contrib.auth.models import AnonymousUser

from platforma.accounts.models import ProfileVisibility
from platforma.accounts.tests.factories import ProfileFactory, UserFactory
from platforma.challenges.models import ChallengeStatus, ProposalStatus
from platforma.challenges.selectors import challenge_get_for_user
from platforma.challenges.tests.factories import ChallengeFactory, ProposalFactory
from platforma.core.models import Visibility
from platforma.initiatives.tests.factories import InitiativeFactory
from platforma.matching import selectors
from platforma.matching.tests.factories import BYTOM, KRAKOW, PIEKARY, competences, organisation_at
from platforma.opencalls.tests.factories import OpenCallFactory
from platforma.organisations.models import ClusterStatus
from platforma.talent.tests.factories import OfferFactory

pytestmark = pytest.mark.django_db

ANONYMOUS = AnonymousUser()
HALDA = "Hałda cynkowa pyli metalami ciężkimi. Szukamy fitoremediacji i zazielenienia skarp hałdy."


@pytest.fixture
def scene(ziemia, reindex):
    """Ziemia Czysta (Bytom) reports a dusty heap; Zielone Hałdy (Piekary, 4 km) greened one before;
    Wodny Serwis (Kraków) treats water."""
    _soil, phyto, water = competences()
    ziemia.latitude, ziemia.longitude = BYTOM
    ziemia.save()
    green = organisation_at(
        PIEKARY, name="Zielone Hałdy", slug="zielone-haldy", description="Usługi zieleni miejskiej i ogrodnicze."
    )
    green.competences.set([phyto])
    water_org = organisation_at(
        KRAKOW, name="Wodny Serwis", slug="wodny-serwis", description="Oczyszczanie ścieków przemysłowych."
    )
    water_org.competences.set([water])
    solved = ChallengeFactory(
        title="Rekultywacja hałdy w Radzionkowie", description="Pylenie z hałdy.", status=ChallengeStatus.SOLVED
    )
    ProposalFactory(
        challenge=solved,
        organisation=green,
        title="Nasadzenia traw na hałdzie",
        description="Fitoremediacja hałdy trawami metalotolerancyjnymi.",
        status=ProposalStatus.ACCEPTED,
    )
    challenge = ChallengeFactory(
        organisation=ziemia, title="Pyląca hałda cynkowa w Bytomiu", description=HALDA, city="Bytom"
    )
    challenge.competences.set([phyto])
    challenge.latitude, challenge.longitude = BYTOM
    challenge.save()
    reindex()
    return {"challenge": challenge, "green": green, "water": water_org, "solved": solved, "phyto": phyto}


def helpers(user, challenge):
    return selectors.helpers_for_challenge(user=user, challenge=challenge_get_for_user(user=user, pk=challenge.pk))


def test_the_organisation_that_solved_a_similar_problem_comes_first_with_reasons_in_words(scene):
    found = helpers(ANONYMOUS, scene["challenge"])
    assert found[0].name == "Zielone Hałdy"
    assert found[0].kind == "organisation"
    reasons = "; ".join(reason.text for reason in found[0].reasons)
    assert "wspólne kompetencje: Fitoremediacja" in reasons
    assert "rozwiązany podobny problem: „Rekultywacja hałdy w Radzionkowie”" in reasons
    assert "odległość: 3,7 km" in reasons


def test_the_challenges_own_organisation_is_not_offered_as_a_helper(scene, ziemia):
    assert "Ziemia Czysta sp. z o.o." not in [helper.name for helper in helpers(ANONYMOUS, scene["challenge"])]


def test_a_public_specialist_is_listed_and_a_private_one_never(scene, reindex):
    ProfileFactory(
        user=UserFactory(first_name="Jawna", last_name="Ekspertka"),
        bio="Fitoremediacja hałd cynkowych, zazielenianie skarp.",
        visibility=ProfileVisibility.PUBLIC,
    ).competences.set([scene["phyto"]])
    ProfileFactory(
        user=UserFactory(first_name="Ukryty", last_name="Ekspert"),
        bio="Fitoremediacja hałd cynkowych, zazielenianie skarp.",
        visibility=ProfileVisibility.PRIVATE,
    ).competences.set([scene["phyto"]])
    reindex()
    names = [helper.name for helper in helpers(ANONYMOUS, scene["challenge"])]
    assert "Jawna Ekspertka" in names
    assert "Ukryty Ekspert" not in names


def test_a_partners_only_initiative_is_never_named_as_a_reason(scene, reindex, bogdan):
    InitiativeFactory(
        lead_organisation=scene["water"],
        name="Poufne zazielenianie hałdy cynkowej",
        goal="Fitoremediacja hałdy cynkowej i skarp; pylenie metalami ciężkimi.",
        visibility=Visibility.RESTRICTED,
    )
    reindex()
    for user in (ANONYMOUS, bogdan):
        for helper in helpers(user, scene["challenge"]):
            assert "Poufne" not in "; ".join(reason.text for reason in helper.reasons)


def test_a_public_initiative_is_named_as_similar_work(scene, reindex):
    InitiativeFactory(
        lead_organisation=scene["water"],
        name="Zielona hałda cynkowa",
        goal="Fitoremediacja hałdy cynkowej, zazielenienie skarp, mniej pylenia metalami ciężkimi.",
    )
    reindex()
    water = next(h for h in helpers(ANONYMOUS, scene["challenge"]) if h.name == "Wodny Serwis")
    assert "podobne przedsięwzięcie: „Zielona hałda cynkowa”" in "; ".join(r.text for r in water.reasons)


def test_an_organisation_that_left_the_cluster_disappears_after_the_task_runs(scene, committed):
    green = scene["green"]
    with committed():
        green.cluster_status = ClusterStatus.REJECTED
        green.save()
    assert "Zielone Hałdy" not in [helper.name for helper in helpers(ANONYMOUS, scene["challenge"])]


# --- others with the same problem ---------------------------------------------------------------------------------


@pytest.fixture
def twins(scene, woda, reindex):
    """Woda has the same problem, once publicly and once shared only with Zielone Hałdy."""
    public = ChallengeFactory(organisation=woda, title="Hałda cynkowa pyli na osiedle", description=HALDA)
    restricted = ChallengeFactory(
        organisation=woda, title="Poufna hałda cynkowa", description=HALDA, visibility=Visibility.RESTRICTED
    )
    restricted.visible_to.set([scene["green"]])
    unrelated = ChallengeFactory(organisation=woda, title="Ścieki z garbarni", description="Chrom w ściekach.")
    reindex()
    return {"public": public, "restricted": restricted, "unrelated": unrelated}


def similar(user, challenge):
    found = selectors.similar_challenges(user=user, challenge=challenge_get_for_user(user=user, pk=challenge.pk))
    return [s.challenge.title for s in found]


def test_a_similar_challenge_of_another_organisation_is_shown_with_its_similarity(scene, twins):
    found = selectors.similar_challenges(user=ANONYMOUS, challenge=scene["challenge"])
    assert found[0].challenge == twins["public"]
    assert found[0].similarity is not None and found[0].similarity >= 50
    assert found[0].reasons[0].text.startswith("podobny opis: ")


def test_a_restricted_similar_challenge_is_hidden_from_those_it_is_not_shared_with(scene, twins, bogdan, ewa):
    assert "Poufna hałda cynkowa" not in similar(ANONYMOUS, scene["challenge"])
    assert "Poufna hałda cynkowa" not in similar(bogdan, scene["challenge"])


def test_an_unrelated_challenge_is_not_offered_as_similar(scene, twins):
    assert "Ścieki z garbarni" not in similar(ANONYMOUS, scene["challenge"])


def test_the_organisations_own_challenges_are_not_similar_challenges_of_others(scene, twins, ziemia, reindex):
    ChallengeFactory(organisation=ziemia, title="Druga hałda cynkowa Ziemi", description=HALDA)
    reindex()
    assert "Druga hałda cynkowa Ziemi" not in similar(ANONYMOUS, scene["challenge"])


# --- what an organisation or a specialist could answer --------------------------------------------------------


def test_an_organisation_sees_challenges_calls_and_offers_that_fit_it_but_not_its_own(scene, reindex):
    green = scene["green"]
    call = OpenCallFactory(challenge=scene["challenge"], title="Nabór: fitoremediacja hałdy", summary=HALDA)
    offer = OfferFactory(organisation=scene["water"], title="Specjalista fitoremediacji hałd", description=HALDA)
    offer.competences.set([scene["phyto"]])
    own = OfferFactory(organisation=green, title="Nasza oferta fitoremediacji", description=HALDA)
    reindex()
    found = selectors.opportunities_for_organisation(user=ANONYMOUS, organisation=green)
    assert scene["challenge"] in [o.obj for o in found.challenges]
    assert [o.obj for o in found.calls] == [call]
    assert offer in [o.obj for o in found.offers]
    assert own not in [o.obj for o in found.offers]


def test_a_closed_offer_and_a_members_only_challenge_are_left_out_for_a_specialist(scene, dawid, reindex):
    profile = dawid.profile
    profile.bio = "Fitoremediacja hałd cynkowych."
    profile.save()
    profile.competences.set([scene["phyto"]])
    members_only = ChallengeFactory(title="Hałda tylko dla członków", description=HALDA, visibility=Visibility.MEMBERS)
    closed = OfferFactory(title="Zamknięta oferta fitoremediacji", description=HALDA, closed_at="2020-01-01T00:00Z")
    reindex()
    found = selectors.opportunities_for_profile(user=dawid, profile=profile)
    challenges = [o.obj for o in found.challenges]
    assert scene["challenge"] in challenges
    assert members_only not in challenges
    assert closed not in [o.obj for o in found.offers]


# --- the coordinator's duplicates -------------------------------------------------------------------------------


def test_near_identical_challenges_of_two_organisations_are_a_likely_duplicate(scene, twins):
    pairs = selectors.likely_duplicates()
    titles = [{pair.first.title, pair.second.title} for pair in pairs]
    assert {"Pyląca hałda cynkowa w Bytomiu", "Hałda cynkowa pyli na osiedle"} in titles
    assert all(pair.first.organisation_id != pair.second.organisation_id for pair in pairs)
    assert not any("Ścieki z garbarni" in pair for pair in titles)


def test_the_query_count_does_not_grow_with_the_number_of_matches(scene, reindex, django_assert_max_num_queries):
    for n in range(12):
        org = organisation_at(PIEKARY, name=f"Hałdy {n}", description="Fitoremediacja hałd cynkowych.")
        org.competences.set([scene["phyto"]])
        ChallengeFactory(title=f"Hałda cynkowa numer {n}", description=HALDA)
    reindex()
    challenge = challenge_get_for_user(user=ANONYMOUS, pk=scene["challenge"].pk)
    selectors.helpers_for_challenge(user=ANONYMOUS, challenge=challenge)  # loads the index
    with django_assert_max_num_queries(8):
        assert len(selectors.helpers_for_challenge(user=ANONYMOUS, challenge=challenge)) == 10
    with django_assert_max_num_queries(6):
        assert len(selectors.similar_challenges(user=ANONYMOUS, challenge=challenge)) == 5
    with django_assert_max_num_queries(3):
        selectors.likely_duplicates()
