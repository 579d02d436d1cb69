import re
from decimal import Decimal

import pytest
from django.urls import reverse

from platforma.challenges.models import ChallengeStatus, ProposalStatus
from platforma.challenges.tests.factories import (
    ChallengeFactory,
    ChallengeStatusChangeFactory,
    ChallengeSupportFactory,
    DraftChallengeFactory,
    ProposalFactory,
)
from platforma.core.models import Visibility
from platforma.organisations.tests.factories import MembershipFactory
from platforma.taxonomy.tests.factories import CompetenceFactory


def url(challenge) -> str:
    return reverse("challenges:detail", kwargs={"pk": challenge.pk})


def test_a_visitor_reads_a_public_challenge_with_everything_on_it(client, ziemia, woda, dawid, celina):
    challenge = ChallengeFactory(
        organisation=ziemia,
        title="Cynk w glebie ogródków działkowych",
        description="Stężenie **cynku** przekracza normę.\n\n<script>alert(1)</script>",
        city="Bytom",
        latitude=Decimal("50.34802"),
        longitude=Decimal("18.93282"),
        competences=[CompetenceFactory(name_pl="Fitostabilizacja metali ciężkich")],
    )
    ChallengeSupportFactory(challenge=challenge, organisation=woda, note="U nas ołów przy szybie.")
    ProposalFactory(challenge=challenge, author=dawid, title="Kostrzewa czerwona na hałdzie")
    ChallengeStatusChangeFactory(challenge=challenge, changed_by=celina)

    response = client.get(url(challenge))

    page = response.content.decode()
    assert response.status_code == 200
    assert "<strong>cynku</strong>" in page
    assert "<script>alert(1)</script>" not in page
    assert "Bytom" in page
    assert "50,34802" in page and "18,93282" in page
    assert "Fitostabilizacja metali ciężkich" in page
    assert "Ten problem dotyczy też:" in page
    assert woda.name in page and "U nas ołów przy szybie." in page
    assert "Kostrzewa czerwona na hałdzie" in page
    assert "Historia statusu" in page
    # Outsiders see neither who changed the status nor the names of individual specialists.
    assert celina.display_name not in page
    assert dawid.display_name not in page
    assert 'id="matches"' not in page
    assert "Zaloguj się, aby zaproponować rozwiązanie." in page


def test_a_missing_challenge_is_a_404(client, db):
    assert client.get(reverse("challenges:detail", kwargs={"pk": 999999})).status_code == 404


@pytest.mark.parametrize(
    ("role", "status_code"),
    [("anonymous", 404), ("olek", 404), ("dawid", 404), ("ewa", 200), ("celina", 404), ("anna", 200)],
)
def test_a_restricted_challenge_is_a_404_for_everyone_it_is_not_shared_with(
    role, status_code, person, client, client_for, inna, woda
):
    challenge = ChallengeFactory(organisation=inna, visibility=Visibility.RESTRICTED, visible_to=[woda])
    browser = client if role == "anonymous" else client_for(person(role))

    assert browser.get(url(challenge)).status_code == status_code


def test_the_owner_sees_the_draft_notice_status_form_and_management_links(client_for, bogdan, ziemia):
    challenge = DraftChallengeFactory(organisation=ziemia)

    page = client_for(bogdan).get(url(challenge)).content.decode()

    assert "To jest szkic." in page
    assert reverse("challenges:edit", kwargs={"pk": challenge.pk}) in page
    assert reverse("challenges:status", kwargs={"pk": challenge.pk}) in page
    assert '<option value="open">otwarte</option>' in page
    assert '<option value="solved">' not in page


def test_the_owner_sees_why_the_coordinator_hid_the_challenge(client_for, celina, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, is_hidden=True, moderation_note="Dane osobowe w opisie.")

    page = client_for(celina).get(url(challenge)).content.decode()

    assert "Dane osobowe w opisie." in page


def test_another_member_sees_the_we_face_it_too_form_and_the_proposal_link(client_for, ewa, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    page = client_for(ewa).get(url(challenge)).content.decode()

    assert reverse("challenges:support", kwargs={"pk": challenge.pk}) in page
    assert reverse("challenges:proposal_create", kwargs={"pk": challenge.pk}) in page
    assert reverse("challenges:status", kwargs={"pk": challenge.pk}) not in page
    assert reverse("challenges:edit", kwargs={"pk": challenge.pk}) not in page


def test_the_owner_sees_decision_buttons_and_the_author_a_withdraw_button(client_for, bogdan, dawid, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    proposal = ProposalFactory(challenge=challenge, author=dawid)
    decide = reverse("challenges:proposal_decide", kwargs={"pk": challenge.pk, "proposal_pk": proposal.pk})
    withdraw = reverse("challenges:proposal_withdraw", kwargs={"pk": challenge.pk, "proposal_pk": proposal.pk})

    owner_page = client_for(bogdan).get(url(challenge)).content.decode()
    author_page = client_for(dawid).get(url(challenge)).content.decode()

    assert decide in owner_page and withdraw not in owner_page
    assert dawid.display_name in owner_page
    assert withdraw in author_page and decide not in author_page


def test_a_solved_challenge_takes_no_new_proposals(client_for, ewa, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, status=ChallengeStatus.SOLVED)
    ProposalFactory(challenge=challenge, status=ProposalStatus.ACCEPTED, title="Przyjęta propozycja")

    page = client_for(ewa).get(url(challenge)).content.decode()

    assert reverse("challenges:proposal_create", kwargs={"pk": challenge.pk}) not in page
    assert "Przyjęta propozycja" in page and "przyjęta" in page


def test_the_english_page_lives_under_en(client, inna):
    challenge = ChallengeFactory(organisation=inna)

    response = client.get(f"/en/wyzwania/{challenge.pk}/")

    assert response.status_code == 200


def test_every_id_on_the_page_is_unique_even_with_all_forms_shown(client_for, celina, ziemia, woda):
    MembershipFactory(user=celina, organisation=woda)
    challenge = ChallengeFactory(organisation=ziemia)

    page = client_for(celina).get(url(challenge)).content.decode()

    ids = re.findall(r'\sid="([^"]+)"', page)
    assert reverse("challenges:status", kwargs={"pk": challenge.pk}) in page
    assert reverse("challenges:support", kwargs={"pk": challenge.pk}) in page
    assert len(ids) == len(set(ids))


def test_withdrawn_proposals_are_shown_only_to_their_author_and_the_owner(client, client_for, dawid, bogdan, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    ProposalFactory(challenge=challenge, author=dawid, title="Wycofany pomysł", status=ProposalStatus.WITHDRAWN)

    assert "Wycofany pomysł" not in client.get(url(challenge)).content.decode()
    assert "Wycofany pomysł" in client_for(dawid).get(url(challenge)).content.decode()
    assert "Wycofany pomysł" in client_for(bogdan).get(url(challenge)).content.decode()
