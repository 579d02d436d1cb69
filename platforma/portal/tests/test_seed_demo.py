"""`manage.py seed_demo`: the demo cluster loads once, whole, consistent, and its people can log in at once.

The competence tree is in the test database already: the taxonomy data migration loads it.
"""

import io
from datetime import timedelta
from itertools import pairwise

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from platforma.accounts.models import Profile, User
from platforma.challenges.models import (
    Challenge,
    ChallengeStatus,
    ChallengeStatusChange,
    ChallengeSupport,
    Proposal,
    ProposalStatus,
)
from platforma.contact.models import Enquiry, EnquiryAnswer, EnquiryStatus
from platforma.core.models import Visibility
from platforma.organisations.models import (
    ClusterStatus,
    MembershipStatusChange,
    Organisation,
    OrganisationMembership,
    OrganisationType,
)
from platforma.portal.management.demo_cluster import DEMO_PASSWORD
from platforma.taxonomy.models import Competence

pytestmark = pytest.mark.django_db

COORDINATOR_EMAIL = "anna.wrobel@ekopark.example"
MODELS = [
    User,
    EmailAddress,
    Profile,
    Organisation,
    OrganisationMembership,
    MembershipStatusChange,
    Challenge,
    ChallengeStatusChange,
    ChallengeSupport,
    Proposal,
    Enquiry,
    EnquiryAnswer,
]


