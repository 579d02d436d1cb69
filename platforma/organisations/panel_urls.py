"""The coordinator's pages of this app, mounted under /panel/czlonkostwo/."""

from django.urls import path

from . import views

app_name = "organisations_panel"
urlpatterns = [
    path("", views.panel_applications, name="applications"),
    path("<slug:slug>/", views.panel_organisation, name="detail"),
    path("<slug:slug>/zatwierdz/", views.panel_approve, name="approve"),
    path("<slug:slug>/odrzuc/", views.panel_reject, name="reject"),
    path("<slug:slug>/status/", views.panel_set_status, name="status"),
]
