from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from platforma.challenges.models import ChallengeStatus
from platforma.challenges.tests.factories import ChallengeFactory
from platforma.initiatives.models import Initiative, ParticipantRole, ParticipantStatus
from platforma.opencalls import services
from platforma.opencalls.models import (
    CallProposal,
    Criterion,
    Eligibility,
    Evaluation,
    Evaluator,
    OpenCall,
    ProposalAttachment,
    ProposalStatus,
)
from platforma.opencalls.tests.factories import (
    CallProposalFactory,
    ClosedCallFactory,
    DecidedCallFactory,
    OpenCallFactory,
    evaluate,
)
from platforma.opencalls.tests.helpers import docx, fake_pdf, pdf

CRITERIA = [("Skuteczność", 60), ("Koszt", 40)]


def create(challenge, by, **overrides):
    kwargs = {
        "created_by": by,
        "challenge": challenge,
        "owner_organisation": challenge.organisation,
        "title": "Stabilizacja hałdy",
        "summary": "Szukamy metody.",
        "deadline": timezone.now() + timedelta(days=10),
        "eligibility": Eligibility.EVERYONE,
        "terms": "  Poufność.  ",
        "criteria": CRITERIA,
        **overrides,
    }
    return services.call_create(**kwargs)


def test_a_call_is_created_with_its_criteria_in_order(bogdan, ziemia):
    call = create(ChallengeFactory(organisation=ziemia), bogdan)

    assert call.owner_organisation == ziemia
    assert call.terms == "Poufność."
    assert call.terms_version == 1
    assert list(call.criteria.values_list("name", "weight", "position")) == [
        ("Skuteczność", 60, 0),
        ("Koszt", 40, 1),
    ]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"deadline": timezone.now() - timedelta(minutes=1)}, "w przyszłości"),
        ({"criteria": []}, "co najmniej jedno kryterium"),
        ({"criteria": [("Koszt", 1), ("koszt ", 2)]}, "różne nazwy"),
        ({"criteria": [("Koszt", 0)]}, "dodatnia"),
        ({"eligibility": "nikt"}, "nikt"),
    ],
)
def test_invalid_calls_are_refused_and_nothing_is_written(overrides, message, bogdan, ziemia):
    with pytest.raises(ValidationError, match=message):
        create(ChallengeFactory(organisation=ziemia), bogdan, **overrides)
    assert not OpenCall.objects.exists()
    assert not Criterion.objects.exists()


def test_members_open_calls_only_for_their_own_challenges(bogdan, ziemia, woda):
    with pytest.raises(ValidationError, match="swojej organizacji"):
        create(ChallengeFactory(organisation=woda), bogdan, owner_organisation=ziemia)


def test_no_calls_for_solved_challenges(anna, ziemia):
    with pytest.raises(ValidationError, match="opublikowanego wyzwania"):
        create(ChallengeFactory(organisation=ziemia, status=ChallengeStatus.SOLVED), anna, owner_organisation=None)


def test_changing_the_statement_raises_its_version(bogdan):
    call = OpenCallFactory()
    same = services.call_update(
        call=call, by=bogdan, title="Nowy tytuł", summary="x", deadline=call.deadline, terms=call.terms
    )
    assert same.terms_version == 1
    changed = services.call_update(
        call=call, by=bogdan, title="Nowy tytuł", summary="x", deadline=call.deadline, terms="Nowe zasady."
    )
    changed.refresh_from_db()
    assert (changed.title, changed.terms, changed.terms_version) == ("Nowy tytuł", "Nowe zasady.", 2)


def test_a_closed_call_is_not_edited(bogdan):
    call = ClosedCallFactory()
    with pytest.raises(ValidationError, match="Termin"):
        services.call_update(
            call=call, by=bogdan, title="x", summary="x", deadline=timezone.now() + timedelta(days=1), terms="x"
        )
    call.refresh_from_db()
    assert call.title != "x"


def submit(call, author, **overrides):
    kwargs = {
        "call": call,
        "author": author,
        "title": "Hydroobsiew",
        "description": "Opis.",
        "organisation": None,
        "accept_terms": True,
        **overrides,
    }
    return services.proposal_submit(**kwargs)


