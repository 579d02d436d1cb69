"""Resource pages: the catalogue, a resource with its month calendar, listing and editing, photos.
Thin: load through a selector (404 for what the user may not see), check the permission (403 for what they
may not do), validate a form, call one service, respond. Booking pages are in booking_views.py."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from platforma.core.pagination import paginate
from platforma.organisations.permissions import acting_organisations, is_cluster_member
from platforma.resources import calendar_grid, permissions, selectors, services
from platforma.resources.forms import PhotoForm, ResourceFilterForm, ResourceForm
from platforma.resources.models import Resource

PER_PAGE = 20

WEEKDAYS = [
    (gettext_lazy("pon."), gettext_lazy("poniedziałek")),
    (gettext_lazy("wt."), gettext_lazy("wtorek")),
    (gettext_lazy("śr."), gettext_lazy("środa")),
    (gettext_lazy("czw."), gettext_lazy("czwartek")),
    (gettext_lazy("pt."), gettext_lazy("piątek")),
    (gettext_lazy("sob."), gettext_lazy("sobota")),
    (gettext_lazy("niedz."), gettext_lazy("niedziela")),
]


def resource_list(request: HttpRequest) -> HttpResponse:
    form = ResourceFilterForm(request.GET, cities=selectors.resource_cities_visible(user=request.user))
    # A value that does not validate is left out; the others still apply, and the form says what was wrong.
    form.is_valid()
    page = paginate(
        selectors.resource_list_visible(user=request.user, filters=form.applied_filters()),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    user = request.user
    context = {
        "form": form,
        "page_obj": page,
        "resources": page.object_list,
        "can_create": permissions.can_create_resource(user),
        "can_book": is_cluster_member(user),
        "sees_requests": permissions.can_see_requests_to_me(user),
        "pending_count": selectors.pending_requests_count(user=user) if acting_organisations(user) else 0,
    }
    template = "resources/resource_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


def _calendar_context(request: HttpRequest, resource: Resource) -> dict[str, Any]:
    today = timezone.localdate()
    month = calendar_grid.parse_month(request.GET.get("miesiac"), today=today)
    last = calendar_grid.month_end(month)
    bookings = list(selectors.approved_bookings_between(resource=resource, first=month, last=last))
    user = request.user
    return {
        "resource": resource,
        "month": month,
        "weeks": calendar_grid.month_weeks(month, bookings),
        "month_bookings": bookings,
        "previous_month": calendar_grid.shift_month(month, -1),
        "next_month": calendar_grid.shift_month(month, 1),
        "today": today,
        "weekdays": WEEKDAYS,
        # Who booked is cluster business; visitors see only which days are taken.
        "show_who": is_cluster_member(user) or permissions.is_owner(user, resource),
    }


def resource_detail(request: HttpRequest, pk: int) -> HttpResponse:
    resource = selectors.resource_get_for_user(user=request.user, pk=pk)
    context = _calendar_context(request, resource)
    if request.htmx and request.htmx.target == "calendar":
        return render(request, "resources/resource_detail.html#calendar", context)
    user = request.user
    sees_requests = permissions.can_see_requests(user, resource)
    context.update(
        {
            "photos": list(resource.photos.all()),
            "is_owner": permissions.is_owner(user, resource),
            "is_listed": permissions.is_listed(resource),
            "can_edit": permissions.can_edit(user, resource),
            "can_request": permissions.can_request_booking(user, resource),
            "sees_requests": sees_requests,
            "upcoming": list(selectors.upcoming_bookings(resource=resource, today=context["today"]))
            if sees_requests
            else [],
        }
    )
    return render(request, "resources/resource_detail.html", context)


@login_required
def resource_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_resource(request.user):
        raise PermissionDenied
    organisations = permissions.owner_organisations(request.user)
    form = ResourceForm(request.POST or None, request.FILES or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        owner = form.cleaned_data.get("owner") or organisations[0]
        try:
            resource = services.resource_create(
                by=request.user,
                owner=owner,
                photo=form.cleaned_data.get("photo"),
                photo_alt_text=form.cleaned_data.get("photo_alt_text") or "",
                **form.service_kwargs(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zasób jest w katalogu. Członkowie klastra mogą prosić o rezerwację."))
            return redirect(resource)
    return render(request, "resources/resource_form.html", {"form": form, "resource": None})


def _render_edit(request: HttpRequest, resource: Resource, form: ResourceForm, photo_form: PhotoForm) -> HttpResponse:
    context = {"form": form, "resource": resource, "photo_form": photo_form, "photos": list(resource.photos.all())}
    return render(request, "resources/resource_form.html", context)


@login_required
def resource_edit(request: HttpRequest, pk: int) -> HttpResponse:
    resource = selectors.resource_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit(request.user, resource):
        raise PermissionDenied
    form = ResourceForm(request.POST or None, instance=resource)
    if request.method == "POST" and form.is_valid():
        try:
            resource = services.resource_update(resource=resource, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zapisano zmiany w opisie zasobu."))
            return redirect(resource)
    return _render_edit(request, resource, form, PhotoForm())


def _login_then(resource_pk: int) -> HttpResponse:
    # After logging in, land on the resource page: the POST-only action URL would answer 405.
    return redirect_to_login(Resource(pk=resource_pk).get_absolute_url())


@require_POST
def photo_add(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then(pk)
    resource = selectors.resource_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit(request.user, resource):
        raise PermissionDenied
    photo_form = PhotoForm(request.POST, request.FILES)
    if photo_form.is_valid():
        try:
            services.resource_photo_add(
                resource=resource,
                by=request.user,
                image=photo_form.cleaned_data["image"],
                alt_text=photo_form.cleaned_data["alt_text"],
            )
        except ValidationError as error:
            photo_form.add_error(None, error)
        else:
            messages.success(request, _("Dodano zdjęcie."))
            return redirect("resources:edit", pk=resource.pk)
    return _render_edit(request, resource, ResourceForm(instance=resource), photo_form)


@require_POST
def photo_delete(request: HttpRequest, pk: int, photo_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then(pk)
    resource = selectors.resource_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit(request.user, resource):
        raise PermissionDenied
    photo = selectors.photo_get(resource=resource, pk=photo_pk)
    services.resource_photo_delete(photo=photo, by=request.user)
    messages.success(request, _("Usunięto zdjęcie „%(alt)s”.") % {"alt": photo.alt_text})
    return redirect("resources:edit", pk=resource.pk)
