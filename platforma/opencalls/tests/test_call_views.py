"""Opening, reading and editing a call; the fragment for a challenge's page."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.challenges.models import ChallengeStatus
from platforma.challenges.tests.factories import ChallengeFactory
from platforma.core.models import Visibility
from platforma.opencalls.models import Eligibility, OpenCall, ProposalStatus
from platforma.opencalls.tests.factories import (
    CallProposalFactory,
    ClosedCallFactory,
    DecidedCallFactory,
    OpenCallFactory,
    evaluate,
)

CREATE = reverse("opencalls:create")


def in_a_week() -> str:
    return timezone.localtime(timezone.now() + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M")


def form_data(**overrides):
    data = {
        "title": "Stabilizacja skarpy hałdy Brzeziny",
        "summary": "Szukamy **metody** stabilizacji.",
        "deadline": in_a_week(),
        "eligibility": Eligibility.EVERYONE,
        "terms": "Poufność i prawa autorów.",
        "criteria-TOTAL_FORMS": "3",
        "criteria-INITIAL_FORMS": "0",
        "criteria-MIN_NUM_FORMS": "0",
        "criteria-MAX_NUM_FORMS": "10",
        "criteria-0-name": "Skuteczność",
        "criteria-0-weight": "3",
        "criteria-1-name": "Koszt",
        "criteria-1-weight": "1",
        "criteria-2-name": "",
        "criteria-2-weight": "",
    }
    return {**data, **overrides}


def test_a_member_opens_a_call_from_her_challenge(client_for, bogdan, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    url = f"{CREATE}?wyzwanie={challenge.pk}"

    page = client_for(bogdan).get(url).content.decode()
    response = client_for(bogdan).post(url, form_data())

    call = OpenCall.objects.get()
    assert response.status_code == 302
    assert response.url == call.get_absolute_url()
    assert "Skuteczność rozwiązania" in page  # default criteria are offered
    assert "Składając propozycję, oświadczam" in page  # and a default statement
    assert (call.challenge, call.owner_organisation, call.created_by) == (challenge, ziemia, bogdan)
    assert list(call.criteria.values_list("name", "weight")) == [("Skuteczność", 3), ("Koszt", 1)]
    assert call.deadline > timezone.now() + timedelta(days=6)


def test_without_a_challenge_in_the_address_the_member_chooses_one_of_hers(client_for, celina, ziemia, inna):
    own = ChallengeFactory(organisation=ziemia, title="Nasza hałda")
    ChallengeFactory(organisation=inna, title="Cudza hałda")

    page = client_for(celina).get(CREATE).content.decode()
    client_for(celina).post(CREATE, form_data(challenge=str(own.pk)))

    assert "Nasza hałda" in page and "Cudza hałda" not in page
    assert OpenCall.objects.get().challenge == own


def test_a_member_cannot_slip_in_another_organisations_challenge(client_for, celina, inna):
    other = ChallengeFactory(organisation=inna)

    response = client_for(celina).post(CREATE, form_data(challenge=str(other.pk)))

    assert response.status_code == 200
    assert not OpenCall.objects.exists()


def test_the_coordinator_runs_a_call_for_any_challenge(client_for, anna, inna):
    challenge = ChallengeFactory(organisation=inna)

    client_for(anna).post(f"{CREATE}?wyzwanie={challenge.pk}", form_data(eligibility=Eligibility.MEMBERS))

    call = OpenCall.objects.get()
    assert call.owner_organisation is None
    assert call.eligibility == Eligibility.MEMBERS


def test_errors_are_explained_and_nothing_typed_is_lost(client_for, bogdan, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    past = timezone.localtime(timezone.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")

    response = client_for(bogdan).post(
        f"{CREATE}?wyzwanie={challenge.pk}",
        form_data(
            deadline=past,
            **{"criteria-1-weight": "0", "criteria-2-name": "", "criteria-2-weight": "5"},
        ),
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Termin musi być w przyszłości." in page
    assert "Upewnij się, że ta wartość jest większa lub równa 1." in page
    assert "Podaj nazwę kryterium albo usuń jego wagę." in page
    assert 'value="Stabilizacja skarpy hałdy Brzeziny"' in page
    assert 'value="Skuteczność"' in page
    assert not OpenCall.objects.exists()


def test_at_least_one_criterion_and_distinct_names(client_for, bogdan, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    url = f"{CREATE}?wyzwanie={challenge.pk}"

    empty = client_for(bogdan).post(
        url, form_data(**{f"criteria-{n}-{f}": "" for n in range(3) for f in ("name", "weight")})
    )
    twice = client_for(bogdan).post(url, form_data(**{"criteria-1-name": "skuteczność"}))

    assert "Podaj co najmniej jedno kryterium oceny z wagą." in empty.content.decode()
    assert "Kryteria muszą mieć różne nazwy." in twice.content.decode()
    assert not OpenCall.objects.exists()


@pytest.mark.parametrize(("role", "status_code"), [("ewa", 403), ("dawid", 403), ("olek", 403)])
def test_others_cannot_open_a_call_for_ziemias_challenge(role, status_code, person, client_for, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    url = f"{CREATE}?wyzwanie={challenge.pk}"

    assert client_for(person(role)).get(url).status_code == status_code
    assert client_for(person(role)).post(url, form_data()).status_code == status_code
    assert not OpenCall.objects.exists()


def test_visitors_are_sent_to_log_in(client, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    response = client.post(f"{CREATE}?wyzwanie={challenge.pk}", form_data())
    assert response.status_code == 302 and "/konto/login/" in response.url
    assert not OpenCall.objects.exists()


@pytest.mark.parametrize("raw", ["abc", "99999"])
def test_an_unknown_challenge_is_a_404(raw, client_for, bogdan):
    assert client_for(bogdan).get(f"{CREATE}?wyzwanie={raw}").status_code == 404


def test_an_invisible_challenge_is_a_404_and_a_solved_one_a_403(client_for, bogdan, ziemia, inna):
    hidden = ChallengeFactory(organisation=inna, visibility=Visibility.RESTRICTED)
    solved = ChallengeFactory(organisation=ziemia, status=ChallengeStatus.SOLVED)

    assert client_for(bogdan).get(f"{CREATE}?wyzwanie={hidden.pk}").status_code == 404
    assert client_for(bogdan).get(f"{CREATE}?wyzwanie={solved.pk}").status_code == 403


def test_a_member_without_active_challenges_is_told_what_to_do(client_for, ewa):
    page = client_for(ewa).get(CREATE).content.decode()
    assert "Nie masz teraz żadnego takiego wyzwania." in page
    assert reverse("challenges:create") in page


# --- the call's page -------------------------------------------------------------------------------------


def detail(call) -> str:
    return reverse("opencalls:detail", kwargs={"pk": call.pk})


def test_visitors_read_a_call_for_everyone_with_weights_as_shares_and_the_statement(client, ziemia):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia))

    page = client.get(detail(call)).content.decode()

    assert "<strong>stabilizacji</strong>" in page
    assert "75%" in page and "25%" in page
    assert "Zachowam poufność" in page
    assert "Zaloguj się, aby złożyć propozycję." in page
    assert "Ranking propozycji" not in page
    assert call.challenge.get_absolute_url() in page


def test_a_members_only_call_is_a_404_for_visitors_and_specialists(client, client_for, dawid, ziemia):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia), eligibility=Eligibility.MEMBERS)
    assert client.get(detail(call)).status_code == 404
    assert client_for(dawid).get(detail(call)).status_code == 404
    assert client.get(reverse("opencalls:detail", kwargs={"pk": 99999})).status_code == 404


def test_a_restricted_challenge_is_not_linked_from_its_public_call(client, ziemia, woda):
    challenge = ChallengeFactory(organisation=ziemia, visibility=Visibility.RESTRICTED, visible_to=[woda])
    call = OpenCallFactory(challenge=challenge)

    page = client.get(detail(call)).content.decode()

    assert challenge.get_absolute_url() not in page
    assert challenge.title not in page


def test_a_specialist_sees_the_button_and_an_unverified_one_the_reason(client_for, person, dawid, ziemia):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia))

    unverified = client_for(dawid).get(detail(call)).content.decode()
    verified = client_for(person("dawid")).get(detail(call)).content.decode()

    assert "potwierdź swój adres e-mail" in unverified
    assert reverse("opencalls:proposal_create", kwargs={"pk": call.pk}) in verified


def test_the_owner_sees_the_ranking_evaluators_and_management(client_for, bogdan, ewa, dawid, ziemia):
    call = ClosedCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[ewa])
    proposal = CallProposalFactory(call=call, author=dawid, title="Hydroobsiew skarpy")
    evaluate(call.evaluators.get(), proposal, [8, 4])

    page = client_for(bogdan).get(detail(call)).content.decode()

    assert "Ranking propozycji" in page
    assert "Hydroobsiew skarpy" in page
    assert "7,00" in page  # (3·8 + 1·4) / 4
    assert "Ewa Zewnętrzna" in page
    assert reverse("opencalls:decide", kwargs={"pk": call.pk}) in page
    assert reverse("opencalls:edit", kwargs={"pk": call.pk}) not in page  # closed: no more edits


def test_an_evaluator_sees_a_link_to_score_except_for_conflicts(client_for, ewa, woda, dawid, olek, ziemia):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[ewa])
    other = CallProposalFactory(call=call, author=dawid)
    CallProposalFactory(call=call, author=olek, organisation=woda)

    page = client_for(ewa).get(detail(call)).content.decode()

    assert reverse("opencalls:proposal_score", kwargs={"pk": call.pk, "proposal_pk": other.pk}) in page
    assert "konflikt interesów" in page
    assert "Dodaj oceniającego" not in page


def test_applicants_see_only_their_own_proposals(client_for, person, ziemia):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia))
    mine = CallProposalFactory(call=call, author=person("dawid"), title="Moja propozycja")
    CallProposalFactory(call=call, author=person("olek"), title="Cudza propozycja")

    page = client_for(person("dawid")).get(detail(call)).content.decode()

    assert mine.get_absolute_url() in page
    assert "Cudza propozycja" not in page
    assert "Ranking propozycji" not in page
    assert reverse("opencalls:proposal_create", kwargs={"pk": call.pk}) not in page


def test_a_decided_call_names_the_winner(client, ziemia):
    call = DecidedCallFactory(challenge=ChallengeFactory(organisation=ziemia), decision_note="Najlepsza ocena.")
    call.winner = CallProposalFactory(call=call, title="Zwycięski pomysł", status=ProposalStatus.SELECTED)
    call.save(update_fields=["winner"])

    page = client.get(detail(call)).content.decode()

    assert "Wybrana propozycja: „Zwycięski pomysł”." in page
    assert "Najlepsza ocena." in page


def test_the_owner_edits_an_open_call(client_for, celina, ziemia):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia))
    url = reverse("opencalls:edit", kwargs={"pk": call.pk})

    assert client_for(celina).get(url).status_code == 200
    response = client_for(celina).post(
        url, {"title": "Nowy tytuł", "summary": "Nowy opis", "deadline": in_a_week(), "terms": "Nowe zasady."}
    )

    call.refresh_from_db()
    assert response.status_code == 302
    assert (call.title, call.terms_version) == ("Nowy tytuł", 2)


@pytest.mark.parametrize(("role", "closed"), [("ewa", False), ("dawid", False), ("celina", True)])
def test_nobody_else_edits_and_nobody_edits_after_the_deadline(role, closed, person, client_for, ziemia):
    factory = ClosedCallFactory if closed else OpenCallFactory
    call = factory(challenge=ChallengeFactory(organisation=ziemia), title="Bez zmian")
    url = reverse("opencalls:edit", kwargs={"pk": call.pk})

    response = client_for(person(role)).post(
        url, {"title": "Zmieniony", "summary": "x", "deadline": in_a_week(), "terms": "x"}
    )

    call.refresh_from_db()
    assert response.status_code == 403
    assert call.title == "Bez zmian"


def test_the_challenge_page_fragment_lists_its_calls_and_offers_to_open_one(client, client_for, bogdan, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    OpenCallFactory(challenge=challenge, title="Publiczny nabór")
    OpenCallFactory(challenge=challenge, title="Dla członków", eligibility=Eligibility.MEMBERS)
    url = reverse("opencalls:for_challenge", kwargs={"challenge_pk": challenge.pk})

    anonymous = client.get(url, headers={"HX-Request": "true"}).content.decode()
    owner = client_for(bogdan).get(url, headers={"HX-Request": "true"}).content.decode()

    assert '<section id="open-calls"' in anonymous and "<html" not in anonymous
    assert "Publiczny nabór" in anonymous and "Dla członków" not in anonymous
    assert f"{CREATE}?wyzwanie={challenge.pk}" not in anonymous
    assert "Dla członków" in owner and f"{CREATE}?wyzwanie={challenge.pk}" in owner


def test_the_challenge_fragment_of_an_invisible_challenge_is_a_404(client, inna, woda):
    challenge = ChallengeFactory(organisation=inna, visibility=Visibility.RESTRICTED, visible_to=[woda])
    OpenCallFactory(challenge=challenge)
    url = reverse("opencalls:for_challenge", kwargs={"challenge_pk": challenge.pk})

    assert client.get(url).status_code == 404


@pytest.mark.parametrize("count", [10, 100])
@pytest.mark.parametrize("role", ["bogdan", "ewa"])
def test_the_owners_and_evaluators_page_uses_a_constant_number_of_queries(
    count, role, person, client_for, ziemia, woda, django_assert_max_num_queries
):
    call = ClosedCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[person("ewa")])
    evaluator = call.evaluators.get()
    for index in range(count):
        proposal = CallProposalFactory(call=call, organisation=woda if index % 2 else None)
        if index % 3:
            evaluate(evaluator, proposal, [index % 11, 5])
    browser = client_for(person(role))

    with django_assert_max_num_queries(14):
        response = browser.get(detail(call))

    assert response.status_code == 200
    assert len(response.context["ranking"]) == count
