import pytest
from django.http import Http404

from platforma.challenges import permissions, selectors
from platforma.challenges.models import ChallengeStatus, ProposalStatus
from platforma.challenges.tests.conftest import ROLES
from platforma.challenges.tests.factories import (
    ChallengeFactory,
    ChallengeSupportFactory,
    DraftChallengeFactory,
    ProposalFactory,
)
from platforma.core.models import Visibility
from platforma.organisations.models import ClusterStatus, OrganisationType
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

ALL = {"status": selectors.ALL_STATUSES}

# Who sees what. Columns follow ROLES: anonymous, olek, dawid, ewa (woda), celina, bogdan (ziemia), anna.
VISIBILITY_MATRIX = {
    "public_by_inna": (1, 1, 1, 1, 1, 1, 1),
    "members_by_inna": (0, 0, 0, 1, 1, 1, 1),
    "restricted_by_inna_to_woda": (0, 0, 0, 1, 0, 0, 1),
    "restricted_by_inna_to_a_stranger": (0, 0, 0, 0, 0, 0, 1),
    "members_by_ziemia": (0, 0, 0, 1, 1, 1, 1),
    "restricted_by_ziemia_without_woda": (0, 0, 0, 0, 1, 1, 1),
    "restricted_by_ziemia_with_woda": (0, 0, 0, 1, 1, 1, 1),
    "draft_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
    "hidden_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
    "draft_by_inna": (0, 0, 0, 0, 0, 0, 1),
    "hidden_by_inna": (0, 0, 0, 0, 0, 0, 1),
    "draft_by_inna_restricted_to_woda": (0, 0, 0, 0, 0, 0, 1),
    "archived_public_by_inna": (1, 1, 1, 1, 1, 1, 1),
}


def make_case(case: str, *, ziemia, woda, inna):
    stranger = OrganisationFactory()
    cases = {
        "public_by_inna": lambda: ChallengeFactory(organisation=inna),
        "members_by_inna": lambda: ChallengeFactory(organisation=inna, visibility=Visibility.MEMBERS),
        "restricted_by_inna_to_woda": lambda: ChallengeFactory(
            organisation=inna, visibility=Visibility.RESTRICTED, visible_to=[woda]
        ),
        "restricted_by_inna_to_a_stranger": lambda: ChallengeFactory(
            organisation=inna, visibility=Visibility.RESTRICTED, visible_to=[stranger]
        ),
        "members_by_ziemia": lambda: ChallengeFactory(organisation=ziemia, visibility=Visibility.MEMBERS),
        "restricted_by_ziemia_without_woda": lambda: ChallengeFactory(
            organisation=ziemia, visibility=Visibility.RESTRICTED, visible_to=[stranger]
        ),
        "restricted_by_ziemia_with_woda": lambda: ChallengeFactory(
            organisation=ziemia, visibility=Visibility.RESTRICTED, visible_to=[woda, stranger]
        ),
        "draft_by_ziemia": lambda: DraftChallengeFactory(organisation=ziemia),
        "hidden_by_ziemia": lambda: ChallengeFactory(organisation=ziemia, is_hidden=True, moderation_note="Spam"),
        "draft_by_inna": lambda: DraftChallengeFactory(organisation=inna),
        "hidden_by_inna": lambda: ChallengeFactory(organisation=inna, is_hidden=True, moderation_note="Spam"),
        "draft_by_inna_restricted_to_woda": lambda: DraftChallengeFactory(
            organisation=inna, visibility=Visibility.RESTRICTED, visible_to=[woda]
        ),
        "archived_public_by_inna": lambda: ChallengeFactory(organisation=inna, status=ChallengeStatus.ARCHIVED),
    }
    return cases[case]()


