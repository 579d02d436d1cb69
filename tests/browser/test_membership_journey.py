"""A person applies for cluster membership of a new organisation; the coordinator approves it."""

import re

from django.core import mail
from playwright.sync_api import Page, expect
from stdnum.pl import nip

from platforma.organisations.models import ClusterStatus, Organisation, OrganisationRole
from tests.browser.conftest import assert_accessible, log_in, verify_email

PASSWORD = "haslo-testowe-123"


def nip_with_check_digit(first_nine: str) -> str:
    """A NIP that passes the checksum: the tenth digit is the weighted sum of the nine modulo 11."""
    check = sum(weight * int(digit) for weight, digit in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), first_nine, strict=True)) % 11
    assert check < 10, "no NIP starts with these nine digits; pick others"
    number = f"{first_nine}{check}"
    assert nip.is_valid(number)
    return number


def test_person_applies_for_membership_and_the_coordinator_approves_it(page: Page, olek, anna) -> None:
    valid_nip = nip_with_check_digit("646100271")
    wrong_nip = valid_nip[:-1] + str((int(valid_nip[-1]) + 1) % 10)
    verify_email(olek)
    verify_email(anna)

    log_in(page, email=olek.email, password=PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Dołącz do klastra").click()
    expect(page).to_have_url(re.compile(r"/organizacje/dolacz/$"))
    expect(page.get_by_role("heading", level=1, name="Zgłoś organizację do klastra")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("textbox", name="Nazwa", exact=True).fill("Rekultywacja Hałd Radzionków sp. z o.o.")
    page.get_by_label("Rodzaj podmiotu").select_option(label="przedsiębiorstwo")
    page.get_by_label("NIP").fill(f"{wrong_nip[:3]}-{wrong_nip[3:6]}-{wrong_nip[6:8]}-{wrong_nip[8:]}")
    page.get_by_label("Kod pocztowy").fill("41-922")
    page.get_by_label("Miejscowość").fill("Radzionków")
    page.get_by_label("Dlaczego chcecie dołączyć do klastra?").fill(
        "Rekultywujemy hałdy po kopalni Radzionków i szukamy partnerów do badań nad fitoremediacją."
    )
    page.get_by_label("Oświadczam, że mogę reprezentować tę organizację").check()
    page.get_by_role("button", name="Wyślij wniosek").click()

    expect(page.get_by_text("Nieprawidłowy NIP — sprawdź cyfrę kontrolną.")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("Formularz zawiera błędy")
    expect(page.get_by_label("NIP")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("textbox", name="Nazwa", exact=True)).to_have_value(
        "Rekultywacja Hałd Radzionków sp. z o.o."
    )
    expect(page.get_by_label("Rodzaj podmiotu")).to_have_value("company")
    expect(page.get_by_label("Miejscowość")).to_have_value("Radzionków")
    expect(page.get_by_label("Dlaczego chcecie dołączyć do klastra?")).to_contain_text("fitoremediacją")
    expect(page.get_by_label("Oświadczam, że mogę reprezentować tę organizację")).to_be_checked()
    assert not Organisation.objects.exists()
    assert_accessible(page)

    page.get_by_label("NIP").fill(valid_nip)
    page.get_by_role("button", name="Wyślij wniosek").click()
    expect(page.get_by_role("heading", level=1, name="Wniosek został wysłany")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Rekultywacja Hałd Radzionków sp. z o.o.")
    assert_accessible(page)

    organisation = Organisation.objects.get()
    assert organisation.nip == valid_nip
    assert organisation.cluster_status == ClusterStatus.APPLICANT
    assert organisation.member_since is None
    assert organisation.memberships.get().user == olek
    assert organisation.memberships.get().role == OrganisationRole.ADMIN

    # The coordinator, in the same browser after the applicant has logged out.
    page.get_by_role("button", name="Wyloguj").click()
    expect(page.get_by_role("link", name="Zaloguj")).to_be_visible()
    assert_accessible(page)
    log_in(page, email=anna.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Anna Koordynatorska")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Panel koordynatora").click()
    expect(page.get_by_role("heading", level=1, name="Panel koordynatora")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Rozpatrz wnioski").click()
    expect(page.get_by_role("heading", level=2, name="Wnioski czekające na decyzję: 1")).to_be_visible()
    assert_accessible(page)
    # The organisation's name is a visually hidden part of the link, so the name may carry a space before ":".
    page.get_by_role("link", name=re.compile(r"^Rozpatrz wniosek\s*: Rekultywacja Hałd Radzionków")).click()
    expect(page.get_by_role("heading", level=1, name="Rekultywacja Hałd Radzionków sp. z o.o.")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Uwagi do decyzji").fill("Witamy w klastrze!")
    mail.outbox.clear()
    page.get_by_role("button", name="Zatwierdź członkostwo").click()
    expect(
        page.get_by_text("Organizacja Rekultywacja Hałd Radzionków sp. z o.o. jest teraz członkiem klastra.")
    ).to_be_visible()
    expect(page.get_by_role("heading", level=2, name="Wnioski czekające na decyzję: 0")).to_be_visible()
    assert_accessible(page)

    organisation.refresh_from_db()
    assert organisation.cluster_status == ClusterStatus.MEMBER
    assert organisation.member_since is not None
    assert organisation.decided_by == anna
    assert organisation.decision_note == "Witamy w klastrze!"
    [notice] = mail.outbox
    assert notice.to == [olek.email]
    assert "Rekultywacja Hałd Radzionków" in notice.subject + notice.body
