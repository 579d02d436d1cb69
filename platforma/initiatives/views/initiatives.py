"""The list, the overview page, creating and editing, status, outcome and timeline of initiatives."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.challenges.models import Challenge
from platforma.challenges.selectors import challenge_get_for_user
from platforma.core.pagination import paginate
from platforma.initiatives import permissions, selectors, services
from platforma.initiatives.forms import InitiativeFilterForm, InitiativeForm, OutcomeForm, StatusForm
from platforma.initiatives.models import Initiative, InitiativeStatus, ParticipantStatus, TaskStatus
from platforma.initiatives.views._common import HtmxHttpRequest, load, login_then, page_context
from platforma.organisations.permissions import member_organisations

PER_PAGE = 20
TIMELINE_PER_PAGE = 50


def initiative_list(request: HtmxHttpRequest) -> HttpResponse:
    user = request.user
    form = InitiativeFilterForm(request.GET, logged_in=user.is_authenticated)
    # A value that does not validate is left out; the others still apply.
    form.is_valid()
    page = paginate(
        selectors.initiative_list_visible(user=user, filters=form.applied_filters()),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    context = {
        "form": form,
        "page_obj": page,
        "initiatives": page.object_list,
        "can_create": permissions.can_create_initiative(user),
        "invitation_count": selectors.invitations_for_user(user=user).count() if user.is_authenticated else 0,
    }
    template = "initiatives/initiative_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


def _source_challenge(request: HtmxHttpRequest) -> Challenge | None:
    """The challenge of `?wyzwanie=<id>`; a malformed or invisible id is ignored, never an error."""
    raw = request.GET.get("wyzwanie", "")
    if not raw.isdigit():
        return None
    try:
        challenge = challenge_get_for_user(user=request.user, pk=raw)
    except Http404:
        return None
    return challenge if challenge.is_published else None


@login_required
def initiative_create(request: HtmxHttpRequest) -> HttpResponse:
    user = request.user
    if not permissions.can_create_initiative(user):
        raise PermissionDenied
    organisations = member_organisations(user)
    source = _source_challenge(request)
    initial: dict[str, Any] = {}
    if source is not None:
        initial = {
            "name": source.title[:200],
            "goal": _("Rozwiązać problem: %(title)s") % {"title": source.title},
            "challenges": [source.pk],
        }
    form = InitiativeForm(
        request.POST or None,
        initial=initial,
        organisations=organisations,
        challenges=selectors.challenge_choices_for(user=user),
    )
    if request.method == "POST" and form.is_valid():
        lead = form.cleaned_data.get("lead_organisation") or organisations[0]
        try:
            initiative = services.initiative_create(created_by=user, lead_organisation=lead, **form.service_kwargs())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Utworzono przedsięwzięcie. Zaproś partnerów i zaplanujcie pracę."))
            return redirect(initiative)
    return render(request, "initiatives/initiative_form.html", {"form": form, "initiative": None, "source": source})


def initiative_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    initiative = load(request, pk)
    user = request.user
    today = timezone.localdate()
    pledges = list(selectors.pledge_list(initiative=initiative))
    tasks = list(selectors.task_list(initiative=initiative, today=today))
    milestones = list(selectors.milestone_list(initiative=initiative))
    can_change = permissions.can_change_status(user, initiative)
    context = page_context(
        request,
        initiative,
        "overview",
        challenges=list(selectors.linked_challenges_visible(user=user, initiative=initiative)),
        participants=[
            p for p in selectors.participant_list(initiative=initiative) if p.status == ParticipantStatus.ACCEPTED
        ],
        totals=selectors.pledge_totals(pledges=pledges),
        task_counts={status: sum(1 for t in tasks if t.status == status) for status in TaskStatus.values},
        overdue_count=sum(1 for t in tasks if t.is_overdue(today)),
        upcoming=[m for m in milestones if not m.is_done][:5],
        today=today,
        entries=list(selectors.timeline(initiative=initiative)[:8]),
        history=list(selectors.status_history(initiative=initiative)),
        can_edit=permissions.can_edit(user, initiative),
        can_change_status=can_change,
        status_form=StatusForm(allowed=permissions.allowed_next_statuses(initiative)) if can_change else None,
        can_complete=permissions.can_complete(user, initiative),
        outcome=getattr(initiative, "outcome", None) if initiative.status == InitiativeStatus.COMPLETED else None,
    )
    return render(request, "initiatives/initiative_detail.html", context)


@login_required
def initiative_edit(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    initiative = load(request, pk)
    if not permissions.can_edit(request.user, initiative):
        raise PermissionDenied
    form = InitiativeForm(
        request.POST or None,
        instance=initiative,
        challenges=selectors.challenge_choices_for(user=request.user),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.initiative_update(initiative=initiative, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zapisano zmiany w przedsięwzięciu."))
            return redirect(initiative)
    return render(request, "initiatives/initiative_form.html", {"form": form, "initiative": initiative})


@require_POST
def initiative_status(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return login_then(Initiative(pk=pk).get_absolute_url())
    initiative = load(request, pk)
    if not permissions.can_change_status(request.user, initiative):
        raise PermissionDenied
    form = StatusForm(request.POST, allowed=permissions.allowed_next_statuses(initiative))
    if not form.is_valid():
        messages.error(request, _("Wybierz nowy status z listy."))
        return redirect(initiative)
    try:
        services.initiative_change_status(
            initiative=initiative,
            by=request.user,
            to_status=form.cleaned_data["to_status"],
            note=form.cleaned_data["note"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Status przedsięwzięcia: %(status)s.") % {"status": initiative.get_status_display()}
        )
    return redirect(initiative)


@login_required
def initiative_complete(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    initiative = load(request, pk)
    if not permissions.can_complete(request.user, initiative):
        raise PermissionDenied
    form = OutcomeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.initiative_complete(initiative=initiative, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Przedsięwzięcie zakończone, rezultat zapisany. W bazie wiedzy czeka szkic studium przypadku."),
            )
            return redirect(initiative)
    context = page_context(
        request,
        initiative,
        "overview",
        form=form,
        challenges=list(selectors.linked_challenges_visible(user=request.user, initiative=initiative)),
    )
    return render(request, "initiatives/initiative_complete.html", context)


def initiative_timeline(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    initiative = load(request, pk)
    page = paginate(
        selectors.timeline(initiative=initiative), page_param=request.GET.get("page"), per_page=TIMELINE_PER_PAGE
    )
    context = page_context(request, initiative, "timeline", page_obj=page, entries=page.object_list)
    return render(request, "initiatives/timeline.html", context)


def initiatives_for_challenge(request: HtmxHttpRequest, challenge_pk: int) -> HttpResponse:
    """The initiatives working on a challenge, for its page: an HTMX fragment, or a small page without JS."""
    challenge = challenge_get_for_user(user=request.user, pk=challenge_pk)
    context = {
        "challenge": challenge,
        "initiatives": list(selectors.initiatives_for_challenge(user=request.user, challenge_id=challenge.pk)),
        "can_start": challenge.is_published and permissions.can_start_from_challenge(request.user, challenge),
    }
    template = "initiatives/for_challenge.html"
    if request.htmx:
        template += "#initiatives"
    return render(request, template, context)


@login_required
def invitation_list(request: HtmxHttpRequest) -> HttpResponse:
    invitations = list(selectors.invitations_for_user(user=request.user))
    for invitation in invitations:
        invitation.can_answer = permissions.can_answer(request.user, invitation)
    return render(request, "initiatives/invitations.html", {"invitations": invitations})
