from django.urls import path

from platforma.community.events import views

app_name = "events"
urlpatterns = [
    path("", views.event_list, name="list"),
    path("kalendarz.ics", views.calendar_feed, name="feed"),
    path("nowe/", views.event_create, name="create"),
    path("<int:pk>/", views.event_detail, name="detail"),
    path("<int:pk>/edycja/", views.event_edit, name="edit"),
    path("<int:pk>/opublikuj/", views.event_publish, name="publish"),
    path("<int:pk>/odwolaj/", views.event_cancel, name="cancel"),
    path("<int:pk>/zapisz/", views.registration_create, name="register"),
    path("<int:pk>/wypisz/", views.registration_cancel, name="unregister"),
    path("<int:pk>/uczestnicy/", views.participant_list, name="participants"),
    path("<int:pk>/uczestnicy.csv", views.participant_csv, name="participants_csv"),
    path("<int:pk>/wydarzenie.ics", views.event_ics, name="ics"),
]
