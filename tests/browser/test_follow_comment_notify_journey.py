"""Follow, comment, get notified, choose less: Bogdan follows another organisation's challenge with the button
on its page; Ewa comments on it; Bogdan sees the count in the header, finds the comment in his notification
centre, and turns such notifications off."""

import re

import pytest
from playwright.sync_api import Page, expect

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.community.comments.models import Comment
from platforma.community.notifications.kinds import Delivery
from platforma.community.notifications.models import Follow, NotificationPreference
from tests.browser.conftest import assert_accessible, log_in, verify_email

PASSWORD = "haslo-testowe-123"


@pytest.fixture
def challenge(woda):
    return ChallengeFactory(organisation=woda, title="Zasolone wody kopalniane w zlewni Brynicy")


def log_out(page: Page) -> None:
    page.get_by_role("list", name="Konto i język").get_by_role("button", name="Wyloguj").click()


def test_a_follower_is_told_of_a_comment_and_turns_comment_notifications_off(
    page: Page, bogdan, ewa, challenge
) -> None:
    verify_email(bogdan)
    verify_email(ewa)

    log_in(page, email=bogdan.email, password=PASSWORD)
    page.goto(challenge.get_absolute_url())
    page.get_by_role("button", name="Obserwuj").click()
    expect(page.get_by_role("button", name="Przestań obserwować")).to_be_visible()
    assert_accessible(page)
    assert Follow.objects.filter(user=bogdan, target_id=challenge.pk).exists()
    log_out(page)

    log_in(page, email=ewa.email, password=PASSWORD)
    page.goto(challenge.get_absolute_url())
    page.get_by_label("Treść komentarza").fill("Mamy instalację odwróconej osmozy do testów — zapraszamy.")
    page.get_by_role("button", name="Dodaj komentarz").click()
    expect(page.get_by_text("Mamy instalację odwróconej osmozy do testów — zapraszamy.")).to_be_visible()
    assert Comment.objects.filter(author=ewa).count() == 1
    log_out(page)

    log_in(page, email=bogdan.email, password=PASSWORD)
    badge = page.get_by_role("list", name="Konto i język").get_by_role("link", name="Powiadomienia, 1 nieprzeczytane")
    expect(badge).to_be_visible()
    badge.click()
    row = page.locator("#notification-list li").filter(has_text="Nowy komentarz")
    expect(row.get_by_role("link", name=challenge.title)).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Ustawienia powiadomień").click()
    page.get_by_label(re.compile(r"^Nowy komentarz")).select_option(Delivery.NEVER.value)
    page.get_by_role("button", name="Zapisz ustawienia").click()
    expect(page.get_by_text("Zapisano ustawienia powiadomień.")).to_be_visible()
    assert_accessible(page)
    assert NotificationPreference.objects.get(user=bogdan, verb="comment.created").delivery == Delivery.NEVER
