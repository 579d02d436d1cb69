"""Initiatives: creation (also as an open call's pilot), status changes, completion, partners."""

import pytest
from django.core.exceptions import ValidationError

from platforma.accounts.tests.factories import UserFactory
from platforma.challenges.models import ChallengeStatus
from platforma.challenges.tests.factories import ChallengeFactory
from platforma.core.models import Visibility
from platforma.initiatives import services
from platforma.initiatives.models import (
    Initiative,
    InitiativeStatus,
    Outcome,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    PledgeStatus,
    TimelineKind,
)
from platforma.initiatives.tests.factories import InitiativeFactory, ParticipantFactory, PledgeFactory
from platforma.knowledge.models import Article, ArticleKind
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory


def kinds(initiative) -> list[str]:
    return list(initiative.timeline.order_by("created_at", "pk").values_list("kind", flat=True))


# --- creating ------------------------------------------------------------------------------------


def test_a_member_starts_an_initiative_and_its_organisation_leads_it(celina, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    initiative = services.initiative_create(
        created_by=celina,
        lead_organisation=ziemia,
        name="Fitostabilizacja ogródków w Szombierkach",
        goal="  Ograniczyć ołów w glebie.  ",
        budget=120000,
        challenges=[challenge],
    )

    assert initiative.status == InitiativeStatus.FORMING
    assert initiative.goal == "Ograniczyć ołów w glebie."
    assert list(initiative.challenges.all()) == [challenge]
    leader = initiative.participants.get()
    assert (leader.organisation, leader.role, leader.status) == (ziemia, ParticipantRole.LEADER, "accepted")
    change = initiative.status_changes.get()
    assert (change.from_status, change.to_status, change.changed_by) == ("", InitiativeStatus.FORMING, celina)
    assert kinds(initiative) == [TimelineKind.CREATED]


@pytest.mark.parametrize("status", [ClusterStatus.APPLICANT, ClusterStatus.SUSPENDED])
def test_only_member_organisations_lead(status, celina):
    organisation = OrganisationFactory(cluster_status=status)

    with pytest.raises(ValidationError, match="członkami klastra"):
        services.initiative_create(created_by=celina, lead_organisation=organisation, name="X", goal="Y")
    assert not Initiative.objects.exists()


def test_planned_dates_in_the_wrong_order_are_refused(celina, ziemia):
    with pytest.raises(ValidationError):
        services.initiative_create(
            created_by=celina,
            lead_organisation=ziemia,
            name="X",
            goal="Y",
            planned_start="2027-05-01",
            planned_end="2027-04-01",
        )
    assert not Initiative.objects.exists()


# --- the open-call contract ----------------------------------------------------------------------


def test_a_pilot_has_the_winning_organisation_as_an_accepted_partner(
    bogdan, ziemia, woda, ewa, mailoutbox, django_capture_on_commit_callbacks
):
    challenge = ChallengeFactory(organisation=ziemia)

    with django_capture_on_commit_callbacks(execute=True):
        initiative = services.initiative_create_pilot(
            name="Pilotaż: mikrobiologiczne oczyszczanie wód",
            goal="Sprawdzić metodę w skali 1 m³/h.",
            challenge=challenge,
            lead_organisation=ziemia,
            partner_organisation=woda,
            partner_user=None,
            created_by=bogdan,
            source_note="Nabór „Wody kopalniane 2026”",
        )

    assert (initiative.status, initiative.visibility) == (InitiativeStatus.FORMING, Visibility.MEMBERS)
    assert initiative.lead_organisation == ziemia
    assert list(initiative.challenges.all()) == [challenge]
    partner = initiative.participants.get(organisation=woda)
    assert (partner.role, partner.status) == (ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED)
    pilot_entry = initiative.timeline.get(kind=TimelineKind.CREATED_PILOT)
    assert pilot_entry.message == "Utworzone jako pilotaż z naboru — Nabór „Wody kopalniane 2026”"
    assert pilot_entry.actor == bogdan
    assert [message.to for message in mailoutbox] == [[ewa.email]]
    assert "Pilotaż" in mailoutbox[0].subject


def test_a_pilot_with_a_winning_person_makes_them_an_accepted_expert(bogdan, ziemia, dawid):
    initiative = services.initiative_create_pilot(
        name="Pilotaż",
        goal="Cel",
        challenge=None,
        lead_organisation=ziemia,
        partner_organisation=None,
        partner_user=dawid,
        created_by=bogdan,
    )

    expert = initiative.participants.get(user=dawid)
    assert (expert.role, expert.status) == (ParticipantRole.EXPERT, ParticipantStatus.ACCEPTED)
    assert initiative.timeline.get(kind=TimelineKind.CREATED_PILOT).message == "Utworzone jako pilotaż z naboru."


def test_a_pilot_won_by_the_lead_itself_has_no_second_participant(bogdan, ziemia):
    initiative = services.initiative_create_pilot(
        name="P",
        goal="C",
        challenge=None,
        lead_organisation=ziemia,
        partner_organisation=ziemia,
        partner_user=None,
        created_by=bogdan,
    )

    assert initiative.participants.count() == 1


# --- status --------------------------------------------------------------------------------------


def test_starting_records_who_and_when_and_tells_the_partners(
    celina, ziemia, woda, ewa, mailoutbox, django_capture_on_commit_callbacks
):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.FORMING)
    ParticipantFactory(initiative=initiative, organisation=woda)

    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_change_status(initiative=initiative, by=celina, to_status="active", note="Ruszamy")

    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.ACTIVE
    change = initiative.status_changes.get()
    assert (change.from_status, change.to_status, change.changed_by, change.note) == (
        "forming",
        "active",
        celina,
        "Ruszamy",
    )
    assert (
        initiative.timeline.get(kind=TimelineKind.STATUS).message == "Zmiana statusu: w przygotowaniu → w realizacji."
    )
    assert [message.to for message in mailoutbox] == [[ewa.email]]


