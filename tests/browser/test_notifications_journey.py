"""Notifications: a person who follows an organisation is notified of it three times, sees the count in the
header, opens the centre where the three make one row, marks it read, and changes a preference."""

import re

import pytest
from playwright.sync_api import Page, expect

from platforma.community.notifications.kinds import Delivery
from platforma.community.notifications.models import Follow, NotificationPreference
from platforma.community.notifications.services import follow_create, notify
from platforma.community.notifications.tests.factories import WEEKLY
from tests.browser.conftest import assert_accessible, log_in, verify_email

PASSWORD = "haslo-testowe-123"


@pytest.fixture
def notified_dawid(dawid, bogdan, celina, ziemia):
    """Dawid follows Ziemia Czysta; its people post three pieces of news he hears of as a follower."""
    verify_email(dawid)
    follow_create(user=dawid, target=ziemia)
    for actor in (bogdan, celina, bogdan):
        notify(verb=WEEKLY, target=ziemia, actor=actor, organisation=ziemia)
    return dawid


def test_a_follower_sees_grouped_notifications_and_changes_a_preference(page: Page, notified_dawid, ziemia) -> None:
    log_in(page, email=notified_dawid.email, password=PASSWORD)

    header = page.get_by_role("list", name="Konto i język")
    badge = header.get_by_role("link", name="Powiadomienia, 3 nieprzeczytane")
    expect(badge).to_be_visible()
    assert_accessible(page)

    badge.click()
    expect(page.get_by_role("heading", level=1, name="Powiadomienia")).to_be_visible()
    row = page.locator("#notification-list li").filter(has_text="Wiadomość tygodniowa (3)")
    expect(row).to_have_count(1)
    expect(row.get_by_role("link", name=ziemia.name)).to_have_attribute("href", ziemia.get_absolute_url())
    expect(row).to_contain_text("Bogdan Adminowski, Celina Członkowska")
    assert_accessible(page)

    row.get_by_role("button", name=re.compile("Oznacz jako przeczytane")).click()
    expect(page.get_by_role("status")).to_have_text("Oznaczono jako przeczytane.")
    # The header's count went with it, without reloading the page.
    expect(header.get_by_role("link", name="Powiadomienia", exact=True)).to_be_visible()
    expect(page.locator("#notification-list li").filter(has_text="nowe")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Ustawienia powiadomień").click()
    expect(page.get_by_role("heading", level=1, name="Ustawienia powiadomień")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("wiadomość tygodniowa").select_option(Delivery.DAILY.value)
    page.get_by_label(f"Organizacja: {ziemia.name}").select_option(Delivery.IMMEDIATE.value)
    page.get_by_role("button", name="Zapisz ustawienia").click()

    expect(page.get_by_text("Zapisano ustawienia powiadomień.")).to_be_visible()
    expect(page.get_by_label("wiadomość tygodniowa")).to_have_value(Delivery.DAILY.value)
    assert_accessible(page)
    assert NotificationPreference.objects.get(user=notified_dawid, verb=WEEKLY).delivery == Delivery.DAILY
    assert Follow.objects.get(user=notified_dawid).delivery == Delivery.IMMEDIATE
