"""Booking pages: asking for a resource, a booking with its decision, my bookings, requests to me."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.core.pagination import paginate
from platforma.resources import permissions, selectors, services
from platforma.resources.forms import BookingRequestForm, BookingStatusFilterForm, DecisionForm
from platforma.resources.models import Booking, BookingStatus

PER_PAGE = 20


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


@login_required
def booking_create(request: HttpRequest, pk: int) -> HttpResponse:
    resource = selectors.resource_get_for_user(user=request.user, pk=pk)
    if not permissions.can_request_booking(request.user, resource):
        raise PermissionDenied
    form = BookingRequestForm(request.POST or None, organisations=permissions.booking_organisations(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            booking = services.booking_request(
                resource=resource,
                by=request.user,
                organisation=form.chosen_organisation(),
                starts_on=form.cleaned_data["starts_on"],
                ends_on=form.cleaned_data["ends_on"],
                purpose=form.cleaned_data["purpose"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Wysłano prośbę o rezerwację. Udostępniający dostali wiadomość i wkrótce zdecydują.")
            )
            return redirect(booking)
    return render(request, "resources/booking_form.html", {"form": form, "resource": resource})


def booking_detail(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    booking = selectors.booking_get_for_user(user=request.user, pk=pk)
    return _render_detail(request, booking)


def _render_detail(request: HttpRequest, booking: Booking, *, form: DecisionForm | None = None) -> HttpResponse:
    user = request.user
    can_decide = permissions.can_decide_booking(user, booking)
    context = {
        "booking": booking,
        "resource": booking.resource,
        "can_decide": can_decide,
        "decision_form": form or (DecisionForm() if can_decide else None),
        "conflicts": list(selectors.overlapping_approved(booking=booking)) if can_decide else [],
        "can_cancel": permissions.can_cancel_booking(user, booking),
        "is_owner": permissions.is_owner(user, booking.resource),
    }
    return render(request, "resources/booking_detail.html", context)


def _back(request: HttpRequest, booking: Booking) -> HttpResponse:
    """Where the decision was made: the requests page or the booking page (only our own URLs)."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(booking)


@require_POST
def booking_decide(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("resources:booking", kwargs={"pk": pk}))
    booking = selectors.booking_get_for_user(user=request.user, pk=pk)
    if not permissions.can_decide_booking(request.user, booking):
        raise PermissionDenied
    form = DecisionForm(request.POST)
    if not form.is_valid():
        if request.POST.get("next"):
            messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
            return _back(request, booking)
        return _render_detail(request, booking, form=form)
    try:
        services.booking_decide(
            booking=booking, by=request.user, decision=form.cleaned_data["decision"], note=form.cleaned_data["note"]
        )
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        names = {"name": booking.resource.name}
        if booking.status == BookingStatus.APPROVED:
            messages.success(request, _("Zatwierdzono rezerwację zasobu „%(name)s”.") % names)
        else:
            messages.success(request, _("Odrzucono prośbę o rezerwację zasobu „%(name)s”.") % names)
    return _back(request, booking)


@require_POST
def booking_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("resources:booking", kwargs={"pk": pk}))
    booking = selectors.booking_get_for_user(user=request.user, pk=pk)
    if not permissions.can_cancel_booking(request.user, booking):
        raise PermissionDenied
    try:
        services.booking_cancel(booking=booking, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Anulowano rezerwację zasobu „%(name)s”.") % {"name": booking.resource.name})
    return _back(request, booking)


@login_required
def my_bookings(request: HttpRequest) -> HttpResponse:
    form = BookingStatusFilterForm(request.GET, default_label=_("wszystkie"))
    status = form.cleaned_data.get("status") if form.is_valid() else None
    page = paginate(
        selectors.bookings_of_user(user=request.user, status=status),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    page.object_list = list(page.object_list)
    for booking in page.object_list:
        booking.can_cancel = permissions.can_cancel_booking(request.user, booking)
    return render(request, "resources/my_bookings.html", {"form": form, "page_obj": page, "bookings": page})


@login_required
def booking_requests(request: HttpRequest) -> HttpResponse:
    if not permissions.can_see_requests_to_me(request.user):
        raise PermissionDenied
    form = BookingStatusFilterForm(request.GET, default_label=_("oczekujące na decyzję"))
    status = form.cleaned_data.get("status") if form.is_valid() else None
    page = paginate(
        selectors.booking_requests_to_user(user=request.user, status=status),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    page.object_list = list(page.object_list)
    for booking in page.object_list:
        booking.can_decide = permissions.can_decide_booking(request.user, booking)
    context = {"form": form, "page_obj": page, "bookings": page, "BookingStatus": BookingStatus}
    return render(request, "resources/booking_requests.html", context)
