"""The coordinator's membership pages under /panel/czlonkostwo/."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from platforma.core.pagination import paginate
from platforma.organisations import permissions, selectors, services
from platforma.organisations.forms import ApproveForm, RejectForm, StatusForm
from platforma.organisations.models import ClusterStatus, Organisation
from platforma.organisations.services import STATUS_TRANSITIONS


def coordinator_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Anonymous visitors are sent to log in; everyone else but the coordinator gets 403."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not permissions.can_decide_membership(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


@coordinator_required
@require_GET
def panel_applications(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    organisations = selectors.organisation_list_for_panel(status=status)
    page = paginate(organisations, page_param=request.GET.get("page"))
    context = {
        "applications": selectors.applications_pending(),
        "page_obj": page,
        "organisations": page.object_list,
        "statuses": ClusterStatus.choices,
        "current_status": status if status in ClusterStatus.values else "",
    }
    return render(request, "organisations/panel/applications.html", context)


def _organisation(request: HttpRequest, slug: str) -> Organisation:
    return selectors.organisation_get_for_user(user=request.user, slug=slug)


def _refused(request: HttpRequest, organisation: Organisation, error: ValidationError) -> HttpResponse | None:
    """A decision refused as a whole (already decided by someone else) is told on a fresh page."""
    if hasattr(error, "error_dict"):
        return None
    messages.error(request, " ".join(error.messages))
    return redirect("organisations_panel:detail", slug=organisation.slug)


def _render_organisation(
    request: HttpRequest, organisation: Organisation, status: int = 200, **forms: Any
) -> HttpResponse:
    context = {
        "organisation": organisation,
        "memberships": selectors.people_for_management(organisation=organisation),
        "history": selectors.status_history(organisation=organisation),
        "is_applicant": organisation.cluster_status == ClusterStatus.APPLICANT,
        "can_change_status": bool(STATUS_TRANSITIONS.get(organisation.cluster_status)),
        "approve_form": forms.get("approve_form") or ApproveForm(),
        "reject_form": forms.get("reject_form") or RejectForm(),
        "status_form": forms.get("status_form") or StatusForm(organisation=organisation),
    }
    return render(request, "organisations/panel/organisation.html", context, status=status)


@coordinator_required
@require_GET
def panel_organisation(request: HttpRequest, slug: str) -> HttpResponse:
    return _render_organisation(request, _organisation(request, slug))


@coordinator_required
@require_POST
def panel_approve(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = _organisation(request, slug)
    form = ApproveForm(request.POST)
    if form.is_valid():
        try:
            services.membership_approve(organisation=organisation, by=request.user, note=form.cleaned_data["note"])
        except ValidationError as error:
            if refused := _refused(request, organisation, error):
                return refused
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Organizacja %(name)s jest teraz członkiem klastra.") % {"name": organisation.name}
            )
            return redirect("organisations_panel:applications")
    return _render_organisation(request, organisation, approve_form=form)


@coordinator_required
@require_POST
def panel_reject(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = _organisation(request, slug)
    form = RejectForm(request.POST)
    if form.is_valid():
        try:
            services.membership_reject(organisation=organisation, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            if refused := _refused(request, organisation, error):
                return refused
            form.add_error(None, error)
        else:
            messages.success(request, _("Odrzucono wniosek organizacji %(name)s.") % {"name": organisation.name})
            return redirect("organisations_panel:applications")
    return _render_organisation(request, organisation, reject_form=form)


@coordinator_required
@require_POST
def panel_set_status(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = _organisation(request, slug)
    form = StatusForm(request.POST, organisation=organisation)
    if form.is_valid():
        try:
            services.membership_set_status(
                organisation=organisation,
                by=request.user,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            if refused := _refused(request, organisation, error):
                return refused
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Status organizacji %(name)s: %(status)s.")
                % {"name": organisation.name, "status": organisation.get_cluster_status_display()},
            )
            return redirect("organisations_panel:detail", slug=organisation.slug)
    return _render_organisation(request, organisation, status_form=form)
