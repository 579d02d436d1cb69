"""B2B pages of an event, under /wydarzenia/<pk>/b2b/. Thin: load through a selector (404 for an event
the user may not see), check the permission (403 for what they may not do), validate, call one service."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.community.b2b import ical, permissions, selectors, services
from platforma.community.b2b.forms import (
    AnswerForm,
    DirectoryFilterForm,
    MeetingRequestForm,
    OutcomeForm,
    ProfileForm,
    ScheduleForm,
    SessionForm,
)
from platforma.community.b2b.models import B2BSession, Meeting
from platforma.community.events import selectors as event_selectors
from platforma.core.pagination import paginate
from platforma.organisations.permissions import acting_organisations

PER_PAGE = 30


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def _url(name: str, session_or_pk: B2BSession | int, **kwargs: Any) -> str:
    event_pk = session_or_pk.event_id if isinstance(session_or_pk, B2BSession) else session_or_pk
    return reverse(f"b2b:{name}", kwargs={"event_pk": event_pk, **kwargs})


def _login_then_session(event_pk: int) -> HttpResponse:
    # After logging in, land on the B2B page: the POST-only action URL would answer 405.
    return redirect_to_login(_url("session", event_pk))


def session_detail(request: HttpRequest, event_pk: int) -> HttpResponse:
    event = selectors.event_get_for_user(user=request.user, event_pk=event_pk)
    session = selectors.session_of(event)
    can_manage = permissions.can_manage_session(request.user, event)
    if session is None or not permissions.can_view_session(request.user, session):
        if can_manage:
            return redirect(_url("settings", event.pk))
        return render(request, "b2b/session_missing.html", {"event": event}, status=404)
    context = {
        "session": session,
        "event": event,
        "slots": selectors.session_slots(session),
        "can_manage": can_manage,
        "can_take_part": permissions.can_take_part(request.user, session),
        "can_view_directory": permissions.can_view_directory(request.user, session),
        "can_edit_profile": permissions.can_edit_profile(request.user, session),
        "requests_open": permissions.requests_open(session),
        "my_profile": selectors.profile_of(session=session, user=request.user),
        "registration": event_selectors.registration_of(user=request.user, event=event),
    }
    return render(request, "b2b/session_detail.html", context)


def for_event(request: HttpRequest, event_pk: int) -> HttpResponse:
    """The B2B box of the event page, pulled by URL (the events app sits below this one and never imports
    it). Empty when the event has no B2B session the viewer may see and the viewer cannot set one up."""
    event = selectors.event_get_for_user(user=request.user, event_pk=event_pk)
    session = selectors.session_of(event)
    can_manage = permissions.can_manage_session(request.user, event)
    if session is not None and not permissions.can_view_session(request.user, session):
        session = None
    if session is None and not can_manage:
        return HttpResponse("")
    context = {
        "event": event,
        "session": session,
        "can_manage": can_manage,
        "can_take_part": session is not None and permissions.can_take_part(request.user, session),
    }
    return render(request, "b2b/_for_event.html", context)


@login_required
def session_settings(request: HttpRequest, event_pk: int) -> HttpResponse:
    event = selectors.event_get_for_user(user=request.user, event_pk=event_pk)
    if not permissions.can_manage_session(request.user, event):
        raise PermissionDenied
    session = selectors.session_of(event)
    form = SessionForm(request.POST or None, event=event, session=session)
    if request.method == "POST" and form.is_valid():
        try:
            services.session_save(event=event, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zapisano ustawienia spotkań B2B."))
            return redirect(_url("session", event.pk))
    return render(request, "b2b/session_settings.html", {"form": form, "event": event, "session": session})


@login_required
def profile_edit(request: HttpRequest, event_pk: int) -> HttpResponse:
    session = selectors.session_get_for_user(user=request.user, event_pk=event_pk)
    if not permissions.can_edit_profile(request.user, session):
        raise PermissionDenied
    profile = selectors.profile_of(session=session, user=request.user)
    initial = {}
    if profile is None:
        registration = event_selectors.registration_of(user=request.user, event=session.event)
        initial["organisation"] = registration.organisation_id if registration else None
    form = ProfileForm(
        request.POST or None, instance=profile, initial=initial, organisations=acting_organisations(request.user)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.profile_save(
                session=session,
                user=request.user,
                organisation=form.cleaned_data["organisation"],
                offer=form.cleaned_data["offer"],
                seek=form.cleaned_data["seek"],
                competences=form.cleaned_data["competences"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Opublikowano Twój profil B2B. Inni uczestnicy widzą go w katalogu."))
            return redirect(_url("directory", session))
    return render(request, "b2b/profile_form.html", {"form": form, "session": session, "profile": profile})


@login_required
def directory(request: HttpRequest, event_pk: int) -> HttpResponse:
    session = selectors.session_get_for_user(user=request.user, event_pk=event_pk)
    if not permissions.can_view_directory(request.user, session):
        raise PermissionDenied
    form = DirectoryFilterForm(request.GET or None)
    # A value that does not validate is left out; the others still apply, and the form says what was wrong.
    if form.is_bound:
        form.is_valid()
    page = paginate(
        selectors.profile_directory(session=session, filters=form.applied_filters()),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    open_by_partner = selectors.open_requests_by_partner(session=session, user=request.user)
    profiles = list(page.object_list)
    for profile in profiles:
        profile.open_meeting = open_by_partner.get(profile.user_id)
    context = {
        "session": session,
        "form": form,
        "page_obj": page,
        "profiles": profiles,
        "can_request": permissions.can_request_meeting(request.user, session),
        "has_profile": selectors.profile_of(session=session, user=request.user) is not None,
        "can_take_part": permissions.can_take_part(request.user, session),
        "can_manage": permissions.can_manage_session(request.user, session.event),
        "can_view_directory": True,
    }
    template = "b2b/directory.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


@login_required
def meeting_request(request: HttpRequest, event_pk: int, profile_pk: int) -> HttpResponse:
    session = selectors.session_get_for_user(user=request.user, event_pk=event_pk)
    if not permissions.can_request_meeting(request.user, session):
        raise PermissionDenied
    if selectors.profile_of(session=session, user=request.user) is None:
        messages.info(request, _("Najpierw opublikuj swój profil B2B: druga strona zobaczy, co oferujesz."))
        return redirect(_url("profile", session))
    profile = selectors.profile_get_for_request(session=session, pk=profile_pk)
    form = MeetingRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_request(
                session=session, requester=request.user, recipient=profile.user, message=form.cleaned_data["message"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Wysłano prośbę o spotkanie do: %(name)s.") % {"name": profile.user.display_name}
            )
            return redirect(_url("agenda", session))
    return render(request, "b2b/meeting_request.html", {"form": form, "session": session, "profile": profile})


def _agenda_context(
    request: HttpRequest, session: B2BSession, *, outcome_forms: dict[int, OutcomeForm] | None = None
) -> dict[str, Any]:
    now = timezone.now()
    agenda = selectors.agenda_for(session=session, user=request.user)
    outcome_forms = outcome_forms or {}
    for meeting in agenda.scheduled + agenda.unscheduled:
        meeting.can_cancel = permissions.can_cancel(request.user, meeting, now=now)
        meeting.can_record_outcome = permissions.can_record_outcome(request.user, meeting, now=now)
        if meeting.can_record_outcome and meeting.pk not in outcome_forms:
            initial = (
                {"outcome": meeting.my_outcome.outcome, "note": meeting.my_outcome.note} if meeting.my_outcome else {}
            )
            outcome_forms[meeting.pk] = OutcomeForm(prefix=f"m{meeting.pk}", initial=initial)
        meeting.outcome_form = outcome_forms.get(meeting.pk)
    for meeting in agenda.received:
        meeting.can_answer = permissions.can_answer(request.user, meeting, now=now)
    return {
        "session": session,
        "agenda": agenda,
        "can_take_part": True,
        "can_manage": permissions.can_manage_session(request.user, session.event),
    }


def _agenda_response(request: HttpRequest, session: B2BSession, *, message: str, ok: bool) -> HttpResponse:
    if request.htmx:
        context = {**_agenda_context(request, session), "agenda_message": message, "agenda_ok": ok}
        return render(request, "b2b/agenda.html#meetings", context)
    (messages.success if ok else messages.error)(request, message)
    return redirect(_url("agenda", session))


@login_required
def agenda(request: HttpRequest, event_pk: int) -> HttpResponse:
    session = selectors.session_get_for_user(user=request.user, event_pk=event_pk)
    if not permissions.can_take_part(request.user, session):
        raise PermissionDenied
    return render(request, "b2b/agenda.html", _agenda_context(request, session))


@login_required
def agenda_ics(request: HttpRequest, event_pk: int) -> HttpResponse:
    session = selectors.session_get_for_user(user=request.user, event_pk=event_pk)
    if not permissions.can_take_part(request.user, session):
        raise PermissionDenied
    scheduled = selectors.agenda_for(session=session, user=request.user).scheduled
    body = ical.agenda_calendar(
        session=session,
        meetings=scheduled,
        page_url=request.build_absolute_uri(_url("agenda", session)),
        stamp=timezone.now(),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="b2b-agenda-{session.event_id}.ics"'
    return response


def _own_meeting(request: HttpRequest, event_pk: int, meeting_pk: int) -> tuple[B2BSession, Meeting]:
    session = selectors.session_get_for_user(user=request.user, event_pk=event_pk)
    return session, selectors.meeting_get_for_user(session=session, user=request.user, pk=meeting_pk)


@require_POST
def meeting_answer(request: HttpRequest, event_pk: int, meeting_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_session(event_pk)
    session, meeting = _own_meeting(request, event_pk, meeting_pk)
    if not permissions.can_answer(request.user, meeting):
        raise PermissionDenied
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _agenda_response(request, session, message=_("Wybierz: przyjąć czy odrzucić prośbę."), ok=False)
    accept = form.cleaned_data["decision"] == "accept"
    try:
        services.meeting_answer(meeting=meeting, by=request.user, accept=accept)
    except ValidationError as error:
        return _agenda_response(request, session, message=_error_text(error), ok=False)
    name = meeting.requester.display_name
    if not accept:
        message = _("Odrzucono prośbę o spotkanie od: %(name)s.") % {"name": name}
    elif meeting.starts_at:
        message = _("Przyjęto spotkanie z: %(name)s. Jest już w Twojej agendzie.") % {"name": name}
    else:
        message = _("Przyjęto spotkanie z: %(name)s. Wolnego terminu na razie brak — organizator ułoży plan.") % {
            "name": name
        }
    return _agenda_response(request, session, message=message, ok=True)


@require_POST
def meeting_withdraw(request: HttpRequest, event_pk: int, meeting_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_session(event_pk)
    session, meeting = _own_meeting(request, event_pk, meeting_pk)
    if not permissions.can_withdraw(request.user, meeting):
        raise PermissionDenied
    try:
        services.meeting_withdraw(meeting=meeting, by=request.user)
    except ValidationError as error:
        return _agenda_response(request, session, message=_error_text(error), ok=False)
    message = _("Wycofano prośbę o spotkanie z: %(name)s.") % {"name": meeting.recipient.display_name}
    return _agenda_response(request, session, message=message, ok=True)


@require_POST
def meeting_cancel(request: HttpRequest, event_pk: int, meeting_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_session(event_pk)
    session, meeting = _own_meeting(request, event_pk, meeting_pk)
    if not permissions.can_cancel(request.user, meeting):
        raise PermissionDenied
    try:
        services.meeting_cancel(meeting=meeting, by=request.user)
    except ValidationError as error:
        return _agenda_response(request, session, message=_error_text(error), ok=False)
    message = _("Odwołano spotkanie z: %(name)s. Ta osoba dostanie powiadomienie.") % {
        "name": meeting.partner_of(request.user).display_name
    }
    return _agenda_response(request, session, message=message, ok=True)


@require_POST
def meeting_outcome(request: HttpRequest, event_pk: int, meeting_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_session(event_pk)
    session, meeting = _own_meeting(request, event_pk, meeting_pk)
    if not permissions.can_record_outcome(request.user, meeting):
        raise PermissionDenied
    form = OutcomeForm(request.POST, prefix=f"m{meeting.pk}")
    if form.is_valid():
        try:
            services.outcome_record(
                meeting=meeting, user=request.user, outcome=form.cleaned_data["outcome"], note=form.cleaned_data["note"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            message = _("Zapisano efekt spotkania z: %(name)s.") % {
                "name": meeting.partner_of(request.user).display_name
            }
            return _agenda_response(request, session, message=message, ok=True)
    context = _agenda_context(request, session, outcome_forms={meeting.pk: form})
    if request.htmx:
        return render(request, "b2b/agenda.html#meetings", context)
    return render(request, "b2b/agenda.html", context)


@login_required
def session_grid(request: HttpRequest, event_pk: int) -> HttpResponse:
    session = selectors.session_get_for_user(user=request.user, event_pk=event_pk)
    if not permissions.can_manage_session(request.user, session.event):
        raise PermissionDenied
    return render(
        request, "b2b/session_grid.html", {"session": session, "grid": selectors.session_grid(session=session)}
    )


@require_POST
def session_schedule(request: HttpRequest, event_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_session(event_pk)
    session = selectors.session_get_for_user(user=request.user, event_pk=event_pk)
    if not permissions.can_manage_session(request.user, session.event):
        raise PermissionDenied
    form = ScheduleForm(request.POST)
    rearrange = form.is_valid() and form.cleaned_data["rearrange"]
    try:
        result = services.session_schedule(session=session, by=request.user, rearrange=rearrange)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request,
            _("Ułożono plan. Spotkania, które dostały termin: %(placed)d; nadal bez terminu: %(unplaced)d.")
            % {"placed": result.placed, "unplaced": result.unplaced},
        )
    return redirect(_url("grid", session))
