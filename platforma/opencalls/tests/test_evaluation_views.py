"""Evaluators, scoring and the decision that starts a pilot initiative."""

import pytest
from django.urls import reverse

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.initiatives.models import Initiative
from platforma.opencalls.models import Evaluation, Evaluator, ProposalStatus
from platforma.opencalls.tests.factories import (
    CallProposalFactory,
    ClosedCallFactory,
    DecidedCallFactory,
    OpenCallFactory,
    evaluate,
)

HTMX = {"HX-Request": "true", "HX-Target": "evaluators"}


def url(name, call, **kwargs):
    return reverse(f"opencalls:{name}", kwargs={"pk": call.pk, **kwargs})


@pytest.fixture
def call(ziemia):
    return OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia))


def test_the_owner_names_an_evaluator_by_e_mail(
    client_for, bogdan, dawid, call, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(bogdan).post(url("evaluator_add", call), {"email": dawid.email.upper()}, follow=True)

    assert Evaluator.objects.get(call=call).user == dawid
    assert "Dodano oceniającego: Dawid Specjalista." in response.content.decode()
    assert mailoutbox[0].to == [dawid.email]


def test_naming_an_evaluator_with_htmx_returns_the_section(client_for, bogdan, dawid, call):
    response = client_for(bogdan).post(url("evaluator_add", call), {"email": dawid.email}, headers=HTMX)

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="evaluators"')
    assert "<html" not in page
    assert 'role="status"' in page and "Dawid Specjalista" in page


def test_an_unknown_address_is_explained_and_kept(client_for, bogdan, call):
    response = client_for(bogdan).post(url("evaluator_add", call), {"email": "nikt@nigdzie.example"}, headers=HTMX)

    page = response.content.decode()
    assert "Nie ma aktywnego konta z tym adresem." in page
    assert 'value="nikt@nigdzie.example"' in page
    assert not Evaluator.objects.exists()


def test_a_second_naming_of_the_same_person_is_explained(client_for, bogdan, dawid, ziemia):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[dawid])
    page = client_for(bogdan).post(url("evaluator_add", call), {"email": dawid.email}).content.decode()
    assert "Ta osoba już jest oceniającym w tym naborze." in page
    assert Evaluator.objects.count() == 1


@pytest.mark.parametrize(("role", "status_code"), [("ewa", 403), ("dawid", 403)])
def test_only_the_owner_names_evaluators(role, status_code, person, client_for, olek, call):
    response = client_for(person(role)).post(url("evaluator_add", call), {"email": olek.email})
    assert response.status_code == status_code
    assert not Evaluator.objects.exists()


def test_the_owner_removes_an_evaluator_with_htmx(client_for, celina, dawid, ziemia):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[dawid])
    evaluator = call.evaluators.get()

    response = client_for(celina).post(url("evaluator_remove", call, evaluator_pk=evaluator.pk), headers=HTMX)

    assert "Usunięto oceniającego: Dawid Specjalista" in response.content.decode()
    assert not Evaluator.objects.exists()


def test_nobody_else_removes_evaluators(client_for, ewa, dawid, ziemia):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[dawid])
    evaluator = call.evaluators.get()
    assert client_for(ewa).post(url("evaluator_remove", call, evaluator_pk=evaluator.pk)).status_code == 403
    assert Evaluator.objects.count() == 1


def test_no_changes_to_evaluators_after_the_decision(client_for, bogdan, dawid, olek, ziemia):
    call = DecidedCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[dawid])
    assert client_for(bogdan).post(url("evaluator_add", call), {"email": olek.email}).status_code == 403
    assert list(Evaluator.objects.values_list("user", flat=True)) == [dawid.pk]


# --- scoring ---------------------------------------------------------------------------------------------


def scores(call, effect, cost, comment="Dobrze przemyślane, brak kosztorysu."):
    first, second = call.criteria.order_by("position")
    return {f"criterion_{first.pk}": effect, f"criterion_{second.pk}": cost, "comment": comment}


def test_an_evaluator_scores_each_criterion_with_a_comment(client_for, ewa, olek, ziemia):
    call = ClosedCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[ewa])
    proposal = CallProposalFactory(call=call, author=olek)

    form = client_for(ewa).get(url("proposal_score", call, proposal_pk=proposal.pk)).content.decode()
    response = client_for(ewa).post(url("proposal_score", call, proposal_pk=proposal.pk), scores(call, "8", "5"))

    evaluation = Evaluation.objects.get()
    assert "Skuteczność (waga 3)" in form
    assert response.status_code == 302 and response.url.endswith("#ranking")
    assert evaluation.comment == "Dobrze przemyślane, brak kosztorysu."
    assert sorted(evaluation.scores.values_list("score", flat=True)) == [5, 8]


def test_a_score_out_of_range_is_explained_and_nothing_is_lost(client_for, ewa, olek, ziemia):
    call = ClosedCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[ewa])
    proposal = CallProposalFactory(call=call, author=olek)

    response = client_for(ewa).post(url("proposal_score", call, proposal_pk=proposal.pk), scores(call, "11", "abc"))

    page = response.content.decode()
    assert "Upewnij się, że ta wartość jest mniejsza lub równa 10." in page
    assert "Wpisz liczbę całkowitą." in page
    assert "Dobrze przemyślane, brak kosztorysu." in page
    assert not Evaluation.objects.exists()