def test_a_person_without_an_organisation_submits_with_attachments_and_accepted_terms(
    dawid, bogdan, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    call = OpenCallFactory(challenge__organisation=ziemia)

    with django_capture_on_commit_callbacks(execute=True):
        proposal = submit(call, dawid, files=[pdf(), docx()])

    assert proposal.terms_version == 1
    assert proposal.terms_text == call.terms
    assert proposal.terms_accepted_at is not None
    assert sorted(proposal.attachments.values_list("kind", flat=True)) == ["docx", "pdf"]
    assert proposal.attachments.get(kind="pdf").file.read().startswith(b"%PDF-")
    assert [message.to for message in mailoutbox] == [[bogdan.email]]
    assert "Hydroobsiew" in mailoutbox[0].body


def test_nothing_is_accepted_after_the_deadline(dawid):
    call = ClosedCallFactory()

    with pytest.raises(ValidationError, match="Termin składania propozycji w tym naborze minął"):
        submit(call, dawid, files=[pdf()])

    assert not CallProposal.objects.exists()
    assert not ProposalAttachment.objects.exists()


def test_a_proposal_cannot_be_changed_or_withdrawn_after_the_deadline(dawid):
    call = OpenCallFactory()
    proposal = submit(call, dawid)
    OpenCall.objects.filter(pk=call.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    proposal.call.refresh_from_db()

    with pytest.raises(ValidationError, match="minął"):
        services.proposal_update(
            proposal=proposal,
            by=dawid,
            title="Zmieniony",
            description="x",
            organisation=None,
            accept_terms=True,
            new_files=[pdf()],
        )
    with pytest.raises(ValidationError, match="minął"):
        services.proposal_withdraw(proposal=proposal, by=dawid)

    proposal.refresh_from_db()
    assert (proposal.title, proposal.status) == ("Hydroobsiew", ProposalStatus.SUBMITTED)
    assert not proposal.attachments.exists()


def test_the_terms_must_be_accepted(dawid):
    with pytest.raises(ValidationError, match="akceptacji"):
        submit(OpenCallFactory(), dawid, accept_terms=False)
    assert not CallProposal.objects.exists()


def test_one_live_proposal_per_person_and_a_new_one_after_withdrawing(dawid):
    call = OpenCallFactory()
    first = submit(call, dawid)
    with pytest.raises(ValidationError, match="Masz już propozycję"):
        submit(call, dawid)

    services.proposal_withdraw(proposal=first, by=dawid)
    second = submit(call, dawid, title="Druga")

    assert second.pk != first.pk
    assert CallProposal.objects.filter(call=call, status=ProposalStatus.SUBMITTED).get() == second


def test_fake_documents_are_refused_whoever_calls(dawid):
    with pytest.raises(ValidationError, match="nie jest dokumentem"):
        submit(OpenCallFactory(), dawid, files=[fake_pdf()])
    assert not ProposalAttachment.objects.exists()


def test_members_only_calls_need_a_member_organisation(ewa, woda, dawid):
    call = OpenCallFactory(eligibility=Eligibility.MEMBERS)
    with pytest.raises(ValidationError, match="organizacje członkowskie"):
        submit(call, dawid)
    assert submit(call, ewa, organisation=woda).organisation == woda


def test_editing_records_the_current_statement_and_manages_attachments(dawid, bogdan):
    call = OpenCallFactory()
    proposal = submit(call, dawid, files=[pdf("stary.pdf")])
    services.call_update(
        call=call, by=bogdan, title=call.title, summary=call.summary, deadline=call.deadline, terms="Wersja 2."
    )
    call.refresh_from_db()
    proposal.call = call
    old = proposal.attachments.get()

    services.proposal_update(
        proposal=proposal,
        by=dawid,
        title="Poprawiona",
        description="Nowy opis",
        organisation=None,
        accept_terms=True,
        new_files=[pdf("nowy.pdf")],
        remove_attachment_ids=[old.pk],
    )

    proposal.refresh_from_db()
    assert (proposal.title, proposal.terms_version, proposal.terms_text) == ("Poprawiona", 2, "Wersja 2.")
    assert list(proposal.attachments.values_list("name", flat=True)) == ["nowy.pdf"]


def test_at_most_five_attachments(dawid):
    with pytest.raises(ValidationError, match="najwyżej 5"):
        submit(OpenCallFactory(), dawid, files=[pdf(f"{n}.pdf") for n in range(6)])
    assert not CallProposal.objects.exists()


# --- evaluators and evaluations ---------------------------------------------------------------------------


def test_an_evaluator_is_named_once_and_told_by_e_mail(bogdan, ewa, mailoutbox, django_capture_on_commit_callbacks):
    call = OpenCallFactory()
    with django_capture_on_commit_callbacks(execute=True):
        services.evaluator_add(call=call, user=ewa, by=bogdan)
    with pytest.raises(ValidationError, match="już jest oceniającym"):
        services.evaluator_add(call=call, user=ewa, by=bogdan)

    assert Evaluator.objects.filter(call=call).count() == 1
    assert mailoutbox[0].to == [ewa.email]
    assert call.get_absolute_url() in mailoutbox[0].body


def test_an_applicant_is_not_named_an_evaluator(bogdan, dawid):
    call = OpenCallFactory()
    CallProposalFactory(call=call, author=dawid)
    with pytest.raises(ValidationError, match="złożyła propozycję"):
        services.evaluator_add(call=call, user=dawid, by=bogdan)
    assert not Evaluator.objects.exists()


def test_no_evaluators_change_after_the_decision(bogdan, ewa):
    call = DecidedCallFactory(evaluators=[ewa])
    with pytest.raises(ValidationError):
        services.evaluator_add(call=call, user=bogdan, by=bogdan)
    with pytest.raises(ValidationError):
        services.evaluator_remove(evaluator=call.evaluators.get(), by=bogdan)
    assert list(call.evaluators.values_list("user", flat=True)) == [ewa.pk]


def test_an_evaluation_is_recorded_and_replaced(ewa, dawid):
    call = ClosedCallFactory(evaluators=[ewa])
    evaluator = call.evaluators.get()
    proposal = CallProposalFactory(call=call, author=dawid)
    effect, cost = call.criteria.order_by("position")

    services.evaluation_save(evaluator=evaluator, proposal=proposal, scores={effect.pk: 7, cost.pk: 3}, comment="Dobre")
    services.evaluation_save(
        evaluator=evaluator, proposal=proposal, scores={effect.pk: 9, cost.pk: 4}, comment="Lepsze"
    )

    evaluation = Evaluation.objects.get()
    assert evaluation.comment == "Lepsze"
    assert sorted(evaluation.scores.values_list("score", flat=True)) == [4, 9]


@pytest.mark.parametrize(
    ("scores", "comment", "message"),
    [
        ({"effect": 11, "cost": 3}, "x", "od 0 do 10"),
        ({"effect": 5}, "x", "każde kryterium"),
        ({"effect": 5, "cost": 5}, "  ", "komentarz"),
    ],
)
def test_incomplete_or_out_of_range_evaluations_are_refused(scores, comment, message, ewa, dawid):
    call = ClosedCallFactory(evaluators=[ewa])
    effect, cost = call.criteria.order_by("position")
    ids = {"effect": effect.pk, "cost": cost.pk}
    proposal = CallProposalFactory(call=call, author=dawid)

    with pytest.raises(ValidationError, match=message):
        services.evaluation_save(
            evaluator=call.evaluators.get(),
            proposal=proposal,
            scores={ids[name]: points for name, points in scores.items()},
            comment=comment,
        )
    assert not Evaluation.objects.exists()


def test_an_evaluator_never_scores_a_proposal_of_their_own_organisation(ewa, woda, olek):
    call = ClosedCallFactory(evaluators=[ewa])
    effect, cost = call.criteria.order_by("position")
    proposal = CallProposalFactory(call=call, author=olek, organisation=woda)

    with pytest.raises(ValidationError, match="własnej propozycji"):
        services.evaluation_save(
            evaluator=call.evaluators.get(), proposal=proposal, scores={effect.pk: 5, cost.pk: 5}, comment="x"
        )
    assert not Evaluation.objects.exists()


def test_removing_an_evaluator_removes_their_scores(bogdan, ewa):
    call = ClosedCallFactory(evaluators=[ewa])
    evaluate(call.evaluators.get(), CallProposalFactory(call=call), [5, 5])

    services.evaluator_remove(evaluator=call.evaluators.get(), by=bogdan)

    assert not Evaluation.objects.exists()


# --- the decision -----------------------------------------------------------------------------------------


def scored_call(*, ziemia, ewa, dawid, olek, woda_org=None, owner=True):
    call = ClosedCallFactory(
        challenge=ChallengeFactory(organisation=ziemia), owner_organisation=ziemia if owner else None, evaluators=[ewa]
    )
    evaluator = call.evaluators.get()
    winner = CallProposalFactory(call=call, author=dawid, title="Zwycięska")
    loser = CallProposalFactory(call=call, author=olek, organisation=woda_org, title="Druga")
    evaluate(evaluator, winner, [9, 8], "Świetny pomysł, dobrze policzony.")
    evaluate(evaluator, loser, [4, 6], "Za mało danych o kosztach.")
    return call, winner, loser


def test_the_winner_person_becomes_a_partner_of_a_pilot_led_by_the_owner(
    bogdan, ewa, dawid, olek, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    call, winner, loser = scored_call(ziemia=ziemia, ewa=ewa, dawid=dawid, olek=olek)

    with django_capture_on_commit_callbacks(execute=True):
        services.call_decide(call=call, by=bogdan, winner=winner, note="Najwyższa ocena.")

    call.refresh_from_db()
    winner.refresh_from_db()
    loser.refresh_from_db()
    pilot = Initiative.objects.get()
    assert call.pilot == pilot and call.winner == winner and call.decided_by == bogdan
    assert (winner.status, loser.status) == (ProposalStatus.SELECTED, ProposalStatus.NOT_SELECTED)
    assert pilot.lead_organisation == ziemia
    assert pilot.name == "Pilotaż: Zwycięska"
    assert list(pilot.challenges.all()) == [call.challenge]
    partner = pilot.participants.get(user=dawid)
    assert (partner.role, partner.status) == (ParticipantRole.EXPERT, ParticipantStatus.ACCEPTED)
    outcome_subjects = ("Twoja propozycja wygrała nabór", "Wyniki naboru")
    to_applicants = {m.to[0]: m for m in mailoutbox if m.subject.startswith(outcome_subjects)}
    assert "Świetny pomysł, dobrze policzony." in to_applicants[dawid.email].body
    assert "Za mało danych" not in to_applicants[dawid.email].body
    assert "Za mało danych o kosztach." in to_applicants[olek.email].body
    assert "Najwyższa ocena." in to_applicants[olek.email].body
    assert ewa.display_name not in to_applicants[olek.email].body


def test_a_winning_organisation_is_the_partner_and_the_challenges_organisation_leads_a_coordinators_call(
    anna, ewa, dawid, olek, ziemia, woda
):
    call, _winner, loser = scored_call(ziemia=ziemia, ewa=anna, dawid=dawid, olek=olek, woda_org=woda, owner=False)

    services.call_decide(call=call, by=anna, winner=loser, pilot_name="Pilotaż Wód", pilot_goal="Sprawdzić.")

    pilot = Initiative.objects.get()
    assert (pilot.name, pilot.goal, pilot.lead_organisation) == ("Pilotaż Wód", "Sprawdzić.", ziemia)
    partner = pilot.participants.get(organisation=woda)
    assert partner.role == ParticipantRole.PARTNER


def test_a_call_can_end_without_a_winner(
    bogdan, ewa, dawid, olek, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    call, _winner, _loser = scored_call(ziemia=ziemia, ewa=ewa, dawid=dawid, olek=olek)

    with django_capture_on_commit_callbacks(execute=True):
        services.call_decide(call=call, by=bogdan, winner=None)

    call.refresh_from_db()
    assert call.decided_at is not None and call.winner is None and call.pilot is None
    assert not Initiative.objects.exists()
    assert set(CallProposal.objects.values_list("status", flat=True)) == {ProposalStatus.NOT_SELECTED}
    assert sorted(message.to[0] for message in mailoutbox) == sorted([dawid.email, olek.email])


def test_no_decision_before_the_deadline_nor_twice(bogdan):
    open_call = OpenCallFactory()
    with pytest.raises(ValidationError, match="po terminie"):
        services.call_decide(call=open_call, by=bogdan, winner=None)
    decided = DecidedCallFactory()
    with pytest.raises(ValidationError, match="już rozstrzygnięty"):
        services.call_decide(call=decided, by=bogdan, winner=None)
    assert not Initiative.objects.exists()


def test_a_withdrawn_or_foreign_proposal_cannot_win(bogdan, dawid):
    call = ClosedCallFactory()
    withdrawn = CallProposalFactory(call=call, author=dawid, status=ProposalStatus.WITHDRAWN)
    foreign = CallProposalFactory(call=ClosedCallFactory())
    for proposal in (withdrawn, foreign):
        with pytest.raises(ValidationError, match="niewycofana"):
            services.call_decide(call=call, by=bogdan, winner=proposal)
    call.refresh_from_db()
    assert call.decided_at is None
    assert not Initiative.objects.exists()