def seed(*args: str) -> str:
    """The cluster alone: each app's own tests check its demo content (the full load is tested once, below)."""
    out = io.StringIO()
    call_command("seed_demo", "--cluster-only", *args, stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    return {model.__name__: model._default_manager.count() for model in MODELS}


def test_seed_demo_loads_a_cluster_with_organisations_of_every_type():
    output = seed()

    assert Organisation.objects.count() >= 30
    types = set(Organisation.objects.values_list("type", flat=True))
    assert types == set(OrganisationType.values)
    assert Profile.objects.exclude(job_title="").count() >= 20
    assert Challenge.objects.count() >= 25
    assert ChallengeSupport.objects.exists()
    assert Proposal.objects.exists()
    assert "Wczytano dane demonstracyjne" in output


def test_ekopark_is_a_member_of_the_cluster():
    seed()

    ekopark = Organisation.objects.get(slug="ekopark")
    assert ekopark.cluster_status == ClusterStatus.MEMBER
    assert ekopark.member_since is not None
    assert ekopark.member_since.year == 2012
    assert ekopark.competences.exists()
    assert ekopark.offers.startswith("- ")


def test_the_coordinator_can_log_in_with_the_demo_password(client):
    seed()

    coordinator = User.objects.get(email=COORDINATOR_EMAIL)
    assert coordinator.is_coordinator
    assert coordinator.is_staff
    assert coordinator.groups.filter(name="Koordynatorzy").exists()
    assert client.login(email=COORDINATOR_EMAIL, password=DEMO_PASSWORD)


def test_demo_people_pass_the_real_login_form_without_confirming_their_address(client):
    seed()

    response = client.post(
        reverse("account_login"), {"login": "sabina.dyrda@gmina-bytom.example", "password": DEMO_PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("portal:home")
    assert EmailAddress.objects.filter(verified=True, primary=True).count() == User.objects.count()


def test_a_second_run_changes_nothing_and_says_so():
    seed()
    before = row_counts()
    last_change = Challenge.objects.order_by("-updated_at").values_list("updated_at", flat=True).first()

    output = seed()

    assert "Dane demonstracyjne są już wczytane." in output
    assert row_counts() == before
    assert Challenge.objects.order_by("-updated_at").values_list("updated_at", flat=True).first() == last_change


def test_list_prints_the_logins_and_loads_nothing():
    output = seed("--list")

    assert COORDINATOR_EMAIL in output
    assert DEMO_PASSWORD in output
    assert "sabina.dyrda@gmina-bytom.example" in output
    assert "nie są jeszcze wczytane" in output
    assert Organisation.objects.count() == 0
    assert User.objects.count() == 0


def test_the_load_prints_a_summary_and_the_logins():
    output = seed()

    assert "wyzwania: " in output
    assert COORDINATOR_EMAIL in output
    assert "Specjaliści bez organizacji" in output


def test_without_the_competence_tree_the_command_fails_loudly_and_writes_nothing():
    Competence.objects.filter(slug="fitostabilizacja").update(slug="gdzie-indziej")

    with pytest.raises(CommandError, match=r"manage\.py migrate"):
        seed()

    assert row_counts() == dict.fromkeys(row_counts(), 0)


def test_an_address_already_taken_stops_the_load_before_anything_is_written():
    User.objects.create_user(email=COORDINATOR_EMAIL, password="inne-haslo-123")

    with pytest.raises(CommandError, match=COORDINATOR_EMAIL):
        seed()

    assert Organisation.objects.count() == 0
    assert User.objects.count() == 1


def test_every_challenge_history_ends_in_its_current_status():
    seed()

    for challenge in Challenge.objects.prefetch_related("status_changes"):
        steps = list(challenge.status_changes.all())
        assert steps[0].from_status == ""
        assert steps[-1].to_status == challenge.status
        for earlier, later in pairwise(steps):
            assert later.from_status == earlier.to_status
            assert later.changed_at >= earlier.changed_at


def test_published_challenges_are_spread_over_the_last_eighteen_months():
    seed()
    now = timezone.now()

    drafts = Challenge.objects.filter(status=ChallengeStatus.DRAFT)
    published = Challenge.objects.exclude(status=ChallengeStatus.DRAFT)
    assert drafts.exists()
    assert not drafts.filter(published_at__isnull=False).exists()
    assert not published.filter(published_at__isnull=True).exists()
    dates = sorted(published.values_list("published_at", flat=True))
    assert now - timedelta(days=600) < dates[0] < now - timedelta(days=365)
    assert now - timedelta(days=30) < dates[-1] < now


def test_challenges_in_progress_have_an_accepted_proposal_when_they_have_any():
    seed()

    for challenge in Challenge.objects.filter(status=ChallengeStatus.IN_PROGRESS).prefetch_related("proposals"):
        statuses = [proposal.status for proposal in challenge.proposals.all()]
        if statuses:
            assert ProposalStatus.ACCEPTED in statuses
    open_proposals = Proposal.objects.filter(challenge__status=ChallengeStatus.OPEN)
    assert set(open_proposals.values_list("status", flat=True)) == {ProposalStatus.SUBMITTED}


def test_supports_are_signed_by_a_person_of_the_supporting_organisation():
    seed()

    for support in ChallengeSupport.objects.exclude(user=None):
        assert OrganisationMembership.objects.filter(user=support.user, organisation=support.organisation).exists()
    assert not ChallengeSupport.objects.filter(organisation=F("challenge__organisation")).exists()


def test_restricted_challenges_name_who_may_see_them():
    seed()

    restricted = Challenge.objects.filter(visibility=Visibility.RESTRICTED)
    assert restricted.exists()
    for challenge in restricted:
        assert challenge.visible_to.exists()
    assert not Challenge.visible_to.through.objects.exclude(challenge__visibility=Visibility.RESTRICTED).exists()


def test_applicants_wait_for_the_coordinators_decision():
    seed()

    applicants = Organisation.objects.filter(cluster_status=ClusterStatus.APPLICANT)
    assert applicants.exists()
    for organisation in applicants:
        assert organisation.member_since is None
        assert organisation.applied_at > timezone.now() - timedelta(days=60)
        assert organisation.status_changes.get().to_status == ClusterStatus.APPLICANT


def test_the_coordinators_inbox_has_new_and_answered_enquiries_that_mail_nobody():
    seed()

    assert 3 <= Enquiry.objects.count() <= 5
    assert set(Enquiry.objects.values_list("status", flat=True)) == {EnquiryStatus.NEW, EnquiryStatus.ANSWERED}
    assert not Enquiry.objects.awaiting_notification().exists()
    assert not EnquiryAnswer.objects.unsent().exists()
    for enquiry in Enquiry.objects.filter(status=EnquiryStatus.ANSWERED):
        assert enquiry.answers.exists()


def test_the_demo_does_not_create_the_coordinators_group_twice():
    seed()
    seed()

    assert Group.objects.filter(name="Koordynatorzy").count() == 1


def test_seed_demo_also_fills_every_app_with_demo_content(db):
    from platforma.initiatives.models import Initiative
    from platforma.knowledge.models import Article
    from platforma.opencalls.models import OpenCall
    from platforma.resources.models import Resource
    from platforma.talent.models import Offer

    call_command("seed_demo", stdout=io.StringIO())

    assert Resource.objects.count() >= 8
    assert Offer.objects.count() >= 15
    assert Article.objects.count() >= 20
    assert Initiative.objects.count() >= 4
    assert OpenCall.objects.exists()
