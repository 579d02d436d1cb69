import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404, QueryDict
from django.utils import timezone

from platforma.accounts.models import ProfileVisibility
from platforma.accounts.tests.factories import ProfileFactory
from platforma.organisations import selectors
from platforma.organisations.models import ClusterStatus, OrganisationType
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory


def names(queryset):
    return [organisation.name for organisation in queryset]


@pytest.fixture
def directory(db, competence_tree):
    """Organisations of every status; only the first three belong in the directory."""
    member = OrganisationFactory(name="A Członek", city="Bytom", type=OrganisationType.COMPANY)
    member.competences.set([competence_tree["stab"]])
    suspended = OrganisationFactory(name="B Zawieszony", city="Zabrze", cluster_status=ClusterStatus.SUSPENDED)
    suspended.competences.set([competence_tree["soil"]])
    former = OrganisationFactory(
        name="C Były", city="Gliwice", type=OrganisationType.UNIVERSITY, cluster_status=ClusterStatus.FORMER
    )
    former.competences.set([competence_tree["water"]])
    OrganisationFactory(name="D Kandydat", cluster_status=ClusterStatus.APPLICANT)
    OrganisationFactory(name="E Odrzucony", cluster_status=ClusterStatus.REJECTED)
    return {"member": member, "suspended": suspended, "former": former}


def listing(user=None, **filters):
    return names(selectors.organisation_list_visible(user=user or AnonymousUser(), filters=filters))


class TestDirectory:
    def test_lists_members_suspended_and_former_but_no_applications(self, directory):
        assert listing() == ["A Członek", "B Zawieszony", "C Były"]

    def test_hides_applications_even_from_the_coordinator(self, directory, anna):
        # Applications are handled in the panel, not in the public directory.
        assert "D Kandydat" not in listing(anna)

    def test_filters_by_type(self, directory):
        assert listing(type="university") == ["C Były"]

    def test_competence_filter_includes_everything_below_it(self, directory):
        assert listing(competence="test-gleby") == ["A Członek", "B Zawieszony"]
        assert listing(competence="test-stabilizacja") == ["A Członek"]

    def test_an_organisation_with_two_matching_competences_is_listed_once(self, directory, competence_tree):
        directory["member"].competences.add(competence_tree["phyto"], competence_tree["soil"])
        assert listing(competence="test-gleby") == ["A Członek", "B Zawieszony"]

    def test_filters_by_town_ignoring_case(self, directory):
        assert listing(city="zabrze") == ["B Zawieszony"]

    def test_filters_by_part_of_the_name(self, directory):
        assert listing(q="zawiesz") == ["B Zawieszony"]

    @pytest.mark.parametrize(
        "filters", [{"type": "xyz"}, {"competence": "nie-ma-takiej"}, {"type": ""}, {"q": "   "}, {"page": "abc"}]
    )
    def test_malformed_filters_are_ignored(self, directory, filters):
        assert listing(**filters) == ["A Członek", "B Zawieszony", "C Były"]

    def test_takes_filters_straight_from_a_query_string(self, directory):
        filters = QueryDict("type=company&type=university&city=Gliwice")  # the last value wins
        assert names(selectors.organisation_list_visible(user=AnonymousUser(), filters=filters)) == ["C Były"]

    def test_cities_for_the_filter_come_from_listed_organisations_only(self, directory):
        OrganisationFactory(city="Tarnowskie Góry", cluster_status=ClusterStatus.APPLICANT)
        assert selectors.directory_cities() == ["Bytom", "Gliwice", "Zabrze"]


class TestGetForUser:
    @pytest.mark.parametrize("status", ["applicant", "rejected"])
    @pytest.mark.parametrize("persona", ["olek", "dawid", "ewa"])
    def test_an_application_is_hidden_from_outsiders(self, ziemia, status, persona, request):
        ziemia.cluster_status = status
        ziemia.save()
        with pytest.raises(Http404):
            selectors.organisation_get_for_user(user=request.getfixturevalue(persona), slug="ziemia-czysta")
        with pytest.raises(Http404):
            selectors.organisation_get_for_user(user=AnonymousUser(), slug="ziemia-czysta")

    @pytest.mark.parametrize("persona", ["bogdan", "celina", "anna"])
    def test_an_application_is_seen_by_its_people_and_the_coordinator(self, ziemia, bogdan, celina, persona, request):
        ziemia.cluster_status = ClusterStatus.APPLICANT
        ziemia.save()
        user = request.getfixturevalue(persona)
        assert selectors.organisation_get_for_user(user=user, slug="ziemia-czysta") == ziemia

    def test_an_unknown_slug_is_404(self, db):
        with pytest.raises(Http404):
            selectors.organisation_get_for_user(user=AnonymousUser(), slug="nie-ma")


class TestPeople:
    @pytest.fixture
    def people(self, ziemia):
        found = {}
        for visibility in ProfileVisibility.values:
            profile = ProfileFactory(visibility=visibility, user__last_name=visibility)
            MembershipFactory(organisation=ziemia, user=profile.user)
            found[visibility] = profile.user
        MembershipFactory(organisation=ziemia, user__last_name="bez-profilu")
        return found

    def visible(self, user, ziemia):
        memberships = selectors.organisation_people_visible(user=user, organisation=ziemia)
        return sorted(m.user.last_name for m in memberships)

    def test_a_visitor_sees_only_public_profiles(self, people, ziemia):
        assert self.visible(AnonymousUser(), ziemia) == ["public"]

    def test_someone_inside_the_cluster_also_sees_members_only_profiles(self, people, ziemia, ewa):
        assert self.visible(ewa, ziemia) == ["members", "public"]

    def test_the_organisations_own_people_see_everyone(self, people, ziemia, celina):
        assert self.visible(celina, ziemia) == ["Członkowska", "bez-profilu", "members", "private", "public"]


def test_member_count_counts_current_members_only(directory, ziemia):
    assert selectors.organisation_member_count() == 2


def test_pending_applications_oldest_first(db):
    later = OrganisationFactory(name="Późniejszy", cluster_status="applicant", applied_at=timezone.now())
    earlier = OrganisationFactory(
        name="Wcześniejszy", cluster_status="applicant", applied_at=timezone.now() - timezone.timedelta(days=2)
    )
    OrganisationFactory(cluster_status="member")
    assert list(selectors.applications_pending()) == [earlier, later]


def test_organisations_for_user_carries_the_persons_role(ziemia, woda, bogdan, celina):
    MembershipFactory(organisation=woda, user=bogdan)  # a representative of a second organisation
    result = {o.slug: o.my_role for o in selectors.organisations_for_user(user=bogdan)}
    assert result == {"ziemia-czysta": "admin", "wody-slaskie": "member"}
    assert list(selectors.organisations_for_user(user=AnonymousUser())) == []


def test_panel_list_filters_by_status_and_ignores_an_unknown_one(directory):
    assert names(selectors.organisation_list_for_panel(status="applicant")) == ["D Kandydat"]
    assert len(selectors.organisation_list_for_panel(status="xyz")) == 5
