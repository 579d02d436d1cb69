"""Working groups: founding, from "we face it too" in one step, joining, leaving, discussion."""

import pytest
from django.core.exceptions import ValidationError

from platforma.challenges.tests.factories import ChallengeFactory, ChallengeSupportFactory
from platforma.initiatives import services
from platforma.initiatives.models import GroupMember, GroupMemberRole, WorkingGroup
from platforma.initiatives.tests.factories import GroupMemberFactory, WorkingGroupFactory
from platforma.taxonomy.tests.factories import CompetenceFactory


def test_the_founder_moderates_the_new_group(celina):
    group = services.group_create(by=celina, name="Hałdy", description="O hałdach.")

    member = group.members.get()
    assert (member.user, member.role) == (celina, GroupMemberRole.MODERATOR)


def test_organisations_that_face_the_same_problem_become_a_group_in_one_step(
    ewa, bogdan, ziemia, woda, inna, mailoutbox, django_capture_on_commit_callbacks
):
    competence = CompetenceFactory()
    challenge = ChallengeFactory(organisation=ziemia, title="Woda kopalniana w piwnicach", competences=[competence])
    ChallengeSupportFactory(challenge=challenge, organisation=woda)
    ChallengeSupportFactory(challenge=challenge, organisation=inna)

    with django_capture_on_commit_callbacks(execute=True):
        group = services.group_create_from_challenge(
            challenge=challenge, by=ewa, name="Wody kopalniane", description="Razem taniej."
        )

    organisations = set(group.members.exclude(organisation=None).values_list("organisation__slug", flat=True))
    assert organisations == {ziemia.slug, woda.slug, inna.slug}
    assert group.members.get(user=ewa).role == GroupMemberRole.MODERATOR
    assert list(group.followed_challenges.all()) == [challenge]
    assert (group.source_challenge, group.competence, group.problem_kind) == (challenge, competence, challenge.title)
    recipients = {address for message in mailoutbox for address in message.to}
    assert bogdan.email in recipients and ewa.email not in recipients


def test_without_supports_there_is_nobody_to_group(bogdan, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    with pytest.raises(ValidationError, match="Nikt jeszcze"):
        services.group_create_from_challenge(challenge=challenge, by=bogdan, name="G", description="D")
    assert not WorkingGroup.objects.exists()


def test_joining_twice_is_refused_politely(celina, ziemia):
    group = WorkingGroupFactory()
    services.group_join(group=group, by=celina)
    services.group_join(group=group, by=celina, organisation=ziemia)

    with pytest.raises(ValidationError, match="Już jesteś"):
        services.group_join(group=group, by=celina)
    with pytest.raises(ValidationError, match="już jest w grupie"):
        services.group_join(group=group, by=celina, organisation=ziemia)
    assert group.members.count() == 2


def test_the_last_moderator_hands_the_role_on_before_leaving(celina, dawid):
    group = WorkingGroupFactory()
    moderator = GroupMemberFactory(group=group, user=celina, role=GroupMemberRole.MODERATOR)
    other = GroupMemberFactory(group=group, user=dawid)

    with pytest.raises(ValidationError, match="jedynym moderatorem"):
        services.group_leave(member=moderator, by=celina)

    services.group_set_moderator(member=other, by=celina, moderator=True)
    services.group_leave(member=moderator, by=celina)
    assert not GroupMember.objects.filter(user=celina).exists()


def test_posts_are_trimmed_and_empty_ones_refused(celina):
    group = WorkingGroupFactory()

    post = services.group_post_create(group=group, by=celina, body="  Pompy pracują.  ")
    assert post.body == "Pompy pracują."
    with pytest.raises(ValidationError):
        services.group_post_create(group=group, by=celina, body="   ")
