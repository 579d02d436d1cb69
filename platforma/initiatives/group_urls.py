"""Thematic working groups, mounted at /grupy/."""

from django.urls import path

from platforma.initiatives.views import groups

app_name = "groups"
urlpatterns = [
    path("", groups.group_list, name="list"),
    path("nowa/", groups.group_create, name="create"),
    path("z-wyzwania/<int:challenge_pk>/", groups.group_from_challenge, name="from_challenge"),
    path("<int:pk>/", groups.group_detail, name="detail"),
    path("<int:pk>/edytuj/", groups.group_edit, name="edit"),
    path("<int:pk>/dolacz/", groups.group_join, name="join"),
    path("<int:pk>/czlonkowie/<int:member_pk>/opusc/", groups.group_leave, name="leave"),
    path("<int:pk>/czlonkowie/<int:member_pk>/moderator/", groups.group_moderator, name="moderator"),
    path("<int:pk>/obserwowane/", groups.group_follow, name="follow"),
    path("<int:pk>/wpisy/", groups.group_post, name="post"),
]
