from decimal import Decimal
from unittest import mock

import pytest
from django.core.exceptions import ValidationError

from platforma.challenges import services
from platforma.challenges.models import (
    Challenge,
    ChallengeStatus,
    ChallengeStatusChange,
    ChallengeSupport,
    Proposal,
    ProposalStatus,
)
from platforma.challenges.tests.factories import (
    ChallengeFactory,
    ChallengeSupportFactory,
    DraftChallengeFactory,
    ProposalFactory,
)
from platforma.core.models import Visibility
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db(transaction=False)


def create(**overrides):
    values = {
        "title": "Hałda pogórnicza pyli na osiedle",
        "description": "W suche dni pył z hałdy przy ul. Składowej niesie się na osiedle.",
        "city": "Piekary Śląskie",
    }
    values.update(overrides)
    return services.challenge_create(**values)


def test_a_challenge_starts_as_a_draft_with_its_first_status_recorded(bogdan, ziemia):
    competence = CompetenceFactory()

    challenge = create(author=bogdan, organisation=ziemia, competences=[competence])

    assert challenge.status == ChallengeStatus.DRAFT
    assert challenge.published_at is None
    assert list(challenge.competences.all()) == [competence]
    change = challenge.status_changes.get()
    assert (change.from_status, change.to_status, change.changed_by) == ("", ChallengeStatus.DRAFT, bogdan)


def test_publishing_at_once_opens_the_challenge_and_dates_it(bogdan, ziemia):
    challenge = create(
        author=bogdan, organisation=ziemia, publish=True, latitude=Decimal("50.38167"), longitude=Decimal("18.94889")
    )

    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.OPEN
    assert challenge.published_at is not None
    assert challenge.latitude == Decimal("50.38167")


def test_a_restricted_challenge_needs_someone_to_share_it_with(bogdan, ziemia):
    with pytest.raises(ValidationError) as error:
        create(author=bogdan, organisation=ziemia, visibility=Visibility.RESTRICTED, visible_to=[ziemia])

    assert "visible_to" in error.value.message_dict
    assert not Challenge.objects.exists()


def test_only_a_restricted_challenge_keeps_its_list_of_organisations(bogdan, ziemia, woda):
    challenge = create(author=bogdan, organisation=ziemia, visibility=Visibility.PUBLIC, visible_to=[woda])

    assert not challenge.visible_to.exists()


def test_organisations_outside_the_cluster_cannot_report_challenges(bogdan):
    applicant = OrganisationFactory(cluster_status=ClusterStatus.APPLICANT)

    with pytest.raises(ValidationError):
        create(author=bogdan, organisation=applicant)

    assert not Challenge.objects.exists()


def test_update_changes_content_and_can_publish_a_draft(bogdan, ziemia, woda):
    challenge = DraftChallengeFactory(organisation=ziemia)

    services.challenge_update(
        challenge=challenge,
        by=bogdan,
        title="Nowy tytuł",
        description="Nowy opis",
        city="Bytom",
        visibility=Visibility.RESTRICTED,
        visible_to=[woda],
        publish=True,
    )

    challenge.refresh_from_db()
    assert challenge.title == "Nowy tytuł"
    assert challenge.status == ChallengeStatus.OPEN
    assert challenge.published_at is not None
    assert list(challenge.visible_to.all()) == [woda]
    assert challenge.status_changes.get().to_status == ChallengeStatus.OPEN


@pytest.mark.parametrize(
    ("from_status", "to_status"),
    [
        (ChallengeStatus.DRAFT, ChallengeStatus.OPEN),
        (ChallengeStatus.OPEN, ChallengeStatus.IN_PROGRESS),
        (ChallengeStatus.IN_PROGRESS, ChallengeStatus.SOLVED),
        (ChallengeStatus.SOLVED, ChallengeStatus.ARCHIVED),
        (ChallengeStatus.ARCHIVED, ChallengeStatus.OPEN),
    ],
)
def test_allowed_transitions_change_the_status_and_are_recorded(from_status, to_status, celina, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, status=from_status)

    services.challenge_change_status(challenge=challenge, by=celina, to_status=to_status, note="Ruszamy")

    challenge.refresh_from_db()
    assert challenge.status == to_status
    change = ChallengeStatusChange.objects.get(challenge=challenge)
    assert (change.from_status, change.to_status, change.changed_by, change.note) == (
        from_status,
        to_status,
        celina,
        "Ruszamy",
    )


