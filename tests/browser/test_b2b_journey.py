"""Two participants of a B2B day: A asks B for a meeting, B accepts, both see it in their agendas, and
after the event A records that a follow-up was agreed."""

import datetime
import re

from django.db.models import F
from playwright.sync_api import Browser, Page, expect

from platforma.community.b2b.models import Meeting, MeetingOutcome, MeetingSeat, MeetingStatus, Outcome, TimeWindow
from platforma.community.b2b.tests.factories import ProfileFactory, RegistrationFactory, SessionFactory
from platforma.community.events.models import Event
from platforma.community.events.tests.factories import EventFactory
from tests.browser.conftest import assert_accessible, log_in, verify_email

PASSWORD = "haslo-testowe-123"


def move_into_the_past(session, days: int) -> None:
    """The event, its windows and the planned meeting all move back, as if the day had come and gone."""
    shift = datetime.timedelta(days=days)
    Event.objects.filter(pk=session.event_id).update(starts_at=F("starts_at") - shift, ends_at=F("ends_at") - shift)
    TimeWindow.objects.filter(session=session).update(starts_at=F("starts_at") - shift, ends_at=F("ends_at") - shift)
    Meeting.objects.filter(session=session).update(starts_at=F("starts_at") - shift)
    MeetingSeat.objects.filter(session=session).update(starts_at=F("starts_at") - shift)


