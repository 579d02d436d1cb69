"""Event pages. Thin: load through a selector (404 for what the user may not see), check the permission
(403 for what they may not do), validate a form, call one service, respond."""

import csv
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.community.events import ical, permissions, selectors, services
from platforma.community.events.forms import EventFilterForm, EventForm, RegistrationForm
from platforma.community.events.models import Event, Registration, RegistrationStatus
from platforma.core.pagination import paginate
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import acting_organisations, is_coordinator

PER_PAGE = 12


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def event_list(request: HttpRequest) -> HttpResponse:
    form = EventFilterForm(request.GET)
    # A value that does not validate is left out; the others still apply.
    form.is_valid()
    filters = form.applied_filters()
    page = paginate(
        selectors.event_list_visible(user=request.user, filters=filters),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    context = {
        "form": form,
        "page_obj": page,
        "events": page.object_list,
        "showing_past": filters.get("when") == selectors.PAST,
        "can_create": permissions.can_create_event(request.user),
        "personal_feed_url": request.build_absolute_uri(
            f"{reverse('events:feed')}?{urlencode({'klucz': ical.personal_feed_token(request.user)})}"
        )
        if request.user.is_authenticated
        else "",
    }
    template = "events/event_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


def _url_or_none(name: str, *args: Any) -> str | None:
    """The URL of another app's fragment, or None while that app does not provide it (it is built in parallel)."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def _registration_context(request: HttpRequest, event: Event, form: RegistrationForm | None = None) -> dict[str, Any]:
    user = request.user
    now = timezone.now()
    registration = selectors.registration_of(user=user, event=event)
    can_register = permissions.can_register(user, event, now=now) and (
        registration is None or registration.status == RegistrationStatus.CANCELLED
    )
    if form is None and can_register:
        form = RegistrationForm(organisations=acting_organisations(user))
    free_places = None if event.capacity is None else max(event.capacity - event.confirmed_count, 0)
    return {
        "event": event,
        "registration": registration,
        "waiting_position": selectors.waiting_position(registration=registration) if registration else None,
        "can_register": can_register,
        "registration_form": form if can_register else None,
        "can_cancel_registration": registration is not None
        and permissions.can_cancel_registration(user, registration, now=now),
        "registration_open": permissions.registration_open(event, now=now),
        "show_online_link": permissions.can_see_online_link(user, event, registration),
        "free_places": free_places,
        "has_ended": event.has_ended(now),
        "RegistrationStatus": RegistrationStatus,
    }


def _render_detail(request: HttpRequest, event: Event, *, form: RegistrationForm | None = None) -> HttpResponse:
    user = request.user
    content_type_id = ContentType.objects.get_for_model(Event).pk
    context = {
        **_registration_context(request, event, form),
        "can_edit": permissions.can_edit(user, event),
        "can_publish": permissions.can_publish(user, event),
        "can_cancel": permissions.can_cancel(user, event),
        "can_see_participants": permissions.can_see_participants(user, event),
        "comments_url": _url_or_none("comments:thread", content_type_id, event.pk),
        "follow_url": _url_or_none("notifications:follow_button", content_type_id, event.pk)
        if user.is_authenticated
        else None,
    }
    return render(request, "events/event_detail.html", context)


def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = selectors.event_get_for_user(user=request.user, pk=pk)
    return _render_detail(request, event)


def _organisers(user: Any) -> tuple[list[Organisation], bool]:
    """Organisations the user may name as organiser, and whether naming one is required."""
    if is_coordinator(user):
        return list(Organisation.objects.cluster_members().order_by("name")), False
    return permissions.organiser_choices(user), True


@login_required
def event_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_event(request.user):
        raise PermissionDenied
    organisers, required = _organisers(request.user)
    form = EventForm(request.POST or None, organisers=organisers, organiser_required=required)
    if request.method == "POST" and form.is_valid():
        publish = request.POST.get("action") == "publish"
        try:
            event = services.event_create(
                by=request.user, organiser=form.cleaned_data.get("organiser"), publish=publish, **form.service_kwargs()
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if publish:
                messages.success(request, _("Wydarzenie zostało opublikowane."))
            else:
                messages.success(request, _("Zapisano szkic wydarzenia. Widzą go tylko organizatorzy."))
            return redirect(event)
    return render(request, "events/event_form.html", {"form": form, "event": None, "can_publish": True})


@login_required
def event_edit(request: HttpRequest, pk: int) -> HttpResponse:
    event = selectors.event_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit(request.user, event):
        raise PermissionDenied
    organisers, required = _organisers(request.user)
    can_publish = permissions.can_publish(request.user, event)
    form = EventForm(request.POST or None, instance=event, organisers=organisers, organiser_required=required)
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_update(
                event=event,
                by=request.user,
                organiser=form.cleaned_data.get("organiser"),
                publish=can_publish and request.POST.get("action") == "publish",
                **form.service_kwargs(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zapisano zmiany w wydarzeniu."))
            return redirect(event)
    return render(request, "events/event_form.html", {"form": form, "event": event, "can_publish": can_publish})


def _login_then_detail(pk: int) -> HttpResponse:
    # After logging in, land on the event page: the POST-only action URL would answer 405.
    return redirect_to_login(Event(pk=pk).get_absolute_url())


@require_POST
def event_publish(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    event = selectors.event_get_for_user(user=request.user, pk=pk)
    if not permissions.can_publish(request.user, event):
        raise PermissionDenied
    try:
        services.event_publish(event=event, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Wydarzenie zostało opublikowane."))
    return redirect(event)


@require_POST
def event_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    event = selectors.event_get_for_user(user=request.user, pk=pk)
    if not permissions.can_cancel(request.user, event):
        raise PermissionDenied
    try:
        services.event_cancel(event=event, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Wydarzenie zostało odwołane. Zapisane osoby dostały wiadomość."))
    return redirect(event)


def _registration_response(request: HttpRequest, pk: int, *, message: str, ok: bool) -> HttpResponse:
    # Reloaded, so that the counts of places include the change just made.
    event = selectors.event_get_for_user(user=request.user, pk=pk)
    if request.htmx:
        context = {**_registration_context(request, event), "registration_message": message, "registration_ok": ok}
        return render(request, "events/event_detail.html#registration", context)
    (messages.success if ok else messages.error)(request, message)
    return redirect(event.get_absolute_url() + "#registration")


def _registered_message(registration: Registration) -> str:
    if registration.status == RegistrationStatus.CONFIRMED:
        return _("Zapisano Cię na wydarzenie. Przypomnimy o nim dzień wcześniej.")
    return _(
        "Wszystkie miejsca są zajęte — jesteś na liście rezerwowej. Gdy ktoś zrezygnuje, "
        "przeniesiemy Cię na listę uczestników i od razu damy znać."
    )


@require_POST
def registration_create(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    event = selectors.event_get_for_user(user=request.user, pk=pk)
    form = RegistrationForm(request.POST, organisations=acting_organisations(request.user))
    if not form.is_valid():
        return _registration_response(request, pk, message=_("Wybierz, w jakim charakterze bierzesz udział."), ok=False)
    try:
        registration = services.registration_create(
            event=event, user=request.user, organisation=form.chosen_organisation()
        )
    except ValidationError as error:
        return _registration_response(request, pk, message=_error_text(error), ok=False)
    return _registration_response(request, pk, message=_registered_message(registration), ok=True)


@require_POST
def registration_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    event = selectors.event_get_for_user(user=request.user, pk=pk)
    registration = selectors.registration_of(user=request.user, event=event)
    if registration is None or registration.status == RegistrationStatus.CANCELLED:
        return _registration_response(request, pk, message=_("Nie jesteś zapisany(-a) na to wydarzenie."), ok=False)
    if not permissions.can_cancel_registration(request.user, registration):
        raise PermissionDenied
    try:
        services.registration_cancel(registration=registration, by=request.user)
    except ValidationError as error:
        return _registration_response(request, pk, message=_error_text(error), ok=False)
    return _registration_response(request, pk, message=_("Zrezygnowano z udziału w wydarzeniu."), ok=True)


@login_required
def participant_list(request: HttpRequest, pk: int) -> HttpResponse:
    event = selectors.event_get_for_user(user=request.user, pk=pk)
    if not permissions.can_see_participants(request.user, event):
        raise PermissionDenied
    registrations = list(selectors.participant_list(event=event))
    groups = [
        (status, label, [r for r in registrations if r.status == status])
        for status, label in RegistrationStatus.choices
    ]
    return render(request, "events/participant_list.html", {"event": event, "groups": groups})


def _csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # A cell starting like a formula would run as one in a spreadsheet (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@login_required
def participant_csv(request: HttpRequest, pk: int) -> HttpResponse:
    event = selectors.event_get_for_user(user=request.user, pk=pk)
    if not permissions.can_see_participants(request.user, event):
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="uczestnicy-wydarzenia-{event.pk}.csv"'
    # A byte-order mark, so that Excel reads Polish letters as UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([_("Imię i nazwisko"), _("E-mail"), _("Organizacja"), _("Status"), _("Zapisano")])
    for registration in selectors.participant_list(event=event):
        writer.writerow(
            [
                _csv_cell(registration.user.display_name),
                _csv_cell(registration.user.email),
                _csv_cell(registration.organisation.name if registration.organisation else ""),
                _csv_cell(registration.get_status_display()),
                timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
            ]
        )
    return response


def _ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def event_ics(request: HttpRequest, pk: int) -> HttpResponse:
    """One event for the viewer's calendar; the meeting link only for those who may see it on the page."""
    event = selectors.event_get_for_user(user=request.user, pk=pk)
    registration = selectors.registration_of(user=request.user, event=event)
    component = ical.event_component(
        event,
        page_url=request.build_absolute_uri(event.get_absolute_url()),
        with_online_link=permissions.can_see_online_link(request.user, event, registration),
        stamp=timezone.now(),
    )
    body = ical.calendar(name=event.title, uid=ical.event_uid(event), components=[component])
    return _ics_response(body, f"wydarzenie-{event.pk}.ics")


def _personal_calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """One person's calendar subscription: what they may see, with the meeting links of events where they
    have a place. Calendar programs cannot log in, so the address itself (signed) says whose it is."""
    user = ical.personal_feed_owner(token)
    if user is None:
        raise Http404
    now = timezone.now()
    components = [
        ical.event_component(
            event,
            page_url=request.build_absolute_uri(event.get_absolute_url()),
            with_online_link=permissions.can_see_online_link(user, event, registration),
            stamp=now,
        )
        for event, registration in selectors.personal_feed(user=user, now=now)
    ]
    body = ical.calendar(
        name=_("Moje wydarzenia klastra"), uid=f"events-feed-{user.pk}@{ical.domain()}", components=components
    )
    return _ics_response(body, "moj-kalendarz.ics")


def calendar_feed(request: HttpRequest) -> HttpResponse:
    """The events of the cluster for calendar subscriptions. With a person's key (`?klucz=`, offered on the
    list page) it is that person's calendar, meeting links included where they have a place; without one,
    the public events, with place and page but no meeting links (those are for registered people)."""
    if "klucz" in request.GET:
        return _personal_calendar_feed(request, request.GET["klucz"])
    now = timezone.now()
    components = [
        ical.event_component(
            event,
            page_url=request.build_absolute_uri(event.get_absolute_url()),
            with_online_link=False,
            stamp=now,
        )
        for event in selectors.event_feed(now=now)
    ]
    body = ical.calendar(
        name=_("Wydarzenia Śląskiego Klastra Rewitalizacji i Technologii Środowiskowych"),
        uid=f"events-feed@{ical.domain()}",
        components=components,
    )
    return _ics_response(body, "kalendarz.ics")
