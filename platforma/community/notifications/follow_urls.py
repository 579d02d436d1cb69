"""Follows and activity streams; included into `notifications.urls` (namespace "notifications")."""

from django.urls import path

from platforma.community.notifications import activity_views, follow_views

urlpatterns = [
    path("obserwowane/", follow_views.follow_list, name="follows"),
    path("obserwowane/kompetencje/", follow_views.competence_follow, name="follow_competence"),
    path("obserwowane/<int:pk>/dostarczanie/", follow_views.follow_delivery, name="follow_delivery"),
    path(
        "obserwuj/<int:content_type_id>/<int:object_id>/",
        follow_views.follow_button,
        name="follow_button",
    ),
    path("aktywnosc/", activity_views.activity_stream, name="activity"),
]