@pytest.mark.parametrize(
    ("start", "target"),
    [("forming", "completed"), ("completed", "active"), ("cancelled", "active"), ("active", "forming")],
)
def test_moves_outside_the_flow_are_refused_and_change_nothing(start, target, celina, ziemia):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=start)

    with pytest.raises(ValidationError):
        services.initiative_change_status(initiative=initiative, by=celina, to_status=target)

    initiative.refresh_from_db()
    assert initiative.status == start
    assert not initiative.status_changes.exists()


def test_cancelling_lets_waiting_invitations_and_pledges_lapse(celina, ziemia, woda, inna):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.FORMING)
    ParticipantFactory(initiative=initiative, organisation=woda, status=ParticipantStatus.INVITED)
    pledge = PledgeFactory(initiative=initiative, organisation=ziemia, status=PledgeStatus.PROPOSED)

    services.initiative_change_status(initiative=initiative, by=celina, to_status="cancelled")

    assert initiative.participants.get(organisation=woda).status == ParticipantStatus.REVOKED
    pledge.refresh_from_db()
    assert pledge.status == PledgeStatus.WITHDRAWN


# --- completion ----------------------------------------------------------------------------------


def test_completing_records_the_outcome_and_solves_the_leads_own_challenge(
    celina, ziemia, django_capture_on_commit_callbacks
):
    own = ChallengeFactory(organisation=ziemia, status=ChallengeStatus.IN_PROGRESS, title="Ołów w ogródkach")
    archived = ChallengeFactory(organisation=ziemia, status=ChallengeStatus.ARCHIVED)
    initiative = InitiativeFactory(lead_organisation=ziemia, challenges=[own, archived])

    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.initiative_complete(
            initiative=initiative,
            by=celina,
            achieved="Obsadzono 2,4 ha.",
            figures="Powierzchnia: 2,4 ha\n\nOłów w glebie: −38%",
            lessons="Wapnować przed siewem.",
            challenge_solved=True,
        )

    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.COMPLETED
    assert outcome.figure_lines == ["Powierzchnia: 2,4 ha", "Ołów w glebie: −38%"]
    own.refresh_from_db()
    archived.refresh_from_db()
    assert own.status == ChallengeStatus.SOLVED
    assert archived.status == ChallengeStatus.ARCHIVED
    solved = own.status_changes.get(to_status=ChallengeStatus.SOLVED)
    assert solved.changed_by == celina
    assert initiative.name in solved.note
    assert TimelineKind.CHALLENGE_SOLVED in kinds(initiative)
    # The knowledge base drafts a case study for the person who recorded the outcome.
    article = Article.objects.get(kind=ArticleKind.CASE_STUDY)
    assert initiative.name in article.title
    assert celina in article.authors.all()


def test_another_organisations_challenge_is_solved_with_a_note_saying_how(bogdan, ziemia, inna):
    foreign = ChallengeFactory(organisation=inna, status=ChallengeStatus.OPEN)
    initiative = InitiativeFactory(lead_organisation=ziemia, challenges=[foreign])

    services.initiative_complete(initiative=initiative, by=bogdan, achieved="Gotowe.", challenge_solved=True)

    foreign.refresh_from_db()
    assert foreign.status == ChallengeStatus.SOLVED
    change = foreign.status_changes.get(to_status=ChallengeStatus.SOLVED)
    assert change.changed_by == bogdan
    assert "automatycznie" in change.note and ziemia.name in change.note and initiative.name in change.note


