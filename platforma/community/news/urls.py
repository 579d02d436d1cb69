from django.urls import path

from platforma.community.news import views

app_name = "news"
urlpatterns = [path("", views.news_list, name="list")]
