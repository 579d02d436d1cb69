"""An open call, start to finish: a member opens it from a challenge and names an evaluator; a specialist with no
organisation answers with an attachment; after the deadline the evaluator scores; the owner picks the winner,
who becomes the partner of a pilot initiative, and hears the outcome with the evaluator's comment."""

import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.initiatives.models import Initiative, ParticipantRole
from platforma.opencalls.models import CallProposal, Eligibility, Evaluation, OpenCall, ProposalStatus
from tests.browser.conftest import assert_accessible, log_in, verify_email

PASSWORD = "haslo-testowe-123"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Wyloguj").click()


def open_call_page(page: Page, call: OpenCall) -> None:
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Nabory").click()
    expect(page.get_by_role("heading", level=1, name="Nabory — otwarte wyzwania")).to_be_visible()
    page.get_by_role("link", name=call.title).click()
    expect(page.get_by_role("heading", level=1, name=call.title)).to_be_visible()


def test_a_specialist_answers_an_evaluator_scores_and_the_winner_becomes_a_pilot(
    page: Page, bogdan, ziemia, ewa, dawid
) -> None:
    challenge = ChallengeFactory(
        organisation=ziemia, author=bogdan, title="Samozapalenie hałdy w Bytomiu-Miechowicach", city="Bytom"
    )
    for person in (bogdan, ewa, dawid):
        verify_email(person)

    # 1. The owner opens a call from the challenge, with weighted criteria, and names an evaluator.
    log_in(page, email=bogdan.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Bogdan Adminowski")).to_be_visible()
    page.goto(f"/nabory/nowy/?wyzwanie={challenge.pk}")
    expect(page.get_by_role("heading", level=1, name="Ogłoś nabór")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Tytuł naboru").fill("Nabór: gaszenie ognisk termicznych hałdy w Miechowicach")
    page.get_by_label("Opis naboru").fill("Szukamy metody **bezpiecznego gaszenia** ognisk na skarpie północnej.")
    deadline = timezone.localtime(timezone.now() + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M")
    page.get_by_label("Termin składania propozycji").fill(deadline)
    expect(page.get_by_label("wszyscy — także osoby bez organizacji, np. studenci i naukowcy")).to_be_checked()
    criteria = page.get_by_role("group", name="Kryteria oceny i ich wagi")
    criteria.get_by_role("group", name="Kryterium 3").get_by_label("Nazwa kryterium").fill("skuteczność rozwiązania")
    criteria.get_by_role("group", name="Kryterium 3").get_by_label("Waga").fill("10")
    page.get_by_role("button", name="Ogłoś nabór").click()

    # Two criteria with one name are explained; everything typed stays.
    expect(page.get_by_text("Kryteria muszą mieć różne nazwy.")).to_be_visible()
    expect(page.get_by_label("Tytuł naboru")).to_have_value("Nabór: gaszenie ognisk termicznych hałdy w Miechowicach")
    assert not OpenCall.objects.exists()
    assert_accessible(page)
    criteria = page.get_by_role("group", name="Kryteria oceny i ich wagi")
    expect(criteria.get_by_role("group", name="Kryterium 3").get_by_label("Waga")).to_have_value("10")
    criteria.get_by_role("group", name="Kryterium 3").get_by_label("Nazwa kryterium").fill("Doświadczenie zespołu")
    page.get_by_role("button", name="Ogłoś nabór").click()

    expect(page.get_by_text("Ogłoszono nabór.")).to_be_visible()
    call = OpenCall.objects.get()
    expect(page).to_have_url(re.compile(rf"/nabory/{call.pk}/$"))
    expect(page.get_by_role("strong").filter(has_text="bezpiecznego gaszenia")).to_be_visible()
    assert_accessible(page)

    page.evaluate("window.sameDocument = true")
    evaluators = page.get_by_role("region", name="Oceniający")
    evaluators.get_by_label("Adres e-mail oceniającego").fill(ewa.email)
    with page.expect_response(re.compile(rf"/nabory/{call.pk}/oceniajacy/$")) as response:
        evaluators.get_by_role("button", name="Dodaj oceniającego").click()
    assert response.value.request.headers.get("hx-request") == "true"
    evaluators = page.get_by_role("region", name="Oceniający")
    expect(evaluators.get_by_role("status")).to_have_text("Dodano oceniającego: Ewa Zewnętrzna.")
    expect(page.get_by_role("heading", name="Oceniający")).to_be_focused()
    assert page.evaluate("window.sameDocument") is True
    assert_accessible(page)
    log_out(page)

    # 2. A specialist with no organisation answers, with a PDF, accepting the statement.
    log_in(page, email=dawid.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Dawid Specjalista")).to_be_visible()
    open_call_page(page, call)
    assert_accessible(page)
    page.get_by_role("link", name="Złóż propozycję").click()
    expect(page.get_by_role("heading", level=1, name="Złóż propozycję")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Tytuł propozycji").fill("Iniekcja zawiesiny popiołowo-wodnej w ogniska")
    page.get_by_label("Opis rozwiązania").fill("Otwory co 5 m, zawiesina popiołu lotnego, kontrola termowizyjna.")
    page.get_by_label("Załączniki").set_input_files(
        files=[{"name": "koncepcja-gaszenia.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_role("button", name="Złóż propozycję").click()

    # Without accepting the statement the form does not go (the server refuses it too, see the view tests).
    terms = page.get_by_label("Akceptuję powyższe oświadczenie o poufności i własności intelektualnej")
    assert terms.evaluate("box => box.validity.valueMissing") is True
    expect(page).to_have_url(re.compile(rf"/nabory/{call.pk}/propozycje/nowa/$"))
    assert not CallProposal.objects.exists()
    page.get_by_label("Akceptuję powyższe oświadczenie o poufności i własności intelektualnej").check()
    page.get_by_role("button", name="Złóż propozycję").click()

    expect(page.get_by_text("Złożono propozycję.")).to_be_visible()
    proposal = CallProposal.objects.get()
    expect(page).to_have_url(re.compile(rf"/nabory/{call.pk}/propozycje/{proposal.pk}/$"))
    expect(page.get_by_role("link", name="koncepcja-gaszenia.pdf")).to_be_visible()
    assert_accessible(page)
    assert (proposal.author, proposal.organisation, proposal.terms_version) == (dawid, None, 1)
    assert proposal.attachments.get().file.read() == PDF
    log_out(page)

    # 3. The deadline passes; the evaluator scores each criterion with a comment.
    OpenCall.objects.filter(pk=call.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    log_in(page, email=ewa.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Ewa Zewnętrzna")).to_be_visible()
    open_call_page(page, call)
    expect(page.get_by_text("Termin składania propozycji minął.")).to_be_visible()
    ranking = page.get_by_role("region", name="Ranking propozycji")
    expect(ranking.get_by_role("row").filter(has_text="Iniekcja zawiesiny")).to_contain_text("brak ocen")
    assert_accessible(page)
    ranking.get_by_role("link", name=re.compile("^oceń")).click()
    expect(page.get_by_role("heading", level=1, name="Ocena propozycji")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Skuteczność rozwiązania (waga 40)").fill("9")
    page.get_by_label("Koszt i wykonalność wdrożenia (waga 30)").fill("7")
    page.get_by_label("Doświadczenie zespołu (waga 10)").fill("6")
    page.get_by_label("Komentarz dla autorów").fill("Dobrze uzasadnione; brakuje harmonogramu prac zimą.")
    page.get_by_role("button", name="Zapisz ocenę").click()

    expect(page.get_by_text("Zapisano ocenę propozycji")).to_be_visible()
    row = page.get_by_role("region", name="Ranking propozycji").get_by_role("row").filter(has_text="Iniekcja")
    expect(row).to_contain_text("7,88")  # (40·9 + 30·7 + 10·6) / 80
    assert_accessible(page)
    evaluation = Evaluation.objects.get()
    assert evaluation.proposal == proposal and evaluation.evaluator.user == ewa
    assert sorted(evaluation.scores.values_list("score", flat=True)) == [6, 7, 9]
    log_out(page)

    # 4. The owner picks the winner: a pilot initiative starts with the specialist as partner.
    log_in(page, email=bogdan.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Bogdan Adminowski")).to_be_visible()
    open_call_page(page, call)
    page.get_by_role("link", name="Rozstrzygnij nabór").click()
    expect(page.get_by_role("heading", level=1, name="Rozstrzygnięcie naboru")).to_be_visible()
    assert_accessible(page)
    page.get_by_label(re.compile(r"^1\. Iniekcja zawiesiny")).check()
    page.get_by_label("Uzasadnienie rozstrzygnięcia").fill("Najwyżej oceniona, realna w naszym budżecie.")
    page.get_by_role("button", name="Rozstrzygnij nabór").click()

    expect(page.get_by_text("Nabór rozstrzygnięty i powstało przedsięwzięcie pilotażowe.")).to_be_visible()
    pilot = Initiative.objects.get()
    expect(page).to_have_url(re.compile(rf"/przedsiewziecia/{pilot.pk}/$"))
    call.refresh_from_db()
    proposal.refresh_from_db()
    assert (call.winner, call.pilot, call.decided_by) == (proposal, pilot, bogdan)
    assert proposal.status == ProposalStatus.SELECTED
    assert pilot.lead_organisation == ziemia
    assert list(pilot.challenges.all()) == [challenge]
    assert pilot.participants.get(user=dawid).role == ParticipantRole.EXPERT

    # The applicant hears the outcome with the evaluator's comment, and reads it on the proposal's page.
    outcome = [m for m in mail.outbox if m.to == [dawid.email] and m.subject.startswith("Twoja propozycja wygrała")]
    assert len(outcome) == 1
    assert "Dobrze uzasadnione; brakuje harmonogramu prac zimą." in outcome[0].body
    assert "Ewa" not in outcome[0].body
    log_out(page)
    log_in(page, email=dawid.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Dawid Specjalista")).to_be_visible()
    page.goto(proposal.get_absolute_url())
    feedback = page.get_by_role("region", name="Informacja zwrotna od oceniających")
    expect(feedback).to_contain_text("Twoja propozycja została wybrana w tym naborze.")
    expect(feedback).to_contain_text("Dobrze uzasadnione; brakuje harmonogramu prac zimą.")
    expect(page.get_by_role("link", name="Edytuj propozycję")).to_have_count(0)
    assert_accessible(page)
    assert call.eligibility == Eligibility.EVERYONE
