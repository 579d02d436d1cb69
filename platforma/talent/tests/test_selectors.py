import datetime

import pytest
from django.utils import timezone

from platforma.accounts.models import Availability, ProfileVisibility
from platforma.accounts.permissions import can_view_profile, viewer_is_cluster_member
from platforma.accounts.tests.factories import ProfileFactory, UserFactory
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.talent import selectors
from platforma.talent.models import ApplicationStatus, OfferKind
from platforma.talent.tests.conftest import ROLES
from platforma.talent.tests.factories import ApplicationFactory, OfferFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

TODAY = timezone.localdate()


def titles(queryset) -> list[str]:
    return [offer.title for offer in queryset]


def test_expired_closed_and_suspended_offers_leave_the_board_by_themselves(ziemia):
    OfferFactory(organisation=ziemia, title="Aktualna", deadline=TODAY + datetime.timedelta(days=3))
    OfferFactory(organisation=ziemia, title="Ostatni dzień", deadline=TODAY)
    OfferFactory(organisation=ziemia, title="Po terminie", deadline=TODAY - datetime.timedelta(days=1))
    OfferFactory(organisation=ziemia, title="Zamknięta", closed_at=timezone.now())
    OfferFactory(organisation=OrganisationFactory(cluster_status=ClusterStatus.SUSPENDED), title="Zawieszona")

    assert sorted(titles(selectors.offer_list_open())) == ["Aktualna", "Ostatni dzień"]


def test_the_board_is_newest_first(ziemia):
    OfferFactory(organisation=ziemia, title="Starsza")
    OfferFactory(organisation=ziemia, title="Nowsza")

    assert titles(selectors.offer_list_open()) == ["Nowsza", "Starsza"]


def test_filters_by_kind_competence_with_its_children_town_remote_and_text(ziemia):
    water = CompetenceFactory(slug="woda-test")
    mine_water = CompetenceFactory(slug="woda-kopalniana-test", parent=water)
    OfferFactory(organisation=ziemia, title="Operator pomp", kind=OfferKind.JOB, competences=[mine_water], city="Bytom")
    OfferFactory(organisation=ziemia, title="Zdalny analityk pomp", competences=[mine_water], city="", is_remote=True)
    OfferFactory(organisation=ziemia, title="Stażysta pomp", kind=OfferKind.INTERNSHIP, competences=[water])
    OfferFactory(organisation=ziemia, title="Operator hałdy", kind=OfferKind.JOB, city="Bytom")

    assert titles(selectors.offer_list_open(filters={"competence": "woda-test", "kind": "job", "city": "bytom"})) == [
        "Operator pomp"
    ]
    assert titles(selectors.offer_list_open(filters={"remote": "1"})) == ["Zdalny analityk pomp"]
    assert sorted(titles(selectors.offer_list_open(filters={"q": "pomp"}))) == [
        "Operator pomp",
        "Stażysta pomp",
        "Zdalny analityk pomp",
    ]
    # Unknown values are ignored, not turned into an empty list.
    assert len(titles(selectors.offer_list_open(filters={"kind": "xyz", "competence": "nie-ma"}))) == 4


def test_the_town_filter_offers_only_towns_with_open_offers(ziemia):
    OfferFactory(organisation=ziemia, city="Zabrze")
    OfferFactory(organisation=ziemia, city="Zabrze")
    OfferFactory(organisation=ziemia, city="Gliwice", deadline=TODAY - datetime.timedelta(days=1))
    OfferFactory(organisation=ziemia, city="", is_remote=True)

    assert selectors.offer_cities_open() == ["Zabrze"]


def test_organisation_offers_count_live_applications_by_status(bogdan, ewa, ziemia, woda):
    offer = OfferFactory(organisation=ziemia, deadline=TODAY - datetime.timedelta(days=10))
    ApplicationFactory(offer=offer, status=ApplicationStatus.RECEIVED)
    ApplicationFactory(offer=offer, status=ApplicationStatus.SHORTLISTED)
    ApplicationFactory(offer=offer, status=ApplicationStatus.WITHDRAWN)
    OfferFactory(organisation=woda)

    [row] = selectors.offers_of_organisations(user=bogdan)

    assert row == offer
    assert (row.application_count, row.received_count, row.shortlisted_count) == (2, 1, 1)
    assert list(selectors.offers_of_organisations(user=ewa)) != [offer]


def test_an_organisation_sees_withdrawn_applications_only_when_it_asks(ziemia):
    offer = OfferFactory(organisation=ziemia)
    live = ApplicationFactory(offer=offer)
    withdrawn = ApplicationFactory(offer=offer, status=ApplicationStatus.WITHDRAWN)

    assert list(selectors.application_list_for_offer(offer=offer)) == [live]
    assert list(selectors.application_list_for_offer(offer=offer, status="withdrawn")) == [withdrawn]
    assert list(selectors.application_list_for_offer(offer=offer, status="bzdura")) == [live]


# --- the specialist directory ---------------------------------------------------------------------------


def specialist(visibility: str, *, active: bool = True, **fields):
    return ProfileFactory(visibility=visibility, user=UserFactory(is_active=active), **fields)


