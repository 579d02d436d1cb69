"""The public directory of specialists, mounted at /specjalisci/."""

from django.urls import path

from . import views

app_name = "specialists"
urlpatterns = [path("", views.placeholder, name="list")]