@pytest.mark.parametrize(
    ("from_status", "to_status"),
    [
        (ChallengeStatus.DRAFT, ChallengeStatus.SOLVED),
        (ChallengeStatus.OPEN, ChallengeStatus.DRAFT),
        (ChallengeStatus.ARCHIVED, ChallengeStatus.SOLVED),
        (ChallengeStatus.OPEN, ChallengeStatus.OPEN),
        (ChallengeStatus.OPEN, "xyz"),
    ],
)
def test_invalid_transitions_change_nothing(from_status, to_status, celina, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, status=from_status)

    with pytest.raises(ValidationError, match="Nie można zmienić statusu"):
        services.challenge_change_status(challenge=challenge, by=celina, to_status=to_status)

    challenge.refresh_from_db()
    assert challenge.status == from_status
    assert not ChallengeStatusChange.objects.exists()


def test_opening_a_draft_sets_the_publication_date_once(celina, ziemia):
    challenge = DraftChallengeFactory(organisation=ziemia)

    services.challenge_change_status(challenge=challenge, by=celina, to_status=ChallengeStatus.OPEN)
    first = Challenge.objects.get(pk=challenge.pk).published_at
    services.challenge_change_status(challenge=challenge, by=celina, to_status=ChallengeStatus.ARCHIVED)
    services.challenge_change_status(challenge=challenge, by=celina, to_status=ChallengeStatus.OPEN)

    assert first is not None
    assert Challenge.objects.get(pk=challenge.pk).published_at == first


