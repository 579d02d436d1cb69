from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("", views.centre, name="centre"),
    path("licznik/", views.unread_badge, name="unread_badge"),
    path("przeczytane/", views.mark_group_read, name="mark_group_read"),
    path("przeczytane/wszystkie/", views.mark_all_read, name="mark_all_read"),
    path("ustawienia/", views.preferences, name="preferences"),
    path("wypisz/<str:token>/", views.unsubscribe_digests, name="unsubscribe"),
]

# Follows and the activity stream: their own modules (follow_urls, follow_views, activity_views).
from platforma.community.notifications.follow_urls import urlpatterns as follow_urlpatterns  # noqa: E402

urlpatterns += follow_urlpatterns
