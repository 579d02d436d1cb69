"""Mounted at /wydarzenia/ next to the events app: every page hangs under one event's /b2b/."""

from django.urls import path

from platforma.community.b2b import views

app_name = "b2b"
urlpatterns = [
    path("<int:event_pk>/b2b/", views.session_detail, name="session"),
    path("<int:event_pk>/b2b/na-stronie-wydarzenia/", views.for_event, name="for_event"),
    path("<int:event_pk>/b2b/ustawienia/", views.session_settings, name="settings"),
    path("<int:event_pk>/b2b/profil/", views.profile_edit, name="profile"),
    path("<int:event_pk>/b2b/uczestnicy/", views.directory, name="directory"),
    path(
        "<int:event_pk>/b2b/uczestnicy/<int:profile_pk>/popros-o-spotkanie/",
        views.meeting_request,
        name="request",
    ),
    path("<int:event_pk>/b2b/agenda/", views.agenda, name="agenda"),
    path("<int:event_pk>/b2b/agenda.ics", views.agenda_ics, name="agenda_ics"),
    path("<int:event_pk>/b2b/spotkania/<int:meeting_pk>/odpowiedz/", views.meeting_answer, name="answer"),
    path("<int:event_pk>/b2b/spotkania/<int:meeting_pk>/wycofaj/", views.meeting_withdraw, name="withdraw"),
    path("<int:event_pk>/b2b/spotkania/<int:meeting_pk>/odwolaj/", views.meeting_cancel, name="cancel"),
    path("<int:event_pk>/b2b/spotkania/<int:meeting_pk>/efekt/", views.meeting_outcome, name="outcome"),
    path("<int:event_pk>/b2b/plan/", views.session_grid, name="grid"),
    path("<int:event_pk>/b2b/plan/uloz/", views.session_schedule, name="schedule"),
]
