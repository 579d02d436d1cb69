from django.urls import path

from . import views

app_name = "initiatives"
urlpatterns = [path("", views.placeholder, name="list")]
