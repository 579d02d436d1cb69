"""The coordinator's page of this app, mounted under /panel/b2b/."""

from django.urls import path

from platforma.community.b2b import panel_views

app_name = "b2b_panel"
urlpatterns = [path("", panel_views.outcome_counts, name="outcomes")]
