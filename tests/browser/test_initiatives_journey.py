"""A member starts an initiative from a challenge, invites a partner who accepts, both pledge resources,
and a task moves across the board without a page reload. The database is checked after each step."""

import datetime
import re
from decimal import Decimal

from django.core import mail
from playwright.sync_api import Page, expect

from platforma.challenges.tests.factories import ChallengeFactory, ChallengeSupportFactory
from platforma.core.models import Visibility
from platforma.initiatives.models import (
    Initiative,
    InitiativeStatus,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    Pledge,
    PledgeKind,
    PledgeStatus,
    Task,
    TaskStatus,
)
from platforma.initiatives.tests.factories import (
    GoalFactory,
    GroupMemberFactory,
    GroupPostFactory,
    InitiativeFactory,
    MilestoneFactory,
    ParticipantFactory,
    PledgeFactory,
    TaskFactory,
    WorkingGroupFactory,
)
from tests.browser.conftest import assert_accessible, label, log_in, verify_email

PASSWORD = "haslo-testowe-123"


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Wyloguj").click()
    expect(page.get_by_role("link", name="Zaloguj")).to_be_visible()


def expect_message(page: Page, text: str | re.Pattern[str]) -> None:
    """The page's status message (Django's messages, announced through role="status")."""
    expect(page.locator(".messages")).to_contain_text(text)


def open_section(page: Page, name: str) -> None:
    page.get_by_role("navigation", name="Części przedsięwzięcia").get_by_role("link", name=name).click()
    expect(
        page.get_by_role("navigation", name="Części przedsięwzięcia").get_by_role("link", name=name)
    ).to_have_attribute("aria-current", "page")
    assert_accessible(page)


