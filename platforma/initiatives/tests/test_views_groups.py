"""Working groups: list, founding, from a challenge in one step, joining, following, discussion (HTMX)."""

import pytest
from django.urls import reverse

from platforma.challenges.tests.factories import ChallengeFactory, ChallengeSupportFactory
from platforma.core.models import Visibility
from platforma.initiatives.models import GroupMember, GroupPost, WorkingGroup
from platforma.initiatives.tests.factories import (
    GroupMemberFactory,
    GroupPostFactory,
    InitiativeFactory,
    WorkingGroupFactory,
)

pytestmark = pytest.mark.django_db

LIST = reverse("groups:list")
HTMX = {"HX-Request": "true", "HX-Target": "discussion"}


def test_visitors_see_public_groups_only(client):
    WorkingGroupFactory(name="Otwarta grupa", visibility=Visibility.PUBLIC)
    WorkingGroupFactory(name="Grupa członków", visibility=Visibility.MEMBERS)

    response = client.get(LIST)

    assert [group.name for group in response.context["groups"]] == ["Otwarta grupa"]
    assert "Załóż grupę" not in response.content.decode()


@pytest.mark.parametrize("params", [{"page": "x"}, {"competence": "nie-ma-takiej"}, {"scope": "cudze"}])
def test_malformed_filters_give_a_normal_page(params, client, db):
    assert client.get(LIST, params).status_code == 200


def test_the_results_fragment_for_htmx(client):
    WorkingGroupFactory(name="Fragment grup", visibility=Visibility.PUBLIC)

    page = client.get(LIST, headers={"HX-Request": "true", "HX-Target": "results"}).content.decode()

    assert page.lstrip().startswith('<section id="results"') and "Fragment grup" in page


def test_a_member_founds_a_group_and_moderates_it(client_for, celina):
    response = client_for(celina).post(
        reverse("groups:create"),
        {"name": "Hałdy pogórnicze", "description": "Wymiana doświadczeń.", "visibility": "members"},
    )

    group = WorkingGroup.objects.get()
    assert response.status_code == 302 and response.url == group.get_absolute_url()
    assert group.members.get().user == celina


def test_a_specialist_without_an_organisation_cannot_found_one(client_for, dawid):
    assert client_for(dawid).post(reverse("groups:create"), {"name": "X", "description": "Y"}).status_code == 403
    assert not WorkingGroup.objects.exists()


def test_we_face_it_too_becomes_a_group_in_one_step(client_for, ewa, ziemia, woda, inna):
    challenge = ChallengeFactory(organisation=ziemia, title="Woda w piwnicach")
    ChallengeSupportFactory(challenge=challenge, organisation=woda)
    ChallengeSupportFactory(challenge=challenge, organisation=inna)
    url = reverse("groups:from_challenge", args=[challenge.pk])
    client = client_for(ewa)

    page = client.get(url).content.decode()
    assert inna.name in page and ziemia.name in page and "Grupa: Woda w piwnicach" in page

    response = client.post(url, {"name": "Wody kopalniane", "description": "Razem.", "visibility": "members"})

    group = WorkingGroup.objects.get()
    assert response.status_code == 302
    assert set(group.members.exclude(organisation=None).values_list("organisation", flat=True)) == {
        ziemia.pk,
        woda.pk,
        inna.pk,
    }


def test_someone_unrelated_to_the_challenge_cannot_group_it(client_for, celina, woda, inna):
    challenge = ChallengeFactory(organisation=inna)
    ChallengeSupportFactory(challenge=challenge, organisation=woda)

    assert (
        client_for(celina)
        .post(reverse("groups:from_challenge", args=[challenge.pk]), {"name": "X", "description": "Y"})
        .status_code
        == 403
    )
    assert not WorkingGroup.objects.exists()


def test_joining_as_a_person_and_for_an_organisation(client_for, bogdan, ziemia):
    group = WorkingGroupFactory()
    client = client_for(bogdan)

    client.post(reverse("groups:join", args=[group.pk]), {"join_as": "osoba"})
    client.post(reverse("groups:join", args=[group.pk]), {"join_as": str(ziemia.pk)})

    assert set(group.members.values_list("user", "organisation")) == {(bogdan.pk, None), (None, ziemia.pk)}