def test_hiding_needs_a_note_and_tells_the_organisation(
    anna, bogdan, celina, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    challenge = ChallengeFactory(organisation=ziemia)

    with django_capture_on_commit_callbacks(execute=True):
        services.challenge_hide(challenge=challenge, by=anna, note="Treść reklamowa, nie problem środowiskowy.")

    challenge.refresh_from_db()
    assert challenge.is_hidden
    assert challenge.moderation_note == "Treść reklamowa, nie problem środowiskowy."
    assert len(mailoutbox) == 1
    assert set(mailoutbox[0].to) == {bogdan.email, celina.email}
    assert "Treść reklamowa" in mailoutbox[0].body


def test_hiding_without_a_note_changes_nothing(anna, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    with pytest.raises(ValidationError):
        services.challenge_hide(challenge=challenge, by=anna, note="   ")

    challenge.refresh_from_db()
    assert not challenge.is_hidden


def test_unhide_and_archive(anna, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, is_hidden=True, moderation_note="x")

    services.challenge_unhide(challenge=challenge, by=anna)
    services.challenge_archive(challenge=challenge, by=anna)

    challenge.refresh_from_db()
    assert not challenge.is_hidden
    assert challenge.status == ChallengeStatus.ARCHIVED
    assert challenge.status_changes.get().changed_by == anna


def test_support_is_recorded_and_the_reporter_is_told(
    ewa, woda, bogdan, celina, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    challenge = ChallengeFactory(organisation=ziemia)

    with django_capture_on_commit_callbacks(execute=True):
        support = services.support_add(challenge=challenge, organisation=woda, user=ewa, note="  U nas też pyli.  ")

    assert support.note == "U nas też pyli."
    assert len(mailoutbox) == 1
    assert set(mailoutbox[0].to) == {bogdan.email, celina.email}
    assert woda.name in mailoutbox[0].subject
    assert "U nas też pyli." in mailoutbox[0].body


def test_one_support_per_organisation(ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    ChallengeSupportFactory(challenge=challenge, organisation=woda)

    with pytest.raises(ValidationError, match="już zgłosiła"):
        services.support_add(challenge=challenge, organisation=woda, user=ewa)

    assert ChallengeSupport.objects.count() == 1


def test_a_lost_race_for_the_same_support_becomes_a_validation_error(ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    ChallengeSupportFactory(challenge=challenge, organisation=woda)

    # Both requests passed validation; the database constraint decides.
    with mock.patch.object(ChallengeSupport, "full_clean"), pytest.raises(ValidationError, match="już zgłosiła"):
        services.support_add(challenge=challenge, organisation=woda, user=ewa)

    assert ChallengeSupport.objects.count() == 1


def test_the_reporter_cannot_support_its_own_challenge(bogdan, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    with pytest.raises(ValidationError):
        services.support_add(challenge=challenge, organisation=ziemia, user=bogdan)

    assert not ChallengeSupport.objects.exists()


@pytest.mark.parametrize("factory_kwargs", [{"status": ChallengeStatus.ARCHIVED}, {"is_hidden": True}])
def test_archived_or_hidden_challenges_take_no_supports(factory_kwargs, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, **factory_kwargs)

    with pytest.raises(ValidationError):
        services.support_add(challenge=challenge, organisation=woda, user=ewa)

    assert not ChallengeSupport.objects.exists()


def test_support_can_be_withdrawn(ewa, woda, ziemia):
    support = ChallengeSupportFactory(challenge=ChallengeFactory(organisation=ziemia), organisation=woda)

    services.support_withdraw(support=support, by=ewa)

    assert not ChallengeSupport.objects.exists()


def test_a_specialist_proposes_and_the_reporter_is_told(
    dawid, bogdan, celina, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    challenge = ChallengeFactory(organisation=ziemia)

    with django_capture_on_commit_callbacks(execute=True):
        proposal = services.proposal_create(
            challenge=challenge, author=dawid, title="Fitostabilizacja", description="Kostrzewa i wapno."
        )

    assert proposal.organisation is None
    assert proposal.status == ProposalStatus.SUBMITTED
    assert len(mailoutbox) == 1
    assert set(mailoutbox[0].to) == {bogdan.email, celina.email}
    assert "Fitostabilizacja" in mailoutbox[0].body


@pytest.mark.parametrize(
    "factory_kwargs",
    [{"status": ChallengeStatus.SOLVED}, {"status": ChallengeStatus.DRAFT, "published_at": None}, {"is_hidden": True}],
)
def test_proposals_only_for_active_published_challenges(factory_kwargs, dawid, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, **factory_kwargs)

    with pytest.raises(ValidationError):
        services.proposal_create(challenge=challenge, author=dawid, title="T", description="D")

    assert not Proposal.objects.exists()


def test_the_reporter_does_not_propose_to_itself(bogdan, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    with pytest.raises(ValidationError):
        services.proposal_create(challenge=challenge, author=bogdan, organisation=ziemia, title="T", description="D")

    assert not Proposal.objects.exists()


@pytest.mark.parametrize("decision", [ProposalStatus.ACCEPTED, ProposalStatus.DECLINED])
def test_the_owner_decides_and_the_author_is_told(
    decision, bogdan, dawid, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia), author=dawid)

    with django_capture_on_commit_callbacks(execute=True):
        services.proposal_decide(proposal=proposal, by=bogdan, status=decision)

    proposal.refresh_from_db()
    assert proposal.status == decision
    assert [message.to for message in mailoutbox] == [[dawid.email]]


def test_a_decided_proposal_cannot_be_decided_again_or_withdrawn(bogdan, dawid, ziemia):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia), status=ProposalStatus.ACCEPTED)

    with pytest.raises(ValidationError):
        services.proposal_decide(proposal=proposal, by=bogdan, status=ProposalStatus.DECLINED)
    with pytest.raises(ValidationError):
        services.proposal_withdraw(proposal=proposal, by=dawid)

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED


def test_a_decision_is_accept_or_decline_only(bogdan, ziemia):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia))

    with pytest.raises(ValidationError):
        services.proposal_decide(proposal=proposal, by=bogdan, status=ProposalStatus.WITHDRAWN)

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED


def test_the_author_withdraws_a_proposal(dawid, ziemia):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia), author=dawid)

    services.proposal_withdraw(proposal=proposal, by=dawid)

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.WITHDRAWN