@pytest.mark.parametrize("case", list(VISIBILITY_MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_list_detail_and_permission_agree_on_who_sees_each_challenge(case, role, everyone, ziemia, woda, inna):
    challenge = make_case(case, ziemia=ziemia, woda=woda, inna=inna)
    user = everyone[role]
    expected = bool(VISIBILITY_MATRIX[case][ROLES.index(role)])

    in_list = challenge in selectors.challenge_list_visible(user=user, filters=ALL)

    assert in_list is expected
    assert permissions.can_view(user, challenge) is expected
    if expected:
        assert selectors.challenge_get_for_user(user=user, pk=challenge.pk) == challenge
    else:
        with pytest.raises(Http404):
            selectors.challenge_get_for_user(user=user, pk=challenge.pk)


def test_people_of_a_suspended_organisation_no_longer_see_members_only_challenges(inna):
    suspended = OrganisationFactory(cluster_status=ClusterStatus.SUSPENDED)
    person = MembershipFactory(organisation=suspended).user
    members_only = ChallengeFactory(organisation=inna, visibility=Visibility.MEMBERS)
    own_draft = DraftChallengeFactory(organisation=suspended)

    visible = list(selectors.challenge_list_visible(user=person, filters=ALL))

    assert members_only not in visible
    assert own_draft in visible


def test_a_challenge_shared_with_two_of_my_organisations_is_listed_once(ewa, woda, inna):
    second = OrganisationFactory()
    MembershipFactory(user=ewa, organisation=second)
    challenge = ChallengeFactory(organisation=inna, visibility=Visibility.RESTRICTED, visible_to=[woda, second])

    visible = list(selectors.challenge_list_visible(user=ewa, filters=ALL))

    assert visible.count(challenge) == 1


def test_malformed_primary_key_is_a_404(anna):
    with pytest.raises(Http404):
        selectors.challenge_get_for_user(user=anna, pk="abc")


def test_without_filters_the_list_holds_open_and_in_progress_challenges_newest_first(anna, inna):
    older = ChallengeFactory(organisation=inna, title="starsze")
    in_progress = ChallengeFactory(organisation=inna, status=ChallengeStatus.IN_PROGRESS, title="w realizacji")
    ChallengeFactory(organisation=inna, status=ChallengeStatus.SOLVED)
    ChallengeFactory(organisation=inna, status=ChallengeStatus.ARCHIVED)
    DraftChallengeFactory(organisation=inna)

    listed = list(selectors.challenge_list_visible(user=anna, filters=None))

    assert listed == [in_progress, older]


def test_drafts_without_a_publication_date_come_last_on_every_database(bogdan, ziemia):
    draft = DraftChallengeFactory(organisation=ziemia)
    published = ChallengeFactory(organisation=ziemia)

    listed = list(selectors.challenge_list_visible(user=bogdan, filters=ALL))

    assert listed == [published, draft]


def test_status_filter_accepts_one_status_and_ignores_unknown_ones(anna, inna):
    open_challenge = ChallengeFactory(organisation=inna)
    solved = ChallengeFactory(organisation=inna, status=ChallengeStatus.SOLVED)

    assert list(selectors.challenge_list_visible(user=anna, filters={"status": "solved"})) == [solved]
    assert list(selectors.challenge_list_visible(user=anna, filters={"status": "xyz"})) == [open_challenge]


def test_competence_filter_includes_challenges_needing_a_sub_competence(anna, inna):
    soil = CompetenceFactory(slug="gleby")
    phyto = CompetenceFactory(slug="fitoremediacja", parent=soil)
    water = CompetenceFactory(slug="woda")
    needs_phyto = ChallengeFactory(organisation=inna, competences=[phyto, soil])
    ChallengeFactory(organisation=inna, competences=[water])

    listed = list(selectors.challenge_list_visible(user=anna, filters={"competence": "gleby"}))

    assert listed == [needs_phyto]


def test_unknown_competence_is_ignored_rather_than_emptying_the_list(anna, inna):
    challenge = ChallengeFactory(organisation=inna)

    assert list(selectors.challenge_list_visible(user=anna, filters={"competence": "brak"})) == [challenge]


def test_city_organisation_type_and_text_filters(anna, inna):
    university = OrganisationFactory(type=OrganisationType.UNIVERSITY)
    match = ChallengeFactory(organisation=university, city="Zabrze", title="Woda kopalniana z szybu Guido")
    ChallengeFactory(organisation=university, city="Bytom", title="Woda kopalniana w Bytomiu")
    ChallengeFactory(organisation=inna, city="Zabrze", title="Woda kopalniana z szybu Maciej")
    ChallengeFactory(organisation=university, city="Zabrze", title="Hałda", description="Pylenie z hałdy")

    filters = {"city": "zabrze", "org_type": OrganisationType.UNIVERSITY, "q": "KOPALNIANA"}

    assert list(selectors.challenge_list_visible(user=anna, filters=filters)) == [match]


def test_counts_show_supports_and_proposals_that_are_not_withdrawn(anna, inna, woda):
    challenge = ChallengeFactory(organisation=inna)
    ChallengeSupportFactory(challenge=challenge, organisation=woda)
    ProposalFactory(challenge=challenge)
    ProposalFactory(challenge=challenge, status=ProposalStatus.ACCEPTED)
    ProposalFactory(challenge=challenge, status=ProposalStatus.WITHDRAWN)
    ChallengeFactory(organisation=inna)

    counted = {c.pk: (c.support_count, c.proposal_count) for c in selectors.challenge_list_visible(user=anna)}

    assert counted[challenge.pk] == (1, 2)
    assert sorted(counted.values()) == [(0, 0), (1, 2)]


def test_open_count_counts_only_active_challenges_the_person_may_see(ewa, celina, inna, woda, ziemia):
    ChallengeFactory(organisation=inna)
    ChallengeFactory(organisation=inna, status=ChallengeStatus.IN_PROGRESS)
    ChallengeFactory(organisation=inna, status=ChallengeStatus.SOLVED)
    ChallengeFactory(organisation=inna, visibility=Visibility.RESTRICTED, visible_to=[woda])
    DraftChallengeFactory(organisation=ziemia)

    assert selectors.challenge_open_count_visible(user=ewa) == 3
    assert selectors.challenge_open_count_visible(user=celina) == 2


def test_cities_list_only_towns_of_visible_challenges(olek, inna, woda):
    ChallengeFactory(organisation=inna, city="Chorzów")
    ChallengeFactory(organisation=inna, city="Chorzów")
    ChallengeFactory(organisation=inna, city="Tajne Miasto", visibility=Visibility.RESTRICTED, visible_to=[woda])

    assert selectors.challenge_cities_visible(user=olek) == ["Chorzów"]


def test_moderation_list_shows_everything_and_filters_hidden_ones(inna):
    hidden = ChallengeFactory(organisation=inna, is_hidden=True)
    draft = DraftChallengeFactory(organisation=inna, visibility=Visibility.RESTRICTED)

    assert set(selectors.challenge_list_for_moderation()) == {hidden, draft}
    assert list(selectors.challenge_list_for_moderation(filters={"hidden": "1"})) == [hidden]
    assert list(selectors.challenge_list_for_moderation(filters={"status": "draft", "visibility": "zzz"})) == [draft]