def test_joining_for_someone_elses_organisation_is_refused(client_for, bogdan, woda):
    group = WorkingGroupFactory()

    assert (
        client_for(bogdan).post(reverse("groups:join", args=[group.pk]), {"join_as": str(woda.pk)}).status_code == 403
    )
    assert not GroupMember.objects.exists()


def test_a_moderator_names_another_moderator_and_a_member_may_not(client_for, celina, dawid, ewa):
    group = WorkingGroupFactory(visibility=Visibility.PUBLIC)
    GroupMemberFactory(group=group, user=celina, role="moderator")
    member = GroupMemberFactory(group=group, user=dawid)
    url = reverse("groups:moderator", args=[group.pk, member.pk])

    assert client_for(dawid).post(url).status_code == 403
    member.refresh_from_db()
    assert member.role == "member"

    client_for(celina).post(url)
    member.refresh_from_db()
    assert member.role == "moderator"


def test_a_member_leaves(client_for, celina):
    group = WorkingGroupFactory(visibility=Visibility.PUBLIC)
    member = GroupMemberFactory(group=group, user=celina)

    client_for(celina).post(reverse("groups:leave", args=[group.pk, member.pk]))

    assert not GroupMember.objects.exists()


def test_members_post_to_the_discussion_with_htmx(client_for, ewa, woda):
    group = WorkingGroupFactory()
    GroupMemberFactory(group=group, organisation=woda)

    response = client_for(ewa).post(
        reverse("groups:post", args=[group.pk]), {"body": "Pompy pracują całą dobę."}, headers=HTMX
    )

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="discussion"') and "<html" not in page
    assert 'role="status"' in page and "Pompy pracują całą dobę." in page
    assert GroupPost.objects.get().author == ewa


def test_an_empty_post_is_explained_without_javascript_too(client_for, ewa, woda):
    group = WorkingGroupFactory()
    GroupMemberFactory(group=group, organisation=woda)

    response = client_for(ewa).post(reverse("groups:post", args=[group.pk]), {"body": ""})

    assert response.status_code == 200 and "To pole jest wymagane" in response.content.decode()
    assert not GroupPost.objects.exists()


def test_non_members_cannot_post(client_for, celina):
    group = WorkingGroupFactory()
    GroupPostFactory(group=group)

    assert client_for(celina).post(reverse("groups:post", args=[group.pk]), {"body": "Hej"}).status_code == 403
    assert GroupPost.objects.count() == 1


def test_moderators_follow_only_what_they_see_and_others_see_only_what_they_may(
    client_for, celina, ziemia, inna, client
):
    group = WorkingGroupFactory(visibility=Visibility.PUBLIC)
    GroupMemberFactory(group=group, user=celina, role="moderator")
    visible = ChallengeFactory(organisation=inna, title="Wyzwanie jawne")
    secret = ChallengeFactory(organisation=inna, visibility=Visibility.RESTRICTED, title="Wyzwanie tajne")
    members_only = InitiativeFactory(
        lead_organisation=ziemia, name="Przedsięwzięcie członków", visibility=Visibility.MEMBERS
    )
    moderator = client_for(celina)

    moderator.post(reverse("groups:follow", args=[group.pk]), {"challenge": visible.pk, "action": "follow"})
    moderator.post(reverse("groups:follow", args=[group.pk]), {"challenge": secret.pk, "action": "follow"})
    moderator.post(reverse("groups:follow", args=[group.pk]), {"initiative": members_only.pk, "action": "follow"})

    assert list(group.followed_challenges.all()) == [visible]
    assert list(group.followed_initiatives.all()) == [members_only]
    client.logout()
    page = client.get(group.get_absolute_url()).content.decode()
    assert "Wyzwanie jawne" in page and "Przedsięwzięcie członków" not in page


def test_a_members_only_group_is_not_found_for_visitors(client):
    group = WorkingGroupFactory(visibility=Visibility.MEMBERS)

    assert client.get(group.get_absolute_url()).status_code == 404
