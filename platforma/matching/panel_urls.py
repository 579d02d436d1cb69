from django.urls import path

from platforma.matching import views

app_name = "matching_panel"

urlpatterns = [
    path("duplikaty/", views.duplicates, name="duplicates"),
]
