"""Pooled resources, goals and milestones, tasks and documents."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from platforma.initiatives import selectors, services
from platforma.initiatives.models import (
    Document,
    DocumentVersion,
    InitiativeStatus,
    ParticipantRole,
    Pledge,
    PledgeKind,
    PledgeStatus,
    TaskStatus,
    TimelineKind,
)
from platforma.initiatives.tests.factories import (
    InitiativeFactory,
    ParticipantFactory,
    PledgeFactory,
    TaskFactory,
)
from platforma.resources.models import Resource, ResourceKind

START = datetime.date(2027, 3, 1)
END = datetime.date(2027, 6, 30)


def pledge(initiative, by, organisation, **kwargs):
    return services.pledge_create(
        initiative=initiative, by=by, organisation=organisation, period_start=START, period_end=END, **kwargs
    )


@pytest.fixture
def initiative(ziemia, woda):
    initiative = InitiativeFactory(lead_organisation=ziemia)
    ParticipantFactory(initiative=initiative, organisation=woda)
    return initiative


# --- pledges -------------------------------------------------------------------------------------


def test_an_admins_pledge_is_confirmed_at_once(initiative, bogdan, ziemia, mailoutbox):
    made = pledge(initiative, bogdan, ziemia, kind=PledgeKind.MONEY, amount=50000)

    assert (made.status, made.decided_by) == (PledgeStatus.CONFIRMED, bogdan)
    assert mailoutbox == []
    assert [e.message for e in initiative.timeline.order_by("pk")][-2:] == [
        f"{ziemia.name} deklaruje: 50\xa0000,00 zł.",
        f"{ziemia.name} potwierdza deklarację: 50\xa0000,00 zł.",
    ]


def test_a_representatives_pledge_waits_for_the_admin(
    initiative, celina, bogdan, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        made = pledge(initiative, celina, ziemia, kind=PledgeKind.STAFF_DAYS, amount=20)

    assert made.status == PledgeStatus.PROPOSED
    assert [message.to for message in mailoutbox] == [[bogdan.email]]
    assert "20 osobodni" in mailoutbox[0].body

    with django_capture_on_commit_callbacks(execute=True):
        services.pledge_decide(pledge=made, by=bogdan, confirm=True)

    made.refresh_from_db()
    assert (made.status, made.decided_by) == (PledgeStatus.CONFIRMED, bogdan)
    assert mailoutbox[-1].to == [celina.email]
    with pytest.raises(ValidationError, match="już zdecydowano"):
        services.pledge_decide(pledge=made, by=bogdan, confirm=False)


def test_totals_count_confirmed_pledges_per_kind_and_per_partner(initiative, ziemia, woda):
    resource = Resource.objects.create(owner=woda, kind=ResourceKind.EQUIPMENT, name="Sonda wieloparametrowa", city="Z")
    PledgeFactory(initiative=initiative, organisation=ziemia, amount=50000)
    PledgeFactory(initiative=initiative, organisation=woda, amount=12500.5)
    PledgeFactory(initiative=initiative, organisation=woda, kind=PledgeKind.STAFF_DAYS, amount=15)
    PledgeFactory(initiative=initiative, organisation=woda, kind=PledgeKind.EQUIPMENT, amount=None, resource=resource)
    PledgeFactory(initiative=initiative, organisation=ziemia, amount=999, status=PledgeStatus.PROPOSED)
    PledgeFactory(initiative=initiative, organisation=ziemia, amount=777, status=PledgeStatus.WITHDRAWN)

    totals = selectors.pledge_totals(pledges=list(selectors.pledge_list(initiative=initiative)))

    assert (totals.money, totals.staff_days, totals.equipment) == (62500.5, 15, 1)
    assert (totals.money_waiting, totals.has_waiting) == (999, True)
    rows = {row.organisation: (row.money, row.staff_days, row.equipment) for row in totals.per_organisation}
    assert rows == {ziemia: (50000, 0, []), woda: (12500.5, 15, ["Sonda wieloparametrowa"])}


def test_equipment_comes_from_the_pledging_organisations_own_catalogue(initiative, bogdan, ziemia, woda):
    theirs = Resource.objects.create(owner=woda, kind=ResourceKind.EQUIPMENT, name="Spektrometr XRF", city="Z")
    ours = Resource.objects.create(owner=ziemia, kind=ResourceKind.EQUIPMENT, name="Koparka", city="B")

    with pytest.raises(ValidationError, match="własnej organizacji"):
        pledge(initiative, bogdan, ziemia, kind=PledgeKind.EQUIPMENT, resource=theirs)
    made = pledge(initiative, bogdan, ziemia, kind=PledgeKind.EQUIPMENT, resource=ours, amount=5)

    assert (made.resource, made.amount) == (ours, None)
    assert made.summary == "sprzęt: Koparka"


@pytest.mark.parametrize("case", ["outsider", "observer", "zero", "dates", "completed"])
def test_invalid_pledges_are_refused_and_nothing_is_saved(case, ziemia, woda, inna, bogdan, ewa):
    initiative = InitiativeFactory(lead_organisation=ziemia)
    organisation, by, kwargs = ziemia, bogdan, {"kind": PledgeKind.MONEY, "amount": 100}
    if case == "outsider":
        organisation = inna
    elif case == "observer":
        ParticipantFactory(initiative=initiative, organisation=woda, role=ParticipantRole.OBSERVER)
        organisation, by = woda, ewa
    elif case == "zero":
        kwargs["amount"] = 0
    elif case == "completed":
        initiative.status = InitiativeStatus.COMPLETED
        initiative.save()
    with pytest.raises(ValidationError):
        if case == "dates":
            services.pledge_create(
                initiative=initiative, by=by, organisation=organisation, period_start=END, period_end=START, **kwargs
            )
        else:
            pledge(initiative, by, organisation, **kwargs)
    assert not Pledge.objects.exists()


def test_withdrawing_a_pledge_takes_it_out_of_the_totals(initiative, bogdan, ziemia):
    made = PledgeFactory(initiative=initiative, organisation=ziemia, amount=1000)

    services.pledge_withdraw(pledge=made, by=bogdan)

    totals = selectors.pledge_totals(pledges=list(selectors.pledge_list(initiative=initiative)))
    assert totals.money == 0


# --- goals, milestones, tasks --------------------------------------------------------------------


def test_goals_and_milestones_are_planned_and_reached(initiative, celina):
    goal = services.goal_add(initiative=initiative, by=celina, title="Ograniczyć pylenie", target_date=END)
    milestone = services.milestone_add(initiative=initiative, by=celina, title="Nasadzenia", due_date=START, goal=goal)

    services.milestone_set_done(milestone=milestone, by=celina)

    milestone.refresh_from_db()
    assert milestone.is_done and milestone.done_by == celina
    assert initiative.timeline.filter(kind=TimelineKind.MILESTONE_DONE).exists()
    services.milestone_set_done(milestone=milestone, by=celina, done=False)
    milestone.refresh_from_db()
    assert not milestone.is_done


def test_a_milestone_cannot_hang_on_another_initiatives_goal(initiative, celina, ziemia):
    other = services.goal_add(initiative=InitiativeFactory(lead_organisation=ziemia), by=celina, title="Obcy cel")

    with pytest.raises(ValidationError):
        services.milestone_add(initiative=initiative, by=celina, title="M", due_date=START, goal=other)


def test_tasks_go_to_those_who_take_part(initiative, celina, woda, ewa, inna, olek, dawid):
    ParticipantFactory(initiative=initiative, organisation=None, user=dawid, role="expert")

    for kwargs in ({"assignee_organisation": woda}, {"assignee_user": ewa}, {"assignee_user": dawid}, {}):
        services.task_add(initiative=initiative, by=celina, title="Pobrać próbki", **kwargs)
    for kwargs in ({"assignee_organisation": inna}, {"assignee_user": olek}):
        with pytest.raises(ValidationError, match="nie uczestniczy"):
            services.task_add(initiative=initiative, by=celina, title="Nie dla nich", **kwargs)

    assert initiative.tasks.count() == 4


def test_moving_a_task_records_when_it_was_done(initiative, ewa):
    task = TaskFactory(initiative=initiative)

    services.task_move(task=task, by=ewa, status=TaskStatus.DOING)
    services.task_move(task=task, by=ewa, status=TaskStatus.DONE)

    task.refresh_from_db()
    assert task.status == TaskStatus.DONE and task.completed_at is not None
    messages = [e.message for e in initiative.timeline.filter(kind=TimelineKind.TASK_MOVED).order_by("pk")]
    assert messages == [f"Zadanie „{task.title}”: w toku.", f"Zadanie „{task.title}”: zrobione."]
    with pytest.raises(ValidationError):
        services.task_move(task=task, by=ewa, status="archived")


def test_overdue_means_not_done_and_past_its_date(ziemia):
    today = datetime.date(2027, 1, 10)
    late = TaskFactory(due_date=datetime.date(2027, 1, 9))
    done_late = TaskFactory(due_date=datetime.date(2027, 1, 9), status=TaskStatus.DONE)
    due_today = TaskFactory(due_date=today)

    assert [late.is_overdue(today), done_late.is_overdue(today), due_today.is_overdue(today)] == [True, False, False]


# --- documents -----------------------------------------------------------------------------------


def pdf(text: bytes = b"1") -> SimpleUploadedFile:
    return SimpleUploadedFile("Raport końcowy.pdf", b"%PDF-1.7\n" + text + b"\n%%EOF")


def test_a_new_version_keeps_the_old_file(initiative, celina, ewa):
    document = services.document_upload(initiative=initiative, by=celina, title="Raport", upload=pdf(b"pierwsza"))
    second = services.document_add_version(document=document, by=ewa, upload=pdf(b"druga"), comment="Poprawki")

    versions = list(document.versions.order_by("number"))
    assert [v.number for v in versions] == [1, 2]
    assert second.comment == "Poprawki" and second.uploaded_by == ewa
    assert versions[0].file.name != versions[1].file.name
    assert b"pierwsza" in versions[0].file.read() and b"druga" in versions[1].file.read()
    assert versions[0].content_type == "application/pdf"
    assert versions[0].original_name == "Raport końcowy.pdf"


def test_a_file_that_is_not_a_document_is_refused_and_nothing_is_stored(initiative, celina):
    fake = SimpleUploadedFile("raport.pdf", b"MZ not a pdf")

    with pytest.raises(ValidationError):
        services.document_upload(initiative=initiative, by=celina, title="Raport", upload=fake)

    assert not Document.objects.exists() and not DocumentVersion.objects.exists()