def test_two_participants_meet_and_record_the_outcome(
    page: Page, browser: Browser, live_server, celina, dawid, ziemia
) -> None:
    event = EventFactory(title="Dzień kooperacji B2B: hałdy", organiser=ziemia)
    session = SessionFactory(event=event)
    for user in (celina, dawid):
        RegistrationFactory(event=event, user=user)
        verify_email(user)
    ProfileFactory(session=session, user=dawid, offer="Analizy gleby w akredytowanym laboratorium", seek="Terenów")
    b2b = f"/wydarzenia/{event.pk}/b2b/"

    # A (celina) publishes a profile and asks B (dawid) for a meeting.
    log_in(page, email=celina.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Celina Członkowska")).to_be_visible()
    page.goto(b2b)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Spotkania B2B")
    assert_accessible(page)
    page.get_by_role("link", name="Opublikuj profil B2B").click()
    expect(page.get_by_role("heading", level=1, name="Mój profil B2B")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Co oferuję").fill("Fitostabilizacja hałd pod klucz")
    page.get_by_label("Czego szukam").fill("Laboratorium do badań kontrolnych")
    page.get_by_role("button", name="Opublikuj profil").click()

    expect(page.get_by_text("Opublikowano Twój profil B2B.")).to_be_visible()
    expect(page.get_by_role("heading", level=3, name="Dawid Specjalista")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Poproś o spotkanie z: Dawid Specjalista").click()
    expect(page.get_by_role("heading", level=1, name="Prośba o spotkanie: Dawid Specjalista")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Wiadomość do tej osoby").fill("Porozmawiajmy o badaniach kontrolnych po nasadzeniach.")
    page.get_by_role("button", name="Wyślij prośbę").click()

    expect(page.get_by_text("Wysłano prośbę o spotkanie do: Dawid Specjalista.")).to_be_visible()
    expect(page.get_by_text("Czeka na odpowiedź.")).to_be_visible()
    assert_accessible(page)

    # B accepts in place (HTMX): the meeting lands in the agenda with a time and a table.
    other = browser.new_context(base_url=live_server.url, locale="pl-PL")
    other.set_default_timeout(10_000)
    page_b = other.new_page()
    log_in(page_b, email=dawid.email, password=PASSWORD)
    expect(page_b.get_by_role("link", name="Dawid Specjalista")).to_be_visible()
    page_b.goto(b2b + "agenda/")
    expect(page_b.get_by_text("Porozmawiajmy o badaniach kontrolnych po nasadzeniach.")).to_be_visible()
    assert_accessible(page_b)
    page_b.get_by_role("button", name="Przyjmij spotkanie z: Celina Członkowska").click()
    expect(page_b.get_by_text("Przyjęto spotkanie z: Celina Członkowska. Jest już w Twojej agendzie.")).to_be_visible()
    expect(page_b.locator("#meetings").get_by_text(re.compile(r"stolik 1"))).to_be_visible()
    assert_accessible(page_b)
    other.close()
    meeting = Meeting.objects.get()
    assert meeting.status == MeetingStatus.ACCEPTED
    assert meeting.starts_at == session.windows.first().starts_at

    # A sees it too.
    page.reload()
    expect(page.get_by_role("heading", level=3, name="Dawid Specjalista")).to_be_visible()
    expect(page.get_by_text(re.compile(r"stolik 1"))).to_be_visible()
    expect(page.get_by_role("link", name="Pobierz agendę do kalendarza (.ics)")).to_be_visible()
    assert_accessible(page)

    # After the event, A says a follow-up was agreed.
    move_into_the_past(session, days=20)
    page.reload()
    page.get_by_label("umówiliśmy dalsze rozmowy").check()
    page.get_by_label("Notatka (opcjonalnie)").fill("Oferta na badania do końca miesiąca.")
    page.get_by_role("button", name="Zapisz efekt spotkania z: Dawid Specjalista").click()
    expect(page.get_by_text("Zapisano efekt spotkania z: Dawid Specjalista.")).to_be_visible()
    expect(page.get_by_text("Twoja ocena:")).to_be_visible()
    assert_accessible(page)
    outcome = MeetingOutcome.objects.get()
    assert (outcome.user, outcome.outcome) == (celina, Outcome.FOLLOW_UP)


def test_a_participant_calls_an_agreed_meeting_off_and_the_other_can_see_why(
    page: Page, browser: Browser, live_server, celina, dawid, ziemia
) -> None:
    from platforma.community.b2b import services

    event = EventFactory(title="Dzień kooperacji B2B: wody kopalniane", organiser=ziemia)
    session = SessionFactory(event=event)
    for user in (celina, dawid):
        RegistrationFactory(event=event, user=user)
        ProfileFactory(session=session, user=user)
        verify_email(user)
    meeting = services.meeting_request(session=session, requester=celina, recipient=dawid)
    services.meeting_answer(meeting=meeting, by=dawid, accept=True)
    agenda = f"/wydarzenia/{event.pk}/b2b/agenda/"

    # B (dawid) cannot come after all: the browser asks to confirm, the meeting leaves the agenda in place.
    log_in(page, email=dawid.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Dawid Specjalista")).to_be_visible()
    page.goto(agenda)
    expect(page.locator("#meetings").get_by_text(re.compile(r"stolik 1"))).to_be_visible()
    questions: list[str] = []

    def confirm(dialog) -> None:
        questions.append(dialog.message)
        dialog.accept()

    page.once("dialog", confirm)
    page.get_by_role("button", name="Odwołaj spotkanie z: Celina Członkowska").click()
    expect(
        page.get_by_text("Odwołano spotkanie z: Celina Członkowska. Ta osoba dostanie powiadomienie.")
    ).to_be_focused()
    assert questions == ["Odwołać spotkanie z: Celina Członkowska? Ta osoba dostanie powiadomienie."]
    expect(page.get_by_text("W Twojej agendzie nie ma jeszcze spotkań.")).to_be_visible()
    expect(page.get_by_text("Celina Członkowska — odwołane przez Ciebie")).to_be_visible()
    assert_accessible(page)
    meeting.refresh_from_db()
    assert (meeting.status, meeting.starts_at) == (MeetingStatus.CANCELLED, None)
    assert not MeetingSeat.objects.exists()

    # A (celina) is told, and sees who called it off.
    other = browser.new_context(base_url=live_server.url, locale="pl-PL")
    other.set_default_timeout(10_000)
    page_a = other.new_page()
    log_in(page_a, email=celina.email, password=PASSWORD)
    expect(page_a.get_by_role("link", name="Celina Członkowska")).to_be_visible()
    page_a.goto("/powiadomienia/")
    notice = (
        page_a.get_by_role("region", name="Lista powiadomień")
        .get_by_role("listitem")
        .filter(has_text="Ktoś odwołuje umówione ze mną spotkanie B2B")
    )
    expect(notice.get_by_role("link", name="Dzień kooperacji B2B: wody kopalniane")).to_be_visible()
    page_a.goto(agenda)
    expect(page_a.get_by_text("Dawid Specjalista — odwołane przez rozmówcę")).to_be_visible()
    assert_accessible(page_a)
    other.close()