def test_an_earlier_evaluation_is_shown_for_change(client_for, ewa, olek, ziemia):
    call = ClosedCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[ewa])
    proposal = CallProposalFactory(call=call, author=olek)
    evaluate(call.evaluators.get(), proposal, [6, 2], "Pierwsza ocena")

    page = client_for(ewa).get(url("proposal_score", call, proposal_pk=proposal.pk)).content.decode()

    assert 'value="6"' in page and "Pierwsza ocena" in page


@pytest.mark.parametrize("who", ["conflicted", "not-an-evaluator", "decided"])
def test_scoring_is_refused_when_not_allowed(who, client_for, ewa, woda, olek, bogdan, ziemia):
    factory = DecidedCallFactory if who == "decided" else ClosedCallFactory
    call = factory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[ewa])
    proposal = CallProposalFactory(call=call, author=olek, organisation=woda if who == "conflicted" else None)
    user = bogdan if who == "not-an-evaluator" else ewa

    response = client_for(user).post(url("proposal_score", call, proposal_pk=proposal.pk), scores(call, "5", "5"))

    assert response.status_code == 403
    assert not Evaluation.objects.exists()


# --- the decision ----------------------------------------------------------------------------------------


@pytest.fixture
def scored(ziemia, ewa, person, olek, woda):
    call = ClosedCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[ewa])
    evaluator = call.evaluators.get()
    winner = CallProposalFactory(call=call, author=person("dawid"), title="Zwycięska")
    loser = CallProposalFactory(call=call, author=olek, title="Druga")
    evaluate(evaluator, winner, [9, 7], "Bardzo dobra.")
    evaluate(evaluator, loser, [3, 9], "Tania, ale słaba.")
    return call, winner, loser


def test_the_owner_picks_the_winner_and_lands_on_the_new_pilot(client_for, bogdan, ziemia, scored):
    call, winner, _loser = scored

    form = client_for(bogdan).get(url("decide", call)).content.decode()
    response = client_for(bogdan).post(url("decide", call), {"winner": str(winner.pk), "note": "Najlepsza ocena."})

    pilot = Initiative.objects.get()
    call.refresh_from_db()
    winner.refresh_from_db()
    assert form.index("1. Zwycięska") < form.index("2. Druga")
    assert "8,50 pkt" in form  # (3·9 + 7) / 4
    assert response.status_code == 302 and response.url == pilot.get_absolute_url()
    assert (call.winner, call.pilot, call.decision_note) == (winner, pilot, "Najlepsza ocena.")
    assert winner.status == ProposalStatus.SELECTED
    assert pilot.lead_organisation == ziemia


def test_the_owner_may_end_a_call_without_a_winner(client_for, celina, scored):
    call, _winner, _loser = scored

    response = client_for(celina).post(url("decide", call), {"winner": "brak"})

    call.refresh_from_db()
    assert response.status_code == 302 and response.url == call.get_absolute_url()
    assert call.decided_at is not None and call.winner is None
    assert not Initiative.objects.exists()


def test_a_missing_or_foreign_winner_is_explained(client_for, bogdan, scored, ziemia):
    call, _winner, _loser = scored
    foreign = CallProposalFactory(call=ClosedCallFactory(challenge=ChallengeFactory(organisation=ziemia)))

    empty = client_for(bogdan).post(url("decide", call), {"note": "Zachowane uzasadnienie"}).content.decode()
    crafted = client_for(bogdan).post(url("decide", call), {"winner": str(foreign.pk)}).content.decode()

    assert "Wybierz zwycięską propozycję albo zakończ nabór bez wyboru." in empty
    assert "Zachowane uzasadnienie" in empty
    assert "Wybierz poprawną wartość." in crafted
    call.refresh_from_db()
    assert call.decided_at is None
    assert not Initiative.objects.exists()


@pytest.mark.parametrize("who", ["evaluator", "applicant", "coordinator"])
def test_only_the_owner_decides(who, client_for, ewa, anna, person, scored):
    call, winner, _loser = scored
    user = {"evaluator": ewa, "applicant": person("dawid"), "coordinator": anna}[who]

    response = client_for(user).post(url("decide", call), {"winner": str(winner.pk)})

    call.refresh_from_db()
    assert response.status_code == 403
    assert call.decided_at is None
    assert not Initiative.objects.exists()


def test_no_decision_before_the_deadline(client_for, bogdan, call):
    proposal = CallProposalFactory(call=call)
    assert client_for(bogdan).post(url("decide", call), {"winner": str(proposal.pk)}).status_code == 403
    assert not Initiative.objects.exists()


def test_after_the_decision_the_applicant_reads_the_feedback_on_the_proposal_page(client_for, bogdan, person, scored):
    call, winner, loser = scored
    client_for(bogdan).post(url("decide", call), {"winner": str(winner.pk)})

    page = client_for(loser.author).get(url("proposal_detail", call, proposal_pk=loser.pk)).content.decode()

    assert "Informacja zwrotna od oceniających" in page
    assert "Tania, ale słaba." in page
    assert "Bardzo dobra." not in page
    assert "Ewa Zewnętrzna" not in page
    assert "nie została wybrana" in page
