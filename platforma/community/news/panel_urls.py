"""The coordinator's pages of this app, mounted under /panel/aktualnosci/."""

from django.urls import path

from . import panel_views

app_name = "news_panel"
urlpatterns = [
    path("", panel_views.review_list, name="list"),
    path("<int:pk>/", panel_views.review_detail, name="detail"),
    path("<int:pk>/opublikuj/", panel_views.review_publish, name="publish"),
    path("<int:pk>/zwroc/", panel_views.review_return, name="return"),
]
