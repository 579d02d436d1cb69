"""A member comments on a challenge, another replies, the first corrects the comment — all in place (HTMX)."""

import pytest
from playwright.sync_api import Page, expect

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.community.comments.models import Comment
from tests.browser.conftest import assert_accessible, log_in, verify_email

PASSWORD = "haslo-testowe-123"


@pytest.fixture
def challenge(ziemia):
    return ChallengeFactory(organisation=ziemia, title="Pylenie z hałdy w Brzezinach Śląskich")


def test_members_discuss_a_challenge(page: Page, browser, live_server, challenge, ewa, celina) -> None:
    verify_email(ewa)
    verify_email(celina)

    log_in(page, email=ewa.email, password=PASSWORD)
    page.goto(challenge.get_absolute_url())
    comments = page.locator("#komentarze")
    expect(comments.get_by_text("Nikt jeszcze nie skomentował.")).to_be_visible()
    assert_accessible(page)

    comments.get_by_label("Treść komentarza").fill("U nas w Zabrzu **to samo** przy suchej pogodzie.")
    comments.get_by_role("button", name="Dodaj komentarz").click()
    expect(comments.get_by_role("status")).to_have_text("Dodano komentarz.")
    expect(comments.locator("strong", has_text="to samo")).to_be_visible()
    assert_accessible(page)

    # Within the 15 minutes the author may correct the comment, in place.
    comments.get_by_role("link", name="Popraw (jeszcze 15 min)").click()
    editor = comments.get_by_label("Treść komentarza").first
    expect(editor).to_have_value("U nas w Zabrzu **to samo** przy suchej pogodzie.")
    assert_accessible(page)
    editor.fill("U nas w Zabrzu to samo przy suchej pogodzie i silnym wietrze.")
    comments.get_by_role("button", name="Zapisz poprawkę").click()
    expect(comments.get_by_role("status")).to_have_text("Zapisano poprawiony komentarz.")
    expect(comments.get_by_text("(poprawiony)")).to_be_visible()

    # Another member answers in a second browser session.
    other = browser.new_context(base_url=live_server.url, locale="pl-PL")
    reply_page = other.new_page()
    try:
        log_in(reply_page, email=celina.email, password=PASSWORD)
        reply_page.goto(challenge.get_absolute_url())
        thread = reply_page.locator("#komentarze")
        thread.get_by_role("link", name="Odpowiedz na komentarz: Ewa Zewnętrzna").click()
        thread.get_by_label("Treść odpowiedzi").fill("Dziękujemy, dopiszemy Zabrze do mapy skarg.")
        assert_accessible(reply_page)
        thread.get_by_role("button", name="Dodaj odpowiedź").click()
        expect(thread.get_by_role("status")).to_have_text("Dodano odpowiedź.")
        expect(thread.get_by_role("list", name="Odpowiedzi")).to_contain_text("dopiszemy Zabrze")
        assert_accessible(reply_page)
    finally:
        other.close()

    top = Comment.objects.get(parent__isnull=True)
    assert top.author == ewa
    assert top.edited_at is not None
    assert top.replies.get().author == celina
