"""Partners of an initiative: the list, invitations of organisations and people, answers, leaving, hand-over."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.initiatives import permissions, selectors, services
from platforma.initiatives.forms import HandOverForm, InviteOrganisationForm, InvitePersonForm
from platforma.initiatives.models import Initiative, ParticipantStatus
from platforma.initiatives.views._common import HtmxHttpRequest, error_text, load, login_then, page_context

TEMPLATE = "initiatives/partners.html"


def _partners_url(initiative: Initiative) -> str:
    return reverse("initiatives:partners", args=[initiative.pk])


def _render(request: HtmxHttpRequest, initiative: Initiative, **forms: Any) -> HttpResponse:
    user = request.user
    participants = selectors.participant_list(initiative=initiative)
    for participant in participants:
        participant.can_answer = permissions.can_answer(user, participant)
        participant.can_revoke = permissions.can_revoke(user, participant)
        participant.can_leave = permissions.can_leave(user, participant)
    can_invite = permissions.can_invite(user, initiative)
    can_hand_over = permissions.can_hand_over(user, initiative)
    if can_invite:
        forms.setdefault(
            "org_form", InviteOrganisationForm(organisations=selectors.organisations_to_invite(initiative=initiative))
        )
        forms.setdefault("person_form", InvitePersonForm())
    if can_hand_over:
        forms.setdefault("hand_over_form", HandOverForm(candidates=permissions.hand_over_candidates(initiative)))
    context = page_context(
        request,
        initiative,
        "partners",
        current=[p for p in participants if p.status == ParticipantStatus.ACCEPTED],
        invited=[p for p in participants if p.status == ParticipantStatus.INVITED],
        former=[p for p in participants if p.status not in (ParticipantStatus.ACCEPTED, ParticipantStatus.INVITED)],
        can_invite=can_invite,
        can_hand_over=can_hand_over,
        lead_is_mine=permissions.is_lead(user, initiative),
        **forms,
    )
    return render(request, TEMPLATE, context)


def partner_list(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    return _render(request, load(request, pk))


def _guarded(request: HtmxHttpRequest, pk: int) -> Initiative | HttpResponse:
    if not request.user.is_authenticated:
        return login_then(reverse("initiatives:partners", args=[pk]))
    return load(request, pk)


@require_POST
def invite_organisation(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    initiative = _guarded(request, pk)
    if isinstance(initiative, HttpResponse):
        return initiative
    if not permissions.can_invite(request.user, initiative):
        raise PermissionDenied
    form = InviteOrganisationForm(request.POST, organisations=selectors.organisations_to_invite(initiative=initiative))
    if form.is_valid():
        try:
            services.participant_invite_organisation(
                initiative=initiative,
                by=request.user,
                organisation=form.cleaned_data["organisation"],
                role=form.cleaned_data["role"],
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Wysłano zaproszenie do organizacji %(name)s.") % {"name": form.cleaned_data["organisation"].name},
            )
            return redirect(_partners_url(initiative))
    return _render(request, initiative, org_form=form)


@require_POST
def invite_person(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    initiative = _guarded(request, pk)
    if isinstance(initiative, HttpResponse):
        return initiative
    if not permissions.can_invite(request.user, initiative):
        raise PermissionDenied
    form = InvitePersonForm(request.POST)
    if form.is_valid():
        try:
            services.participant_invite_person(
                initiative=initiative,
                by=request.user,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Wysłano zaproszenie na adres %(email)s.") % {"email": form.cleaned_data["email"]}
            )
            return redirect(_partners_url(initiative))
    return _render(request, initiative, person_form=form)


@require_POST
def participant_answer(request: HtmxHttpRequest, pk: int, participant_pk: int) -> HttpResponse:
    initiative = _guarded(request, pk)
    if isinstance(initiative, HttpResponse):
        return initiative
    participant = selectors.participant_get(initiative=initiative, pk=participant_pk)
    if not permissions.can_answer(request.user, participant):
        raise PermissionDenied
    decision = request.POST.get("decision")
    if decision not in ("accept", "decline"):
        messages.error(request, _("Wybierz: przyjąć czy odrzucić zaproszenie."))
        return redirect(_partners_url(initiative))
    try:
        services.participant_respond(participant=participant, by=request.user, accept=decision == "accept")
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect(_partners_url(initiative))
    if decision == "accept":
        messages.success(
            request, _("Przyjęto zaproszenie. Witamy w przedsięwzięciu „%(name)s”!") % {"name": initiative.name}
        )
        return redirect(_partners_url(initiative))
    messages.success(request, _("Odrzucono zaproszenie do przedsięwzięcia „%(name)s”.") % {"name": initiative.name})
    # A declined invitation to a confidential initiative no longer opens its pages.
    if _still_visible(request, pk):
        return redirect(_partners_url(initiative))
    return redirect("initiatives:invitations")


def _still_visible(request: HtmxHttpRequest, pk: int) -> bool:
    return selectors.initiative_visible_queryset(user=request.user).filter(pk=pk).exists()


@require_POST
def participant_revoke(request: HtmxHttpRequest, pk: int, participant_pk: int) -> HttpResponse:
    initiative = _guarded(request, pk)
    if isinstance(initiative, HttpResponse):
        return initiative
    participant = selectors.participant_get(initiative=initiative, pk=participant_pk)
    if not permissions.can_revoke(request.user, participant):
        raise PermissionDenied
    try:
        services.participant_revoke(participant=participant, by=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Wycofano zaproszenie dla: %(name)s.") % {"name": participant.name})
    return redirect(_partners_url(initiative))


@require_POST
def participant_leave(request: HtmxHttpRequest, pk: int, participant_pk: int) -> HttpResponse:
    initiative = _guarded(request, pk)
    if isinstance(initiative, HttpResponse):
        return initiative
    participant = selectors.participant_get(initiative=initiative, pk=participant_pk)
    if not permissions.can_leave(request.user, participant):
        raise PermissionDenied
    try:
        services.participant_leave(participant=participant, by=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect(_partners_url(initiative))
    messages.success(request, _("%(name)s nie uczestniczy już w przedsięwzięciu.") % {"name": participant.name})
    if _still_visible(request, pk):
        return redirect(_partners_url(initiative))
    return redirect("initiatives:list")


@require_POST
def hand_over(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    initiative = _guarded(request, pk)
    if isinstance(initiative, HttpResponse):
        return initiative
    if not permissions.can_hand_over(request.user, initiative):
        raise PermissionDenied
    form = HandOverForm(request.POST, candidates=permissions.hand_over_candidates(initiative))
    if not form.is_valid():
        return _render(request, initiative, hand_over_form=form)
    chosen = form.chosen()
    try:
        services.lead_hand_over(initiative=initiative, by=request.user, to=chosen)
    except ValidationError as error:
        form.add_error(None, error)
        return _render(request, initiative, hand_over_form=form)
    messages.success(request, _("Prowadzenie przekazano organizacji %(name)s.") % {"name": chosen.name})
    return redirect(_partners_url(initiative))