def test_an_outcome_without_a_solution_leaves_the_challenges_as_they_are(bogdan, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    initiative = InitiativeFactory(lead_organisation=ziemia, challenges=[challenge])

    services.initiative_complete(initiative=initiative, by=bogdan, achieved="Częściowo.", challenge_solved=False)

    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.OPEN


def test_a_forming_initiative_cannot_be_completed(bogdan, ziemia):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.FORMING)

    with pytest.raises(ValidationError):
        services.initiative_complete(initiative=initiative, by=bogdan, achieved="x")

    assert not Outcome.objects.exists()
    assert Initiative.objects.get(pk=initiative.pk).status == InitiativeStatus.FORMING


def test_the_case_study_source_lists_people_pledges_and_competences(bogdan, ziemia, woda, dawid):
    competence = CompetenceFactory()
    challenge = ChallengeFactory(organisation=ziemia, competences=[competence])
    initiative = InitiativeFactory(lead_organisation=ziemia, challenges=[challenge])
    ParticipantFactory(initiative=initiative, organisation=woda)
    ParticipantFactory(initiative=initiative, organisation=None, user=dawid, role="expert")
    PledgeFactory(initiative=initiative, organisation=woda, amount=2500)
    services.initiative_complete(initiative=initiative, by=bogdan, achieved="Zrobione.")

    source = services.case_study_source_fields(Initiative.objects.get(pk=initiative.pk))

    assert source["partners"][0] == f"{ziemia.name} — lider"
    assert f"{woda.name} — partner" in source["partners"]
    assert f"{dawid.display_name} — ekspert" in source["partners"]
    assert source["pledged"] == [f"{woda.name}: 2\xa0500,00 zł"]
    assert source["competence_ids"] == [competence.pk]
    assert source["organisation_ids"] == [ziemia.pk, woda.pk]
    assert source["source_url"] == f"/przedsiewziecia/{initiative.pk}/"


# --- partners ------------------------------------------------------------------------------------


def test_inviting_an_organisation_tells_its_admins(
    celina, ziemia, woda, ewa, mailoutbox, django_capture_on_commit_callbacks
):
    initiative = InitiativeFactory(lead_organisation=ziemia)

    with django_capture_on_commit_callbacks(execute=True):
        participant = services.participant_invite_organisation(
            initiative=initiative, by=celina, organisation=woda, message="Potrzebujemy Waszego laboratorium."
        )

    assert (participant.status, participant.role) == (ParticipantStatus.INVITED, ParticipantRole.PARTNER)
    (message,) = mailoutbox
    assert message.to == [ewa.email]
    assert "Potrzebujemy Waszego laboratorium." in message.body
    assert "/przedsiewziecia/zaproszenia/" in message.body


@pytest.mark.parametrize("case", ["lead", "twice", "applicant", "expert_role"])
def test_invalid_organisation_invitations_are_refused(case, celina, ziemia, woda):
    initiative = InitiativeFactory(lead_organisation=ziemia)
    organisation, role = woda, ParticipantRole.PARTNER
    if case == "lead":
        organisation = ziemia
    elif case == "twice":
        ParticipantFactory(initiative=initiative, organisation=woda, status=ParticipantStatus.INVITED)
    elif case == "applicant":
        organisation = OrganisationFactory(cluster_status=ClusterStatus.APPLICANT)
    else:
        role = ParticipantRole.EXPERT
    before = Participant.objects.count()

    with pytest.raises(ValidationError):
        services.participant_invite_organisation(initiative=initiative, by=celina, organisation=organisation, role=role)

    assert Participant.objects.count() == before


def test_a_person_is_invited_by_address_and_answers_once_they_have_an_account(celina, ziemia, mailoutbox):
    initiative = InitiativeFactory(lead_organisation=ziemia, visibility=Visibility.RESTRICTED)
    invitation = services.participant_invite_person(initiative=initiative, by=celina, email="Hydrolog@Przyklad.example")
    assert (invitation.user, invitation.email) == (None, "hydrolog@przyklad.example")

    newcomer = UserFactory(email="hydrolog@przyklad.example")
    services.participant_respond(participant=invitation, by=newcomer, accept=True)

    invitation.refresh_from_db()
    assert (invitation.user, invitation.email, invitation.status) == (newcomer, "", ParticipantStatus.ACCEPTED)


