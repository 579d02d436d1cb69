"""The coordinator's dashboard, mounted at /panel/."""

from django.urls import path

from . import views

app_name = "portal_panel"
urlpatterns = [path("", views.panel, name="panel")]
