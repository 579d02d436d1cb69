from django.urls import path

from platforma.matching import views

app_name = "matching"

urlpatterns = [
    path("wyzwania/<int:pk>/", views.challenge_matches, name="challenge_matches"),
    path("organizacje/<slug:slug>/", views.organisation_opportunities, name="organisation_opportunities"),
    path("dla-mnie/", views.my_opportunities, name="my_opportunities"),
]
