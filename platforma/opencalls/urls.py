from django.urls import path

from . import views

app_name = "opencalls"
urlpatterns = [path("", views.placeholder, name="list")]