def test_a_registered_specialist_is_bound_at_once(celina, ziemia, dawid):
    initiative = InitiativeFactory(lead_organisation=ziemia)

    invitation = services.participant_invite_person(initiative=initiative, by=celina, email=dawid.email.upper())

    assert (invitation.user, invitation.email) == (dawid, "")


def test_an_answered_invitation_cannot_be_answered_again(ewa, ziemia, woda):
    initiative = InitiativeFactory(lead_organisation=ziemia)
    participant = ParticipantFactory(initiative=initiative, organisation=woda, status=ParticipantStatus.DECLINED)

    with pytest.raises(ValidationError, match="już odpowiedziano"):
        services.participant_respond(participant=participant, by=ewa, accept=True)


def test_the_lead_hears_the_answer(ewa, bogdan, celina, ziemia, woda, mailoutbox, django_capture_on_commit_callbacks):
    initiative = InitiativeFactory(lead_organisation=ziemia)
    participant = ParticipantFactory(initiative=initiative, organisation=woda, status=ParticipantStatus.INVITED)

    with django_capture_on_commit_callbacks(execute=True):
        services.participant_respond(participant=participant, by=ewa, accept=True)

    assert sorted(mailoutbox[0].to) == sorted([bogdan.email, celina.email])
    assert "dołącza" in mailoutbox[0].subject


def test_a_partner_leaves_and_its_waiting_pledges_go_with_it(ewa, ziemia, woda):
    initiative = InitiativeFactory(lead_organisation=ziemia)
    participant = ParticipantFactory(initiative=initiative, organisation=woda)
    waiting = PledgeFactory(initiative=initiative, organisation=woda, status=PledgeStatus.PROPOSED)
    confirmed = PledgeFactory(initiative=initiative, organisation=woda, status=PledgeStatus.CONFIRMED)

    services.participant_leave(participant=participant, by=ewa)

    participant.refresh_from_db()
    waiting.refresh_from_db()
    confirmed.refresh_from_db()
    assert participant.status == ParticipantStatus.LEFT
    assert (waiting.status, confirmed.status) == (PledgeStatus.WITHDRAWN, PledgeStatus.CONFIRMED)


def test_the_lead_cannot_leave_but_can_hand_over_and_then_leave(bogdan, ziemia, woda, ewa):
    initiative = InitiativeFactory(lead_organisation=ziemia)
    leader = initiative.participants.get(role=ParticipantRole.LEADER)
    partner = ParticipantFactory(initiative=initiative, organisation=woda)

    with pytest.raises(ValidationError, match="przekaże prowadzenia"):
        services.participant_leave(participant=leader, by=bogdan)

    services.lead_hand_over(initiative=initiative, by=bogdan, to=partner)

    initiative.refresh_from_db()
    leader.refresh_from_db()
    partner.refresh_from_db()
    assert initiative.lead_organisation == woda
    assert (leader.role, partner.role) == (ParticipantRole.PARTNER, ParticipantRole.LEADER)
    services.participant_leave(participant=leader, by=bogdan)
    leader.refresh_from_db()
    assert leader.status == ParticipantStatus.LEFT
    assert initiative.timeline.filter(kind=TimelineKind.LEAD_HANDED_OVER).get().message == (
        f"Prowadzenie przekazano: {ziemia.name} → {woda.name}."
    )


def test_the_lead_cannot_be_handed_to_a_person_or_an_invitee(bogdan, ziemia, woda, dawid):
    initiative = InitiativeFactory(lead_organisation=ziemia)
    invited = ParticipantFactory(initiative=initiative, organisation=woda, status=ParticipantStatus.INVITED)
    expert = ParticipantFactory(initiative=initiative, organisation=None, user=dawid, role="expert")

    for target in (invited, expert):
        with pytest.raises(ValidationError):
            services.lead_hand_over(initiative=initiative, by=bogdan, to=target)

    initiative.refresh_from_db()
    assert initiative.lead_organisation == ziemia


def test_nothing_changes_in_a_closed_initiative(bogdan, ziemia, woda):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.COMPLETED)

    with pytest.raises(ValidationError, match="zakończone"):
        services.participant_invite_organisation(initiative=initiative, by=bogdan, organisation=woda)
    with pytest.raises(ValidationError):
        services.initiative_update(initiative=initiative, by=bogdan, name="Nowa", goal="Nowy")

    initiative.refresh_from_db()
    assert initiative.participants.count() == 1
    assert initiative.name != "Nowa"
