from django.urls import path

from platforma.community.events import views

app_name = "events"
urlpatterns = [path("", views.events_list, name="list")]