@pytest.mark.parametrize(
    "state", ["public", "members", "private", "public_inactive", "public_empty", "members_with_competence_only"]
)
@pytest.mark.parametrize("role", ROLES)
def test_the_directory_lists_exactly_the_opted_in_profiles_the_viewer_may_open(role, state, person, everyone):
    visibility = state.split("_")[0]
    fields = {}
    if state == "public_empty":
        fields = {"job_title": "", "bio": ""}
    if state == "members_with_competence_only":
        fields = {"job_title": "", "bio": ""}
    profile = specialist(visibility, active=state != "public_inactive", **fields)
    if state == "members_with_competence_only":
        profile.competences.add(CompetenceFactory())
    viewer = everyone[role]

    listed = selectors.specialist_list_visible(viewer=viewer).filter(pk=profile.pk).exists()

    expected = {
        "public": True,
        "members": role in ("ewa", "celina", "bogdan", "anna"),
        "private": False,
        "public_inactive": False,
        "public_empty": False,
        "members_with_competence_only": role in ("ewa", "celina", "bogdan", "anna"),
    }[state]
    assert listed is expected
    if listed:
        # Never list a profile whose page would refuse the same person.
        assert can_view_profile(viewer, profile, viewer_is_cluster_member=viewer_is_cluster_member(viewer))


def test_the_directory_filters_and_puts_available_people_first(db):
    soil = CompetenceFactory(slug="gleby-test")
    phyto = CompetenceFactory(slug="fito-test", parent=soil)
    busy = specialist(ProfileVisibility.PUBLIC, availability=Availability.UNAVAILABLE, city="Bytom")
    busy.user.last_name = "Abacka"
    busy.user.save()
    free = specialist(ProfileVisibility.PUBLIC, availability=Availability.AVAILABLE, city="Bytom")
    free.user.last_name = "Zielińska"
    free.user.save()
    busy.competences.add(phyto)
    free.competences.add(phyto)
    specialist(ProfileVisibility.PUBLIC, city="Gliwice").competences.add(phyto)
    specialist(ProfileVisibility.PUBLIC, city="Bytom")

    found = list(
        selectors.specialist_list_visible(viewer=UserFactory(), filters={"competence": "gleby-test", "city": "bytom"})
    )

    assert found == [free, busy]
    assert list(selectors.specialist_list_visible(viewer=UserFactory(), filters={"availability": "unavailable"})) == [
        busy
    ]
    assert list(selectors.specialist_list_visible(viewer=UserFactory(), filters={"q": "zielińska bytom"})) == []
    assert list(selectors.specialist_list_visible(viewer=UserFactory(), filters={"q": "Zielińska"})) == [free]


# --- fit between offers and people ----------------------------------------------------------------------


@pytest.fixture
def tree(db):
    soil = CompetenceFactory(slug="t-remediacja")
    phyto = CompetenceFactory(slug="t-fitoremediacja", parent=soil)
    stabilisation = CompetenceFactory(slug="t-fitostabilizacja", parent=phyto)
    extraction = CompetenceFactory(slug="t-fitoekstrakcja", parent=phyto)
    water = CompetenceFactory(slug="t-woda")
    return {"soil": soil, "phyto": phyto, "stabilisation": stabilisation, "extraction": extraction, "water": water}


def test_an_organisation_sees_specialists_ranked_by_overlap_including_parents_and_children(
    bogdan, celina, ziemia, tree
):
    offer = OfferFactory(organisation=ziemia, competences=[tree["stabilisation"], tree["water"]])
    both = specialist(ProfileVisibility.PUBLIC)
    both.competences.set([tree["stabilisation"], tree["water"]])
    exact = specialist(ProfileVisibility.MEMBERS)
    exact.competences.set([tree["stabilisation"]])
    parent_only = specialist(ProfileVisibility.PUBLIC)
    parent_only.competences.set([tree["phyto"]])
    sibling_only = specialist(ProfileVisibility.PUBLIC)
    sibling_only.competences.set([tree["extraction"]])
    hidden = specialist(ProfileVisibility.PRIVATE)
    hidden.competences.set([tree["stabilisation"], tree["water"]])
    colleague = ProfileFactory(user=celina, visibility=ProfileVisibility.PUBLIC)
    colleague.competences.set([tree["stabilisation"]])

    ranked = selectors.specialists_fitting_offer(viewer=bogdan, offer=offer)

    assert [profile for profile, _fit in ranked] == [both, exact, parent_only]
    assert [fit.score for _profile, fit in ranked] == [4, 2, 1]


def test_an_offer_without_competences_suggests_nobody(bogdan, ziemia):
    assert selectors.specialists_fitting_offer(viewer=bogdan, offer=OfferFactory(organisation=ziemia)) == []


def test_a_specialist_sees_open_offers_that_fit_their_profile_best_first(dawid, ziemia, woda, tree):
    dawid.profile.competences.set([tree["stabilisation"], tree["water"]])
    best = OfferFactory(organisation=ziemia, title="Oba", competences=[tree["stabilisation"], tree["water"]])
    OfferFactory(organisation=woda, title="Nadrzędna", competences=[tree["soil"]])
    OfferFactory(organisation=woda, title="Siostrzana", competences=[tree["extraction"]])
    OfferFactory(organisation=woda, title="Bez kompetencji")
    OfferFactory(
        organisation=woda,
        title="Po terminie",
        competences=[tree["water"]],
        deadline=TODAY - datetime.timedelta(days=1),
    )
    applied = ApplicationFactory(offer=best, applicant=dawid)

    ranked = selectors.offers_fitting_person(user=dawid)

    assert [offer.title for offer, _fit in ranked] == ["Oba", "Nadrzędna"]
    assert ranked[0][0].my_application == applied
    assert ranked[1][0].my_application is None


def test_people_without_competences_or_a_profile_get_no_suggestions(olek, dawid):
    assert selectors.offers_fitting_person(user=olek) == []
    assert selectors.offers_fitting_person(user=dawid) == []


def test_a_member_does_not_get_their_own_organisations_offers_suggested(celina, ziemia, tree):
    ProfileFactory(user=celina).competences.set([tree["water"]])
    OfferFactory(organisation=ziemia, competences=[tree["water"]])

    assert selectors.offers_fitting_person(user=celina) == []
