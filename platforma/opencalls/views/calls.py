"""Pages of calls: the list, a call's page, opening and editing a call, the fragment for a challenge's page."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from platforma.challenges import permissions as challenge_permissions
from platforma.challenges.models import Challenge
from platforma.core.pagination import paginate
from platforma.opencalls import permissions, selectors, services
from platforma.opencalls.forms import (
    DEFAULT_CRITERIA,
    CallEditForm,
    CallFilterForm,
    CallForm,
    CriterionFormSet,
    EvaluatorForm,
)
from platforma.opencalls.models import CallState, Eligibility, OpenCall
from platforma.organisations.permissions import can_act_for, is_coordinator, member_organisations

PER_PAGE = 20


def call_list(request: HttpRequest) -> HttpResponse:
    form = CallFilterForm(request.GET)
    # A value that does not validate is left out; the others still apply.
    form.is_valid()
    now = timezone.now()
    page = paginate(
        selectors.call_list_visible(user=request.user, filters=form.applied_filters(), now=now),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    context = {
        "form": form,
        "page_obj": page,
        "calls": page.object_list,
        "can_open": permissions.can_open_calls(request.user),
        "CallState": CallState,
    }
    template = "opencalls/call_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


def _weights(call: OpenCall) -> list[dict[str, Any]]:
    criteria = list(call.criteria.all())
    total = sum(criterion.weight for criterion in criteria) or 1
    return [{"criterion": c, "share": round(100 * c.weight / total)} for c in criteria]


def evaluators_context(request: HttpRequest, call: OpenCall, form: EvaluatorForm | None = None) -> dict[str, Any]:
    can_manage = permissions.can_manage_evaluators(request.user, call)
    if form is None and can_manage:
        form = EvaluatorForm(auto_id="evaluator_%s")
    return {
        "call": call,
        "evaluators": list(call.evaluators.all()),
        "can_manage_evaluators": can_manage,
        "evaluator_form": form,
    }


def _apply_hint(user: Any, call: OpenCall) -> str:
    """Why this person cannot answer an open call, in words; empty when they can or the call is not open."""
    if call.state != CallState.OPEN or not user.is_authenticated:
        return ""
    if permissions.can_apply(user, call):
        return ""
    # The people who run or judge the call know why they do not answer it.
    if permissions.is_owner(user, call) or permissions.is_evaluator(user, call) or is_coordinator(user):
        return ""
    if not permissions.has_verified_email(user):
        return _("Aby złożyć propozycję, potwierdź swój adres e-mail (link jest w wiadomości powitalnej).")
    if call.eligibility == Eligibility.MEMBERS and not permissions.proposal_organisations(user, call):
        return _("W tym naborze propozycje składają tylko organizacje członkowskie klastra.")
    return ""


def render_detail(request: HttpRequest, call: OpenCall, *, evaluator_form: EvaluatorForm | None = None) -> HttpResponse:
    user = request.user
    sees_ranking = permissions.can_see_ranking(user, call)
    ranking = selectors.ranking(call=call, user=user) if sees_ranking else []
    for entry in ranking:
        entry.proposal.call = call
        entry.proposal.can_score = permissions.can_score(user, entry.proposal)
        entry.proposal.conflicted = permissions.is_evaluator(user, call) and permissions.has_conflict(
            user, entry.proposal
        )
    context = {
        **evaluators_context(request, call, evaluator_form),
        "weights": _weights(call),
        "state": call.state,
        "CallState": CallState,
        "is_owner": permissions.is_owner(user, call),
        "is_evaluator": permissions.is_evaluator(user, call),
        "sees_ranking": sees_ranking,
        "ranking": ranking,
        "criteria": list(call.criteria.all()),
        "own_proposals": list(selectors.my_proposals(user=user).filter(call=call)),
        "my_proposal": selectors.my_live_proposal(user=user, call=call),
        "can_apply": permissions.can_apply(user, call),
        "apply_hint": _apply_hint(user, call),
        "can_edit": permissions.can_edit(user, call),
        "can_decide": permissions.can_decide(user, call),
        "shows_challenge": challenge_permissions.can_view(user, call.challenge),
    }
    return render(request, "opencalls/call_detail.html", context)


def call_detail(request: HttpRequest, pk: int) -> HttpResponse:
    call = selectors.call_get_for_user(user=request.user, pk=pk)
    return render_detail(request, call)


def _owner_organisation(user: Any, challenge: Challenge) -> Any:
    """People of the challenge's organisation run their own call; otherwise it is the coordinator's."""
    return challenge.organisation if can_act_for(user, challenge.organisation) else None


@login_required
def call_create(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not permissions.can_open_calls(user):
        raise PermissionDenied
    fixed: Challenge | None = None
    if raw := request.GET.get("wyzwanie"):
        fixed = selectors.challenge_for_new_call(user=user, pk=raw)
        if not permissions.can_open_call_for(user, fixed):
            raise PermissionDenied
        choices = None
    else:
        choices = selectors.challenges_for_new_call(user=user)
    data = request.POST if request.method == "POST" else None
    form = CallForm(data, challenges=choices)
    formset = CriterionFormSet(data, prefix="criteria", initial=None if data else DEFAULT_CRITERIA)
    # `&`, not `and`: both are validated, so that both show their errors at once.
    if data is not None and form.is_valid() & formset.is_valid():
        challenge = fixed or form.cleaned_data["challenge"]
        if not permissions.can_open_call_for(user, challenge):
            raise PermissionDenied
        try:
            call = services.call_create(
                created_by=user,
                challenge=challenge,
                owner_organisation=_owner_organisation(user, challenge),
                title=form.cleaned_data["title"],
                summary=form.cleaned_data["summary"],
                deadline=form.cleaned_data["deadline"],
                eligibility=form.cleaned_data["eligibility"],
                terms=form.cleaned_data["terms"],
                criteria=formset.criteria(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Ogłoszono nabór. Dodajcie oceniających, zanim spłyną propozycje."))
            return redirect(call)
    context = {
        "form": form,
        "formset": formset,
        "challenge": fixed,
        "has_challenges": fixed is not None or (choices is not None and choices.exists()),
        "is_member": bool(member_organisations(user)),
    }
    return render(request, "opencalls/call_form.html", context)


@login_required
def call_edit(request: HttpRequest, pk: int) -> HttpResponse:
    call = selectors.call_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit(request.user, call):
        raise PermissionDenied
    initial = {"title": call.title, "summary": call.summary, "deadline": call.deadline, "terms": call.terms}
    form = CallEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.call_update(call=call, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zapisano zmiany w naborze."))
            return redirect(call)
    return render(request, "opencalls/call_edit.html", {"form": form, "call": call})


def challenge_calls(request: HttpRequest, challenge_pk: int) -> HttpResponse:
    """A fragment for the challenge's page (pulled with hx-get): its calls and a link to open one."""
    challenge = selectors.challenge_for_new_call(user=request.user, pk=challenge_pk)
    calls = list(selectors.calls_for_challenge(user=request.user, challenge=challenge))
    context = {
        "challenge": challenge,
        "calls": calls,
        "can_open": permissions.can_open_call_for(request.user, challenge),
        "CallState": CallState,
    }
    return render(request, "opencalls/_challenge_calls.html", context)
