"""Browser journeys: Playwright drives Debian's Chromium against Django's live server.

Playwright cannot download its own browsers here, so it is pointed at /usr/bin/chromium.
"""

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import Browser, Page, sync_playwright

from platforma.accounts.models import User

# Playwright's sync API runs an event loop in this thread; Django would then refuse ORM calls
# made by the test itself (to check what the database holds) as "unsafe in async context".
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, live_server) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server.url, locale="pl-PL")
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


def assert_accessible(page: Page) -> None:
    """axe-core on the current page: no serious or critical WCAG 2.1 A/AA violation."""
    # Colours are judged once CSS transitions have settled: a button still fading into its hover state
    # (the pointer rests where the last click was) is not what a person reads.
    page.evaluate(
        """() => Promise.all(document.getAnimations()
            .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
            .map((animation) => animation.finished.catch(() => null)))"""
    )
    # Evaluated through the DevTools protocol, so the page's strict CSP (no inline scripts) still holds.
    page.evaluate(AXE_SOURCE)
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
        })"""
    )
    bad = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
    details = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [{"target": n["target"], "html": n["html"], "why": n["failureSummary"]} for n in v["nodes"][:5]],
        }
        for v in bad
    ]
    assert not bad, f"axe violations on {page.url}:\n{json.dumps(details, indent=2, ensure_ascii=False)}"


def label(text: str) -> re.Pattern[str]:
    """Exactly this label, with or without the asterisk that marks a required field."""
    return re.compile(rf"^\s*{re.escape(text)}(\s*\*)?\s*$")


def log_in(page: Page, *, email: str, password: str) -> None:
    """Through the log-in page, as a person does; the page itself is checked with axe on the way."""
    page.goto("/konto/login/")
    assert_accessible(page)
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Hasło").fill(password)
    page.locator("main").get_by_role("button", name="Zaloguj").click()


def verify_email(user: User) -> None:
    """Mandatory verification: allauth lets a person log in only with a verified primary address."""
    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
