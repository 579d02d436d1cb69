from django.urls import path

from . import feeds, views

app_name = "news"
urlpatterns = [
    path("", views.news_list, name="list"),
    path("rss/", feeds.NewsRssFeed(), name="rss"),
    path("atom/", feeds.NewsAtomFeed(), name="atom"),
    path("nowa/", views.news_create, name="create"),
    path("moje/", views.my_news, name="mine"),
    path("<int:pk>/", views.news_detail, name="detail"),
    path("<int:pk>/edytuj/", views.news_edit, name="edit"),
    path("<int:pk>/przekaz/", views.news_submit, name="submit"),
    path("<int:pk>/wycofaj-publikacje/", views.news_unpublish, name="unpublish"),
    path("<int:pk>/zdjecie/", views.news_image, name="image"),
]
