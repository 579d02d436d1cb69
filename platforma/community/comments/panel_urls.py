"""The coordinator's pages of this app, mounted under /panel/komentarze/."""

from django.urls import path

from . import panel_views

app_name = "comments_panel"
urlpatterns = [
    path("", panel_views.report_list, name="list"),
    path("<int:pk>/rozstrzygnij/", panel_views.report_resolve, name="resolve"),
]