def test_a_joint_venture_from_a_challenge_to_a_task_on_the_board(page: Page, bogdan, ziemia, ewa, woda) -> None:
    challenge = ChallengeFactory(
        organisation=ziemia, author=bogdan, title="Pylenie z hałdy przy ulicy Konstytucji w Bytomiu", city="Bytom"
    )
    verify_email(bogdan)
    verify_email(ewa)

    # 1. Bogdan starts an initiative from the challenge.
    log_in(page, email=bogdan.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Bogdan Adminowski")).to_be_visible()
    page.goto(f"/przedsiewziecia/dla-wyzwania/{challenge.pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Pylenie z hałdy")
    assert_accessible(page)
    page.get_by_role("link", name="Rozpocznij przedsięwzięcie wokół tego wyzwania").click()
    expect(page.get_by_role("heading", level=1, name="Rozpocznij przedsięwzięcie")).to_be_visible()
    expect(page.get_by_label(label("Nazwa"))).to_have_value("Pylenie z hałdy przy ulicy Konstytucji w Bytomiu")
    expect(page.get_by_label(re.compile("Pylenie z hałdy przy ulicy Konstytucji"))).to_be_checked()
    assert_accessible(page)
    page.get_by_label(label("Nazwa")).fill("Zazielenienie hałdy przy ulicy Konstytucji")
    page.get_by_label(label("Planowany początek")).fill("2027-03-01")
    page.get_by_label(label("Planowany koniec")).fill("2027-10-31")
    page.get_by_label(label("Budżet (PLN)")).fill("150 000")
    page.get_by_label("tylko partnerzy przedsięwzięcia").check()
    page.get_by_role("button", name="Utwórz przedsięwzięcie").click()

    expect_message(page, "Utworzono przedsięwzięcie.")
    expect(page.get_by_role("heading", level=1, name="Zazielenienie hałdy przy ulicy Konstytucji")).to_be_visible()
    assert_accessible(page)
    initiative = Initiative.objects.get()
    assert (initiative.lead_organisation, initiative.created_by, initiative.status) == (
        ziemia,
        bogdan,
        InitiativeStatus.FORMING,
    )
    assert (initiative.visibility, initiative.budget) == (Visibility.RESTRICTED, Decimal("150000"))
    assert list(initiative.challenges.all()) == [challenge]

    # 2. He invites Wody Śląskie as a partner.
    open_section(page, "Partnerzy")
    page.get_by_label(label("Organizacja")).select_option(label=woda.name)
    page.get_by_label(label("Wiadomość (nieobowiązkowa)")).first.fill("Potrzebujemy Waszego laboratorium wody.")
    page.get_by_role("button", name="Zaproś organizację").click()
    expect_message(page, f"Wysłano zaproszenie do organizacji {woda.name}.")
    assert_accessible(page)
    invitation = Participant.objects.get(organisation=woda)
    assert (invitation.status, invitation.role) == (ParticipantStatus.INVITED, ParticipantRole.PARTNER)
    assert any(ewa.email in message.to for message in mail.outbox)
    log_out(page)

    # 3. Ewa, woda's admin, accepts it and pledges staff-days.
    log_in(page, email=ewa.email, password=PASSWORD)
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Przedsięwzięcia").click()
    assert_accessible(page)
    page.get_by_role("link", name="Zaproszenia czekające na odpowiedź: 1").click()
    expect(page.get_by_role("heading", level=1, name="Zaproszenia do przedsięwzięć")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Przyjmij zaproszenie do „Zazielenienie hałdy przy ulicy Konstytucji”").click()
    expect_message(page, "Przyjęto zaproszenie.")
    assert_accessible(page)
    invitation.refresh_from_db()
    assert (invitation.status, invitation.responded_by) == (ParticipantStatus.ACCEPTED, ewa)

    open_section(page, "Zasoby")
    page.get_by_label("osobodni pracy").check()
    page.get_by_label(label("Kwota (PLN) albo liczba osobodni")).fill("25")
    page.get_by_label(label("Od")).fill("2027-03-01")
    page.get_by_label(label("Do")).fill("2027-06-30")
    page.get_by_role("button", name="Zapisz deklarację").click()
    expect_message(page, "Zapisano i potwierdzono deklarację: 25 osobodni.")
    assert_accessible(page)
    staff = Pledge.objects.get(organisation=woda)
    assert (staff.kind, staff.amount, staff.status) == (PledgeKind.STAFF_DAYS, Decimal("25"), PledgeStatus.CONFIRMED)
    log_out(page)

    # 4. Bogdan pledges money; the totals show both partners.
    log_in(page, email=bogdan.email, password=PASSWORD)
    page.goto(f"/przedsiewziecia/{initiative.pk}/zasoby/")
    assert_accessible(page)
    page.get_by_label("środki finansowe (PLN)").check()
    page.get_by_label(label("Kwota (PLN) albo liczba osobodni")).fill("40 000")
    page.get_by_label(label("Od")).fill("2027-03-01")
    page.get_by_label(label("Do")).fill("2027-10-31")
    page.get_by_role("button", name="Zapisz deklarację").click()
    expect_message(page, re.compile(r"Zapisano i potwierdzono deklarację: 40.000,00 zł\."))
    per_partner = page.get_by_role("table", name="Potwierdzone zasoby według partnerów")
    expect(per_partner.get_by_role("row", name=re.compile(woda.name))).to_contain_text("25")
    expect(per_partner.get_by_role("row", name=re.compile(ziemia.name))).to_contain_text(re.compile(r"40.000,00"))
    expect(per_partner.get_by_role("row", name=re.compile("Razem"))).to_contain_text(re.compile(r"40.000,00\s+25"))
    assert_accessible(page)
    money = Pledge.objects.get(organisation=ziemia)
    assert (money.kind, money.amount, money.status) == (PledgeKind.MONEY, Decimal("40000"), PledgeStatus.CONFIRMED)

    # 5. He adds a task for woda and moves it across the board with HTMX.
    open_section(page, "Zadania")
    page.get_by_label(label("Zadanie")).fill("Pobrać próbki wody z trzech piezometrów")
    page.get_by_label(label("Kto odpowiada")).select_option(label=woda.name)
    page.get_by_label(label("Termin (nieobowiązkowy)")).fill("2027-04-15")
    page.get_by_role("button", name="Dodaj zadanie").click()
    expect_message(page, "Dodano zadanie: Pobrać próbki wody z trzech piezometrów.")
    task = Task.objects.get()
    assert (task.assignee_organisation, task.status) == (woda, TaskStatus.TODO)

    page.get_by_role("navigation", name="Widok zadań").get_by_role("link", name="Tablica").click()
    expect(page.get_by_role("heading", level=2, name="Tablica zadań")).to_be_visible()
    assert_accessible(page)
    todo = page.get_by_role("region", name=re.compile("^do zrobienia", re.IGNORECASE))
    expect(todo.get_by_text("Pobrać próbki wody z trzech piezometrów", exact=True)).to_be_visible()

    page.evaluate("window.sameDocument = true")
    with page.expect_response(
        re.compile(rf"/przedsiewziecia/{initiative.pk}/zadania/{task.pk}/przenies/$")
    ) as response:
        page.get_by_role("button", name="Przenieś do: w toku — Pobrać próbki wody z trzech piezometrów").click()
    assert response.value.request.headers.get("hx-request") == "true"
    expect(page.get_by_role("status")).to_have_text("Zadanie „Pobrać próbki wody z trzech piezometrów”: w toku.")
    doing = page.get_by_role("region", name=re.compile("^w toku", re.IGNORECASE))
    expect(doing.get_by_text("Pobrać próbki wody z trzech piezometrów", exact=True)).to_be_visible()
    assert page.evaluate("window.sameDocument") is True
    task.refresh_from_db()
    assert task.status == TaskStatus.DOING
    assert_accessible(page)

    page.get_by_role("button", name="Przenieś do: zrobione — Pobrać próbki wody z trzech piezometrów").click()
    done = page.get_by_role("region", name=re.compile("^zrobione", re.IGNORECASE))
    expect(done.get_by_text("Pobrać próbki wody z trzech piezometrów", exact=True)).to_be_visible()
    assert page.evaluate("window.sameDocument") is True
    task.refresh_from_db()
    assert task.status == TaskStatus.DONE and task.completed_at is not None
    assert_accessible(page)

    # The timeline tells the story.
    open_section(page, "Oś czasu")
    for sentence in (
        "Utworzono przedsięwzięcie.",
        f"{woda.name} dołącza do przedsięwzięcia (rola: partner).",
        "Zadanie „Pobrać próbki wody z trzech piezometrów”: zrobione.",
    ):
        expect(page.get_by_text(sentence)).to_be_visible()


def test_every_page_of_a_busy_initiative_and_a_working_group_is_accessible(
    page: Page, bogdan, ziemia, ewa, woda, dawid
) -> None:
    challenge = ChallengeFactory(organisation=ziemia, title="Woda kopalniana w piwnicach")
    ChallengeSupportFactory(challenge=challenge, organisation=woda)
    initiative = InitiativeFactory(lead_organisation=ziemia, challenges=[challenge], name="Pompownia na Karbie")
    ParticipantFactory(initiative=initiative, organisation=woda)
    ParticipantFactory(initiative=initiative, organisation=None, user=dawid, role="expert", status="invited")
    goal = GoalFactory(initiative=initiative)
    MilestoneFactory(initiative=initiative, goal=goal, due_date=datetime.date(2020, 5, 1))
    MilestoneFactory(initiative=initiative)
    TaskFactory(initiative=initiative, due_date=datetime.date(2020, 5, 1), assignee_organisation=woda)
    TaskFactory(initiative=initiative, status=TaskStatus.DOING)
    PledgeFactory(initiative=initiative, organisation=woda, status=PledgeStatus.PROPOSED)
    PledgeFactory(initiative=initiative, organisation=ziemia)
    group = WorkingGroupFactory(name="Wody kopalniane")
    GroupMemberFactory(group=group, user=bogdan, role="moderator")
    GroupMemberFactory(group=group, organisation=woda)
    GroupPostFactory(group=group, author=ewa)
    verify_email(bogdan)

    log_in(page, email=bogdan.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Bogdan Adminowski")).to_be_visible()
    page.goto("/przedsiewziecia/")
    assert_accessible(page)
    page.get_by_role("link", name="Pompownia na Karbie").click()
    assert_accessible(page)
    for section in ("Partnerzy", "Zasoby", "Cele i kamienie milowe", "Zadania", "Kalendarz", "Dokumenty", "Oś czasu"):
        open_section(page, section)
    page.goto(f"/przedsiewziecia/{initiative.pk}/zadania/tablica/")
    expect(page.get_by_text("Po terminie").first).to_be_visible()
    assert_accessible(page)
    page.goto(f"/przedsiewziecia/{initiative.pk}/edytuj/")
    assert_accessible(page)
    page.goto(f"/przedsiewziecia/{initiative.pk}/zakoncz/")
    assert_accessible(page)

    page.goto("/grupy/")
    expect(page.get_by_role("heading", level=1, name="Tematyczne grupy robocze")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Wody kopalniane").click()
    expect(page.get_by_role("heading", level=1, name="Wody kopalniane")).to_be_visible()
    assert_accessible(page)
    page.goto("/grupy/nowa/")
    assert_accessible(page)
    page.goto(f"/grupy/z-wyzwania/{challenge.pk}/")
    expect(page.get_by_role("listitem").filter(has_text=woda.name)).to_be_visible()
    assert_accessible(page)
