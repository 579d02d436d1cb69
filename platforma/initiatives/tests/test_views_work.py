"""Pledges, goals and milestones, the calendar and its iCalendar export, tasks (list and HTMX board), documents."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from platforma.core.models import Visibility
from platforma.initiatives.models import (
    Document,
    Goal,
    InitiativeStatus,
    Milestone,
    Pledge,
    PledgeStatus,
    Task,
    TaskStatus,
)
from platforma.initiatives.tests.factories import (
    InitiativeFactory,
    MilestoneFactory,
    ParticipantFactory,
    PledgeFactory,
    TaskFactory,
)
from platforma.initiatives.tests.test_ical import parse, unescape

HTMX = {"HX-Request": "true", "HX-Target": "board"}


def url(name: str, initiative, *args) -> str:
    return reverse(f"initiatives:{name}", args=[initiative.pk, *args])


@pytest.fixture
def initiative(ziemia, woda, dawid):
    initiative = InitiativeFactory(lead_organisation=ziemia, visibility=Visibility.MEMBERS)
    ParticipantFactory(initiative=initiative, organisation=woda)
    ParticipantFactory(initiative=initiative, organisation=None, user=dawid, role="expert")
    return initiative


# --- pledges -------------------------------------------------------------------------------------


def test_a_partner_pledges_money_and_the_totals_show_it(client_for, ewa, woda, initiative):
    client = client_for(ewa)
    response = client.post(
        url("pledge_create", initiative),
        {"kind": "money", "amount": "25 000", "period_start": "2027-03-01", "period_end": "2027-06-30"},
    )

    assert response.status_code == 302
    pledge = Pledge.objects.get()
    assert (pledge.organisation, pledge.amount, pledge.status) == (woda, 25000, PledgeStatus.CONFIRMED)
    page = client.get(url("pledges", initiative)).content.decode()
    assert "25\xa0000,00" in page and woda.name in page


def test_a_pledge_form_error_keeps_the_input(client_for, celina, initiative):
    response = client_for(celina).post(
        url("pledge_create", initiative),
        {
            "kind": "staff_days",
            "amount": "",
            "period_start": "2027-03-01",
            "period_end": "2027-02-01",
            "note": "Dwa etaty",
        },
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Podaj kwotę albo liczbę osobodni." in page and "Koniec okresu nie może" in page
    assert 'value="Dwa etaty"' in page
    assert not Pledge.objects.exists()


def test_the_admin_confirms_a_representatives_pledge(client_for, bogdan, celina, ziemia, initiative):
    pledge = PledgeFactory(initiative=initiative, organisation=ziemia, status=PledgeStatus.PROPOSED)

    assert (
        client_for(celina).post(url("pledge_decide", initiative, pledge.pk), {"decision": "confirm"}).status_code == 403
    )
    pledge.refresh_from_db()
    assert pledge.status == PledgeStatus.PROPOSED

    client_for(bogdan).post(url("pledge_decide", initiative, pledge.pk), {"decision": "confirm"})
    pledge.refresh_from_db()
    assert pledge.status == PledgeStatus.CONFIRMED


def test_people_outside_the_partners_cannot_pledge(client_for, olek, dawid, initiative):
    for person in (olek, dawid):
        response = client_for(person).post(
            url("pledge_create", initiative),
            {"kind": "money", "amount": "1", "period_start": "2027-03-01", "period_end": "2027-03-02"},
        )
        assert response.status_code in (403, 404)
    assert not Pledge.objects.exists()


def test_a_pledge_is_withdrawn(client_for, bogdan, ziemia, initiative):
    pledge = PledgeFactory(initiative=initiative, organisation=ziemia)

    client_for(bogdan).post(url("pledge_withdraw", initiative, pledge.pk))

    pledge.refresh_from_db()
    assert pledge.status == PledgeStatus.WITHDRAWN


# --- goals, milestones, calendar -----------------------------------------------------------------


def test_the_lead_plans_goals_and_milestones_and_marks_one_reached(client_for, celina, initiative):
    client = client_for(celina)
    client.post(url("goal_add", initiative), {"title": "Mniej pyłu", "target_date": "2027-12-31"})
    goal = Goal.objects.get()
    client.post(url("milestone_add", initiative), {"title": "Nasadzenia", "due_date": "2027-05-15", "goal": goal.pk})
    milestone = Milestone.objects.get()

    client.post(url("milestone_done", initiative, milestone.pk), {"done": "1"})

    milestone.refresh_from_db()
    assert milestone.goal == goal and milestone.is_done
    page = client.get(url("plan", initiative)).content.decode()
    assert "Mniej pyłu" in page and "osiągnięty" in page


def test_a_partner_cannot_set_the_plan(client_for, ewa, initiative):
    assert client_for(ewa).post(url("goal_add", initiative), {"title": "Cudzy cel"}).status_code == 403
    assert not Goal.objects.exists()


def test_a_milestone_without_a_date_is_explained(client_for, celina, initiative):
    response = client_for(celina).post(url("milestone_add", initiative), {"title": "Bez daty"})

    assert response.status_code == 200 and 'value="Bez daty"' in response.content.decode()
    assert not Milestone.objects.exists()


def test_the_calendar_marks_what_is_overdue_in_words(client_for, ewa, initiative):
    MilestoneFactory(initiative=initiative, title="Raport etapu", due_date=datetime.date(2020, 1, 15))
    TaskFactory(initiative=initiative, title="Odwiert P3", due_date=datetime.date(2099, 2, 1))

    page = client_for(ewa).get(url("calendar", initiative)).content.decode()

    assert "Raport etapu" in page and "Odwiert P3" in page and "po terminie" in page
    assert url("calendar_ics", initiative) in page


def test_the_ics_export_is_a_valid_calendar_with_milestones_and_deadlines(client_for, ewa, initiative):
    MilestoneFactory(initiative=initiative, title="Raport; wersja 1, wstępna", due_date=datetime.date(2027, 5, 15))
    TaskFactory(initiative=initiative, title="Odwiert P3", due_date=datetime.date(2027, 6, 1))
    TaskFactory(initiative=initiative, title="Bez terminu", due_date=None)

    response = client_for(ewa).get(url("calendar_ics", initiative))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    events = parse(response.content.decode("utf-8"))
    summaries = sorted(unescape(event["SUMMARY"][0]) for event in events)
    assert summaries == ["Kamień milowy: Raport; wersja 1, wstępna", "Termin zadania: Odwiert P3"]
    assert len({event["UID"][0] for event in events}) == 2


def test_the_ics_of_an_invisible_initiative_is_not_found(client, initiative):
    assert client.get(url("calendar_ics", initiative)).status_code == 404


# --- tasks ---------------------------------------------------------------------------------------


def test_a_partner_adds_a_task_for_another_partner(client_for, ewa, woda, initiative):
    response = client_for(ewa).post(
        url("task_add", initiative), {"title": "Analiza wody", "assignee": f"org-{woda.pk}", "due_date": "2027-04-01"}
    )

    assert response.status_code == 302
    task = Task.objects.get()
    assert (task.assignee_organisation, task.status) == (woda, TaskStatus.TODO)


def test_an_assignee_from_outside_is_refused_with_the_input_kept(client_for, ewa, inna, initiative):
    response = client_for(ewa).post(url("task_add", initiative), {"title": "Cudze", "assignee": f"org-{inna.pk}"})

    assert response.status_code == 200 and 'value="Cudze"' in response.content.decode()
    assert not Task.objects.exists()


def test_the_list_marks_overdue_tasks_in_words_and_filters_them(client_for, ewa, initiative):
    TaskFactory(initiative=initiative, title="Spóźnione", due_date=datetime.date(2020, 1, 1))
    TaskFactory(initiative=initiative, title="Na czas", due_date=datetime.date(2099, 1, 1))
    client = client_for(ewa)

    page = client.get(url("tasks", initiative)).content.decode()
    assert "Po terminie" in page
    filtered = client.get(url("tasks", initiative), {"overdue": "1"})
    assert [task.title for task in filtered.context["tasks"]] == ["Spóźnione"]
    assert client.get(url("tasks", initiative), {"status": "nonsense", "page": "x"}).status_code == 200


def test_a_task_moves_across_the_board_with_htmx(client_for, dawid, initiative):
    task = TaskFactory(initiative=initiative, title="Pobrać próbki")

    response = client_for(dawid).post(
        url("task_move", initiative, task.pk), {"status": "doing", "view": "board"}, headers=HTMX
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<section id="board"') and "<html" not in page
    assert 'role="status"' in page and "Zadanie „Pobrać próbki”: w toku." in page
    task.refresh_from_db()
    assert task.status == TaskStatus.DOING


def test_without_javascript_the_move_posts_and_redirects_back(client_for, ewa, initiative):
    task = TaskFactory(initiative=initiative)

    response = client_for(ewa).post(url("task_move", initiative, task.pk), {"status": "done", "view": "lista"})

    assert response.status_code == 302 and response.url == url("tasks", initiative)
    task.refresh_from_db()
    assert task.status == TaskStatus.DONE


def test_a_crafted_status_leaves_the_task_where_it_was(client_for, ewa, initiative):
    task = TaskFactory(initiative=initiative)

    response = client_for(ewa).post(url("task_move", initiative, task.pk), {"status": "archived"}, headers=HTMX)

    assert "alert-danger" in response.content.decode()
    task.refresh_from_db()
    assert task.status == TaskStatus.TODO


@pytest.mark.parametrize("role", ["woda_observer", "olek", "anna"])
def test_those_who_do_not_work_here_cannot_move_tasks(role, client_for, initiative, request, inna):
    task = TaskFactory(initiative=initiative)
    if role == "woda_observer":
        user = request.getfixturevalue("ewa")
        initiative.participants.filter(organisation__slug="wody-slaskie").update(role="observer")
    else:
        user = request.getfixturevalue(role)

    response = client_for(user).post(url("task_move", initiative, task.pk), {"status": "done"})

    assert response.status_code in (403, 404)
    task.refresh_from_db()
    assert task.status == TaskStatus.TODO


def test_a_completed_initiatives_board_is_read_only(client_for, bogdan, initiative):
    task = TaskFactory(initiative=initiative)
    initiative.status = InitiativeStatus.COMPLETED
    initiative.save()

    page = client_for(bogdan).get(url("board", initiative)).content.decode()
    assert "Przenieś do" not in page
    assert client_for(bogdan).post(url("task_move", initiative, task.pk), {"status": "done"}).status_code == 403


# --- documents -----------------------------------------------------------------------------------


def pdf(content: bytes = b"1") -> SimpleUploadedFile:
    return SimpleUploadedFile("raport.pdf", b"%PDF-1.7\n" + content + b"\n%%EOF")


def test_documents_are_uploaded_versioned_and_downloaded_by_those_who_see_the_initiative(
    client_for, ewa, celina, initiative, client
):
    uploader = client_for(ewa)
    uploader.post(url("document_upload", initiative), {"title": "Raport", "file": pdf(b"v1")})
    document = Document.objects.get()
    uploader.post(url("document_version", initiative, document.pk), {"file": pdf(b"v2"), "comment": "Poprawki"})
    first, second = document.versions.order_by("number")

    download = client_for(celina).get(url("download", initiative, document.pk, first.pk))
    assert download.status_code == 200
    assert b"v1" in b"".join(download.streaming_content)
    latest = client_for(celina).get(url("download", initiative, document.pk, second.pk))
    assert b"v2" in b"".join(latest.streaming_content)
    assert download["Content-Type"] == "application/pdf"
    page = client_for(celina).get(url("document", initiative, document.pk)).content.decode()
    assert "Poprawki" in page and "raport.pdf" in page


def test_a_visitor_cannot_download_a_members_only_document(client, client_for, ewa, initiative):
    client_for(ewa).post(url("document_upload", initiative), {"title": "Raport", "file": pdf()})
    document = Document.objects.get()
    version = document.versions.get()
    client.logout()

    assert client.get(url("download", initiative, document.pk, version.pk)).status_code == 404


def test_a_renamed_executable_is_refused_with_the_reason(client_for, ewa, initiative):
    fake = SimpleUploadedFile("raport.pdf", b"MZ\x90\x00")

    response = client_for(ewa).post(url("document_upload", initiative), {"title": "Raport", "file": fake})

    page = response.content.decode()
    assert response.status_code == 200 and "sprawdzamy zawartość" in page and 'value="Raport"' in page
    assert not Document.objects.exists()


def test_observers_and_outsiders_cannot_upload(client_for, olek, initiative):
    assert client_for(olek).post(url("document_upload", initiative), {"title": "X", "file": pdf()}).status_code == 404
    assert not Document.objects.exists()
