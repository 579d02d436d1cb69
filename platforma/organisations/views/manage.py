import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from platforma.organisations import permissions, selectors, services
from platforma.organisations.forms import ApplicationForm, OrganisationForm
from platforma.organisations.models import ClusterStatus


@login_required
@require_http_methods(["GET", "POST"])
def organisation_apply(request: HttpRequest) -> HttpResponse:
    form = ApplicationForm(request.POST, request.FILES) if request.method == "POST" else ApplicationForm()
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.organisation_apply(
                user=request.user,
                application_note=form.cleaned_data["application_note"],
                **form.service_data(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("organisations:apply_done", slug=organisation.slug)
    return render(request, "organisations/organisation_form.html", {"form": form, "mode": "apply"})


@login_required
@require_GET
def apply_done(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = selectors.organisation_get_for_user(user=request.user, slug=slug)
    if organisation.cluster_status != ClusterStatus.APPLICANT or not permissions.can_act_for(
        request.user, organisation
    ):
        return redirect(organisation)
    return render(request, "organisations/apply_done.html", {"organisation": organisation})


@login_required
@require_http_methods(["GET", "POST"])
def organisation_edit(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = selectors.organisation_get_for_user(user=request.user, slug=slug)
    if not permissions.can_edit_organisation(request.user, organisation):
        raise PermissionDenied
    # The form works on a copy: an invalid form must not leave half-typed values on the page's organisation.
    if request.method == "POST":
        form = OrganisationForm(request.POST, request.FILES, instance=copy.copy(organisation))
    else:
        form = OrganisationForm(instance=copy.copy(organisation))
    if request.method == "POST" and form.is_valid():
        try:
            services.organisation_update(organisation=organisation, by=request.user, **form.service_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zapisano zmiany w profilu organizacji."))
            return redirect(organisation)
    context = {"form": form, "mode": "edit", "organisation": organisation}
    return render(request, "organisations/organisation_form.html", context)
