"""The coordinator's inbox of enquiries, mounted at /panel/zapytania/."""

from django.urls import path

from . import views

app_name = "contact_panel"
urlpatterns = [
    path("", views.panel_list, name="list"),
    path("<int:pk>/", views.panel_detail, name="detail"),
    path("<int:pk>/odpowiedz/", views.panel_answer, name="answer"),
    path("<int:pk>/zamknij/", views.panel_close, name="close"),
    path("<int:pk>/otworz/", views.panel_reopen, name="reopen"),
]
