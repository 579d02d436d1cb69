"""The people of one organisation: roles, removal, invitations — with HTMX updates and plain-form fallbacks."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from platforma.organisations import permissions, selectors, services
from platforma.organisations.forms import InvitationForm, RoleForm
from platforma.organisations.models import InvitationStatus, Organisation, OrganisationRole
from platforma.organisations.views._http import HtmxHttpRequest

TEMPLATE = "organisations/organisation_people.html"


def _manageable(request: HtmxHttpRequest, slug: str) -> Organisation:
    """404 when the organisation is hidden from this person, 403 when they may see it but not manage it."""
    organisation = selectors.organisation_get_for_user(user=request.user, slug=slug)
    if not permissions.can_manage_people(request.user, organisation):
        raise PermissionDenied
    return organisation


def _context(request: HtmxHttpRequest, organisation: Organisation, **extra: Any) -> dict[str, Any]:
    return {
        "organisation": organisation,
        "memberships": selectors.people_for_management(organisation=organisation),
        "invitations": selectors.invitations_pending(organisation=organisation),
        "invite_form": InvitationForm(),
        "roles": OrganisationRole.choices,
        **extra,
    }


def _respond(
    request: HtmxHttpRequest, organisation: Organisation, *, success: str = "", error: str = "", **extra: Any
) -> HttpResponse:
    """HTMX gets the refreshed people fragment with its status message; a plain form gets a redirect."""
    if not permissions.can_manage_people(request.user, organisation):
        # The person just removed themselves or gave up the admin role: the page is no longer theirs.
        if success:
            messages.success(request, success)
        if request.htmx:
            return HttpResponseClientRedirect(organisation.get_absolute_url())
        return redirect(organisation)
    if request.htmx:
        context = _context(request, organisation, success=success, error=error, **extra)
        return render(request, f"{TEMPLATE}#people", context)
    if error:
        messages.error(request, error)
    elif success:
        messages.success(request, success)
    return redirect("organisations:people", slug=organisation.slug)


def _first_message(error: ValidationError) -> str:
    return " ".join(error.messages)


@login_required
@require_http_methods(["GET"])
def organisation_people(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    organisation = _manageable(request, slug)
    return render(request, TEMPLATE, _context(request, organisation))


@login_required
@require_POST
def person_set_role(request: HtmxHttpRequest, slug: str, membership_id: int) -> HttpResponse:
    organisation = _manageable(request, slug)
    membership = selectors.membership_get(organisation=organisation, membership_id=membership_id)
    form = RoleForm(request.POST)
    if not form.is_valid():
        return _respond(request, organisation, error=_("Wybierz rolę z listy."))
    try:
        services.person_set_role(membership=membership, by=request.user, role=form.cleaned_data["role"])
    except ValidationError as error:
        return _respond(request, organisation, error=_first_message(error))
    success = _("%(person)s ma teraz rolę: %(role)s.") % {
        "person": membership.user.display_name,
        "role": membership.get_role_display(),
    }
    return _respond(request, organisation, success=success)


@login_required
@require_POST
def person_remove(request: HtmxHttpRequest, slug: str, membership_id: int) -> HttpResponse:
    organisation = _manageable(request, slug)
    membership = selectors.membership_get(organisation=organisation, membership_id=membership_id)
    name = membership.user.display_name
    try:
        services.person_remove(membership=membership, by=request.user)
    except ValidationError as error:
        return _respond(request, organisation, error=_first_message(error))
    return _respond(request, organisation, success=_("%(person)s nie należy już do organizacji.") % {"person": name})


@login_required
@require_POST
def organisation_invite(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    organisation = _manageable(request, slug)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            invitation = services.invitation_create(
                organisation=organisation,
                by=request.user,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _respond(
                request,
                organisation,
                success=_("Wysłano zaproszenie na adres %(email)s.") % {"email": invitation.email},
            )
    # Errors keep what was typed, in the fragment or on the whole page.
    context = _context(request, organisation, invite_form=form)
    if request.htmx:
        return render(request, f"{TEMPLATE}#people", context)
    return render(request, TEMPLATE, context)


@login_required
@require_POST
def invitation_revoke(request: HtmxHttpRequest, slug: str, invitation_id: int) -> HttpResponse:
    organisation = _manageable(request, slug)
    invitation = selectors.invitation_get(organisation=organisation, invitation_id=invitation_id)
    try:
        services.invitation_revoke(invitation=invitation, by=request.user)
    except ValidationError as error:
        return _respond(request, organisation, error=_first_message(error))
    return _respond(
        request, organisation, success=_("Wycofano zaproszenie dla %(email)s.") % {"email": invitation.email}
    )


@login_required
@require_http_methods(["GET", "POST"])
def invitation_accept(request: HtmxHttpRequest, token: str) -> HttpResponse:
    invitation = selectors.invitation_get_by_token(token=token)
    organisation = invitation.organisation
    already_member = permissions.can_act_for(request.user, organisation)
    error = ""
    if request.method == "POST":
        try:
            services.invitation_accept(token=token, user=request.user)
        except ValidationError as failure:
            error = _first_message(failure)
        else:
            messages.success(request, _("Dołączono do organizacji %(name)s.") % {"name": organisation.name})
            return redirect(organisation)
    context = {
        "invitation": invitation,
        "organisation": organisation,
        "is_pending": invitation.status == InvitationStatus.PENDING,
        "already_member": already_member,
        "error": error,
    }
    return render(request, "organisations/invitation_accept.html", context)
