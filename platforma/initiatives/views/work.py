"""Tasks: a list with filters, a board whose cards move with HTMX (or a plain form), and the form to add one."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.core.pagination import paginate
from platforma.initiatives import permissions, selectors, services
from platforma.initiatives.forms import TaskFilterForm, TaskForm, TaskMoveForm
from platforma.initiatives.models import Initiative, TaskStatus
from platforma.initiatives.views._common import HtmxHttpRequest, error_text, load, login_then, page_context

PER_PAGE = 50
BOARD = "board"
LIST = "lista"


def _task_form(initiative: Initiative, data: Any = None) -> TaskForm:
    organisations, people = selectors.assignee_choices(initiative=initiative)
    return TaskForm(data, organisations=organisations, people=people)


def _render_list(request: HtmxHttpRequest, initiative: Initiative, form: TaskForm | None = None) -> HttpResponse:
    today = timezone.localdate()
    filters = TaskFilterForm(request.GET)
    filters.is_valid()
    page = paginate(
        selectors.task_list(initiative=initiative, filters=filters.applied_filters(), today=today),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    can_work = permissions.can_work(request.user, initiative)
    if can_work and form is None:
        form = _task_form(initiative)
    context = page_context(
        request,
        initiative,
        "tasks",
        filter_form=filters,
        page_obj=page,
        tasks=page.object_list,
        today=today,
        task_form=form if can_work else None,
        statuses=TaskStatus.choices,
        view=LIST,
    )
    return render(request, "initiatives/tasks.html", context)


def task_list(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    return _render_list(request, load(request, pk))


def _board_context(request: HtmxHttpRequest, initiative: Initiative, **extra: Any) -> dict[str, Any]:
    return page_context(
        request,
        initiative,
        "tasks",
        columns=selectors.task_board(initiative=initiative),
        today=timezone.localdate(),
        statuses=TaskStatus.choices,
        view=BOARD,
        **extra,
    )


def task_board(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    initiative = load(request, pk)
    return render(request, "initiatives/board.html", _board_context(request, initiative))


@require_POST
def task_add(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return login_then(reverse("initiatives:tasks", args=[pk]))
    initiative = load(request, pk)
    if not permissions.can_work(request.user, initiative):
        raise PermissionDenied
    form = _task_form(initiative, request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.task_add(
                initiative=initiative,
                by=request.user,
                title=data["title"],
                description=data["description"],
                due_date=data.get("due_date"),
                **form.assignee_kwargs(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Dodano zadanie: %(title)s.") % {"title": data["title"]})
            return redirect(reverse("initiatives:tasks", args=[initiative.pk]))
    return _render_list(request, initiative, form)


@require_POST
def task_move(request: HtmxHttpRequest, pk: int, task_pk: int) -> HttpResponse:
    """Moves a task to another column. HTMX gets the refreshed board with a status message; a plain form is
    redirected back to the board or the list it came from."""
    back = LIST if request.POST.get("view") == LIST else BOARD
    back_url = reverse("initiatives:tasks" if back == LIST else "initiatives:board", args=[pk])
    if not request.user.is_authenticated:
        return login_then(back_url)
    initiative = load(request, pk)
    task = selectors.task_get(initiative=initiative, pk=task_pk)
    if not permissions.can_work(request.user, initiative):
        raise PermissionDenied
    form = TaskMoveForm(request.POST)
    ok = False
    if not form.is_valid():
        message = _("Wybierz stan zadania: do zrobienia, w toku albo zrobione.")
    else:
        try:
            services.task_move(task=task, by=request.user, status=form.cleaned_data["status"])
        except ValidationError as error:
            message = error_text(error)
        else:
            ok = True
            message = _("Zadanie „%(title)s”: %(status)s.") % {"title": task.title, "status": task.get_status_display()}
    if request.htmx:
        context = _board_context(request, initiative, board_message=message, board_ok=ok, moved_pk=task.pk)
        return render(request, "initiatives/board.html#board", context)
    (messages.success if ok else messages.error)(request, message)
    return redirect(back_url)
