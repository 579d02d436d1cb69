"""The public directory of specialists, mounted at /specjalisci/. Each profile page is accounts:public_profile."""

from django.urls import path

from .views import specialists

app_name = "specialists"
urlpatterns = [path("", specialists.specialist_list, name="list")]
