"""The coordinator's pages of this app, mounted under /panel/."""

from django.urls import path  # noqa: F401

app_name = "contact_panel"
urlpatterns: list = []
