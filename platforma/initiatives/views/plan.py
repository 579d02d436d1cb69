"""Goals and milestones, and the one calendar of milestones and task deadlines (with its iCalendar export)."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.initiatives import ical, permissions, selectors, services
from platforma.initiatives.forms import GoalForm, MilestoneForm
from platforma.initiatives.models import Initiative, Milestone, Task, TaskStatus
from platforma.initiatives.views._common import HtmxHttpRequest, error_text, load, login_then, page_context


def _url(initiative: Initiative) -> str:
    return reverse("initiatives:plan", args=[initiative.pk])


def _render(
    request: HtmxHttpRequest,
    initiative: Initiative,
    *,
    goal_form: GoalForm | None = None,
    milestone_form: MilestoneForm | None = None,
) -> HttpResponse:
    can_plan = permissions.can_plan(request.user, initiative)
    goals = selectors.goal_list(initiative=initiative)
    if can_plan:
        goal_form = goal_form or GoalForm()
        milestone_form = milestone_form or MilestoneForm(goals=initiative.goals.all())
    context = page_context(
        request,
        initiative,
        "plan",
        goals=list(goals),
        loose_milestones=list(selectors.milestone_list(initiative=initiative).filter(goal=None)),
        today=timezone.localdate(),
        can_plan=can_plan,
        goal_form=goal_form,
        milestone_form=milestone_form,
    )
    return render(request, "initiatives/plan.html", context)


def plan(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    return _render(request, load(request, pk))


def _plannable(request: HtmxHttpRequest, pk: int) -> Initiative | HttpResponse:
    if not request.user.is_authenticated:
        return login_then(reverse("initiatives:plan", args=[pk]))
    initiative = load(request, pk)
    if not permissions.can_plan(request.user, initiative):
        raise PermissionDenied
    return initiative


@require_POST
def goal_add(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    initiative = _plannable(request, pk)
    if isinstance(initiative, HttpResponse):
        return initiative
    form = GoalForm(request.POST)
    if form.is_valid():
        try:
            services.goal_add(initiative=initiative, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Dodano cel: %(title)s.") % {"title": form.cleaned_data["title"]})
            return redirect(_url(initiative))
    return _render(request, initiative, goal_form=form)


@require_POST
def milestone_add(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    initiative = _plannable(request, pk)
    if isinstance(initiative, HttpResponse):
        return initiative
    form = MilestoneForm(request.POST, goals=initiative.goals.all())
    if form.is_valid():
        try:
            services.milestone_add(initiative=initiative, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Dodano kamień milowy: %(title)s.") % {"title": form.cleaned_data["title"]})
            return redirect(_url(initiative))
    return _render(request, initiative, milestone_form=form)


@require_POST
def milestone_done(request: HtmxHttpRequest, pk: int, milestone_pk: int) -> HttpResponse:
    initiative = _plannable(request, pk)
    if isinstance(initiative, HttpResponse):
        return initiative
    milestone = selectors.milestone_get(initiative=initiative, pk=milestone_pk)
    done = request.POST.get("done") != "0"
    try:
        services.milestone_set_done(milestone=milestone, by=request.user, done=done)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        if done:
            messages.success(request, _("Kamień milowy osiągnięty: %(title)s.") % {"title": milestone.title})
        else:
            messages.success(request, _("Kamień milowy znów czeka: %(title)s.") % {"title": milestone.title})
    return redirect(_url(initiative))


def calendar(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    initiative = load(request, pk)
    today = timezone.localdate()
    items = selectors.calendar_items(initiative=initiative, today=today)
    months: list[tuple[object, list[selectors.CalendarItem]]] = []
    for item in items:
        month = item.day.replace(day=1)
        if not months or months[-1][0] != month:
            months.append((month, []))
        months[-1][1].append(item)
    context = page_context(request, initiative, "calendar", months=months, today=today)
    return render(request, "initiatives/calendar.html", context)


def _event(uid: str, item: Milestone | Task, *, initiative: Initiative, url: str) -> ical.Event:
    host = settings.SITE_URL.split("//")[-1].split("/")[0] or "platforma"
    if isinstance(item, Milestone):
        state = _("osiągnięty") if item.is_done else _("do osiągnięcia")
        return ical.Event(
            uid=f"{uid}@{host}",
            day=item.due_date,
            summary=_("Kamień milowy: %(title)s") % {"title": item.title},
            description=_("%(initiative)s; stan: %(state)s") % {"initiative": initiative.name, "state": state},
            url=url,
            categories=(_("kamień milowy"),),
        )
    assert item.due_date is not None
    description = _("%(initiative)s; stan: %(state)s") % {
        "initiative": initiative.name,
        "state": TaskStatus(item.status).label,
    }
    if item.assignee_name:
        description += "\n" + _("Odpowiada: %(who)s") % {"who": item.assignee_name}
    return ical.Event(
        uid=f"{uid}@{host}",
        day=item.due_date,
        summary=_("Termin zadania: %(title)s") % {"title": item.title},
        description=description,
        url=url,
        categories=(_("zadanie"),),
    )


def calendar_ics(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """The calendar as iCalendar, for Outlook, Thunderbird or Google Calendar."""
    initiative = load(request, pk)
    url = request.build_absolute_uri(reverse("initiatives:calendar", args=[initiative.pk]))
    events = [
        _event(f"initiative-{initiative.pk}-{key}", item, initiative=initiative, url=url)
        for key, item in selectors.calendar_entries(initiative=initiative)
    ]
    body = ical.calendar(name=initiative.name, events=events, stamp=timezone.now())
    response = HttpResponse(body.encode("utf-8"), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="przedsiewziecie-{initiative.pk}.ics"'
    return response
