"""The owner's side: evaluators, scoring, and the decision that turns the winner into a pilot initiative."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.opencalls import permissions, selectors, services
from platforma.opencalls.forms import DecisionForm, EvaluationForm, EvaluatorForm
from platforma.opencalls.models import Evaluator, OpenCall
from platforma.opencalls.views.calls import evaluators_context, render_detail
from platforma.opencalls.views.proposals import login_then_call


def _evaluators_response(request: HttpRequest, call: OpenCall, *, message: str, ok: bool) -> HttpResponse:
    if request.htmx:
        fresh = selectors.call_get_for_user(user=request.user, pk=call.pk)
        context = {**evaluators_context(request, fresh), "evaluator_message": message, "evaluator_ok": ok}
        return render(request, "opencalls/call_detail.html#evaluators", context)
    (messages.success if ok else messages.error)(request, message)
    return redirect(call.get_absolute_url() + "#evaluators")


@require_POST
def evaluator_add(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return login_then_call(pk)
    call = selectors.call_get_for_user(user=request.user, pk=pk)
    if not permissions.can_manage_evaluators(request.user, call):
        raise PermissionDenied
    form = EvaluatorForm(request.POST, auto_id="evaluator_%s")
    if form.is_valid():
        person = form.cleaned_data["email"]
        try:
            services.evaluator_add(call=call, user=person, by=request.user)
        except ValidationError as error:
            form.add_error("email", error)
        else:
            message = _("Dodano oceniającego: %(name)s.") % {"name": person.display_name}
            return _evaluators_response(request, call, message=message, ok=True)
    if request.htmx:
        return render(request, "opencalls/call_detail.html#evaluators", evaluators_context(request, call, form))
    return render_detail(request, call, evaluator_form=form)


@require_POST
def evaluator_remove(request: HttpRequest, pk: int, evaluator_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return login_then_call(pk)
    call = selectors.call_get_for_user(user=request.user, pk=pk)
    if not permissions.can_manage_evaluators(request.user, call):
        raise PermissionDenied
    evaluator = next((e for e in call.evaluators.all() if e.pk == evaluator_pk), None)
    if evaluator is None:
        return _evaluators_response(request, call, message=_("Tej osoby nie ma już wśród oceniających."), ok=False)
    try:
        services.evaluator_remove(evaluator=evaluator, by=request.user)
    except ValidationError as error:
        return _evaluators_response(request, call, message=" ".join(error.messages), ok=False)
    message = _("Usunięto oceniającego: %(name)s, razem z jego ocenami.") % {"name": evaluator.user.display_name}
    return _evaluators_response(request, call, message=message, ok=True)


@login_required
def proposal_score(request: HttpRequest, pk: int, proposal_pk: int) -> HttpResponse:
    call = selectors.call_get_for_user(user=request.user, pk=pk)
    proposal = selectors.proposal_get_for_user(user=request.user, call=call, pk=proposal_pk)
    if not permissions.can_score(request.user, proposal):
        raise PermissionDenied
    evaluator: Evaluator | None = selectors.evaluator_for(user=request.user, call=call)
    assert evaluator is not None  # can_score holds only for evaluators
    criteria = list(call.criteria.all())
    current = selectors.evaluation_of(evaluator=evaluator, proposal=proposal)
    initial: dict[str, object] = {}
    if current is not None:
        initial = {EvaluationForm.field_name(s.criterion): s.score for s in current.scores.all()}
        initial["comment"] = current.comment
    form = EvaluationForm(request.POST or None, criteria=criteria, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.evaluation_save(
                evaluator=evaluator, proposal=proposal, scores=form.scores(), comment=form.cleaned_data["comment"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zapisano ocenę propozycji „%(title)s”.") % {"title": proposal.title})
            return redirect(call.get_absolute_url() + "#ranking")
    context = {"form": form, "call": call, "proposal": proposal, "current": current}
    return render(request, "opencalls/evaluation_form.html", context)


def _winner_label(position: int | None, entry: selectors.RankedProposal) -> str:
    proposal = entry.proposal
    who = proposal.organisation.name if proposal.organisation else getattr(proposal.author, "display_name", "")
    shown = entry.row.score_display
    score = _("bez ocen") if shown is None else _("%(score)s pkt") % {"score": number_format(shown, 2)}
    prefix = f"{position}. " if position else ""
    return f"{prefix}{proposal.title} — {who} ({score})"


@login_required
def call_decide(request: HttpRequest, pk: int) -> HttpResponse:
    call = selectors.call_get_for_user(user=request.user, pk=pk)
    if not permissions.can_decide(request.user, call):
        raise PermissionDenied
    ranking = selectors.ranking(call=call, user=request.user)
    form = DecisionForm(
        request.POST or None,
        choices=[(str(e.proposal.pk), _winner_label(e.row.position, e)) for e in ranking],
        proposals=[e.proposal for e in ranking],
    )
    if request.method == "POST" and form.is_valid():
        try:
            call = services.call_decide(
                call=call,
                by=request.user,
                winner=form.chosen(),
                note=form.cleaned_data["note"],
                pilot_name=form.cleaned_data["pilot_name"],
                pilot_goal=form.cleaned_data["pilot_goal"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if call.pilot is not None:
                message = _("Nabór rozstrzygnięty i powstało przedsięwzięcie pilotażowe. Zgłaszający dostaną wyniki.")
                messages.success(request, message)
                return redirect(call.pilot)
            messages.success(request, _("Nabór zakończony bez wyboru zwycięzcy; zgłaszający dostaną wiadomość."))
            return redirect(call)
    context = {
        "form": form,
        "call": call,
        "ranking": ranking,
        "lead_organisation": call.owner_organisation or call.challenge.organisation,
    }
    return render(request, "opencalls/call_decide.html", context)
