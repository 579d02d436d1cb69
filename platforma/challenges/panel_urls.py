"""The coordinator's pages of this app, mounted under /panel/wyzwania/."""

from django.urls import path

from . import panel_views

app_name = "challenges_panel"
urlpatterns = [
    path("", panel_views.moderation_list, name="list"),
    path("<int:pk>/", panel_views.moderation_detail, name="detail"),
    path("<int:pk>/ukryj/", panel_views.moderation_hide, name="hide"),
    path("<int:pk>/przywroc/", panel_views.moderation_unhide, name="unhide"),
    path("<int:pk>/archiwizuj/", panel_views.moderation_archive, name="archive"),
]
