"""Pooled resources: totals per kind and per partner, the pledges, and the form to pledge."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.initiatives import permissions, selectors, services
from platforma.initiatives.forms import PledgeForm
from platforma.initiatives.models import Initiative
from platforma.initiatives.views._common import HtmxHttpRequest, error_text, load, login_then, page_context


def _url(initiative: Initiative) -> str:
    return reverse("initiatives:pledges", args=[initiative.pk])


def _form(request: HtmxHttpRequest, initiative: Initiative, data: object = None) -> PledgeForm | None:
    organisations = permissions.pledge_organisations(request.user, initiative)
    if not initiative.is_open or not organisations:
        return None
    return PledgeForm(
        data,
        organisations=organisations,
        resources=selectors.equipment_choices(organisations=organisations),
    )


def _render(request: HtmxHttpRequest, initiative: Initiative, form: PledgeForm | None = None) -> HttpResponse:
    user = request.user
    pledges = list(selectors.pledge_list(initiative=initiative))
    for pledge in pledges:
        pledge.initiative = initiative
        pledge.can_decide = permissions.can_decide_pledge(user, pledge)
        pledge.can_withdraw = permissions.can_withdraw_pledge(user, pledge)
    context = page_context(
        request,
        initiative,
        "pledges",
        pledges=pledges,
        totals=selectors.pledge_totals(pledges=pledges),
        form=form or _form(request, initiative),
    )
    return render(request, "initiatives/pledges.html", context)


def pledge_list(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    return _render(request, load(request, pk))


@require_POST
def pledge_create(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return login_then(reverse("initiatives:pledges", args=[pk]))
    initiative = load(request, pk)
    if not permissions.can_pledge(request.user, initiative):
        raise PermissionDenied
    form = _form(request, initiative, request.POST)
    assert form is not None
    if form.is_valid():
        data = form.cleaned_data
        try:
            pledge = services.pledge_create(
                initiative=initiative,
                by=request.user,
                organisation=data["organisation"],
                kind=data["kind"],
                amount=data.get("amount"),
                resource=data.get("resource"),
                period_start=data["period_start"],
                period_end=data["period_end"],
                note=data.get("note", ""),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if pledge.status == "confirmed":
                messages.success(request, _("Zapisano i potwierdzono deklarację: %(what)s.") % {"what": pledge.summary})
            else:
                messages.success(
                    request,
                    _("Zapisano deklarację: %(what)s. Administrator organizacji dostał prośbę o potwierdzenie.")
                    % {"what": pledge.summary},
                )
            return redirect(_url(initiative) + "#pledges")
    return _render(request, initiative, form)


@require_POST
def pledge_decide(request: HtmxHttpRequest, pk: int, pledge_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return login_then(reverse("initiatives:pledges", args=[pk]))
    initiative = load(request, pk)
    pledge = selectors.pledge_get(initiative=initiative, pk=pledge_pk)
    if not permissions.can_decide_pledge(request.user, pledge):
        raise PermissionDenied
    decision = request.POST.get("decision")
    if decision not in ("confirm", "decline"):
        messages.error(request, _("Wybierz: potwierdzić czy odrzucić deklarację."))
        return redirect(_url(initiative) + "#pledges")
    try:
        services.pledge_decide(pledge=pledge, by=request.user, confirm=decision == "confirm")
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        if decision == "confirm":
            messages.success(request, _("Potwierdzono deklarację: %(what)s.") % {"what": pledge.summary})
        else:
            messages.success(request, _("Odrzucono deklarację: %(what)s.") % {"what": pledge.summary})
    return redirect(_url(initiative) + "#pledges")


@require_POST
def pledge_withdraw(request: HtmxHttpRequest, pk: int, pledge_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return login_then(reverse("initiatives:pledges", args=[pk]))
    initiative = load(request, pk)
    pledge = selectors.pledge_get(initiative=initiative, pk=pledge_pk)
    if not permissions.can_withdraw_pledge(request.user, pledge):
        raise PermissionDenied
    try:
        services.pledge_withdraw(pledge=pledge, by=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Wycofano deklarację: %(what)s.") % {"what": pledge.summary})
    return redirect(_url(initiative) + "#pledges")
