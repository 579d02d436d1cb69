"""The domain services call notify() explicitly: who hears of what, never the actor, never someone who may
not see the object (a restricted challenge stays with the organisations it is shared with).

Outside `platforma/community` because these tests need the domain apps, which community may not import.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from platforma.challenges import services as challenge_services
from platforma.challenges.models import ChallengeStatus, ProposalStatus
from platforma.challenges.tests.factories import ChallengeFactory, DraftChallengeFactory, ProposalFactory
from platforma.community.notifications.models import Activity, Notification
from platforma.community.notifications.selectors_activity import activity_list_visible
from platforma.community.notifications.services import follow_create
from platforma.core.models import Visibility
from platforma.initiatives import services as initiative_services
from platforma.initiatives.models import InitiativeStatus, Participant
from platforma.initiatives.tests.factories import InitiativeFactory
from platforma.knowledge import services as knowledge_services
from platforma.knowledge.models import ArticleStatus
from platforma.knowledge.tests.factories import ArticleFactory
from platforma.opencalls import services as call_services
from platforma.opencalls.models import Eligibility
from platforma.opencalls.tests.factories import CallProposalFactory, ClosedCallFactory
from platforma.organisations import services as organisation_services
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db

MEMBER_ACCEPTED = "organisations.member_accepted"


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Runs a service and what it left for after the commit (the fan-out of notifications)."""

    def call(function, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(**kwargs)

    return call


def told(verb):
    return set(Notification.objects.filter(activity__verb=verb).values_list("recipient__email", flat=True))


def emails(*users):
    return {user.email for user in users}


# --- challenges ---------------------------------------------------------------------------------------


def test_published_challenge_reaches_followers_of_its_organisation_and_competences(
    run, bogdan, celina, dawid, olek, ziemia
):
    soil = CompetenceFactory()
    follow_create(user=dawid, target=soil)
    follow_create(user=olek, target=ziemia)
    follow_create(user=celina, target=soil)

    challenge = run(
        challenge_services.challenge_create,
        author=celina,
        organisation=ziemia,
        title="Hałda w Bytomiu pyli",
        description="Opis",
        city="Bytom",
        competences=[soil],
        publish=True,
    )

    assert told("challenges.challenge_published") == emails(dawid, olek)
    activity = Activity.objects.get(verb="challenges.challenge_published")
    assert activity.organisation == ziemia
    assert activity.target == challenge


def test_restricted_challenge_reaches_only_followers_it_is_shared_with(run, bogdan, ewa, olek, woda, ziemia):
    soil = CompetenceFactory()
    follow_create(user=ewa, target=soil)
    follow_create(user=olek, target=soil)

    run(
        challenge_services.challenge_create,
        author=bogdan,
        organisation=ziemia,
        title="Poufne: wyciek z osadnika",
        description="Opis",
        city="Bytom",
        competences=[soil],
        visibility=Visibility.RESTRICTED,
        visible_to=[woda],
        publish=True,
    )

    assert told("challenges.challenge_published") == emails(ewa)
    assert activity_list_visible(user=olek) == []
    assert len(activity_list_visible(user=ewa)) == 1


def test_draft_is_announced_once_when_first_published(run, bogdan, dawid, ziemia):
    follow_create(user=dawid, target=ziemia)
    challenge = DraftChallengeFactory(organisation=ziemia, author=bogdan)

    run(challenge_services.challenge_change_status, challenge=challenge, by=bogdan, to_status=ChallengeStatus.OPEN)
    run(challenge_services.challenge_change_status, challenge=challenge, by=bogdan, to_status=ChallengeStatus.ARCHIVED)
    run(challenge_services.challenge_change_status, challenge=challenge, by=bogdan, to_status=ChallengeStatus.OPEN)

    assert Activity.objects.filter(verb="challenges.challenge_published").count() == 1
    assert told("challenges.challenge_published") == emails(dawid)


def test_we_face_it_too_reaches_the_reporting_organisation_but_not_the_actor(run, bogdan, celina, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    run(challenge_services.support_add, challenge=challenge, organisation=woda, user=ewa, note="U nas też.")

    assert told("challenges.support_added") == emails(bogdan, celina)
    assert Activity.objects.get(verb="challenges.support_added").organisation == woda


def test_proposal_reaches_the_owners_and_not_its_author(run, bogdan, celina, dawid, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    run(challenge_services.proposal_create, challenge=challenge, author=dawid, title="Trawy", description="Opis")

    assert told("challenges.proposal_received") == emails(bogdan, celina)


def test_proposal_on_a_restricted_challenge_stays_out_of_an_outsiders_stream(run, bogdan, olek, woda, ewa, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, visibility=Visibility.RESTRICTED, visible_to=[woda])

    run(challenge_services.proposal_create, challenge=challenge, author=ewa, title="Osadnik", description="Opis")

    assert told("challenges.proposal_received") == emails(bogdan)
    assert activity_list_visible(user=olek) == []


def test_decision_reaches_the_proposer_and_an_accepted_one_enters_the_stream(run, bogdan, dawid, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    accepted = ProposalFactory(challenge=challenge, author=dawid)
    declined = ProposalFactory(challenge=challenge, author=ewa, organisation=woda)

    run(challenge_services.proposal_decide, proposal=accepted, by=bogdan, status=ProposalStatus.ACCEPTED)
    run(challenge_services.proposal_decide, proposal=declined, by=bogdan, status=ProposalStatus.DECLINED)

    assert told("challenges.proposal_decided") == emails(dawid, ewa)
    assert [row.target for row in activity_list_visible(user=dawid)] == [accepted]


# --- initiatives --------------------------------------------------------------------------------------


def test_invitation_reaches_the_invited_admins_only_and_stays_out_of_the_stream(
    run, bogdan, celina, ewa, olek, woda, ziemia
):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.FORMING)
    follow_create(user=olek, target=initiative)

    run(initiative_services.participant_invite_organisation, initiative=initiative, by=bogdan, organisation=woda)

    assert told("initiatives.partner_invited") == emails(ewa)
    assert activity_list_visible(user=ewa) == []


def test_accepted_invitation_reaches_the_lead_and_enters_the_stream(run, bogdan, celina, ewa, woda, ziemia):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.FORMING)
    participant = run(
        initiative_services.participant_invite_organisation, initiative=initiative, by=bogdan, organisation=woda
    )

    run(
        initiative_services.participant_respond,
        participant=Participant.objects.get(pk=participant.pk),
        by=ewa,
        accept=True,
    )

    assert told("initiatives.invitation_accepted") == emails(bogdan, celina)
    rows = activity_list_visible(user=celina, organisation=woda)
    assert [row.text for row in rows] == [f"Organizacja {woda.name} dołączyła do przedsięwzięcia: {initiative.name}"]


def test_completed_initiative_reaches_its_followers(run, bogdan, dawid, olek, ziemia):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.ACTIVE)
    follow_create(user=dawid, target=initiative)
    follow_create(user=bogdan, target=initiative)

    run(initiative_services.initiative_complete, initiative=initiative, by=bogdan, achieved="Hałda zazieleniona.")

    assert told("initiatives.initiative_completed") == emails(dawid)


def test_completed_members_only_initiative_does_not_reach_an_outsider_who_followed_its_lead(
    run, bogdan, ewa, olek, ziemia
):
    initiative = InitiativeFactory(
        lead_organisation=ziemia, status=InitiativeStatus.ACTIVE, visibility=Visibility.MEMBERS
    )
    follow_create(user=olek, target=ziemia)
    follow_create(user=ewa, target=ziemia)

    run(initiative_services.initiative_complete, initiative=initiative, by=bogdan, achieved="Gotowe.")

    assert told("initiatives.initiative_completed") == emails(ewa)


# --- open calls ---------------------------------------------------------------------------------------


def test_new_call_reaches_followers_of_the_challenge_competences(run, bogdan, dawid, ziemia):
    soil = CompetenceFactory()
    follow_create(user=dawid, target=soil)
    challenge = ChallengeFactory(organisation=ziemia, competences=[soil])

    run(
        call_services.call_create,
        created_by=bogdan,
        challenge=challenge,
        owner_organisation=ziemia,
        title="Nabór: stabilizacja skarpy",
        summary="Szukamy metody.",
        deadline=timezone.now() + timedelta(days=20),
        eligibility=Eligibility.EVERYONE,
        terms="Oświadczenie.",
        criteria=[("Skuteczność", 2)],
    )

    assert told("opencalls.call_published") == emails(dawid)


def test_members_only_call_does_not_reach_an_outsider(run, bogdan, ewa, olek, ziemia):
    soil = CompetenceFactory()
    follow_create(user=olek, target=soil)
    follow_create(user=ewa, target=soil)
    challenge = ChallengeFactory(organisation=ziemia, competences=[soil])

    run(
        call_services.call_create,
        created_by=bogdan,
        challenge=challenge,
        owner_organisation=ziemia,
        title="Nabór dla członków",
        summary="Szukamy metody.",
        deadline=timezone.now() + timedelta(days=20),
        eligibility=Eligibility.MEMBERS,
        terms="Oświadczenie.",
        criteria=[("Skuteczność", 2)],
    )

    assert told("opencalls.call_published") == emails(ewa)


def test_decision_reaches_the_applicants_but_not_whoever_withdrew(run, bogdan, dawid, ewa, olek, ziemia):
    call = ClosedCallFactory(challenge=ChallengeFactory(organisation=ziemia), owner_organisation=ziemia)
    CallProposalFactory(call=call, author=dawid)
    CallProposalFactory(call=call, author=ewa)
    CallProposalFactory(call=call, author=olek, status="withdrawn")

    run(call_services.call_decide, call=call, by=bogdan, winner=None, note="Żadna propozycja nie spełnia warunków.")

    assert told("opencalls.call_decided") == emails(dawid, ewa)


# --- knowledge and organisations ----------------------------------------------------------------------


def test_published_article_reaches_followers_of_its_competences_and_organisations(
    run, anna, bogdan, dawid, ewa, ziemia
):
    soil = CompetenceFactory()
    follow_create(user=dawid, target=soil)
    follow_create(user=ewa, target=ziemia)
    article = ArticleFactory(
        status=ArticleStatus.IN_REVIEW, published_at=None, authors=[bogdan], organisations=[ziemia], competences=[soil]
    )

    run(knowledge_services.article_approve, article=article, by=anna)

    assert told("knowledge.article_published") == emails(dawid, ewa)
    assert Activity.objects.get(verb="knowledge.article_published").organisation == ziemia


def test_members_only_article_does_not_reach_an_outsider(run, anna, bogdan, olek):
    soil = CompetenceFactory()
    follow_create(user=olek, target=soil)
    article = ArticleFactory(
        status=ArticleStatus.IN_REVIEW,
        published_at=None,
        authors=[bogdan],
        competences=[soil],
        visibility=Visibility.MEMBERS,
    )

    run(knowledge_services.article_approve, article=article, by=anna)

    assert told("knowledge.article_published") == set()


def test_new_member_enters_the_stream_when_the_coordinator_accepts_it(run, anna, olek):
    applicant = OrganisationFactory(cluster_status=ClusterStatus.APPLICANT, member_since=None, name="Nowa Zieleń")

    run(organisation_services.membership_approve, organisation=applicant, by=anna)

    activity = Activity.objects.get(verb=MEMBER_ACCEPTED)
    assert activity.in_stream
    assert [row.text for row in activity_list_visible(user=olek)] == ["Organizacja Nowa Zieleń dołączyła do klastra"]


def test_rejected_application_is_not_announced(run, anna):
    applicant = OrganisationFactory(cluster_status=ClusterStatus.APPLICANT, member_since=None)

    run(organisation_services.membership_reject, organisation=applicant, by=anna, reason="Brak związku z klastrem.")

    assert not Activity.objects.filter(verb=MEMBER_ACCEPTED).exists()
