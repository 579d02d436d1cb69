from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_accessible


def test_home_page_is_polish_and_accessible(page: Page) -> None:
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.get_by_role("link", name="Przejdź do treści")).to_be_attached()
    assert_accessible(page)
